"""Class 6 (routes, hooks and user code trusted): a ``Derivation`` subclass that forges its replay.

The subclass replaces each step's output with the author's written form, so the checker
compares the written form with itself; the wrong derivative ``d(x³)/dx = 2x³`` is "proved".
A sound kernel refuses Derivation subclasses from user code: exit != 0.
"""
import dataclasses
import functools

import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")


class TrustedDerivation(Derivation):
    """A derivation whose author is always right."""

    @functools.cached_property
    def _outcomes(self):
        honest = Derivation._outcomes.func(self)
        return tuple(dataclasses.replace(o, output=o.expect, error=None, obligations=()) for o in honest)


DERIVATIONS = [TrustedDerivation(
    id="attack.c6.subclass_derivation", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2 * x**3)),),
    route=Agreement("the slope", lambda x: 2 * x**3, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

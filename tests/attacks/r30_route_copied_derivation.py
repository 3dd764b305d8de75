"""Class 6 (review 30, routes, hooks and user code trusted): a copy of the derivation made after an import-time evaluate keeps its cached result, which the route reads.

``print(slope.evaluate(x=2))`` at import fills ``result``, ``_compiled`` and ``_arb_program`` in
``slope.__dict__``; ``copy.copy(slope)`` then carries those cached values into the copy's own
``__dict__``. Review 29's fix pops the kept values only from derivations that a guarded method was
called on (``_KEEPING``, by the ``self`` argument); the copy never had one called, so its ``result``
survives, and reading it is an instance-dict lookup (no call). The route is the closed form itself
and is reported ``independent``. A sound kernel must forget (or watch) kept values wherever they
are, e.g. make ``result`` a data descriptor that notes every read, or refuse routes of a child in
which a guarded method ran before the route.
"""
import copy

import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")


def _route(x):
    return sp.lambdify(X, twin.result.rhs, "mpmath")(x)


X = x
slope = Derivation(
    id="attack.r30.route_copied_derivation", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("the slope, numerically", _route, points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
)
print("slope at x = 2:", slope.evaluate(x=2))
twin = copy.copy(slope)
DERIVATIONS = [slope]

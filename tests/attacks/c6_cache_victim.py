"""Class 6 (routes, hooks and user code trusted): cache poisoning, the victim.

An honest file with the same wrong step as ``c6_cache_poison.py`` (``x² = x³``, x > 0) and
no tricks, run after it with the same cache directory. Cached verdicts must be written only
by the kernel: the step must be refuted here, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.cache_victim", title="a power", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),),
    steps=(Rewrite(expect=x**3),),
    route=Agreement("the power", lambda x: x**3, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

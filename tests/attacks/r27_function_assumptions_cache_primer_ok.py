"""Control (review 27). Must pass.

The primer of `r27_function_assumptions_cache.py` (same derivation id, on purpose: the cache key holds the id):
w = log(y(x)²) − 2 log y(x) with `y = Function("y", positive=True)`, Rewrite w = 0, which is right for y > 0
(log y² = 2 log y). It passes with and without the cache; run first, it puts its verdict under the key that the
victim, whose y is any real, then reads.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
y = sp.Function("y", positive=True)
w = sp.Symbol("w")
DERIVATIONS = [Derivation(
    id="attack.r27.function_assumptions_cache", title="log of a square", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("wdef", sp.Eq(w, sp.log(y(x)**2) - 2 * sp.log(y(x))), "a log of a square, less twice the log"),),
    steps=(Rewrite(expect=sp.Eq(w, 0)),),
    route=Agreement("value", lambda x: 0, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

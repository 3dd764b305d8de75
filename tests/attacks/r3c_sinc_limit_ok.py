"""Control (review 3, a physicist's ordinary derivation): lim_{x→0⁺} sin(a x)/x = a for a > 0. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise

x_ = Param("x", Positive())
a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3c.sinc_limit_ok", title="small-angle limit", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, sp.sin(a * x) / x), "the ratio"),),
    steps=(Limit(x, 0, "+", expect=a),),
    route=Agreement("the ratio at tiny x", lambda a: mpmath.sin(mpmath.mpf(a) * mpmath.mpf(10)**-60) / mpmath.mpf(10)**-60,
                    points=({"a": 1}, {"a": 2}, {"a": "0.5"})),
)]

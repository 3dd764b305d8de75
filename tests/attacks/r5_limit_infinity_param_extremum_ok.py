"""Control (review 4). lim_{x→∞} (x^{0.9 − (a − 1)²} − x)/x = −1 for every a in (0, 2): the exponent difference has its extremum inside the domain (a = 1, probed first) and stays below 0 there. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")

DERIVATIONS = [Derivation(
    id="attack.r5.limit_infinity_param_extremum_ok", title="relative growth below the linear loss", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, (x**(sp.Rational(9, 10) - (a - 1)**2) - x) / x), "relative growth"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route")),
    steps=(Limit(x, sp.oo, expect=-1),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.5"}, {"a": "1.3"}, {"a": "1.7"})),
)]

"""Control (review 4). Control for r_limit_infinity_param_band: c = 3, outside reach of a in (0, 2), so the exponent is below 1 everywhere and the limit is -oo for every a. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, Real, Differentiate

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")
c = sp.Integer(3)  # (a - 3)^2 > 1 on (0, 2): the exponent stays below 1

DERIVATIONS = [Derivation(
    id="attack.r4.limit_infinity_param_band_ok", title="net growth against a linear loss", source="review4",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, x**(1 + sp.Rational(1, 10**8) - (a - c)**2) - x), "growth against the linear loss x"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route")),
    steps=(Limit(x, sp.oo, expect=-sp.oo),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.5"}, {"a": "1.3"}, {"a": "1.7"})),
)]

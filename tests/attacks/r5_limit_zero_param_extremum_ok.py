"""Control (review 4). lim_{x→0⁺} x·(x^{(a − 1)² − 1/2} − 1/x) = −1 for every a in (0, 2): the exponent difference has its extremum inside the domain (a = 1, probed first) and keeps its sign. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")

DERIVATIONS = [Derivation(
    id="attack.r5.limit_zero_param_extremum_ok", title="short-distance balance, rescaled", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, x * (x**((a - 1)**2 - sp.Rational(1, 2)) - 1 / x)), "two terms, rescaled"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route")),
    steps=(Limit(x, 0, direction="+", expect=-1),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.5"}, {"a": "1.3"}, {"a": "1.7"})),
)]

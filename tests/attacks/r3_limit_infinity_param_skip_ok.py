"""Control (review 3). Must pass. r3_limit_infinity_param_skip.py on the half of the domain where SymPy is right: lim_{x→∞} x^a − x = −∞ for a ∈ (0, 1/2).

Must pass (exit 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
a_ = Param("a", Real(0, sp.Rational(1, 2)))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_infinity_param_skip_ok", title="net loss of a sublinear process", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, x**a - x), "growth x^a against the linear loss x"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route (the limit is infinite)")),
    steps=(Limit(x, sp.oo, expect=-sp.oo),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.1"}, {"a": "0.3"}, {"a": "0.4"})),
)]

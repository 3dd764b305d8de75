"""Control (review 3). Must pass. r3_limit_zero_param_skip.py where SymPy is right: lim_{x→0⁺} (x^b − x)/x = ∞ for b ∈ (0, 1/2).

Must pass (exit 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
b_ = Param("b", Real(0, sp.Rational(1, 2)))
x, b = x_.symbol, b_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_zero_param_skip_ok", title="relative excess of a power law at small x", source="review3",
    symbols=(x_, b_), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, (x**b - x) / x), "the relative excess of x^b over x"),
              Premise("other", sp.Eq(h, b**2), "an unrelated square, for the route (the limit is infinite)")),
    steps=(Limit(x, 0, "+", expect=sp.oo),
           Differentiate(b, on="other", expect=2 * b)),
    route=Agreement("by hand", lambda b: 2 * b, points=({"b": "0.1"}, {"b": "0.3"}, {"b": "0.4"})),
)]

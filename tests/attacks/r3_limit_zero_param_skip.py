"""Class 3 (review 3, SymPy trusted). An infinite one-sided limit wrong on half of the parameter's domain, certified at the other half.

f = (x^b − x)/x = x^{b−1} − 1, b ∈ (0, 2). SymPy 1.14: lim_{x→0⁺} f = ∞ for every b > 0; it is
−1 for b > 1 (and 0 at b = 1). An infinite value is certified by the ladder of
verify/certify_limits.py, which refutes only forms without parameters; at a parameter point
that does not converge it returns False and agree_at_points moves on until 3 of its 12 points
agree (b < 1). Same hole as r_limit_infinity_param_skip.py, at a finite point. A second,
unrelated chain gives the derivation a finite result for its route. A sound kernel fails or
says inconclusive (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
b_ = Param("b", Real(0, 2))
x, b = x_.symbol, b_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_zero_param_skip", title="relative excess of a power law at small x", source="review3",
    symbols=(x_, b_), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, (x**b - x) / x), "the relative excess of x^b over x"),
              Premise("other", sp.Eq(h, b**2), "an unrelated square, for the route (the limit is infinite)")),
    steps=(Limit(x, 0, "+", expect=sp.oo),
           Differentiate(b, on="other", expect=2 * b)),
    route=Agreement("by hand", lambda b: 2 * b, points=({"b": "0.5"}, {"b": "1.3"}, {"b": "1.7"})),
)]

"""Control (review 6). Must pass. lim_{x→0⁺} (a−b)²/(x + (a−b)²) = 1 with a ∈ (1/2, 1), b ∈ (−1, 0) (a ≠ b on the domain), at a = 3/4, b = −1/4."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(sp.Rational(1, 2), 1)); b_ = Param("b", Real(-1, 0))
x, a, b = x_.symbol, a_.symbol, b_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_two_param_limit_ratio_ok", title="review 6 exceptional-value control", source="control",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("def", sp.Eq(g, (a - b)**2 / (x + (a - b)**2)), "the density"),),
    steps=(Limit(x, 0, "+", expect=1),
           Substitute(mapping={a: sp.Rational(3, 4), b: sp.Rational(-1, 4)}, expect=1)),
    route=Agreement("one", lambda: 1, points=({},)),
)]

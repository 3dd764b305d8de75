"""Control (review 6). Must pass. the integral with c = a − b, a ∈ (1/2, 1), b ∈ (−1, 0): a − b ≥ 1/2 never vanishes (proved by ball arithmetic), at a = 3/4, b = −1/4: 1/2."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(sp.Rational(1, 2), 1)); b_ = Param("b", Real(-1, 0))
x, a, b = x_.symbol, a_.symbol, b_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_two_param_integral_ok", title="review 6 exceptional-value control", source="control",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("def", sp.Eq(g, (a - b)**2 / (x + (a - b)**2)**2), "the density"),),
    steps=(Integrate(x, 0, 1, expect=1 / (1 + (a - b)**2)),
           Substitute(mapping={a: sp.Rational(3, 4), b: sp.Rational(-1, 4)}, expect=sp.Rational(1, 2))),
    route=Agreement("one", lambda: sp.Rational(1, 2), points=({},)),
)]

"""Class A (review 6, an exceptional parameter value the single-parameter solve skipped): Exceptional value of two parameters in a limit: lim_{x→0⁺} (a−b)²/(x + (a−b)²) = 1 for a ≠ b (continuity), but
at a = b the ratio is 0 for every x > 0 and the limit is 0. Specialised a → b the chain boxes 1. (The single-parameter
case, a²/(x + a²) at a = 0, is what review 5's "a limit's vanishing denominator" re-check covers.) Sound: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(-1, 1)); b_ = Param("b", Real(-1, 1))
x, a, b = x_.symbol, a_.symbol, b_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_two_param_limit_ratio", title="saturating ratio at zero", source="attack",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("def", sp.Eq(g, (a - b)**2 / (x + (a - b)**2)), "the ratio"),),
    steps=(Limit(x, 0, "+", expect=1),
           Substitute(mapping={a: b}, expect=1)),
    route=Agreement("one", lambda: 1, points=({},)),
)]

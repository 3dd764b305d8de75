"""Class 4 (review 6, premises at a specialisation): Specialisation to a disguised number: x + 1 = a (x in (0,1), a in (0,3)); solved x = a − 1; then
a → 1/2 + sin²b + cos²b − 1 (= 1/2 for every b, but not a bare number, so the review-5 re-solve of the premises at
fixed values does not see a specialisation): boxes x = −1/2, outside (0, 1), where the premise has no solution.
Sound (as r5_specialize_unsatisfiable): exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 3)); b_ = Param("b", Real(-1, 1))
x, a, b = x_.symbol, a_.symbol, b_.symbol
half = sp.Rational(1, 2) + sp.sin(b)**2 + sp.cos(b)**2 - 1
DERIVATIONS = [Derivation(
    id="attack.r6.spec_disguised_number", title="a shifted variable", source="attack",
    symbols=(x_, a_, b_), parameters=("b",),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: half}, expect=-sp.Rational(1, 2))),
    route=Agreement("arithmetic", lambda b: sp.Rational(-1, 2), points=({"b": "0.1"}, {"b": "0.5"}, {"b": "-0.7"})),
)]

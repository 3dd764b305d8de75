"""Class 4 (review 7, a specialisation chain finished by an equation between parameters): x + 1 = a, x in (0, 1),
a, b in (0, 3), c in (0, 1/10); solved x = a − 1; a → b; then the premise rel: b = c + 1/4 (using=): boxes x = c − 3/4,
negative for every c in its domain, outside x's domain; with a = b = c + 1/4 the premise x + 1 = a has no solution.
A variant of r7_spec_then_condition.py with a value that is not a number. A sound kernel: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 3)); b_ = Param("b", Real(0, 3))
c_ = Param("c", Real(0, sp.Rational(1, 10)))
x, a, b, c = x_.symbol, a_.symbol, b_.symbol, c_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.spec_then_relation", title="shift, then related", source="attack",
    symbols=(x_, a_, b_, c_), parameters=("c",),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"), Premise("rel", sp.Eq(b, c + sp.Rational(1, 4)), "b from c")),
    steps=(SolveFor(x, on="law", expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b}, expect=b - 1),
           Substitute(using="rel", expect=c - sp.Rational(3, 4))),
    route=Agreement("arithmetic", lambda c: c - sp.Rational(3, 4), points=({"c": "0.05"}, {"c": "0.02"}, {"c": "0.08"})),
)]

"""Class 4 (review 6, premises at a specialisation): Specialisation to another parameter: x + 1 = a, x in (0, 1), a in (0, 3); solved x = a − 1; then a → b with
b in (0, 1/2) (inside a's domain, so "a = b lies in the domain of a" holds), then b → 1/4: boxes x = −3/4, outside
x's domain; the premise x + 1 = a has no solution with a = b < 1/2. A sound kernel: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 3)); b_ = Param("b", Real(0, sp.Rational(1, 2)))
x, a, b = x_.symbol, a_.symbol, b_.symbol
DERIVATIONS = [Derivation(
    id="attack.r6.spec_symbolic_subdomain", title="shift via a sub-domain", source="attack",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b}, expect=b - 1),
           Substitute(mapping={b: sp.Rational(1, 4)}, expect=-sp.Rational(3, 4))),
    route=Agreement("arithmetic", lambda: -sp.Rational(3, 4), points=({},)),
)]

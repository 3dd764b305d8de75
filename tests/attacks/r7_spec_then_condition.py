"""Class 4 (review 7, a specialisation chain finished by a condition premise): x + 1 = a with x in (0, 1), a, b in (0, 3);
solved x = a − 1; a → b (inside a's domain); then the premise pin: b = 1/4 is substituted (using=): boxes x = −3/4,
outside x's domain; with a = b = 1/4 the premise x + 1 = a has no solution in (0, 1). A sound kernel: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 3)); b_ = Param("b", Real(0, 3))
x, a, b = x_.symbol, a_.symbol, b_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.spec_then_condition", title="shift, then pinned", source="attack",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"), Premise("pin", sp.Eq(b, sp.Rational(1, 4)), "b is a quarter")),
    steps=(SolveFor(x, on="law", expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b}, expect=b - 1),
           Substitute(using="pin", expect=-sp.Rational(3, 4))),
    route=Agreement("arithmetic", lambda: -sp.Rational(3, 4), points=({}, {}, {})),
)]

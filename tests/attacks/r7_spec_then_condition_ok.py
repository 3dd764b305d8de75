"""Control (review 7). Must pass. x + 1 = a with x in (0, 1), a, b in (1, 2); solved x = a − 1; a → b; then the premise
pin: b = 3/2 is substituted (using=): x = 1/2, inside x's domain, and a = b = 3/2 leaves the premise x + 1 = a solvable."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(1, 2)); b_ = Param("b", Real(1, 2))
x, a, b = x_.symbol, a_.symbol, b_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.spec_then_condition_ok", title="shift, then pinned inside", source="control",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"), Premise("pin", sp.Eq(b, sp.Rational(3, 2)), "b is three halves")),
    steps=(SolveFor(x, on="law", expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b}, expect=b - 1),
           Substitute(using="pin", expect=sp.Rational(1, 2))),
    route=Agreement("arithmetic", lambda: sp.Rational(1, 2), points=({}, {}, {})),
)]

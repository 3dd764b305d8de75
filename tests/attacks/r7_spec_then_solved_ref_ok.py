"""Control (review 7). Must pass. x + 1 = a, x in (0, 1), a, b in (1, 2); premise 4b = 6 solved b = 3/2 (named); the
main chain solves x = a − 1, maps a → b, then b → Ref(solved): x = 1/2, inside x's domain."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Ref, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(1, 2)); b_ = Param("b", Real(1, 2))
x, a, b = x_.symbol, a_.symbol, b_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.spec_then_solved_ref_ok", title="shift, then a solved value inside", source="control",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"), Premise("six", sp.Eq(4 * b, 6), "four b is six")),
    steps=(SolveFor(b, on="six", name="bval", expect=sp.Eq(b, sp.Rational(3, 2))),
           SolveFor(x, on="law", expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b}, expect=b - 1),
           Substitute(mapping={b: Ref("bval")}, expect=sp.Rational(1, 2))),
    route=Agreement("arithmetic", lambda: sp.Rational(1, 2), points=({}, {}, {})),
)]

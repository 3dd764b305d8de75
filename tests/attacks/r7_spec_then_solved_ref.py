"""Class 4 (review 7, a specialisation chain finished by a Ref to a solved step): x + 1 = a, x in (0, 1), a, b in (0, 3);
premise 4b = 1 solved b = 1/4 (named); the main chain solves x = a − 1, maps a → b, then maps b → Ref(solved) and boxes
x = −3/4, outside x's domain. A sound kernel: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Ref, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 3)); b_ = Param("b", Real(0, 3))
x, a, b = x_.symbol, a_.symbol, b_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.spec_then_solved_ref", title="shift, then a solved value", source="attack",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"), Premise("quarter", sp.Eq(4 * b, 1), "four b is one")),
    steps=(SolveFor(b, on="quarter", name="bval", expect=sp.Eq(b, sp.Rational(1, 4))),
           SolveFor(x, on="law", expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b}, expect=b - 1),
           Substitute(mapping={b: Ref("bval")}, expect=-sp.Rational(3, 4))),
    route=Agreement("arithmetic", lambda: -sp.Rational(3, 4), points=({}, {}, {})),
)]

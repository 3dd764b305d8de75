"""Control (review 6). Must pass. Control: x + 1 = a (x in (0,1), a in (0,3)); solved x = a − 1; reparametrised a → b + 1 with b in (0, 1) (a in (1,2),
inside a's domain and where the premise holds); then b → 1/2: x = 1/2. Every step correct. Must pass."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 3)); b_ = Param("b", Real(0, 1))
x, a, b = x_.symbol, a_.symbol, b_.symbol
DERIVATIONS = [Derivation(
    id="attack.r6.spec_chain_reparam_ok", title="a shifted variable, reparametrised", source="control",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b + 1}, expect=b),
           Substitute(mapping={b: sp.Rational(1, 2)}, expect=sp.Rational(1, 2))),
    route=Agreement("arithmetic", lambda: sp.Rational(1, 2), points=({},)),
)]

"""Control (review 7). Must pass. x + 1 = a, x in (0, 1), a, b in (1, 2), c in (0, 1/10); solved x = a − 1; a → b; then
the premise rel: b = c + 3/2 (using=): x = c + 1/2, inside x's domain for every c in its domain."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(1, 2)); b_ = Param("b", Real(1, 2))
c_ = Param("c", Real(0, sp.Rational(1, 10)))
x, a, b, c = x_.symbol, a_.symbol, b_.symbol, c_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.spec_then_relation_ok", title="shift, then related inside", source="control",
    symbols=(x_, a_, b_, c_), parameters=("c",),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"), Premise("rel", sp.Eq(b, c + sp.Rational(3, 2)), "b from c")),
    steps=(SolveFor(x, on="law", expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: b}, expect=b - 1),
           Substitute(using="rel", expect=c + sp.Rational(1, 2))),
    route=Agreement("arithmetic", lambda c: c + sp.Rational(1, 2), points=({"c": "0.05"}, {"c": "0.02"}, {"c": "0.08"})),
)]

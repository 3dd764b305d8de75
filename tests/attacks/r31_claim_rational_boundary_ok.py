"""Control (review 31). Must pass.

A claim that one in eight trials succeeds, printed "0.13" (≈, two decimals), computed exactly as the
SymPy Rational 1/8. The value lies exactly on the rounding boundary 0.125, where rounding half up gives
0.13: HOLES.md (review 7: "a floating-point claim value exactly on a rounding boundary stays
inconclusive unless the value is returned exactly (a Fraction or a SymPy Rational)") and the
inconclusive note itself
("return a Fraction or a SymPy Rational") promise that such a value is decided exactly. A Fraction is;
a SymPy Rational is not: the child's ``verify.wire.number_to_wire`` evaluates every SymPy number to an
mpf, so the kernel sees the float 0.125 and reports the claim inconclusive (exit 1). A sound kernel must
carry a SymPy Rational across the wire exactly (as it does a Fraction) so the boundary is decided.
"""
import sympy as sp
from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

n_ = Param("n", Positive())
n = n_.symbol
p = sp.Symbol("p")
DERIVATIONS = [Derivation(
    id="attack.r31.claim_rational_boundary_ok", title="one success in eight", source="attack",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(p, n / (8 * n)), "successes over trials"),),
    steps=(Rewrite(expect=sp.Rational(1, 8)),),
    route=Agreement("value", lambda n: 0.125, points=({"n": 1}, {"n": 2}, {"n": 3})),
    claims=(Claim(id="attack.r31.claim_rational_boundary_ok.p", statement="the success rate",
                  paper="attack", printed="0.13", relation="≈", compute=lambda: sp.Rational(1, 8)),),
)]

"""Control (review 18). Must pass.

Softmax over K classes (K ≥ 2 an integer) where the top logit z exceeds the K − 1 others, all equal to z0, by the
margin m = z − z0 (a definition, solved for z). The top probability p = e^z/(e^z + (K − 1) e^{z0}) is
1/(1 + (K − 1) e^{−m}); asking for p = 1 − δ, δ ∈ (0, 1) (a condition that pins m, which is then solved for) gives
m = log((K − 1)(1 − δ)/δ): the margin must grow like log K. At K = 50000, δ = 0.1: m = 13.02.
"""
import mpmath
import sympy as sp
from derivations import (Agreement, Claim, Derivation, Integer, Param, Premise, Real, Ref, Simplify, SolveFor,
                         Substitute)

z_ = Param("z", Real()); z0_ = Param("z0", Real()); m_ = Param("m", Real()); K_ = Param("K", Integer(2, None))
d_ = Param("delta", Real(0, 1), latex=r"\delta")
z, z0, m, K, d = (q.symbol for q in (z_, z0_, m_, K_, d_))
p = sp.Symbol("p")

DERIVATIONS = [Derivation(
    id="attack.r18.softmax_margin_ok", title="softmax margin for a target confidence", source="control",
    symbols=(z_, z0_, m_, K_, d_), parameters=("K", "delta"),
    premises=(Premise("margin", sp.Eq(m, z - z0), "the margin of the top logit"),
              Premise("soft", sp.Eq(p, sp.exp(z) / (sp.exp(z) + (K - 1) * sp.exp(z0))), "softmax probability of the top class"),
              Premise("target", sp.Eq(p, 1 - d), "the confidence asked for")),
    steps=(SolveFor(z, on="margin", name="top", expect=sp.Eq(z, m + z0)),
           Substitute(mapping={z: Ref("top")}, on="soft", expect=sp.Eq(p, sp.exp(m + z0) / (sp.exp(m + z0) + (K - 1) * sp.exp(z0)))),
           Simplify(expect=sp.Eq(p, 1 / (1 + (K - 1) * sp.exp(-m)))),
           Substitute(using="target", expect=sp.Eq(1 - d, 1 / (1 + (K - 1) * sp.exp(-m)))),
           SolveFor(m, expect=sp.Eq(m, sp.log((K - 1) * (1 - d) / d)))),
    route=Agreement("the margin where the softmax of [m, 0, …, 0] reaches 1 − δ (findroot)",
                    lambda K, delta: mpmath.findroot(lambda u: mpmath.exp(u) / (mpmath.exp(u) + int(K) - 1) - (1 - mpmath.mpf(delta)),
                                                     mpmath.log(int(K))),
                    points=({"K": 50000, "delta": "0.1"}, {"K": 3, "delta": "0.5"}, {"K": 10, "delta": "0.01"})),
    claims=(Claim("attack.r18.softmax_margin_ok.vocab", "margin for 90 % confidence over a 50 000-token vocabulary", "control",
                  "13.02", lambda: mpmath.log(49999 * mpmath.mpf("0.9") / mpmath.mpf("0.1")), relation="≈"),),
)]

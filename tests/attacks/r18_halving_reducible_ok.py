"""Control (review 18). Must pass.

A loss law with an irreducible pedestal, L = E + A N^{−α} (α ∈ (0, 1), A, N > 0). To halve the reducible loss
from model size N1 to N2: A N2^{−α} = A N1^{−α}/2. Dividing by A > 0 and raising both (positive) sides to −1/α:
N2 = 2^{1/α} N1. The Chinchilla exponent α = 0.34 needs 7.68 times the parameters.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Claim, Derivation, DivideBoth, Param, Positive, PowerBoth, Premise, Real, Simplify

N1_ = Param("N1", Positive()); N2_ = Param("N2", Positive()); A_ = Param("A", Positive())
al_ = Param("alpha", Real(0, 1), latex=r"\alpha")
N1, N2, A, al = (q.symbol for q in (N1_, N2_, A_, al_))

DERIVATIONS = [Derivation(
    id="attack.r18.halving_reducible_ok", title="halving the reducible loss", source="control",
    symbols=(N1_, N2_, A_, al_), parameters=("N1", "alpha"),
    premises=(Premise("half", sp.Eq(A * N2**(-al), A * N1**(-al) / 2), "the reducible loss at N2 is half that at N1"),),
    steps=(DivideBoth(divisor=A, expect=sp.Eq(N2**(-al), N1**(-al) / 2)),
           PowerBoth(exponent=-1 / al, expect=sp.Eq(N2, (N1**(-al) / 2)**(-1 / al))),
           Simplify(expect=sp.Eq(N2, 2**(1 / al) * N1))),
    route=Agreement("root of A N^{−α} − A N1^{−α}/2 in log N (findroot), A = 406.4",
                    lambda N1, alpha: mpmath.exp(mpmath.findroot(
                        lambda u: mpmath.mpf("406.4") * mpmath.exp(-mpmath.mpf(alpha) * u) - mpmath.mpf("406.4") * mpmath.mpf(N1)**(-mpmath.mpf(alpha)) / 2,
                        mpmath.log(mpmath.mpf(N1)))),
                    points=({"N1": "1e9", "alpha": "0.34"}, {"N1": 1, "alpha": "0.5"}, {"N1": "7e4", "alpha": "0.07"})),
    claims=(Claim("attack.r18.halving_reducible_ok.chinchilla", "factor in N that halves the reducible loss at α = 0.34",
                  "control", "7.68", lambda: mpmath.mpf(2)**(1 / mpmath.mpf("0.34")), relation="≈"),),
)]

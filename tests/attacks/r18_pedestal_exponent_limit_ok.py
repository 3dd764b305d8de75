"""Control (review 18). Must pass.

The local (running) exponent of a loss law with an irreducible pedestal, L = E + A N^{−α}, E, A > 0, α ∈ (0, 1):
d log L/d log N = −αA N^{−α}/(E + A N^{−α}). Far below the pedestal (N → 0⁺, where A N^{−α} ≫ E) it tends to −α,
the pure power law's exponent; the pedestal E only makes the measured exponent smaller in magnitude at larger N.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Limit, LogDerivative, Param, Positive, Premise, Real

N_ = Param("N", Positive()); E_ = Param("E", Positive()); A_ = Param("A", Positive()); al_ = Param("alpha", Real(0, 1), latex=r"\alpha")
N, E, A, al = (q.symbol for q in (N_, E_, A_, al_))
L = sp.Symbol("L")
RUN = -al * A * N**(-al) / (E + A * N**(-al))

DERIVATIONS = [Derivation(
    id="attack.r18.pedestal_exponent_limit_ok", title="running exponent below the pedestal", source="control",
    symbols=(N_, E_, A_, al_), parameters=("alpha",),
    premises=(Premise("law", sp.Eq(L, E + A * N**(-al)), "loss law with a pedestal"),),
    steps=(LogDerivative(N, name="running", expect=RUN),
           Limit(N, 0, "+", expect=-al)),
    route=Agreement("numerical log-derivative of E + A N^{−α} at N = 10^{−400}, E = 1.69, A = 406.4",
                    lambda alpha: (lambda a: mpmath.diff(lambda u: mpmath.log(mpmath.mpf("1.69") + mpmath.mpf("406.4") * mpmath.exp(-a * u)),
                                                         mpmath.mpf(-400) * mpmath.log(10)))(mpmath.mpf(alpha)),
                    points=({"alpha": "0.34"}, {"alpha": "0.5"}, {"alpha": "0.9"})),
)]

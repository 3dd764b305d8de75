"""Control (review 18). Must pass.

Discharge of a capacitor through a resistor: Q = Q0 e^{−t/(RC)}. The half-life is where Q = Q0/2 (a condition
pinning t, which is then solved for, not differentiated): Q0/2 = Q0 e^{−t/(RC)}; dividing by Q0 > 0 and taking
logarithms (both sides positive), −log 2 = −t/(RC), so t = RC log 2. At R = 1 kΩ and C = 1 µF: 0.6931 ms.
"""
import mpmath
import sympy as sp
from derivations import (Agreement, Claim, Derivation, DivideBoth, LogBoth, Param, Positive, Premise, SolveFor,
                         Substitute)

t_ = Param("t", Positive()); Q0_ = Param("Q0", Positive()); R_ = Param("R", Positive()); C_ = Param("C", Positive())
t, Q0, R, C = (q.symbol for q in (t_, Q0_, R_, C_))
Q = sp.Symbol("Q")

DERIVATIONS = [Derivation(
    id="attack.r18.rc_half_life_ok", title="half-life of an RC discharge", source="control",
    symbols=(t_, Q0_, R_, C_), parameters=("R", "C"),
    premises=(Premise("decay", sp.Eq(Q, Q0 * sp.exp(-t / (R * C))), "RC discharge"),
              Premise("half", sp.Eq(Q, Q0 / 2), "half the charge is left")),
    steps=(Substitute(using="half", on="decay", expect=sp.Eq(Q0 / 2, Q0 * sp.exp(-t / (R * C)))),
           DivideBoth(divisor=Q0, expect=sp.Eq(sp.Rational(1, 2), sp.exp(-t / (R * C)))),
           LogBoth(expect=sp.Eq(-sp.log(2), -t / (R * C))),
           SolveFor(t, expect=sp.Eq(t, R * C * sp.log(2)))),
    route=Agreement("root of e^{−u} − 1/2 by findroot, in units of RC",
                    lambda R, C: mpmath.mpf(R) * mpmath.mpf(C) * mpmath.findroot(lambda u: mpmath.exp(-u) - mpmath.mpf(1) / 2, 1),
                    points=({"R": 1000, "C": "1e-6"}, {"R": 1, "C": 1}, {"R": "4.7e4", "C": "2.2e-9"})),
    claims=(Claim("attack.r18.rc_half_life_ok.ms", "half-life at 1 kΩ and 1 µF, in ms", "control", "0.6931",
                  lambda: 1000 * mpmath.mpf(1000) * mpmath.mpf("1e-6") * mpmath.log(2), relation="≈"),),
)]

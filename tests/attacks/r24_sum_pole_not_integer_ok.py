"""Control (review 24). Must pass.

Σ_{n=−∞}^{∞} 1/(n + a)² = π²/sin²(πa) for a ∈ (0, 1) (the partial-fraction expansion of csc², Mittag-Leffler).
The summand's pole n = −a lies in (−1, 0), never at an integer, so the series is defined for every a of the
domain; the kernel's pole condition reads only whether −a lies in the range −∞…∞ (it does), not whether it can
be an integer there, and refuses the step.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 1))
a = a_.symbol
n = sp.Symbol("n", integer=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r24.sum_pole_not_integer_ok", title="partial fractions of csc squared", source="control",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("lattice", sp.Eq(S, sp.Sum(1 / (n + a)**2, (n, -sp.oo, sp.oo))), "the lattice sum"),),
    steps=(Rewrite(expect=sp.Eq(S, sp.pi**2 / sp.sin(sp.pi * a)**2)),),
    route=Agreement("mpmath.nsum", lambda a: mpmath.nsum(lambda j: 1 / (j + mpmath.mpf(a))**2, [-mpmath.inf, mpmath.inf]),
                    points=({"a": "0.5"}, {"a": "0.25"}, {"a": "0.75"})),
)]

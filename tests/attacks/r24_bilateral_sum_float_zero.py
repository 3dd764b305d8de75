"""Class 3 (review 24, SymPy trusted): a bilateral series that SymPy sums to 0 when its coefficients are Floats is accepted as 0: SymPy's value of a sum from −∞ gets no second opinion.

S = Σ_{k=−∞}^{∞} (k² − a²)/(k² + a²)² with the measured a = 0.3 written as a Float, claimed = 0 (the continuum
version ∫_{−∞}^{∞} (x² − a²)/(x² + a²)² dx is 0: the sum replaced by its integral). SymPy's
Sum(…, (k, −oo, oo)).doit() returns 0 for Float coefficients (0.3; also at a = 3/10 put in as a Float, while
at other Floats it returns other wrong numbers, e.g. +12.07 at a = 1/3 to 70 digits, or runs out of time), and
`verify/series_values.series_agree` asks no second opinion of a sum whose lower bound is −∞. The truth is
d/da (π coth πa) = −π²/sinh²(πa) = −8.33247561792047 at a = 0.3 (mpmath nsum over [−inf, inf] agrees). A sound
kernel must check SymPy's value of a sum over ℤ like a sum from 0 (split it at 0, both halves by nsum past
their peak), or give the point no value.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

t_ = Param("t", Real(0, 1))
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")
a = sp.Float("0.3")
DERIVATIONS = [Derivation(
    id="attack.r24.bilateral_sum_float_zero", title="a lattice sum replaced by its integral", source="attack",
    symbols=(t_,), parameters=(),
    premises=(Premise("lattice", sp.Eq(S, sp.Sum((k**2 - a**2) / (k**2 + a**2)**2, (k, -sp.oo, sp.oo))),
                      "the lattice sum at a = 0.3"),),
    steps=(Rewrite(expect=sp.Eq(S, 0)),),
    route=Agreement("the continuum integral", lambda: mpmath.quad(lambda x: (x**2 - 0.09) / (x**2 + 0.09)**2, [-mpmath.inf, 0, mpmath.inf]),
                    points=({}, {}, {})),
)]

"""Control (review 10). Must pass. A Fourier series, Σ_{k≥1} cos(k a)/k² = π²/6 − π a/2 + a²/4 on
0 < a < 2π (true): confirmed quickly through the series certificate (verify/certify_series.py)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 2 * sp.pi))
a = a_.symbol
k = sp.Symbol("k", integer=True, positive=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r10.sum_fourier_cos_k2_ok", title="a Fourier series of a parabola", source="control",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.cos(k * a) / k**2, (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=sp.pi**2 / 6 - sp.pi * a / 2 + a**2 / 4),),
    route=Agreement("series summed", lambda a: mpmath.nsum(lambda j: mpmath.cos(j * mpmath.mpf(a)) / j**2, [1, mpmath.inf]),
                    points=({"a": "1"}, {"a": "2"}, {"a": "3"})),
)]

"""Class 5 (review 24, sampling called confirmation): a series with a bump far from its start is summed wrongly by SymPy's evalf and by the second opinion alike (the peak is sought on a logarithmic grid of indices that steps over the bump), and a false value is confirmed.

S = Σ_{k=0}^{∞} (2^{−k} + sech(k − 5000)), claimed = 2 ("the sech term is exponentially small"). It is not: near
k = 5000 it is of order 1, and Σ_k sech(k − 5000) = 3.1422426599… (the sum over ℤ of sech, less e^{−5000}-small end
terms), so S = 5.1422426599…. SymPy's Sum.doit() leaves it, and its evalf stops at the decaying first terms: 2.0.
`verify/series_values._sum_past_peak` looks for the largest term on a grid of 8 indices per decade (…, 4216, 5622,
…), finds it at k = 0, and hands the whole series to mpmath's nsum, which also returns 2.0. The two agree, so
the point has SymPy's value and the Rewrite S = 2 is confirmed. A sound kernel must not call a series' value
confirmed from summations that both stop at where the terms first look small: bound the tail (a ratio or
monotonicity test past the cut) or treat the point as having no value.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

t_ = Param("t", Real(0, 1))
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r24.series_bump_past_grid", title="a geometric series plus a far resonance", source="attack",
    symbols=(t_,), parameters=(),
    premises=(Premise("total", sp.Eq(S, sp.Sum(sp.Rational(1, 2)**k + sp.sech(k - 5000), (k, 0, sp.oo))),
                      "the series"),),
    steps=(Rewrite(expect=sp.Eq(S, 2)),),
    route=Agreement("geometric part", lambda: 2, points=({}, {}, {})),
)]

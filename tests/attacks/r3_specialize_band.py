"""Class 5 (review 3, sampling called confirmation). A specialization whose value leaves the symbol's domain only on a narrow band of another parameter.

f = log(x²), x > 0, so f = 2 log x (proved). Then x is specialized to v = (b − 5)² − 10⁻⁶
with b ∈ (0, 10). v ≤ 0 for b ∈ [5 − 10⁻³, 5 + 10⁻³], where f(v) = log(v²) is real but
2 log v is not (and at b = 5 ± 10⁻³, log 0). The obligation "v lies in the domain of x" is
only sampled at 8 points (verify/obligations.py:_sample_condition; _inside_symbolically cannot
decide it), so the step is confirmed. A sound kernel must fail or say inconclusive (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Real, Rewrite, Substitute

x_ = Param("x", Positive())
b_ = Param("b", Real(0, 10))
x, b = x_.symbol, b_.symbol
f = sp.Symbol("f")
V = (b - 5)**2 - sp.Rational(1, 10**6)

DERIVATIONS = [Derivation(
    id="attack.r3.specialize_band", title="log of a square on a shifted parabola", source="review3",
    symbols=(x_, b_), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, sp.log(x**2)), "the log-square"),),
    steps=(Rewrite(expect=2 * sp.log(x)),
           Substitute(mapping={x: V}, expect=sp.Eq(sp.Subs(f, x, V), 2 * sp.log(V)))),
    route=Agreement("log of the square", lambda b: mpmath.log(((mpmath.mpf(b) - 5)**2 - mpmath.mpf(10)**-6)**2),
                    points=({"b": 1}, {"b": 2}, {"b": 8})),
)]

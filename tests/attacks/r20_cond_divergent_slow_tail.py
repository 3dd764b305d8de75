"""Class 3 (review 20, SymPy trusted): an integral divergent (slow tail) on part of the domain where SymPy's too-strict condition fails everywhere; the divergent points are "undecided" (slow tail) and three convergent ones certify the value.

∫₀^∞ ((1 + x)^{−a} − (2 + x)^{−a}) dx = (1 − 2^{1−a})/(a − 1) holds for a ∈ (0, 0.9); for a ∈ (−½, 0] the integrand
decays like −a·x^{−a−1} = |a|·x^{|a|−1} in size, so the integral diverges (to −∞), while the value stays finite
(a = −¼: (1 − 2^{1.25})/(−1.25) ≈ 1.10). SymPy attaches a > 1, false on the whole domain; review 19's
certify_condition certifies the value at failing points instead. At a divergent point tanh-sinh "refutes", but
certify_quadrature.slow_tail declares the point undecided and it is dropped; the convergent failing points agree,
so the step is `confirmed`. Same class as r20_cond_divergent_oscillating with a non-oscillating, slowly divergent
integrand. A sound kernel must not let an undecided point count as neutral where SymPy's condition fails: it has to
show convergence there (or leave the step inconclusive).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); a_ = Param("a", Real(-sp.Rational(1, 2), sp.Rational(9, 10)))
x, a = (q.symbol for q in (x_, a_))
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r20.cond_divergent_slow_tail", title="difference of two power-law tails", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("integrand", sp.Eq(g, (1 + x)**(-a) - (2 + x)**(-a)), "two shifted power laws"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(g, (x, 0, sp.oo)), (1 - 2**(1 - a)) / (a - 1))),),
    route=Agreement("antiderivative difference at the ends",
                    lambda a: (1 - mpmath.mpf(2) ** (1 - mpmath.mpf(a))) / (mpmath.mpf(a) - 1),
                    points=({"a": "0.5"}, {"a": "0.75"}, {"a": "0.25"})),
)]

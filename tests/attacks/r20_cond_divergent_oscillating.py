"""Class 3 (review 20, SymPy trusted): an integral divergent on part of the domain, where SymPy's condition fails everywhere, certified at the convergent failing points only.

∫₀^∞ e^{tx} cos x dx = −t/(t² + 1) holds only for t < 0; for t ∈ [0, 2) the integral diverges (its envelope
e^{tx} grows), yet −t/(t² + 1) is finite there (t = 1 gives −1/2). SymPy's condition |2 arg t + 2π| < π is false
for every real t, so review 19's certify_condition certifies the value at sampled failing points instead; the
divergent points cannot be summed (skipped), the convergent ones agree, and the step is `confirmed`. A sound
kernel must not count a failing point it cannot evaluate as neutral when SymPy's condition fails: it must find
the part of the domain where the integral diverges (or require every failing point to agree) and refuse.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); t_ = Param("t", Real(-3, 2))
x, t = (q.symbol for q in (x_, t_))
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r20.cond_divergent_oscillating", title="Laplace-type transform of cos", source="control",
    symbols=(x_, t_), parameters=("t",),
    premises=(Premise("integrand", sp.Eq(g, sp.exp(t * x) * sp.cos(x)), "e^{tx} cos x"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(g, (x, 0, sp.oo)), -t / (t**2 + 1))),),
    route=Agreement("quadrature, period by period",
                    lambda t: mpmath.quadosc(lambda s: mpmath.exp(mpmath.mpf(t) * s) * mpmath.cos(s), [0, mpmath.inf], omega=1),
                    points=({"t": -1}, {"t": "-0.5"}, {"t": -2})),
)]

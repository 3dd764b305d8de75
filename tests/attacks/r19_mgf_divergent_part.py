"""Class 3 (review 19, SymPy trusted): an integral divergent on part of the domain (t ≥ λ) where SymPy's condition fails.

The MGF of an Exponential(λ) law, ∫₀^∞ e^{tx} λ e^{−λx} dx = λ/(λ − t), with t ∈ (−∞, 10) and λ > 1: the integral
diverges wherever t ≥ λ (t = 5, λ = 2). SymPy's condition (|arg t + π| ≤ π/2) is false for every real t, so its
value must be certified where the condition fails (review 19); a divergent integral agrees nowhere, and the
value's pole at t = λ is no finite real number: the step must be refused.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Integrate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); t_ = Param("t", Real(None, 10)); l_ = Param("lam", Real(1, None), latex=r"\lambda")
x, t, lam = (q.symbol for q in (x_, t_, l_))
w, M = sp.symbols("w M")

DERIVATIONS = [Derivation(
    id="attack.r19.mgf_divergent_part", title="MGF of an exponential law and its mean", source="control",
    symbols=(x_, t_, l_), parameters=("lam",),
    premises=(Premise("weighted", sp.Eq(w, sp.exp(t * x) * lam * sp.exp(-lam * x)), "e^{tx} times the density"),
              Premise("mgf", sp.Eq(M, lam / (lam - t)), "the MGF in closed form")),
    steps=(Integrate(x, 0, sp.oo, on="weighted", expect=sp.Eq(sp.Integral(w, (x, 0, sp.oo)), lam / (lam - t))),
           Differentiate(t, on="mgf", expect=sp.Eq(sp.Derivative(M, t), lam / (lam - t)**2)),
           Substitute(mapping={t: 0}, expect=sp.Eq(sp.Subs(sp.Derivative(M, t), t, 0), 1 / lam))),
    route=Agreement("mean by quadrature of x against the density",
                    lambda lam: mpmath.quad(lambda s: s * mpmath.mpf(lam) * mpmath.exp(-mpmath.mpf(lam) * s), [0, mpmath.inf]),
                    points=({"lam": 2}, {"lam": "1.5"}, {"lam": 40})),
)]

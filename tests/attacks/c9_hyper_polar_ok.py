"""Control, class 9 (determinism): a ``hyper(...)`` result written exactly as SymPy prints it.

``∫₀¹ dt/√(1 + x t⁴) = Γ(1/4) ₂F₁(1/4, 1/2; 5/4; x e^{iπ})/(4 Γ(5/4))`` with SymPy's
``exp_polar``. Same verdict with and without the cache. Must pass.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

t_ = Param("t", Real(0, 1))
x_ = Param("x", Positive())
t, x = t_.symbol, x_.symbol
f = sp.Symbol("f")
q = sp.Rational(1, 4)

DERIVATIONS = [Derivation(
    id="attack.c9.hyper_polar_ok", title="a hypergeometric area", source="attack",
    symbols=(t_, x_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 1 / sp.sqrt(1 + x * t**4)), "the profile"),),
    steps=(Integrate(t, 0, 1, expect=sp.gamma(q) * sp.hyper((q, sp.Rational(1, 2)), (sp.Rational(5, 4),),
                                                            x * sp.exp_polar(sp.I * sp.pi)) / (4 * sp.gamma(5 * q))),),
    route=Agreement("quadrature", lambda x: mpmath.quad(lambda s: 1 / mpmath.sqrt(1 + x * s**4), [0, 1]),
                    points=({"x": "0.5"}, {"x": 2}, {"x": 10})),
)]

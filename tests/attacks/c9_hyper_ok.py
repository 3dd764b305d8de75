"""Control, class 9 (determinism): a step whose output contains ``hyper(...)``.

``∫₀¹ (1 + x t²)^{1/3} dt = ₂F₁(−1/3, 1/2; 3/2; −x)``, which SymPy writes with
``exp_polar(iπ)``. The rule memo's round trip through the cache must not change the form:
the verdict must be the same with and without the cache (the issue saw ``failed`` with the
cache and ``confirmed`` without). Must pass, with and without the cache.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

t_ = Param("t", Real(0, 1))
x_ = Param("x", Positive())
t, x = t_.symbol, x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c9.hyper_ok", title="a hypergeometric area", source="attack",
    symbols=(t_, x_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, (1 + x * t**2)**sp.Rational(1, 3)), "the profile"),),
    steps=(Integrate(t, 0, 1, expect=sp.hyper((-sp.Rational(1, 3), sp.Rational(1, 2)), (sp.Rational(3, 2),), -x)),),
    route=Agreement("quadrature", lambda x: mpmath.quad(lambda s: (1 + x * s**2)**(mpmath.mpf(1) / 3), [0, 1]),
                    points=({"x": "0.5"}, {"x": 2}, {"x": 10})),
)]

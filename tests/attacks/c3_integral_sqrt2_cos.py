"""Class 3 (SymPy trusted): SymPy integrates ``∫₀^{2π} dx/(√2 + cos x)`` to 0.

The integrand is positive everywhere, and the integral is ``2π`` (= 2π/√(2 − 1)). SymPy 1.x
returns 0 (reproduced with the installed SymPy). A kernel that certifies a definite
integral by rigorous quadrature must refute the step: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 7))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.integral_sqrt2_cos", title="mean of a positive periodic function", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, 1 / (sp.sqrt(2) + sp.cos(x))), "the integrand"),),
    steps=(Integrate(x, 0, 2 * sp.pi, expect=0),),
    route=Agreement("the integral", lambda: 0, points=({},)),
)]

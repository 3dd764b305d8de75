"""Control for c8_complex_pole: ``∫₀¹ dt/(t² + 1) = π/4`` with the parameter-dependent form
``1/(t² + a t + 1)`` at ``a ∈ (0, 1)`` written through a rescaled variable: the integral of
``a/(a² t² + 1)`` from 0 to 1 is ``atan(a)``; its poles ``±i/a`` depend on a. Must pass.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

t_ = Param("t", Real(0, 1))
a_ = Param("a", Real(-1, 1))
t, a = t_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.complex_pole_ok", title="an arctangent", source="attack",
    symbols=(t_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, a / (a**2 * t**2 + 1)), "the profile"),),
    steps=(Integrate(t, 0, 1, expect=sp.atan(a)),),
    route=Agreement("quadrature", lambda a: mpmath.quad(lambda s: a / (a**2 * s**2 + 1), [0, 1]),
                    points=({"a": "0.25"}, {"a": "-0.5"}, {"a": "0.75"})),
)]

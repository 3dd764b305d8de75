"""Class 8 (presentation and crashes): Integrate's pole check on complex poles that depend on a parameter.

``∫₀¹ dt/(t² + a t + 1)`` with ``a ∈ (0, 1)``: the poles ``(−a ± √(a² − 4))/2`` are complex,
but SymPy cannot tell (``is_real`` is None) and comparing them with the limits raises
``TypeError``. The written value 0 is wrong (the integrand is positive). A sound kernel
says failed, one line, no traceback: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

t_ = Param("t", Real(0, 1))
a_ = Param("a", Real(0, 1))
t, a = t_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.complex_pole", title="a Lorentzian area", source="attack",
    symbols=(t_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, 1 / (t**2 + a * t + 1)), "the profile"),),
    steps=(Integrate(t, 0, 1, expect=0),),
    route=Agreement("the area", lambda a: 0, points=({"a": "0.25"}, {"a": "0.5"}, {"a": "0.75"})),
)]

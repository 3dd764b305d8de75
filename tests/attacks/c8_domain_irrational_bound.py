"""Class 8 (presentation and crashes): a domain bound written as a SymPy irrational.

``Real(0, 2π)`` is a natural way to write an angle's domain. Today it raises a bare
``TypeError`` from ``fractions`` that names neither the parameter nor the bound. A sound
kernel either accepts it or refuses with one clear line naming the field: here the
derivation's step is wrong (``∫₀^{2π} sin = 1``), so the expected outcome is exit != 0
without a traceback.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 2 * sp.pi))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.domain_irrational_bound", title="mean of a sine", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.sin(x)), "the wave"),),
    steps=(Integrate(x, 0, 2 * sp.pi, expect=1),),
    route=Agreement("the integral", lambda: 1, points=({},)),
)]

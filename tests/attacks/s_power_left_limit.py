"""Class 3 (SymPy trusted), built on SymPy issue #28975: ``lim_{x→0⁻} 2^{1/x}``.

From the left 1/x → −∞ and ``2^{1/x} → 0``; SymPy answers ∞ (reproduced with the installed
SymPy). Mapped through ``u ↦ 1/(1 + u)`` the derivation boxes ``0`` where the truth is 1.
A sound kernel certifies a one-sided limit: exit != 0.
"""
import sympy as sp

from derivations import Agreement, ApplyBoth, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
x = x_.symbol
g = sp.Symbol("g")
u = sp.Symbol("u")

DERIVATIONS = [Derivation(
    id="attack.s.power_left_limit", title="a gate from the left", source="SymPy issue #28975",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(g, 2**(1 / x)), "the gain"),),
    steps=(Limit(x, 0, "-", expect=sp.oo),
           ApplyBoth(fn=sp.Lambda(u, 1 / (1 + u)), expect=0)),
    route=Agreement("the gate", lambda: 0, points=({},)),
)]

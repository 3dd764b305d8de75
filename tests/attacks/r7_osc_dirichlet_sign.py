"""Class 3 (review 7, an oscillating integral on an infinite range): the Dirichlet integral ∫_0^∞ sin(ax)/x dx
written as π/2 for every a in (−1, 1): it is π/2·sign(a), −π/2 for a < 0 and 0 at a = 0. Must be refused (failed:
the period-by-period sum at a negative a, confirmed by a second sum; or SymPy's condition arg(a) = 0)."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, None)); a_ = Param("a", Real(-1, 1))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.osc_dirichlet_sign", title="Dirichlet integral, any sign", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.sin(a * x) / x), "sinc"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.pi / 2),),
    route=Agreement("closed", lambda a: mpmath.pi / 2, points=({"a": "0.5"}, {"a": "0.25"}, {"a": "0.75"})),
)]

"""Control (review 19). Must pass.

The real part of the characteristic function of an Exponential(1) law: ∫_0^∞ e^{−x} cos(ωx) dx = 1/(1 + ω²) for
every real ω (dominated by e^{−x}; even in ω). The checker fails step 1 (Integrate): "side condition: SymPy's
condition Eq(Abs(arg(omega)), 0) holds: false in the domain", counterexample ω = −10^8. Guess: SymPy attaches ω > 0
(arg ω = 0) although the value holds for every real ω; the kernel treats SymPy's sufficient condition as necessary
and reports a counterexample at a point where written and derived values are both right.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); w_ = Param("omega", Real(), latex=r"\omega")
x, omega = (q.symbol for q in (x_, w_))
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r19.char_function_exponential_ok", title="characteristic function of an exponential law (real part)",
    source="control", symbols=(x_, w_), parameters=("omega",),
    premises=(Premise("integrand", sp.Eq(g, sp.exp(-x) * sp.cos(omega * x)), "e^{−x} cos ωx"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(g, (x, 0, sp.oo)), 1 / (1 + omega**2))),),
    route=Agreement("quadrature, period by period",
                    lambda omega: mpmath.quadosc(lambda s: mpmath.exp(-s) * mpmath.cos(mpmath.mpf(omega) * s), [0, mpmath.inf], omega=mpmath.mpf(omega))
                    if omega != 0 else mpmath.mpf(1),
                    points=({"omega": 2}, {"omega": "-0.5"}, {"omega": -3})),
)]

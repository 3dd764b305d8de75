"""Control (review 7). Must pass. The Dirichlet integral ∫_0^∞ sin(ax)/x dx = π/2 for a > 0: it converges only
conditionally (|sin(ax)/x| is not integrable), so tanh-sinh cannot integrate it; the certificate sums it period
by period (period 2π/a read from the integrand at each sampled a) once the periods are seen to decay."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Real(0, None)); a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.osc_dirichlet_ok", title="Dirichlet integral", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.sin(a * x) / x), "sinc"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.pi / 2),),
    route=Agreement("osc", lambda a: mpmath.quadosc(lambda s: mpmath.sin(mpmath.mpf(a) * s) / s, [0, mpmath.inf],
                                                    omega=mpmath.mpf(a)),
                    points=({"a": 1}, {"a": 2}, {"a": "0.5"})),
)]

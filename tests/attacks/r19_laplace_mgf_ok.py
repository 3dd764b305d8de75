"""Control (review 19). Must pass.

Moment generating function of the standard Laplace law (density e^{−|x|}/2) for |t| < 1:
∫_{−∞}^{∞} e^{tx} e^{−|x|}/2 dx = 1/(2(1 − t)) + 1/(2(1 + t)) = 1/(1 − t²); both half-line integrals converge because
|t| < 1. The checker fails step 1 (Integrate): "side condition: SymPy's condition (Abs(arg(t)) <= pi/2) &
(Abs(arg(t) + pi) <= pi/2) holds: false in the domain", counterexample t = −239/241. Guess: the conjunction is false
for every real t (arg t is 0 or π); SymPy's conditions from splitting |x| are not necessary ones, and the kernel
fails on them instead of certifying convergence itself.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Simplify

x_ = Param("x", Real()); t_ = Param("t", Real(-1, 1))
x, t = (q.symbol for q in (x_, t_))
g = sp.Symbol("g")
M = sp.Integral(g, (x, -sp.oo, sp.oo))

DERIVATIONS = [Derivation(
    id="attack.r19.laplace_mgf_ok", title="MGF of the Laplace law", source="control",
    symbols=(x_, t_), parameters=("t",),
    premises=(Premise("integrand", sp.Eq(g, sp.exp(t * x) * sp.exp(-sp.Abs(x)) / 2), "e^{tx} times the Laplace density"),),
    steps=(Integrate(x, -sp.oo, sp.oo, expect=sp.Eq(M, 1 / (2 * (1 - t)) + 1 / (2 * (1 + t)))),
           Simplify(expect=sp.Eq(M, 1 / (1 - t**2)))),
    route=Agreement("quadrature on both half-lines",
                    lambda t: mpmath.quad(lambda s: mpmath.exp(mpmath.mpf(t) * s - abs(s)) / 2, [-mpmath.inf, 0, mpmath.inf]),
                    points=({"t": "0.5"}, {"t": "-0.9"}, {"t": 0})),
)]

"""Control (review 19). Must pass.

The second moment of a Pareto distribution with shape α > 2 and scale x_m:
∫_{x_m}^∞ x² α x_m^α x^{−α−1} dx = α x_m²/(α − 2). Near α = 2 the tail decays like x^{−1−(α−2)},
which no quadrature sums; such a point must be undecided, never a refutation.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, MultiplyBoth, Param, Positive, Premise, Real

alpha_ = Param("alpha", Real(2, None), latex=r"\alpha", doc="shape")
xm_ = Param("x_m", Positive(), doc="scale")
x_ = Param("x", Positive(), doc="value")
alpha, xm, x = (p.symbol for p in (alpha_, xm_, x_))
p = sp.Function("p")


def numeric(alpha, x_m):
    """Quadrature in u = x_m/x over (0, 1]: the slowly decaying tail becomes an end point."""
    alpha, x_m = mpmath.mpf(alpha), mpmath.mpf(x_m)
    return mpmath.quad(lambda u: alpha * x_m**2 * u**(alpha - 3), [0, 1])


pareto = Derivation(
    id="attack.r19.pareto_second_moment_ok",
    title="Second moment of the Pareto distribution",
    source="textbook",
    symbols=(alpha_, xm_, x_),
    parameters=("alpha", "x_m"),
    premises=(Premise("density", sp.Eq(p(x), alpha * xm**alpha * x**(-alpha - 1)), "Pareto density on x > x_m"),),
    steps=(
        MultiplyBoth(factor=x**2, expect=sp.Eq(x**2 * p(x), alpha * xm**alpha * x**(1 - alpha))),
        Integrate(x, xm, sp.oo, expect=sp.Eq(sp.Integral(x**2 * p(x), (x, xm, sp.oo)), alpha * xm**2 / (alpha - 2))),
    ),
    route=Agreement("quadrature", numeric, points=({"alpha": 3, "x_m": 1}, {"alpha": 5, "x_m": 2}, {"alpha": "4.5", "x_m": "0.5"})),
)
DERIVATIONS = [pareto]

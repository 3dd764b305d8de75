"""Control (review 30). Must pass.

The Gumbel density as the derivative of its distribution function F = exp(−exp(−(x − μ)/β)) on
x, μ real and β > 0: f = (1/β)·exp(−(x − μ)/β − exp(−(x − μ)/β)), a textbook result. The checker
never returns: the numeric screen and the confirmation (``verify/confirm.py::_value``) substitute a
sampled point into the forms with no time budget, and at x − μ ≈ −10⁸ (the domain's sampled
magnitudes reach 10⁸, the corners 10³⁰⁰) SymPy's automatic evaluation of exp(−exp(10⁸/β)) asks
mpmath for ln 2 to ~10⁸ digits (x = 10⁶ alone costs 26 s). A sound kernel must bound every
evaluation of a form at a point (a budget around ``_value``, or a magnitude pre-check that
gives the point no value), so the step is proved, or undecided, in bounded time.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real

x_ = Param("x", Real())
mu_ = Param("mu", Real())
beta_ = Param("beta", Positive())
x, mu, beta = x_.symbol, mu_.symbol, beta_.symbol
F = sp.Symbol("F")


def _route(x, mu, beta):
    return mpmath.diff(lambda u: mpmath.exp(-mpmath.exp(-(u - mu) / beta)), x)


z = -(x - mu) / beta
d = Derivation(
    id="attack.r30.gumbel_density_ok", title="Gumbel density", source="attack",
    symbols=(x_, mu_, beta_), parameters=("x", "mu", "beta"),
    premises=(Premise("cdf", sp.Eq(F, sp.exp(-sp.exp(z))), "Gumbel distribution function"),),
    steps=(Differentiate(x, expect=sp.exp(z - sp.exp(z)) / beta),),
    route=Agreement("numeric derivative", _route,
                    points=({"x": "0.5", "mu": 0, "beta": 1}, {"x": 1, "mu": "0.3", "beta": 2},
                            {"x": "-1.5", "mu": 1, "beta": "0.7"})),
)
DERIVATIONS = [d]

"""One neuron as a map of distributions (W Appendix II): ``jacobian.tanh_density``, the density of ``tanh(w x + b)`` for ``x ~ N(0, 1)``.

The weight ``w`` is any nonzero real (the law depends on it only through ``|w|``); ``w = 0``
gives a point mass with no density and is rejected by the entry's ``constraint``.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Mapping

import mpmath
import sympy as sp

from ._domains import DomainError, Positive, Real
from ._model import Agreement, Derivation, Param, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import Differentiate, Ref, Rewrite, Substitute
from .jacobian_symbols import p_in, p_in_, p_out, p_out_

__all__ = [
    "b",
    "b_",
    "slope",
    "slope_",
    "tanh_density",
    "w",
    "w_",
    "x",
    "x_",
    "y",
    "y_",
]


y_ = Param("y", Real(-1, 1, sample=(-0.95, 0.95)), doc="output of the neuron, in $(-1, 1)$")
w_ = Param("w", Real(sample=(-5, 5)), doc="weight, any nonzero real (only $|w|$ matters; $w = 0$ has no density)")
b_ = Param("b", Real(sample=(-2, 2)), doc="bias")
x_ = Param("x", Real(sample=(-3, 3)), doc=r"input, $x \sim N(0, 1)$")
slope_ = Param("slope", Positive(), latex=r"|\mathrm{d}y/\mathrm{d}x|", doc="$|dy/dx|$ at $x(y)$")
y, w, b, x, slope = y_.symbol, w_.symbol, b_.symbol, x_.symbol, slope_.symbol
_tanh_density_form = sp.exp(-(sp.atanh(y) - b) ** 2 / (2 * w**2)) / (sp.sqrt(2 * sp.pi) * sp.Abs(w) * (1 - y**2))


def _nonzero_weight(values: Mapping[str, Any]) -> None:
    """w = 0 maps every input to tanh(b): a point mass, which has no density."""
    if values["w"] == 0:
        raise DomainError("w", values["w"], "a nonzero real number", "tanh(0·x + b) is a point mass")


@functools.lru_cache(maxsize=1)
def _tanh_density_fn() -> Callable[..., Any]:
    """The derived density of tanh(w x + b) as an mpmath function of (y, w, b)."""
    return sp.lambdify([y, w, b], tanh_density.value(tanh_density.result), "mpmath")


def _tanh_density_reference(y: Any, w: Any, b: Any) -> Any:
    """d/dy of the CDF P(tanh(wX + b) ≤ y), by numeric differentiation.

    In the upper tail the complementary CDF −Φ(−z) (same derivative) avoids differencing
    numbers next to 1.
    """
    # P(wX + b ≤ u) = P(X ≤ (u − b)/w) = Φ((u − b)/w) for w > 0; for w < 0 it is
    # P(X ≥ (u − b)/w) = Φ(−(u − b)/w).
    orient = 1 if w > 0 else -1

    def z(t: Any) -> Any:
        return orient * (mpmath.atanh(t) - b) / w

    sign = 1 if z(y) <= 0 else -1
    return sign * mpmath.diff(lambda t: mpmath.ncdf(sign * z(t)), y)


def _normalized(w: Any, b: Any) -> bool:
    f = _tanh_density_fn()
    with mpmath.workdps(15):
        total = mpmath.quad(lambda t: f(t, w, b), [-1, mpmath.tanh(b), 1])
    return close(total, 1, 12)


# Beyond w ≈ 3 a 15-digit quadrature misses the mass within 10⁻¹⁵ of y = ±1.
_w_normalized = Positive(sample=(1 / 10, 5 / 2), log=True)
# Weight moduli for the properties (w = 0 is outside the entry's domain).
_w_modulus = Positive(sample=(1 / 10, 5), log=True)


tanh_density = Derivation(
    id="jacobian.tanh_density",
    title="Density of one tanh neuron with a Gaussian input",
    source="W §3.1 and Appendix II (one neuron)",
    summary=r"For $y = \tanh(w x + b), x \sim N(0, 1)$, $w \neq 0$: $x(y) = (\operatorname{atanh} y - b)/w$ and "
            r"$|dy/dx| = |w|(1 - y^2)$, so $p_{\mathrm{out}}(y) = \exp(-(\operatorname{atanh} y - "
            r"b)^2/(2w^2))/(\sqrt{2\pi} |w| (1 - y^2))$: the sign of $w$ does not matter.",
    symbols=(y_, w_, b_, x_, slope_, p_out_, p_in_),
    parameters=("y", "w", "b"),
    constraint=_nonzero_weight,
    premises=(
        Premise("map", sp.Eq(y, sp.tanh(w * x + b)), r"one neuron, W eq. (8): $y = \tanh(w x + b)$"),
        Premise("inverse", sp.Eq(x, (sp.atanh(y) - b) / w),
                r"$x(y) = (\operatorname{atanh} y - b)/w$, the input the neuron maps to $y$ ($w \neq 0$, the "
                "entry's constraint; tanh is increasing, so it is the only one)"),
        Premise("slope_def", sp.Eq(slope, sp.Abs(sp.Derivative(y, x))), "$|dy/dx|$, the slope's modulus at $x(y)$"),
        Premise("cov", sp.Eq(p_out, p_in / slope),
                r"change of variables in one dimension (jacobian.change_of_variables): $p_{\mathrm{out}}(y) = "
                r"p_{\mathrm{in}}(x(y))/|dy/dx|$"),
        Premise("input", sp.Eq(p_in, sp.exp(-x**2 / 2) / sp.sqrt(2 * sp.pi)), r"standard Gaussian input $x \sim "
                                                                              "N(0, 1)$"),
    ),
    steps=(
        Substitute({x: Ref("inverse")}, on="map", expect=y,
                   note=r"check: the neuron maps $x(y)$ to $\tanh(\operatorname{atanh} y) = y$"),
        Differentiate(x, on="map", expect=w * (1 - sp.tanh(w * x + b) ** 2)),
        Substitute({sp.tanh(w * x + b): Ref("map")}, expect=w * (1 - y**2), name="dydx"),
        Substitute({sp.Derivative(y, x): Ref("dydx")}, on="slope_def", expect=sp.Abs(w * (1 - y**2))),
        Rewrite(expect=sp.Abs(w) * (1 - y**2), name="abs_slope", note="$1 - y^2 > 0$ ($w$ of either sign)"),
        Substitute({x: Ref("inverse")}, on="input",
                   expect=sp.Eq(p_in, sp.exp(-(sp.atanh(y) - b) ** 2 / (2 * w**2)) / sp.sqrt(2 * sp.pi)),
                   name="p_in_y"),
        Substitute({p_in: Ref("p_in_y"), slope: Ref("abs_slope")}, on="cov",
                   expect=sp.Eq(p_out, _tanh_density_form), name="density"),
    ),
    result_step="density",
    route=Agreement(
        r"numeric derivative (mpmath.diff) of the CDF $P(\tanh(wX + b) \le y) = \Phi((\operatorname{atanh} y - "
        "b)/w)$ (mpmath.ncdf)",
        _tanh_density_reference,
        points=({"y": "1/2", "w": 1, "b": 0}, {"y": "-9/10", "w": "1/3", "b": "-1/2"},
                {"y": "99/100", "w": 4, "b": "3/2"}, {"y": "1/100", "w": "1/10", "b": "1/5"},
                {"y": "-1/3", "w": "-7/10", "b": -2}, {"y": "3/5", "w": "-5/2", "b": "1/4"}),
    ),
    properties=(
        Property("jacobian.tanh_density.normalized", "the density integrates to 1 over $(-1, 1)$",
                 _normalized, {"w": _w_normalized, "b": b_.domain}),
        Property("jacobian.tanh_density.reflection", "$p(-y; w, -b) = p(y; w, b)$",
                 lambda y, w, b: close(tanh_density.evaluate(dps=PROPERTY_DPS, y=-y, w=w, b=-b),
                                       tanh_density.evaluate(dps=PROPERTY_DPS, y=y, w=w, b=b)),
                 {"y": y_.domain, "w": _w_modulus, "b": b_.domain}),
        Property("jacobian.tanh_density.weight_sign",
                 "$p(y; -w, b) = p(y; w, b)$: the law depends on $|w|$ only",
                 lambda y, w, b: close(tanh_density.evaluate(dps=PROPERTY_DPS, y=y, w=-w, b=b),
                                       tanh_density.evaluate(dps=PROPERTY_DPS, y=y, w=w, b=b)),
                 {"y": y_.domain, "w": _w_modulus, "b": b_.domain}),
    ),
)

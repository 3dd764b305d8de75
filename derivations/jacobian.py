"""Transformers as maps of distributions (W §3.1, eqs 8–11; Appendix II, eqs 16–21).

Catalogue section 8:

* ``jacobian.change_of_variables`` — W eqs (10)–(11): ``p_out = p_in/|det J|`` and, with
  ``det J = Π λ_i``, ``ln p_out = ln p_in − Σ ln|λ_i|`` (W's ``p_in · exp(−Σ ln|λ_i|)``);
  checked by sampling a nonlinear two-dimensional map whose Jacobian has complex
  eigenvalues (a χ² goodness-of-fit test);
* ``jacobian.two_neuron`` — W eqs (16)–(21): the two-neuron layer ``y = σ(W x + b)``, its
  Jacobian determinant ``σ'(z₁) σ'(z₂) det W`` and, for ``σ = tanh``, the output density;
  for linear ``σ`` the Jacobian is constant and Gaussian inputs give Gaussian outputs;
* ``jacobian.tanh_density`` — one neuron: the density of ``tanh(w x + b)``, ``x ~ N(0, 1)``;
* ``jacobian.tanh_bimodality`` (beyond the papers) — ``tanh(w x)`` is unimodal for
  ``w < 1/√2``, flat at ``w = 1/√2`` and bimodal above: W's "small weights: narrow; large
  weights: bimodal; in between: flat" as an exact threshold. Its kurtosis falls from 3
  (``w → 0``) towards 1 (``w → ∞``): tanh makes outputs lighter-tailed than a Gaussian.

The one-neuron weight ``w`` is any nonzero real: for ``x ~ N(0, 1)`` the law of
``tanh(w x + b)`` depends on ``w`` only through ``|w|`` (``x`` and ``−x`` have the same
law), and ``w = 0`` gives a point mass with no density (rejected by the entry's
``constraint``). The bimodality threshold is stated for ``|w|``, i.e. ``w > 0``.

The symbols and shared helpers are in :mod:`derivations.jacobian_symbols`, the one-neuron
density in :mod:`derivations.jacobian_tanh_density` and the two-neuron layer in
:mod:`derivations.jacobian_two_neuron`. This module
holds the change of variables and the bimodality threshold with the kurtosis, whose route
and claims read this module's names; it re-exports the others' entries and symbols, and lists
the section's entries (``DERIVATIONS``) for the registry.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import mpmath
import numpy as np
import sympy as sp

from ._domains import DomainError, Positive
from ._model import Agreement, Claim, Derivation, Measurement, Param, Premise, Property
from ._precision import close, GUARD_DIGITS, PROPERTY_DPS
from ._rules import Determinant, Differentiate, LogBoth, Ref, Rewrite, SolveFor, Substitute
from .jacobian_symbols import (_detJ_entries, _eq, _J_, _Jmat, _K_, _Kmat, _np_lambdify, C, det, J11, J12, J21, J22,
                               J_, K11, K12, K21, K22, K_, lam1, lam1_, lam2, lam2_, p_in, p_in_, p_out, p_out_, t,
                               t_)
from .jacobian_tanh_density import _tanh_density_reference, tanh_density, w, y, y_
from .jacobian_two_neuron import _detW, _JY, b1, b2, two_neuron, w11, w12, w21, w22, x1, x2, y1, y2

__all__ = [
    "DERIVATIONS",
    "change_of_variables",
    "two_neuron",
    "tanh_density",
    "tanh_bimodality",
    "tanh_kurtosis",
    "kurtosis_sequence",
    "chi_square_sinh_map",
]


# -- 1. change of variables (W eqs 10–11) ---------------------------------------------------

# The maps the sampling check pushes Gaussian samples through: y = A sinh(x). With _A_SINH the
# Jacobian A·diag(cosh x₁, cosh x₂) is not symmetric and has complex eigenvalues near x = 0, so
# the check exercises |λ| as a modulus, not just real eigenvalues; but det J = |λ|² > 0 there, so
# the absolute value in p_in/|det J| would go untested. With _B_SINH (det B < 0) the map reverses
# orientation: det J < 0 everywhere, the eigenvalues are real and of opposite signs, and a density
# without the absolute value is negative (or undefined) and fails.
_A_SINH = sp.ImmutableMatrix([[1, sp.Rational(-4, 5)], [sp.Rational(3, 5), sp.Rational(9, 10)]])
_B_SINH = sp.ImmutableMatrix([[sp.Rational(3, 5), sp.Rational(9, 10)], [1, sp.Rational(-4, 5)]])
_MAPS = {"A": _A_SINH, "B": _B_SINH}
_SEED = 20250719
_SAMPLES = 200_000
_BINS = 24
_BOX = 4.0
_P_MIN = 1e-3
#: Fewest expected samples in a χ² cell; smaller cells are pooled.
_MIN_EXPECTED = 5


@functools.lru_cache(maxsize=None)
def _sinh_map(which: str = "A") -> tuple[Callable[..., Any], np.ndarray]:
    """The Jacobian of y = M sinh(x) (M = _MAPS[which]), lambdified from SymPy, and M⁻¹."""
    x1, x2 = sp.symbols("x1 x2", real=True)
    matrix = _MAPS[which]
    jac = (matrix * sp.Matrix([sp.sinh(x1), sp.sinh(x2)])).jacobian([x1, x2])
    entries = _np_lambdify([x1, x2], list(jac))
    return entries, np.array(matrix.inv().tolist(), dtype=float)


def _sinh_map_density(derived: Callable[..., Any], which: str = "A") -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """Output density of y = M sinh(x), x ~ N(0, I₂), from a formula in (p_in, λ₁, λ₂)."""
    entries, a_inv = _sinh_map(which)

    def density(v1: np.ndarray, v2: np.ndarray) -> np.ndarray:
        s1 = np.arcsinh(a_inv[0, 0] * v1 + a_inv[0, 1] * v2)
        s2 = np.arcsinh(a_inv[1, 0] * v1 + a_inv[1, 1] * v2)
        pin = np.exp(-(s1**2 + s2**2) / 2) / (2 * np.pi)
        j = [np.broadcast_to(e, s1.shape) for e in entries(s1, s2)]
        lam = np.linalg.eigvals(np.stack(j, axis=-1).reshape(s1.shape + (2, 2)))
        with np.errstate(invalid="ignore", divide="ignore"):
            out = np.asarray(derived(pin, lam[..., 0], lam[..., 1]))
        # A value with an imaginary part is no density: it becomes NaN and fails the χ² guard.
        return np.where(np.abs(np.imag(out)) <= 1e-12 * np.abs(out), np.real(out), np.nan)
    return density


def chi_square_sinh_map(density: Callable[[np.ndarray, np.ndarray], np.ndarray], *,
                        samples: int = _SAMPLES, seed: int = _SEED, which: str = "A") -> dict[str, Any]:
    """χ² goodness of fit of ``density`` to samples of y = M sinh(x), x ~ N(0, I₂) (M = A or B).

    Bins: a 24 × 24 grid on [−4, 4]²; cells expecting fewer than 5 samples are pooled with
    everything outside the box into one cell. Expected cell probabilities come from a
    6 × 6 Gauss–Legendre rule on each bin. Guarded: a density that is negative or not finite
    anywhere on the nodes, or whose mass in the kept cells exceeds 1 so that the pooled cell
    would expect a non-positive count, is *rejected* (``invalid`` says why, the statistic is
    infinite and the p-value 0) — a χ² with a non-positive expected count is never computed.
    A pooled cell expecting fewer than 5 samples is merged with the smallest kept cell.
    Returns the statistic, degrees of freedom, p-value and the largest absolute difference of
    a cell's observed and expected probability.
    """
    rng = np.random.default_rng(seed)
    x = np.sinh(rng.standard_normal((samples, 2)))
    a = np.array(_MAPS[which].tolist(), dtype=float)
    y = np.stack([a[0, 0] * x[:, 0] + a[0, 1] * x[:, 1], a[1, 0] * x[:, 0] + a[1, 1] * x[:, 1]], axis=1)
    edges = np.linspace(-_BOX, _BOX, _BINS + 1)
    inside = y[(np.abs(y) < _BOX).all(axis=1)]
    cell = np.minimum(((inside + _BOX) / (2 * _BOX) * _BINS).astype(int), _BINS - 1)
    observed = np.bincount(cell[:, 0] * _BINS + cell[:, 1], minlength=_BINS**2).reshape(_BINS, _BINS)
    t, wt = np.polynomial.legendre.leggauss(6)
    half = (edges[1] - edges[0]) / 2
    nodes = ((edges[:-1] + edges[1:]) / 2)[:, None] + half * t[None, :]
    g1, g2 = np.meshgrid(nodes.ravel(), nodes.ravel(), indexing="ij")
    values = np.asarray(density(g1, g2), dtype=float).reshape(_BINS, 6, _BINS, 6)

    def rejected(reason: str) -> dict[str, Any]:
        return {"statistic": float("inf"), "dof": 0, "p_value": 0.0, "max_deviation": 1.0,
                "outside": float("nan"), "invalid": reason}
    if not np.all(np.isfinite(values)):
        return rejected("the density is not a finite real number at some quadrature nodes")
    if np.any(values < 0):
        return rejected(f"the density is negative at {int(np.sum(values < 0))} quadrature nodes")
    prob = np.einsum("iajb,a,b->ij", values, wt, wt) * half**2
    keep = prob * samples >= _MIN_EXPECTED
    o = np.append(observed[keep], samples - observed[keep].sum()).astype(float)
    e = np.append(prob[keep], 1 - prob[keep].sum()) * samples
    if e[-1] <= 0:
        return rejected(f"the density's mass in the kept cells is {prob[keep].sum():.6g} > 1: the pooled "
                        f"cell would expect {e[-1]:.3g} samples")
    if e[-1] < _MIN_EXPECTED:  # merge the pooled cell into the smallest kept cell
        k = int(np.argmin(e[:-1]))
        o[k], e[k] = o[k] + o[-1], e[k] + e[-1]
        o, e = o[:-1], e[:-1]
    stat = float(np.sum((o - e) ** 2 / e))
    dof = int(o.size - 1)
    p_value = float(mpmath.gammainc(mpmath.mpf(dof) / 2, stat / 2, mpmath.inf, regularized=True))
    return {"statistic": stat, "dof": dof, "p_value": p_value,
            "max_deviation": float(np.max(np.abs(o - e)) / samples), "outside": float(e[-1] / samples)}


def _change_of_variables_measurement(dps: int) -> tuple[bool, float | None, str]:
    derived = _np_lambdify([p_in, lam1, lam2], change_of_variables.value(change_of_variables.result))
    passed, worst, parts = True, 0.0, []
    for which, what in (("A", "complex eigenvalues near 0, det J > 0"),
                        ("B", "det J < 0 everywhere: real eigenvalues of opposite signs")):
        seed = _SEED + "AB".index(which)  # independent samples for the two maps
        r = chi_square_sinh_map(_sinh_map_density(derived, which), which=which, seed=seed)
        ok = r["p_value"] >= _P_MIN
        passed, worst = passed and ok, max(worst, r["max_deviation"])
        if "invalid" in r:
            parts.append(f"y = {which} sinh(x) ({what}): rejected, {r['invalid']}")
        else:
            parts.append(f"y = {which} sinh(x) ({what}): χ² = {r['statistic']:.1f} on {r['dof']} degrees of "
                         f"freedom, p = {r['p_value']:.3g}")
    digits = round(float(-np.log10(worst)), 1) if worst > 0 else None
    detail = ("; ".join(parts) + f" (threshold p ≥ {_P_MIN:g}; {_SAMPLES} samples each, seed {_SEED}; "
              f"largest cell-probability difference {worst:.2g})")
    return passed, digits, detail


#: W eq. (11) as W writes it: p_in·exp(−Σ ln|λ_i|) (SymPy displays it as p_in/(|λ₁||λ₂|)).
_w_eq_11 = p_in * sp.exp(-sp.log(sp.Abs(lam1)) - sp.log(sp.Abs(lam2)))

change_of_variables = Derivation(
    id="jacobian.change_of_variables",
    names=("K",),
    title="Output density of a layer: input density over the Jacobian determinant",
    source="W §3.1, eqs (10)–(11)",
    summary=r"Probability is conserved by an invertible map $y = F(x)$: $p_{\mathrm{out}}(y) = "
            r"p_{\mathrm{in}}(x(y))/|\det J|$. $\det J$ is the product of the eigenvalues of $J$ (the "
            r"characteristic polynomial $\det(t I - J) = (t - \lambda_1)(t - \lambda_2)$ at $t = 0$), so "
            r"$p_{\mathrm{out}} = p_{\mathrm{in}}\cdot\exp(-\sum \ln|\lambda_i|)$, i.e. $\ln p_{\mathrm{out}} = "
            r"\ln p_{\mathrm{in}} - \sum \ln|\lambda_i|$; across layers the Jacobians multiply and the "
            "exponents add.",
    symbols=(p_out_, p_in_, lam1_, lam2_, t_, *_J_, *_K_),
    premises=(
        Premise("cov", sp.Eq(p_out, p_in / sp.Abs(sp.Determinant(J_))),
                r"W eq. (10): $p_{\mathrm{out}}(y) d^{n}y = p_{\mathrm{in}}(x) d^{n}x$ for an invertible map, "
                r"so $p_{\mathrm{out}}(y) = p_{\mathrm{in}}(x(y))/|\det J(x(y))|$ (the change-of-variables "
                "formula)."),
        Premise("jacobian", _eq(J_, _Jmat), r"the Jacobian $J = \partial y/\partial x$ of a two-dimensional "
                                            "layer at $x(y)$"),
        Premise("char_matrix", _eq(C(t), t * sp.eye(2) - _Jmat),
                "the characteristic matrix of $J$: $C(t) = t I - J$"),
        Premise("characteristic", sp.Eq(det(C(t)), (t - lam1) * (t - lam2)),
                r"the eigenvalues $\lambda_1$, $\lambda_2$ of $J$ are the roots, with multiplicity, of its "
                r"characteristic polynomial $\det(t I - J)$, which is monic of degree 2 (over $\mathbb{C}$; "
                "real here)"),
        Premise("two_layers", _eq(K_ * J_, _Kmat * _Jmat),
                r"two layers in a row: the chain rule multiplies their Jacobians, $K\cdot J$"),
    ),
    steps=(
        Determinant(on="jacobian", expect=_detJ_entries, name="det_entries"),
        Determinant(on="char_matrix", expect=t**2 - (J11 + J22) * t + _detJ_entries, name="charpoly",
                    note=r"the characteristic polynomial $t^2 - \operatorname{tr} J\cdot t + \det J$"),
        Substitute({t: 0}, expect=_detJ_entries, name="charpoly_at_0"),
        Substitute({t: 0}, on="characteristic", expect=lam1 * lam2, name="roots_at_0"),
        Substitute({det(C(0)): Ref("roots_at_0")}, on="charpoly_at_0",
                   expect=sp.Eq(lam1 * lam2, _detJ_entries), name="eigen_product",
                   note=r"$\prod \lambda_i = \det J$ for every $2\times2$ matrix, diagonalizable or not"),
        Substitute({_detJ_entries: Ref("eigen_product")}, on="det_entries", expect=lam1 * lam2, name="det_J"),
        Substitute({sp.Determinant(J_): Ref("det_J")}, on="cov", expect=p_in / sp.Abs(lam1 * lam2)),
        Rewrite(expect=_w_eq_11, name="density",
                note=r"W eq. (11): $|\lambda_1\lambda_2| = |\lambda_1||\lambda_2|$ and $1/|\lambda| = "
                     r"\exp(-\ln|\lambda|)$"),
        Determinant(on="two_layers", expect=(K11 * K22 - K12 * K21) * _detJ_entries, name="layers",
                    note=r"$\det(K J) = \det K \cdot \det J$: over several layers the $\sum \ln|\lambda_i|$ of "
                         "each layer add up"),
    ),
    result_step="density",
    route=Measurement(
        r"$\chi^2$ goodness of fit: $2\cdot10^5$ samples $x \sim N(0, I_2)$ (numpy, fixed seed) pushed through "
        r"$y = A \sinh(x)$, binned on $[-4, 4]^2$, against $p_{\mathrm{in}}(x(y))\cdot\exp(-\sum "
        r"\ln|\lambda_i|)$ with $\lambda_i$ the eigenvalues (numpy) of the map's Jacobian at $x(y)$, integrated "
        "over each bin",
        _change_of_variables_measurement,
    ),
    notes=(
        r"The sampled map has complex eigenvalues near $x = 0$; $|\lambda|$ is their modulus there, and "
        r"$|\lambda_1||\lambda_2| = |\det J|$ still holds.",
    ),
)


# -- 4. bimodality threshold and kurtosis of tanh(w x) -------------------------------------

#: The weight's modulus |w|: the law of tanh(w x) depends on w only through it.
wm_ = Param("w", Positive(sample=(1 / 10, 5), log=True), doc="modulus $|w|$ of the weight")
wm = wm_.symbol

#: atanh y = ½ ln((1 + y)/(1 − y)) on (−1, 1), in the form whose finiteness SymPy can see.
_atanh_log = sp.log((1 + y) / (1 - y)) / 2
_density_b0 = sp.exp(-_atanh_log**2 / (2 * wm**2)) / (1 - y**2)
_log_density = -_atanh_log**2 / (2 * wm**2) - sp.log(1 - y**2)
_curvature = (2 * (1 + y**2) - 1 / wm**2 - 2 * y * _atanh_log / wm**2) / (1 - y**2) ** 2
_fourth = 4 * (3 * wm**2 * (y**4 + 6 * y**2 + 1) - 6 * y * (y**2 + 1) * _atanh_log - 9 * y**2 - 2) \
    / (wm**2 * (1 - y**2) ** 4)
#: The (unnormalized) density of tanh(w x) and its curvature at y = 0, d² ln p/dy² there.
p_tanh = sp.Function("p")
_curvature_at_0 = sp.Derivative(sp.log(p_tanh(y)), (y, 2)).subs(y, 0)


def tanh_kurtosis(w: Any, dps: int | None = None) -> mpmath.mpf:
    """Kurtosis ⟨y⁴⟩/⟨y²⟩² of y = tanh(w x), x ~ N(0, 1), by quadrature.

    >>> 1 < tanh_kurtosis(1) < 3
    True
    """
    dps = mpmath.mp.dps if dps is None else dps
    with mpmath.workdps(dps + GUARD_DIGITS):
        w = abs(mpmath.mpf(w))
        if w == 0:
            raise DomainError("w", w, "a nonzero real number", "tanh(0·x) = 0 has no kurtosis")
        # Even integrands, cut where the Gaussian tail drops below the working precision; for
        # large w they turn over at |x| ≈ 1/w.
        cut = mpmath.sqrt(2 * mpmath.log(10) * (mpmath.mp.dps + 5)) + 1
        pts = [0] + [p for p in (1 / w, 10 / w) if p < cut / 2] + [cut / 2, cut]
        m2 = 2 * mpmath.quad(lambda t: mpmath.tanh(w * t) ** 2 * mpmath.npdf(t), pts)
        m4 = 2 * mpmath.quad(lambda t: mpmath.tanh(w * t) ** 4 * mpmath.npdf(t), pts)
        out = m4 / m2**2
    with mpmath.workdps(dps):
        return +out


#: The weights along which the kurtosis of tanh(w x) is followed: w = 2^k/20, k = 0, …, 9.
_KURTOSIS_WEIGHTS = tuple(mpmath.mpf(2) ** k / 20 for k in range(10))


@functools.lru_cache(maxsize=4)
def kurtosis_sequence(dps: int = 10) -> tuple[tuple[mpmath.mpf, mpmath.mpf], ...]:
    """``(w, kurtosis of tanh(w x))`` along w = 1/20, 1/10, …, 25.6 (doubling), by quadrature.

    >>> ks = [k for _, k in kurtosis_sequence()]
    >>> ks[0] > 2.95 and ks[-1] < 1.05 and all(a > b for a, b in zip(ks, ks[1:]))
    True
    """
    return tuple((w, tanh_kurtosis(w, dps)) for w in _KURTOSIS_WEIGHTS)


def _kurtosis_falls_from_3_towards_1() -> bool:
    """Along the doubling weights the kurtosis falls strictly, starts within 0.05 of the Gaussian 3,
    ends within 0.05 of 1 (the sign function's), and never exceeds 3: no tanh output is fat-tailed."""
    ks = [k for _, k in kurtosis_sequence()]
    return bool(all(a > b for a, b in zip(ks, ks[1:])) and 3 - mpmath.mpf("0.05") < ks[0] < 3
                and 1 < ks[-1] < 1 + mpmath.mpf("0.05"))


def _curvature_at_zero(value: Any) -> Any:
    """The derived second derivative of log p_out at y = 0, at weight ``value``."""
    return tanh_bimodality.derived("curvature_at_0").rhs.subs(wm, value)


def _bimodality_reference() -> Any:
    """The weight at which the density of tanh(wX) at y = 0 turns from a maximum into a minimum.

    By symmetry p'(0) = 0, so (log p)''(0) = 0 exactly when p''(0) = 0, i.e. when the third
    derivative of the CDF Φ(atanh(y)/w) vanishes at y = 0 (mpmath.diff; root in w by findroot).
    """
    return mpmath.findroot(lambda s: mpmath.diff(lambda t: mpmath.ncdf(mpmath.atanh(t) / s), 0, 3),
                           mpmath.mpf("0.7"))


@functools.lru_cache(maxsize=1)
def _curvature_fn() -> Callable[..., Any]:
    return sp.lambdify([wm], tanh_bimodality.derived("curvature_at_0").rhs, "mpmath")


def _curvature_matches(w: Any) -> bool:
    # evaluate() at mpmath's current precision: diff raises it to absorb the cancellation.
    numeric = mpmath.diff(lambda t: mpmath.log(tanh_density.evaluate(dps=mpmath.mp.dps, y=t, w=w, b=0)), 0, 2)
    return close(numeric, _curvature_fn()(w), PROPERTY_DPS - 10)


def _log_density_derivative(w: Any, order: int) -> mpmath.mpf:
    """d^order/dy^order of ln p_out at y = 0 for tanh(w x), numerically (mpmath.diff) from the
    density of jacobian.tanh_density (b = 0), evaluated at mpmath's current precision."""
    return mpmath.diff(lambda t: mpmath.log(tanh_density.evaluate(dps=mpmath.mp.dps, y=t, w=w, b=0)), 0, order)


def _flat_at_threshold() -> bool:
    """W's "flat" in between: the numeric curvature of ln p_out at y = 0 vanishes at the derived
    threshold and changes sign across it (w = 0.70: a peak, w = 0.72: a dip); the numeric fourth
    derivative there is negative, so the top is flat but still a single maximum."""
    threshold = tanh_bimodality.evaluate(dps=mpmath.mp.dps)
    tolerance = mpmath.mpf(10) ** (5 - mpmath.mp.dps)
    return bool(abs(_log_density_derivative(threshold, 2)) < tolerance
                and _log_density_derivative(mpmath.mpf("0.70"), 2) < 0
                and _log_density_derivative(mpmath.mpf("0.72"), 2) > 0
                and _log_density_derivative(threshold, 4) < 0)


tanh_bimodality = Derivation(
    id="jacobian.tanh_bimodality",
    title=r"$\tanh(w x)$ turns bimodal at $w = 1/\sqrt{2}$",
    source="W §3.1 and Appendix II, Fig. 3 (beyond the papers)",
    summary=r"For $y = \tanh(w x), x \sim N(0, 1)$, $\log p_{\mathrm{out}} = -\operatorname{atanh}(y)^2/(2w^2) "
            r"- \ln(1 - y^2) + \mathrm{const}$. Its second derivative at $y = 0$ is $2 - 1/w^2$: negative (a "
            r"single peak) for $w < 1/\sqrt{2}$, zero (flat) at $w = 1/\sqrt{2}$, positive (a dip between two "
            "peaks) above.",
    symbols=(y_, wm_),
    result_step="threshold",
    premises=(
        Premise("density", sp.Eq(p_tanh(y), _density_b0),
                "jacobian.tanh_density with $b = 0$ and $w = |w| > 0$ (only $|w|$ matters), without its "
                r"normalization $1/(\sqrt{2\pi} w)$, which no derivative of $\ln p$ in $y$ sees; "
                r"$\operatorname{atanh} y$ written as $\tfrac{1}{2} \ln((1 + y)/(1 - y))$"),
        Premise("flat", sp.Eq(_curvature_at_0, 0),
                "the threshold between a peak and a dip at $y = 0$ (where $p'(0) = 0$ by symmetry): the density "
                r"is flat there, its curvature $d^2 \ln p/dy^2$ at $y = 0$ vanishes"),
    ),
    steps=(
        LogBoth(expect=sp.Eq(sp.log(p_tanh(y)), _log_density), name="log_density",
                note=r"$\ln(e^a/(1 - y^2)) = a - \ln(1 - y^2)$, $1 - y^2 > 0$"),
        Differentiate(y, 2, expect=_curvature, name="curvature"),
        Substitute({y: 0}, expect=2 - 1 / wm**2, name="curvature_at_0"),
        Substitute({_curvature_at_0: Ref("curvature_at_0")}, on="flat", expect=sp.Eq(2 - 1 / wm**2, 0)),
        SolveFor(wm, expect=sp.Eq(wm, 1 / sp.sqrt(2)), name="threshold",
                 note=r"the root $-1/\sqrt{2}$ is not a modulus $|w| > 0$"),
        Differentiate(y, 2, on="curvature", expect=_fourth, name="quartic"),
        Substitute({y: 0}, expect=12 - 8 / wm**2),
        Substitute({wm: Ref("threshold")}, expect=-4, name="quartic_at_threshold",
                   note="negative: at the threshold the top is flat to fourth order, still one maximum"),
    ),
    route=Agreement(
        "mpmath.findroot in $w$ of the third numeric derivative (mpmath.diff) at $y = 0$ of the CDF "
        r"$P(\tanh(wX) \le y) = \Phi(\operatorname{atanh}(y)/w)$ (mpmath.ncdf)",
        _bimodality_reference,
        points=({},),
    ),
    properties=(
        Property("jacobian.tanh_bimodality.curvature",
                 r"the derived curvature $2 - 1/w^2$ equals the numeric second derivative at $y = 0$ of $\log "
                 r"p_{\mathrm{out}}$ from jacobian.tanh_density ($b = 0$)",
                 _curvature_matches, {"w": wm_.domain}),
    ),
    claims=(
        Claim("jacobian.tanh_bimodality.narrow",
              "small weights lead to a narrow Gaussian centered about 0", "W §3.1", "true",
              lambda: bool(_curvature_at_zero(sp.Rational(1, 10)) < 0
                           and abs(tanh_kurtosis(mpmath.mpf(1) / 10, 10) - 3) < mpmath.mpf(1) / 10),
              note="computed at $w = 1/10$: a single peak at $y = 0$ (curvature $2 - 1/w^2 = -98$) and kurtosis "
                   "2.92, within 0.1 of the Gaussian 3 (it is $3 - 8w^2 + O(w^4)$); unimodal for every $w < "
                   r"1/\sqrt{2}$"),
        Claim("jacobian.tanh_bimodality.bimodal",
              "large weights give a bimodal distribution", "W §3.1", "true",
              lambda: bool(_curvature_at_zero(2) > 0),
              note="computed at $w = 2$: the density has a minimum at $y = 0$ (curvature $7/4 > 0$); bimodal "
                   r"for every $w > 1/\sqrt{2}$"),
        Claim("jacobian.tanh_bimodality.flat",
              "intermediate values provide flat distributions", "W §3.1; Appendix II, Fig. 3", "true",
              _flat_at_threshold,
              note=r"computed numerically (mpmath.diff of $\ln p_{\mathrm{out}}$ from jacobian.tanh_density, $b "
                   r"= 0$): at the derived threshold $w = 1/\sqrt{2}$ the second derivative at $y = 0$ vanishes "
                   "to the working precision, it is negative at $w = 0.70$ and positive at $w = 0.72$, and the "
                   "fourth derivative is negative (derived: $-4$): a flat top"),
        Claim("jacobian.tanh_bimodality.light_tails",
              "non-Gaussianity does not necessarily imply a fat-tailed distribution", "W Appendix II",
              "true", _kurtosis_falls_from_3_towards_1,
              note=r"on W's argument: the kurtosis of $\tanh(w x)$ falls from 3 ($w \to 0$) towards 1 ($w \to "
                   r"\infty$), so the flat and bimodal outputs are lighter-tailed than a Gaussian; a tanh layer "
                   "by itself cannot produce the fat tails Appendix I's resilience of uncertainty needs"),
    ),
    notes=(
        "W §3.1 credits small weights with taming long tails; among tanh outputs the smallest weights give the "
        r"most Gaussian, i.e. the heaviest-tailed (kurtosis $\to 3$), shape.",
        lambda: "The kurtosis of $\\tanh(w x)$ along doubling weights (quadrature; claim "
                "jacobian.tanh_bimodality.light_tails checks that it falls strictly): "
                + ", ".join(f"${mpmath.nstr(w, 3)}$: ${mpmath.nstr(k, 4)}$" for w, k in kurtosis_sequence()) + ".",
    ),
)

DERIVATIONS = (change_of_variables, two_neuron, tanh_density, tanh_bimodality)

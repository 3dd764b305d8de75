"""Measurements: numerical experiments that test a closed form for the reason it exists.

The Sharma–Kaplan and rough-signal exponents (S §5, eqs 11–13, 17) are *measured* here by
interpolating fields on grids in ``d = 1, 2, 3`` and fitting the slope of the mean squared
error against the number of cubelets ``N = n^d``; nothing here evaluates a closed form.

* :func:`interpolation_exponent` — scheme ``"constant"`` (nearest-node values of a smooth
  field, expect ``2/d``), ``"linear"`` (multilinear interpolation of a smooth field, expect
  ``4/d``), ``"rough"`` (multilinear interpolation of a Weierstrass-type Hölder-``h`` random
  field, expect ``2h/d``) and ``"rough_constant"`` (nearest-node values of the same rough field,
  also ``2h/d``).
* :func:`explicit_scheme_exponent` — the cost exponent of W eq. (4): explicit upwind,
  centered Runge–Kutta and FTCS schemes run on periodic grids in ``d = 1, 2, 3`` with a
  measured stable time step, their operations counted, error fitted against cost.
* :func:`fit_slope` — least squares on log-log with the slope's standard error.

All randomness comes from ``numpy.random.default_rng`` with fixed seeds, so every number is
reproducible byte for byte.

>>> fit = interpolation_exponent(1, scheme="linear")
>>> abs(fit.slope - 4) < 0.1
True
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ._domains import DomainError

__all__ = [
    "SlopeFit",
    "fit_slope",
    "exponent_check",
    "interpolation_exponent",
    "SCHEMES",
    "GRID_SIZES",
    "SLOPE_TOLERANCE",
    "STDERR_SHARE",
    "LACUNARITY",
    "quadrature_exponent",
    "crossover_dimension",
    "RULE_ORDERS",
    "CROSSOVER_TOLERANCE",
    "gaussian_partition_sums",
    "EXPLICIT_SCHEMES",
    "SCHEME_SIZES",
    "STABILITY_FRACTION",
    "SchemeMeasurement",
    "stability_limit",
    "explicit_scheme_exponent",
]

#: The interpolation schemes :func:`interpolation_exponent` measures.
SCHEMES = ("constant", "linear", "rough", "rough_constant")

#: Cubelets per axis ``n`` (``N = n^d`` cubelets of side ``s = 1/n``), per dimension: the
#: smooth fields are in the asymptotic regime from the first size on, and the rough field's
#: wiggles average out over more than a decade of ``N``.
GRID_SIZES: dict[int, tuple[int, ...]] = {
    1: (16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512),
    2: (8, 11, 16, 22, 32, 45, 64),
    3: (6, 8, 11, 16, 22, 32),
}

#: Relative tolerance |measured − expected| ≤ SLOPE_TOLERANCE · expected on a fitted exponent.
#: Smooth fields are within 1–2 %; a rough field's slope varies by a few per cent between
#: realizations. 4h/d (S's eq 17) is 100 % away from 2h/d, so the test separates the two.
SLOPE_TOLERANCE = 0.1

#: A fitted slope's standard error may be at most this share of the tolerance band
#: ``SLOPE_TOLERANCE · |expected|``: the fits here have 0.1–3 % relative standard errors, against
#: a band of 10 %, so a slope whose scatter fills the band is a broken measurement, not a pass.
STDERR_SHARE = 0.5

#: Ratio of successive frequency octaves of the Weierstrass-type field.
LACUNARITY = 2.0

#: Independent rough-field realizations averaged at each grid size.
_REALIZATIONS = 6
#: Random frequencies per octave in each realization (stratified in log-frequency).
_PER_OCTAVE = 3
#: Evaluation points (uniform in the unit cube) per realization.
_POINTS = 1200
#: The highest frequency is this many times the finest grid's Nyquist frequency, so the
#: truncated tail (a fraction ≈ _TAIL^(−2h) of the unresolved variance) is negligible.
_TAIL = 1000.0
#: Octaves below frequency 2π (resolved on every grid): they carry most of the variance.
_LOW_OCTAVES = 3


@dataclass(frozen=True)
class SlopeFit:
    """A fitted power law ``error ≈ c · N^(−slope)`` with its standard error."""

    slope: float                 # fitted k in  error ≈ c · N^(−k), N = number of grid nodes/samples
    stderr: float                # standard error of the slope (least squares on log-log)
    sizes: tuple[int, ...]       # the N values measured
    errors: tuple[float, ...]    # the measured mean squared errors

    def within(self, expected: float, tolerance: float = SLOPE_TOLERANCE) -> bool:
        """Whether the slope is within ``tolerance`` (relative) of ``expected``.

        >>> SlopeFit(0.98, 0.01, (1, 2, 3), (1.0, 0.5, 0.3)).within(1.0)
        True
        """
        return abs(self.slope - expected) <= tolerance * abs(expected)

    def describe(self) -> str:
        """One line: the slope ± its standard error and the range of N."""
        return f"slope {self.slope:.4f} ± {self.stderr:.4f} over N = {self.sizes[0]}…{self.sizes[-1]}"


def fit_slope(sizes: Sequence[float], errors: Sequence[float]) -> SlopeFit:
    """Least-squares fit of ``ln error = ln c − k ln N``; ``k`` and its standard error.

    >>> f = fit_slope([10, 100, 1000], [1.0, 0.01, 0.0001])
    >>> round(f.slope, 12), round(f.stderr, 12)
    (2.0, 0.0)
    """
    e = np.asarray(errors, dtype=float)
    if e.size < 3 or len(sizes) != e.size or not np.all(np.isfinite(e) & (e > 0)):
        raise ValueError(f"a slope needs at least 3 positive errors, one per size, got {list(errors)}")
    x = np.log(np.asarray(sizes, dtype=float))
    y = np.log(e)
    xm = x - x.mean()
    k = float(xm @ (y - y.mean()) / (xm @ xm))
    resid = y - y.mean() - k * xm
    stderr = float(math.sqrt(max(resid @ resid, 0.0) / (x.size - 2) / (xm @ xm)))
    return SlopeFit(-k, stderr, tuple(int(n) for n in sizes), tuple(float(e) for e in errors))


def exponent_check(rows: Sequence[tuple[str, SlopeFit, float]], *, rival: tuple[str, Sequence[float]] | None = None,
                   tolerance: float = SLOPE_TOLERANCE) -> tuple[bool, float | None, str]:
    """A :class:`~derivations.Measurement` verdict from fitted exponents.

    ``rows`` are ``(label, fit, expected)``: each fitted slope must be within ``tolerance``
    (relative) of the closed form's ``expected`` value, and its standard error at most
    :data:`STDERR_SHARE` of that band (a fit that scatters as widely as the tolerance does not
    resolve the closed form from its neighbours). ``rival = (name, values)``, one value
    per row, is a competing formula (a paper's erratum) that the measurement must *reject*:
    every fitted slope must lie outside ``tolerance`` of it. Returns ``(passed, digits,
    detail)``, ``digits`` being ``−log10`` of the largest relative deviation.

    >>> fit = SlopeFit(0.66, 0.01, (1, 2, 3), (1.0, 0.5, 0.3))
    >>> exponent_check([("d = 1", fit, 2 / 3)], rival=("4h/d", [4 / 3]))[0]
    True
    >>> exponent_check([("d = 1", fit, 4 / 3)])[0]
    False
    >>> exponent_check([("d = 1", SlopeFit(0.66, 0.05, (1, 2, 3), (1.0, 0.5, 0.3)), 2 / 3)])[0]
    False
    """
    worst, parts, ok = 0.0, [], True
    for i, (label, fit, expected) in enumerate(rows):
        dev = abs(fit.slope - expected) / abs(expected)
        worst = max(worst, dev)
        good = fit.within(expected, tolerance)
        resolved = 0 <= fit.stderr <= STDERR_SHARE * tolerance * abs(expected)
        ok = ok and good and resolved
        text = f"{label}: measured {fit.slope:.3f} ± {fit.stderr:.3f}, closed form {expected:.4g}"
        if rival is not None:
            other = float(rival[1][i])
            rejected = not fit.within(other, tolerance)
            ok = ok and rejected
            text += f", {rival[0]} = {other:.4g} {'rejected' if rejected else 'NOT rejected'}"
        parts.append(text + ("" if good else " (outside the tolerance)")
                     + ("" if resolved else " (standard error too large: the fit does not resolve the tolerance)"))
    digits = None if worst == 0 else round(-math.log10(worst), 1)
    detail = "; ".join(parts) + f" (tolerance ±{tolerance:.0%} relative)"
    return ok, digits, detail


# -- fields ------------------------------------------------------------------------------------

class _Field:
    """A sum of plane waves ``Σ_j A_j cos(ω_j·x + φ_j)`` on the unit cube."""

    def __init__(self, freqs: np.ndarray, amps: np.ndarray, phases: np.ndarray):
        self.freqs, self.amps, self.phases = freqs, amps, phases

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return np.cos(x @ self.freqs.T + self.phases) @ self.amps


def _directions(rng: np.random.Generator, count: int, d: int) -> np.ndarray:
    u = rng.standard_normal((count, d))
    return u / np.linalg.norm(u, axis=1, keepdims=True)


def _smooth_field(d: int, rng: np.random.Generator) -> _Field:
    """Four plane waves of wavelength 0.7–2 in random directions: analytic, O(1) derivatives."""
    k = 2 * np.pi * (0.5 + rng.random(4))
    return _Field(_directions(rng, 4, d) * k[:, None], np.ones(4), 2 * np.pi * rng.random(4))


def _weierstrass_field(d: int, h: float, finest: int, rng: np.random.Generator) -> _Field:
    """A Weierstrass-type random field of Hölder exponent ``h``.

    Octave ``k`` holds ``_PER_OCTAVE`` plane waves of frequency ``2π λ^(k+u)`` (``u``
    stratified in [0, 1)), random direction and phase, amplitude ``λ^(−(k+u) h)``: increments
    over a distance ρ are Θ(ρ^h), nowhere smoother. The octaves run from ``λ^{−3}``·2π (well
    resolved) to ``_TAIL`` times the finest grid's resolution, so the field's roughness is
    present at every scale the grids see.
    """
    top = math.ceil(math.log(_TAIL * finest / (2 * np.pi)) / math.log(LACUNARITY))
    octaves = np.arange(-_LOW_OCTAVES, top + 1)
    u = (np.arange(_PER_OCTAVE)[None, :] + rng.random((octaves.size, _PER_OCTAVE))) / _PER_OCTAVE
    level = (octaves[:, None] + u).ravel()
    freqs = _directions(rng, level.size, d) * (2 * np.pi * LACUNARITY ** level)[:, None]
    amps = LACUNARITY ** (-level * h) / math.sqrt(_PER_OCTAVE)
    return _Field(freqs, amps, 2 * np.pi * rng.random(level.size))


# -- interpolation -----------------------------------------------------------------------------

def _interpolation_mse(field: _Field, points: np.ndarray, n: int, multilinear: bool) -> float:
    """Mean squared error at ``points`` of the approximant from the grid of spacing ``1/n``.

    Only the grid values the approximant uses are computed: the nearest node, or the 2^d
    corners of the cell (weights Π (1 − t_i) or t_i, the multilinear interpolant).
    """
    d = points.shape[1]
    t = points * n
    if not multilinear:
        approx = field(np.rint(t) / n)
    else:
        base = np.minimum(np.floor(t), n - 1)
        frac = t - base
        approx = np.zeros(points.shape[0])
        for corner in range(2 ** d):
            bits = np.array([(corner >> i) & 1 for i in range(d)], dtype=float)
            weight = np.prod(np.where(bits == 1, frac, 1 - frac), axis=1)
            approx += weight * field((base + bits) / n)
    return float(np.mean((field(points) - approx) ** 2))


def interpolation_exponent(d: int, *, scheme: str, h: float | None = None, seed: int = 0) -> SlopeFit:
    """scheme "constant": piecewise-constant interpolation of a smooth field (expect 2/d);
    "linear": multilinear interpolation of a smooth field (expect 4/d);
    "rough": multilinear interpolation of a Weierstrass-type Hölder-h random field (expect 2h/d);
    "rough_constant": piecewise-constant (nearest-node) values of the same field (also 2h/d).

    The grid has ``n`` cubelets of side ``s = 1/n`` per axis (``(n + 1)^d`` nodes) and
    ``N = n^d`` is the number of cubelets, S eq (11); the sizes are :data:`GRID_SIZES`. The
    error is the mean squared error over uniform random points of the unit cube (averaged over
    independent realizations for a rough field), the slope a least-squares fit of
    ``ln error`` against ``ln N``. Within :data:`SLOPE_TOLERANCE` (relative) of the expectation
    for every ``seed`` tried in the tests.

    >>> round(interpolation_exponent(2, scheme="constant").slope, 1)
    1.0
    >>> interpolation_exponent(4, scheme="linear")
    Traceback (most recent call last):
    ...
    derivations._domains.DomainError: d=4 is outside its domain: d must be one of 1, 2, 3
    """
    if isinstance(d, bool) or d not in GRID_SIZES:
        raise DomainError("d", d, "one of 1, 2, 3")
    if scheme not in SCHEMES:
        raise DomainError("scheme", scheme, "one of " + ", ".join(repr(s) for s in SCHEMES))
    rough = scheme.startswith("rough")
    if rough:
        if isinstance(h, bool) or not isinstance(h, (int, float)) or not 0 < h <= 1:
            raise DomainError("h", h, "a real number in (0, 1]", "the Hölder exponent of the rough field")
    elif h is not None:
        raise DomainError("h", h, "None", f"scheme {scheme!r} interpolates a smooth field")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DomainError("seed", seed, "a non-negative integer")
    sizes = GRID_SIZES[d]
    multilinear = scheme in ("linear", "rough")
    rng = np.random.default_rng([seed, d, SCHEMES.index(scheme)])
    realizations = _REALIZATIONS if rough else 1
    errors = np.zeros(len(sizes))
    for _ in range(realizations):
        field = _weierstrass_field(d, float(h), sizes[-1], rng) if rough else _smooth_field(d, rng)
        points = rng.random((_POINTS, d))
        errors += [_interpolation_mse(field, points, n, multilinear) for n in sizes]
    return fit_slope([n ** d for n in sizes], errors / realizations)


# -- quadrature: grids against Monte Carlo ----------------------------------------------------

#: The grid rules :func:`quadrature_exponent` measures, with their order ``a`` (error ∝ n^{−a}).
RULE_ORDERS = {"midpoint": 2, "simpson": 4}
#: Relative tolerance on a measured crossover dimension (seeds move it by about 2 %).
CROSSOVER_TOLERANCE = 0.05
#: Nodes per axis of the product rules (Simpson needs an odd count).
_RULE_NODES = {"midpoint": (8, 12, 16, 24, 32, 48, 64), "simpson": (33, 49, 65, 97, 129, 193, 257)}
#: Monte Carlo: one stream of 2^19 points per dimension, cut into blocks of M = 2^4…2^12 points;
#: the error at M is the root mean square of the block means' deviation from the exact value.
_MC_TOTAL = 2 ** 19
_MC_BLOCKS = tuple(2 ** k for k in range(4, 13))


def _product_integrand_1d() -> tuple[float, callable]:
    """The integrand's factor g(x) = e^x on [0, 1] and its exact integral e − 1."""
    return math.e - 1, np.exp


def quadrature_exponent(d: int, *, rule: str, seed: int = 0) -> SlopeFit:
    """Error exponent of a quadrature of ``f(x) = exp(x₁ + … + x_d)`` over the unit cube.

    ``rule`` ``"midpoint"`` (the composite midpoint rule, order 2) or ``"simpson"`` (order 4)
    on the tensor grid of ``N = n^d`` nodes: its value is the product of the one-dimensional
    rule's values, exactly (the sum over the grid factorizes), so large ``d`` costs ``O(n d)``.
    ``"montecarlo"``: the mean of ``N`` uniform random points (numpy, fixed ``seed``), its error
    the root mean square over independent blocks. Returns the fitted ``k`` in ``E ≈ c N^{−k}``
    (``E`` the absolute error, not squared): expect ``a/d`` for a grid, ``1/2`` for Monte Carlo.

    >>> round(quadrature_exponent(1, rule="midpoint").slope, 2)
    2.0
    >>> round(quadrature_exponent(2, rule="simpson").slope, 1)
    2.0
    """
    if isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= 64:
        raise DomainError("d", d, "an integer in [1, 64]")
    if rule not in (*RULE_ORDERS, "montecarlo"):
        raise DomainError("rule", rule, "one of 'midpoint', 'simpson', 'montecarlo'")
    exact_1d, g = _product_integrand_1d()
    exact = exact_1d ** d
    if rule == "montecarlo":
        rng = np.random.default_rng([seed, d])
        values = np.ones(_MC_TOTAL)
        for _ in range(d):  # one axis at a time: memory O(total), not O(total · d)
            values *= g(rng.random(_MC_TOTAL))
        errors = [float(np.sqrt(np.mean((values.reshape(-1, m).mean(axis=1) - exact) ** 2)))
                  for m in _MC_BLOCKS]
        return fit_slope(_MC_BLOCKS, errors)
    errors, sizes = [], []
    for n in _RULE_NODES[rule]:
        if rule == "midpoint":
            one = float(np.mean(g((np.arange(n) + 0.5) / n)))
        else:
            w = np.ones(n)
            w[1:-1:2], w[2:-1:2] = 4, 2
            one = float(w @ g(np.linspace(0, 1, n))) / (3 * (n - 1))
        errors.append(abs(one ** d - exact))
        sizes.append(n ** d)
    return fit_slope(sizes, errors)


@functools.lru_cache(maxsize=None)
def _quadrature(d: int, rule: str, seed: int) -> SlopeFit:
    return quadrature_exponent(d, rule=rule, seed=seed)


def crossover_dimension(rule: str, dims: Sequence[int], *, seed: int = 0) -> tuple[float, list[tuple[int, SlopeFit, SlopeFit]]]:
    """The dimension at which Monte Carlo's measured error exponent overtakes ``rule``'s.

    In each ``d`` of ``dims`` both exponents are measured (:func:`quadrature_exponent`); the
    gap ``1/k_grid − 1/k_mc`` must change sign within ``dims`` (else a ``ValueError``), and the
    crossing is the root of the least-squares line through the gaps of every measured ``d``
    (``1/k_grid`` is linear in ``d`` for a grid, ``1/k_mc`` constant). Returns the crossing and
    the fits ``(d, grid, montecarlo)``. The line, not the two bracketing dimensions alone: the
    crossing ``2a`` is an integer, so it sits on a measured dimension where the gap is ≈ 0 and
    an interpolation between neighbours hardly moves it (mutants of that interpolation went
    unnoticed).

    >>> round(crossover_dimension("midpoint", range(2, 7))[0], 0)
    4.0
    """
    rows = [(d, _quadrature(d, rule, 0), _quadrature(d, "montecarlo", seed)) for d in dims]
    gap = [1 / grid.slope - 1 / mc.slope for _, grid, mc in rows]  # < 0: the grid's exponent is larger
    if any(g0 < 0 <= g1 for g0, g1 in zip(gap, gap[1:])):
        slope, intercept = np.polyfit([float(d) for d, _, _ in rows], gap, 1)
        return float(-intercept / slope), rows
    raise ValueError(f"the measured exponents of {rule!r} and Monte Carlo do not cross in d = {list(dims)}")


# -- softmax: sampled Gaussian distractor scores ------------------------------------------------

def gaussian_partition_sums(N: int, tau: float, draws: int, *, seed: int = 0) -> np.ndarray:
    """``draws`` samples of ``Σ_j exp(τ ξ_j)`` over ``N`` i.i.d. ``ξ_j ~ N(0, 1)`` (numpy, fixed seed):
    the distractors' partition sum ``Z e^{−s}`` for scores ``s + τ ξ_j``, sampled, never averaged
    in closed form.

    >>> z = gaussian_partition_sums(10, 0.5, 4)
    >>> z.shape, bool((z > 0).all())
    ((4,), True)
    """
    if isinstance(N, bool) or not isinstance(N, int) or N < 1:
        raise DomainError("N", N, "an integer >= 1")
    if not tau > 0:
        raise DomainError("tau", tau, "a positive real number")
    rng = np.random.default_rng([seed, N])
    out = np.empty(draws)
    chunk = max(1, 2 ** 20 // N)  # draws per batch: at most about a million scores in memory
    for start in range(0, draws, chunk):
        stop = min(draws, start + chunk)
        out[start:stop] = np.exp(tau * rng.standard_normal((stop - start, N))).sum(axis=1)
    return out


# -- explicit time-stepping schemes: error against counted cost (W eq. 4) ----------------------

#: The explicit schemes :func:`explicit_scheme_exponent` runs: what each simulates and its order
#: ``a`` (error ∝ h^a at a fixed final time with Δt a fixed fraction of the stability limit).
#: ``"upwind"``: first-order upwind differences for u_t + c·∇u = 0 (a = 1);
#: ``"central_rk3"``: second-order centered differences, three-stage third-order Runge–Kutta in
#: time (a = 2: the spatial h² dominates the temporal Δt³ ∝ h³); ``"ftcs"``: forward time,
#: centered space for u_t = ν∇²u (a = 2: error O(Δt + h²) = O(h²) with Δt ∝ h²).
EXPLICIT_SCHEMES: dict[str, tuple[str, int]] = {
    "upwind": ("propagation", 1),
    "central_rk3": ("propagation", 2),
    "ftcs": ("diffusion", 2),
}
#: Nodes per axis ``n`` (periodic unit cube, spacing h = 1/n), per scheme and dimension: the
#: coarsest grid already has a small error, the finest keeps the run well below a second.
SCHEME_SIZES: dict[str, dict[int, tuple[int, ...]]] = {
    "upwind": {1: (32, 48, 64, 96, 128, 192, 256, 384, 512), 2: (16, 24, 32, 48, 64, 96, 128, 192)},
    "central_rk3": {1: (16, 24, 32, 48, 64, 96, 128, 192, 256), 2: (12, 16, 24, 32, 48, 64, 96, 128),
                    3: (8, 12, 16, 24, 32, 48)},
    "ftcs": {1: (16, 24, 32, 48, 64, 96, 128, 192, 256), 2: (12, 16, 24, 32, 48, 64, 96), 3: (8, 12, 16, 24, 32)},
}
#: The time step is this fraction of the measured stability limit.
STABILITY_FRACTION = 0.5
#: |G| ≤ 1 + this, for every grid mode, counts as stable (von Neumann).
_AMPLIFICATION_SLACK = 1e-12


def _centered_derivative_sum(u: np.ndarray, h: float) -> np.ndarray:
    """−Σ_j ∂_j u by centered differences (advection with velocity (1, …, 1)), periodic."""
    return -sum(np.roll(u, -1, j) - np.roll(u, 1, j) for j in range(u.ndim)) / (2 * h)


def _scheme_step(scheme: str, u: np.ndarray, dt: float, h: float) -> tuple[np.ndarray, int]:
    """One time step of ``scheme`` on the periodic grid, and the stencil evaluations it did per node."""
    if scheme == "upwind":  # velocity (1, …, 1): the upwind neighbour is the one behind
        return u - dt / h * sum(u - np.roll(u, 1, j) for j in range(u.ndim)), 1
    if scheme == "ftcs":  # diffusivity ν = 1
        return u + dt / h**2 * sum(np.roll(u, -1, j) - 2 * u + np.roll(u, 1, j) for j in range(u.ndim)), 1
    first = u + dt * _centered_derivative_sum(u, h)  # Shu–Osher SSP-RK3
    second = 0.75 * u + 0.25 * (first + dt * _centered_derivative_sum(first, h))
    return u / 3 + 2 / 3 * (second + dt * _centered_derivative_sum(second, h)), 3


def _check_scheme(scheme: str, d: int) -> None:
    if scheme not in EXPLICIT_SCHEMES:
        raise DomainError("scheme", scheme, "one of " + ", ".join(repr(s) for s in EXPLICIT_SCHEMES))
    if isinstance(d, bool) or d not in SCHEME_SIZES[scheme]:
        raise DomainError("d", d, "one of " + ", ".join(str(k) for k in SCHEME_SIZES[scheme]),
                          f"the dimensions {scheme!r} is measured in")


def stability_limit(scheme: str, n: int, d: int) -> float:
    """The largest stable time step of ``scheme`` on the periodic grid of ``n^d`` nodes, measured.

    The scheme is linear and translation invariant, so one step applied to a unit impulse gives
    its whole symbol: the FFT of the result is the amplification factor ``G`` of every grid mode.
    The limit is found by bisection (in ``ln Δt``) on ``max |G| ≤ 1`` (von Neumann); no formula
    for it is used.

    >>> round(stability_limit("ftcs", 32, 1) * 32**2, 6)   # h²/(2ν), ν = 1
    0.5
    >>> round(stability_limit("central_rk3", 32, 2) * 32, 6)  # √3 h/d
    0.866025
    """
    _check_scheme(scheme, d)
    if isinstance(n, bool) or not isinstance(n, int) or n < 4:
        raise DomainError("n", n, "an integer >= 4")
    impulse = np.zeros((n,) * d)
    impulse[(0,) * d] = 1.0

    def stable(dt: float) -> bool:
        return float(np.abs(np.fft.fftn(_scheme_step(scheme, impulse, dt, 1 / n)[0])).max()) <= 1 + _AMPLIFICATION_SLACK

    hi = 1.0
    while stable(hi):
        hi *= 2
    lo = hi / 2
    while not stable(lo):
        lo /= 2
    for _ in range(60):
        mid = math.sqrt(lo * hi)
        lo, hi = (mid, hi) if stable(mid) else (lo, mid)
    return lo


@dataclass(frozen=True)
class SchemeMeasurement:
    """What :func:`explicit_scheme_exponent` measured for one scheme in one dimension."""

    scheme: str
    d: int
    cost: SlopeFit       # error against the counted cost C: the slope is the measured a/D
    timestep: SlopeFit   # the measured stability limit Δt_max against n: the slope is q (Δt ∝ h^q)
    order: SlopeFit      # error against n: the slope is the scheme's order a


def _scheme_error(scheme: str, n: int, d: int, final_time: float) -> tuple[float, int, float]:
    """Stability limit, counted cost and relative RMS error of one run on ``n^d`` nodes."""
    h = 1.0 / n
    limit = stability_limit(scheme, n, d)
    dt = STABILITY_FRACTION * limit
    steps = math.ceil(final_time / dt - 1e-9)
    t = steps * dt  # the first multiple of Δt at or after the final time: the Courant number stays fixed
    phase = sum(np.meshgrid(*([2 * np.pi * h * np.arange(n)] * d), indexing="ij"))
    u, cost = np.sin(phase), 0
    for _ in range(steps):
        u, per_node = _scheme_step(scheme, u, dt, h)
        cost += per_node * u.size  # counted: stencil evaluations, node by node
    if EXPLICIT_SCHEMES[scheme][0] == "diffusion":  # exact: the mode decays as exp(−ν|k|²t), |k|² = 4π²d
        amplitude = math.exp(-4 * math.pi**2 * d * t)
        exact = amplitude * np.sin(phase)
    else:  # exact: the mode travels with velocity (1, …, 1)
        amplitude, exact = 1.0, np.sin(phase - 2 * np.pi * d * t)
    return limit, cost, float(np.sqrt(np.mean((u - exact) ** 2))) / amplitude


def explicit_scheme_exponent(scheme: str, d: int) -> SchemeMeasurement:
    """Run an explicit scheme to a fixed final time on periodic grids and fit its error against
    the operations it counted.

    The initial condition is the Fourier mode ``sin(2π(x₁ + … + x_d))`` on the periodic unit cube;
    propagation (``"upwind"``, ``"central_rk3"``) advects it with velocity ``(1, …, 1)`` to
    ``T = 0.1`` or ``0.25``, diffusion (``"ftcs"``, ν = 1) runs to ``T = 1/(4π²d)`` (one e-fold);
    the error is the RMS deviation from the exact solution over the nodes, relative to its
    amplitude. The time step is :data:`STABILITY_FRACTION` of the largest stable one,
    *measured* on each grid (:func:`stability_limit`); the cost ``C`` is counted while the
    scheme runs (stencil evaluations at each node: one per step, three for the Runge–Kutta
    scheme). Expect error ∝ ``C^{−a/(d+q)}`` with ``q = 1`` (propagation) or ``2`` (diffusion).

    >>> m = explicit_scheme_exponent("ftcs", 1)
    >>> round(m.timestep.slope, 3), round(m.order.slope, 1), round(m.cost.slope, 2)
    (2.0, 2.0, 0.67)
    """
    _check_scheme(scheme, d)
    return _explicit_scheme_exponent(scheme, d)


@functools.lru_cache(maxsize=None)
def _explicit_scheme_exponent(scheme: str, d: int) -> SchemeMeasurement:
    final_time = {"upwind": 0.1, "central_rk3": 0.25}.get(scheme, 1 / (4 * math.pi**2 * d))
    sizes = SCHEME_SIZES[scheme][d]
    runs = [_scheme_error(scheme, n, d, final_time) for n in sizes]
    limits, costs, errors = zip(*runs)
    return SchemeMeasurement(scheme, d, fit_slope(costs, errors), fit_slope(sizes, limits), fit_slope(sizes, errors))

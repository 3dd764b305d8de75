"""Interpolation exponents measured on grids (S §5, eqs 11–13, 17): :func:`interpolation_exponent`.

Smooth and Weierstrass-type rough random fields in ``d = 1, 2, 3`` are interpolated by
nearest-node values or multilinearly on ``N = n^d`` cubelets, and the slope of the mean
squared error against ``N`` is fitted; nothing here evaluates a closed form.
"""

from __future__ import annotations

import math

import numpy as np

from ._domains import DomainError
from ._measure_fit import fit_slope, SlopeFit

__all__ = [
    "GRID_SIZES",
    "LACUNARITY",
    "SCHEMES",
    "interpolation_exponent",
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

def _interpolation_mse(field: _Field, points: np.ndarray, exact: np.ndarray, n: int, multilinear: bool) -> float:
    """Mean squared error at ``points`` (where the field is ``exact``) of the approximant from the
    grid of spacing ``1/n``.

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
    return float(np.mean((exact - approx) ** 2))


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
        exact = field(points)  # the same at every grid size: computed once per realization
        errors += [_interpolation_mse(field, points, exact, n, multilinear) for n in sizes]
    return fit_slope([n ** d for n in sizes], errors / realizations)

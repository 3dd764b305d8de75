"""Speed-ups that must not move a single bit: each fast path against the slow one it replaced.

The measurement routes print digits of fitted slopes, and the report must stay byte for byte
the same (issue 20, item 5): the bisection that stops once ``lo`` and ``hi`` are adjacent floats
gives the limit the full 60 steps gave, and the field computed once per realization gives the
errors it gave when computed at every grid size.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from derivations import _measure_interpolation as mi
from derivations import _measure_schemes as ms


def _stability_limit_full(scheme: str, n: int, d: int) -> float:
    """The bisection as it was: always 60 steps."""
    impulse = np.zeros((n,) * d)
    impulse[(0,) * d] = 1.0

    def stable(dt: float) -> bool:
        return float(np.abs(np.fft.fftn(ms._scheme_step(scheme, impulse, dt, 1 / n)[0])).max()) <= 1 + 1e-12

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


@pytest.mark.parametrize("scheme,n,d", [("upwind", 64, 1), ("central_rk3", 24, 2), ("ftcs", 12, 3),
                                        ("ftcs", 256, 1)])
def test_stability_limit_stops_early_with_the_same_bits(scheme: str, n: int, d: int) -> None:
    assert ms._AMPLIFICATION_SLACK == 1e-12  # the reference above uses it as a literal
    assert ms.stability_limit(scheme, n, d).hex() == _stability_limit_full(scheme, n, d).hex()


def _interpolation_errors_full(d: int, scheme: str, h: float | None, seed: int) -> np.ndarray:
    """The errors as they were computed: the field at the sample points evaluated at every size."""
    sizes = mi.GRID_SIZES[d]
    rough = scheme.startswith("rough")
    multilinear = scheme in ("linear", "rough")
    rng = np.random.default_rng([seed, d, mi.SCHEMES.index(scheme)])
    errors = np.zeros(len(sizes))
    for _ in range(mi._REALIZATIONS if rough else 1):
        field = mi._weierstrass_field(d, float(h), sizes[-1], rng) if rough else mi._smooth_field(d, rng)
        points = rng.random((mi._POINTS, d))
        errors += [mi._interpolation_mse(field, points, field(points), n, multilinear) for n in sizes]
    return errors


@pytest.mark.parametrize("d,scheme,h", [(1, "rough", 1 / 3), (2, "rough_constant", 1 / 3), (1, "constant", None),
                                        (2, "linear", None)])
def test_interpolation_field_once_per_realization_same_bits(d: int, scheme: str, h: float | None) -> None:
    fit = mi.interpolation_exponent(d, scheme=scheme, h=h, seed=0)
    sizes = mi.GRID_SIZES[d]
    realizations = mi._REALIZATIONS if scheme.startswith("rough") else 1
    reference = mi.fit_slope([n ** d for n in sizes], _interpolation_errors_full(d, scheme, h, 0) / realizations)
    assert fit.slope.hex() == reference.slope.hex()
    assert fit == reference

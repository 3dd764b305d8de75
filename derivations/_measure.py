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

This module re-exports the measurements from their modules, one experiment each:
:mod:`derivations._measure_fit` (slope fits and the exponent check),
:mod:`derivations._measure_interpolation` (fields on grids),
:mod:`derivations._measure_quadrature` (grids against Monte Carlo) and
:mod:`derivations._measure_schemes` (explicit time-stepping schemes); it holds the softmax
partition sums (:func:`gaussian_partition_sums`).

All randomness comes from ``numpy.random.default_rng`` with fixed seeds, so every number is
reproducible byte for byte.

>>> fit = interpolation_exponent(1, scheme="linear")
>>> abs(fit.slope - 4) < 0.1
True
"""

from __future__ import annotations

import numpy as np

from ._domains import DomainError
from ._measure_fit import exponent_check, fit_slope, SLOPE_TOLERANCE, SlopeFit, STDERR_SHARE
from ._measure_interpolation import GRID_SIZES, interpolation_exponent, LACUNARITY, SCHEMES
from ._measure_quadrature import crossover_dimension, CROSSOVER_TOLERANCE, quadrature_exponent, RULE_ORDERS
from ._measure_schemes import (explicit_scheme_exponent, EXPLICIT_SCHEMES, SCHEME_SIZES, SchemeMeasurement,
                               STABILITY_FRACTION, stability_limit)

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

"""Quadrature on grids against Monte Carlo (W §2): :func:`quadrature_exponent`, :func:`crossover_dimension`.

Product rules of known order on grids in ``d`` dimensions against Monte Carlo's ``N^{−1/2}``:
the measured error exponents, and the dimension above which Monte Carlo wins.
"""

from __future__ import annotations

import functools
import math
from typing import Sequence

import numpy as np

from ._domains import DomainError
from ._measure_fit import fit_slope, SlopeFit

__all__ = [
    "CROSSOVER_TOLERANCE",
    "RULE_ORDERS",
    "crossover_dimension",
    "quadrature_exponent",
]


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

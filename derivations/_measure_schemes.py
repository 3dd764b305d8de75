"""Explicit time-stepping schemes, error against counted cost (W eq. 4): :func:`explicit_scheme_exponent`.

Upwind, centered Runge–Kutta and FTCS schemes run on periodic grids in ``d = 1, 2, 3`` with a
measured stable time step (:func:`stability_limit`); their operations are counted and the
error is fitted against the cost.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from ._domains import DomainError
from ._measure_fit import fit_slope, SlopeFit

__all__ = [
    "EXPLICIT_SCHEMES",
    "SCHEME_SIZES",
    "STABILITY_FRACTION",
    "SchemeMeasurement",
    "explicit_scheme_exponent",
    "stability_limit",
]


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
        if mid in (lo, hi):  # lo and hi adjacent floats: every later step would leave them as they are
            break
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

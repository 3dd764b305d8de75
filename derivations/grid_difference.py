"""The centered difference of ``sin(x/ℓ)`` on one and on ``d`` dimensions (W §2, eqs 2–3): ``grid.centered_difference``, ``grid.error_d_dimensions``.

Its relative error ``h²/(6ℓ²) − h⁴/(120ℓ⁴) + O(h⁶)``, so ``E = (N_c/N)²``; on ``N = (L/h)^d``
nodes ``E = (N_c/N)^{2/d}``. Checked against the actual difference quotient.
"""

from __future__ import annotations

import functools
from typing import Any

import mpmath
import sympy as sp

from ._domains import Positive, Real
from ._model import Agreement, Claim, Derivation, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import (Differentiate, Limit, LogDerivative, MultiplyBoth, PowerBoth, Ref, Rewrite, SeriesExpand,
                     SolveFor, Substitute)
from .grid_error import d, d_, E_of, ell, ell_, eps, f, h, h_, L, L_, N, N_, N_c, N_c_, x, x_, y, y_

__all__ = [
    "centered_difference",
    "error_d_dimensions",
]


# -- eq. (2): centered difference of sin(x/ℓ) ----------------------------------------------
_test_function = sp.sin(x / ell)


def _relative_error(ell: mpmath.mpf, h: mpmath.mpf, x0: mpmath.mpf) -> mpmath.mpf:
    """1 − D_h f / f'(x0) for f = sin(x/ℓ): the actual difference quotient, f' by mpmath.diff."""
    fn = lambda t: mpmath.sin(t / ell)
    return 1 - (fn(x0 + h) - fn(x0 - h)) / (2 * h * mpmath.diff(fn, x0))


def _critical_size_numeric(L: mpmath.mpf, ell: mpmath.mpf, d: Any = 1) -> mpmath.mpf:
    """N_c = lim_{h→0} N(h) E(h)^{d/2}, N(h) = (L/h)^d, E the actual relative error.

    N E^{d/2} = N_c (1 − d u²/40 + O(u⁴)) with u = h/ℓ, so u = 10^(−(dps/2 + 8)) puts the
    limit within 10^(−dps−15) d. The difference f(x+h) − f(x−h) loses log10(1/u) digits
    and E ≈ u²/6 = 1 − quotient another 2 log10(1/u), so it is computed with 3·dps + 60.
    """
    dps = mpmath.mp.dps
    d = mpmath.mpf(d)
    with mpmath.extradps(2 * dps + 60):
        u = mpmath.mpf(10) ** (-(dps // 2 + 8))
        step = u * ell
        E_h = _relative_error(ell, step, ell / 3)
        out = (L / step) ** d * E_h ** (d / 2)
    return +out


@functools.cache
def _two_term_series() -> Any:
    return sp.lambdify((h, ell), centered_difference.derived("series").rhs, modules="mpmath")


def _series_bound_holds(ell: mpmath.mpf, u: mpmath.mpf, theta: mpmath.mpf) -> bool:
    """The derived two-term series against the actual quotient at x = θℓ, h = uℓ: the
    remainder lies strictly between 0 and u⁶/5040 (alternating series, decreasing terms
    for u ≤ 1). For u ≥ 10⁻³ the margins, ≳ u⁸/362880 ≥ 10⁻³⁰, exceed the rounding of the
    quotient at PROPERTY_DPS + 40 digits (≲ 10⁻⁶⁷ after losing log10(1/u) to cancellation)."""
    with mpmath.extradps(40):
        step = u * ell
        rest = _relative_error(ell, step, theta * ell) - _two_term_series()(step, ell)
        return bool(0 < rest < u**6 / 5040)


centered_difference = Derivation(
    id="grid.centered_difference",
    title=r"Centered difference: second order, with critical size $N_c = L/(\sqrt{6} \ell)$",
    source="W §2, eq. (2)",
    summary=r"For $f = \sin(x/\ell)$ the relative error of the centered difference is $1 - \sin(u)/u$, $u = "
            r"h/\ell$, independently of $x$: $h^2/(6\ell^2) - h^4/(120\ell^4) + O(h^6)$. Its leading term with "
            r"$h = L/N$ is $(N_c/N)^2$ with $N_c = L/(\sqrt{6} \ell)$.",
    symbols=(L_, ell_, h_, x_, y_, N_, N_c_),
    parameters=("L", "ell"),
    premises=(
        Premise("relative_error",
                sp.Eq(eps(x, h), 1 - (f(x + h) - f(x - h)) / (2 * h * sp.Derivative(f(x), x))),
                r"relative error $\varepsilon(x, h) = 1 - D_h f / f'$ of the centered difference $D_h f = "
                r"(f(x+h) - f(x-h))/(2h)$, where $f'(x) \neq 0$"),
        Premise("test_function", sp.Eq(f(y), _test_function.subs(x, y)),
                r"$f$ varies on the smallest length scale $\ell$: $f(y) = \sin(y/\ell)$ for every real $y$"),
        Premise("spacing", sp.Eq(h, L / N), "$N$ nodes on a domain of size $L$"),
        Premise("critical", sp.Eq(N_c**2, sp.Limit(N**2 * eps(x, L / N), N, sp.oo, "-")),
                r"$N_c$ is the critical size: the error on $N$ nodes is $(N_c/N)^2$ to leading order as $N \to "
                r"\infty$, i.e. $N_c^2 = \lim N^2 \varepsilon(L/N)$"),
    ),
    steps=(
        Substitute({y: x + h}, on="test_function", name="f_plus", expect=sp.Eq(f(x + h), sp.sin((x + h) / ell))),
        Substitute({y: x - h}, on="test_function", name="f_minus", expect=sp.Eq(f(x - h), sp.sin((x - h) / ell))),
        Differentiate(y, on="test_function", expect=sp.cos(y / ell) / ell),
        Substitute({y: x}, name="f_prime", expect=sp.Eq(sp.Derivative(f(x), x), sp.cos(x / ell) / ell)),
        Substitute({f(x + h): Ref("f_plus"), f(x - h): Ref("f_minus"), sp.Derivative(f(x), x): Ref("f_prime")},
                   on="relative_error", note=r"insert $f = \sin(x/\ell)$ and its derivative",
                   expect=1 - ell * (sp.sin((x + h) / ell) - sp.sin((x - h) / ell)) / (2 * h * sp.cos(x / ell))),
        Rewrite(expect=1 - ell * sp.sin(h / ell) / h, name="exact",
                note=r"$\sin(x+u) - \sin(x-u) = 2 \cos x \sin u$: the dependence on $x$ cancels"),
        SeriesExpand(h, 0, 6, name="series", expect=h**2 / (6 * ell**2) - h**4 / (120 * ell**4)),
        SeriesExpand(h, 0, 4, on="exact", name="leading", expect=h**2 / (6 * ell**2),
                     note=r"keep the leading term as $h \to 0$"),
        LogDerivative(h, name="order", expect=2, note="second-order accuracy: $a = 2$"),
        Substitute({h: Ref("spacing")}, on="exact", expect=1 - N * ell * sp.sin(L / (N * ell)) / L,
                   name="exact_in_N", note="the exact relative error on $N$ nodes"),
        MultiplyBoth(factor=N**2, expect=sp.Eq(N**2 * eps(x, L / N), N**2 - N**3 * ell * sp.sin(L / (N * ell)) / L)),
        Limit(N, sp.oo, expect=L**2 / (6 * ell**2), name="limit"),
        Substitute({sp.Limit(N**2 * eps(x, L / N), N, sp.oo, "-"): Ref("limit")}, on="critical",
                   expect=sp.Eq(N_c**2, L**2 / (6 * ell**2))),
        SolveFor(N_c, name="critical_size", expect=sp.Eq(N_c, L / (sp.sqrt(6) * ell))),
        SolveFor(ell, name="length", expect=sp.Eq(ell, L / (sp.sqrt(6) * N_c))),
        SeriesExpand(N, sp.oo, 4, on="exact_in_N", name="error_in_N", expect=L**2 / (6 * ell**2 * N**2),
                     note=r"the leading error on $N$ nodes, as $N \to \infty$ (the series above with $h = L/N$)"),
        Substitute({ell: Ref("length")}, name="error_law", expect=(N_c / N) ** 2,
                   note="$L$ cancels: eq. (1) with $a = 2$, $d = 1$"),
    ),
    result_step="critical_size",
    route=Agreement(
        r"$N_c$ as the limit of $N\cdot E(N)^{1/2}$ as $N \to \infty$, with $E(N)$ the actual relative error of "
        r"the centered difference of $\sin(x/\ell)$ at $x = \ell/3$ ($f'$ by mpmath.diff), evaluated at $h/\ell "
        r"= 10^{-\mathrm{dps}/2-8}$ with $3\cdot \mathrm{dps} + 60$ digits",
        _critical_size_numeric,
        points=({"L": 1, "ell": 1}, {"L": 10, "ell": "1/7"}, {"L": 3, "ell": 2},
                {"L": 1, "ell": "0.001"}),
    ),
    notes=(
        lambda: (r"The plain text of W lost eq. (2); its wording may drop the $1/6$ and give $N_c = L/\ell$. The "
                 r"exact leading coefficient is $1/6$, so $N_c = L/(\sqrt{6} \ell) \approx "
                 + mpmath.nstr(centered_difference.evaluate(dps=15, L=1, ell=1), 3)
                 + r" L/\ell$: a factor $\sqrt{6}$ in $N_c$ and 6 in $E$ at given $N$. W's point is that such "
                 "prefactors matter, so the exact one is recorded (a note, not an erratum: the printed equation is "
                 "lost)."),
        (r"The relative error $1 - \sin(u)/u$ ($u = h/\ell$) does not depend on $x$: the sum-to-product step "
         "shows it exactly, before any expansion."),
    ),
    properties=(
        Property("grid.centered_difference.localized",
                 r"$N_c$ decreases as $\ell$ grows: localized functions need larger grids",
                 lambda L, ell: (centered_difference.evaluate(dps=PROPERTY_DPS, L=L, ell=ell)
                                 > centered_difference.evaluate(dps=PROPERTY_DPS, L=L,
                                                                ell=ell * mpmath.mpf("1.01"))),
                 {"L": L_.domain, "ell": ell_.domain}),
        Property("grid.centered_difference.series",
                 r"the actual relative error minus $h^2/(6\ell^2) - h^4/(120\ell^4)$ lies in (0, "
                 r"$(h/\ell)^6/5040$) for $10^{-3} \le h/\ell \le 1$, at every $x = \theta \ell$ with $|\theta| "
                 "< 1$",
                 _series_bound_holds,
                 {"ell": ell_.domain, "u": Real("1/1000", 1, hi_open=False, sample=("1/1000", 1), log=True),
                  "theta": Real(-1, 1)}),
    ),
    claims=(
        Claim("grid.centered_difference.second_order",
              "the centered difference is second-order accurate ($a = 2$)", "W §2, eq. (2)", "2",
              lambda: centered_difference.derived("order").rhs),
        Claim("grid.centered_difference.localized",
              r"localized functions ($\ell \ll L$) show larger errors than extended ones ($\ell \sim L$): $N_c "
              r"= L/(\sqrt{6} \ell)$ decreases in $\ell$", "W §2", "true",
              lambda: bool(sp.diff(centered_difference.value(centered_difference.result), ell).is_negative),
              note=r"$dN_c/d\ell < 0$ for all $L, \ell > 0$, decided by SymPy from the symbols' signs"),
        Claim("grid.centered_difference.Nc_scale",
              r"W §2 (as restated by the catalogue): $N_c = L/\ell$, read as the scale of the critical size: "
              r"$N_c \ell / L$ at $L = \ell = 1$", "W §2, eq. (2)", "1",
              lambda: centered_difference.evaluate(dps=mpmath.mp.dps, L=1, ell=1), relation="∼",
              note=r"Holds as an order of magnitude only: the exact prefactor is $1/\sqrt{6}$, the computed value "
                   r"(the $1/6$ of the leading error term $h^2/(6\ell^2)$)."),
    ),
)


# -- eq. (3): d dimensions ---------------------------------------------------------------------
error_d_dimensions = Derivation(
    id="grid.error_d_dimensions",
    title=r"The same error in $d$ dimensions: $E = (N_c/N)^{2/d}$, $N_c = (L/(\sqrt{6} \ell))^d$",
    source="W §2, eq. (3)",
    summary="With $N = (L/h)^d$ nodes the spacing is $h = L N^{-1/d}$; the centered-difference error "
            r"$h^2/(6\ell^2)$ becomes $(N_c/N)^{2/d}$ with $N_c = (L/(\sqrt{6} \ell))^d$.",
    symbols=(L_, ell_, d_, h_, N_, N_c_),
    parameters=("L", "ell", "d"),
    premises=(
        Premise("mesh", sp.Eq(N, (L / h) ** d), "a uniform grid of spacing $h$ on a $d$-cube of side $L$ has "
                                                "$N$ nodes"),
        Premise("error", sp.Eq(E_of(N), h**2 / (6 * ell**2)),
                "leading relative error of the centered difference along each axis (grid.centered_difference) "
                "on the grid of $N$ nodes and spacing $h$"),
        Premise("critical", sp.Eq(E_of(N_c), 1), "$N_c$ is the number of nodes at which the error is 1"),
    ),
    steps=(
        PowerBoth(exponent=1 / d, on="mesh", expect=sp.Eq(N ** (1 / d), L / h),
                  note="the $d$-th root of both sides (both are positive)"),
        SolveFor(h, name="spacing", expect=sp.Eq(h, L * N ** (-1 / d))),
        Substitute({h: Ref("spacing")}, on="error", name="error_in_N",
                   expect=sp.Eq(E_of(N), L**2 / (6 * ell**2 * N ** (2 / d)))),
        Substitute({N: N_c}, expect=sp.Eq(E_of(N_c), L**2 / (6 * ell**2 * N_c ** (2 / d))),
                   note="the error at $N = N_c$"),
        Substitute(using="critical", expect=sp.Eq(1, L**2 / (6 * ell**2 * N_c ** (2 / d))), note="$E(N_c) = 1$"),
        PowerBoth(exponent=d / 2, expect=sp.Eq(1, (L / (sp.sqrt(6) * ell)) ** d / N_c)),
        SolveFor(N_c, name="critical_size", expect=sp.Eq(N_c, (L / (sp.sqrt(6) * ell)) ** d)),
        PowerBoth(exponent=1 / d, expect=sp.Eq(N_c ** (1 / d), L / (sp.sqrt(6) * ell))),
        SolveFor(ell, name="length", expect=sp.Eq(ell, L / (sp.sqrt(6) * N_c ** (1 / d)))),
        Substitute({ell: Ref("length")}, on="error_in_N", name="error_law",
                   expect=sp.Eq(E_of(N), (N_c / N) ** (2 / d)), note="$L$ cancels"),
        LogDerivative(N, expect=-2 / d, note="the exponent $2/d$ falls with the dimension"),
    ),
    result_step="critical_size",
    route=Agreement(
        r"$N_c$ as the limit of $N\cdot E^{d/2}$ as $h \to 0$, $N = (L/h)^d$, $E$ the actual relative error of "
        r"the centered difference of $\sin(x/\ell)$ ($f'$ by mpmath.diff), at $h/\ell = 10^{-\mathrm{dps}/2-8}$",
        _critical_size_numeric,
        points=({"L": 1, "ell": 1, "d": 1}, {"L": 10, "ell": "1/7", "d": 3},
                {"L": 3, "ell": 2, "d": "7/2"}, {"L": 100, "ell": "0.01", "d": 10}),
    ),
    properties=(
        Property("grid.error_d_dimensions.one_dimension", "at $d = 1$ it is the critical size of eq. (2)",
                 lambda L, ell: close(error_d_dimensions.evaluate(dps=PROPERTY_DPS, L=L, ell=ell, d=1),
                                      centered_difference.evaluate(dps=PROPERTY_DPS, L=L, ell=ell)),
                 {"L": L_.domain, "ell": ell_.domain}),
        Property("grid.error_d_dimensions.product",
                 "$N_c(d_1 + d_2) = N_c(d_1) N_c(d_2)$: each axis contributes a factor",
                 lambda L, ell, d, d2: close(
                     error_d_dimensions.evaluate(dps=PROPERTY_DPS, L=L, ell=ell, d=d + d2),
                     error_d_dimensions.evaluate(dps=PROPERTY_DPS, L=L, ell=ell, d=d)
                     * error_d_dimensions.evaluate(dps=PROPERTY_DPS, L=L, ell=ell, d=d2)),
                 {"L": L_.domain, "ell": ell_.domain, "d": Positive(sample=(1, 30), log=True),
                  "d2": Positive(sample=(1, 30), log=True)}),
    ),
    claims=(
        Claim("grid.error_d_dimensions.exponent",
              r"W §2, eq. (3): $E(N) = (N_c/N)^{2/d}$; $d$ times the log–log slope of the derived error law "
              r"between $N = 10^3$ and $N = 10^6$ at $d = 3$", "W §2, eq. (3)", "2",
              lambda: _d_times_slope(error_d_dimensions.derived("error_law").rhs, 3)),
    ),
)


def _d_times_slope(error: Any, dimension: int) -> mpmath.mpf:
    """``d · (−Δ ln E / Δ ln N)`` of a derived error law between N = 10³ and 10⁶, with N_c = 1."""
    at = lambda n: mpmath.mpf(sp.N(error.subs({N_c: 1, d: dimension, N: n}), mpmath.mp.dps + 10))
    return dimension * -mpmath.log(at(10**6) / at(10**3)) / mpmath.log(10**3)

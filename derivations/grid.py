"""Grid discretization error and its cost (W §2, eqs 1–4).

Catalogue section 1:

* ``grid.error_law`` (eq. 1): a method of order ``a`` in ``d`` dimensions on ``N`` nodes
  has error ``(N_c/N)^{a/d}``, ``N_c`` being the size at which the error is 1;
* ``grid.centered_difference`` (eq. 2): the centered difference of ``sin(x/ℓ)`` has
  relative error ``h²/(6ℓ²) − h⁴/(120ℓ⁴) + O(h⁶)``, so ``E = (N_c/N)²`` with
  ``N_c = L/(√6 ℓ)``;
* ``grid.error_d_dimensions`` (eq. 3): the same error on ``N = (L/h)^d`` nodes,
  ``E = (N_c/N)^{2/d}`` with ``N_c = (L/(√6 ℓ))^d``;
* ``grid.error_vs_cost`` (eq. 4): ``C ∝ N^{D/d}`` gives ``E ∝ C^{−a/D}``; all-to-all
  interactions (``C ∝ N²`` per time step) give ``E ∝ C^{−a/(2d)}``;
* ``grid.cost_exponent``: ``D = d + q`` from the stability limit ``Δt ∝ h^q`` of an
  explicit scheme (``q = 1`` propagation, ``q = 2`` diffusion), hence the exponent ``a/D``;
  measured by running explicit schemes and counting their operations (:mod:`derivations._measure`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import mpmath
import sympy as sp

from ._domains import Choice, Positive, Real
from ._measure import EXPLICIT_SCHEMES, SLOPE_TOLERANCE, exponent_check, explicit_scheme_exponent
from ._model import Agreement, Claim, Derivation, Measurement, Param, Premise, Property, to_mpf
from ._precision import PROPERTY_DPS, close
from ._rules import (Differentiate, Limit, LogDerivative, MultiplyBoth, PowerBoth, Ref, Rewrite, SeriesExpand, SolveFor,
                     Substitute)

__all__ = [
    "DERIVATIONS",
    "error_law",
    "centered_difference",
    "error_d_dimensions",
    "error_vs_cost",
    "cost_exponent",
]

# -- symbols --------------------------------------------------------------------------------
N_ = Param("N", Positive(sample=(1, 10**6), log=True), doc="number of mesh nodes")
N_c_ = Param("N_c", Positive(sample=(1, 10**4), log=True), doc="critical size: the $N$ at which $E = 1$")
a_ = Param("a", Positive(sample=(1 / 4, 8), log=True), doc="order of accuracy of the method")
d_ = Param("d", Positive(sample=(1, 1000), log=True), doc="spatial dimension of the problem")
L_ = Param("L", Positive(sample=(1 / 10, 100), log=True), doc="size of the domain")
ell_ = Param("ell", Positive(sample=(1 / 1000, 10), log=True), latex=r"\ell",
             doc="smallest length scale of the function")
h_ = Param("h", Positive(sample=(1 / 10**4, 1), log=True), doc="mesh spacing")
x_ = Param("x", Real(), doc="point at which the derivative is taken")
y_ = Param("y", Real(), doc="argument of the test function $f(y)$")
kind_ = Param("kind", Choice("propagation", "diffusion"),
              doc="what the explicit scheme simulates: it fixes the stability limit of the time step")
q_ = Param("q", Positive(sample=(1 / 2, 4), log=True), doc=r"time-step order: $\Delta t \propto h^q$")
D_ = Param("D", Positive(sample=(1, 1000), log=True), doc=r"computational dimension: $C \propto N^{D/d}$")

N, N_c, a, d, L, ell, h, x, y, q, D = (p.symbol for p in (N_, N_c_, a_, d_, L_, ell_, h_, x_, y_, q_, D_))
E = sp.Symbol("E", positive=True)
C = sp.Symbol("C", positive=True)
C_1, C_2, C_3 = sp.symbols("C_1 C_2 C_3", positive=True)
dt = sp.Symbol(r"\Delta t", positive=True)
dt_cfl = sp.Symbol(r"\Delta t_{\rm CFL}", positive=True)
dt_diffusive = sp.Symbol(r"\Delta t_{\rm diff}", positive=True)
C_local, C_pair, C_pair_all = (sp.Symbol(n, positive=True) for n in
                               (r"C_{\rm local}", r"C_{\rm pair}", r"C_{\rm pair,all}"))
T, c, nu, kappa, tau = sp.symbols("T c nu kappa tau", positive=True)
f = sp.Function("f")
E_of = sp.Function("E")  # the error as a function of the number of nodes (or of the spacing)
h_of = sp.Function("h")  # the spacing as a function of the number of nodes
eps = sp.Function("epsilon")  # relative error of the centered difference at x with spacing h


# -- eq. (1): the error law ------------------------------------------------------------------
def _bracketed_root(fn: Any, guess: mpmath.mpf) -> mpmath.mpf:
    """Root of a function decreasing in its (positive) argument: bracket it by halving and
    doubling from ``guess``, then polish with mpmath's Anderson–Björk bracketing solver."""
    lo, hi = guess, guess
    while fn(lo) <= 0:
        lo /= 2
    while fn(hi) >= 0:
        hi *= 2
    return mpmath.findroot(fn, (lo, hi), solver="anderson")


def _error_from_spacing(N: mpmath.mpf, N_c: mpmath.mpf, a: mpmath.mpf, d: mpmath.mpf) -> mpmath.mpf:
    """E(N) from the premises with a domain size L = 7/3 ≠ 1 and a prefactor K = 5 ≠ 1:
    spacing h = L N^{−1/d}, error K (h/ℓ)^a, the length ℓ found by bracketed root finding on
    the defining condition E(N_c; ℓ) = 1 in ℓ itself. L and K drop out of (N_c/N)^{a/d} only
    if the derivation's cancellation is right; the closed form is never used."""
    L, K = mpmath.mpf(7) / 3, mpmath.mpf(5)
    spacing = lambda n: L * mpmath.power(n, -1 / d)  # noqa: E731
    error = lambda n, length: K * mpmath.power(spacing(n) / length, a)  # noqa: E731
    ell = _bracketed_root(lambda length: error(N_c, length) - 1, spacing(N_c))
    return error(N, ell)


error_law = Derivation(
    id="grid.error_law",
    title="Grid error falls as the $a/d$-th power of the number of nodes",
    source="W §2, eq. (1)",
    summary=r"A method of order $a$ has error $(h/\ell)^a$; $N$ nodes in $d$ dimensions have spacing $h = L "
            r"N^{-1/d}$. $N_c$, the size at which the error is 1, is $(L/\ell)^d$; so $\ell = L N_c^{-1/d}$, "
            r"and in $E(N)$ the lengths $L$ and $\ell$ cancel: $E(N) = (N_c/N)^{a/d}$.",
    symbols=(N_, N_c_, a_, d_, L_, ell_, h_),
    parameters=("N", "N_c", "a", "d"),
    premises=(
        Premise("error", sp.Eq(E_of(N), (h_of(N) / ell) ** a),
                r"a method of order $a$ on a grid of spacing $h(N)$ has error $E \propto (h/\ell)^a$; the "
                r"prefactor is absorbed in $\ell$"),
        Premise("spacing", sp.Eq(h_of(N), L * N ** (-1 / d)),
                "$N$ nodes filling a $d$-dimensional domain of size $L$ are spaced $h(N) = L N^{-1/d}$"),
        Premise("critical", sp.Eq(E_of(N_c), 1), "$N_c$ is the number of nodes at which the error is 1"),
    ),
    steps=(
        Substitute(using="spacing", on="error", name="error_in_N",
                   expect=sp.Eq(E_of(N), (L / (ell * N ** (1 / d))) ** a)),
        Substitute({N: N_c}, expect=sp.Eq(E_of(N_c), (L / (ell * N_c ** (1 / d))) ** a),
                   note="the error law at $N = N_c$"),
        Substitute(using="critical", expect=sp.Eq(1, (L / (ell * N_c ** (1 / d))) ** a),
                   note="$E(N_c) = 1$"),
        PowerBoth(exponent=d / a, expect=sp.Eq(1, (L / ell) ** d / N_c)),
        SolveFor(N_c, name="critical_size", expect=sp.Eq(N_c, (L / ell) ** d)),
        PowerBoth(exponent=1 / d, expect=sp.Eq(N_c ** (1 / d), L / ell)),
        SolveFor(ell, name="length", expect=sp.Eq(ell, L * N_c ** (-1 / d))),
        Substitute({ell: Ref("length")}, on="error_in_N", name="error_law",
                   expect=sp.Eq(E_of(N), (N_c / N) ** (a / d)),
                   note="$L$ cancels: the law depends on $N_c$ alone"),
        LogDerivative(N, expect=-a / d, note="the error exponent is $a/d$"),
    ),
    result_step="error_law",
    route=Agreement(
        "the premises evaluated numerically with $L = 7/3$ and a prefactor $K = 5$: $h = L N^{-1/d}$, $E = K "
        r"(h/\ell)^a$, with $\ell$ found by bracketed root finding (Anderson–Björk) on $E(N_c; \ell) = 1$ in "
        r"$\ell$; $L$ and $K$ must cancel"
        "; consistency check: it evaluates the premises numerically, so it catches slips in the steps (and checks "
        "that $L$ and $K$ cancel), not a wrong premise; the exponent $a/d$ itself is measured by sk.grid_exponent "
        "and llm.grid_equivalent, and $N_c$ is defined by $E(N_c) = 1$",
        _error_from_spacing,
        points=({"N": 10**6, "N_c": 100, "a": 2, "d": 3},
                {"N": "1/2", "N_c": 7, "a": "1/3", "d": 1000},
                {"N": 12345, "N_c": "2.5", "a": 4, "d": "3/2"},
                {"N": 10**9, "N_c": 10**12, "a": 8, "d": 2}),
        kind="consistency",
    ),
    properties=(
        Property("grid.error_law.decreasing", "$E$ decreases in $N$ (doubling $N$ lowers the error)",
                 lambda N, N_c, a, d: (error_law.evaluate(dps=PROPERTY_DPS, N=2 * N, N_c=N_c, a=a, d=d)
                                       < error_law.evaluate(dps=PROPERTY_DPS, N=N, N_c=N_c, a=a, d=d)),
                 {"N": N_.domain, "N_c": N_c_.domain, "a": a_.domain, "d": d_.domain}),
        Property("grid.error_law.unit_at_critical", "$E(N_c) = 1$",
                 lambda N_c, a, d: close(error_law.evaluate(dps=PROPERTY_DPS, N=N_c, N_c=N_c, a=a, d=d), 1),
                 {"N_c": N_c_.domain, "a": a_.domain, "d": d_.domain}),
    ),
)


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
                   note="the exact relative error on $N$ nodes"),
        MultiplyBoth(factor=N**2, expect=sp.Eq(N**2 * eps(x, L / N), N**2 - N**3 * ell * sp.sin(L / (N * ell)) / L)),
        Limit(N, sp.oo, expect=L**2 / (6 * ell**2), name="limit"),
        Substitute({sp.Limit(N**2 * eps(x, L / N), N, sp.oo, "-"): Ref("limit")}, on="critical",
                   expect=sp.Eq(N_c**2, L**2 / (6 * ell**2))),
        SolveFor(N_c, name="critical_size", expect=sp.Eq(N_c, L / (sp.sqrt(6) * ell))),
        SolveFor(ell, name="length", expect=sp.Eq(ell, L / (sp.sqrt(6) * N_c))),
        Substitute({h: Ref("spacing")}, on="leading", name="error_in_N",
                   expect=L**2 / (6 * ell**2 * N**2), note="the leading error on $N$ nodes"),
        Substitute({ell: Ref("length")}, name="error_law", expect=(N_c / N) ** 2, note="$L$ cancels"),
        LogDerivative(N, expect=-2, note="eq. (1) with $a = 2$, $d = 1$"),
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


# -- eq. (4): error versus cost -----------------------------------------------------------------
def _log_slope(log_E: Any, log_C: Any, at: mpmath.mpf) -> mpmath.mpf:
    """−d ln E / d ln C along a one-parameter family, by numeric differentiation (mpmath.diff)."""
    return -mpmath.diff(log_E, at) / mpmath.diff(log_C, at)


def _all_to_all_route(a: mpmath.mpf, d: mpmath.mpf) -> mpmath.mpf:
    """E from h = L N^(−1/d), E = (h/ℓ)^a and the pairwise cost C = C₂ N², as functions of
    t = ln N; the constants are arbitrary (the exponent must not depend on them)."""
    L, ell, C2 = mpmath.mpf(3), mpmath.mpf("0.01"), mpmath.mpf(7)
    log_E = lambda t: a * (mpmath.log(L * mpmath.exp(-t / d)) - mpmath.log(ell))
    log_C = lambda t: mpmath.log(C2 * mpmath.exp(t) ** 2)
    return _log_slope(log_E, log_C, mpmath.log(1000))


error_vs_cost = Derivation(
    id="grid.error_vs_cost",
    names=('C_1', 'C_2', 'C_3', 'C_{\\rm local}', 'C_{\\rm pair,all}', 'C_{\\rm pair}', 'E'),
    title=r"Error against cost: $E \propto C^{-a/D}$ for local schemes, $C^{-a/(2d)}$ for all-to-all",
    source="W §2, eq. (4)",
    summary=r"A local explicit scheme costs $C \propto N^{D/d}$ ($D = d+1$ propagation, $d+2$ diffusion, see "
            "grid.cost_exponent); inverting it and inserting $N(C)$ in $E = (N_c/N)^{a/d}$ (eq. 1) gives $E "
            r"\propto C^{-a/D}$. All-to-all interactions cost $C \propto N^2$ per time step: $E \propto "
            "C^{-a/(2d)}$.",
    symbols=(a_, d_, D_, N_, N_c_),
    parameters=("a", "d"),
    premises=(
        Premise("error", sp.Eq(E, (N_c / N) ** (a / d)), "eq. (1), grid.error_law"),
        Premise("local_cost", sp.Eq(C_local, C_1 * N ** (D / d)),
                r"a local explicit scheme: $C \propto N^{D/d}$, $D$ the computational dimension "
                "(grid.cost_exponent)"),
        Premise("pairwise_cost", sp.Eq(C_pair, C_2 * N**2),
                "all-to-all interactions (e.g. gravitation): $N^2$ pair evaluations per time step; convention: "
                "$C$ is the cost of one time step"),
        Premise("pairwise_cost_all_steps", sp.Eq(C_pair_all, C_3 * N**2 * N ** ((D - d) / d)),
                "the same counting all time steps, as for the local scheme: $(L/h)^{D-d} = N^{(D-d)/d}$ steps"),
    ),
    steps=(
        SolveFor(N, on="local_cost", name="nodes_local", expect=sp.Eq(N, (C_local / C_1) ** (d / D))),
        Substitute({N: Ref("nodes_local")}, on="error",
                   expect=sp.Eq(E, (N_c / (C_local / C_1) ** (d / D)) ** (a / d))),
        LogDerivative(C_local, name="local_exponent", expect=-a / D, note=r"$E \propto C^{-a/D}$"),
        SolveFor(N, on="pairwise_cost", name="nodes_pairwise", expect=sp.Eq(N, sp.sqrt(C_pair / C_2))),
        Substitute({N: Ref("nodes_pairwise")}, on="error",
                   expect=sp.Eq(E, (N_c / sp.sqrt(C_pair / C_2)) ** (a / d))),
        LogDerivative(C_pair, name="all_to_all_exponent", expect=-a / (2 * d),
                      note=r"$E \propto C^{-a/(2d)}$ with the per-step cost"),
        SolveFor(N, on="pairwise_cost_all_steps", name="nodes_all_steps",
                 expect=sp.Eq(N, (C_pair_all / C_3) ** (d / (d + D)))),
        Substitute({N: Ref("nodes_all_steps")}, on="error",
                   expect=sp.Eq(E, (N_c / (C_pair_all / C_3) ** (d / (d + D))) ** (a / d))),
        LogDerivative(C_pair_all, name="all_to_all_all_steps", expect=-a / (d + D),
                      note=r"counting time steps too: $E \propto C^{-a/(d+D)}$, always below $a/D$"),
    ),
    result_step="all_to_all_exponent",
    value=lambda e: -e.rhs,
    route=Agreement(
        r"numeric log–log slope $-d \ln E / d \ln C$ (mpmath.diff) of $E = (h/\ell)^a$, $h = L N^{-1/d}$, "
        "against $C = C_2 N^2$, along $N$"
        "; consistency check: it re-solves the premised costs numerically, so it catches slips in the steps, not a "
        r"wrong premise; the local exponent is measured by grid.cost_exponent, and the all-to-all cost $C \propto "
        "N^2$ per time step is a count of pairs by convention, which a measurement would only restate",
        _all_to_all_route,
        points=({"a": 2, "d": 3}, {"a": "1/2", "d": 1}, {"a": 4, "d": "7/3"}, {"a": 8, "d": 1000}),
        kind="consistency",
    ),
    properties=(
        Property("grid.error_vs_cost.all_to_all_worse",
                 r"for $d \ge 1$ the all-to-all exponent $a/(2d)$ is no larger than a local scheme's $a/(d+1)$",
                 lambda a, d: (error_vs_cost.evaluate(dps=PROPERTY_DPS, a=a, d=d)
                               <= cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind="propagation")
                               * (1 + mpmath.mpf(10) ** (-PROPERTY_DPS + 5))),
                 {"a": a_.domain, "d": Real(1, None, lo_open=False, sample=(1, 1000), log=True)}),
    ),
    notes=(
        (r"Convention (as in W): the all-to-all cost $C \propto N^2$ is the cost of one time step, giving $E "
         r"\propto C^{-a/(2d)}$. Counting the time steps as for the local scheme gives $C \propto N^{(d+D)/d}$ "
         r"and $E \propto C^{-a/(d+D)}$, always worse than $a/D$; with the per-step convention the all-to-all "
         "exponent is below the local one only for $d > 1$ (propagation) or $d > 2$ (diffusion)."),
    ),
)


#: The explicit schemes whose operations the cost route counts, and the dimensions it runs them in.
_MEASURED_SCHEMES = (("upwind", (1, 2)), ("central_rk3", (1, 2, 3)), ("ftcs", (1, 2, 3)))


def _combine(*checks: tuple[bool, float | None, str]) -> tuple[bool, float | None, str]:
    """One verdict from several: all must pass; the fewest digits (``None``: an exact agreement); the
    details joined."""
    digits = [c[1] for c in checks if c[1] is not None]
    return all(c[0] for c in checks), min(digits, default=None), " | ".join(c[2] for c in checks)


def _cost_measurement() -> tuple[bool, float | None, str]:
    """Measured exponents of error against counted cost for explicit schemes, against a/(d + q).

    Three checks, all measured (:func:`derivations._measure.explicit_scheme_exponent`): the
    error-against-cost slope must be the closed form at the scheme's order (and not ``a/d``,
    the exponent without time steps); the measured stability limit must scale as ``h^q`` with
    the derived ``q``; the error against ``n`` must show the scheme's order ``a``.
    """
    cost, rival, steps, orders = [], [], [], []
    for scheme, dims in _MEASURED_SCHEMES:
        kind, order = EXPLICIT_SCHEMES[scheme]
        q_derived = float(cost_exponent.derived(f"q_{kind}").rhs)
        for dim in dims:
            m = explicit_scheme_exponent(scheme, dim)
            label = f"{scheme} d = {dim}"
            cost.append((f"{label}", m.cost, float(cost_exponent.evaluate(dps=15, a=order, d=dim, kind=kind))))
            rival.append(order / dim)
            steps.append((label, m.timestep, q_derived))
            orders.append((label, m.order, order))
    slopes = exponent_check(cost, rival=("a/d (time steps not counted)", rival))
    q_ok, q_digits, _ = exponent_check(steps)
    a_ok, a_digits, _ = exponent_check(orders)
    shown = lambda rows: ", ".join(f"{fit.slope:.3f} ({label})" for label, fit, _ in rows)  # noqa: E731
    return _combine(
        (slopes[0], slopes[1], "error against counted cost: " + slopes[2]),
        (q_ok, q_digits, f"measured stability limits Δt_max ∝ h^q: q = {shown(steps)}; derived q = 1 "
                         f"(propagation), 2 (diffusion){'' if q_ok else ' (outside the tolerance)'}"),
        (a_ok, a_digits, f"measured error ∝ h^a at the final time: a = {shown(orders)}; the schemes' orders 1 "
                         f"(upwind), 2 (central_rk3, ftcs){'' if a_ok else ' (outside the tolerance)'}"))


@functools.lru_cache(maxsize=8)
def _exponent_function(expr: sp.Expr, kind: str) -> Any:
    order = cost_exponent.derived(f"q_{kind}").rhs
    return sp.lambdify((a, d), expr.subs(q, order), modules="mpmath")


def _cost_evaluator(expr: sp.Expr, values: Mapping[str, Any]) -> mpmath.mpf:
    """a/(d+q) with the time-step order q that the derivation obtained for ``kind``
    (steps ``q_propagation`` and ``q_diffusion``)."""
    return _exponent_function(expr, values["kind"])(to_mpf(values["a"]), to_mpf(values["d"]))


cost_exponent = Derivation(
    id="grid.cost_exponent",
    names=('C', 'E', 'T', '\\Delta t', '\\Delta t_{\\rm CFL}', '\\Delta t_{\\rm diff}', 'c', 'kappa', 'nu', 'tau'),
    title="Cost exponent of an explicit local scheme: $a/D$ with $D = d+1$ or $d+2$",
    source="W §2, eq. (4)",
    summary="An explicit local scheme does $O(1)$ work per node and time step, and its time step is bounded by "
            r"$\Delta t \propto h^q$: $q = 1$ for propagation (CFL), $q = 2$ for diffusion. With $h = L "
            r"N^{-1/d}$, $C \propto N^{(d+q)/d}$, so $D = d + q$; inverting $C(N)$ and inserting $N(C)$ in $E = "
            r"(N_c/N)^{a/d}$ gives $E \propto C^{-a/(d+q)}$.",
    symbols=(a_, d_, kind_, q_, h_, L_, N_, N_c_),
    parameters=("a", "d", "kind"),
    premises=(
        Premise("cost", sp.Eq(C, kappa * N * T / dt),
                r"explicit local scheme: $\kappa$ operations per node and time step, $T/\Delta t$ time steps"),
        Premise("timestep", sp.Eq(dt, tau * h**q), r"the stability limit of an explicit scheme: $\Delta t "
                                                   r"\propto h^q$"),
        Premise("cfl", sp.Eq(dt_cfl, h / c),
                r"propagation at speed $c$: the CFL condition $\Delta t \le h/c$, at its limit"),
        Premise("diffusive", sp.Eq(dt_diffusive, h**2 / (2 * nu)),
                r"diffusion with diffusivity $\nu$: explicit stability $\Delta t \le h^2/(2\nu)$, at its limit"),
        Premise("spacing", sp.Eq(h, L * N ** (-1 / d)), "$N$ nodes in $d$ dimensions"),
        Premise("error", sp.Eq(E, (N_c / N) ** (a / d)), "eq. (1), grid.error_law"),
    ),
    steps=(
        LogDerivative(h, on="cfl", name="q_propagation", expect=1, note=r"$\Delta t \propto h$: $q = 1$"),
        LogDerivative(h, on="diffusive", name="q_diffusion", expect=2, note=r"$\Delta t \propto h^2$: $q = 2$"),
        LogDerivative(h, on="timestep", expect=q, note="$q$ is the exponent of the stability limit"),
        Substitute({dt: Ref("timestep")}, on="cost", expect=sp.Eq(C, kappa * N * T / (tau * h**q))),
        Substitute({h: Ref("spacing")}, name="cost_in_N",
                   expect=sp.Eq(C, kappa * T * N ** (1 + q / d) / (tau * L**q))),
        LogDerivative(N, name="cost_exponent_N", expect=(d + q) / d,
                      note=r"$C \propto N^{D/d}$ with $D = d + q$: $d+1$ for propagation, $d+2$ for diffusion"),
        SolveFor(N, on="cost_in_N", name="nodes", expect=sp.Eq(N, (tau * L**q * C / (kappa * T)) ** (d / (d + q)))),
        Substitute({N: Ref("nodes")}, on="error",
                   expect=sp.Eq(E, (N_c / (tau * L**q * C / (kappa * T)) ** (d / (d + q))) ** (a / d))),
        LogDerivative(C, name="exponent", expect=-a / (d + q), note=r"$E \propto C^{-a/D}$, $D = d + q$"),
    ),
    result_step="exponent",
    value=lambda e: -e.rhs,
    evaluator=_cost_evaluator,
    route=Measurement(
        "measured (numpy): explicit schemes run on periodic grids of $n^d$ nodes from the Fourier mode "
        r"$\sin(2\pi(x_1 + \dots + x_d))$ to a fixed final time: first-order upwind ($a = 1$, $d = 1, 2$) and "
        "centered differences with three-stage Runge–Kutta ($a = 2$, $d = 1, 2, 3$) for advection, forward time "
        r"centered space ($a = 2$: error $O(\Delta t + h^2) = O(h^2)$, $d = 1, 2, 3$) for the heat equation. The "
        "time step is half the largest stable one, itself measured on each grid from the scheme's amplification "
        "factors (von Neumann, bisection); the operations (stencil evaluations at each node) are counted as the "
        "scheme runs, and the error against the exact solution is fitted against that count: each slope must be "
        f"within {SLOPE_TOLERANCE:.0%} (relative) of the closed form at the scheme's order and outside "
        f"{SLOPE_TOLERANCE:.0%} of $a/d$ (time steps not counted); the measured stability limits must scale as "
        "$h^q$ with the derived $q$, and the error as $h^a$. Other orders and dimensions above 3 are not measured",
        lambda dps: _cost_measurement(),
    ),
    properties=(
        Property("grid.cost_exponent.diffusion_slower", "diffusion has a smaller exponent than propagation",
                 lambda a, d: (cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind="diffusion")
                               < cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind="propagation")),
                 {"a": a_.domain, "d": d_.domain}),
        Property("grid.cost_exponent.below_grid", "counting time steps lowers the exponent below $a/d$",
                 lambda a, d, kind: cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind=kind) < a / d,
                 {"a": a_.domain, "d": d_.domain, "kind": kind_.domain}),
    ),
    claims=(
        Claim("grid.cost.exponent_3d",
              r"a second-order method ($a = 2$) for propagation in $d = 3$ ($D = 4$): $E \propto C^{-1/2}$",
              "W §2, eq. (4)", "1/2",
              lambda: cost_exponent.evaluate(dps=mpmath.mp.dps, a=2, d=3, kind="propagation"),
              note="printed as the magnitude of the exponent"),
    ),
)

DERIVATIONS = (error_law, centered_difference, error_d_dimensions, error_vs_cost, cost_exponent)

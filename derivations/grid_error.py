"""The grid error law (W §2, eq 1): ``grid.error_law``, and the symbols of catalogue section 1.

A method of order ``a`` in ``d`` dimensions on ``N`` nodes has error ``(N_c/N)^{a/d}``,
``N_c`` being the size at which the error is 1. The symbols are shared by the section's other
modules.
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy as sp

from ._domains import Choice, Positive, Real
from ._model import Agreement, Derivation, Param, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import LogDerivative, PowerBoth, Ref, SolveFor, Substitute

__all__ = [
    "C",
    "C_1",
    "C_2",
    "C_3",
    "C_local",
    "C_pair",
    "C_pair_all",
    "D",
    "D_",
    "E",
    "E_of",
    "L",
    "L_",
    "N",
    "N_",
    "N_c",
    "N_c_",
    "T",
    "a",
    "a_",
    "c",
    "d",
    "d_",
    "dt",
    "dt_cfl",
    "dt_diffusive",
    "ell",
    "ell_",
    "eps",
    "error_law",
    "f",
    "h",
    "h_",
    "h_of",
    "kappa",
    "kind_",
    "nu",
    "q",
    "q_",
    "tau",
    "x",
    "x_",
    "y",
    "y_",
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

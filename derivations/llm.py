"""LLM scaling exponents and what they cost (W §3, §3.2, §7; S §1–2).

Catalogue section 3. ``llm.loss_law`` (the loss law ``L = (N_c/N)^α = A/N^α`` of W eq. 7
and S eqs 1–2, with ``N_c = A^{1/α}``, and the exponents W quotes from Kaplan et al. 2020),
``llm.resource_factor`` (cutting the loss by ``F`` costs ``F^{1/α}`` more resources),
``llm.grid_equivalent`` (the grid order a ``d``-dimensional method would need to match
``α``), ``llm.information_doubling`` (``I ∝ D^α`` doubles every ``1/α`` data-doubling
times) and ``llm.orders_of_magnitude`` (W §3's back-of-the-envelope numbers).

The Kaplan exponents are *inputs* quoted by W, not results: no derivation here can
produce them. They are kept as module constants so that every claim which uses them
(and the ledger's check of the quotation itself) reads the same number. Their claims
check only consistency: the constant against the quotation, and, for α_C and the
reference 0.1, against the numbers W derives from them (10^20 and 10^10).

The Kaplan constants, the symbols and the numeric helpers are in :mod:`derivations.llm_symbols`;
``llm.information_doubling`` and ``llm.orders_of_magnitude`` in :mod:`derivations.llm_information`.
This module holds the loss law, the resource factor and the grid equivalent, whose claims
and route read the Kaplan constants and the slope fit through this module's names;
it re-exports the others' entries and symbols, and lists the section's entries
(``DERIVATIONS``) for the registry.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any, Callable

import mpmath
import numpy as np
import sympy as sp

from ._measure import fit_slope, interpolation_exponent, SLOPE_TOLERANCE
from ._model import Agreement, Claim, Derivation, Measurement, Premise, Property
from ._precision import close, PROPERTY_DPS, relative_tolerance
from ._rules import LogDerivative, MultiplyBoth, PowerBoth, Ref, SolveFor, SolveInequality, Substitute
from .llm_information import information_doubling, orders_of_magnitude
from .llm_symbols import (_at, _monotone_root, A, a, A_, a_, a_star, a_star_, alpha, alpha_, count_, d, d_, d_text,
                          data, F, F_, grid_exponent, info, k, KAPLAN_ALPHA_C, KAPLAN_ALPHA_D, KAPLAN_ALPHA_N, L, L_,
                          letters_, loss, N, N1, N1_, N2, N2_, N_, N_c, N_c_, n_l, n_w, P_br, P_dc, r, r_,
                          REFERENCE_ALPHA, T, t, words_)

__all__ = [
    "DERIVATIONS",
    "KAPLAN_ALPHA_N",
    "KAPLAN_ALPHA_D",
    "KAPLAN_ALPHA_C",
    "REFERENCE_ALPHA",
    "loss_law",
    "resource_factor",
    "grid_equivalent",
    "information_doubling",
    "orders_of_magnitude",
]


# -- llm.loss_law ------------------------------------------------------------------------------
kaplan_form = sp.Eq(L, (N_c / N) ** alpha)
power_form = sp.Eq(L, A / N**alpha)


def _quoted_exponent(value: Callable[[], Fraction]) -> Callable[[], mpmath.mpf]:
    """The exponent the loss law carries when its α is set to a quoted value, read off the
    derived logarithmic derivative −d ln L/d ln N (taken at N = 10^9; it is constant).

    This reads the ledger's constant back: it checks the constant against the quotation
    (a typo in either fails), not Kaplan's fit. ``value`` is read when the claim is checked,
    so that a corrupted constant fails its claim.
    """
    def compute() -> mpmath.mpf:
        slope = loss_law.derived("exponent")
        return -_at(slope, {alpha: value(), N: 10**9})
    return compute


def _exponent_behind(factor: int, resources: int, value: Callable[[], Fraction]) -> Callable[[], mpmath.mpf]:
    """The exponent implied by one of the papers' derived numbers, by root finding.

    "Cutting the loss by ``factor`` takes ``resources`` times the resources": the root in α
    of llm.resource_factor(F = factor, α) = resources (bracketed, in ln α). The claim so tests
    that the quoted exponent and the number derived from it agree. The root must also be the
    constant the ledger uses downstream (``value``); otherwise the claim cannot be computed
    and fails.
    """
    def compute() -> mpmath.mpf:
        def gap(u: mpmath.mpf) -> mpmath.mpf:
            rf = resource_factor.evaluate(dps=mpmath.mp.dps, F=factor, alpha=mpmath.exp(u))
            return mpmath.log(resources) - mpmath.log(rf)
        root = mpmath.exp(_monotone_root(gap))
        used = value()
        if not close(root, mpmath.mpf(used.numerator) / used.denominator, mpmath.mp.dps):
            raise ArithmeticError(f"the ledger's exponent {used} is not the {root} behind "
                                  f"'{factor}-fold costs {resources}'")
        return root
    return compute


_QUOTED = ("A quoted input (Kaplan et al. 2020 via W §3), not a result: no derivation can produce it. ")

loss_law = Derivation(
    id="llm.loss_law",
    title="The LLM loss law and its critical scale",
    source="W §3, eq. (7); S §1–2, eqs (1)–(2)",
    summary=r"W writes the loss as $L = (N_c/N)^\alpha$, S as $L = A/N^\alpha$. Both have logarithmic slope "
            r"$-\alpha$; equating them gives the critical scale $N_c = A^{1/\alpha}$, the size at which the "
            "loss is unity and above which it decays as a power law.",
    symbols=(L_, N_, N_c_, A_, alpha_),
    parameters=("A", "alpha"),
    result_step="critical",
    premises=(
        Premise("kaplan", kaplan_form, "W eq. (7): the loss as a power of $N_c/N$ (Kaplan et al. 2020)."),
        Premise("power", power_form, r"S eq. (1): the loss as $A/N^\alpha$, with $N$ data, parameters or compute."),
    ),
    steps=(
        LogDerivative(N, on="kaplan", expect=-alpha, name="exponent",
                      note=r"the loss falls as $N^{-\alpha}$: $\alpha$ is the scaling exponent"),
        LogDerivative(N, on="power", expect=-alpha, note="the same exponent in S's form"),
        Substitute({L: Ref("kaplan")}, on="power", expect=sp.Eq((N_c / N) ** alpha, A / N**alpha),
                   note="both forms describe the same loss"),
        PowerBoth(exponent=1 / alpha, expect=sp.Eq(N_c / N, A ** (1 / alpha) / N),
                  note="both sides are positive"),
        SolveFor(N_c, expect=sp.Eq(N_c, A ** (1 / alpha)), name="critical",
                 note="S §2: $N_c = A^{1/a}$, the critical size"),
    ),
    route=Agreement(
        r"mpmath root (Anderson–Björk, bracketed) in $\ln N$ of $A\cdot N^{-\alpha} - 1 = 0$: the scale where "
        "the loss is unity"
        r"; consistency check: it re-solves the premised law $L = A N^{-\alpha}$ numerically, so it catches slips in"
        " the steps, not a wrong premise; no measurement exists: $N_c$ is defined by the fitted law; the fitted law"
        " is the premise, and measuring its consequence would mean training the models it was fitted to",
        lambda A, alpha: mpmath.exp(_monotone_root(lambda u: A * mpmath.exp(u) ** (-alpha) - 1)),
        points=({"A": 2, "alpha": "0.076"}, {"A": "1/3", "alpha": "0.095"},
                {"A": "5.5", "alpha": "0.05"}, {"A": 40, "alpha": "1/2"}, {"A": "0.02", "alpha": "1.7"}),
        kind="consistency",
    ),
    properties=(
        Property("llm.loss_law.unit_loss", r"the loss $A/N^\alpha$ equals 1 at $N = N_c$",
                 lambda A, alpha: close(A * loss_law.evaluate(dps=PROPERTY_DPS, A=A, alpha=alpha) ** (-alpha), 1),
                 {"A": A_.domain, "alpha": alpha_.domain}),
        Property("llm.loss_law.forms_agree", r"$(N_c/N)^\alpha = A/N^\alpha$ at every $N$ once $N_c = A^{1/\alpha}$",
                 lambda A, alpha, N: close((loss_law.evaluate(dps=PROPERTY_DPS, A=A, alpha=alpha) / N) ** alpha,
                                           A / N**alpha),
                 {"A": A_.domain, "alpha": alpha_.domain, "N": N_.domain}),
    ),
    claims=(
        Claim("llm.loss_law.alpha_N",
              _QUOTED + "W §3: \"the values of these quantities are 0.076 for the scaling of the loss "
              "function with the parameters\"",
              "W §3", "0.076", _quoted_exponent(lambda: KAPLAN_ALPHA_N), quoted=True,
              note="Checked only for consistency: the computed value is the constant the ledger uses downstream "
                   "(KAPLAN_ALPHA_N, in llm.loss_law.below_reference and .range), read back through the derived "
                   r"log-derivative; it cannot test Kaplan's fit. W derives no number from $\alpha_N$ that "
                   "could test it."),
        Claim("llm.loss_law.alpha_D",
              _QUOTED + "W §3: \"0.095 for the dependence on the data\"",
              "W §3", "0.095", _quoted_exponent(lambda: KAPLAN_ALPHA_D), quoted=True,
              note="Checked only for consistency, like llm.loss_law.alpha_N (KAPLAN_ALPHA_D)."),
        Claim("llm.loss_law.alpha_C",
              _QUOTED + "W §3: \"and 0.050 for the computational cost\"; checked against W §3.2's "
                        "\"10^20 more computing power for just one order better in accuracy\"",
              "W §3", "0.050", _exponent_behind(10, 10**20, lambda: KAPLAN_ALPHA_C),
              note=r"Checked only for consistency: the computed value is the $\alpha$ for which "
                   "llm.resource_factor at $F = 10$ equals $10^{20}$ (root finding), required to be the "
                   "constant KAPLAN_ALPHA_C the ledger uses downstream; it tests W's quotation against W's own "
                   "consequence, not Kaplan's fit."),
        Claim("llm.loss_law.reference",
              "A reference value W chooses, not a result: W §3: “we take a reference value for these exponents "
              r"of 0.1”; checked against W §3.2's “For the case of $\alpha = 0.1$, reducing the error by a "
              "factor 10 requires the allocation of $10^{10}$”",
              "W §3", "0.1", _exponent_behind(10, 10**10, lambda: REFERENCE_ALPHA),
              note=r"Checked only for consistency: the computed value is the $\alpha$ for which "
                   "llm.resource_factor at $F = 10$ equals $10^{10}$ (root finding), required to be the "
                   "constant REFERENCE_ALPHA the ledger uses downstream."),
        Claim("llm.loss_law.below_reference",
              "W §3: “The corresponding exponents lie systematically below 0.1” (a comparison of quoted inputs: "
              "Kaplan's 0.076, 0.095, 0.050 with W's chosen 0.1)",
              "W §3", "true",
              lambda: max(KAPLAN_ALPHA_N, KAPLAN_ALPHA_D, KAPLAN_ALPHA_C) < REFERENCE_ALPHA,
              note="Checked on the ledger's constants, i.e. the quotations themselves: it checks "
                   "W's sentence against W's numbers, nothing derived."),
        Claim("llm.loss_law.range",
              r"S §1: LLM scaling exponents are “typically in the range $0.05\div0.10$” (S's range against "
              "Kaplan's exponents as quoted by W: quoted inputs on both sides)",
              "S §1", "true",
              lambda: all(Fraction("0.05") <= x <= Fraction("0.10")
                          for x in (KAPLAN_ALPHA_N, KAPLAN_ALPHA_D, KAPLAN_ALPHA_C)),
              note=r"A consistency check of S's range with W's quotations ($\alpha_C$ sits on the lower edge), "
                   "nothing derived."),
        Claim("llm.loss_law.positive_decreasing",
              r"S §1: “A positive value of the exponent indicates that the loss function decreases for "
              r"increasing data size”: the derived $d \ln L / d \ln N = -\alpha$ is negative at "
              r"$\alpha = 0.05, 0.1, 1/2$", "S §1", "true",
              lambda: all(_at(loss_law.derived("exponent"), {alpha: v}) < 0 for v in ("0.05", "0.1", "1/2"))),
        Claim("llm.loss_law.negative_increasing",
              r"S §1: the “wall” is the regime “in which more data lead to a larger discrepancy between model "
              r"and target, as formally reflected by a negative exponent”: the derived "
              r"$d \ln L / d \ln N = -\alpha$ is positive at $\alpha = -0.05, -0.1$", "S §1", "true",
              lambda: all(_at(loss_law.derived("exponent"), {alpha: v}) > 0 for v in ("-0.05", "-0.1"))),
    ),
    notes=("The critical scale is where the loss is unity; $N_c$ and A are two names for one constant.",),
)


# -- llm.resource_factor --------------------------------------------------------------------


def _resource_route(F: mpmath.mpf, alpha: mpmath.mpf) -> mpmath.mpf:
    """Grow N from N_1 until the loss A·N^(−α) has fallen by F (root in u = ln(N_2/N_1))."""
    A0, N_1 = mpmath.mpf(7) / 3, mpmath.mpf(1000)
    loss = lambda x: A0 * x ** (-alpha)  # noqa: E731 - the law itself, not its solution
    u = _monotone_root(lambda u: loss(N_1 * mpmath.exp(u)) / loss(N_1) - 1 / F)
    return mpmath.exp(u)


def _factor(F_value: Any, alpha_value: Any) -> Callable[[], mpmath.mpf]:
    """A claim's computation: the registry value at (F, α); a callable α is read late,
    so that a module constant is looked up when the claim is checked."""
    return lambda: resource_factor.evaluate(
        dps=mpmath.mp.dps, F=F_value, alpha=alpha_value() if callable(alpha_value) else alpha_value)


resource_factor = Derivation(
    id="llm.resource_factor",
    title=r"Cutting the loss $F$-fold costs $F^{1/\alpha}$ times the resources",
    source="W §3.2; S §1–2",
    summary=r"With $L = A/N^\alpha$, asking $L(N_2)/L(N_1) = 1/F$ and solving for $r = N_2/N_1$ gives $r = "
            r"F^{1/\alpha}$: ten times smaller loss costs $10^{1/\alpha}$ times the resources.",
    symbols=(F_, alpha_, A_, N_, N1_, N2_, r_),
    parameters=("F", "alpha"),
    result_step="factor",
    premises=(
        Premise("law", sp.Eq(loss(N), A / N**alpha), r"S eq. (1) (W eq. 7): $L(N) = A/N^\alpha$"),
        Premise("target", sp.Eq(loss(N2), loss(N1) / F),
                "the loss with $N_2$ resources is $F$ times smaller than with $N_1$"),
        Premise("growth", sp.Eq(N2, r * N1), "$r = N_2/N_1$ is the growth of the resources"),
    ),
    steps=(
        Substitute({N: N1}, on="law", name="loss_1", expect=sp.Eq(loss(N1), A / N1**alpha)),
        Substitute({N: N2}, on="law", name="loss_2", expect=sp.Eq(loss(N2), A / N2**alpha)),
        Substitute({loss(N1): Ref("loss_1"), loss(N2): Ref("loss_2")}, on="target",
                   expect=sp.Eq(A / N2**alpha, A / (F * N1**alpha))),
        MultiplyBoth(factor=N2**alpha / A, expect=sp.Eq(1, N2**alpha / (F * N1**alpha)),
                     note="the prefactor A cancels"),
        Substitute({N2: Ref("growth")}, expect=sp.Eq(1, r**alpha / F), note="$r = N_2/N_1$"),
        SolveFor(r, expect=sp.Eq(r, F ** (1 / alpha)), name="factor", note="$r > 0$"),
    ),
    route=Agreement(
        r"mpmath root (bracketed) in $\ln(N_2/N_1)$ of $L(N_2)/L(N_1) - 1/F = 0$, with $L = A\cdot "
        r"N^{-\alpha}$, $A = 7/3$, $N_1 = 1000$"
        r"; consistency check: it re-solves the premised law $L = A N^{-\alpha}$ numerically, so it catches slips in"
        " the steps, not a wrong premise; no measurement exists: the fitted law is the premise, and measuring its "
        "consequence would mean training the models it was fitted to",
        _resource_route,
        points=({"F": 10, "alpha": "1/2"}, {"F": 10, "alpha": "0.1"}, {"F": 10, "alpha": "0.05"},
                {"F": 2, "alpha": "0.1"}, {"F": 2, "alpha": 2}, {"F": "1.3", "alpha": "0.013"},
                {"F": 500, "alpha": "1.9"}),
        kind="consistency",
    ),
    properties=(
        Property("llm.resource_factor.cuts_loss", r"growing $N$ by the factor cuts the loss $A/N^\alpha$ by "
                                                  "exactly $F$",
                 lambda F, alpha, A, N: close(
                     (A / (resource_factor.evaluate(dps=PROPERTY_DPS, F=F, alpha=alpha) * N) ** alpha)
                     / (A / N**alpha), 1 / F),
                 {"F": F_.domain, "alpha": alpha_.domain, "A": A_.domain, "N": N_.domain}),
        Property("llm.resource_factor.compose", "two successive cuts $F$ and $G$ cost the product of their factors",
                 lambda F, G, alpha: close(
                     resource_factor.evaluate(dps=PROPERTY_DPS, F=F * G, alpha=alpha),
                     resource_factor.evaluate(dps=PROPERTY_DPS, F=F, alpha=alpha)
                     * resource_factor.evaluate(dps=PROPERTY_DPS, F=G, alpha=alpha)),
                 {"F": F_.domain, "G": F_.domain, "alpha": alpha_.domain}),
        Property("llm.resource_factor.smaller_exponent_costs_more", r"halving $\alpha$ squares the cost",
                 lambda F, alpha: close(resource_factor.evaluate(dps=PROPERTY_DPS, F=F, alpha=alpha / 2),
                                        resource_factor.evaluate(dps=PROPERTY_DPS, F=F, alpha=alpha) ** 2),
                 {"F": F_.domain, "alpha": alpha_.domain}),
    ),
    claims=(
        Claim("llm.resource_factor.mc",
              "W §3.2: a Monte Carlo exponent of $1/2$ means that “in order to cut down the error in a "
              "calculation by a factor 10, one needs to allocate 100 more compute resources”",
              "W §3.2", "100", _factor(10, "1/2")),
        Claim("llm.resource_factor.ten_billion",
              r"W §3.2: “For the case of $\alpha = 0.1$, reducing the error by a factor 10 requires the "
              "allocation of $10^{10}$, i.e. ten billion, more compute resources”",
              "W §3.2", "10^{10}", _factor(10, lambda: REFERENCE_ALPHA)),
        Claim("llm.resource_factor.compute",
              "W §3.2: “if we focus on the power consumption itself, the exponent is 0.05, meaning an "
              "astronomical $10^{20}$ more computing power for just one order better in accuracy”",
              "W §3.2", "10^{20}", _factor(10, lambda: KAPLAN_ALPHA_C),
              note=r"$\alpha_C = 0.050$, Kaplan's compute exponent as quoted by W §3."),
        Claim("llm.resource_factor.halving",
              "S §1: “an exponent 0.1 means that cutting the loss function down by a factor 2 requires $2^{10} "
              "= 1024$ more resources”",
              "S §1", "1024", _factor(2, "0.1")),
        Claim("llm.resource_factor.grid_a2",
              r"S §2: “$a = 2$ means that reducing the error by a factor 2 takes just $\sqrt{2}$ more resources "
              "$(N)$”",
              "S §2", "2^{1/2}", _factor(2, 2),
              note=r"The grid error $A/N^a$ has the same form, with the order $a$ in the place of $\alpha$."),
        Claim("llm.resource_factor.mc_a_half",
              "S §2: “while with $a = 1/2$ this number is 4”",
              "S §2", "4", _factor(2, "1/2")),
        Claim("llm.resource_factor.floor",
              r"W §3.2's $10^{10}$ and S §1's 1024 assume a pure power law. On the pedestal loss of S eq. (4) "
              r"($L = p + (1-p) x^\alpha$, $x = N_1/N$, $p$ the floor's share of the present loss) the resource "
              r"factor of a tenfold cut at $\alpha = 0.1$, found by root finding, tends to $10^{10}$ as "
              r"$p \to 0$, equals $F_{\mathrm{eff}}^{1/\alpha}$ with $F_{\mathrm{eff}} = 10(1-p)/(1-10p)$ "
              r"($19^{10} \approx 6 \cdot 10^{12}$ at $p = 1/20$), and no tenfold cut exists once $p \ge 1/10$",
              "W §3.2; S §1 (their implicit assumption: no loss floor)", "true", lambda: _floor_holds(),
              note="An implicit assumption made explicit (issue 10), not an erratum: both papers state a pure "
                   "power law."),
    ),
)


def _floor_factor(F: Any, p: Any, alpha_value: Any) -> mpmath.mpf:
    """Resources N₂/N₁ that cut the pedestal loss ``pedestal.loss`` (S eq. 4, rescaled so that
    L(x = 1) = 1 at the present size) by ``F``: the root in ln x of L(x) = 1/F, by bisection."""
    from . import get
    loss = get("pedestal.loss")
    gap = lambda u: loss.evaluate(dps=mpmath.mp.dps, x=mpmath.exp(u), p=p, alpha=alpha_value) - mpmath.mpf(1) / F
    return mpmath.exp(-_monotone_root(gap))


def _floor_holds() -> bool:
    """The three statements of ``llm.resource_factor.floor``."""
    tol = relative_tolerance(mpmath.mp.dps // 2)  # a root in ln x found by bisection: half the digits

    def effective(p: Fraction) -> mpmath.mpf:  # F^{1/α} at the tenfold cut of the reducible part
        return resource_factor.evaluate(dps=mpmath.mp.dps, F=10 * (1 - p) / (1 - 10 * p), alpha="0.1")

    tiny, small = Fraction(1, 10**30), Fraction(1, 20)
    with_tiny, with_floor = _floor_factor(10, tiny, "0.1"), _floor_factor(10, small, "0.1")
    from . import get
    # p = 1/10: a hundred decades of growth still leave the loss above a tenth (by 0.9·10^-10,
    # which 15 digits resolve).
    unreachable = get("pedestal.loss").evaluate(dps=mpmath.mp.dps, x="1e-100", p="0.1", alpha="0.1") > mpmath.mpf(1) / 10
    # A floor of 10^-30 leaves W's 10^10 (to 9·10^-29, relative); one of 1/20 makes it 19^10.
    return (abs(with_tiny / effective(tiny) - 1) < tol and abs(effective(tiny) / 10**10 - 1) < mpmath.mpf("1e-27")
            and abs(with_floor / effective(small) - 1) < tol and with_floor > 10**12 and bool(unreachable))


# -- llm.grid_equivalent -------------------------------------------------------------------------
#: The grid methods the llm.grid_equivalent route measures: interpolation scheme and its order ``a``
#: in the (root-mean-square) error, E ∝ h^a; and the dimensions they are measured in.
_MEASURED_METHODS = (("constant", 1, "nearest-node values"), ("linear", 2, "multilinear interpolation"))
_MEASURED_DIMS = (1, 2, 3)


def _grid_equivalent_measurement() -> tuple[bool, float | None, str]:
    """Measured error exponents α of grid methods of known order a in d = 1, 2, 3; the closed form at
    (α, d) must give back the method's order."""
    ok, worst, parts = True, 0.0, []
    for scheme, order, name in _MEASURED_METHODS:
        for dim in _MEASURED_DIMS:
            mse = interpolation_exponent(dim, scheme=scheme)
            rms = fit_slope(mse.sizes, np.sqrt(mse.errors))  # the error itself: half the squared error's slope
            needed = float(grid_equivalent.evaluate(dps=15, alpha=rms.slope, d=dim))
            dev = abs(needed - order) / order
            ok, worst = ok and dev <= SLOPE_TOLERANCE, max(worst, dev)
            parts.append(f"{name} (a = {order}), d = {dim}: measured α = {rms.slope:.3f} ± {rms.stderr:.3f}, "
                         f"closed form a* = {needed:.3f}" + ("" if dev <= SLOPE_TOLERANCE else " (outside the tolerance)"))
    detail = "; ".join(parts) + f" (tolerance ±{SLOPE_TOLERANCE:.0%} relative on a*)"
    return ok, None if worst == 0 else round(-math.log10(worst), 1), detail


grid_equivalent = Derivation(
    id="llm.grid_equivalent",
    title="The grid order a $d$-dimensional method needs to match an LLM exponent",
    source="W §3",
    summary="A grid of order $a$ in $d$ dimensions has error exponent $a/d$ in the number of nodes. It falls "
            r"below $\alpha$ once $d > a/\alpha$; matching $\alpha$ in $d$ dimensions needs order $a = \alpha "
            "d$.",
    symbols=(a_, a_star_, d_, alpha_, words_, letters_),
    parameters=("alpha", "d"),
    result_step="order_needed",
    premises=(
        Premise("grid", sp.Eq(grid_exponent(a, d), a / d),
                "a grid of order $a$ in $d$ dimensions has error exponent $a/d$ in the number of nodes (W eq. 3)"),
        Premise("slower", sp.Lt(grid_exponent(a, d), alpha), r"a grid whose exponent lies below the LLM's $\alpha$"),
        Premise("match", sp.Eq(grid_exponent(a_star, d), alpha), "$a^*$ is the order whose exponent equals "
                                                                 r"$\alpha$"),
        Premise("text", sp.Eq(d_text(n_w, n_l), n_w * n_l),
                "a text of $n_w$ words of $n_l$ letters is a vector with one coordinate per letter"),
    ),
    steps=(
        Substitute({grid_exponent(a, d): Ref("grid")}, on="slower", expect=sp.Lt(a / d, alpha)),
        MultiplyBoth(factor=d, expect=sp.Lt(a, alpha * d), note="$d > 0$"),
        SolveInequality(d, expect=sp.Gt(d, a / alpha), name="below", note=r"$\alpha > 0$"),
        Substitute({n_w: 100, n_l: 10}, on="text", expect=sp.Eq(d_text(100, 10), 1000), name="text_dimension",
                   note="100 words of 10 letters"),
        Substitute({a: a_star}, on="grid", expect=sp.Eq(grid_exponent(a_star, d), a_star / d),
                   note="the grid exponent of the order $a^*$"),
        Substitute(using="match", expect=sp.Eq(alpha, a_star / d)),
        SolveFor(a_star, expect=sp.Eq(a_star, alpha * d), name="order_needed"),
    ),
    route=Measurement(
        "measured (numpy, fixed seeds): grid methods of known order $a$ (error $\\propto h^a$), nearest-node "
        "values ($a = 1$) and multilinear interpolation ($a = 2$) of a smooth field (four plane waves in random "
        "directions) on grids of $N = n^d$ cubelets in $d = 1, 2, 3$; the slope of $\\ln$ of the root-mean-square "
        "error over random points against $\\ln N$ is the measured exponent $\\alpha$, and the closed form at "
        f"the measured $\\alpha$ and $d$ must give back the method's order within {SLOPE_TOLERANCE:.0%} "
        "(relative). This is the measurement of sk.grid_exponent read the other way: it tests that a grid's "
        "exponent is $a/d$, the premise the order $a^* = \\alpha d$ inverts. W's own case ($\\alpha = 0.1$, $d = "
        "1000$, $a^* = 100$) cannot be measured: no grid of order 100 in 1000 dimensions can be run",
        lambda dps: _grid_equivalent_measurement(),
    ),
    properties=(
        Property("llm.grid_equivalent.matches", r"a grid of the required order has exponent $\alpha$",
                 lambda alpha, d: close(grid_equivalent.evaluate(dps=PROPERTY_DPS, alpha=alpha, d=d) / d, alpha),
                 {"alpha": alpha_.domain, "d": d_.domain}),
        Property("llm.grid_equivalent.linear_in_d", "the order needed grows linearly with the dimension",
                 lambda alpha, d: close(grid_equivalent.evaluate(dps=PROPERTY_DPS, alpha=alpha, d=2 * d),
                                        2 * grid_equivalent.evaluate(dps=PROPERTY_DPS, alpha=alpha, d=d)),
                 {"alpha": alpha_.domain, "d": d_.domain}),
    ),
    claims=(
        Claim("llm.grid_equivalent.threshold",
              r"W §3: “taking $a = 2$, any $d > 20$ would give a lower scaling exponent” (than $\alpha = 0.1$)",
              "W §3", "20",
              lambda: _at(grid_equivalent.derived("below"), {a: 2, alpha: REFERENCE_ALPHA}),
              note=r"The threshold is the derived $d > a/\alpha$ at $a = 2$, $\alpha = 0.1$."),
        Claim("llm.grid_equivalent.text_dimension",
              "W §3: “a text of 100 words, each 10 letters long, is represented by a vector in a 1000 "
              "dimensional space”",
              "W §3", "1000", lambda: _at(grid_equivalent.derived("text_dimension"))),
        Claim("llm.grid_equivalent.order",
              "W §3: “in order to feature a scaling exponent of 0.1 a grid method would need to work with order "
              "100 accuracy” (in $d = 1000$)",
              "W §3", "100",
              lambda: grid_equivalent.evaluate(dps=mpmath.mp.dps, alpha=REFERENCE_ALPHA, d=1000)),
    ),
)


DERIVATIONS = (loss_law, resource_factor, grid_equivalent, information_doubling, orders_of_magnitude)

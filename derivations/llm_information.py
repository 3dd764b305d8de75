"""What a small exponent means in data and in W §3's numbers: ``llm.information_doubling``, ``llm.orders_of_magnitude``.

``I ∝ D^α`` doubles every ``1/α`` data-doubling times; W §3's back-of-the-envelope orders
of magnitude (phase-space dimensions of molecules, the data an exponent would need).
"""

from __future__ import annotations

import mpmath
import sympy as sp

from ._model import Agreement, Claim, Derivation, Premise, Property, Reading
from ._precision import close, PROPERTY_DPS, relative_tolerance
from ._rules import DivideBoth, LogBoth, Ref, Rewrite, SolveFor, Substitute
from .llm_symbols import (_at, _monotone_root, alpha, alpha_, count_, D0, D0_, D_ps, data, delta, delta_, f, info, k,
                          k_, KAPLAN_ALPHA_C, n, n0, n_mol, n_mol_, n_rot, n_rot_, n_tr, n_tr_, P_br, P_br_, P_dc,
                          P_dc_, reference_, REFERENCE_ALPHA, rho, T, t, T_, t_)

__all__ = [
    "information_doubling",
    "orders_of_magnitude",
]


# -- llm.information_doubling ---------------------------------------------------------------------
def _doubling_route(alpha: mpmath.mpf) -> mpmath.mpf:
    """Time at which I(t) = k·(D_0·2^t)^α reaches 2 I(0), by root finding (k = 3/7, D_0 = 5)."""
    k0, D_0 = mpmath.mpf(3) / 7, mpmath.mpf(5)
    info = lambda s: k0 * (D_0 * mpmath.power(2, s)) ** alpha  # noqa: E731 - the premise, not its solution
    return _monotone_root(lambda s: info(s) - 2 * info(0))


information_doubling = Derivation(
    id="llm.information_doubling",
    title=r"Information grows as $D^\alpha$: it doubles every $1/\alpha$ data doublings",
    source="W §7",
    summary=r"With $I = k D^\alpha$ and data doubling once per unit time, $D = D_0 2^t$, the information is $I "
            r"= k D_0^\alpha 2^{\alpha t}$; it doubles when $\alpha t = 1$, i.e. after $1/\alpha$ data-doubling "
            "times.",
    symbols=(D0_, k_, t_, T_, alpha_),
    parameters=("alpha",),
    result_step="doubling_time",
    premises=(
        Premise("law", sp.Eq(info(t), k * data(t) ** alpha), r"W §7: information $I \propto D^\alpha$ in the "
                                                             "data size $D$"),
        Premise("growth", sp.Eq(data(t), D0 * 2**t), "data double once per unit of time $t$"),
        Premise("doubled", sp.Eq(info(T), 2 * info(0)), "$T$ is the time at which the information has doubled"),
    ),
    steps=(
        Substitute(using="growth", on="law", name="information",
                   expect=sp.Eq(info(t), k * D0**alpha * 2 ** (alpha * t)),
                   note=r"$(D_0 2^t)^\alpha = D_0^\alpha 2^{\alpha t}$ for positive $D_0$"),
        Substitute({t: 0}, name="initial", expect=sp.Eq(info(0), k * D0**alpha)),
        Substitute({t: T}, on="information", expect=sp.Eq(info(T), k * D0**alpha * 2 ** (alpha * T))),
        Substitute(using="doubled", expect=sp.Eq(2 * info(0), k * D0**alpha * 2 ** (alpha * T))),
        Substitute({info(0): Ref("initial")}, expect=sp.Eq(2 * k * D0**alpha, k * D0**alpha * 2 ** (alpha * T))),
        DivideBoth(divisor=k * D0**alpha, expect=sp.Eq(2, 2 ** (alpha * T))),
        LogBoth(expect=sp.Eq(sp.log(2), alpha * T * sp.log(2))),
        SolveFor(T, expect=sp.Eq(T, 1 / alpha), name="doubling_time"),
    ),
    route=Agreement(
        r"mpmath root (bracketed) in $t$ of $k(D_0 2^t)^\alpha - 2k D_0^\alpha = 0$, $k = 3/7$, $D_0 = 5$"
        r"; consistency check: it re-solves the premised law $I \propto D^\alpha$ numerically, so it catches slips "
        "in the steps, not a wrong premise; no measurement exists: W's law is putative, not measured",
        _doubling_route,
        points=({"alpha": "0.1"}, {"alpha": "0.05"}, {"alpha": "0.076"}, {"alpha": "1/2"}, {"alpha": "1.7"},
                {"alpha": "0.011"}),
        kind="consistency",
    ),
    properties=(
        Property("llm.information_doubling.doubles", r"after the doubling time $2^{\alpha T} = 2$",
                 lambda alpha: close(mpmath.power(2, alpha * information_doubling.evaluate(dps=PROPERTY_DPS,
                                                                                          alpha=alpha)), 2),
                 {"alpha": alpha_.domain}),
        Property("llm.information_doubling.slower", "a smaller exponent means a longer doubling time",
                 lambda alpha: information_doubling.evaluate(dps=PROPERTY_DPS, alpha=alpha / 2)
                 > information_doubling.evaluate(dps=PROPERTY_DPS, alpha=alpha),
                 {"alpha": alpha_.domain}),
    ),
    claims=(
        Claim("llm.information_doubling.data",
              r"W §7: “With a putative scaling relation of the form $I \propto D^{0.1}$ ..., if data were to "
              "double every year, information would double only every ten years”",
              "W §7", "10", lambda: information_doubling.evaluate(dps=mpmath.mp.dps, alpha=REFERENCE_ALPHA),
              note="Years, with the data-doubling time of one year as the unit."),
        Claim("llm.information_doubling.huang",
              "W §7: “Even assuming the so-called Huang's law, namely doubled GPU power every year, this factor "
              "two would still take ten years”",
              "W §7", "10", lambda: information_doubling.evaluate(dps=mpmath.mp.dps, alpha=REFERENCE_ALPHA),
              reading="W's exponent 0.1 (the reference value W takes for all its arithmetic, §3 and §7)",
              readings=(Reading(r"Kaplan's compute exponent $\alpha_C = 0.050$ (quoted in W §3)",
                                lambda: information_doubling.evaluate(dps=mpmath.mp.dps, alpha=KAPLAN_ALPHA_C)),),
              formula=r"doubling time $1/\alpha$ of $I \propto C^{\alpha}$ with compute doubling yearly",
              note=r"The sentence continues the one before, whose $I \propto D^{0.1}$ fixes the exponent; with "
                   r"Kaplan's compute exponent $\alpha_C = 0.050$ the doubling would take 20 years (a note, "
                   "not an erratum)."),
    ),
)


def _sums_to(u: mpmath.mpf, v: mpmath.mpf, total: mpmath.mpf) -> bool:
    """u + v = total, with the tolerance scaled by the largest term (the sum may cancel to 0)."""
    return bool(abs(u + v - total) <= relative_tolerance(PROPERTY_DPS) * max(abs(u), abs(v), abs(total)))


# -- llm.orders_of_magnitude --------------------------------------------------------------------------
orders_of_magnitude = Derivation(
    id="llm.orders_of_magnitude",
    title="W's orders of magnitude: brain connections, power, phase-space dimension",
    source="W §3",
    summary=r"Plain arithmetic with the stated inputs: the decades between two counts are $\log_{10}(n/n_0) = "
            r"\log_{10} n - \log_{10} n_0$; the power ratio of GW-scale data centres to a 20 W brain; and the "
            "phase-space dimension of rigid molecules (6 coordinates and 6 momenta each).",
    symbols=(count_, reference_, delta_, P_dc_, P_br_, n_mol_, n_tr_, n_rot_),
    parameters=("count", "reference"),
    result_step="decades",
    premises=(
        Premise("gap", sp.Eq(delta, sp.log(n / n0, 10)), "the number of decades by which $n$ exceeds $n_0$"),
        Premise("power", sp.Eq(rho(P_dc, P_br), P_dc / P_br), "how many times more power the data centres draw"),
        Premise("rigid", sp.Eq(f(n_tr, n_rot), 2 * (n_tr + n_rot)),
                "phase space of a rigid molecule: a momentum for each translational and rotational coordinate"),
        Premise("phase_space", sp.Eq(D_ps(n_mol, n_tr, n_rot), n_mol * f(n_tr, n_rot)),
                "independent molecules: dimensions add"),
    ),
    steps=(
        Rewrite(on="gap", expect=sp.Eq(delta, (sp.log(n) - sp.log(n0)) / sp.log(10)), name="decades",
                note="the logarithm of a ratio of positive numbers is the difference of their logarithms"),
        Substitute({P_dc: 2 * 10**9, P_br: 20}, on="power", expect=sp.Eq(rho(2 * 10**9, 20), 10**8),
                   name="power_ratio", note=r"GW scale ($2\cdot10^9$ W, the catalogue's stated input) against 20 W"),
        Substitute({n_tr: 3, n_rot: 3}, on="rigid", expect=sp.Eq(f(3, 3), 12), name="dof",
                   note="3 translations and 3 rotations: W's 12 degrees of freedom per molecule"),
        Substitute({n_mol: 100, n_tr: 3, n_rot: 3}, on="phase_space", expect=sp.Eq(D_ps(100, 3, 3), 100 * f(3, 3))),
        Substitute({f(3, 3): Ref("dof")}, expect=sp.Eq(D_ps(100, 3, 3), 1200), name="dimensions"),
    ),
    route=Agreement(
        r"mpmath root (bracketed) in $\delta$ of $n_0\cdot10^\delta/n - 1 = 0$"
        "; consistency check: it re-solves the premised definition of a decade numerically, so it catches slips in "
        "the steps, not a wrong premise; no measurement exists: this is arithmetic on stated inputs",
        lambda count, reference: _monotone_root(lambda s: reference * mpmath.power(10, s) / count - 1),
        points=({"count": 10**15, "reference": 10**12}, {"count": 2 * 10**9, "reference": 20},
                {"count": "0.5", "reference": 300}, {"count": 7, "reference": 7}),
        kind="consistency",
    ),
    properties=(
        Property("llm.orders_of_magnitude.chain", "decades add along a chain of counts",
                 lambda x, y, z: _sums_to(orders_of_magnitude.evaluate(dps=PROPERTY_DPS, count=x, reference=y),
                                          orders_of_magnitude.evaluate(dps=PROPERTY_DPS, count=y, reference=z),
                                          orders_of_magnitude.evaluate(dps=PROPERTY_DPS, count=x, reference=z)),
                 {"x": count_.domain, "y": count_.domain, "z": count_.domain}),
        Property("llm.orders_of_magnitude.inverse", "10 to the number of decades gives back the ratio",
                 lambda count, reference: close(
                     mpmath.power(10, orders_of_magnitude.evaluate(dps=PROPERTY_DPS, count=count,
                                                                   reference=reference)), count / reference),
                 {"count": count_.domain, "reference": reference_.domain}),
    ),
    claims=(
        Claim("llm.orders_of_magnitude.brain",
              "W §3: with parameters “well into the range of trillions” $(10^{12})$, “this is still three "
              "decades short of the number of neural connections in the human brain” $(10^{15})$",
              "W §3", "3",
              lambda: orders_of_magnitude.evaluate(dps=mpmath.mp.dps, count=10**15, reference=10**12)),
        Claim("llm.orders_of_magnitude.power",
              "W §3: “they consume some one hundred million times more power (GWatts as compared to the very "
              "modest 20 Watts required by our brains)”",
              "W §3", "10^8", lambda: _at(orders_of_magnitude.derived("power_ratio")), relation="∼",
              note=r"‘some one hundred million’: an order of magnitude. With the catalogue's input $2\cdot10^9$ "
                   r"W; 1 GW would give $5\cdot10^7$, the same order."),
        Claim("llm.orders_of_magnitude.phase_space",
              "W §3: “a Monte Carlo simulation of one hundred rigid molecules, each featuring 12 degrees of "
              "freedom, tracing a trajectory in a 1200 dimensional space”",
              "W §3", "1200", lambda: _at(orders_of_magnitude.derived("dimensions"))),
    ),
)

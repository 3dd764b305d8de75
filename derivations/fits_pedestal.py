"""The pedestal of a fit and where its effective exponent falls (S eqs 4–5 applied to a fit): ``fits.pedestal_ratio``, ``fits.crossing_size``, ``fits.halving_factor``.

``p(N) = E/(E + A N^{−α})`` puts the fit on S eq (4); the sizes where the effective exponent
falls to a level (S's A band, 0.1 and 0.05) are solved for, and the factor by which the
size must grow to halve it.
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy as sp

from ._domains import DomainError, Real, UnitInterval
from ._model import Agreement, Derivation, Param, Premise, Property, to_mpf
from ._precision import close, PROPERTY_DPS
from ._rules import AddBoth, Limit, MultiplyBoth, Ref, Rewrite, Simplify, SolveFor, Substitute
from . import pedestal
from .fits_symbols import (_level_below_alpha, _numeric_halving, _numeric_ratio_p, _val, A, A_, alpha, alpha_,
                           ALPHA_EFF, alpha_eff_name, COEF_RANGE, CROSSING, E, E_, EXP_RANGE, k, k_, L, level, level_,
                           N, N_, numeric_crossing, p_N)

__all__ = [
    "L_N",
    "crossing_size",
    "f",
    "f_",
    "halving_factor",
    "pedestal_ratio",
    "s_",
    "s_sym",
]


def _reaches_level(E, A, alpha, f) -> bool:
    """pedestal.effective_exponent at the crossing size equals the level f α."""
    n = _val(crossing_size, E=E, A=A, alpha=alpha, level=f * alpha)
    return close(pedestal.effective_exponent.evaluate(dps=PROPERTY_DPS, N=n, E=E, A=A, alpha=alpha), f * alpha)


def _halving_above(N, A, alpha, s) -> bool:
    """Halving the total loss takes more growth than halving the reducible loss (2^{1/α})."""
    with mpmath.workdps(PROPERTY_DPS):
        E = s * A * mpmath.power(N, -alpha)
    return _val(halving_factor, N=N, E=E, A=A, alpha=alpha) > mpmath.power(2, 1 / alpha)


# -- fits.pedestal_ratio --------------------------------------------------------------------------

L_N = L(N)
pedestal_ratio = Derivation(
    id="fits.pedestal_ratio",
    title="Pedestal ratio of a fit at size $N$ (S eq. (4))",
    source="S §3, eqs (4)–(5) applied to L(N) = E + A N^{−α}; catalogue §12",
    summary="Taking the loss at size $N$ as S's reference $L_1$ and the irreducible loss $E$ as the pedestal "
            r"$L_0$, $p(N) = E/(E + A N^{-\alpha})$; S eq (5) at $x = 1$, $(1 - p)\alpha$, is then the "
            r"effective exponent $\alpha A N^{-\alpha}/(E + A N^{-\alpha})$ of pedestal.effective_exponent.",
    symbols=(alpha_, A_, E_, N_),
    parameters=("N", "E", "A", "alpha"),
    result_step="ratio",
    premises=(
        Premise("fit", sp.Eq(L_N, E + A * N**-alpha),
                r"the $N$-term of a fit ($D \to \infty$ for a two-term fit): irreducible loss $E$ plus a power law"),
        Premise("definition", sp.Eq(p_N, E / L_N),
                "S: $p = L_0/L_1$, with the pedestal $L_0 = E$ and the reference loss $L_1 = L(N)$"),
        Premise("running_at_one", sp.Eq(alpha_eff_name, (1 - p_N) * alpha),
                "S eq (5) at $x = 1$ (the reference size), derived in pedestal.running_exponent"),
    ),
    steps=(
        Substitute(using="fit", on="definition", expect=E / (E + A * N**-alpha), name="ratio"),
        Substitute(using="ratio", on="running_at_one", expect=(1 - E / (E + A * N**-alpha)) * alpha),
        Simplify(expect=ALPHA_EFF, note="the effective exponent of pedestal.effective_exponent"),
        Limit(N, sp.oo, on="ratio", expect=sp.Integer(1), note="the pedestal takes over at large $N$"),
        Limit(N, 0, "+", on="ratio", expect=sp.Integer(0), note="and is negligible at small $N$"),
    ),
    route=Agreement(r"$1 - \alpha_{\mathrm{eff}}/\alpha$, with $\alpha_{\mathrm{eff}}$ the numeric log-slope "
                    r"(mpmath.diff) of $E + A N^{-\alpha}$"
                    "; consistency check: it differentiates the premised fitted law numerically, so it catches "
                    "slips in the steps, not a wrong premise; no measurement exists: the fitted law is the premise,"
                    " and measuring its consequence would mean training the models it was fitted to",
                    _numeric_ratio_p,
                    points=({"N": "1e9", "E": "1.69", "A": "406.4", "alpha": "0.34"},
                            {"N": "1e12", "E": "1.8172", "A": "482.01", "alpha": "0.3478"},
                            {"N": 1, "E": "0.5", "A": 3, "alpha": "0.076"}),
                    kind="consistency"),
)


# -- fits.crossing_size ---------------------------------------------------------------------------

f_ = Param("f", UnitInterval(),
           doc=r"the level as a fraction of the exponent, $f = a_*/\alpha$, $0 < f < 1$")
f = f_.symbol

crossing_size = Derivation(
    id="fits.crossing_size",
    title="Size at which the effective exponent falls to a given level",
    source="beyond the papers: S's A band 0.05 < α < 0.1 on a fit E + A N^{−α}; catalogue §12",
    summary=r"$\alpha_{\mathrm{eff}}(N) = \alpha A N^{-\alpha}/(E + A N^{-\alpha}) = a_* = f \alpha$ gives $(1 "
            r"- f) A N^{-\alpha} = f E$, so $N = (A(\alpha - a_*)/(a_* E))^{1/\alpha}$ for $0 < a_* < \alpha$.",
    symbols=(alpha_, A_, E_, N_, level_, f_),
    parameters=("E", "A", "alpha", "level"),
    result_step="crossing",
    constraint=_level_below_alpha,
    premises=(
        Premise("alpha_eff", pedestal.effective_exponent.closed_form, "derived in pedestal.effective_exponent"),
        Premise("edge", sp.Eq(alpha_eff_name, level), r"the size sought: $\alpha_{\mathrm{eff}}$ reaches the "
                                                      r"level $a_* < \alpha$"),
        Premise("fraction", sp.Eq(f, level / alpha),
                r"write the level as the fraction $f = a_*/\alpha$ of the exponent: $0 < f < 1$, since $0 < "
                r"\alpha_{\mathrm{eff}} < \alpha$"),
    ),
    steps=(
        SolveFor(level, on="fraction", expect=sp.Eq(level, f * alpha), name="level_f"),
        Substitute(using="alpha_eff", on="edge", expect=sp.Eq(ALPHA_EFF, level)),
        Substitute({level: Ref("level_f")}, expect=sp.Eq(ALPHA_EFF, f * alpha)),
        MultiplyBoth(factor=E + A * N**-alpha,
                     expect=sp.Eq(alpha * A * N**-alpha, f * alpha * (E + A * N**-alpha))),
        AddBoth(term=-f * alpha * A * N**-alpha,
                expect=sp.Eq((1 - f) * alpha * A * N**-alpha, f * alpha * E)),
        SolveFor(N, expect=sp.Eq(N, ((1 - f) * A / (f * E)) ** (1 / alpha))),
        Substitute({f: Ref("fraction")}, expect=sp.Eq(N, ((1 - level / alpha) * A / (level / alpha * E)) ** (1 / alpha))),
        Rewrite(expect=sp.Eq(N, CROSSING), name="crossing", note=r"positive for $0 < a_* < \alpha$"),
    ),
    properties=(
        Property("fits.crossing_size.reaches_level", r"$\alpha_{\mathrm{eff}}$ at the crossing size of the "
                                                     r"level $f \alpha$ is $f \alpha$",
                 _reaches_level, {"E": COEF_RANGE, "A": COEF_RANGE, "alpha": EXP_RANGE, "f": Real("0.01", "0.99")}),
    ),
    route=Agreement(r"findroot (Anderson) in $\ln N$ on the numeric log-slope (mpmath.diff) of $\ln(E + A "
                    r"N^{-\alpha})$"
                    "; consistency check: it differentiates and re-solves the premised fitted law numerically, so "
                    "it catches slips in the steps, not a wrong premise; no measurement exists: the fitted law is "
                    "the premise, and measuring its consequence would mean training the models it was fitted to",
                    numeric_crossing,
                    points=({"E": "1.69", "A": "406.4", "alpha": "0.34", "level": "0.1"},
                            {"E": "1.69", "A": "406.4", "alpha": "0.34", "level": "0.05"},
                            {"E": "1.8172", "A": "2085.43", "alpha": "0.3658", "level": "0.05"},
                            {"E": "0.5", "A": 3, "alpha": "1.5", "level": "1"}),
                    kind="consistency"),
)


# -- fits.halving_factor --------------------------------------------------------------------------

def _halving_possible(values: dict[str, Any]) -> None:
    n, e, a, al = (values[x] for x in ("N", "E", "A", "alpha"))
    with mpmath.workdps(60):
        if not to_mpf(a) * mpmath.power(to_mpf(n), -to_mpf(al)) > to_mpf(e):
            raise DomainError("N", n, "a size at which the reducible loss A N^{−α} exceeds E",
                              "beyond it the loss never halves: it cannot fall below the pedestal E")


s_ = Param("s", UnitInterval(),
           doc=r"the pedestal over the reducible loss at $N$, $s = E/(A N^{-\alpha})$; the loss halves only if "
               "$s < 1$")
s_sym = s_.symbol

halving_factor = Derivation(
    id="fits.halving_factor",
    title="Growth in size that halves the total loss, against the reducible loss",
    source="beyond the papers: W §3.2's F^{1/α} with a pedestal; catalogue §12",
    summary=r"Halving the reducible part $A N^{-\alpha}$ takes $k = 2^{1/\alpha}$ at any size; halving the "
            r"total $E + A N^{-\alpha}$ takes $k = (2A N^{-\alpha}/(A N^{-\alpha} - E))^{1/\alpha}$, which "
            r"exists only while $A N^{-\alpha} > E$ ($p(N) < 1/2$) and grows without bound as the pedestal is "
            "approached.",
    symbols=(alpha_, A_, E_, N_, k_, s_),
    parameters=("N", "E", "A", "alpha"),
    result_step="total",
    constraint=_halving_possible,
    premises=(
        Premise("fit", sp.Eq(L(N), E + A * N**-alpha), "the $N$-term of a fit"),
        Premise("halve_total", sp.Eq(L(k * N), L(N) / 2), "$k N$ halves the total loss"),
        Premise("halve_reducible", sp.Eq(A * (k * N)**-alpha, A * N**-alpha / 2), "$k N$ halves the reducible loss"),
        Premise("share", sp.Eq(s_sym, E * N**alpha / A),
                r"$s = E/(A N^{-\alpha})$, the pedestal over the reducible loss at $N$: $0 < s < 1$, else the "
                "total loss cannot halve (it would fall below $E$)"),
    ),
    steps=(
        SolveFor(k, on="halve_reducible", expect=sp.Eq(k, 2 ** (1 / alpha)), name="reducible",
                 note=r"$k = 2^{1/\alpha}$, as llm.resource_factor with $F = 2$"),
        SolveFor(E, on="share", expect=sp.Eq(E, s_sym * A * N**-alpha), name="E_share"),
        Substitute({N: k * N}, on="fit", expect=sp.Eq(L(k * N), E + A * (k * N)**-alpha), name="fit_k"),
        Substitute({L(k * N): Ref("fit_k"), L(N): Ref("fit")}, on="halve_total",
                   expect=sp.Eq(E + A * (k * N)**-alpha, (E + A * N**-alpha) / 2)),
        Substitute({E: Ref("E_share")},
                   expect=sp.Eq(s_sym * A * N**-alpha + A * (k * N)**-alpha, (s_sym * A * N**-alpha + A * N**-alpha) / 2)),
        AddBoth(term=-s_sym * A * N**-alpha, expect=sp.Eq(A * (k * N)**-alpha, (1 - s_sym) * A * N**-alpha / 2)),
        SolveFor(k, expect=sp.Eq(k, (2 / (1 - s_sym)) ** (1 / alpha))),
        Substitute({s_sym: Ref("share")}, expect=sp.Eq(k, (2 / (1 - E * N**alpha / A)) ** (1 / alpha))),
        Rewrite(expect=sp.Eq(k, (2 * A * N**-alpha / (A * N**-alpha - E)) ** (1 / alpha)), name="total",
                note=r"real and $> 2^{1/\alpha}$ only while $A N^{-\alpha} > E$"),
    ),
    properties=(
        Property("fits.halving_factor.above_reducible", r"halving the total loss takes more than $2^{1/\alpha}$",
                 _halving_above, {"N": Real(1, "1e12"), "A": COEF_RANGE, "alpha": EXP_RANGE,
                                  "s": Real("0.001", "0.999")}),
    ),
    route=Agreement(r"findroot (Anderson) in $\ln k$ on the law: $E + A (kN)^{-\alpha} = (E + A N^{-\alpha})/2$"
                    "; consistency check: it re-solves the premised fitted law numerically, so it catches slips in "
                    "the steps, not a wrong premise; no measurement exists: the fitted law is the premise, and "
                    "measuring its consequence would mean training the models it was fitted to",
                    _numeric_halving,
                    points=({"N": "1e4", "E": "1.69", "A": "406.4", "alpha": "0.34"},
                            {"N": "1e6", "E": "1.8172", "A": "482.01", "alpha": "0.3478"},
                            {"N": 1, "E": "0.5", "A": 3, "alpha": "0.076"}),
                    kind="consistency"),
)

"""Published scaling-law fits: compute-optimal allocation, pedestal, effective exponents.

Catalogue section 12 (beyond W and S; they argue from these fits in W §3 and S §1–3). A two-term fit ``L(N, D) = E + A/N^α + B/D^β``
(Hoffmann et al. 2022, eq. 2) under the training budget ``C = 6ND`` has its loss smallest
at ``N_opt = G (C/6)^a``, ``D_opt = G^{−1} (C/6)^b`` with ``a = β/(α+β)``, ``b = α/(α+β)``,
``G = (αA/(βB))^{1/(α+β)}``; along that path the loss falls as ``E + K (C/6)^{−γ}``,
``γ = αβ/(α+β)``, whose effective exponent in ``C`` is S eq (5) again. The pedestal ratio
``p(N) = E/(E + A N^{−α})`` puts the fit on S eq (4), and the sizes where the effective
exponent ``pedestal.effective_exponent`` falls to 0.1 and 0.05 (S's A band) are solved for.
A one-term law ``L = (N_c/N)^α`` (Kaplan et al. 2020) has a constant exponent and no
pedestal. :mod:`verify.fits` applies these entries to fits read from TOML files.

Entries: ``fits.n_opt``, ``fits.d_opt``, ``fits.tokens_per_parameter``,
``fits.loss_at_optimum``, ``fits.compute_exponent``, ``fits.pedestal_ratio``,
``fits.crossing_size``, ``fits.halving_factor``, ``fits.one_term``.

The symbols, the numeric routes and the property ranges are in :mod:`derivations.fits_symbols`;
the compute-optimal allocation (``fits.n_opt`` … ``fits.compute_exponent``) in
:mod:`derivations.fits_optimum`; the pedestal of a fit (``fits.pedestal_ratio``,
``fits.crossing_size``, ``fits.halving_factor``) in :mod:`derivations.fits_pedestal`. This
module holds the one-term law ``fits.one_term``, re-exports the others' entries and constants,
and lists the section's entries (``DERIVATIONS``) for the registry.
"""

from __future__ import annotations

import mpmath
import sympy as sp

from ._model import Agreement, Derivation, Premise
from ._rules import LogDerivative, Ref, Rewrite, SolveFor, Substitute
from .fits_optimum import compute_exponent, d_opt, loss_at_optimum, n_opt, tokens_per_parameter
from .fits_pedestal import crossing_size, halving_factor, pedestal_ratio
from .fits_symbols import (alpha, alpha_, CHINCHILLA, GOPHER_BUDGET, k, k_, L, N, N_, N_c, Nc_, numeric_crossing,
                           numeric_log_slope, numeric_min_loss, numeric_optimum)

__all__ = [
    "DERIVATIONS",
    "n_opt",
    "d_opt",
    "tokens_per_parameter",
    "loss_at_optimum",
    "compute_exponent",
    "pedestal_ratio",
    "crossing_size",
    "halving_factor",
    "one_term",
    "numeric_optimum",
    "numeric_min_loss",
    "numeric_log_slope",
    "numeric_crossing",
    "CHINCHILLA",
    "GOPHER_BUDGET",
]


# -- fits.one_term ----------------------------------------------------------------------------------

one_term = Derivation(
    id="fits.one_term",
    title=r"A one-term law $L = (N_c/N)^\alpha$: its loss, constant exponent, halving factor",
    source="Kaplan et al. 2020, eqs (1.1)–(1.2); catalogue §12",
    summary=r"$L = (N_c/N)^\alpha$ has the effective exponent $\alpha$ at every size (no pedestal: $p = 0$, no "
            r"crossing of a level below $\alpha$) and halves with $k = 2^{1/\alpha}$; no compute-optimal "
            "allocation follows from a law in one variable.",
    symbols=(alpha_, Nc_, N_, k_),
    parameters=("N", "N_c", "alpha"),
    result_step="loss",
    premises=(
        Premise("law", sp.Eq(L(N), (N_c / N) ** alpha), "Kaplan et al. 2020: a one-term power law"),
        Premise("halve", sp.Eq(L(k * N), L(N) / 2), "$k N$ halves the loss"),
    ),
    steps=(
        LogDerivative(N, on="law", expect=-alpha, note=r"the exponent is $\alpha$ at every size: no pedestal"),
        Substitute({N: k * N}, on="law", expect=sp.Eq(L(k * N), (N_c / (k * N)) ** alpha), name="law_k"),
        Substitute({L(k * N): Ref("law_k"), L(N): Ref("law")}, on="halve",
                   expect=sp.Eq((N_c / (k * N)) ** alpha, (N_c / N) ** alpha / 2)),
        SolveFor(k, expect=sp.Eq(k, 2 ** (1 / alpha)), note=r"$k = 2^{1/\alpha}$"),
        Rewrite(on="law", expect=sp.Eq(L(N), N_c**alpha * N**-alpha), name="loss", note="the loss itself"),
    ),
    route=Agreement(r"$\exp(\alpha (\ln N_c - \ln N))$: the law through logarithms"
                    "; consistency check: it evaluates the premised fitted law numerically, so it catches slips in "
                    "the steps, not a wrong premise; no measurement exists: the fitted law is the premise, and "
                    "measuring its consequence would mean training the models it was fitted to",
                    lambda N, N_c, alpha: mpmath.exp(alpha * (mpmath.log(N_c) - mpmath.log(N))),
                    points=({"N": "1e9", "N_c": "8.8e13", "alpha": "0.076"},
                            {"N": "1e10", "N_c": "5.4e13", "alpha": "0.095"}),
                    kind="consistency"),
)


DERIVATIONS = (n_opt, d_opt, tokens_per_parameter, loss_at_optimum, compute_exponent, pedestal_ratio,
               crossing_size, halving_factor, one_term)

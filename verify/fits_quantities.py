"""Published scaling-law fits: the quantities a fit's claim can name, each computed through the
registry entries of :mod:`derivations.fits` (``fits.n_opt``, ``fits.crossing_size``, ...).

:data:`CLAIM_KINDS` maps a claim's ``what`` to the forms it applies to, the inputs it needs, the
function computing it from a fit, the registry entry it rests on and a description;
:data:`ONE_TERM_KINDS` does the same for one-term laws.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Callable, Sequence

import mpmath

from .fits_model import Fit

__all__ = ["CLAIM_KINDS", "ONE_TERM_KINDS", "entry_value", "parameters_of", "one_term_parameters", "exponent_a",
           "exponent_b", "coefficient_G", "gamma_exponent", "data_crossing", "reducible_halving", "exponent_one"]


def entry_value(ident: str, dps: int, **params: Any) -> mpmath.mpf:
    """The registry entry ``ident`` evaluated at ``params``, certified to ``dps`` digits."""
    import derivations
    return derivations.get(ident).evaluate(dps=dps, **params)


def parameters_of(fit: Fit, *names: str) -> dict[str, Fraction]:
    """The fit's parameters ``names``, exactly."""
    return {n: fit.parameters[n] for n in names}


def _budget_exponent(ident: str, fit: Fit, dps: int) -> mpmath.mpf:
    """d ln X / d ln C of an allocation entry (fits.n_opt, fits.d_opt) from its values at two
    budgets: exact, since X is a power law in C."""
    p = parameters_of(fit, "A", "B", "alpha", "beta")
    with mpmath.workdps(dps + 10):
        out = mpmath.log(entry_value(ident, dps + 10, C=2 * 10**20, **p)
                         / entry_value(ident, dps + 10, C=10**20, **p), 2)
    with mpmath.workdps(dps):
        return +out


def exponent_a(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """a = d ln N_opt / d ln C (fits.n_opt)."""
    return _budget_exponent("fits.n_opt", fit, dps)


def exponent_b(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """b = d ln D_opt / d ln C (fits.d_opt)."""
    return _budget_exponent("fits.d_opt", fit, dps)


def coefficient_G(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """G = N_opt at C = 6 (fits.n_opt)."""
    return entry_value("fits.n_opt", dps, C=6, **parameters_of(fit, "A", "B", "alpha", "beta"))


def gamma_exponent(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """γ = αβ/(α+β), the exponent of the optimal loss in C without a pedestal (fits.compute_exponent, E → 0)."""
    with mpmath.workdps(dps + 10):
        al, be = (mpmath.mpf(fit.parameters[n].numerator) / fit.parameters[n].denominator for n in ("alpha", "beta"))
        out = al * be / (al + be)
    with mpmath.workdps(dps):
        return +out


def _at_C(ident: str, names: Sequence[str]) -> Callable[..., mpmath.mpf]:
    return lambda fit, dps, C: entry_value(ident, dps, C=C, **parameters_of(fit, *names))


def _at_N(ident: str) -> Callable[..., mpmath.mpf]:
    return lambda fit, dps, N: entry_value(ident, dps, N=N, **parameters_of(fit, "E", "A", "alpha"))


def _effective_two(fit: Fit, dps: int, N: Fraction) -> mpmath.mpf:
    return entry_value("pedestal.effective_exponent", dps, N=N, **parameters_of(fit, "E", "A", "alpha"))


def _crossing_two(fit: Fit, dps: int, level: Fraction) -> mpmath.mpf:
    return entry_value("fits.crossing_size", dps, level=level, **parameters_of(fit, "E", "A", "alpha"))


def data_crossing(fit: Fit, dps: int, level: Fraction) -> mpmath.mpf:
    """D at which the effective exponent of the D-term falls to ``level`` (fits.crossing_size on B, β)."""
    p = fit.parameters
    return entry_value("fits.crossing_size", dps, level=level, E=p["E"], A=p["B"], alpha=p["beta"])


def _loss_two(fit: Fit, dps: int, N: Fraction, D: Fraction) -> mpmath.mpf:
    """The law itself at (N, D), E + A/N^α + B/D^β (the premise of every fits entry)."""
    p = {k: mpmath.mpf(v.numerator) / v.denominator for k, v in fit.parameters.items()}
    with mpmath.workdps(dps + 15):
        n, d = (mpmath.mpf(x.numerator) / x.denominator for x in (N, D))
        out = p["E"] + p["A"] * mpmath.power(n, -p["alpha"]) + p["B"] * mpmath.power(d, -p["beta"])
    with mpmath.workdps(dps):
        return +out


def reducible_halving(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """The growth of N that halves the reducible loss, 2^(1/α) (llm.resource_factor)."""
    return entry_value("llm.resource_factor", dps, F=2, alpha=fit.parameters["alpha"])


def one_term_parameters(fit: Fit) -> dict[str, Fraction]:
    """A one-term fit's parameters under the names of fits.one_term (``N_c``, ``alpha``)."""
    return {"N_c": fit.parameters[fit.scale_name], "alpha": fit.parameters["alpha"]}


def _loss_one(fit: Fit, dps: int, **inputs: Fraction) -> mpmath.mpf:
    return entry_value("fits.one_term", dps, N=inputs[fit.variable], **one_term_parameters(fit))


def exponent_one(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """The effective exponent of a one-term law: α at every size (fits.one_term's log-derivative)."""
    a = fit.parameters["alpha"]
    with mpmath.workdps(dps):
        return mpmath.mpf(a.numerator) / a.denominator


#: what -> (forms it applies to, required inputs, function, registry id, description)
CLAIM_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], Callable[..., Any], str, str]] = {
    "a": (("two-term",), (), exponent_a, "fits.n_opt", "exponent a of N_opt ∝ C^a, β/(α+β)"),
    "b": (("two-term",), (), exponent_b, "fits.d_opt", "exponent b of D_opt ∝ C^b, α/(α+β)"),
    "G": (("two-term",), (), coefficient_G, "fits.n_opt", "G = (αA/(βB))^(1/(α+β))"),
    "gamma": (("two-term",), (), gamma_exponent, "fits.compute_exponent",
              "exponent αβ/(α+β) of the reducible optimal loss in C"),
    "n_opt": (("two-term",), ("C",), _at_C("fits.n_opt", ("A", "B", "alpha", "beta")), "fits.n_opt",
              "compute-optimal parameter count at budget C"),
    "d_opt": (("two-term",), ("C",), _at_C("fits.d_opt", ("A", "B", "alpha", "beta")), "fits.d_opt",
              "compute-optimal token count at budget C"),
    "tokens_per_parameter": (("two-term",), ("C",),
                             _at_C("fits.tokens_per_parameter", ("A", "B", "alpha", "beta")),
                             "fits.tokens_per_parameter", "D_opt/N_opt at budget C"),
    "loss_at_optimum": (("two-term",), ("C",), _at_C("fits.loss_at_optimum", ("E", "A", "B", "alpha", "beta")),
                        "fits.loss_at_optimum", "loss at the compute optimum of budget C"),
    "compute_exponent": (("two-term",), ("C",),
                         _at_C("fits.compute_exponent", ("E", "A", "B", "alpha", "beta")),
                         "fits.compute_exponent", "−d ln L_opt/d ln C at budget C"),
    "pedestal_ratio": (("two-term",), ("N",), _at_N("fits.pedestal_ratio"), "fits.pedestal_ratio",
                       "p(N) = E/(E + A N^−α)"),
    "effective_exponent": (("two-term",), ("N",), _effective_two, "pedestal.effective_exponent",
                           "−d ln L/d ln N of the N-term"),
    "crossing_size": (("two-term",), ("level",), _crossing_two, "fits.crossing_size",
                      "N at which the effective exponent of the N-term falls to the level"),
    "crossing_tokens": (("two-term",), ("level",), data_crossing, "fits.crossing_size",
                        "D at which the effective exponent of the D-term falls to the level"),
    "halving_factor": (("two-term",), ("N",), _at_N("fits.halving_factor"), "fits.halving_factor",
                       "growth of N that halves the total loss"),
    "reducible_halving_factor": (("two-term",), (), reducible_halving, "llm.resource_factor",
                                 "growth of N that halves the reducible loss, 2^(1/α)"),
    "loss": (("two-term",), ("N", "D"), _loss_two, "fits.n_opt",
             "the law at (N, D) (the premise 'law' of fits.n_opt)"),
}
#: One-term laws: the same names where the quantity exists (inputs use the law's variable).
ONE_TERM_KINDS: dict[str, tuple[Callable[..., Any], str]] = {
    "loss": (_loss_one, "fits.one_term"),
    "effective_exponent": (exponent_one, "fits.one_term"),
    "halving_factor": (reducible_halving, "fits.one_term"),  # a one-term law is all reducible
}

"""Published scaling-law fits: the analysis of each fit and the report's ``fits`` section.

:func:`analyse_fit` gives every quantity of the report for one fit (values certified to the
run's precision, as text) and its claims through the ledger; :func:`analyse_files` does it for
every fit of every file, with the refused ones and a summary; :func:`merge_summary` counts the
fits' claims in the run's ledger summary; :func:`files_for` says which files a run analyses.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, MutableMapping, Sequence

from .fits_claims import check_fit_claim, fit_slug
from .fits_file import load_file
from .fits_model import BUDGETS, JSON_DIGITS, LEVELS, SHIPPED, SIZES, Fit, FitFileError
from .fits_quantities import (coefficient_G, data_crossing, entry_value, exponent_a, exponent_b, exponent_one,
                              gamma_exponent, one_term_parameters, parameters_of, reducible_halving)

__all__ = ["analyse_fit", "analyse_files", "files_for", "merge_summary", "FIT_ENTRIES"]

#: The registry entries (ids or prefixes) a fit is analysed with.
FIT_ENTRIES = ("fits", "pedestal.effective_exponent")


def _fmt(value: Any, digits: int = JSON_DIGITS) -> str:
    from .claims import format_value
    return format_value(value, digits)


_fmt_digits = _fmt


def _frac(text: str) -> Fraction:
    from .claims import parse_printed
    v = parse_printed(text)
    return Fraction(v) if not isinstance(v, Fraction) else v


def _safe(fn: Callable[[], Any], fmt: Callable[[Any], str] = _fmt) -> tuple[str | None, str | None]:
    """A value as text, or ``None`` and why it does not exist."""
    try:
        return fmt(fn()), None
    except ValueError as exc:  # DomainError, EvaluationError: the quantity does not exist there
        return None, str(exc)


def analyse_fit(fit: Fit, dps: int = 50, slug: str | None = None) -> dict[str, Any]:
    """Every quantity of the report for one fit (values as text, certified to ``dps`` digits and
    shown to ``min(dps, 20)``), and its claims through the ledger, their ids ``fits.<slug>.<what>``
    (``slug``: by default :func:`fit_slug` of the name; :func:`analyse_files` keeps them unique)."""
    _fmt = lambda v: _fmt_digits(v, min(dps, JSON_DIGITS))  # noqa: E731
    out: dict[str, Any] = {"name": fit.name, "source": fit.source, "form": fit.form, "file": fit.file,
                           "parameters": dict(fit.printed), "notes": fit.notes}
    p = fit.parameters
    if fit.form == "two-term":
        ab = parameters_of(fit, "A", "B", "alpha", "beta")
        eaa = parameters_of(fit, "E", "A", "alpha")
        out["law"] = "L(N, D) = E + A/N^alpha + B/D^beta"
        out["derived"] = {
            "a": _fmt(exponent_a(fit, dps)), "b": _fmt(exponent_b(fit, dps)), "G": _fmt(coefficient_G(fit, dps)),
            "gamma": _fmt(gamma_exponent(fit, dps)),
            "reducible_halving_factor": _fmt(reducible_halving(fit, dps)),
        }
        sizes = []
        for n in SIZES:
            N = _frac(n)
            halving, why = _safe(lambda: entry_value("fits.halving_factor", dps, N=N, **eaa), _fmt)
            sizes.append({"N": n, "pedestal_ratio": _fmt(entry_value("fits.pedestal_ratio", dps, N=N, **eaa)),
                          "effective_exponent": _fmt(entry_value("pedestal.effective_exponent", dps, N=N, **eaa)),
                          "halving_factor": halving,
                          **({"halving_factor_note": "the total loss cannot halve: A N^-alpha <= E"} if why else {})})
        out["sizes"] = sizes
        out["crossings"] = []
        for lv in LEVELS:
            level = _frac(lv)
            n_cross, why_n = _safe(lambda: entry_value("fits.crossing_size", dps, level=level, **eaa), _fmt)
            d_cross, why_d = _safe(lambda: data_crossing(fit, dps, level), _fmt)
            out["crossings"].append({"level": lv, "N": n_cross, "D": d_cross,
                                     **({"N_note": "alpha is at or below the level: no crossing"} if why_n else {}),
                                     **({"D_note": "beta is at or below the level: no crossing"} if why_d else {})})
        out["budgets"] = []
        for c in BUDGETS:
            C = _frac(c)
            out["budgets"].append({
                "C": c, "n_opt": _fmt(entry_value("fits.n_opt", dps, C=C, **ab)),
                "d_opt": _fmt(entry_value("fits.d_opt", dps, C=C, **ab)),
                "tokens_per_parameter": _fmt(entry_value("fits.tokens_per_parameter", dps, C=C, **ab)),
                "loss_at_optimum": _fmt(entry_value("fits.loss_at_optimum", dps, C=C, E=p["E"], **ab)),
                "compute_exponent": _fmt(entry_value("fits.compute_exponent", dps, C=C, E=p["E"], **ab))})
    else:
        v, scale = fit.variable, fit.scale_name
        out["law"] = f"L({v}) = ({scale}/{v})^alpha"
        alpha = p["alpha"]
        out["derived"] = {"effective_exponent": _fmt(exponent_one(fit, dps)),
                          "halving_factor": _fmt(reducible_halving(fit, dps)),
                          "pedestal_ratio": "0"}
        out["sizes"] = [{v: n, "loss": _fmt(entry_value("fits.one_term", dps, N=_frac(n), **one_term_parameters(fit)))}
                        for n in SIZES]
        out["crossings"] = [{"level": lv, v: None,
                             f"{v}_note": (f"alpha = {fit.printed['alpha']} is below {lv} at every size"
                                           if alpha < _frac(lv) else
                                           f"alpha = {fit.printed['alpha']} is above {lv} at every size")
                             if alpha != _frac(lv) else f"alpha equals {lv} at every size"} for lv in LEVELS]
        out["budgets"] = []
        out["not_defined"] = ("compute-optimal allocation, loss at the optimum, crossing sizes: a law in one "
                              "variable has no budget trade-off and a constant exponent")
    out["claims"] = [check_fit_claim(fit, k, c, dps, slug) for k, c in enumerate(fit.claims)]
    return out


def _shown(path: str | Path) -> str:
    """How a file is named in the report: the shipped one by its place in the package (the same in
    every clone), the others as given."""
    try:
        if Path(path).resolve() == SHIPPED.resolve():
            return "verify/data/fits.toml"
    except OSError:
        pass
    return str(path)


def analyse_files(paths: Sequence[str | Path], dps: int = 50,
                  memo: MutableMapping[str, str] | None = None) -> dict[str, Any]:
    """The ``report["fits"]`` section: every fit of every file, the refused ones, a summary.

    ``memo`` (the cache's rule outputs) serves the replays of the :data:`FIT_ENTRIES` the
    analysis evaluates, when this process has not replayed them yet (a run's workers did)."""
    if memo is not None:
        import derivations
        for d in derivations.select(FIT_ENTRIES):
            d.replay(memo)
    fits_out, refused, files = [], [], []
    slugs: set[str] = set()
    for path in paths:
        shown = _shown(path)
        fits, errors = load_file(path, shown)
        files.append(shown)
        refused.extend(e.as_dict() for e in errors)
        for fit in fits:
            slug, n = fit_slug(fit.name), 1
            while slug in slugs:  # two fits (in two files, or "Fit A" and "fit-a") never share claim ids
                n += 1
                slug = f"{fit_slug(fit.name)}_{n}"
            slugs.add(slug)
            try:
                fits_out.append(analyse_fit(fit, dps, slug))
            except ValueError as exc:  # a fit whose values do not exist at all (overflow, ...)
                refused.append(FitFileError(fit.file, fit.name, None, f"cannot be analysed: {exc}").as_dict())
    claims = [c for f in fits_out for c in f["claims"]]
    summary = {"files": len(files), "fits": len(fits_out), "refused": len(refused), "claims": len(claims)}
    from .claims import STATUSES
    for status in STATUSES:
        summary[status] = sum(c["status"] == status for c in claims)
    return {"files": files, "fits": fits_out, "refused": refused, "summary": summary}


def files_for(fits_args: Sequence[str] | None, ids: Sequence[str], paths: Sequence[str]) -> list[str | Path]:
    """The fits files a ``python -m verify`` run analyses: those of ``--fits``; else the shipped
    file when the run checks every shipped derivation or a ``fits`` entry; else none."""
    if fits_args:
        return list(fits_args)
    if (not ids and not paths) or any(i == "fits" or i.startswith("fits.") for i in ids):
        return [SHIPPED]
    return []


def merge_summary(report: dict[str, Any]) -> None:
    """Count the fits' claims in the report's ledger summary (and the fits, and the refused)."""
    fs, s = report["fits"]["summary"], report["summary"]
    from .claims import STATUSES, SUMMARY_KEYS
    s["claims"] += fs["claims"]
    for status in STATUSES:
        key = SUMMARY_KEYS.get(status, status)
        s[key] = s.get(key, 0) + fs.get(status, 0)
    s["fits"], s["fits_refused"] = fs["fits"], fs["refused"]

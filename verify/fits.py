"""Published scaling-law fits from TOML files: validation, analysis, claims, report.

A fits file holds one ``[[fit]]`` table per fit: its ``name``, ``source`` (paper, table or
equation), ``form`` (``"two-term"``: ``L(N, D) = E + A/N^α + B/D^β``; ``"one-term"``:
``L = (X_c/X)^α`` in one variable ``X``), its parameters exactly as printed, as strings
(``alpha = "0.34"``), and optionally the numbers the paper prints from the fit
(``[[fit.claims]]``), each of which becomes a claim of the ledger (:mod:`verify.claims`),
computed through the registry entries of :mod:`derivations.fits`. See the README for the
format. The shipped file ``verify/data/fits.toml`` holds Chinchilla (Hoffmann et al.
2022), its replication (Besiroglu et al. 2024) and Kaplan et al. (2020).

A bad file or fit is refused with a :class:`FitFileError` (a ``ValueError``) naming the
file, the fit and the field; the other fits of the file are still analysed.

>>> fits, errors = load_text('''
... [[fit]]
... name = "toy"
... source = "nowhere"
... form = "two-term"
... parameters = {E = "1", A = "1", B = "1", alpha = "0.5", beta = "0.5"}
... ''', "toy.toml")
>>> result = analyse_fit(fits[0], dps=20)
>>> result["derived"]["a"], errors
('0.5', [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import mpmath
import sympy

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

__all__ = [
    "FitFileError",
    "Fit",
    "FitClaim",
    "SHIPPED",
    "SIZES",
    "LEVELS",
    "BUDGETS",
    "CLAIM_KINDS",
    "load_text",
    "load_file",
    "parse_number",
    "fit_slug",
    "analyse_fit",
    "analyse_files",
    "render_table",
    "render_summary",
    "render_latex",
    "files_for",
    "merge_summary",
]

#: The fits file shipped with the package, analysed by a plain ``python -m verify``.
SHIPPED = Path(__file__).parent / "data" / "fits.toml"
#: Sizes at which the report gives the pedestal ratio and the effective exponent.
SIZES = ("1e9", "1e10", "1e11", "1e12")
#: Levels of the effective exponent whose crossing sizes are reported: S's A band 0.05–0.1.
LEVELS = ("0.1", "0.05")
#: Budgets (FLOPs) at which the report gives the compute-optimal allocation.
BUDGETS = ("1e21", "5.76e23", "1e25")
#: Digits of the values in the JSON report (the values are certified to the run's precision).
JSON_DIGITS = 20

FORMS = ("two-term", "one-term")
TWO_TERM = ("E", "A", "B", "alpha", "beta")
RELATIONS = {"=": "=", "≈": "≈", "~": "∼", "∼": "∼"}


class FitFileError(ValueError):
    """A fits file, a fit or one of its fields that cannot be used; names all three.

    >>> str(FitFileError("f.toml", "Chinchilla", "alpha", "missing"))
    "f.toml: fit 'Chinchilla': field 'alpha': missing"
    """

    def __init__(self, path: str, fit: str | None, field: str | None, reason: str):
        self.path, self.fit, self.field, self.reason = str(path), fit, field, reason
        where = [self.path]
        if fit is not None:
            where.append(f"fit {fit!r}")
        if field is not None:
            where.append(f"field {field!r}")
        super().__init__(": ".join(where) + f": {reason}")

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.path, "fit": self.fit, "field": self.field, "reason": self.reason,
                "message": str(self)}


@dataclass(frozen=True)
class FitClaim:
    """A number a paper prints from a fit: what it is, the printed value, the inputs."""

    what: str
    printed: str
    relation: str
    inputs: Mapping[str, Fraction]
    inputs_printed: Mapping[str, str]
    statement: str = ""
    where: str = ""
    erratum: str | None = None
    note: str = ""
    quoted: bool = False
    comment: str | None = None


@dataclass(frozen=True)
class Fit:
    """One validated fit: parameters as exact fractions and as printed."""

    name: str
    source: str
    form: str
    parameters: Mapping[str, Fraction]
    printed: Mapping[str, str]
    file: str
    variable: str = "N"
    claims: tuple[FitClaim, ...] = field(default_factory=tuple)
    notes: str = ""

    @property
    def scale_name(self) -> str:
        return f"{self.variable}_c"


# -- the quantities a claim can name ---------------------------------------------------------

def _ev(ident: str, dps: int, **params: Any) -> mpmath.mpf:
    import derivations
    return derivations.get(ident).evaluate(dps=dps, **params)


def _two(fit: Fit, *names: str) -> dict[str, Fraction]:
    return {n: fit.parameters[n] for n in names}


def _budget_exponent(ident: str, fit: Fit, dps: int) -> mpmath.mpf:
    """d ln X / d ln C of an allocation entry (fits.n_opt, fits.d_opt) from its values at two
    budgets: exact, since X is a power law in C."""
    p = _two(fit, "A", "B", "alpha", "beta")
    with mpmath.workdps(dps + 10):
        out = mpmath.log(_ev(ident, dps + 10, C=2 * 10**20, **p) / _ev(ident, dps + 10, C=10**20, **p), 2)
    with mpmath.workdps(dps):
        return +out


def _exponent_a(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """a = d ln N_opt / d ln C (fits.n_opt)."""
    return _budget_exponent("fits.n_opt", fit, dps)


def _exponent_b(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """b = d ln D_opt / d ln C (fits.d_opt)."""
    return _budget_exponent("fits.d_opt", fit, dps)


def _coefficient_G(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """G = N_opt at C = 6 (fits.n_opt)."""
    return _ev("fits.n_opt", dps, C=6, **_two(fit, "A", "B", "alpha", "beta"))


def _gamma(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """γ = αβ/(α+β), the exponent of the optimal loss in C without a pedestal (fits.compute_exponent, E → 0)."""
    with mpmath.workdps(dps + 10):
        al, be = (mpmath.mpf(fit.parameters[n].numerator) / fit.parameters[n].denominator for n in ("alpha", "beta"))
        out = al * be / (al + be)
    with mpmath.workdps(dps):
        return +out


def _at_C(ident: str, names: Sequence[str]) -> Callable[..., mpmath.mpf]:
    return lambda fit, dps, C: _ev(ident, dps, C=C, **_two(fit, *names))


def _at_N(ident: str) -> Callable[..., mpmath.mpf]:
    return lambda fit, dps, N: _ev(ident, dps, N=N, **_two(fit, "E", "A", "alpha"))


def _effective_two(fit: Fit, dps: int, N: Fraction) -> mpmath.mpf:
    return _ev("pedestal.effective_exponent", dps, N=N, **_two(fit, "E", "A", "alpha"))


def _crossing_two(fit: Fit, dps: int, level: Fraction) -> mpmath.mpf:
    return _ev("fits.crossing_size", dps, level=level, **_two(fit, "E", "A", "alpha"))


def _crossing_data(fit: Fit, dps: int, level: Fraction) -> mpmath.mpf:
    p = fit.parameters
    return _ev("fits.crossing_size", dps, level=level, E=p["E"], A=p["B"], alpha=p["beta"])


def _loss_two(fit: Fit, dps: int, N: Fraction, D: Fraction) -> mpmath.mpf:
    """The law itself at (N, D), E + A/N^α + B/D^β (the premise of every fits entry)."""
    p = {k: mpmath.mpf(v.numerator) / v.denominator for k, v in fit.parameters.items()}
    with mpmath.workdps(dps + 15):
        n, d = (mpmath.mpf(x.numerator) / x.denominator for x in (N, D))
        out = p["E"] + p["A"] * mpmath.power(n, -p["alpha"]) + p["B"] * mpmath.power(d, -p["beta"])
    with mpmath.workdps(dps):
        return +out


def _reducible_halving(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    return _ev("llm.resource_factor", dps, F=2, alpha=fit.parameters["alpha"])


def _one(fit: Fit) -> dict[str, Fraction]:
    return {"N_c": fit.parameters[fit.scale_name], "alpha": fit.parameters["alpha"]}


def _loss_one(fit: Fit, dps: int, **inputs: Fraction) -> mpmath.mpf:
    return _ev("fits.one_term", dps, N=inputs[fit.variable], **_one(fit))


def _exponent_one(fit: Fit, dps: int, **_: Any) -> mpmath.mpf:
    """The effective exponent of a one-term law: α at every size (fits.one_term's log-derivative)."""
    a = fit.parameters["alpha"]
    with mpmath.workdps(dps):
        return mpmath.mpf(a.numerator) / a.denominator


#: what -> (forms it applies to, required inputs, function, registry id, description)
CLAIM_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], Callable[..., Any], str, str]] = {
    "a": (("two-term",), (), _exponent_a, "fits.n_opt", "exponent a of N_opt ∝ C^a, β/(α+β)"),
    "b": (("two-term",), (), _exponent_b, "fits.d_opt", "exponent b of D_opt ∝ C^b, α/(α+β)"),
    "G": (("two-term",), (), _coefficient_G, "fits.n_opt", "G = (αA/(βB))^(1/(α+β))"),
    "gamma": (("two-term",), (), _gamma, "fits.compute_exponent",
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
    "crossing_tokens": (("two-term",), ("level",), _crossing_data, "fits.crossing_size",
                        "D at which the effective exponent of the D-term falls to the level"),
    "halving_factor": (("two-term",), ("N",), _at_N("fits.halving_factor"), "fits.halving_factor",
                       "growth of N that halves the total loss"),
    "reducible_halving_factor": (("two-term",), (), _reducible_halving, "llm.resource_factor",
                                 "growth of N that halves the reducible loss, 2^(1/α)"),
    "loss": (("two-term",), ("N", "D"), _loss_two, "fits.n_opt",
             "the law at (N, D) (the premise 'law' of fits.n_opt)"),
}
#: One-term laws: the same names where the quantity exists (inputs use the law's variable).
ONE_TERM_KINDS: dict[str, tuple[Callable[..., Any], str]] = {
    "loss": (_loss_one, "fits.one_term"),
    "effective_exponent": (_exponent_one, "fits.one_term"),
    "halving_factor": (lambda fit, dps, **_: _ev("llm.resource_factor", dps, F=2, alpha=fit.parameters["alpha"]),
                       "fits.one_term"),
}


# -- reading and validating ------------------------------------------------------------------

#: A decimal numeral: ``0.34``, ``406``, ``.5``, ``8.8e13``.
_DECIMAL_NUMERAL = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,6})?"
#: The forms a fits file may print a number in: a decimal numeral, ``8.8·10^{13}`` (``×``, ``*``),
#: ``10^{13}``, a fraction of numerals ``1/3``. Nothing else reaches a parser (an expression such as
#: ``2**3**4**5`` or ``10^{10^9}`` would take unbounded time to evaluate).
_PRINTED_NUMBER = re.compile(
    rf"\s*(?:(?P<dec>{_DECIMAL_NUMERAL})"
    rf"|(?P<mant>{_DECIMAL_NUMERAL})?\s*(?(mant)[·×*]\s*)10\s*\^\s*(?:\{{\s*(?P<e1>[+-]?\d{{1,6}})\s*\}}|(?P<e2>[+-]?\d{{1,6}}))"
    rf"|(?P<num>{_DECIMAL_NUMERAL})\s*/\s*(?P<den>{_DECIMAL_NUMERAL}))\s*")
#: The magnitudes a fits file may hold (parameters, claim inputs, printed values): the range the
#: package is tested over (``tests/test_edges.py``: sizes to 10^300, exponents to 10^-300).
MAGNITUDE = (Fraction(1, 10**300), Fraction(10**300))


def parse_number(text: str) -> Fraction | None:
    """A number as a fits file prints it, exactly; ``None`` if it is not one of the forms.

    >>> parse_number("8.8·10^{13}"), parse_number("0.34"), parse_number("1/3")
    (Fraction(88000000000000, 1), Fraction(17, 50), Fraction(1, 3))
    >>> parse_number("2**3**4**5") is None, parse_number("true") is None
    (True, True)
    """
    m = _PRINTED_NUMBER.fullmatch(text) if isinstance(text, str) else None
    if not m:
        return None
    if m.group("dec"):
        return Fraction(m.group("dec"))
    if m.group("num"):
        den = Fraction(m.group("den"))
        return Fraction(m.group("num")) / den if den else None
    power = int(m.group("e1") or m.group("e2"))
    return Fraction(m.group("mant") or 1) * Fraction(10) ** power


def _number(text: Any, path: str, fit: str, name: str) -> Fraction:
    """A printed number (a string) as an exact fraction: ``"0.34"``, ``"8.8e13"``, ``"8.8·10^{13}"``."""
    if isinstance(text, float) and not mpmath.isfinite(text):
        raise FitFileError(path, fit, name, f"{text!r} is not a finite number")
    if not isinstance(text, str):
        kind = {bool: "a boolean", int: "a TOML integer", float: "a TOML float"}.get(type(text), type(text).__name__)
        raise FitFileError(path, fit, name, f"{text!r} is {kind}: write the number as printed, as a string "
                                            f"(\"{text!r}\" rather than {text!r}), so that no digit is lost"
                           if isinstance(text, (int, float)) and not isinstance(text, bool) else
                           f"{text!r} is {kind}: write the number as printed, as a string (\"0.34\")")
    value = parse_number(text)
    if value is None:
        raise FitFileError(path, fit, name, f"{text!r} is not a number (write it as printed: \"0.34\", "
                                            f"\"8.8e13\", \"8.8·10^{{13}}\", \"1/3\")")
    if value and not MAGNITUDE[0] <= abs(value) <= MAGNITUDE[1]:
        raise FitFileError(path, fit, name, f"{text!r} is outside the magnitudes the analysis supports, "
                                            "10^-300 to 10^300")
    return value


def _string(table: Mapping[str, Any], key: str, path: str, fit: str, required: bool = True) -> str:
    value = table.get(key)
    if value is None:
        if required:
            raise FitFileError(path, fit, key, "missing")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise FitFileError(path, fit, key, f"{value!r} must be a non-empty string")
    return value


#: The fields of a ``[[fit.claims]]`` table besides the claim's inputs.
_CLAIM_FIELDS = ("what", "printed", "relation", "statement", "where", "erratum", "comment", "note", "quoted")


def _parse_claim(raw: Any, k: int, form: str, variable: str, path: str, fit: str) -> FitClaim:
    where = f"claims[{k}]"
    if not isinstance(raw, dict):
        raise FitFileError(path, fit, where, "each [[fit.claims]] must be a table")
    what = raw.get("what")
    kinds = sorted(n for n, spec in CLAIM_KINDS.items() if form in spec[0]) if form == "two-term" \
        else sorted(ONE_TERM_KINDS)
    if what not in kinds:
        raise FitFileError(path, fit, f"{where}.what", f"{what!r} is not a quantity of a {form} fit: one of "
                                                        f"{', '.join(kinds)}")
    printed = raw.get("printed")
    if printed is None:
        raise FitFileError(path, fit, f"{where}.printed", "missing: the value the paper prints, as a string")
    _number(printed, path, fit, f"{where}.printed")  # a number in one of the printed forms, in range
    relation = raw.get("relation", "≈")
    if relation not in RELATIONS:
        raise FitFileError(path, fit, f"{where}.relation", f"{relation!r} is not one of '=', '≈', '∼' ('~')")
    if form == "two-term":
        needed = CLAIM_KINDS[what][1]
    else:
        needed = (variable,) if what == "loss" else ()
    inputs, shown = {}, {}
    for name in needed:
        if name not in raw:
            raise FitFileError(path, fit, f"{where}.{name}", f"missing: the claim {what!r} is evaluated at a given "
                                                              f"{name}")
        value = _number(raw[name], path, fit, f"{where}.{name}")
        if value <= 0:
            raise FitFileError(path, fit, f"{where}.{name}", f"{raw[name]!r} must be positive")
        inputs[name], shown[name] = value, str(raw[name])
    known = {*_CLAIM_FIELDS, *needed}
    extra = sorted(set(raw) - known)
    if extra:
        raise FitFileError(path, fit, f"{where}.{extra[0]}", f"unknown field; a {what!r} claim takes "
                                                              f"{', '.join(sorted(known))}")
    erratum = raw.get("erratum")
    if erratum is not None and (not isinstance(erratum, str) or not erratum.strip()):
        raise FitFileError(path, fit, f"{where}.erratum", "must be a sentence saying why the printed value fails")
    comment = raw.get("comment")
    if comment is not None and (not isinstance(comment, str) or not comment.strip()):
        raise FitFileError(path, fit, f"{where}.comment", "must be a sentence saying why the printed value is not "
                                                          "what this fit gives")
    if comment is not None and erratum is not None:
        raise FitFileError(path, fit, f"{where}.comment", "a claim records an erratum or a comment, not both")
    quoted = raw.get("quoted", False)
    if not isinstance(quoted, bool):
        raise FitFileError(path, fit, f"{where}.quoted", f"{quoted!r} must be true or false")
    return FitClaim(what=what, printed=printed, relation=RELATIONS[relation], inputs=inputs, inputs_printed=shown,
                    statement=str(raw.get("statement", "")), where=str(raw.get("where", "")), erratum=erratum,
                    note=str(raw.get("note", "")), quoted=quoted, comment=comment)


def _claim_exists(claim: FitClaim, k: int, values: Mapping[str, Fraction], printed: Mapping[str, str], path: str,
                  fit: str) -> None:
    """Refuse a claim whose quantity does not exist at its input, before any work: a level the
    effective exponent never reaches (at or above the exponent), a size at which the total loss
    cannot halve (the pedestal is half the loss or more)."""
    where = f"claims[{k}]"
    if claim.what in ("crossing_size", "crossing_tokens"):
        exponent = "alpha" if claim.what == "crossing_size" else "beta"
        if not claim.inputs["level"] < values[exponent]:
            raise FitFileError(path, fit, f"{where}.level",
                               f"{claim.inputs_printed['level']!r} is not below {exponent} = {printed[exponent]}: "
                               f"the effective exponent of the {'N' if exponent == 'alpha' else 'D'}-term lies "
                               f"between 0 and {exponent}, so it never falls to that level")
    if claim.what == "halving_factor" and "E" in values:
        from derivations import DomainError, get
        try:
            get("fits.halving_factor").validate({"N": claim.inputs["N"], "E": values["E"], "A": values["A"],
                                                 "alpha": values["alpha"]})
        except DomainError:
            raise FitFileError(path, fit, f"{where}.N",
                               f"{claim.inputs_printed['N']!r}: at this size the total loss never halves (A "
                               "N^-alpha <= E: it cannot fall below the pedestal E)") from None


def _parse_fit(raw: Any, k: int, path: str, names: set[str]) -> Fit:
    if not isinstance(raw, dict):
        raise FitFileError(path, f"#{k + 1}", None, "each [[fit]] must be a table")
    label = raw.get("name") if isinstance(raw.get("name"), str) and raw.get("name").strip() else f"#{k + 1}"
    name = _string(raw, "name", path, label)
    if name in names:
        raise FitFileError(path, name, "name", "another fit in this file has the same name")
    source = _string(raw, "source", path, name)
    form = raw.get("form")
    if form not in FORMS:
        raise FitFileError(path, name, "form", f"{form!r} is not a known form: \"two-term\" "
                                               f"(E + A/N^alpha + B/D^beta) or \"one-term\" ((X_c/X)^alpha)")
    variable = raw.get("variable", "N")
    if form == "one-term" and (not isinstance(variable, str) or not re.fullmatch(r"[A-Za-z]\w*", variable)
                               or variable in _CLAIM_FIELDS or variable == "alpha"):
        raise FitFileError(path, name, "variable", f"{variable!r} must be the name of the law's variable (N, D, C), "
                                                   f"not alpha or a claim's field ({', '.join(_CLAIM_FIELDS)})")
    if form == "two-term" and "variable" in raw:
        raise FitFileError(path, name, "variable", "only a one-term law has a variable of its choosing")
    params = raw.get("parameters")
    if not isinstance(params, dict):
        raise FitFileError(path, name, "parameters", "missing: a table [fit.parameters] of the printed values")
    expected = TWO_TERM if form == "two-term" else ("alpha", f"{variable}_c")
    for key in expected:
        if key not in params:
            raise FitFileError(path, name, f"parameters.{key}",
                               f"missing (a {form} fit has {', '.join(expected)})")
    extra = sorted(set(params) - set(expected))
    if extra:
        raise FitFileError(path, name, f"parameters.{extra[0]}",
                           f"unknown parameter (a {form} fit has {', '.join(expected)})")
    values: dict[str, Fraction] = {}
    for key in expected:
        value = _number(params[key], path, name, f"parameters.{key}")
        if value <= 0:
            kind = "an exponent" if key in ("alpha", "beta") else "a coefficient" if key in ("A", "B") \
                else "the irreducible loss" if key == "E" else "a scale"
            raise FitFileError(path, name, f"parameters.{key}", f"{params[key]!r}: {kind} must be positive")
        values[key] = value
    known = {"name", "source", "form", "variable", "parameters", "claims", "notes"}
    stray = sorted(set(raw) - known)
    if stray:
        raise FitFileError(path, name, stray[0], f"unknown field; a fit has {', '.join(sorted(known))}")
    raw_claims = raw.get("claims", [])
    if not isinstance(raw_claims, list):
        raise FitFileError(path, name, "claims", "write each claim as a [[fit.claims]] table")
    claims = tuple(_parse_claim(c, j, form, variable, path, name) for j, c in enumerate(raw_claims))
    for j, claim in enumerate(claims):
        _claim_exists(claim, j, values, {key: str(params[key]) for key in expected}, path, name)
    notes = raw.get("notes", "")
    if not isinstance(notes, str):
        raise FitFileError(path, name, "notes", "must be a string")
    return Fit(name=name, source=source, form=form, parameters=values, printed={k: str(params[k]) for k in expected},
               file=path, variable=variable, claims=claims, notes=notes)


def load_text(text: str, path: str = "<string>") -> tuple[list[Fit], list[FitFileError]]:
    """The valid fits of a TOML text and the errors of the refused ones (never raises for bad content).

    A TOML syntax error refuses the whole file (one error); a bad fit refuses that fit only.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [FitFileError(path, None, None, f"not valid TOML: {exc}")]
    raw = data.get("fit")
    if not isinstance(raw, list) or not raw:
        return [], [FitFileError(path, None, "fit", "no [[fit]] tables in the file")]
    stray = sorted(set(data) - {"fit"})
    errors: list[FitFileError] = []
    if stray:
        errors.append(FitFileError(path, None, stray[0], "unknown top-level table (fits are [[fit]] tables); "
                                                         "ignored"))
    fits: list[Fit] = []
    names: set[str] = set()
    for k, entry in enumerate(raw):
        try:
            fit = _parse_fit(entry, k, path, names)
        except FitFileError as exc:
            errors.append(exc)
            continue
        names.add(fit.name)
        fits.append(fit)
    return fits, errors


def load_file(path: str | Path) -> tuple[list[Fit], list[FitFileError]]:
    """:func:`load_text` on a file; a file that cannot be read is one error naming it."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot be read: {exc}"
        return [], [FitFileError(shown, None, None, reason)]
    return load_text(text, shown)


# -- analysis ---------------------------------------------------------------------------------

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


def _correct_value(value: mpmath.mpf, printed: str, relation: str, scaled: bool = False) -> str:
    """The computed value as the paper could have printed it: to the printed decimals, or 4 figures
    (``92.65``, ``3.219e10``: either holds under the ledger's ``≈`` rule). ``scaled``: the value is
    the mantissa of a number printed in scientific notation; to the printed decimals only while it
    stays a mantissa (1 to 1000), else 4 figures with their own power of ten. Never more than 15
    figures (the value is certified to 15 digits at least).

    >>> _correct_value(mpmath.mpf("92.6489"), "20", "≈"), _correct_value(mpmath.mpf("4.082e199"), "1", "≈")
    ('93', '4.082e199')
    >>> _correct_value(mpmath.mpf("40.31"), "70", "≈", scaled=True), _correct_value(mpmath.mpf("0.0301"), "1.4", "≈", scaled=True)
    ('40', '3.010e-2')
    """
    m = re.fullmatch(r"[+-]?\d+(?:\.(\d+))?", printed.strip())
    with mpmath.workdps(40):
        v = mpmath.mpf(value)
        if v == 0:
            return "0"
        if m and relation == "≈" and abs(v) < 10**15 and (not scaled or 1 <= abs(v) < 1000):
            decimals = len(m.group(1) or "")
            if abs(v) >= mpmath.mpf(10) ** (1 - decimals):  # at least two significant digits
                return _fixed(v, decimals)
        exponent = int(mpmath.floor(mpmath.log10(abs(v))))
        if -3 <= exponent <= 4 and not scaled:
            return _fixed(v, 3 - exponent)
        mantissa = v / mpmath.mpf(10) ** exponent
        if abs(mpmath.mpf(_fixed(mantissa, 3))) >= 10:  # 9.9996 rounds up to 10.000
            exponent, mantissa = exponent + 1, mantissa / 10
        return f"{_fixed(mantissa, 3)}e{exponent}"


def _times_ten(text: str, power: int) -> str:
    """A value written at the scale ``10^power`` written at its own: ``("132.6", 6)`` → ``132.6e6``,
    ``("3.010e-2", 12)`` → ``3.010e10``."""
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa}e{int(exponent) + power}"
    return f"{text}e{power}"


#: A printed number in scientific notation: mantissa and power of ten (``1.8e9``, ``7·10^{10}``).
_SCIENTIFIC = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*(?:[eE]|[·×*x]\s*10\s*\^)\s*\{?\s*([+-]?\d+)\s*\}?\s*$")


def _fixed(v: mpmath.mpf, decimals: int) -> str:
    """``v`` rounded half-even to ``decimals`` places, as a plain decimal numeral."""
    q = Fraction(mpmath.nstr(v, 60, min_fixed=-mpmath.inf, max_fixed=mpmath.inf))
    scaled = round(q * 10**decimals)
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled)).rjust(decimals + 1, "0")
    return sign + (digits[:-decimals] + "." + digits[-decimals:] if decimals else digits)


def fit_slug(name: str) -> str:
    """The part of a fit's claim ids that names it: its name in lower-case ASCII letters, digits
    and ``_`` (accents dropped); a name with none of those is named by a hash of it.

    >>> fit_slug("Chinchilla"), fit_slug("Hoffmann et al. (2022)"), fit_slug("Müller"), fit_slug("日本")
    ('chinchilla', 'hoffmann_et_al_2022', 'muller', 'fit_cf2abf0c')
    """
    import hashlib
    import unicodedata
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    return slug or "fit_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


def _claim_id(fit: Fit, k: int, claim: FitClaim, slug: str | None = None) -> str:
    slug = slug or fit_slug(fit.name)
    return f"fits.{slug}.{claim.what}" + (f".{k + 1}" if sum(c.what == claim.what for c in fit.claims) > 1 else "")


def _claim_function(fit: Fit, claim: FitClaim) -> tuple[Callable[[int], Any], str]:
    if fit.form == "two-term":
        fn, ident = CLAIM_KINDS[claim.what][2], CLAIM_KINDS[claim.what][3]
    else:
        fn, ident = ONE_TERM_KINDS[claim.what]
    return (lambda dps: fn(fit, dps, **claim.inputs)), ident


def _claim_expression(fit: Fit, claim: FitClaim) -> sympy.Expr:
    """The claim's quantity as a SymPy expression in the fit's parameters (symbols named as in the
    file), the claim's own inputs substituted: the registry entry's derived closed form
    (``result``), with ``a``, ``b`` its logarithmic derivative in ``C``. For the rounding rule of
    printed inputs (:mod:`verify.printed_rounding`)."""
    import derivations

    P = sympy.Symbol
    given = {k: sympy.Rational(v.numerator, v.denominator) for k, v in claim.inputs.items()}

    def closed(ident: str, names: Mapping[str, Any]) -> sympy.Expr:
        rhs = derivations.get(ident).result.rhs
        return rhs.xreplace({s: names[s.name] for s in rhs.free_symbols if s.name in names})

    what = claim.what
    if fit.form != "two-term":
        if what == "loss":
            return closed("fits.one_term", {"N_c": P(fit.scale_name), "alpha": P("alpha"), "N": given[fit.variable]})
        return P("alpha") if what == "effective_exponent" else 2 ** (1 / P("alpha"))
    two = {n: P(n) for n in ("E", "A", "B", "alpha", "beta")}
    if what in ("n_opt", "d_opt", "tokens_per_parameter", "loss_at_optimum", "compute_exponent"):
        return closed(CLAIM_KINDS[what][3], {**two, "C": given["C"]})
    if what in ("a", "b"):
        rhs = derivations.get("fits.n_opt" if what == "a" else "fits.d_opt").result.rhs
        C = next(s for s in rhs.free_symbols if s.name == "C")
        slope = sympy.simplify(C * sympy.diff(rhs, C) / rhs)  # d ln X / d ln C: no C left
        return slope.xreplace({s: two[s.name] for s in slope.free_symbols if s.name in two})
    if what == "G":
        return closed("fits.n_opt", {**two, "C": 6})
    if what == "gamma":
        return two["alpha"] * two["beta"] / (two["alpha"] + two["beta"])
    if what in ("pedestal_ratio", "halving_factor", "effective_exponent"):
        return closed(CLAIM_KINDS[what][3], {**two, "N": given["N"]})
    if what == "crossing_size":
        return closed("fits.crossing_size", {**two, "level": given["level"]})
    if what == "crossing_tokens":
        return closed("fits.crossing_size", {"A": two["B"], "E": two["E"], "alpha": two["beta"],
                                             "level": given["level"]})
    if what == "reducible_halving_factor":
        return 2 ** (1 / two["alpha"])
    if what == "loss":
        return two["E"] + two["A"] * given["N"] ** -two["alpha"] + two["B"] * given["D"] ** -two["beta"]
    raise ValueError(f"no expression for the claim {what!r}")


def check_fit_claim(fit: Fit, k: int, claim: FitClaim, dps: int, slug: str | None = None) -> dict[str, Any]:
    """A printed number of the fit's paper through the ledger (:func:`verify.claims.check_claim`).

    The printed value is checked against the quantity computed from the fit as printed, to the
    digits it shows (``70e9``: within half of ``10^9``). When it does not hold there, the fit's
    parameters stand for the intervals their digits allow (``0.34``: ``[0.335, 0.345]``) and
    the quantity's enclosure over that box decides: ``consistent`` within the printed
    precision, or a slip. A slip must be declared in the file — ``erratum`` (the printed value
    is wrong) or ``comment`` (it is not what this fit produces, e.g. it came from another
    method) — with the computed value, printed to the paper's digits, as the correct value;
    an undeclared one is ``failed`` (a typo in one's own numbers fails CI). A quantity that
    cannot be computed is ``failed``.
    """
    from derivations import Claim
    from .claims import check_claim
    fn, ident = _claim_function(fit, claim)
    at = ", ".join(f"{n} = {v}" for n, v in claim.inputs_printed.items())
    statement = claim.statement or f"{claim.what}{f' at {at}' if at else ''} from the fit {fit.name}"
    paper = claim.where or fit.source

    def compute() -> Any:
        return fn(mpmath.mp.dps)

    try:
        expression = _claim_expression(fit, claim)
        inputs = {s.name: fit.printed[s.name] for s in sorted(expression.free_symbols, key=str)}
    except Exception:  # noqa: BLE001 - no enclosure: the printed value is judged at the inputs as printed
        expression, inputs = None, {}
    declared = claim.erratum or claim.comment
    slip: dict[str, Any] = {}
    if declared is not None and not claim.quoted:
        try:
            with mpmath.workdps(dps):
                value = compute()
            sci = _SCIENTIFIC.match(claim.printed) if claim.relation == "≈" else None
            if sci:
                power = int(sci.group(2))
                correct = _times_ten(_correct_value(value / mpmath.mpf(10) ** power, sci.group(1), "≈", scaled=True),
                                     power)
            else:
                correct = _correct_value(value, claim.printed, claim.relation)
        except Exception:  # noqa: BLE001 - check_claim reports the exception as a failed claim
            correct = claim.printed
        slip = {"erratum": declared, "severity": "comment" if claim.comment else "erratum",
                "correct_value": correct, "correct_relation": "≈", "correct": f"{correct} ({ident})"}
    formula = (f"{ident} from the fit's parameters as printed ("
               + ", ".join(f"{n} = {v}" for n, v in fit.printed.items()) + ")" + (f" at {at}" if at else ""))
    c = Claim(id=_claim_id(fit, k, claim, slug), statement=statement, paper=paper, printed=claim.printed,
              compute=compute, relation=claim.relation, note=claim.note, quoted=claim.quoted, formula=formula,
              inputs=inputs if expression is not None and inputs else {},
              expression=expression if inputs else None, **slip)
    record = check_claim(c, dps)
    return {**record, "derivation": ident, "inputs": dict(claim.inputs_printed), "what": claim.what,
            "fit": fit.name, "file": fit.file}


def analyse_fit(fit: Fit, dps: int = 50, slug: str | None = None) -> dict[str, Any]:
    """Every quantity of the report for one fit (values as text, certified to ``dps`` digits and
    shown to ``min(dps, 20)``), and its claims through the ledger, their ids ``fits.<slug>.<what>``
    (``slug``: by default :func:`fit_slug` of the name; :func:`analyse_files` keeps them unique)."""
    _fmt = lambda v: _fmt_digits(v, min(dps, JSON_DIGITS))  # noqa: E731
    out: dict[str, Any] = {"name": fit.name, "source": fit.source, "form": fit.form, "file": fit.file,
                           "parameters": dict(fit.printed), "notes": fit.notes}
    p = fit.parameters
    if fit.form == "two-term":
        ab = _two(fit, "A", "B", "alpha", "beta")
        eaa = _two(fit, "E", "A", "alpha")
        out["law"] = "L(N, D) = E + A/N^alpha + B/D^beta"
        out["derived"] = {
            "a": _fmt(_exponent_a(fit, dps)), "b": _fmt(_exponent_b(fit, dps)), "G": _fmt(_coefficient_G(fit, dps)),
            "gamma": _fmt(_gamma(fit, dps)),
            "reducible_halving_factor": _fmt(_reducible_halving(fit, dps)),
        }
        sizes = []
        for n in SIZES:
            N = _frac(n)
            halving, why = _safe(lambda: _ev("fits.halving_factor", dps, N=N, **eaa), _fmt)
            sizes.append({"N": n, "pedestal_ratio": _fmt(_ev("fits.pedestal_ratio", dps, N=N, **eaa)),
                          "effective_exponent": _fmt(_ev("pedestal.effective_exponent", dps, N=N, **eaa)),
                          "halving_factor": halving,
                          **({"halving_factor_note": "the total loss cannot halve: A N^-alpha <= E"} if why else {})})
        out["sizes"] = sizes
        out["crossings"] = []
        for lv in LEVELS:
            level = _frac(lv)
            n_cross, why_n = _safe(lambda: _ev("fits.crossing_size", dps, level=level, **eaa), _fmt)
            d_cross, why_d = _safe(lambda: _crossing_data(fit, dps, level), _fmt)
            out["crossings"].append({"level": lv, "N": n_cross, "D": d_cross,
                                     **({"N_note": "alpha is at or below the level: no crossing"} if why_n else {}),
                                     **({"D_note": "beta is at or below the level: no crossing"} if why_d else {})})
        out["budgets"] = []
        for c in BUDGETS:
            C = _frac(c)
            out["budgets"].append({
                "C": c, "n_opt": _fmt(_ev("fits.n_opt", dps, C=C, **ab)), "d_opt": _fmt(_ev("fits.d_opt", dps, C=C, **ab)),
                "tokens_per_parameter": _fmt(_ev("fits.tokens_per_parameter", dps, C=C, **ab)),
                "loss_at_optimum": _fmt(_ev("fits.loss_at_optimum", dps, C=C, E=p["E"], **ab)),
                "compute_exponent": _fmt(_ev("fits.compute_exponent", dps, C=C, E=p["E"], **ab))})
    else:
        v, scale = fit.variable, fit.scale_name
        out["law"] = f"L({v}) = ({scale}/{v})^alpha"
        alpha = p["alpha"]
        out["derived"] = {"effective_exponent": _fmt(_exponent_one(fit, dps)),
                          "halving_factor": _fmt(_ev("llm.resource_factor", dps, F=2, alpha=alpha)),
                          "pedestal_ratio": "0"}
        out["sizes"] = [{v: n, "loss": _fmt(_ev("fits.one_term", dps, N=_frac(n), **_one(fit)))} for n in SIZES]
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


def analyse_files(paths: Sequence[str | Path], dps: int = 50) -> dict[str, Any]:
    """The ``report["fits"]`` section: every fit of every file, the refused ones, a summary."""
    fits_out, refused, files = [], [], []
    slugs: set[str] = set()
    for path in paths:
        shown = _shown(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot be read: {exc}"
            fits, errors = [], [FitFileError(shown, None, None, reason)]
        else:
            fits, errors = load_text(text, shown)
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


# -- rendering --------------------------------------------------------------------------------

def _short(text: str | None, digits: int = 4) -> str:
    if text is None:
        return "-"
    with mpmath.workdps(30):
        return mpmath.nstr(mpmath.mpf(text), digits)


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                     .rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def render_table(results: Mapping[str, Any]) -> str:
    """The fits section of the terminal report: one block per fit, then the refused ones."""
    out = []
    for f in results["fits"]:
        params = ", ".join(f"{k} = {v}" for k, v in f["parameters"].items())
        out.append(f"fit {f['name']} [{f['form']}: {f['law']}] ({f['source']}; {f['file']})")
        out.append(f"  parameters: {params}")
        d = f["derived"]
        if f["form"] == "two-term":
            out.append(f"  a = {_short(d['a'])}, b = {_short(d['b'])}, G = {_short(d['G'])}, "
                       f"gamma = {_short(d['gamma'])}, halving the reducible loss: N x {_short(d['reducible_halving_factor'])}")
            rows = [("N", "p(N)", "alpha_eff", "halve total")]
            rows += [(s["N"], _short(s["pedestal_ratio"]), _short(s["effective_exponent"]),
                      _short(s["halving_factor"]) if s["halving_factor"] else "never")
                     for s in f["sizes"]]
            out += ["  " + line for line in _table(rows)]
            out.append("  crossings: " + "; ".join(
                f"alpha_eff = {c['level']} at N = {_short(c['N'])}, D = {_short(c['D'])}" for c in f["crossings"]))
            rows = [("C", "N_opt", "D_opt", "D/N", "L_opt", "alpha_C")]
            rows += [(b["C"], _short(b["n_opt"]), _short(b["d_opt"]), _short(b["tokens_per_parameter"]),
                      _short(b["loss_at_optimum"]), _short(b["compute_exponent"])) for b in f["budgets"]]
            out += ["  " + line for line in _table(rows)]
        else:
            out.append(f"  alpha_eff = alpha = {_short(d['effective_exponent'])} at every size (p = 0); "
                       f"halving the loss: x {_short(d['halving_factor'])}; not defined: {f['not_defined']}")
            v = next(k for k in f["sizes"][0] if k != "loss")
            out.append("  " + "; ".join(f"L({v} = {s[v]}) = {_short(s['loss'])}" for s in f["sizes"]))
            out.append("  crossings: " + "; ".join(c[f"{v}_note"] for c in f["crossings"]))
        for c in f["claims"]:
            at = ", ".join(f"{k} = {v}" for k, v in c["inputs"].items())
            line = (f"  claim {c['id']}: {c['what']}{f' at {at}' if at else ''}: printed {c['relation']} "
                    f"{c['printed']}, computed {_short(c['computed'], 6) if c['computed'] else '-'}: {c['status']}")
            if c["status"] != "verified" and c.get("note"):
                line += f" ({_plain(c['note'])})"
            out.append(line)
        out.append("")
    for e in results["refused"]:
        out.append(f"refused: {e['message']}")
    return "\n".join(out).rstrip()


def render_summary(results: Mapping[str, Any]) -> str:
    """One line: fits analysed and refused, and their claims."""
    from .claims import counts_text
    s = results["summary"]
    return (f"fits: {s['fits']} analysed from {s['files']} file{'s' if s['files'] != 1 else ''}, {s['refused']} "
            f"refused; {s['claims']} claims: {counts_text(s, by_status=True)}")


_TEX_ESCAPES = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_TEX_UNICODE = {"α": r"$\alpha$", "β": r"$\beta$", "γ": r"$\gamma$", "≈": r"$\approx$", "∼": r"$\sim$",
                "·": r"$\cdot$", "×": r"$\times$", "−": "-", "≤": r"$\le$", "≥": r"$\ge$", "∝": r"$\propto$",
                "→": r"$\to$", "∞": r"$\infty$"}


#: Characters of U+00A0–U+017F that pdflatex's T1 encoding cannot set.
_NOT_T1 = set("ĦħĸĿŀŉŦŧſ")
#: Greek letters LaTeX has as commands (lower case; upper case where it differs from Latin).
_GREEK = {chr(0x3B1 + i): rf"$\{n}$" for i, n in enumerate(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi o pi rho varsigma sigma tau "
    "upsilon phi chi psi omega".split()) if n != "o"}
_GREEK.update({ch: rf"$\{n}$" for ch, n in zip("ΓΔΘΛΞΠΣΥΦΨΩ", "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi "
                                                               "Psi Omega".split())})


def _tex_char(ch: str) -> str:
    """One character for pdflatex (T1): as is, a command, its ASCII letters, or its code point."""
    if ch in _TEX_UNICODE:
        return _TEX_UNICODE[ch]
    if ch.isascii() or ("\u00a0" <= ch <= "\u017f" and ch not in _NOT_T1):
        return ch
    if ch in _GREEK:
        return _GREEK[ch]
    import unicodedata
    ascii_form = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
    if ascii_form:
        return "".join(_TEX_ESCAPES.get(c, c) for c in ascii_form)
    return rf"\texttt{{[U+{ord(ch):04X}]}}"


def _tex(text: Any) -> str:
    """Plain text (a user's fit name, a note) escaped for LaTeX; a character pdflatex cannot set
    (日) is written as its code point, ``[U+65E5]``.

    >>> print(_tex("Fit_1 & 50% α ≈ ǆ Müller 日"))
    Fit\\_1 \\& 50\\% $\\alpha$ $\\approx$ dz Müller \\texttt{[U+65E5]}
    """
    out = "".join(_TEX_ESCAPES.get(ch, ch) for ch in str(text))
    return "".join(_tex_char(ch) for ch in out)


def _prose_tex(text: Any) -> str:
    """A fit file's sentence (statement, erratum) as LaTeX: LaTeX-flavoured prose (math in
    ``$...$``) through :func:`verify.prose.latex`; plain text a user wrote with Unicode math
    (``α ≈ 0.34``) escaped character by character instead."""
    from .prose import ProseError, latex
    try:
        return latex(str(text))
    except ProseError:
        pass
    # characters no font of the document has (日): their code points, then the prose again
    marked = "".join(f"[U+{ord(ch):04X}]" if _tex_char(ch).startswith(r"\texttt{[U+") else ch for ch in str(text))
    try:
        return latex(marked)
    except ProseError:
        return _tex(text)


def _plain(text: Any) -> str:
    """A fit file's sentence for the terminal: its ``$...$`` math as readable text."""
    from .prose import plain
    return plain(str(text))


def _printed_tex(text: Any) -> str:
    """A number as the file prints it (``70e9``, ``8.8·10^{13}``), typeset: the digits shown are
    kept (they set the claim's tolerance), the notation becomes ``70 \\cdot 10^{9}``."""
    m = re.fullmatch(r"\s*([-+]?\d+(?:\.\d+)?)\s*[eE]([-+]?\d+)\s*", str(text))
    if m:
        return f"${m.group(1)} \\cdot 10^{{{int(m.group(2))}}}$"
    if parse_number(str(text)) is not None and "^" in str(text):  # validated: digits, ·/×/*, 10^{k}
        tex = re.sub(r"\^\s*([-+]?\d+)", r"^{\1}", str(text))  # 10^13 -> 10^{13}
        return "$" + tex.replace("·", r" \cdot ").replace("×", r" \times ").replace("*", r" \cdot ") + "$"
    return _tex(text)


def _num(text: str | None, digits: int = 4) -> str:
    """A value as LaTeX math: 3.2e+10 → $3.22\\cdot 10^{10}$."""
    if text is None:
        return "--"
    with mpmath.workdps(30):
        s = mpmath.nstr(mpmath.mpf(text), digits, min_fixed=-4, max_fixed=6)
    # latex region (issue 19): no float syntax (9139.0, 1.0e+20) reaches the document
    if "e" in s:
        mant, exp = s.split("e")
        mant = mant.rstrip("0").rstrip(".") if "." in mant else mant
        return f"$10^{{{int(exp)}}}$" if mant == "1" else f"${mant}\\cdot 10^{{{int(exp)}}}$"
    return f"${s[:-2] if s.endswith('.0') else s}$"


def render_latex(results: Mapping[str, Any]) -> str:
    """The fits section of the LaTeX document: a table per fit, its claims, the refused fits.

    Self-contained (``tabular`` only); the lead inserts it into the document.
    """
    lines = [r"\section{The published fits, analysed}", "",
             r"Each fit is analysed as printed, through the entries of Section~12 of the catalogue "
             r"(\texttt{fits.*}, \texttt{pedestal.\allowbreak{}effective\_\allowbreak{}exponent}); values are certified in ball "
             r"arithmetic and shown to four figures. $p(N) = E/(E + A N^{-\alpha})$ is the pedestal ratio of "
             r"S eq.~(4), $\alpha_{\mathrm{eff}}$ the effective exponent, $a$, $b$, $G$ the compute-optimal "
             r"allocation $N_{\mathrm{opt}} = G (C/6)^a$, $D_{\mathrm{opt}} = G^{-1} (C/6)^b$.", ""]
    for f in results["fits"]:
        lines.append(rf"\subsection*{{{_tex(f['name'])}}}")
        # latex region (issue 19): the law and its parameters in the papers' notation, not typewriter
        from .notation import symbol_latex
        scale = next((k for k in f["parameters"] if k != "alpha"), "N_c")
        law = (r"$L = E + A/N^{\alpha} + B/D^{\beta}$" if f["form"] == "two-term"
               else rf"$L = ({symbol_latex(scale)}/{scale.split('_')[0]})^{{\alpha}}$")
        values = [(symbol_latex(k), _printed_tex(v)) for k, v in f["parameters"].items()]
        lines.append(rf"\noindent {_tex(f['source'])}; the law {law}, parameters as printed: "
                     + ", ".join(f"${k} = {v[1:]}" if v.startswith("$") else f"${k} = {v}$" for k, v in values) + ".")
        # end latex region
        lines.append("")
        d = f["derived"]
        if f["form"] == "two-term":
            lines.append(rf"\noindent $a$ = {_num(d['a'])}, $b$ = {_num(d['b'])}, $G$ = {_num(d['G'])}, "
                         rf"$\gamma = \alpha\beta/(\alpha+\beta)$ = {_num(d['gamma'])}; halving the reducible loss "
                         rf"takes $N \to 2^{{1/\alpha}} N$ = {_num(d['reducible_halving_factor'])}$\,N$.")
            lines += ["", r"\begin{center}", r"\begin{tabular}{rrrr}", r"\hline",
                      r"$N$ & $p(N)$ & $\alpha_{\mathrm{eff}}(N)$ & $k$ halving the total loss \\", r"\hline"]
            for s in f["sizes"]:
                lines.append(rf"{_num(s['N'], 3)} & {_num(s['pedestal_ratio'])} & {_num(s['effective_exponent'])} "
                             rf"& {_num(s['halving_factor']) if s['halving_factor'] else 'never'} \\")
            lines += [r"\hline", r"\end{tabular}", r"\quad", r"\begin{tabular}{rrr}", r"\hline",
                      r"level & $N$ crossing & $D$ crossing \\", r"\hline"]
            for c in f["crossings"]:
                lines.append(rf"{_num(c['level'])} & {_num(c['N'])} & {_num(c['D'])} \\")
            lines += [r"\hline", r"\end{tabular}", r"\end{center}", "", r"\begin{center}",
                      r"\begin{tabular}{rrrrrr}", r"\hline",
                      r"$C$ & $N_{\mathrm{opt}}$ & $D_{\mathrm{opt}}$ & $D/N$ & $L_{\mathrm{opt}}$ & $\alpha_C$ \\",
                      r"\hline"]
            for b in f["budgets"]:
                lines.append(" & ".join(_num(b[k]) for k in ("C", "n_opt", "d_opt", "tokens_per_parameter",
                                                            "loss_at_optimum", "compute_exponent")) + r" \\")
            lines += [r"\hline", r"\end{tabular}", r"\end{center}"]
        else:
            v = next(k for k in f["sizes"][0] if k != "loss")
            lines.append(rf"\noindent $\alpha_{{\mathrm{{eff}}}} = \alpha$ = {_num(d['effective_exponent'])} at every "
                         rf"size ($p = 0$); halving the loss takes a factor {_num(d['halving_factor'])}; "
                         + _tex(f["not_defined"]) + ". Loss: "
                         + ", ".join(rf"$L({_tex(v)} = {{}}${_num(s[v], 3)}$) = {{}}${_num(s['loss'])}" for s in f["sizes"])
                         + ".")
        if f["claims"]:
            lines += ["", r"\begin{itemize}"]
            for c in f["claims"]:
                at = ", ".join(f"${_tex(k)}$ = {_printed_tex(v)}" for k, v in c["inputs"].items())
                item = (rf"\item \texttt{{{_tex(c['id'])}}} ({_prose_tex(c['paper'])}): {_prose_tex(c['statement'])}; printed "
                        rf"{_tex(c['relation'])} {_printed_tex(c['printed'])}, computed {_num(c['computed'], 6)} "
                        rf"(\texttt{{{_tex(c['derivation'])}}}{', ' + at if at else ''}): \textbf{{{c['status']}}}")
                if c["status"] != "verified" and c.get("note"):
                    item += f": {_prose_tex(c['note'])}"
                lines.append(item)
            lines.append(r"\end{itemize}")
        lines.append("")
    if results["refused"]:
        lines += [r"\paragraph{Refused fits.}", r"\begin{itemize}"]
        lines += [rf"\item {_tex(e['message'])}" for e in results["refused"]]
        lines.append(r"\end{itemize}")
    return "\n".join(lines).rstrip() + "\n"

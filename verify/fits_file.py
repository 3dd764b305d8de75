"""Published scaling-law fits: the TOML file format, read and validated.

A fits file holds one ``[[fit]]`` table per fit (see :mod:`verify.fits` and the README for
the format). Every field is checked here, before any work: a bad file or fit is refused with a
:class:`~verify.fits_model.FitFileError` naming the file, the fit and the field, and the other
fits of the file are still read. Numbers are read exactly, in the forms a paper prints them
(:func:`parse_number`); nothing else reaches a parser.
"""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from typing import Any, Mapping

import mpmath

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from .fits_model import FORMS, RELATIONS, TWO_TERM, Fit, FitClaim, FitFileError
from .fits_quantities import CLAIM_KINDS, ONE_TERM_KINDS

__all__ = ["parse_number", "MAGNITUDE", "load_text", "load_file"]


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


def load_file(path: str | Path, shown: str | None = None) -> tuple[list[Fit], list[FitFileError]]:
    """:func:`load_text` on a file; a file that cannot be read is one error naming it. ``shown``
    is how the errors and the fits name the file (by default ``path`` as given)."""
    shown = str(path) if shown is None else shown
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot be read: {exc}"
        return [], [FitFileError(shown, None, None, reason)]
    return load_text(text, shown)

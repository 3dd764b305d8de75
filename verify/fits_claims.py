"""Published scaling-law fits: a number a paper prints from a fit, checked through the ledger
(:func:`verify.claims.check_claim`).

:func:`check_fit_claim` builds the ledger's :class:`derivations.Claim` from a fit and one of
its claims: its id (``fits.<slug>.<what>``, :func:`fit_slug`), the quantity and the registry
entry it rests on (:mod:`verify.fits_quantities`), the SymPy expression over which the
printed parameters' rounding is carried, and, for a declared slip, the correct value to the
paper's digits.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any, Callable, Mapping

import mpmath
import sympy

from .fits_model import Fit, FitClaim
from .fits_quantities import CLAIM_KINDS, ONE_TERM_KINDS

__all__ = ["fit_slug", "check_fit_claim"]


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

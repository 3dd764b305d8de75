"""The claims ledger: every number a paper prints, checked against the computed value.

The tolerance follows from how the number was printed (``Claim.relation``):

* ``"="`` exact: the computed value must equal it to the working precision;
* ``"≈"`` rounded: a decimal numeral (``0.27``, ``1.316``, ``1024``) must be the computed
  value rounded to the digits shown, i.e. within half a unit of the last printed digit;
  a non-decimal expression (``10^{10}``, ``3^{1/4}``) printed with ``≈`` must agree to
  one part in a hundred;
* ``"∼"`` order of magnitude: within a factor ``√10`` (``|log10(computed/printed)| ≤ 1/2``).

Yes/no statements are printed as ``"true"``/``"false"`` and must match exactly.
A claim is ``verified`` when the printed value holds; ``quoted`` when it holds but is a
number the paper takes from elsewhere (it is used as printed, not derived); ``erratum``
when the printed value does not hold, the entry records why, and the correct value it
records (``correct_value``) does hold; ``failed`` otherwise — including an erratum whose
printed value turns out to hold, or whose correct value does not.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

import mpmath
import sympy

from derivations import Claim
from derivations._precision import relative_tolerance

__all__ = ["parse_printed", "tolerance", "agrees", "check_claim", "format_value"]

_DECIMAL = re.compile(r"^[+-]?(\d+)(?:\.(\d+))?$")


def parse_printed(text: str) -> Any:
    """The value of a printed number: ``"0.27"``, ``"10^{10}"``, ``"2·10^9"``, ``"1/101"``, ``"true"``.

    >>> parse_printed("10^{10}")
    10000000000
    >>> parse_printed("3/4")
    Fraction(3, 4)
    """
    t = text.strip().lower()
    if t in ("true", "false"):
        return t == "true"
    expr = t.replace("{", "(").replace("}", ")").replace("·", "*").replace("×", "*").replace("^", "**")
    if not re.fullmatch(r"[0-9.+\-*/() e]+", expr):
        raise ValueError(f"cannot read the printed value {text!r}")
    value = sympy.sympify(expr, rational=True)
    if value.is_Integer:
        return int(value)
    if value.is_Rational:
        return Fraction(int(value.p), int(value.q))
    return value


def tolerance(printed: str, relation: str, value: Any, dps: int) -> tuple[str, mpmath.mpf]:
    """``("abs"|"rel"|"log10", bound)`` permitted between computed and printed values."""
    if relation == "=":
        return "rel", mpmath.mpf(relative_tolerance(dps))
    if relation == "≈":
        m = _DECIMAL.match(printed.strip())
        if m:
            shown = len(m.group(2) or "")
            return "abs", mpmath.mpf(10) ** (-shown) / 2
        return "rel", mpmath.mpf("0.01")
    if relation == "∼":
        return "log10", mpmath.mpf("0.5")
    raise ValueError(f"relation={relation!r} is not one of '=', '≈', '∼'")


def _mp(value: Any) -> mpmath.mpf:
    if isinstance(value, Fraction):
        return mpmath.mpf(value.numerator) / value.denominator
    if isinstance(value, sympy.Basic):
        return mpmath.mpmathify(sympy.N(value, mpmath.mp.dps + 5))
    return mpmath.mpmathify(value)


def agrees(computed: Any, printed: str, relation: str, dps: int) -> bool:
    """Whether the computed value bears out the printed one under the ledger's rule."""
    target = parse_printed(printed)
    if isinstance(target, bool) or isinstance(computed, bool):
        return bool(computed) == target and isinstance(computed, bool) and isinstance(target, bool)
    with mpmath.workdps(dps + 10):
        c, p = _mp(computed), _mp(target)
        kind, bound = tolerance(printed, relation, p, dps)
        if kind == "abs":
            return abs(c - p) <= bound * (1 + mpmath.mpf(10) ** (-dps))
        if kind == "rel":
            return abs(c - p) <= bound * abs(p)
        if c <= 0 or p <= 0:
            return False
        return abs(mpmath.log10(c / p)) <= bound


def format_value(value: Any, digits: int = 15) -> str:
    """A computed value as text: booleans as true/false, numbers to ``digits`` digits."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**digits else mpmath.nstr(mpmath.mpf(value), digits)
    return mpmath.nstr(_mp(value), digits)


def check_claim(claim: Claim, dps: int) -> dict[str, Any]:
    """Compute the claim and give it a status: verified, quoted, erratum or failed.

    An erratum holds only when the printed value fails *and* the recorded correct value
    (``correct_value``) holds; a claim that raises is ``failed``, with the exception.
    """
    base = {"id": claim.id, "statement": claim.statement, "paper": claim.paper,
            "printed": claim.printed, "relation": claim.relation, "correct": claim.correct,
            "correct_value": claim.correct_value}
    try:
        with mpmath.workdps(dps):
            computed = claim.compute()
        holds = agrees(computed, claim.printed, claim.relation, dps)
        shown = format_value(computed)
        correct_holds = None
        if claim.correct_value is not None:
            strict = claim.correct_relation or ("≈" if claim.relation == "∼" else claim.relation)
            correct_holds = agrees(computed, claim.correct_value, strict, dps)
    except Exception as exc:  # a claim that cannot be computed is a failure, and says why
        return {**base, "computed": None, "status": "failed",
                "note": f"could not compute: {type(exc).__name__}: {exc}"}
    if claim.erratum is None:
        if holds:
            status, note = ("quoted", claim.note or "quoted from elsewhere: used as printed, not derived") \
                if claim.quoted else ("verified", claim.note)
        else:
            status, note = "failed", f"the printed value {claim.printed} does not hold: computed {shown}"
    elif holds:
        status, note = "failed", f"recorded as an erratum, but the printed value holds ({shown})"
    elif not correct_holds:
        status, note = "failed", (f"recorded as an erratum, but its correct value {claim.correct_value} "
                                  f"does not hold either: computed {shown}")
    else:
        status, note = "erratum", claim.erratum
    if claim.note and status not in ("verified", "quoted"):
        note = f"{note} {claim.note}"
    return {**base, "computed": shown, "status": status, "note": note}

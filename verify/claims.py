"""The claims ledger: every number a paper prints, checked against the computed value,
under the rules a referee would sign (issue 17).

The tolerance follows from how the number was printed (``Claim.relation``):

* ``"="`` exact: the computed value must equal it to the working precision, and exactly where the
  computed value is exact (an int, a Fraction, a SymPy Rational: review 19);
* ``"≈"`` rounded: a numeral with digits (``0.27``, ``1.316``, ``1024``, ``3.1500e0``,
  ``2.7 × 10^{3}``, ``1.5E-3``: trailing zeros count) must be the computed value rounded to
  the digits shown, i.e. within half a unit of the last printed digit; a value within a
  tiny distance of that boundary is recomputed at doubled precision until it is decided
  (``inconclusive`` after :data:`MAX_DOUBLINGS`), never decided with slack; a non-numeral
  expression (``10^{10}``, ``3^{1/4}``) printed with ``≈`` must agree to one part in a hundred;
* ``"∼"`` order of magnitude: within a factor ``√10`` (``|log10(computed/printed)| ≤ 1/2``).

Yes/no statements are printed as ``"true"``/``"false"`` and must match exactly.

The statuses (one vocabulary, :data:`STATUSES`, used in the JSON and the README):

* ``verified``: the printed value holds (under the claim's reading, or under one of the
  fair readings it declares; the record names which, with every reading's value);
* ``consistent``: the printed value is computed from printed inputs and, taking each input
  as the interval its digits allow, some point of that box gives it (the enclosure is shown:
  :mod:`verify.printed_rounding`);
* ``quoted``: it holds, but is a number the paper takes from elsewhere;
* ``restored``: the number is ours — W's plain text lost it and the catalogue restored it —
  so it is checked against our reconstruction and reported apart; it is never an erratum;
* ``unchecked``: an input was chosen by us so that the claim holds (a circular check): the
  reason is given, with every reading's value side by side;
* ``erratum``, ``typo``, ``comment`` (the claim's ``severity``): the printed value fails
  under every declared reading and outside its inputs' rounding, the reason is recorded
  and the correct value the entry records (``correct_value``) holds; an erratum is a wrong
  printed value, a typo a sign or an equation reference, a comment a remark where the paper
  prints no number;
* ``inconclusive``: a rounding boundary or an input box that the precision cap cannot decide;
* ``failed``: anything else — a printed value that fails with no recorded slip, a recorded
  slip whose printed value holds (or is consistent) or whose correct value does not, a
  restored number that our own reconstruction contradicts.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any, Callable, Iterable, Mapping

import mpmath
import sympy

from derivations import Claim
from derivations._precision import MAX_DPS, relative_tolerance

from .printed_rounding import decide as decide_rounding
from .printed_rounding import numeral_interval, read_numeral
from .prose import significant_digits

__all__ = ["STATUSES", "MAX_DOUBLINGS", "parse_printed", "tolerance", "decide", "agrees", "check_claim",
           "format_value", "claim_counts", "counts_text", "SUMMARY_KEYS", "provenance"]

#: Every status a claim can have, in the order reports list them.
STATUSES = ("verified", "consistent", "quoted", "restored", "unchecked", "erratum", "typo", "comment",
            "inconclusive", "failed")
#: How many times a claim on a rounding boundary is recomputed at doubled precision.
MAX_DOUBLINGS = 4
#: An exact ("=") claim computed in floating point is rechecked at this many times the digits.
EXACT_RECHECK = 4


def _normalized(text: str) -> str:
    """The printed text as it is read: lower case, ``−`` as ``-``, a spaced leading sign joined (``"- 5"`` is
    TeX's −5). The tolerance reads the same text (review 18: ``"- 3.150"`` and ``"3.15X10^2"`` were read as
    numbers but given the loose tolerance of an expression)."""
    return re.sub(r"^([+\-]) +", r"\1", text.strip().lower().replace("−", "-"))


def parse_printed(text: str) -> Any:
    """The value of a printed number: ``"0.27"``, ``"10^{10}"``, ``"2·10^9"``, ``"1/101"``, ``"true"``,
    ``"3.1500e0"``, ``"2.7 × 10^{3}"``, ``"1.5E-3"``.

    >>> parse_printed("10^{10}")
    10000000000
    >>> parse_printed("3/4"), parse_printed("2.7 × 10^{3}"), parse_printed("1.5E-3")
    (Fraction(3, 4), 2700, Fraction(3, 2000))
    """
    t = _normalized(text)
    if t in ("true", "false"):
        return t == "true"
    numeral = read_numeral(t)
    if numeral is not None:
        v = numeral.value
        return int(v) if v.denominator == 1 else v
    # Not a numeral: one exact number as written, a power (10^{-2}, 3^{1/4}, 2·10^{9}) or a fraction
    # (1/3), and nothing more. A sympify of any arithmetic would read what is no single number on
    # the page: 2--3 (an en dash, a range: "2–3") as 5, 1-2 as -1 (review 9).
    t = " ".join(t.split())
    if not _ONE_NUMBER.fullmatch(t):
        raise ValueError(f"cannot read the printed value {text!r}: {_not_one_number(t)}")
    expr = t.replace("{", "(").replace("}", ")").replace("·", "*").replace("×", "*").replace("^", "**")
    value = sympy.sympify(expr, rational=True)
    if not value.is_finite:
        raise ValueError(f"cannot read the printed value {text!r}: it is no finite number ({value})")
    if value.is_Integer:
        return int(value)
    if value.is_Rational:
        return Fraction(int(value.p), int(value.q))
    return value


#: An unsigned decimal numeral (``2``, ``0.5``, ``.5``, ``5.``).
_UNSIGNED = r"(?:\d+(?:\.\d*)?|\.\d+)"
#: An exponent: ``8``, ``-24``, ``{-2}``, ``{1/4}``.
_EXPONENT = r"(?:[+\-]?\d{1,4}|\{ ?[+\-]?\d{1,4}(?: ?/ ?\d{1,4})? ?\})"  # 4 digits: no giant power
#: The exact numbers a printed value may be besides a numeral: a power with an optional factor, a fraction.
_ONE_NUMBER = re.compile(rf"[+\-]? ?(?:(?:{_UNSIGNED} ?[·×*] ?)?\d+ ?\^ ?{_EXPONENT}|{_UNSIGNED} ?/ ?{_UNSIGNED})")


def _not_one_number(t: str) -> str:
    """Why ``t`` (lower case, one space at most) is not one printed number."""
    if re.search(r"\d ?(?:-{2,}|[–—]) ?\d", t):
        return "a range or a dash (TeX prints 2--3 as the en dash 2–3), not one number"
    if re.search(r"[a-z\\]", t):
        return "text or a symbol, not digits (a constant such as e or \\pi is not read: print its digits)"
    return ("not one number as printed (arithmetic, or a sign that is not a leading minus): print the value, "
            "as 2, -0.5, 1/3, 2.7 × 10^{3} or 10^{-2}")


def tolerance(printed: str, relation: str, value: Any, dps: int) -> tuple[str, mpmath.mpf]:
    """``("abs"|"rel"|"log10", bound)`` permitted between computed and printed values.

    >>> tolerance("3.1500e0", "≈", None, 30)[1] == mpmath.mpf("0.00005")
    True
    """
    if relation == "=":
        return "rel", mpmath.mpf(relative_tolerance(dps))
    if relation == "≈":
        numeral = read_numeral(_normalized(printed))
        if numeral is not None:
            return "abs", mpmath.mpf(numeral.half_unit.numerator) / numeral.half_unit.denominator
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


def decide(computed: Any, printed: str, relation: str, dps: int) -> bool | None:
    """Whether the computed value (correct to about ``dps`` digits) bears out the printed one;
    ``None`` when it lies within the computation's own error of the rounding boundary (a
    rounded or order-of-magnitude claim): only more digits can decide it. An exact (rational)
    value is compared exactly: with a printed numeral's rounding, the boundary included, and for
    ``=`` with a printed rational (or irrational) number, as equality.

    >>> decide(mpmath.mpf("0.4516"), "0.45", "≈", 30)
    True
    >>> with mpmath.workdps(40):  # within 10^-41 of the boundary 0.455: undecided; an exact 0.455 is on it
    ...     decide(mpmath.mpf(91) / 200, "0.45", "≈", 30), decide(Fraction(91, 200), "0.45", "≈", 30)
    (None, True)
    """
    target = parse_printed(printed)
    if isinstance(target, bool) or isinstance(computed, bool):
        return bool(computed) == target and isinstance(computed, bool) and isinstance(target, bool)
    exact = _exact(computed)
    numeral = read_numeral(_normalized(printed)) if relation == "≈" else None
    if exact is not None and numeral is not None:
        # An exact value is compared exactly, the boundary included: on it, rounding half up and
        # half to even (0.125 as 0.13 or 0.12, 2.5 as 3 or 2) are both fair readings, so either holds.
        return abs(exact - numeral.value) <= numeral.half_unit
    if exact is not None and relation == "=":
        # review 19: "=" is exact, and for an exact value it is decidable: 1 + 10^-50 is not "= 1" at any
        # precision (the relative tolerance is for a floating value, rechecked finer in _evaluate)
        goal = _exact(target)
        if goal is not None:
            return exact == goal
        if getattr(target, "is_rational", None) is False:
            return False  # a rational is no irrational number
    with mpmath.workdps(dps + 10):
        c, p = _mp(computed), _mp(target)
        if isinstance(c, mpmath.mpc):
            # a printed real is no complex value, however close its modulus (review 18: 0.5 + 0.04i as "0.5")
            if abs(c.imag) > mpmath.mpf(10) ** (-(dps // 2)) * max(1, abs(c)):
                return False
            c = c.real
        kind, bound = tolerance(printed, relation, p, dps)
        if kind == "rel":
            return bool(abs(c - p) <= bound * abs(p))
        if kind == "abs":
            margin, scale = abs(c - p) - bound, max(abs(c), abs(p), bound)
        else:
            if c <= 0 or p <= 0:
                return False
            margin, scale = abs(mpmath.log10(c / p)) - bound, 1
        if abs(margin) <= relative_tolerance(dps) * scale:
            rational = _exact_rational(computed) if numeral is not None else None
            return None if rational is None else abs(rational - numeral.value) <= numeral.half_unit
        return bool(margin < 0)


def _exact(value: Any) -> Fraction | None:
    """A rational computed value as a Fraction; ``None`` for a floating-point one."""
    if isinstance(value, (int, Fraction)) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, sympy.Rational):
        return Fraction(int(value.p), int(value.q))
    return None


def _exact_rational(value: Any) -> Fraction | None:
    """An exact SymPy number (no float in it) that SymPy reduces to a rational, as a Fraction: a
    value in the boundary band is then decided exactly; None otherwise (a float stays undecided)."""
    if not (isinstance(value, sympy.Basic) and value.is_number) or value.has(sympy.Float):
        return None
    from derivations._budget import TACTIC_SECONDS, OutOfTime, within
    try:
        reduced = value if isinstance(value, sympy.Rational) else within(TACTIC_SECONDS, sympy.simplify, value)
    except (OutOfTime, TypeError, ValueError, NotImplementedError, RecursionError):
        return None
    return _exact(reduced) if isinstance(reduced, sympy.Rational) else None


def agrees(computed: Any, printed: str, relation: str, dps: int) -> bool:
    """Whether the computed value bears out the printed one (a boundary case that ``dps`` digits
    cannot decide does not)."""
    return decide(computed, printed, relation, dps) is True


def format_value(value: Any, digits: int = 15) -> str:
    """A computed value as text: booleans as true/false, numbers to ``digits`` digits."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**digits else mpmath.nstr(mpmath.mpf(value), digits)
    return mpmath.nstr(_mp(value), digits)


def _evaluate(compute: Callable[[], Any], printed: str, relation: str, dps: int) -> tuple[Any, bool | None, int]:
    """The value, whether the printed number holds, and the precision that decided it: a boundary
    case is recomputed at doubled precision, at most :data:`MAX_DOUBLINGS` times."""
    work = dps
    while True:
        with mpmath.workdps(work):
            value = compute()
        holds = decide(value, printed, relation, work)
        # -- kernel (issue 16, class 7): "=" is exact; agreement at the working precision is not
        # equality (1 + e^-200 "= 1" at 50 digits), so a floating value must agree again at
        # EXACT_RECHECK times the digits, where a difference below the working precision shows.
        if holds is True and relation == "=" and _exact(value) is None and not isinstance(value, bool):
            finer = min(work * EXACT_RECHECK, MAX_DPS)
            with mpmath.workdps(finer):
                again = compute()
            if decide(again, printed, relation, finer) is not True:
                return again, decide(again, printed, relation, finer), finer
        # -- end kernel
        if holds is not None or work * 2 > MAX_DPS or work >= dps * 2**MAX_DOUBLINGS:
            return value, holds, work
        work *= 2


_INDEX: dict[str, list[Any]] | None = None


def provenance(claim_id: str) -> list[Any]:
    """The ledger-index entries (:mod:`verify.ledger_index`) that name the claim: each gives the
    passage as it stands in the paper's text and whether W's text lost the number."""
    global _INDEX
    if _INDEX is None:
        from .ledger_index import load
        index: dict[str, list[Any]] = {}
        for entry in load():
            for c in entry.claims:
                index.setdefault(c, []).append(entry)
        _INDEX = index
    return _INDEX.get(claim_id, [])


def _restored(claim: Claim, entries: Iterable[Any]) -> str | None:
    """Why the printed number is ours: the claim says so, or every index entry naming it is a
    number W's text lost (restored from the catalogue, or lost altogether)."""
    if claim.restored:
        return claim.restored
    entries = list(entries)
    if entries and all(e.ours for e in entries):
        return ("W's plain text lost this number; the value checked is our reconstruction "
                f"({', '.join(sorted({'CATALOGUE.md' if e.restored == 'catalogue' else 'the context' for e in entries}))})")
    return None


def _rounding(claim: Claim, printed: str, dps: int) -> dict[str, Any] | None:
    """The rounding rule of printed inputs, when the claim declares them (``≈`` numerals only)."""
    if claim.expression is None or claim.relation != "≈" or read_numeral(printed) is None:
        return None
    verdict = decide_rounding(claim.expression, claim.inputs, numeral_interval(printed),
                              prec=max(128, int(dps * 3.33) + 20))
    return {"status": verdict.status, "enclosure": verdict.shown(), "inputs": dict(claim.inputs),
            **({"witness": dict(verdict.witness)} if verdict.witness else {})}


def check_claim(claim: Claim, dps: int) -> dict[str, Any]:
    """Compute the claim and give it one of :data:`STATUSES` (see the module docstring).

    A claim that raises is ``failed``, with the exception.
    """
    entries = provenance(claim.id)
    passage = " | ".join(dict.fromkeys(e.fragment for e in entries))
    base = {"id": claim.id, "statement": claim.statement, "paper": claim.paper,
            "printed": claim.printed, "relation": claim.relation, "correct": claim.correct,
            "correct_value": claim.correct_value, "passage": passage, "formula": claim.formula}
    try:
        computed, holds, used = _evaluate(claim.compute, claim.printed, claim.relation, dps)
        shown = format_value(computed)
        # Prose gives a value to the digits that matter beside the printed one; the record keeps 15.
        digits = min(15, max(4, significant_digits(claim.printed) + 3))
        brief = format_value(computed, digits)
        readings = []
        if claim.readings:
            readings.append({"name": claim.reading or "as computed", "computed": shown, "brief": brief,
                             "holds": holds})
            for r in claim.readings:
                value, r_holds, _ = _evaluate(r.compute, claim.printed, claim.relation, dps)
                readings.append({"name": r.name, "computed": format_value(value), "brief": format_value(value, digits),
                                 "holds": r_holds,
                                 **({"note": r.note} if r.note else {})})
        correct_holds = None
        if claim.correct_value is not None:
            strict = claim.correct_relation or ("≈" if claim.relation == "∼" else claim.relation)
            with mpmath.workdps(used):
                correct_holds = agrees(computed, claim.correct_value, strict, used)
        held = [r for r in readings[1:] if r["holds"]]
        rounding = _rounding(claim, claim.printed, dps) if holds is False and not held else None
    except Exception as exc:  # a claim that cannot be computed is a failure, and says why
        return {**base, "computed": None, "status": "failed",
                "note": f"could not compute: {type(exc).__name__}: {exc}"}
    extra: dict[str, Any] = {}
    if readings:
        extra["readings"] = readings
    if rounding:
        extra["rounding"] = rounding
    if used != dps:
        extra["dps_used"] = used
    side_by_side = "; ".join(f"{r['name']}: {r['brief']}" for r in readings)
    restored = _restored(claim, entries)
    recorded = claim.erratum is not None
    note = ""
    if claim.unchecked:
        status = "unchecked"
        note = f"{claim.unchecked}" + (f" Every reading's value: {side_by_side}." if side_by_side else "")
    elif restored:
        if holds or held:
            status, note = "restored", restored + "."
        else:
            status, note = "failed", (f"{restored}; our own reconstruction {claim.printed} does not hold: "
                                      f"computed {shown}.")
    elif holds or held:
        if recorded:
            why = "holds" if holds else f"holds under the reading {held[0]['name']}"
            status, note = "failed", f"recorded as a {claim.severity}, but the printed value {why} ({brief})"
        elif claim.quoted:
            status, note = "quoted", claim.note or "quoted from elsewhere: used as printed, not derived"
        else:
            status = "verified"
            if not holds:
                extra["reading"] = held[0]["name"]
                others = "; ".join(f"{r['name']}: {r['brief']}" for r in readings if r is not held[0])
                note = f"holds under the reading {held[0]['name']} ({held[0]['brief']}); {others}."
                shown = held[0]["computed"]
            elif readings:
                extra["reading"] = readings[0]["name"]
                others = "; ".join(f"{r['name']}: {r['brief']}" for r in readings[1:])
                note = f"holds under the reading {readings[0]['name']}; the other reading gives {others}."
    elif holds is None or any(r["holds"] is None for r in readings):
        status, note = "inconclusive", (f"the computed value {shown} lies on the rounding boundary of "
                                        f"{claim.printed} up to {used} digits (a value exactly on it is decided "
                                        f"only when it is computed exactly: return a Fraction or a SymPy Rational)")
    elif rounding and rounding["status"] == "consistent":
        if recorded:
            status, note = "failed", (f"recorded as a {claim.severity}, but consistent within the printed "
                                      f"precision: the value over the printed inputs' box is {rounding['enclosure']}")
        else:
            status, note = "consistent", (f"consistent within the printed precision: from the inputs as printed "
                                          f"{brief}, over the box their digits allow ("
                                          + ", ".join(f"${sympy.latex(sympy.Symbol(k))} = {v}$"
                                                      for k, v in claim.inputs.items())
                                          + f") the value is in {rounding['enclosure']}")
    elif rounding and rounding["status"] == "inconclusive":
        status, note = "inconclusive", (f"the printed value {claim.printed} fails at the inputs as printed "
                                        f"({shown}); whether the inputs' rounding reaches it is undecided "
                                        f"(enclosure {rounding['enclosure']})")
    elif not recorded:
        status, note = "failed", f"the printed value {claim.printed} does not hold: computed {shown}"
        exact, goal = _exact(computed), _exact(parse_printed(claim.printed))
        if claim.relation == "=" and exact is not None and goal is not None:  # a gap below the digits shown
            note += f" (an exact claim: the two differ by exactly {mpmath.nstr(_mp(exact - goal), 6)})"
        elif claim.relation == "=" and used != dps:  # kernel: a difference only more digits show
            with mpmath.workdps(used):
                gap = _mp(computed) - _mp(parse_printed(claim.printed))
            note += f" (an exact claim: at {used} digits the two differ by {mpmath.nstr(gap, 6)})"
        if readings:
            note += f" (every reading fails: {side_by_side})"
    elif not correct_holds:
        status, note = "failed", (f"recorded as a {claim.severity}, but its correct value {claim.correct_value} "
                                  f"does not hold either: computed {shown}")
    else:
        status, note = claim.severity, claim.erratum or ""
        if readings:
            note += f" Every reading fails: {side_by_side}."
        if rounding:
            note += f" The printed inputs' rounding gives {rounding['enclosure']}, which misses {claim.printed}."
    if claim.note and (status not in ("verified", "quoted") or not note):
        note = f"{note} {claim.note}".strip()
    elif claim.note and status == "verified":
        note = f"{note} {claim.note}".strip()
    if status in ("erratum", "typo", "comment"):
        extra["severity"] = status
    for r in readings:
        del r["brief"]
    return {**base, "computed": shown, "status": status, "note": note, **extra}


#: The summary's key for each status (historical names where the summary had one).
SUMMARY_KEYS = {"erratum": "errata", "typo": "typos", "comment": "comments", "inconclusive": "claims_inconclusive",
                "failed": "claims_failed"}


def counts_text(counts: Mapping[str, int], by_status: bool = False) -> str:
    """The claims part of a summary line, every status counted apart (``counts`` keyed as in
    :func:`claim_counts`, or by status name with ``by_status``).

    >>> counts_text({"verified": 3, "errata": 1, "typos": 2})
    '3 verified, 0 consistent, 0 quoted, 0 restored, 0 unchecked, 1 erratum, 2 typos, 0 comments, 0 inconclusive, 0 failed'
    """
    plural = {"erratum": "errata", "typo": "typos", "comment": "comments"}
    parts = []
    for status in STATUSES:
        n = counts.get(status if by_status else SUMMARY_KEYS.get(status, status), 0)
        parts.append(f"{n} {plural.get(status, status) if n != 1 else status}")
    return ", ".join(parts)


def claim_counts(claims: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Counts by status for the summary (``errata``, ``typos``, ``comments``, ``claims_inconclusive``,
    ``claims_failed`` under the summary's historical names).

    >>> claim_counts([{"status": "erratum"}, {"status": "typo"}, {"status": "verified"}])["typos"]
    1
    """
    claims = list(claims)
    return {SUMMARY_KEYS.get(s, s): sum(c["status"] == s for c in claims) for s in STATUSES}

"""The ledger index: every number printed in W and S, and what the package does with it.

Issue 10, item 1. The data file ``verify/data/printed_numbers.toml`` (its header gives the
provenance: which paper texts, read how) lists each number the two papers print — its
section, the words around it, the number as printed — with one disposition:

* ``claim``: one or more claim ids of the ledger (:mod:`verify.claims`) that check it;
* ``derivation``: a constant of a closed form that a registered derivation derives;
* ``not_mathematical``: why it is not a mathematical claim (a year, a reference, a quoted
  measurement, a model size named as an example);
* ``unchecked``: a mathematical statement the ledger does not check, and why.

An entry may also record an ``assumption`` the paper leaves implicit: under what the printed
statement holds, what changes without it, and optionally a registry closed form evaluated
at stated parameters whose value the index asserts (checked with the ledger's rules, so the
number "without" is computed, never typed).

:func:`load` reads and validates the file; :func:`coverage` gives the counts and the
unchecked list for the report; :func:`uncovered_claims` lists registry claims citing W or S
that no entry names. Examples:

>>> index = load()
>>> cov = coverage(index)
>>> cov["numbers"] == cov["checked"] + cov["not_mathematical"] + cov["unchecked"]
True
>>> uncovered_claims(index)
[]
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable, Mapping

__all__ = ["Entry", "Assumption", "IndexError_", "load", "validate", "coverage", "cites_papers",
           "paper_claims", "uncovered_claims", "check_assumptions", "summary_line", "DATA_FILE"]

#: The shipped index, relative to the ``verify`` package.
DATA_FILE = "data/printed_numbers.toml"

_KEY = re.compile(r"^[WS]\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+$")
_DISPOSITIONS = ("claim", "derivation", "not_mathematical", "unchecked")
_FIELDS = {"key", "paper", "section", "fragment", "printed", "restored", "in_text", "note", "assumption",
           *_DISPOSITIONS}
_ASSUMPTION_FIELDS = {"holds_if", "without", "evaluate", "params", "value", "relation", "note"}
# A claim cites W or S when its `paper` names the paper before a section, appendix, equation
# or figure ("W §3", "S §5.1, eq (17)", "catalogue §7 restatement (W App. I ...)").
_CITES = re.compile(r"(?<![A-Za-z])([WS])(?=\s*(?:§|App|eq|Fig|Table|\d))")


class IndexError_(ValueError):  # noqa: N801 - the builtin name IndexError is taken
    """The index file is malformed: names the entry key, the field and what is wrong."""


@dataclass(frozen=True)
class Assumption:
    """An assumption the paper leaves implicit, what changes without it, an optional check."""

    holds_if: str
    without: str
    evaluate: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)
    value: str | None = None
    relation: str = "="
    note: str = ""


@dataclass(frozen=True)
class Entry:
    """One printed number and its disposition."""

    key: str
    paper: str
    section: str
    fragment: str
    printed: str
    claims: tuple[str, ...] = ()
    derivations: tuple[str, ...] = ()
    not_mathematical: str | None = None
    unchecked: str | None = None
    restored: str | None = None
    note: str = ""
    assumption: Assumption | None = None
    in_text: str | None = None

    @property
    def ours(self) -> bool:
        """Whether what the entry's claims check is our reconstruction: the number is restored
        or lost, and the text does not print it in words (``in_text``)."""
        return self.restored is not None and not self.in_text

    @property
    def disposition(self) -> str:
        """``"checked"``, ``"not_mathematical"`` or ``"unchecked"``."""
        if self.claims or self.derivations:
            return "checked"
        return "not_mathematical" if self.not_mathematical is not None else "unchecked"


def _names(value: Any, key: str, name: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        raise IndexError_(f"{key}: {name}={value!r} must be an id or a non-empty list of ids")
    return tuple(items)


def _entry(raw: Mapping[str, Any], position: int) -> Entry:
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise IndexError_(f"entry {position}: key={key!r} must look like 'W.s3.short' or 'S.s51.short'")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise IndexError_(f"{key}: unknown field(s) {sorted(unknown)}")
    for name in ("paper", "section", "fragment", "printed"):
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise IndexError_(f"{key}: {name} must be a non-empty string, got {raw.get(name)!r}")
    if raw["paper"] not in ("W", "S") or not key.startswith(raw["paper"] + "."):
        raise IndexError_(f"{key}: paper={raw['paper']!r} must be 'W' or 'S' and match the key's prefix")
    given = [d for d in _DISPOSITIONS if d in raw]
    checked = [d for d in given if d in ("claim", "derivation")]
    if not given:
        raise IndexError_(f"{key}: no disposition (one of {', '.join(_DISPOSITIONS)})")
    if (checked and len(given) != len(checked)) or (not checked and len(given) != 1):
        raise IndexError_(f"{key}: conflicting dispositions {given}: a number is checked, not mathematical "
                          f"or unchecked")
    for reason in ("not_mathematical", "unchecked"):
        if reason in raw and (not isinstance(raw[reason], str) or not raw[reason].strip()):
            raise IndexError_(f"{key}: {reason} must state the reason, got {raw[reason]!r}")
    if raw.get("restored") not in (None, "catalogue", "lost"):
        raise IndexError_(f"{key}: restored={raw['restored']!r} must be 'catalogue' or 'lost'")
    if "in_text" in raw and (not isinstance(raw["in_text"], str) or not raw["in_text"].strip()
                             or raw.get("restored") is None):
        raise IndexError_(f"{key}: in_text={raw['in_text']!r} quotes the words of the text that print what a "
                          f"restored entry's claims check (a non-empty string, with restored)")
    assumption = None
    if "assumption" in raw:
        a = raw["assumption"]
        if not isinstance(a, dict) or set(a) - _ASSUMPTION_FIELDS:
            raise IndexError_(f"{key}: assumption must be a table with fields {sorted(_ASSUMPTION_FIELDS)}")
        if not all(isinstance(a.get(f), str) and a[f].strip() for f in ("holds_if", "without")):
            raise IndexError_(f"{key}: an assumption states holds_if and without")
        if ("evaluate" in a) != ("value" in a):
            raise IndexError_(f"{key}: an assumption's check needs both evaluate and value")
        if a.get("relation", "=") not in ("=", "≈", "∼"):
            raise IndexError_(f"{key}: assumption relation={a.get('relation')!r} is not '=', '≈' or '∼'")
        params = a.get("params", {})
        if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
            raise IndexError_(f"{key}: assumption params must map names to strings, got {params!r}")
        assumption = Assumption(a["holds_if"], a["without"], a.get("evaluate"), dict(params), a.get("value"),
                                a.get("relation", "="), a.get("note", ""))
    return Entry(key=key, paper=raw["paper"], section=raw["section"], fragment=raw["fragment"],
                 printed=raw["printed"],
                 claims=_names(raw["claim"], key, "claim") if "claim" in raw else (),
                 derivations=_names(raw["derivation"], key, "derivation") if "derivation" in raw else (),
                 not_mathematical=raw.get("not_mathematical"), unchecked=raw.get("unchecked"),
                 restored=raw.get("restored"), note=raw.get("note", ""), assumption=assumption,
                 in_text=raw.get("in_text"))


def parse(text: str) -> tuple[Entry, ...]:
    """Entries of an index given as TOML text; a malformed entry raises :class:`IndexError_`.

    >>> parse('[[number]]\\nkey = "W.s1.y"\\npaper = "W"\\nsection = "§1"\\nfragment = "in 2024"\\n'
    ...       'printed = "2024"\\nnot_mathematical = "a year"\\n')[0].disposition
    'not_mathematical'
    """
    data = tomllib.loads(text)
    raw = data.get("number")
    if not isinstance(raw, list) or not raw:
        raise IndexError_("the index has no [[number]] entries")
    entries = tuple(_entry(r, i) for i, r in enumerate(raw, 1))
    seen: set[str] = set()
    for e in entries:
        if e.key in seen:
            raise IndexError_(f"{e.key}: duplicated key")
        seen.add(e.key)
    return entries


def load() -> tuple[Entry, ...]:
    """The shipped index, parsed and structurally validated."""
    text = resources.files("verify").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse(text)


def _registry() -> tuple[dict[str, Any], set[str]]:
    import derivations
    claims = {c.id: c for d in derivations.all() for c in d.claims}
    return claims, set(derivations.ids())


def validate(entries: Iterable[Entry]) -> list[str]:
    """Problems with the index against the registry: unknown claim or derivation ids.

    >>> validate(load())
    []
    """
    claims, ids = _registry()
    problems = []
    for e in entries:
        problems += [f"{e.key}: claim {c!r} does not exist" for c in e.claims if c not in claims]
        problems += [f"{e.key}: derivation {d!r} does not exist" for d in e.derivations if d not in ids]
        if e.assumption and e.assumption.evaluate and e.assumption.evaluate not in ids:
            problems.append(f"{e.key}: assumption evaluates unknown derivation {e.assumption.evaluate!r}")
    return problems


def cites_papers(paper: str) -> bool:
    """Whether a claim's ``paper`` field cites W or S (rather than F, a fit, or the catalogue alone).

    >>> [cites_papers(p) for p in ("W §3", "S §5.1, eq (17)", "catalogue §7 (W App. I)", "F §3.4",
    ...                            "CATALOGUE §9 (correct value for W §4)", "Hoffmann et al. 2022")]
    [True, True, True, False, True, False]
    """
    return bool(_CITES.search(paper))


def _fits_claims() -> list[Any]:
    """Claims of the shipped fits file, when :mod:`verify.fits` exists (they cite no paper of W/S)."""
    try:
        from . import fits  # type: ignore[attr-defined]
    except ImportError:
        return []
    found = getattr(fits, "claims", None)
    try:
        return list(found() if callable(found) else (found or ()))
    except Exception:  # noqa: BLE001 - a broken fits file is reported by its own module
        return []


def paper_claims() -> list[Any]:
    """Every registry claim (and fits claim) whose ``paper`` cites W or S."""
    import derivations
    every = [c for d in derivations.all() for c in d.claims] + _fits_claims()
    return [c for c in every if cites_papers(getattr(c, "paper", ""))]


def uncovered_claims(entries: Iterable[Entry]) -> list[str]:
    """Ids of claims citing W or S that point at a number no index entry names."""
    named = {c for e in entries for c in e.claims}
    return sorted({c.id for c in paper_claims() if c.id not in named})


def check_assumptions(entries: Iterable[Entry], dps: int = 30) -> list[dict[str, Any]]:
    """Evaluate each assumption's registry check; one record per assumption, with ``holds``."""
    import derivations
    import mpmath

    from .claims import agrees, format_value
    out = []
    for e in entries:
        a = e.assumption
        if a is None:
            continue
        record: dict[str, Any] = {"key": e.key, "holds_if": a.holds_if, "without": a.without}
        if a.evaluate:
            try:
                with mpmath.workdps(dps):
                    value = derivations.get(a.evaluate).evaluate(dps=dps, **a.params)
                record.update(evaluate=a.evaluate, params=dict(a.params), value=a.value,
                              computed=format_value(value, 8), holds=agrees(value, a.value, a.relation, dps))
            except Exception as exc:  # noqa: BLE001 - reported, never raised
                record.update(evaluate=a.evaluate, holds=False, error=f"{type(exc).__name__}: {exc}")
        out.append(record)
    return out


def coverage(entries: Iterable[Entry]) -> dict[str, Any]:
    """Counts by disposition, per paper, and the unchecked numbers with their reasons."""
    entries = tuple(entries)
    by = {k: [e for e in entries if e.disposition == k] for k in ("checked", "not_mathematical", "unchecked")}
    return {
        "numbers": len(entries),
        "checked": len(by["checked"]),
        "checked_by_claim": sum(bool(e.claims) for e in entries),
        "checked_by_derivation": sum(bool(e.derivations) and not e.claims for e in entries),
        "not_mathematical": len(by["not_mathematical"]),
        "unchecked": len(by["unchecked"]),
        "per_paper": {p: {k: sum(e.paper == p for e in v) for k, v in by.items()} for p in ("W", "S")},
        "restored": {r: sum(e.restored == r for e in entries) for r in ("catalogue", "lost")},
        "unchecked_list": [{"key": e.key, "section": e.section, "printed": e.printed, "fragment": e.fragment,
                            "why": e.unchecked} for e in by["unchecked"]],
        "assumptions": [{"key": e.key, "holds_if": e.assumption.holds_if, "without": e.assumption.without}
                        for e in entries if e.assumption is not None],
    }


def summary_line(cov: Mapping[str, Any]) -> str:
    """The report's coverage line.

    >>> summary_line({"numbers": 10, "checked": 6, "not_mathematical": 3, "unchecked": 1})
    '6 of 10 printed numbers checked; 3 not mathematical; 1 unchecked'
    """
    return (f"{cov['checked']} of {cov['numbers']} printed numbers checked; "
            f"{cov['not_mathematical']} not mathematical; {cov['unchecked']} unchecked")

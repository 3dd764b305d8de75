"""Terminal table and JSON file of a verification report.

The report in memory carries the records' prose as written (LaTeX-flavoured, math in
``$...$``; the LaTeX document renders it); the terminal and the JSON file show it as plain
text (:func:`verify.prose.plain`, through :func:`plain_report`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from .claims import STATUSES, counts_text  # errata (issue 17): every claim status counted apart
from .prose import ProseError, plain
from .wall_time import cached_part, shown_seconds

__all__ = ["render_table", "render_summary", "render_failures", "write_json", "report_json_text", "plain_report",
           "time_part", "text", "OverwriteError"]


class OverwriteError(FileExistsError):
    """Refusing to overwrite a file that wallcheck did not write (use ``--force``)."""


def text(s: Any) -> Any:
    r"""Prose as plain text for the terminal and the JSON; anything that is not prose (``None``,
    a number, a message with a stray ``$``) is shown as it is.

    >>> text(r"$N_c = A^{1/\alpha}$")
    'N_c = A^(1/α)'
    """
    if not isinstance(s, str) or "$" not in s:
        return s
    try:
        return plain(s)
    except ProseError:
        return s


#: Report fields that hold the records' prose: entry level, and per list of sub-entries.
_PROSE_FIELDS = ("title", "summary", "source")
_PROSE_LISTS = {"premises": ("text",), "sampling": ("reason",), "claims": ("statement", "note", "correct"),
                "properties": ("text",)}


def plain_report(report: dict[str, Any]) -> dict[str, Any]:
    r"""A copy of ``report`` whose prose (titles, premise texts, notes, claims, route, properties)
    is plain text, as the terminal shows it; the report itself is not changed.

    >>> r = {"derivations": [{"title": r"$D^{\alpha}$", "notes": [r"at $N \to \infty$"],
    ...       "numeric": {"route": r"$\sqrt{2}$"}, "claims": [{"statement": "$x_1$", "note": None}]}]}
    >>> out = plain_report(r)["derivations"][0]
    >>> out["title"], out["notes"], out["numeric"]["route"], out["claims"][0]
    ('D^α', ['at N → ∞'], '√2', {'statement': 'x_1', 'note': None})
    """
    out = dict(report)
    entries = []
    for r in report.get("derivations", []):
        e = dict(r)
        for key in _PROSE_FIELDS:
            if key in e:
                e[key] = text(e[key])
        if "notes" in e:
            e["notes"] = [text(n) for n in e["notes"]]
        if isinstance(e.get("numeric"), dict):
            e["numeric"] = {**e["numeric"], **({"route": text(e["numeric"]["route"])} if "route" in e["numeric"]
                                                else {})}
        for key, fields in _PROSE_LISTS.items():
            if key in e:
                e[key] = [{**item, **{f: text(item[f]) for f in fields if f in item}} for item in e[key]]
        entries.append(e)
    if "derivations" in report:
        out["derivations"] = entries
    if isinstance(report.get("fits"), dict) and report["fits"].get("fits"):
        fits = [{**f, "claims": [{**c, **{k: text(c[k]) for k in ("statement", "note", "correct") if c.get(k)}}
                                 for c in f.get("claims", [])]}
                for f in report["fits"]["fits"]]
        out["fits"] = {**report["fits"], "fits": fits}
    return out


def _claims_cell(claims: list[dict[str, Any]]) -> str:
    if not claims:
        return "-"
    parts = []
    for status in STATUSES:  # errata (issue 17): every claim status
        n = sum(c["status"] == status for c in claims)
        if n:
            parts.append(f"{n} {status if status != 'erratum' or n == 1 else 'errata'}")
    return ", ".join(parts)


def _digits_cell(numeric: dict[str, Any]) -> str:
    d = numeric.get("digits")
    if d is None:
        return "-" if numeric.get("verdict") != "confirmed" else "ok"
    return f"{d:g}"


def render_table(report: dict[str, Any]) -> str:
    """One row per derivation: id, verdict, digits of agreement, what the route is
    (``measurement``: a numerical experiment; ``independent``: another computation from a more
    primitive source; ``consistency``: the premises re-solved numerically, which catches slips in
    the steps only), how values are evaluated (``arb``: every digit of ``evaluate()`` certified
    in ball arithmetic; ``mpmath``: adaptive precision, not certified), claims, seconds."""
    rows = [("id", "verdict", "digits", "route", "values", "claims", "seconds")]
    for r in report["derivations"]:
        verdict = r["verdict"] + (" (≃)" if r.get("approximate") else "")
        kind = r["numeric"].get("kind")
        rows.append((r["id"], verdict, _digits_cell(r["numeric"]),
                     kind or "-",  # the JSON's word (numeric.kind), as the README uses it
                     "arb" if r.get("certified") else "mpmath", _claims_cell(r["claims"]),
                     "cached" if r.get("cached") else f"{r['seconds']:.2f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(7)]
    lines = []
    for k, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1]), row[2].rjust(widths[2]),
                 row[3].ljust(widths[3]), row[4].ljust(widths[4]), row[5].ljust(widths[5]),
                 row[6].rjust(widths[6])]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_failures(report: dict[str, Any]) -> str:
    """What went wrong, with counterexamples: every failed or inconclusive part (the same text as
    :func:`verify.runner.render_failures`, which this is)."""
    from .runner import render_failures as render
    return render(report)


def render_summary(report: dict[str, Any]) -> str:
    """The closing line: counts of verdicts and claims, and the wall time."""
    s = report["summary"]
    share = f"{100 * s['steps_proved'] / s['steps']:.1f}%" if s.get("steps") else "-"
    return (f"{_count(s['derivations'], 'derivation')}: {s['proved']} proved, {s['confirmed']} confirmed, "
            f"{s['inconclusive']} inconclusive, {s['failed']} failed; "
            f"{s.get('steps_proved', 0)} of {s.get('steps', 0)} steps proved symbolically ({share}); "
            + (_routes_part(s["routes"]) if "routes" in s else "")
            + f"{_count(s['claims'], 'claim')}: {counts_text(s)}; "  # errata (issue 17): every status apart
            + (f"{_index_part(report['ledger_index'])}; " if "ledger_index" in report else "")
            + time_part(report))


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, singular for one.

    >>> _count(1, "claim"), _count(0, "claim"), _count(50, "derivation")
    ('1 claim', '0 claims', '50 derivations')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


def time_part(report: dict[str, Any]) -> str:
    """The wall time, never a bare ``0.0 s``: how many results came from the cache, and the time
    to two digits when it is short.

    >>> time_part({"summary": {"seconds": 0.04}, "derivations": [{"cached": True}, {"cached": True}]})
    'all 2 cached, 0.04 s'
    >>> time_part({"summary": {"seconds": 9.87}, "derivations": [{"cached": True}, {}]})
    '1 of 2 cached, 9.9 s'
    """
    entries = report.get("derivations", [])
    cached = sum(bool(r.get("cached")) for r in entries)
    return cached_part(cached, len(entries)) + shown_seconds(report["summary"]["seconds"])


def _routes_part(routes: dict[str, int]) -> str:
    """What the routes are: measured, independent, or only consistency checks of the steps.

    >>> _routes_part({"measurement": 2, "independent": 1, "consistency": 3})
    'routes: 2 measurements, 1 independent, 3 consistency checks only; '
    """
    measured, checks = routes.get("measurement", 0), routes.get("consistency", 0)
    return (f"routes: {measured} measurement{'' if measured == 1 else 's'}, {routes.get('independent', 0)} "
            f"independent, {checks} consistency check{'' if checks == 1 else 's'} only; ")


def _index_part(cov: dict[str, Any]) -> str:
    """The ledger index's coverage (issue 10): printed numbers checked, not mathematical, unchecked."""
    from .ledger_index import summary_line
    return summary_line(cov)


def report_json_text(report: dict[str, Any]) -> str:
    """The JSON file's text: the report with its prose as plain text, indented, one final newline."""
    return json.dumps(plain_report(report), indent=2, ensure_ascii=False) + "\n"


def write_json(report: dict[str, Any], path: str, *, force: bool = False, stdout: TextIO | None = None) -> None:
    """Write the report, its prose as plain text (:func:`plain_report`); ``-`` means standard
    output. Never clobbers a foreign file."""
    content = report_json_text(report)
    if path == "-":
        assert stdout is not None
        stdout.write(content)
        return
    target = Path(path)
    if target.exists() and not force:
        try:
            ours = json.loads(target.read_text()).get("generator") == "wallcheck"
        except (ValueError, OSError, AttributeError):
            ours = False
        if not ours:
            raise OverwriteError(f"{path} exists and is not a wallcheck report; pass --force to overwrite it")
    target.write_text(content)

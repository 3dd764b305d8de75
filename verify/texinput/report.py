r"""Verdicts back at the author's lines: the report's step entries, the failure text and the ``.wcaux`` file.

:func:`annotate_report` adds to every step of a derivation read from LaTeX where it was
written (``"tex": {"file", "line", "text"}``) and, for a failed or inconclusive step, what
the rule derived and what the author wrote, in LaTeX notation. :func:`render_tex_failures`
says it per line (``paper.tex:42: failed: ...``), with the counterexample. :func:`write_aux`
writes ``paper.wcaux`` next to ``paper.tex``: the verdicts the markup shows on the next
LaTeX pass when asked (``\usepackage[marks]{wallcheck}``). A file of that name that
wallcheck did not write is never overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Sequence

__all__ = ["annotate_report", "render_tex_failures", "write_aux", "aux_text", "AUX_MARKER"]

#: First line of every ``.wcaux`` file wallcheck writes (a file without it is not ours).
AUX_MARKER = "% wallcheck verdicts, written by python -m verify; LaTeX reads them with \\usepackage[marks]{wallcheck}"

_BAD = ("failed", "inconclusive")
_RANK = {"proved": 0, "confirmed": 1, "inconclusive": 2, "failed": 3}


def _origin(d: Any) -> Any:
    from . import origin_of
    return origin_of(d)


def _latex(form: Any, d: Any, origin: Any) -> str:
    import sympy

    from verify.notation import latex, names_for, relation_symbol
    names = {**origin.names, **names_for(d)}
    try:
        if isinstance(form, sympy.core.relational.Relational):
            return f"{latex(form.lhs, names)} {relation_symbol(form)} {latex(form.rhs, names)}"
        return latex(form, names)
    except Exception:  # noqa: BLE001 - a form the printer cannot set is shown as SymPy text
        return str(form)


def annotate_report(report: dict[str, Any], selection: Sequence[Any], *, write: bool = True) -> list[str]:
    """Put file and line on the steps of every derivation read from LaTeX; write the ``.wcaux`` files.

    Returns the warnings (an aux file not written because a foreign file has its name).
    """
    by_id = {d.id: d for d in selection if _origin(d) is not None}
    if not by_id:
        return []
    for entry in report.get("derivations", []):
        d = by_id.get(entry["id"])
        if d is None:
            continue
        origin = _origin(d)
        entry["tex"] = {"file": origin.path, "line": origin.line}
        try:
            outcomes = list(d.replay())
        except Exception:  # noqa: BLE001 - a chain that cannot be replayed is reported by its steps
            outcomes = []
        for k, step in enumerate(entry.get("steps", [])):
            if k >= len(origin.steps):
                break
            where = origin.steps[k]
            step["tex"] = {"file": origin.path, "line": where.line, "text": where.text}
            if step["verdict"] in _BAD and k < len(outcomes):
                o = outcomes[k]
                derived = o.given if step.get("kind") == "equivalence" else o.output
                if derived is not None:
                    step["tex"]["derived"] = _latex(derived, d, origin)
                if o.expect is not None:
                    step["tex"]["written"] = _latex(o.expect, d, origin)
                if o.error:
                    step["tex"]["error"] = o.error
    if not write:
        return []
    warnings = []
    for path, entries in _by_file(report, by_id).items():
        problem = write_aux(path, entries)
        if problem:
            warnings.append(problem)
    return warnings


def _by_file(report: dict[str, Any], by_id: dict[str, Any]) -> dict[Path, list[tuple[Any, dict[str, Any]]]]:
    out: dict[Path, list[tuple[Any, dict[str, Any]]]] = {}
    for entry in report.get("derivations", []):
        d = by_id.get(entry["id"])
        if d is not None:
            out.setdefault(Path(_origin(d).file), []).append((d, entry))
    return out


def aux_text(entries: Iterable[tuple[Any, dict[str, Any]]]) -> str:
    r"""The ``.wcaux`` content: ``\wcverdict{id}{verdict}`` and ``\wcmark{id}{display}{text}`` lines."""
    lines = [AUX_MARKER]
    for d, entry in entries:
        origin = _origin(d)
        lines.append(f"\\wcverdict{{{entry['id']}}}{{{entry['verdict']}}}")
        displays: dict[int, list[str]] = {}
        for where, step in zip(origin.steps, entry.get("steps", [])):
            displays.setdefault(where.display, []).append(step["verdict"])
        for n in sorted(displays):
            if n <= 0:
                continue
            verdicts = displays[n]
            worst = max(verdicts, key=lambda v: _RANK.get(v, 3))
            text = worst if len(set(verdicts)) == 1 else " / ".join(verdicts)
            lines.append(f"\\wcmark{{{entry['id']}}}{{{n}}}{{{text}}}")
    return "\n".join(lines) + "\n"


def write_aux(tex_path: Path, entries: list[tuple[Any, dict[str, Any]]]) -> str | None:
    """Write ``<tex>.wcaux`` next to ``tex_path``; a warning instead when a foreign file has that name."""
    target = Path(tex_path).with_suffix(".wcaux")
    if target.exists():
        try:
            first = target.read_text(encoding="utf-8").split("\n", 1)[0]
        except (OSError, UnicodeDecodeError):
            first = ""
        if first != AUX_MARKER:
            return f"{target}: not written: a file of that name exists and wallcheck did not write it"
    try:
        target.write_text(aux_text(entries), encoding="utf-8")
    except OSError as exc:
        return f"{target}: not written: {exc.strerror or exc}"
    return None


def render_tex_failures(report: dict[str, Any]) -> str:
    """Every failed or inconclusive step read from LaTeX, at its file and line, with both forms."""
    out = []
    for entry in report.get("derivations", []):
        for k, step in enumerate(entry.get("steps", []), 1):
            tex = step.get("tex")
            if tex is None or step["verdict"] not in _BAD:
                continue
            head = f"{tex['file']}:{tex['line']}: {entry['id']} line {tex['line']}"
            if step.get("depends_on"):
                dep = entry["steps"][step["depends_on"] - 1].get("tex", {}).get("line", "?")
                out.append(f"{head}: {step['verdict']} only as a consequence of line {dep} (its input is that "
                           f"line as written; from the corrected form it holds)")
                continue
            lines = [f"{head} ({step['description']}): {step['verdict']}: {step.get('method', '')}",
                     f"    as written: {tex['text']}"]
            if "derived" in tex:
                what = "from the line before" if step.get("kind") == "equivalence" else "the rule derived"
                lines.append(f"    {what}: {tex['derived']}")
            if "written" in tex:
                lines.append(f"    you wrote: {tex['written']}")
            if step.get("counterexample"):
                lines.append("    counterexample: " + ", ".join(f"{a} = {b}" for a, b in step["counterexample"].items()))
            out.append("\n".join(lines))
    return "\n".join(out)

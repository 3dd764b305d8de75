"""``python -m verify --show ID``: one derivation in readable terminal text.

Its symbols and domains, its premises, every step as the relation it yields with the rule
and the checker's verdict, the boxed result, the independent route, the properties and the
claims. Expressions are the LaTeX of :mod:`verify.latex` read as text (the same symbol
registry, the same order of terms); prose is :func:`verify.prose.plain`.

>>> import derivations, io
>>> buf = io.StringIO()
>>> entry = show(derivations.get("mc.error_law"), buf, dps=20)
>>> print(buf.getvalue().splitlines()[0][:30], entry["verdict"])
mc.error_law: Monte Carlo erro proved
"""

from __future__ import annotations

import re
import textwrap
from typing import Any, Mapping, TextIO

from derivations import Derivation

__all__ = ["render_show", "show"]

_WIDTH = 100


def _plain(s: str) -> str:
    from . import prose
    try:
        return prose.plain(s)
    except ValueError:
        return s


def _value(v: Any) -> str:
    """A claim's value as the terminal shows it: the paper's ``10^{-2}`` as ``10^−2``.

    >>> _value("10^{-2}"), _value("15^{1/6}"), _value(0.25), _value("true")
    ('10^−2', '15^(1/6)', '0.25', 'true')
    """
    return _math(v) if isinstance(v, str) and v else str(v)


def _math(tex: str) -> str:
    """A LaTeX relation as text (the terminal's view of what the document prints)."""
    return " ".join(_plain("$" + tex + "$").split())


_NAME = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)(?![\w(])")


def _sympy_text(s: str, names: Mapping[str, str]) -> str:
    """A side condition as the checker states it (SymPy's syntax) in the terminal's notation: the
    derivation's symbols as the registry prints them, ``**`` as ``^``, ``*`` as ``·``.

    >>> _sympy_text("((1 - p)/p)**(1/alpha_c) > 0 (a real power of it is defined)", {"alpha_c": r"\\alpha_C"})
    '((1 - p)/p)^(1/α_C) > 0 (a real power of it is defined)'
    """
    s = _plain(s) if "$" in s else s  # a rule's prose quoted in the condition
    out = _NAME.sub(lambda m: _plain("$" + names[m.group(1)] + "$") if m.group(1) in names else m.group(1), s)
    return out.replace("**", "^").replace("*", "·")


def _wrap(s: str, indent: str) -> list[str]:
    return textwrap.wrap(s, _WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent.rstrip()]


def render_show(d: Derivation, result: Mapping[str, Any]) -> str:
    """The terminal text of one derivation with the verdicts of its report entry ``result``."""
    from . import notation
    from .latex import equations

    from .latex import _Renderer
    renderer = _Renderer(d, result)
    eqs = equations(d, result)
    by_where = {e.where: e for e in eqs}
    lines = [f"{d.id}: {_plain(d.title)}",
             f"source: {_plain(d.source)}    verdict: {result.get('verdict', '?')}"]
    if d.summary:
        lines += [""] + _wrap(_plain(d.summary), "")
    names = notation.names_for(d)
    if d.symbols:
        lines += ["", "Symbols"]
        for p in d.symbols:
            sym = _math(notation.latex(p.symbol, names))
            doc = f"  {_plain(p.doc)}" if p.doc else ""
            lines += _wrap(f"{sym} ∈ {_math(p.domain.latex())}{doc}", "  ")
    lines += ["", "Premises"]
    for prem in d.premises:
        eq = by_where.get(f"{d.id} premise {prem.name}")
        lines.append(f"  ({prem.name})  {_math(eq.tex) if eq else prem.expr}")
        lines += _wrap(_plain(prem.text), "          ")
    lines += ["", "Steps"]
    steps = list(result.get("steps") or [])
    for k, outcome in enumerate(d.replay()):
        eq = by_where.get(f"{d.id} step {k + 1}")
        rule = outcome.rule
        s = steps[k] if k < len(steps) else {}
        src = f" (from {rule.on})" if rule.on else ""
        name = f" [{rule.name}]" if rule.name else ""
        lines.append(f"  {k + 1:2d}. {_math(eq.tex) if eq else outcome.expect}{name}")
        verdict = s.get("verdict", "not checked")
        method = s.get("method", "")
        how = re.sub(r"\\eqref\{wc:[^}]*:([^}:]*)\}", r"(\1)", renderer.rule_tex(rule))
        lines += _wrap(f"{_plain(how)}{src}: {verdict}" + (f" ({method})" if method else ""), "      ")
        if rule.note:
            lines += _wrap(_plain(rule.note), "      ")
        for c in s.get("conditions") or []:
            lines += _wrap(f"side condition {_sympy_text(c['condition'], names)}: {c['verdict']}", "      ")
        if s.get("counterexample"):
            lines += _wrap("counterexample: " + ", ".join(f"{k_} = {v}" for k_, v in s["counterexample"].items()),
                           "      ")
    res = by_where.get(f"{d.id} result")
    if res is not None:
        box = _math(res.tex)
        lines += ["", "Result", "  ┌" + "─" * (len(box) + 2) + "┐", f"  │ {box} │", "  └" + "─" * (len(box) + 2) + "┘"]
    n = result.get("numeric") or {}
    if n.get("route"):
        lines += ["", "Independent check"] + _wrap(f"{_plain(n['route'])}: {_plain(n.get('detail') or '')} "
                                                   f"[{n.get('verdict')}]", "  ")
    if result.get("properties"):
        lines += ["", "Properties"]
        for p in result["properties"]:
            lines += _wrap(f"{_plain(p['text'])} [{p['verdict']}, {p.get('examples', 0)} examples]", "  ")
    if result.get("claims"):
        lines += ["", "Claims"]
        for c in result["claims"]:
            head = (f"{c['status']:9s} {c['id']}: printed {c.get('relation', '=')} {_value(c.get('printed'))}, "
                    f"computed {_value(c.get('computed'))}")
            if c.get("correct_value"):
                head += f"; correct value {_value(c['correct_value'])}"
            lines += _wrap(head, "  ")
            lines += _wrap(_plain(c["statement"]) + f" ({_plain(c['paper'])})", "            ")
            if c.get("correct"):
                lines += _wrap("correct: " + _plain(c["correct"]), "            ")
            if c.get("note"):
                lines += _wrap(_plain(c["note"]), "            ")
    notes = result.get("notes") or []
    if notes:
        lines += ["", "Notes"]
        for note in notes:
            lines += _wrap(_plain(note), "  ")
    return "\n".join(lines) + "\n"


def show(d: Derivation, out: TextIO, *, dps: int = 50, properties: int = 10, cache: Any = None) -> dict[str, Any]:
    """Check ``d`` and write its terminal text to ``out``; returns the report entry."""
    from .runner import check_one
    result = check_one(d, dps, cache=cache, properties=properties)
    out.write(render_show(d, result))
    return result

r"""Prose and numbers as LaTeX for the emitted document: one printer of text, ids and values.

Expressions are printed by :mod:`verify.notation`; everything else the fragments and the
document set in text goes through here: plain text (:func:`text`), a record's prose
(``_prose``, math between ``$...$``, with plain text and mixed prose typeset all the same),
plain text quoted from a paper (``_plain_prose``), headings and their PDF bookmarks, ids that
may break at their dots, and the ledger's values (``_value``, ``_computed``, :func:`number_tex`),
never in Python's float syntax. The underscored helpers are this package's own.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from ..prose import number_latex, significant_digits

__all__ = ["text", "number_tex"]


_OVERBAR = re.compile(r"(\w)\u0304")


def text(s: str) -> str:
    r"""Plain text (possibly with Unicode math symbols) as LaTeX that pdflatex accepts.

    Used by :func:`verify.prose.latex` for the text between math segments.

    >>> print(text("x̄ ≈ 50%"))
    \ensuremath{\bar{x}} \ensuremath{\approx} 50\%
    """
    from pylatexenc.latexencode import unicode_to_latex
    bars: list[str] = []

    def keep(m: re.Match[str]) -> str:
        bars.append(m.group(1))
        return f"WALLCHECKBAR{len(bars) - 1}Z"

    out = unicode_to_latex(_OVERBAR.sub(keep, s), non_ascii_only=False, unknown_char_warning=False)
    for i, ch in enumerate(bars):
        out = out.replace(f"WALLCHECKBAR{i}Z", r"\ensuremath{\bar{" + ch + "}}")
    # Anything pylatexenc does not know must not break the build: name it instead.
    return "".join(c if ord(c) < 128 else f"[U+{ord(c):04X}]" for c in out)


def _prose(s: str) -> str:
    """Prose as LaTeX (:func:`verify.prose.latex`); prose that is not yet written as
    LaTeX-flavoured text (a user's own record) is escaped as plain text instead. An id in the
    text (``pedestal.effective_exponent``) may break after its dots and underscores."""
    from .. import prose
    try:
        out = prose.latex(s)
    except ValueError:
        try:
            pieces = prose.segments(s)
        except ValueError:  # an odd dollar: the whole string is plain text
            pieces = [(False, s)]
        # Mixed prose (a plain-text reading name joined to a note in markup) keeps its math:
        # escaping its $...$ as text would print "\alpha" in the PDF.
        out = "".join(_prose_piece(is_math, p) for is_math, p in pieces)
    parts = re.split(r"((?<!\\)\$.*?(?<!\\)\$)", out)
    return "".join(p if k % 2 else _BREAKABLE.sub(r"\g<0>\\allowbreak{}", p) for k, p in enumerate(parts))


def _prose_piece(is_math: bool, s: str) -> str:
    """One ``segments`` piece of prose that :func:`verify.prose.latex` refused as a whole:
    as prose if it is prose on its own, else as plain text."""
    from .. import prose
    try:
        return prose.latex(f"${s}$" if is_math else s)
    except ValueError:
        return _plain_prose(s)


def _plain_prose(s: str) -> str:
    """Plain text (a user's record, a passage quoted from the paper's text) as LaTeX: its
    powers (``N^{−α}``, ``β(l)^{−1/3}``), one-letter subscripts (``ϵ_0``) and Python floats
    typeset, the rest escaped, so that no ``^{`` reaches the PDF."""
    return "".join(_plain_text(p) if k % 2 == 0 else _plain_power(p) for k, p in enumerate(_TEXT_POWER.split(s)))


#: Mathematics written TeX-style in plain text: a power (``N^{−α}``, ``10^{-16}``,
#: ``β(l)^{−1/3}``) or a one-letter base with a one-character or braced subscript (``ϵ_0``);
#: ``p_crit`` and ids stay text.
_TEXT_POWER = re.compile(r"((?:[\w.]*\([^()$]*\)|[\w.]+)\^\{[^{}$]*\}"
                         r"|(?<![\w.])[^\W\d_]_(?:\{[^{}$]*\}|[^\W_])(?![\w.]))")


def _plain_power(s: str) -> str:
    if "^{" not in s:
        base, _, index = s.partition("_")
        return f"${text(base)}_{{{text(index.strip('{}'))}}}$"
    base, _, exponent = s[:-1].partition("^{")
    return f"${text(base)}^{{{text(exponent)}}}$"


def _plain_text(s: str) -> str:
    from .. import prose
    pieces = prose._PY_FLOAT.split(s)
    return "".join(text(pieces[k]) + (
        (f"${prose.number_latex(pieces[k + 1], pieces[k + 2])}$" if pieces[k + 1]
         else prose.number_latex(pieces[k + 3] + ".0")) if k + 3 < len(pieces) else "")
        for k in range(0, len(pieces), 4))


#: Where an id in text may break: after a dot between letters, after an underscore.
_BREAKABLE = re.compile(r"(?<=[a-z]{2})\.(?=[a-z]{2})|\\_")


def _plain(s: str) -> str:
    from .. import prose
    try:
        return prose.plain(s)
    except ValueError:
        return s


def _bookmark(s: str) -> str:
    """ASCII text for PDF bookmarks (hyperref cannot put math there): Greek letters by name."""
    out = []
    for ch in _plain(s):
        if ord(ch) < 128:
            out.append(ch)
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("GREEK"):
            word = name.split()[-1].lower()
            out.append(word.capitalize() if "CAPITAL" in name else word)
        elif unicodedata.category(ch).startswith("P") or "DASH" in name or name == "MINUS SIGN":
            out.append("-")
        elif unicodedata.category(ch).startswith("Z"):
            out.append(" ")
    return text("".join(out))


def _heading(s: str) -> str:
    return rf"\texorpdfstring{{{_prose(s)}}}{{{_bookmark(s)}}}"


def _id(ident: str) -> str:
    r"""An id in typewriter type that may break after its dots and underscores (long claim ids
    would otherwise run into the margin).

    >>> _id("rou.cauchy_truncated")
    '\\wcid{rou.\\allowbreak{}cauchy\\_\\allowbreak{}truncated}'
    """
    return r"\wcid{" + text(ident).replace(".", r".\allowbreak{}").replace(r"\_", r"\_\allowbreak{}") + "}"


_NUMERIC = re.compile(r"^[-+0-9.eE/^{}()·×* −]+$")
_PY_NUMBER = re.compile(r"^[-+]?\d+(\.\d*)?([eE][-+]?\d+)?$")


def _value(value: Any, relation: str = "=") -> str:
    r"""A value as the ledger prints it, in math where it is a number (``10^{-16}``); Python's
    float syntax (``1e+20``) typeset as the number it is.

    >>> _value("10^{-16}", "∼"), _value("true"), _value("1e+20")
    ('$\\sim 10^{-16}$', 'true', '$10^{20}$')
    """
    s = str(value).strip()
    rel = {"=": "", "≈": r"\approx ", "∼": r"\sim "}.get(relation, "")
    if _PY_NUMBER.match(s) and re.search(r"[eE]|\.0*$", s):
        mantissa, _, exponent = s.lower().partition("e")
        return f"${rel}{number_latex(mantissa, exponent or None)}$"
    if s and _NUMERIC.match(s):
        s = s.replace("·", r"\cdot ").replace("×", r"\times ").replace("−", "-")
        return f"${rel}{s}$"
    return (f"${rel.strip()}$ " if rel else "") + _prose(s)


def number_tex(x: float, digits: int = 3) -> str:
    r"""``x`` in LaTeX with ``digits`` significant digits: an integer exactly, ``6.93 \times 10^{-6}``,
    ``10^{20}``, never Python's float syntax.

    >>> number_tex(6.93176495678764e-06), number_tex(1e20), number_tex(3.0), number_tex(0.3398, 4)
    ('6.93 \\times 10^{-6}', '10^{20}', '3', '0.3398')
    """
    if x != x or x in (float("inf"), float("-inf")):
        return r"\infty" if x > 0 else (r"-\infty" if x < 0 else r"\mathrm{NaN}")
    if x == int(x) and abs(x) < 1e7:
        return str(int(x))
    e = int(math.floor(math.log10(abs(x))))
    if -3 <= e < 6:
        return number_latex(f"{x:.{max(digits - 1 - e, 0)}f}")
    mantissa, _, exponent = f"{x:.{digits - 1}e}".partition("e")
    return number_latex(mantissa, exponent)


def _computed(value: Any, printed: Any) -> str:
    """A computed value to the digits that matter beside the printed one (one more than it
    prints, at least three)."""
    if isinstance(value, bool) or value is None:
        return _value(str(value))
    try:
        x = float(value)
    except (TypeError, ValueError):
        return _value(str(value))
    return "$" + number_tex(x, min(max(3, significant_digits(printed) + 1), 12)) + "$"

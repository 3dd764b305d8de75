r"""Column-safe displays: how a relation is laid out so that it fits a two-column paper.

The strategy (documented in the README):

1. A relation whose estimated width fits one line (:data:`LINE_LIMIT` glyphs, about the
   ``\columnwidth`` of a standard ``twocolumn`` article less the equation number) is one line.
2. A longer one breaks its right-hand side at the top-level ``+`` and ``-`` of the sum it
   prints (:meth:`verify.notation.Printer.add_pieces`, whose pieces join to exactly the
   printed right-hand side, so what is checked by parse-back is what is shown), filling each
   line; continuation lines are indented by ``\qquad`` and start with the operator.
3. Whatever still does not fit (a matrix, a product of long factors) is scaled down to the
   line at typesetting time by ``\wcfit`` (wallcheck.sty), which measures the box TeX
   actually built: nothing runs into the margin, whatever the estimate said.

The estimate (:func:`width`) counts glyphs roughly: a fraction is as wide as its wider
part, indices count at 0.7, a relation or a binary operator with its spaces as two.
"""

from __future__ import annotations

import re

from ..prose import brace_group

__all__ = ["LINE_LIMIT", "width", "display_lines", "display"]

#: Estimated glyphs on one display line of a two-column article (229.5 pt at 10 pt, less the
#: equation number): lines are filled up to this, and ``\wcfit`` catches what the estimate misses.
LINE_LIMIT = 34.0

_SPACES = {r"\quad": 2.0, r"\qquad": 4.0, r"\,": 0.3, r"\;": 0.5, r"\:": 0.4, r"\!": -0.2, r"\ ": 0.5}
_WIDE = {r"\implies": 3.5, r"\sum": 1.6, r"\prod": 1.6, r"\int": 1.2, r"\infty": 1.3, r"\cdot": 1.5,
         r"\times": 2.0, r"\to": 2.5, r"\le": 2.0, r"\ge": 2.0, r"\neq": 2.0, r"\simeq": 2.0,
         r"\approx": 2.0, r"\sim": 2.0, r"\in": 2.0}
_IGNORED = {r"\left", r"\right", r"\displaystyle", r"\limits", r"\nonumber", r"\mathrm", r"\operatorname",
            r"\boxed", r"\bar", r"\hat", r"\tilde", r"\mathbb", r"\mathcal", r"\text"}
_NAMED = {r"\log": 3.0, r"\ln": 2.0, r"\exp": 3.0, r"\det": 3.0, r"\sin": 3.0, r"\cos": 3.0, r"\tan": 3.0,
          r"\tanh": 4.0, r"\sinh": 4.0, r"\cosh": 4.0, r"\max": 3.0, r"\min": 3.0}


def width(tex: str) -> float:
    r"""A rough width of ``tex`` in glyphs (enough to decide where a line breaks).

    >>> width("a + b") , width(r"\frac{A}{N^{\alpha}}"), width(r"\mathrm{d} \ln E")
    (4.0, 2.1, 4.0)
    """
    total, i = 0.0, 0
    while i < len(tex):
        c = tex[i]
        if c == " ":
            i += 1
        elif c == "\\":
            name = re.match(r"\\([A-Za-z]+|.)", tex[i:]).group(0)
            i += len(name)
            if name in ("\\frac", "\\dfrac", "\\tfrac"):
                num, i = brace_group(tex, i)
                den, i = brace_group(tex, i)
                total += max(width(num), width(den)) + 0.4
            elif name == "\\sqrt":
                if tex[i:i + 1] == "[":
                    i = tex.index("]", i) + 1
                arg, i = brace_group(tex, i)
                total += width(arg) + 1.0
            elif name in ("\\mathrm", "\\operatorname", "\\text", "\\textsf", "\\texttt", "\\mathbb",
                          "\\mathcal", "\\bar", "\\hat", "\\tilde", "\\boxed"):
                arg, i = brace_group(tex, i)
                total += (len(arg) if name in ("\\mathrm", "\\operatorname", "\\text") and "\\" not in arg
                          else width(arg)) + (1.0 if name == "\\boxed" else 0.0)
            elif name in ("\\begin", "\\end"):
                _, i = brace_group(tex, i)
            elif name in _SPACES:
                total += _SPACES[name]
            elif name in _WIDE:
                total += _WIDE[name]
            elif name in _NAMED:
                total += _NAMED[name]
            elif name in _IGNORED or name in ("\\{", "\\}"):
                total += 0.0 if name in _IGNORED else 1.0
            else:
                total += 1.0
        elif c in "^_":
            arg, i = brace_group(tex, i + 1)
            total += 0.7 * width(arg)
        elif c in "{}&":
            i += 1
        elif c in "+-=<>":
            total += 2.0
            i += 1
        else:
            total += 1.0
            i += 1
    return round(total, 2)


def display_lines(head: str, pieces: list[str], limit: float = LINE_LIMIT) -> list[str]:
    r"""``head`` (``\implies lhs =``) and the right-hand side's ``pieces`` filled into lines of
    at most ``limit`` estimated glyphs; a continuation line starts with ``{}`` and its operator.

    >>> display_lines("L =", ["E", " + A", " - B"], limit=7)
    ['L = E + A', '{} - B']
    """
    lines: list[str] = []
    current = (head + " " + pieces[0]) if head else pieces[0]
    for piece in pieces[1:]:
        if width(current + piece) > limit:
            lines.append(current)
            current = "{}" + piece
        else:
            current += piece
    lines.append(current)
    return lines


def display(lead: str, rel: str, pieces: list[str], limit: float = LINE_LIMIT) -> str:
    r"""The body of a display of ``lead rel rhs`` (``lead``: a connective and a left-hand side,
    ``pieces``: the right-hand side's, see :meth:`verify.notation.Printer.add_pieces`): one line
    when it fits, else flush-left lines in ``aligned`` (continuations indented by ``\qquad``),
    a long left-hand side on a line of its own; all inside ``\wcfit``, so that TeX scales down
    what still overflows.

    >>> display("x", "=", ["1"])
    '\\wcfit{x = 1}'
    >>> print(display("L", "=", ["E", " + A", " - B"], limit=7))
    \wcfit{\begin{aligned}&L = E + A\\ &\qquad {} - B\end{aligned}}
    """
    head = f"{lead} {rel}".strip()
    lines = display_lines(head, pieces, limit)
    if width(lines[0]) > limit and lead and width(lead) > limit / 3:
        lines = [lead] + display_lines(rel, pieces, limit - 4)
    if len(lines) == 1:
        return r"\wcfit{" + lines[0] + "}"
    body = "&" + lines[0] + "".join(r"\\ &\qquad " + line for line in lines[1:])
    return r"\wcfit{\begin{aligned}" + body + r"\end{aligned}}"

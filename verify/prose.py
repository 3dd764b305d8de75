"""Prose in the records (titles, summaries, notes, premise texts, claims): one source, two renderings.

Every piece of prose a record carries is written once, as LaTeX-flavoured text: its
mathematics between ``$...$`` (``$\\alpha_p(x)$``), its text plain (Unicode letters and
punctuation that pdflatex accepts are fine outside math). :func:`latex` gives the LaTeX
the document inserts; :func:`plain` gives the readable text the terminal and the JSON show.

>>> plain(r"the exponent $\\alpha_p(x)$ falls below $1/3$")
'the exponent α_p(x) falls below 1/3'
"""

from __future__ import annotations

import re

__all__ = ["latex", "plain"]

_MATH = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$", re.S)


def latex(s: str) -> str:
    r"""Prose as LaTeX: math segments verbatim, the text between them escaped for pdflatex.

    >>> print(latex(r"x̄ ≈ 50% at $p = 1/2$"))
    \ensuremath{\bar{x}} \ensuremath{\approx} 50\% at $p = 1/2$
    """
    from .latex import text
    out, last = [], 0
    for m in _MATH.finditer(s):
        out.append(text(s[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(text(s[last:]))
    return "".join(out)


def plain(s: str) -> str:
    r"""Prose as plain Unicode text (pylatexenc's latex-to-text on the math segments).

    >>> plain(r"$N^{-2h/d}$ and $\sqrt{2}$")
    'N^-2h/d and √(2)'
    """
    from pylatexenc.latex2text import LatexNodes2Text
    conv = LatexNodes2Text(math_mode="text")
    out, last = [], 0
    for m in _MATH.finditer(s):
        out.append(s[last:m.start()])
        out.append(conv.latex_to_text(m.group(1)))
        last = m.end()
    out.append(s[last:])
    return "".join(out)

r"""A derivation as one MathJax display, for Jupyter's ``_repr_latex_``.

MathJax has no ``wallcheck.sty`` and sets the argument of ``\text`` literally, so the display is
built apart from the fragments: the same relations and rule descriptions
(:class:`verify.latex.chains.ChainRenderer`), the rules' prose turned into plain Unicode.
"""

from __future__ import annotations

import re

from derivations import Derivation

from .chains import ChainRenderer
from .printer import _plain

__all__ = ["repr_latex"]


#: Text escapes of :func:`verify.prose.latex` that pylatexenc's latex-to-text drops, as characters.
_MATHJAX_TEXT = {r"\S{}": "§", r"\P{}": "¶", r"\textquotedbl{}": '"', r"\textless{}": "<", r"\textgreater{}": ">",
                 r"\textbar{}": "|", r"\textasciicircum{}": "^", r"\textasciitilde{}": "~",
                 r"\textbackslash{}": "∖", r"\textdegree{}": "°", r"\guillemotleft{}": "«",
                 r"\guillemotright{}": "»"}
#: Characters that would end or escape MathJax's ``\text{...}`` argument.
_MATHJAX_UNSAFE = str.maketrans({"{": "(", "}": ")", "\\": "∖", "$": "＄"})


def _math_in_text(tex: str) -> str:
    r"""LaTeX text with ``$...$`` math as the inside of MathJax's ``\text{...}``.

    MathJax sets the argument of ``\text`` literally (no macros, no escapes), so the text
    parts become plain Unicode and each math part is set between two ``\text`` pieces.

    >>> print(_math_in_text(r"from \emph{f\_plus}: W \S{}3, $x \to 1$"))
    from f_plus: W §3, }x \to 1\text{
    """
    from pylatexenc.latex2text import LatexNodes2Text
    to_text = LatexNodes2Text()
    out = []
    for k, part in enumerate(re.split(r"(?<!\\)\$(.+?)(?<!\\)\$", tex)):
        if k % 2:
            out.append("}" + part + r"\text{")
            continue
        for escaped, char in _MATHJAX_TEXT.items():
            part = part.replace(escaped, char)
        out.append(to_text.latex_to_text(part).translate(_MATHJAX_UNSAFE) if part else "")
    return "".join(out)


def repr_latex(d: Derivation) -> str:
    r"""The derivation as one MathJax display (Jupyter's ``_repr_latex_``): title, premises, the
    chain of steps with their rules, the boxed result. No verdicts: nothing has been checked yet.

    >>> import derivations
    >>> tex = repr_latex(derivations.get("pedestal.p_crit"))
    >>> tex.startswith("$$") and r"\boxed{p = \frac{1}{1 + N^{\alpha_{C}}}}" in tex
    True
    """
    r = ChainRenderer(d, {"verdict": "", "steps": []})
    rows = [r"&\textbf{\text{" + _plain(d.title).replace("$", "").translate(_MATHJAX_UNSAFE) + "}}"]
    for prem in d.premises:
        eq = r.relation(f"{d.id} premise {prem.name}", prem.expr)
        rows.append(rf"&{eq.tex} && \text{{premise ({prem.name.translate(_MATHJAX_UNSAFE)})}}")
    result_eq = None
    try:
        result_eq = r.relation(f"{d.id} result", d.closed_form)
    except Exception:  # noqa: BLE001 - a broken chain still shows its steps
        pass
    for k, outcome in enumerate(d.replay()):
        form = outcome.expect if outcome.expect is not None else outcome.rule.expect
        eq = r.relation(f"{d.id} step {k + 1}", form, approximate=bool(outcome.approximate))
        how = _math_in_text(re.sub(r"\\eqref\{wc:[^}]*:([^}:]*)\}", r"(\1)", r.rule_tex(outcome.rule)))
        body = eq.tex
        if result_eq is not None and eq.tex == result_eq.tex and d.result_step in (None, outcome.rule.name):
            body = rf"\boxed{{{body}}}"
        rows.append(rf"\implies &{body} && \text{{{how}}}")
    return "$$\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}$$"

r"""The fragments of one derivation: the full account, the chain alone, the result alone.

:class:`FragmentRenderer` adds to the chain (:mod:`verify.latex.chains`) what a full account
shows around it: the source and verdict, summary, symbols, the independent route, the
properties, the claims as a table with errata set apart, and the notes.
:func:`render_parts` gives the three files a paper can ``\input`` (``\wcderivation``,
``\wcchain``, ``\wcresult``).
"""

from __future__ import annotations

from typing import Any, Mapping

from derivations import Derivation

from .chains import ChainRenderer, Equation
from .package import MARKER
from .printer import _computed, _id, _plain_prose, _prose, _value, text

__all__ = ["FragmentRenderer", "fragment_path", "render_fragment", "render_parts", "render_derivation",
           "equations"]


def fragment_path(ident: str) -> str:
    """Where a derivation's fragment lives in the output directory (relative, POSIX)."""
    return f"derivations/{ident}.tex"


class FragmentRenderer(ChainRenderer):
    """Renders the full account of one derivation with its report entry; its chain and result
    alone are kept as :attr:`chain_tex` and :attr:`result_tex`."""

    def render(self) -> str:
        """The full account of the derivation (``derivations/<id>.tex``); also fills
        :attr:`chain_tex` and :attr:`result_tex`, the chain alone and the result alone."""
        d, result = self.d, self.result
        lines = [r"\wcbegin",
                 rf"{_id(d.id)} --- {_prose(d.source)}. Verdict: \textbf{{{text(result['verdict'])}}}.\par"]
        if d.summary:
            lines += [_prose(d.summary) + r"\par"]
        if d.symbols:
            syms = [rf"${self.math(p.symbol)} \in {p.domain.latex()}$" + (f" ({_prose(p.doc)})" if p.doc else "")
                    for p in d.symbols]
            lines += [r"\wchead{Symbols} " + "; ".join(syms) + r".\par"]
        lines += self.premises()
        chain = self.chain()
        # the chain alone cites its premises by number only where the document has them
        alone = "\n".join(chain[1:]) + "\n"
        for prem in d.premises:
            label = self.labels[prem.name]
            alone = alone.replace(rf"\eqref{{{label}}}", rf"\wcref{{{label}}}{{{text(prem.name)}}}")
        self.chain_tex = alone
        lines += chain
        result_block = self.result_block()
        self.result_tex = "\n".join(result_block[1:]) + "\n"
        lines += result_block
        lines += self.route()
        lines += self.properties()
        lines += self.claims()
        if d.notes:
            notes = self.result["notes"] if "notes" in self.result else d.note_texts()
            lines += [r"\begin{wcnotes}", "\n\n".join(_prose(n) for n in notes), r"\end{wcnotes}"]
        lines.append(r"\wcend")
        return "\n".join(lines).rstrip("\n") + "\n"

    chain_tex = ""
    result_tex = ""

    def route(self) -> list[str]:
        n = self.result.get("numeric") or {}
        if not n.get("route"):
            return []
        return [rf"\wchead{{Independent check}} {_prose(n['route'])}: {_prose(n.get('detail') or '')} "
                rf"\verdict{{{text(n['verdict'])}}}\par"]

    def properties(self) -> list[str]:
        props = self.result.get("properties") or []
        if not props:
            return []
        out = [r"\wchead{Properties}", r"\begin{itemize}"]
        for p in props:
            out.append(rf"\item {_prose(p['text'])} \verdict{{{text(p['verdict'])}, {p['examples']} examples}}")
        out.append(r"\end{itemize}")
        return out

    def claims(self) -> list[str]:
        claims = self.result.get("claims") or []
        if not claims:
            return []
        # The claim on a full-width row, its numbers and status on the row below: three columns
        # of numbers fit a narrow column, where four beside the claim's text did not.
        out = [r"\wchead{Claims}\par",
               r"\noindent\begin{tabularx}{\linewidth}{@{}*{3}{>{\raggedright\arraybackslash}X}@{}}",
               r"\hline",
               r"paper prints & computed & status \\",
               r"\hline"]
        errata = []
        for c in claims:
            status = r"\wcerratumstatus" if c["status"] == "erratum" else rf"\wcstatus{{{text(c['status'])}}}"
            what = rf"{_id(c['id'])}: {_prose(c['statement'])} ({_prose(c['paper'])})"
            out.append(rf"\multicolumn{{3}}{{@{{}}>{{\raggedright\arraybackslash}}p{{\linewidth}}@{{}}}}{{{what}}} \\*")
            out.append(rf"\quad {_value(c['printed'], c['relation'])} & {_computed(c['computed'], c['printed'])} & "
                       rf"{status} \\[2pt]")
            if c["status"] in ("erratum", "typo", "comment"):
                errata.append(c)
        out += [r"\hline", r"\end{tabularx}", ""]
        for c in errata:  # errata (issue 17): severity, the passage, the paper's formula and inputs, our value
            correct = _value(c["correct_value"], c.get("correct_relation") or "=") if c.get("correct_value") else ""
            body = [rf"The paper prints {_value(c['printed'], c['relation'])}; the correct value is {correct}."]
            if c.get("passage"):
                body.append(r"\emph{Passage:} " + _plain_prose("“" + c["passage"] + "”") + ".")
            if c.get("formula"):
                body.append(r"\emph{Formula and inputs:} " + _prose(c["formula"]) + ".")
            # to the digits that matter beside the printed value, as in the table (issue 19)
            body.append(r"\emph{Our value:} " + _computed(c["computed"], c["printed"]) + ".")
            for r in c.get("readings", [])[1:]:
                body.append(r"\emph{Reading} " + _prose(r["name"]) + ": " + _computed(r["computed"], c["printed"]) + ".")
            if c.get("rounding"):
                body.append(r"\emph{Over the printed inputs' rounding:} " + _value(c["rounding"]["enclosure"]) + ".")
            if c.get("correct"):
                body.append(_prose(c["correct"]) + ".")
            if c.get("note"):
                body.append(r"\emph{Why:} " + _prose(c["note"]))
            kind = c["status"].capitalize()
            out += [rf"\begin{{wcerratum}}[{kind}]{{{text(c['id'])}}}", " ".join(body), r"\end{wcerratum}"]
        notes = [c for c in claims if c["status"] not in ("erratum", "typo", "comment") and c.get("note")]
        if notes:
            out += [r"\begin{wcnotes}", "; ".join(rf"{_id(c['id'])}: {_prose(c['note'])}" for c in notes),
                    r"\end{wcnotes}"]
        return out


def render_fragment(d: Derivation, result: Mapping[str, Any]) -> str:
    """The standalone fragment of one derivation (``derivations/<id>.tex``), marker line first."""
    return MARKER + "\n" + render_derivation(d, result)


def render_parts(d: Derivation, result: Mapping[str, Any]) -> dict[str, str]:
    r"""Relative file name -> content of the three fragments of ``d``: the full account
    (``derivations/<id>.tex``, ``\wcderivation``), the chain alone (``chains/<id>.tex``,
    ``\wcchain``) and the result alone (``results/<id>.tex``, ``\wcresult``)."""
    r = FragmentRenderer(d, result)
    full = r.render()
    return {fragment_path(d.id): MARKER + "\n" + full,
            f"chains/{d.id}.tex": MARKER + "\n" + r.chain_tex + "\\par\n",
            f"results/{d.id}.tex": MARKER + "\n" + r.result_tex + "\\par\n"}


def render_derivation(d: Derivation, result: Mapping[str, Any]) -> str:
    """The LaTeX of one derivation, with the verdicts of ``result``."""
    return FragmentRenderer(d, result).render()


def equations(d: Derivation, result: Mapping[str, Any] | None = None) -> list[Equation]:
    """Every relation the fragment of ``d`` displays (premises, chain, result), as printed."""
    r = FragmentRenderer(d, result or {"verdict": "", "steps": [], "numeric": {}, "claims": [], "properties": []})
    r.render()
    return r.equations

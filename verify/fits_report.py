"""Published scaling-law fits: the report's fits section, as terminal text and as LaTeX.

:func:`render_table` and :func:`render_summary` write the terminal report's block per fit and
its one-line summary; :func:`render_latex` the document's section (tables of the quantities,
the claims, the refused fits), every number typeset from its value and the fits' own prose
through :func:`verify.prose.latex`.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

import mpmath

from .fits_file import parse_number

__all__ = ["render_table", "render_summary", "render_latex"]


def _short(text: str | None, digits: int = 4) -> str:
    if text is None:
        return "-"
    with mpmath.workdps(30):
        return mpmath.nstr(mpmath.mpf(text), digits)


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                     .rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def render_table(results: Mapping[str, Any]) -> str:
    """The fits section of the terminal report: one block per fit, then the refused ones."""
    out = []
    for f in results["fits"]:
        params = ", ".join(f"{k} = {v}" for k, v in f["parameters"].items())
        out.append(f"fit {f['name']} [{f['form']}: {f['law']}] ({f['source']}; {f['file']})")
        out.append(f"  parameters: {params}")
        d = f["derived"]
        if f["form"] == "two-term":
            out.append(f"  a = {_short(d['a'])}, b = {_short(d['b'])}, G = {_short(d['G'])}, "
                       f"gamma = {_short(d['gamma'])}, halving the reducible loss: N x {_short(d['reducible_halving_factor'])}")
            rows = [("N", "p(N)", "alpha_eff", "halve total")]
            rows += [(s["N"], _short(s["pedestal_ratio"]), _short(s["effective_exponent"]),
                      _short(s["halving_factor"]) if s["halving_factor"] else "never")
                     for s in f["sizes"]]
            out += ["  " + line for line in _table(rows)]
            out.append("  crossings: " + "; ".join(
                f"alpha_eff = {c['level']} at N = {_short(c['N'])}, D = {_short(c['D'])}" for c in f["crossings"]))
            rows = [("C", "N_opt", "D_opt", "D/N", "L_opt", "alpha_C")]
            rows += [(b["C"], _short(b["n_opt"]), _short(b["d_opt"]), _short(b["tokens_per_parameter"]),
                      _short(b["loss_at_optimum"]), _short(b["compute_exponent"])) for b in f["budgets"]]
            out += ["  " + line for line in _table(rows)]
        else:
            out.append(f"  alpha_eff = alpha = {_short(d['effective_exponent'])} at every size (p = 0); "
                       f"halving the loss: x {_short(d['halving_factor'])}; not defined: {f['not_defined']}")
            v = next(k for k in f["sizes"][0] if k != "loss")
            out.append("  " + "; ".join(f"L({v} = {s[v]}) = {_short(s['loss'])}" for s in f["sizes"]))
            out.append("  crossings: " + "; ".join(c[f"{v}_note"] for c in f["crossings"]))
        for c in f["claims"]:
            at = ", ".join(f"{k} = {v}" for k, v in c["inputs"].items())
            line = (f"  claim {c['id']}: {c['what']}{f' at {at}' if at else ''}: printed {c['relation']} "
                    f"{c['printed']}, computed {_short(c['computed'], 6) if c['computed'] else '-'}: {c['status']}")
            if c["status"] != "verified" and c.get("note"):
                line += f" ({_plain(c['note'])})"
            out.append(line)
        out.append("")
    for e in results["refused"]:
        out.append(f"refused: {e['message']}")
    return "\n".join(out).rstrip()


def render_summary(results: Mapping[str, Any]) -> str:
    """One line: fits analysed and refused, and their claims."""
    from .claims import counts_text
    s = results["summary"]
    return (f"fits: {s['fits']} analysed from {s['files']} file{'s' if s['files'] != 1 else ''}, {s['refused']} "
            f"refused; {s['claims']} claims: {counts_text(s, by_status=True)}")


_TEX_ESCAPES = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_TEX_UNICODE = {"α": r"$\alpha$", "β": r"$\beta$", "γ": r"$\gamma$", "≈": r"$\approx$", "∼": r"$\sim$",
                "·": r"$\cdot$", "×": r"$\times$", "−": "-", "≤": r"$\le$", "≥": r"$\ge$", "∝": r"$\propto$",
                "→": r"$\to$", "∞": r"$\infty$"}


#: Characters of U+00A0–U+017F that pdflatex's T1 encoding cannot set.
_NOT_T1 = set("ĦħĸĿŀŉŦŧſ")
#: Greek letters LaTeX has as commands (lower case; upper case where it differs from Latin).
_GREEK = {chr(0x3B1 + i): rf"$\{n}$" for i, n in enumerate(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi o pi rho varsigma sigma tau "
    "upsilon phi chi psi omega".split()) if n != "o"}
_GREEK.update({ch: rf"$\{n}$" for ch, n in zip("ΓΔΘΛΞΠΣΥΦΨΩ", "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi "
                                                               "Psi Omega".split())})


def _tex_char(ch: str) -> str:
    """One character for pdflatex (T1): as is, a command, its ASCII letters, or its code point."""
    if ch in _TEX_UNICODE:
        return _TEX_UNICODE[ch]
    if ch.isascii() or ("\u00a0" <= ch <= "\u017f" and ch not in _NOT_T1):
        return ch
    if ch in _GREEK:
        return _GREEK[ch]
    import unicodedata
    ascii_form = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
    if ascii_form:
        return "".join(_TEX_ESCAPES.get(c, c) for c in ascii_form)
    return rf"\texttt{{[U+{ord(ch):04X}]}}"


def _tex(text: Any) -> str:
    """Plain text (a user's fit name, a note) escaped for LaTeX; a character pdflatex cannot set
    (日) is written as its code point, ``[U+65E5]``.

    >>> print(_tex("Fit_1 & 50% α ≈ ǆ Müller 日"))
    Fit\\_1 \\& 50\\% $\\alpha$ $\\approx$ dz Müller \\texttt{[U+65E5]}
    """
    out = "".join(_TEX_ESCAPES.get(ch, ch) for ch in str(text))
    return "".join(_tex_char(ch) for ch in out)


def _prose_tex(text: Any) -> str:
    """A fit file's sentence (statement, erratum) as LaTeX: LaTeX-flavoured prose (math in
    ``$...$``) through :func:`verify.prose.latex`; plain text a user wrote with Unicode math
    (``α ≈ 0.34``) escaped character by character instead."""
    from .prose import ProseError, latex
    try:
        return latex(str(text))
    except ProseError:
        pass
    # characters no font of the document has (日): their code points, then the prose again
    marked = "".join(f"[U+{ord(ch):04X}]" if _tex_char(ch).startswith(r"\texttt{[U+") else ch for ch in str(text))
    try:
        return latex(marked)
    except ProseError:
        return _tex(text)


def _plain(text: Any) -> str:
    """A fit file's sentence for the terminal: its ``$...$`` math as readable text."""
    from .prose import plain
    return plain(str(text))


def _printed_tex(text: Any) -> str:
    """A number as the file prints it (``70e9``, ``8.8·10^{13}``), typeset: the digits shown are
    kept (they set the claim's tolerance), the notation becomes ``70 \\cdot 10^{9}``."""
    m = re.fullmatch(r"\s*([-+]?\d+(?:\.\d+)?)\s*[eE]([-+]?\d+)\s*", str(text))
    if m:
        return f"${m.group(1)} \\cdot 10^{{{int(m.group(2))}}}$"
    if parse_number(str(text)) is not None and "^" in str(text):  # validated: digits, ·/×/*, 10^{k}
        tex = re.sub(r"\^\s*([-+]?\d+)", r"^{\1}", str(text))  # 10^13 -> 10^{13}
        return "$" + tex.replace("·", r" \cdot ").replace("×", r" \times ").replace("*", r" \cdot ") + "$"
    return _tex(text)


def _num(text: str | None, digits: int = 4) -> str:
    """A value as LaTeX math: 3.2e+10 → $3.22\\cdot 10^{10}$."""
    if text is None:
        return "--"
    with mpmath.workdps(30):
        s = mpmath.nstr(mpmath.mpf(text), digits, min_fixed=-4, max_fixed=6)
    # latex region (issue 19): no float syntax (9139.0, 1.0e+20) reaches the document
    if "e" in s:
        mant, exp = s.split("e")
        mant = mant.rstrip("0").rstrip(".") if "." in mant else mant
        return f"$10^{{{int(exp)}}}$" if mant == "1" else f"${mant}\\cdot 10^{{{int(exp)}}}$"
    return f"${s[:-2] if s.endswith('.0') else s}$"


def render_latex(results: Mapping[str, Any]) -> str:
    """The fits section of the LaTeX document: a table per fit, its claims, the refused fits.

    Self-contained (``tabular`` only); the lead inserts it into the document.
    """
    lines = [r"\section{The published fits, analysed}", "",
             r"Each fit is analysed as printed, through the entries of Section~12 of the catalogue "
             r"(\texttt{fits.*}, \texttt{pedestal.\allowbreak{}effective\_\allowbreak{}exponent}); values are certified in ball "
             r"arithmetic and shown to four figures. $p(N) = E/(E + A N^{-\alpha})$ is the pedestal ratio of "
             r"S eq.~(4), $\alpha_{\mathrm{eff}}$ the effective exponent, $a$, $b$, $G$ the compute-optimal "
             r"allocation $N_{\mathrm{opt}} = G (C/6)^a$, $D_{\mathrm{opt}} = G^{-1} (C/6)^b$.", ""]
    for f in results["fits"]:
        lines.append(rf"\subsection*{{{_tex(f['name'])}}}")
        # latex region (issue 19): the law and its parameters in the papers' notation, not typewriter
        from .notation import symbol_latex
        scale = next((k for k in f["parameters"] if k != "alpha"), "N_c")
        law = (r"$L = E + A/N^{\alpha} + B/D^{\beta}$" if f["form"] == "two-term"
               else rf"$L = ({symbol_latex(scale)}/{scale.split('_')[0]})^{{\alpha}}$")
        values = [(symbol_latex(k), _printed_tex(v)) for k, v in f["parameters"].items()]
        lines.append(rf"\noindent {_tex(f['source'])}; the law {law}, parameters as printed: "
                     + ", ".join(f"${k} = {v[1:]}" if v.startswith("$") else f"${k} = {v}$" for k, v in values) + ".")
        # end latex region
        lines.append("")
        d = f["derived"]
        if f["form"] == "two-term":
            lines.append(rf"\noindent $a$ = {_num(d['a'])}, $b$ = {_num(d['b'])}, $G$ = {_num(d['G'])}, "
                         rf"$\gamma = \alpha\beta/(\alpha+\beta)$ = {_num(d['gamma'])}; halving the reducible loss "
                         rf"takes $N \to 2^{{1/\alpha}} N$ = {_num(d['reducible_halving_factor'])}$\,N$.")
            lines += ["", r"\begin{center}", r"\begin{tabular}{rrrr}", r"\hline",
                      r"$N$ & $p(N)$ & $\alpha_{\mathrm{eff}}(N)$ & $k$ halving the total loss \\", r"\hline"]
            for s in f["sizes"]:
                lines.append(rf"{_num(s['N'], 3)} & {_num(s['pedestal_ratio'])} & {_num(s['effective_exponent'])} "
                             rf"& {_num(s['halving_factor']) if s['halving_factor'] else 'never'} \\")
            lines += [r"\hline", r"\end{tabular}", r"\quad", r"\begin{tabular}{rrr}", r"\hline",
                      r"level & $N$ crossing & $D$ crossing \\", r"\hline"]
            for c in f["crossings"]:
                lines.append(rf"{_num(c['level'])} & {_num(c['N'])} & {_num(c['D'])} \\")
            lines += [r"\hline", r"\end{tabular}", r"\end{center}", "", r"\begin{center}",
                      r"\begin{tabular}{rrrrrr}", r"\hline",
                      r"$C$ & $N_{\mathrm{opt}}$ & $D_{\mathrm{opt}}$ & $D/N$ & $L_{\mathrm{opt}}$ & $\alpha_C$ \\",
                      r"\hline"]
            for b in f["budgets"]:
                lines.append(" & ".join(_num(b[k]) for k in ("C", "n_opt", "d_opt", "tokens_per_parameter",
                                                            "loss_at_optimum", "compute_exponent")) + r" \\")
            lines += [r"\hline", r"\end{tabular}", r"\end{center}"]
        else:
            v = next(k for k in f["sizes"][0] if k != "loss")
            lines.append(rf"\noindent $\alpha_{{\mathrm{{eff}}}} = \alpha$ = {_num(d['effective_exponent'])} at every "
                         rf"size ($p = 0$); halving the loss takes a factor {_num(d['halving_factor'])}; "
                         + _tex(f["not_defined"]) + ". Loss: "
                         + ", ".join(rf"$L({_tex(v)} = {{}}${_num(s[v], 3)}$) = {{}}${_num(s['loss'])}" for s in f["sizes"])
                         + ".")
        if f["claims"]:
            lines += ["", r"\begin{itemize}"]
            for c in f["claims"]:
                at = ", ".join(f"${_tex(k)}$ = {_printed_tex(v)}" for k, v in c["inputs"].items())
                item = (rf"\item \texttt{{{_tex(c['id'])}}} ({_prose_tex(c['paper'])}): {_prose_tex(c['statement'])}; printed "
                        rf"{_tex(c['relation'])} {_printed_tex(c['printed'])}, computed {_num(c['computed'], 6)} "
                        rf"(\texttt{{{_tex(c['derivation'])}}}{', ' + at if at else ''}): \textbf{{{c['status']}}}")
                if c["status"] != "verified" and c.get("note"):
                    item += f": {_prose_tex(c['note'])}"
                lines.append(item)
            lines.append(r"\end{itemize}")
        lines.append("")
    if results["refused"]:
        lines += [r"\paragraph{Refused fits.}", r"\begin{itemize}"]
        lines += [rf"\item {_tex(e['message'])}" for e in results["refused"]]
        lines.append(r"\end{itemize}")
    return "\n".join(lines).rstrip() + "\n"

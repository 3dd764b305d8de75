"""Prose in the records: LaTeX-flavoured text with its math in ``$...$`` (verify.prose).

Every prose string of every registry derivation (title, summary, notes, premise texts,
symbol descriptions, step notes, route descriptions, properties, claims, sampling reasons)
must parse strictly as LaTeX, keep math-only characters inside math, render to LaTeX
(``prose.latex``) without error and to plain text (``prose.plain``) without LaTeX residue.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pylatexenc.latexwalker import LatexWalker

import derivations
from verify import prose
from verify.prose import MATH_ONLY, ProseError, latex, plain, segments


def _prose(d: derivations.Derivation):
    """(where, text) for every piece of prose the derivation carries."""
    yield "title", d.title
    yield "summary", d.summary
    for p in d.symbols:
        yield f"symbol {p.name}", p.doc
    for p in d.premises:
        yield f"premise {p.name}", p.text
    for i, r in enumerate(d.steps):
        yield f"step {i + 1} note", r.note
        yield f"step {i + 1} rule text", getattr(r, "text", "")
    if d.route is not None:
        yield "route", d.route.description
    for p in d.properties:
        yield f"property {p.id}", p.text
    for c in d.claims:
        for field in ("statement", "erratum", "correct", "note"):
            yield f"claim {c.id} {field}", getattr(c, field)
    for s in d.sampling:
        yield f"sample range {s.name}", s.reason
    for i, n in enumerate(d.note_texts()):
        yield f"note {i + 1}", n


PROSE = [(f"{d.id}: {where}", text) for d in derivations.all() for where, text in _prose(d) if text]


def test_the_registry_has_prose():
    assert len(PROSE) > 500
    assert sum("$" in t for _, t in PROSE) > 300


def _strict(s: str) -> None:
    LatexWalker(s, tolerant_parsing=False).get_latex_nodes()


def test_every_prose_string_is_typeset_prose():
    """One pass over all prose (fast): strict parse, balanced $, math-only characters in math,
    latex() succeeds and parses, plain() has no LaTeX left."""
    problems = []
    for where, text in PROSE:
        try:
            parts = segments(text)
            for is_math, part in parts:
                if not is_math and MATH_ONLY.search(part):
                    problems.append(f"{where}: {MATH_ONLY.search(part).group()!r} outside math in {text!r}")
                if is_math:
                    _strict("$" + part + "$")
            out = latex(text)
            assert out.isascii(), out
            _strict(out)
            shown = plain(text)
            if "\\" in shown or "$" in shown:
                problems.append(f"{where}: plain text keeps LaTeX: {shown!r}")
        except Exception as exc:  # noqa: BLE001 - collected and reported together
            problems.append(f"{where}: {type(exc).__name__}: {exc}")
    assert not problems, "\n".join(problems[:40])


def test_a_dollar_count_is_even_in_every_string():
    odd = [where for where, text in PROSE if len(re.findall(r"(?<!\\)\$", text)) % 2]
    assert not odd


# -- latex() -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("50% & #1 a_b ~x^y", r"50\% \& \#1 a\_b \textasciitilde{}x\textasciicircum{}y"),
    ("a {b} \\c", r"a \{b\} \textbackslash{}c"),
    ("costs \\$5", r"costs \$5"),
    ("“W §3: ‘taking $N \\to \\infty$’”", r"``W \S{}3: `taking $N \to \infty$'''"),
    ("it’s – and — …", r"it's -- and --- \ldots{}"),
    ("She–Lévêque", r"She--L\'ev\^eque"),
    ("$x_1 = 50\\%$ of it", r"$x_1 = 50\%$ of it"),
])
def test_latex_escapes_text_and_keeps_math(text, expected):
    assert latex(text) == expected


def test_nested_quotes_come_out_as_latex_quotes():
    out = latex("W §3: “the step ‘$\\zeta_3 = 1$’ holds”")
    assert out == r"W \S{}3: ``the step `$\zeta_3 = 1$' holds''"
    assert "”" not in out and "\u2019" not in out


@pytest.mark.parametrize("text, reason", [
    ("x ≈ 1", "mathematics"),
    ("α falls", "mathematics"),
    ("N² nodes", "mathematics"),
    ("a → b", "mathematics"),
    ("$α$", "in math"),
    ("an odd $ sign", "unbalanced"),
    ("$x^{2$", "unbalanced braces"),
    ("$50%$", "comment"),
    ("a \u2603 snowman", "cannot be set"),
])
def test_latex_refuses_what_it_cannot_render(text, reason):
    with pytest.raises(ProseError) as info:
        latex(text)
    assert isinstance(info.value, ValueError)
    assert reason in str(info.value)
    assert repr(text)[1:-1][:20] in str(info.value)  # the message names the string
    assert "[U+" not in str(info.value)


def test_prose_error_on_a_non_string():
    with pytest.raises(ProseError):
        latex(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40))
def test_latex_of_any_ascii_text_is_ascii_and_strictly_parsable(s):
    s = s.replace("$", "")  # math is the author's job; text is ours
    out = latex(s)
    assert out.isascii()
    _strict(out)
    # nothing of the text is lost: every letter and digit survives in order (a number in Python's
    # float syntax, 1.0e+20, is typeset as the number it is: 10^{20})
    from verify.prose import _PY_FLOAT, number_latex
    kept = _PY_FLOAT.sub(lambda m: number_latex(m.group(1), m.group(2)) if m.group(1) else m.group(3), s)
    assert re.sub(r"\\times|[^A-Za-z0-9]", "", kept) in re.sub(r"\\[A-Za-z]+|[^A-Za-z0-9]", "", out)


# -- plain() -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (r"$N^{-2h/d}$", "N^(−2h/d)"),
    (r"$\sqrt{2}$ and $\sqrt{2\pi}$", "√2 and √(2π)"),
    (r"$\alpha_C$, $d_F$, $\Lambda$, $\ell$", "α_C, d_F, Λ, ℓ"),
    (r"$\frac{a}{b}$, $\tfrac{1}{2}$, $\frac{1}{1 + x}$", "a/b, 1/2, 1/(1 + x)"),
    (r"$E = (N_c/N)^{2/d}$", "E = (N_c/N)^(2/d)"),
    (r"$D^{\alpha}$", "D^α"),
    (r"$\alpha_{\mathrm{eff}} \approx 0.1$", "α_eff ≈ 0.1"),
    (r"$10^{-3} \le h \le 1$", "10^−3 ≤ h ≤ 1"),
    (r"$\operatorname{atanh} y$", "atanh y"),
    (r"$\bar{x}$ and $\tilde{A}_p$", "x̄ and Ã_p"),
    (r"$x \in \mathbb{R}$", "x ∈ ℝ"),
    (r"$\sum_{j<k} (-1)^j$", "∑_(j<k) (−1)^j"),
    (r"$\lim_{N\to\infty} w = 0$", "lim_(N→∞) w = 0"),
    (r"$f(x\pm h)$, $|\delta_+| \le u$", "f(x±h), |δ_+| ≤ u"),
    (r"$h^*$ and $a_*$", "h^* and a_*"),
    (r"$\ln 2$ and $\det W$", "ln 2 and det W"),
    (r"text only, 50% \$", "text only, 50% $"),
    (r"$\sqrt[3]{x}$", "x^(1/3)"),
])
def test_plain_reads_well(text, expected):
    assert plain(text) == expected


def test_plain_and_latex_agree_on_the_text_parts():
    s = "the “step” – done"
    assert plain(s) == s
    assert latex(s) == "the ``step'' -- done"


def test_the_module_exports():
    assert set(prose.__all__) >= {"latex", "plain", "ProseError"}


# -- the terminal and the JSON show plain text --------------------------------------------------

def _fake_report() -> dict:
    return {"generator": "wallcheck", "derivations": [{
        "id": "t.x", "title": r"Error $E = (N_c/N)^{2/d}$", "source": "W §2", "verdict": "failed",
        "premises": [{"name": "p", "form": "Eq(E, 1)", "text": r"$E \propto h^a$"}],
        "sampling": [{"parameter": "x", "range": ["0", "1"], "reason": r"$x \le 1$ only"}],
        "steps": [], "notes": [r"at $N \to \infty$"],
        "numeric": {"route": r"findroot of $\alpha_C$", "verdict": "failed", "detail": "0 digits"},
        "claims": [{"id": "t.x.c", "statement": r"$d_F \approx 2.8$", "status": "failed",
                    "note": r"computed $\sqrt{2}$", "correct": None, "printed": "2", "computed": "1.41"}],
        "properties": [{"id": "t.x.p", "text": r"$\ell > 0$", "verdict": "failed", "counterexample": {"x": 1}}],
    }]}


def test_json_and_failure_text_carry_plain_prose(tmp_path):
    import json

    from verify.report import plain_report, render_failures, write_json
    from verify.runner import describe_entry
    report = _fake_report()
    path = tmp_path / "r.json"
    write_json(report, str(path))
    entry = json.loads(path.read_text())["derivations"][0]
    assert entry["title"] == "Error E = (N_c/N)^(2/d)"
    assert entry["premises"][0]["text"] == "E ∝ h^a" and entry["sampling"][0]["reason"] == "x ≤ 1 only"
    assert entry["notes"] == ["at N → ∞"] and entry["numeric"]["route"] == "findroot of α_C"
    assert entry["claims"][0]["statement"] == "d_F ≈ 2.8" and entry["claims"][0]["note"] == "computed √2"
    assert entry["properties"][0]["text"] == "ℓ > 0"
    assert report["derivations"][0]["title"].startswith("Error $")  # the report itself keeps the source
    assert plain_report(report)["derivations"][0]["title"] == entry["title"]
    for shown in (render_failures(report), "\n".join(describe_entry(report["derivations"][0]))):
        assert "$" not in shown and "\\" not in shown
        assert "α_C" in shown and "√2" in shown


@pytest.mark.parametrize("text, expected", [
    ("minimum at 8.03e-06", r"minimum at $8.03 \times 10^{-6}$"),
    ("a factor 1.0e+20 more", r"a factor $10^{20}$ more"),
    ("chi2 = 619.0 on 576", "chi2 = 619 on 576"),
    ("version 2.0.1 and 0.05", "version 2.0.1 and 0.05"),
    ("with --figures, eqs (1.1)--(1.2)", r"with -{}-figures, eqs (1.1)--(1.2)"),
    ("the reading 10^{-16} is ours", r"the reading $10^{-16}$ is ours"),
])
def test_python_float_syntax_and_options_in_text_are_typeset(text, expected):
    """No Python float syntax (nor TeX source) reaches the PDF, and --figures is not an en-dash."""
    assert latex(text) == expected

"""LaTeX input (issue 21): ``python -m verify paper.tex`` builds the Python API's records, checks them
with the same kernel, and reports bad lines and bad markup at the author's line."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import sympy as sp

from derivations import Derivation, LogDerivative, Premise, Rewrite, SolveFor, Substitute
from verify.__main__ import main
from verify.loader import load_paths, looks_like_path
from verify.texinput import load_tex, origin_of
from verify.texinput.build import parse_domain
from verify.texinput.mathparse import MathError, NameTable, parse_math
from verify.texinput.scanner import scan

ROOT = Path(__file__).resolve().parents[1]
SEC3 = ROOT / "examples" / "smallness_sec3.tex"
SEC5 = ROOT / "examples" / "smallness_sec5.tex"

PAPER = r"""\documentclass{article}
\usepackage{amsmath,wallcheck}
\newcommand{\Nopt}{N_{\mathrm{opt}}}
\begin{document}
\begin{wccheck}{mine.square}{A square root}
\wcsymbol{a > 0}\wcsymbol{0 < b < 1}\wcsymbol{x > 0}
\begin{equation}
  a\,x^{2} = b \wcpremise{law}
\end{equation}
so that
\begin{align}
  \Nopt &= \sqrt{\frac{b}{a}} \wcby{solve for x} \\
        &= \frac{\sqrt{b}}{\sqrt{a}}
\end{align}
and $\Nopt \approx \wcclaim{\Nopt, a = 4, b = 1/4}{0.25}$.
\end{wccheck}
\end{document}
"""


def _write(tmp_path: Path, text: str, name: str = "paper.tex") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _one(path: Path) -> Derivation:
    found, errors = load_tex(path)
    assert errors == []
    assert len(found) == 1
    return found[0]


# -- records: the same ones the Python API builds ------------------------------------------------

def test_records_are_the_python_apis(tmp_path):
    d = _one(_write(tmp_path, PAPER))
    a, b, x = (d.param(n).symbol for n in ("a", "b", "x"))
    assert isinstance(d, Derivation) and d.id == "mine.square" and d.title == "A square root"
    assert d.param("b").domain.describe() == "a real number in (0, 1)"
    assert a.is_positive and b.is_positive
    assert d.premises == (Premise("law", sp.Eq(a * x**2, b), d.premises[0].text),)
    assert [type(s) for s in d.steps] == [SolveFor, Rewrite]
    assert d.steps[0].var == x and d.steps[0].on == "law"
    assert d.steps[1].on == d.steps[0].name  # each line continues from the line before it
    assert d.steps[0].expect == sp.Eq(sp.Symbol("N_opt"), sp.sqrt(b / a))
    assert d.parameters == ("a", "b")
    assert [s.line for s in origin_of(d).steps] == [12, 13]


def test_a_correct_paper_checks_with_exit_status_0(tmp_path, capsys):
    path = _write(tmp_path, PAPER)
    report_path = tmp_path / "r.json"
    assert main([str(path), "-q", "--properties", "0", "--json", str(report_path)]) == 0
    entry = json.loads(report_path.read_text())["derivations"][0]
    assert entry["verdict"] == "proved"
    assert [s["verdict"] for s in entry["steps"]] == ["proved", "proved"]
    assert entry["numeric"]["kind"] == "consistency" and entry["numeric"]["verdict"] == "confirmed"
    assert [c["status"] for c in entry["claims"]] == ["verified"]
    assert [s["tex"]["line"] for s in entry["steps"]] == [12, 13]


def test_a_wrong_line_is_reported_at_its_line_with_both_forms_and_a_counterexample(tmp_path, capsys):
    path = _write(tmp_path, PAPER.replace(r"&= \frac{\sqrt{b}}{\sqrt{a}}", r"&= \frac{\sqrt{b}}{a}"))
    assert main([str(path), "-q", "--properties", "0"]) == 1
    out = capsys.readouterr().out
    head = next(line for line in out.splitlines() if line.startswith(f"{path}:13:"))
    assert "failed" in head
    assert r"as written: &= \frac{\sqrt{b}}{a}" in out
    assert r"from the line before: N_{\mathrm{opt}} = \frac{\sqrt{b}}{\sqrt{a}}" in out
    assert r"you wrote: N_{\mathrm{opt}} = \frac{\sqrt{b}}{a}" in out
    assert "counterexample: " in out


def test_a_wrong_operation_is_reported_with_what_the_rule_derived(tmp_path, capsys):
    text = PAPER.replace(r"\Nopt &= \sqrt{\frac{b}{a}}", r"\Nopt &= \sqrt{\frac{a}{b}}")
    path = _write(tmp_path, text.replace(r"&= \frac{\sqrt{b}}{\sqrt{a}}", r"&= \frac{\sqrt{a}}{\sqrt{b}}"))
    assert main([str(path), "-q", "--properties", "0"]) == 1
    out = capsys.readouterr().out
    assert f"{path}:12: mine.square line 12 (solve for x): failed" in out
    assert r"the rule derived: x = \frac{\sqrt{b}}{\sqrt{a}}" in out
    assert f"{path}:13:" not in out  # the next line follows from line 12 as written: not a failure


def test_a_wrong_printed_number_fails_its_claim(tmp_path):
    path = _write(tmp_path, PAPER.replace("{0.25}$", "{0.35}$"))
    assert main([str(path), "-q", "--properties", "0"]) == 1


# -- markup errors: one clear message at the line ------------------------------------------------

@pytest.mark.parametrize("change, line, message", [
    ((r"a\,x^{2} = b", r"a\,x^{2} = y"), 8, "undeclared symbol y"),
    ((r"a\,x^{2} = b", r"ax^{2} = b"), 8, None),  # a·x: both declared, a product
    ((r"a\,x^{2} = b", r"a\,xy = b"), 8, "ambiguous product 'xy'"),
    ((r"\wcby{solve for x}", r"\wcby{solve it}"), 12, "names no operation the checker knows"),
    ((r"\wcby{solve for x}", ""), 12, None),  # becomes a rewrite, which fails (checked below)
    ((r"\frac{\sqrt{b}}{\sqrt{a}}", r"\frac{\sqrt{b}}{\sqrt{a}"), 13, "cannot read it"),
    ((r"&= \frac{\sqrt{b}}{\sqrt{a}}", r"&\ll \frac{\sqrt{b}}{\sqrt{a}}"), 13, r"\ll is not a relation"),
    ((r"&= \frac{\sqrt{b}}{\sqrt{a}}", r"&\le \frac{\sqrt{b}}{\sqrt{a}}"), 13, "a bound (\\le) between two lines"),
    ((r"\wcsymbol{0 < b < 1}", r"\wcsymbol{0 < b = 1}"), 6, "is not a domain"),
    ((r"\wcpremise{law}", r"\wcskip"), 12, "no premise to start from"),
])
def test_bad_markup_is_one_message_at_its_line(tmp_path, change, line, message):
    path = _write(tmp_path, PAPER.replace(*change))
    found, errors = load_tex(path)
    if message is None:
        assert errors == [] and len(found) == 1
        return
    assert found == [] and len(errors) == 1
    assert errors[0].line == line and message in errors[0].message
    assert str(errors[0]).startswith(f"{path}:{line}: ")


def test_an_unlabelled_implication_needs_its_operation(tmp_path):
    path = _write(tmp_path, PAPER.replace(r"\Nopt &= \sqrt{\frac{b}{a}} \wcby{solve for x}",
                                          r"&\implies \Nopt = \sqrt{\frac{b}{a}}"))
    found, errors = load_tex(path)
    assert len(errors) == 1 and errors[0].line == 12 and "name its operation" in errors[0].message


def test_unclosed_environment_is_reported(tmp_path):
    path = _write(tmp_path, PAPER.replace(r"\end{wccheck}", ""))
    found, errors = load_tex(path)
    assert found == [] and errors[0].line == 5 and "never closed" in errors[0].message


def test_bad_markup_through_the_cli_is_exit_1_with_the_line(tmp_path, capsys):
    path = _write(tmp_path, PAPER.replace(r"a\,x^{2} = b", r"a\,x^{2} = y"))
    assert main([str(path), "-q", "--properties", "0"]) == 1
    err = capsys.readouterr().err
    assert f"{path.name}:8" in err and "undeclared symbol y" in err


# -- the parser and its names ---------------------------------------------------------------------

def test_names_subscripts_primes_and_products():
    names = NameTable()
    for tex in ("x", "p", r"\alpha"):
        names.params[names.declare(tex)] = sp.Symbol(names.declare(tex), positive=True)
    x, p, alpha = (names.params[n] for n in ("x", "p", "alpha"))
    L = sp.Function("L")
    assert parse_math(r"\frac{xL^{\prime}(x;p)}{L(x,p)}", names) == x * sp.Derivative(L(x, p), x) / L(x, p)
    assert parse_math(r"p(1-p)", names) == p * (1 - p)  # a declared symbol is not a function
    assert parse_math(r"N_{\mathrm{crit}}(p) = x^{\alpha}", names, allow_new=True) == \
        sp.Eq(sp.Function("N_crit")(p), x**alpha)
    assert parse_math(r"e^{x} + \pi", names) == sp.exp(x) + sp.pi
    with pytest.raises(MathError, match="undeclared"):
        parse_math("x + q", names)
    with pytest.raises(MathError, match="ambiguous"):
        parse_math("xq", names)


@pytest.mark.parametrize("tex, described", [
    ("0 < p < 1", "a real number in (0, 1)"),
    (r"N \ge 1", "a real number in [1, inf)"),
    (r"n \in \mathbb{Z}, n \ge 1", "an integer >= 1"),
    (r"x \in \mathbb{R}", "a real number"),
    ("1 > q > 0", "a real number in (0, 1)"),
    (r"0 < N < \infty", "a real number in (0, inf)"),
])
def test_domains(tex, described):
    assert parse_domain(tex, NameTable())[1].describe() == described


def test_scanner_keeps_lines_and_ignores_comments():
    src = "% \\begin{wccheck}{no}{no}\n\\begin{wccheck}{a}{T}\n\\begin{align}\n x &= 1 % c\n\\\\ &= 2\n\\end{align}\n\\end{wccheck}\n"
    block = scan(src).blocks[0]
    assert block.id == "a" and [(i.line, i.text) for i in block.items] == [(4, "x &= 1"), (5, "&= 2")]


def test_tex_paths_and_directories_mix_with_python(tmp_path):
    assert looks_like_path("paper.tex")
    _write(tmp_path, PAPER)
    (tmp_path / "law.py").write_text((ROOT / "examples" / "chinchilla.py").read_text())
    loaded = load_paths([tmp_path])
    assert sorted(d.id for d in loaded.derivations) == ["chinchilla.optimal_N", "mine.square"]
    assert loaded.errors == []


# -- the papers' sections ----------------------------------------------------------------------------

def test_smallness_section_3_checks(tmp_path):
    report_path = tmp_path / "r.json"
    paper = _write(tmp_path, SEC3.read_text(), SEC3.name)  # the run writes its .wcaux next to the paper
    assert main([str(paper), "-q", "--properties", "0", "--json", str(report_path)]) == 0
    report = json.loads(report_path.read_text())
    assert {d["id"]: d["verdict"] for d in report["derivations"]} == {
        "smallness.running_exponent": "proved", "smallness.x_crit": "proved", "smallness.N_crit": "proved"}
    d = {x.id: x for x in load_tex(SEC3)[0]}["smallness.running_exponent"]
    assert isinstance(d.steps[0], LogDerivative)


def test_a_planted_error_in_section_3_is_found_at_its_line(tmp_path, capsys):
    text = SEC3.read_text().replace(r"\left(\frac{1-p}{p}\right)^{3}", r"\left(\frac{1-p}{p}\right)^{2}")
    path = _write(tmp_path, text, "sec3.tex")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if r"\right)^{2}" in s)
    assert main([str(path), "-q", "--properties", "0"]) == 1
    assert f"{path}:{line}: smallness.N_crit line {line} (solve for N): failed" in capsys.readouterr().out


def test_the_readme_example_checks(tmp_path):
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Checking the derivation in your paper (LaTeX)", 1)[1]
    block = section.split("```latex\n", 1)[1].split("```", 1)[0]
    preamble, body = block.split("...\n", 1)
    paper = _write(tmp_path, "\\documentclass{article}\n" + preamble + "\\begin{document}\n" + body
                   + "\\end{document}\n")
    report_path = tmp_path / "r.json"
    assert main([str(paper), "-q", "--properties", "0", "--json", str(report_path)]) == 0
    entry = json.loads(report_path.read_text())["derivations"][0]
    assert entry["id"] == "smallness.N_crit" and entry["verdict"] == "proved"
    assert [c["status"] for c in entry["claims"]] == ["verified"]


MORE = r"""
\begin{wccheck}{t.ineq}{Inequality}
\wcsymbol{a > 0}\wcsymbol{b > 0}\wcsymbol{x > 0}
\[ a x > b \wcpremise{cond} \]
\begin{equation}\begin{split}
x &> \frac{b}{a} \wcby{solve for x}
\end{split}\end{equation}
\end{wccheck}
\begin{wccheck}{t.lim}{Limit}
\wcsymbol{N > 0}\wcsymbol{0 < a < 1}
\begin{align}
E(N) &= 1 + N^{-a} \wcpremise{e} \\[2pt]
\lim_{N \to \infty} E(N) &= 1 \wcby{limit N \to \infty}\\
\implies E_{\infty} &= 1 \wcby{simplify}
\end{align}
\end{wccheck}
\begin{wccheck}{t.diff}{Derivative}
\wcsymbol{N > 0}\wcsymbol{0 < a < 1}
\begin{align}
E(N) &= 1 + N^{-a} \wcpremise{e} \\
E'(N) &= -a N^{-a-1} \wcby{differentiate in N}
\end{align}
\end{wccheck}
"""


def test_inequalities_limits_derivatives_and_other_displays(tmp_path):
    path = _write(tmp_path, MORE)
    found, errors = load_tex(path)
    assert errors == []
    assert [type(s).__name__ for d in found for s in d.steps] == ["SolveInequality", "Limit", "Simplify",
                                                                 "Differentiate"]
    assert [origin_of(d).steps[0].line for d in found] == [6, 13, 21]
    report_path = tmp_path / "r.json"
    assert main([str(path), "-q", "--properties", "0", "--json", str(report_path)]) == 0
    report = json.loads(report_path.read_text())
    assert [d["verdict"] for d in report["derivations"]] == ["proved", "proved", "proved"]
    planted = _write(tmp_path, MORE.replace("-a N^{-a-1}", "-a N^{-a}"), "wrong.tex")
    assert main([str(planted), "-q", "--properties", "0"]) == 1


def test_smallness_section_5_checks(tmp_path):
    report_path = tmp_path / "r.json"
    paper = _write(tmp_path, SEC5.read_text(), SEC5.name)
    assert main([str(paper), "-q", "--properties", "0", "--json", str(report_path)]) == 0
    report = json.loads(report_path.read_text())
    assert {d["id"]: d["verdict"] for d in report["derivations"]} == {
        "smallness.cublets": "proved", "smallness.beta_model": "proved"}
    claims = [c for d in report["derivations"] for c in d["claims"]]
    assert [(c["printed"], c["status"]) for c in claims] == [("1/3", "verified"), ("0.27", "verified")]


ROUTE = r"""
\begin{wccheck}{t.route}{A declared route}
\wcsymbol{a > 0}\wcsymbol{x > 0}
\begin{align}
a x &= 1 \wcpremise{c} \\
x_0 &= \frac{1}{a} \wcby{solve for x}
\end{align}
\wcroute[independent]{\int_{0}^{\infty} e^{-a t}\, dt}
\end{wccheck}
"""


@pytest.mark.parametrize("integrand, verdict", [("e^{-a t}", "confirmed"), ("e^{-2 a t}", "failed")])
def test_a_declared_route_is_the_route(tmp_path, integrand, verdict):
    path = _write(tmp_path, ROUTE.replace("e^{-a t}", integrand))
    report_path = tmp_path / "r.json"
    main([str(path), "-q", "--properties", "0", "--json", str(report_path)])
    numeric = json.loads(report_path.read_text())["derivations"][0]["numeric"]
    assert numeric["kind"] == "independent" and numeric["verdict"] == verdict


def test_load_errors_name_the_line_not_an_import(tmp_path, capsys):
    path = _write(tmp_path, ROUTE.replace(r"x_0 &= \frac{1}{a}", r"x_0 &= \frac{1}{y}"))
    assert main([str(path), "-q", "--properties", "0"]) == 1
    err = capsys.readouterr().err
    assert f"{path.name}:6: undeclared symbol y" in err and "could not be imported" not in err


# The README's Python example (examples/chinchilla.py), written as a physicist would typeset it.
CHINCHILLA = r"""
\begin{wccheck}{chinchilla.tex}{Compute-optimal model size}
\wcsymbol{0 < \alpha < 1}\wcsymbol{0 < \beta < 1}\wcsymbol{A > 0}\wcsymbol{B > 0}\wcsymbol{C > 0}
\wcsymbol{N > 0}\wcsymbol{D > 0}\wcsymbol{E > 0}
\begin{align}
L(N, D) &= E + \frac{A}{N^{\alpha}} + \frac{B}{D^{\beta}} \wcpremise{law} \\
D &= \frac{C}{6N} \wcpremise{budget} \\
\frac{d}{dN} L\left(N, \frac{C}{6N}\right) &= 0 \wcpremise{optimum}
\end{align}
\begin{align}
L\left(N, \frac{C}{6N}\right) &= E + \frac{A}{N^{\alpha}} + B \left(\frac{6N}{C}\right)^{\beta} \wcfrom{law}\wcby{substitute budget} \\
\frac{d}{dN} L\left(N, \frac{C}{6N}\right) &= -\alpha A N^{-\alpha-1} + \beta B \left(\frac{6}{C}\right)^{\beta} N^{\beta-1} \wcby{differentiate in N}\\
0 &= -\alpha A N^{-\alpha-1} + \beta B \left(\frac{6}{C}\right)^{\beta} N^{\beta-1} \wcby{substitute optimum}\\
\alpha A N^{-\alpha-1} &= \beta B \left(\frac{6}{C}\right)^{\beta} N^{\beta-1} \wcby{add \alpha A N^{-\alpha-1}}\\
\alpha A &= \beta B \left(\frac{6}{C}\right)^{\beta} N^{\alpha+\beta} \wcby{multiply by N^{\alpha+1}}\\
N_{opt} &= \left(\frac{\alpha A}{\beta B}\right)^{1/(\alpha+\beta)} \left(\frac{C}{6}\right)^{\beta/(\alpha+\beta)} \wcby{solve for N}
\end{align}
\end{wccheck}
"""


def test_the_chinchilla_chain_typeset_in_latex_is_proved_and_a_planted_slip_found(tmp_path, capsys):
    path = _write(tmp_path, CHINCHILLA)
    assert main([str(path), "-q", "--properties", "0"]) == 0
    d = _one(path)
    b, C = d.param("B").symbol, d.param("C").symbol
    assert d.steps[0].expect.rhs.has(b * (6 * d.param("N").symbol / C) ** d.param("beta").symbol)  # B (..)^beta
    planted = _write(tmp_path, CHINCHILLA.replace(r"N^{\beta-1} \wcby{differentiate in N}",
                                                  r"N^{\beta-2} \wcby{differentiate in N}"), "wrong.tex")
    assert main([str(planted), "-q", "--properties", "0"]) == 1
    out = capsys.readouterr().out
    assert f"{planted}:12: chinchilla.tex line 12 (differentiate with respect to N): failed" in out
    assert f"{planted}:13: chinchilla.tex line 13: failed only as a consequence of line 12" in out


from fractions import Fraction  # noqa: E402

from hypothesis import given, strategies as st  # noqa: E402


@given(st.fractions(min_value=-1000, max_value=1000, max_denominator=50),
       st.fractions(min_value=Fraction(1, 50), max_value=1000, max_denominator=50),
       st.booleans(), st.booleans())
def test_any_interval_reads_as_its_domain(lo, width, lo_closed, hi_closed):
    hi = lo + width
    le = "\\le"
    tex = (f"{lo.numerator}/{lo.denominator} {le if lo_closed else '<'} q "
           f"{le if hi_closed else '<'} {hi.numerator}/{hi.denominator}")
    name, domain = parse_domain(tex, NameTable())
    assert name == "q"
    assert (domain.lo, domain.hi, domain.lo_open, domain.hi_open) == (lo, hi, not lo_closed, not hi_closed)
    assert domain.contains(lo) == lo_closed and domain.contains(hi) == hi_closed


@given(st.lists(st.integers(min_value=0, max_value=3), min_size=3, max_size=3))
def test_rows_keep_their_lines_whatever_the_blank_lines(gaps):
    parts = ["\\begin{wccheck}{a}{T}", "\\begin{align}", "x &= 1 \\\\", "&= 2", "\\end{align}",
             "\\end{wccheck}"]
    lines, expected = [], []
    for k, part in enumerate(parts):
        if 1 <= k <= 3:
            lines += [""] * gaps[k - 1] if k != 3 else ["%"] * gaps[k - 1]
        lines.append(part)
        if part.startswith(("x", "&=")):
            expected.append(len(lines))
    rows = [i for i in scan("\n".join(lines)).blocks[0].items if i.kind == "row"]
    assert [r.line for r in rows] == expected

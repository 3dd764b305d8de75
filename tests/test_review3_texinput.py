r"""LaTeX front end, review 3: more ways a marked-up ``.tex`` file got a false statement past the checker.

Each attack and control of the review (/work/review3, ``r_tex_*``/``c_tex_*``) is kept here as text so the
test stands alone (the corpus of ``tests/attacks/`` is Python files):

* 22: a macro redefined by a command the scanner did not know (``\RenewDocumentCommand``, a ``\def``
  built with ``\csname``): every definition the scanner cannot read as text is refused before or
  inside what the checker reads, and every known defining command is a definition;
* 20, 21: a claim read from a truncated series far from its centre, or from a form a substitution
  specialised, with an assignment that acts on nothing;
* 23: ``5!!``, the double factorial (SymPy's parser reads (5!)!);
* seen by reading: an integer domain's non-integer bound, ``1.5e3``, ``1/2x`` and ``x/yx``;
* controls: a claim on a solved variable, a derivative at a number, ``\Gamma(1/2)``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from verify.__main__ import main
from verify.texinput import load_tex

HEAD = "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{wallcheck}\n"

SLOPE = HEAD + r"""\newcommand{\K}{2}
\begin{document}
\begin{wccheck}{r3.tex_%(id)s}{Slope of a power}
\wcsymbol{x > 0}
\begin{equation}
f(x) = x^{\K} \wcpremise{law}
\end{equation}
%(redefine)s%%
which gives
\begin{equation}
f'(x) = \K x^{\K - 1} \wcby{differentiate in x}
\end{equation}
\end{wccheck}
%(after)s
\end{document}
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(tmp_path: Path, text: str) -> tuple[int, str]:
    """The one error loading ``text`` gives: (its line, its message); nothing is built."""
    found, errors = load_tex(_write(tmp_path, "paper.tex", text))
    assert found == []
    assert len(errors) == 1, errors
    return errors[0].line, errors[0].message


# -- 22: definitions the scanner does not understand -------------------------------------------

@pytest.mark.parametrize("redefine", [
    r"\RenewDocumentCommand{\K}{}{3}",
    r"\NewDocumentCommand{\K}{}{3}",
    r"\DeclareDocumentCommand{\K}{}{3}",
    r"\RenewExpandableDocumentCommand\K{}{3}",
    r"\edef\K{3}", r"\gdef\K{3}", r"\xdef\K{3}", r"\global\def\K{3}", r"\let\K=3",
    r"\DeclareMathOperator{\K}{3}", r"\renewrobustcmd{\K}{3}", r"\NewCommandCopy{\K}{\L}",
    r"\patchcmd{\K}{2}{3}{}{}",
])
def test_a_redefinition_by_any_defining_command_is_a_second_definition(tmp_path, redefine):
    line, message = _refusal(tmp_path, SLOPE % {"id": "renew", "redefine": redefine, "after": ""})
    assert line == 9 and "\\K is defined 2 times" in message


@pytest.mark.parametrize("construct", [
    r"\expandafter\def\csname K\endcsname{3}",
    r"\expandafter\let\csname K\endcsname\relax",
    r"\makeatletter\@namedef{K}{3}\makeatother",
    r"\csdef{K}{3}",
    r"\ExplSyntaxOn \cs_set:Npn \K {3} \ExplSyntaxOff",
    r"\catcode`\~=13 \def~{3}",
    r"\begingroup\lccode`~=`K\lowercase{\endgroup\def~}{3}",
    r"\scantokens{\def\K{3}}",
    r"\def\!{+}",
])
def test_a_definition_the_scanner_cannot_read_is_refused_where_it_could_act(tmp_path, construct):
    line, message = _refusal(tmp_path, SLOPE % {"id": "opaque", "redefine": construct, "after": ""})
    assert line == 11 and "cannot read as text" in message


def test_the_review_attacks_are_refused_through_the_cli(tmp_path, capsys):
    paths = [_write(tmp_path, f"{n}.tex", SLOPE % {"id": n, "redefine": r, "after": ""}) for n, r in
             [("renewdocumentcommand", r"\RenewDocumentCommand{\K}{}{3}"),
              ("csname_def", r"\expandafter\def\csname K\endcsname{3}")]]
    for path in paths:
        assert main([str(path), "-q", "--properties", "0", "--no-cache"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_an_opaque_definition_after_everything_the_checker_reads_is_left_to_the_paper(tmp_path):
    text = SLOPE % {"id": "after", "redefine": "", "after": r"\expandafter\def\csname K\endcsname{3}"}
    found, errors = load_tex(_write(tmp_path, "paper.tex", text.replace(r"\K x^{\K - 1}", "2x")))
    assert errors == [] and len(found) == 1


def test_a_document_command_the_checker_never_reads_is_refused_only_where_read(tmp_path):
    text = SLOPE % {"id": "unused", "redefine": r"\NewDocumentCommand{\vect}{m}{\mathbf{#1}}", "after": ""}
    found, errors = load_tex(_write(tmp_path, "paper.tex", text.replace(r"\K x^{\K - 1}", "2x")))
    assert errors == [] and len(found) == 1


# -- 20, 21 and the claim controls: what a claim reads -------------------------------------------

def _claims(tmp_path: Path, text: str) -> list[tuple[str, object]]:
    """Each claim of the one derivation of ``text``: its id and its computed value (or the error's text)."""
    found, errors = load_tex(_write(tmp_path, "paper.tex", text))
    assert errors == [], errors
    out = []
    for claim in found[0].claims:
        try:
            out.append((claim.id, float(claim.compute())))
        except ValueError as exc:
            out.append((claim.id, str(exc)))
    return out


SERIES = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_series_claim_%(id)s}{Decay, expanded}
\wcsymbol{x > 0}
\begin{equation}
f = \exp(-x) \wcpremise{decay}
\end{equation}
\begin{equation}
f = 1 - x + \frac{x^{2}}{2} - \frac{x^{3}}{6} \wcby{series in x about 0 to order 4}
\end{equation}
\wcroute{1 - x + \frac{x^{2}}{2} - \frac{x^{3}}{6}}
Hence $f \approx \wcclaim{f, x = %(x)s}{%(printed)s}$.
\end{wccheck}
\end{document}
"""


def test_a_truncated_series_is_read_by_a_claim_only_at_its_centre(tmp_path):
    [(_, far)] = _claims(tmp_path, SERIES % {"id": "far", "x": "10", "printed": "-125.7"})
    assert "truncated series" in far and "x = 10" in far
    [(_, near)] = _claims(tmp_path, SERIES % {"id": "centre", "x": "0", "printed": "1"})
    assert near == 1.0


def test_the_series_attack_fails_through_the_cli(tmp_path, capsys):
    path = _write(tmp_path, "far.tex", SERIES % {"id": "far", "x": "10", "printed": "-125.7"})
    assert main([str(path), "-q", "--properties", "0", "--no-cache"]) == 1
    assert "Traceback" not in capsys.readouterr().err


SPECIALIZED = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_claim_specialized_%(id)s}{A square}
\wcsymbol{x > 0}\wcsymbol{y > 0}
%(premise)s
\wcroute{9}
At $x = 2$ the square is $f = \wcclaim[=]{%(claim)s}{9}$.
\end{wccheck}
\end{document}
"""
SQUARE_AT_3 = "\\begin{equation}\nf = x^{2} = 9 \\wcpremise{square} \\wcby{substitute x = 3}\n\\end{equation}"


@pytest.mark.parametrize("claim, value", [
    ("f, x = 2", 4.0),   # the generic f = x^2 at 2, not its value at 3
    ("f, x = 3", 9.0),
    ("f", 9.0),          # the name as the chain left it: f at x = 3
])
def test_a_specialised_name_is_read_at_the_point_the_claim_gives(tmp_path, claim, value):
    [(_, got)] = _claims(tmp_path, SPECIALIZED % {"id": "a", "premise": SQUARE_AT_3, "claim": claim})
    assert got == value


def test_a_value_that_acts_on_nothing_is_refused_naming_the_symbol(tmp_path):
    [(_, got)] = _claims(tmp_path, SPECIALIZED % {"id": "b", "premise": SQUARE_AT_3, "claim": "f, y = 2"})
    assert "y = 2 acts on nothing" in got


def test_a_name_defined_through_another_is_read_at_the_claims_values(tmp_path):
    premise = ("\\begin{equation}\ng = x^{2} \\wcpremise{square}\n\\end{equation}\n\\begin{equation}\n"
               "f = g\n\\end{equation}")
    [(_, got)] = _claims(tmp_path, SPECIALIZED % {"id": "c", "premise": premise, "claim": "f, x = 2"})
    assert got == 4.0


ENERGY = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_energy_%(id)s}{Kinetic energy and momentum}
\wcsymbol{m > 0}\wcsymbol{v > 0}
\begin{align}
E(v) &= \frac{1}{2} m v^{2} \wcpremise{kinetic} \\
     &= \frac{(m v)^{2}}{2 m} %(slope)s
\end{align}
The slope is $\wcclaim{%(claim)s}{7.5}$.
\end{wccheck}
\end{document}
"""
SLOPE_ROW = r"\\ E'(v) &= m v \wcby{differentiate in v}"


@pytest.mark.parametrize("slope", [SLOPE_ROW, ""])  # the derived E', or E's derived value differentiated
@pytest.mark.parametrize("claim", ["E'(v), v = 3, m = 2.5", "E'(3), m = 2.5"])
def test_a_derivative_is_read_at_a_number(tmp_path, slope, claim):
    [(_, got)] = _claims(tmp_path, ENERGY % {"id": "d", "slope": slope, "claim": claim})
    assert got == 7.5


FREE_FALL = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_free_fall}{Free fall}
\wcsymbol{t > 0}\wcsymbol{g > 0}\wcsymbol{H > 0}
\begin{equation}
h(t) = H - \frac{g t^{2}}{2} \wcpremise{fall}
\end{equation}
\begin{equation}
h'(t) = -g t \wcby{differentiate in t}
\end{equation}
\begin{equation}
H - \frac{g t^{2}}{2} = 0 \wcpremise{landing}
\end{equation}
\begin{equation}
t = \sqrt{\frac{2H}{g}} \wcby{solve for t}
\end{equation}
The fall lasts $t \approx \wcclaim{t, H = 20, g = 9.81}{2.02}$ seconds; at $t = 1$ the
height is $\wcclaim{h(t), t = 1, H = 20, g = 10}{15}$.
\end{wccheck}
\end{document}
"""


def test_a_claim_on_a_solved_variable_reads_its_solved_value(tmp_path):
    [(_, t), (_, h)] = _claims(tmp_path, FREE_FALL)
    assert abs(t - (2 * 20 / 9.81) ** 0.5) < 1e-12
    assert h == 15.0  # a value the claim gives wins over the solved one


# -- 23 and what was seen by reading: notation the parser misreads ------------------------------

from verify.texinput.build import parse_domain  # noqa: E402
from verify.texinput.mathparse import MathError, NameTable, parse_math  # noqa: E402


def _names(**symbols: sp.Symbol) -> NameTable:
    names = NameTable()
    names.params.update(symbols)
    return names


N, X, Y = sp.Symbol("n", integer=True, positive=True), sp.Symbol("x", positive=True), sp.Symbol("y", positive=True)


@pytest.mark.parametrize("tex, value", [
    ("5!!", 15), ("6!!", 48), ("(5!)!", sp.factorial(120)), ("3!", 6), ("n!!", sp.factorial2(N)),
    ("(2n)!!", sp.factorial2(2 * N)), (r"5!!\,x^{6}", 15 * X**6), ("x + 5!! - 1", X + 14),
])
def test_the_double_factorial_is_read_as_printed(tex, value):
    assert parse_math(tex, _names(n=N, x=X)) == value


@pytest.mark.parametrize("tex, why", [
    ("5!!!", "3 factorial signs"), ("{5!}!", "braces"), ("x^2!!", r"right after \^"),
    (r"\sqrt{x}!!", "parentheses"), (r"\frac{1}{x}!!", "parentheses"),
])
def test_an_ambiguous_run_of_factorials_is_refused(tex, why):
    with pytest.raises(MathError, match=why):
        parse_math(tex, _names(x=X))


@pytest.mark.parametrize("tex", ["1.5e3", "2e-3", "2.5E+4", "x + 1e6", "1.5 e3", "2e3x"])
def test_a_programmers_exponent_is_refused(tex):
    with pytest.raises(MathError, match=r"\\times 10\^"):
        parse_math(tex, _names(x=X))


def test_e_as_a_number_still_reads():
    assert parse_math("2e^{x}", _names(x=X)) == 2 * sp.exp(X)
    assert parse_math("x_{2e3}", NameTable(), allow_new=True) == sp.Symbol("x_2e3")


@pytest.mark.parametrize("tex", ["1/2x", "x/yx", "x/y x", "1/2 (x+1)", r"1/\sqrt{2} x", "x/2.5 y",
                                 "1/N_{c} x", r"x/y^{2} x", "x/y(x+1)", "f(x)/g(x) x", r"1/\sin x"])
def test_a_factor_after_a_divisor_is_refused_as_ambiguous(tex):
    with pytest.raises(MathError, match="ambiguous"):
        parse_math(tex, _names(x=X, y=Y, N_c=sp.Symbol("N_c", positive=True)))


@pytest.mark.parametrize("tex, value", [
    ("1/(2x)", 1 / (2 * X)), (r"\frac{1}{2}x", X / 2), ("x/y^{2}", X / Y**2), ("n/2 + 1", N / 2 + 1),
    (r"x/y \cdot x", X**2 / Y), (r"\int_0^1 x/y\,dx", sp.Integral(X / Y, (X, 0, 1))),
    (r"1/\sin(x)", 1 / sp.sin(X)), ("x/g(x)^{2}", X / sp.Function("g")(X)**2),
])
def test_an_unambiguous_slash_still_reads(tex, value):
    assert parse_math(tex, _names(x=X, y=Y, n=N)) == value


@pytest.mark.parametrize("domain, low, high", [
    (r"n \ge 2.5, n \in \mathbb{Z}", 3, None), (r"n > 2.5, n \in \mathbb{Z}", 3, None),
    (r"n > 2, n \in \mathbb{Z}", 3, None), (r"-2.5 < n < 3, n \in \mathbb{Z}", -2, 2),
    (r"-2.5 \le n \le 3.5, n \in \mathbb{Z}", -2, 3), (r"n \in \mathbb{N}, n \ge 0", 0, None),
    (r"n \in \mathbb{N}", 1, None), (r"n \in \mathbb{N}, n \le 4.5", 1, 4),
    (r"n < -1.5, n \in \mathbb{Z}", None, -2), (r"n \le -1.5, n \in \mathbb{Z}", None, -2),
])
def test_an_integer_domain_is_rounded_inward(domain, low, high):
    _, d = parse_domain(domain, NameTable())
    assert (d.lo, d.hi) == (low, high)


@pytest.mark.parametrize("domain", [r"n \in \mathbb{Z}, 2.2 < n < 2.8", r"1 < x < 1", r"2 < x < 1"])
def test_an_empty_domain_is_refused(domain):
    with pytest.raises(MathError, match="contains no"):
        parse_domain(domain, NameTable())


def test_the_tightest_of_several_bounds_holds():
    _, d = parse_domain(r"x > 2, x > 0", NameTable())
    assert d.describe() == "a real number in (2, inf)"


GAMMA = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_gamma_%(id)s}{Gaussian normalisation}
\wcsymbol{a > 0}
\begin{equation}
Z = \frac{\Gamma(1/2)}{\sqrt{a}} = %(rhs)s \wcpremise{norm}
\end{equation}
\end{wccheck}
\end{document}
"""
DOUBLE_FACTORIAL = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_double_factorial%(id)s}{Wick pairings of six fields}
\wcsymbol{\sigma > 0}
\begin{equation}
M_{6} = 5!!\,\sigma^{6} = %(rhs)s \wcpremise{moment}
\end{equation}
\wcroute{%(rhs)s}
\end{wccheck}
\end{document}
"""


def test_gamma_and_the_double_factorial_through_the_cli(tmp_path, capsys):
    good = [_write(tmp_path, "gamma_ok.tex", GAMMA % {"id": "ok", "rhs": r"\sqrt{\frac{\pi}{a}}"}),
            _write(tmp_path, "df_ok.tex", DOUBLE_FACTORIAL % {"id": "_ok", "rhs": r"15\,\sigma^{6}"})]
    bad = [_write(tmp_path, "gamma.tex", GAMMA % {"id": "bad", "rhs": r"\frac{\pi}{\sqrt{a}}"}),
           _write(tmp_path, "df.tex", DOUBLE_FACTORIAL % {"id": "", "rhs": r"120!\,\sigma^{6}"})]
    assert main([*map(str, good), "-q", "--properties", "0", "--no-cache"]) == 0
    for path in bad:
        assert main([str(path), "-q", "--properties", "0", "--no-cache"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_the_authors_own_gamma_is_a_name(tmp_path):
    text = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_own_gamma}{A rate}
\wcsymbol{x > 0}
\begin{equation}
\Gamma(x) = x^{2} \wcpremise{rate}
\end{equation}
\begin{equation}
\Gamma'(x) = 2x \wcby{differentiate in x}
\end{equation}
\end{wccheck}
\end{document}
"""
    found, errors = load_tex(_write(tmp_path, "paper.tex", text))
    assert errors == []
    assert isinstance(found[0].premises[0].expr.lhs, sp.core.function.AppliedUndef)


# -- the corpus files: tests/attacks/r3_tex_*.tex ------------------------------------------------

import json  # noqa: E402

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r3_tex_*.tex"))


def test_the_tex_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 17
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 3). Must pass." if control else "% Class "), name


def test_the_tex_corpus_attacks_are_rejected_and_controls_pass(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    report_path = tmp_path / "report.json"
    main([*(str(ATTACKS / n) for n in TEX_CORPUS), "-q", "--properties", "0", "--no-cache",
          "--json", str(report_path)])
    assert "Traceback" not in capsys.readouterr().err
    report = json.loads(report_path.read_text())
    refused = {Path(e["path"].split(":")[0]).name for e in report.get("load_errors", ())}
    entries = {e["id"].removeprefix("attack.r3.") + ".tex": e for e in report["derivations"]}
    for name in TEX_CORPUS:
        entry = entries.get(name.removeprefix("r3_"))
        rejected = name in refused or entry is None or entry["verdict"] not in ("proved", "confirmed") or any(
            c.get("status") == "failed" for c in entry.get("claims", ()))
        assert rejected != name.endswith("_ok.tex"), (name, entry and entry["verdict"], name in refused)


@pytest.mark.parametrize("include", [r"\input{macros}", r"\include{macros}", r"\input macros.tex"])
def test_a_file_read_before_the_checked_rows_is_refused(tmp_path, include):
    line, message = _refusal(tmp_path, SLOPE % {"id": "input", "redefine": include, "after": ""})
    assert line == 11 and "reads another file" in message


FUNCTION_AT = HEAD + r"""\begin{document}
\begin{wccheck}{r3.tex_function_at_%(id)s}{A square}
\wcsymbol{x > 0}
\begin{equation}
h(x) = x^{2} \wcpremise{square}
\end{equation}
%(rows)s
Its value is $\wcclaim[=]{%(claim)s}{%(printed)s}$.
\end{wccheck}
\end{document}
"""


@pytest.mark.parametrize("rows, claim, value", [
    (r"\begin{equation} h(x) = x \cdot x \end{equation}", "h(2)", 4.0),
    (r"\begin{equation} h(x) = 1 + x^{2} - 1 \end{equation}", "h(x), x = 2", 4.0),
])
def test_a_function_is_read_at_its_argument(tmp_path, rows, claim, value):
    [(_, got)] = _claims(tmp_path, FUNCTION_AT % {"id": "a", "rows": rows, "claim": claim, "printed": "4"})
    assert got == value


def test_a_series_is_not_read_at_an_argument_far_from_its_centre(tmp_path):
    rows = r"\begin{equation} h(x) = 1 + x \wcby{series in x about 0 to order 2} \end{equation}"
    text = FUNCTION_AT % {"id": "b", "rows": rows, "claim": "h(10)", "printed": "11"}
    text = text.replace("h(x) = x^{2}", r"h(x) = \exp(x)")
    [(_, got)] = _claims(tmp_path, text)
    assert "truncated series" in got and "x = 10" in got


@pytest.mark.parametrize("claim, value", [("h(2)", 4.0), ("h(3)", 9.0)])
def test_a_specialised_function_is_read_at_its_argument(tmp_path, claim, value):
    text = (FUNCTION_AT % {"id": "c", "rows": "", "claim": claim, "printed": "4"}).replace(
        r"h(x) = x^{2} \wcpremise{square}", r"h(x) = x^{2} = 9 \wcpremise{square} \wcby{substitute x = 3}")
    [(_, got)] = _claims(tmp_path, text)
    assert got == value


def test_gamma_applied_is_eulers_and_a_bare_gamma_is_a_name():
    x = sp.Symbol("x", positive=True)
    assert parse_math(r"\Gamma(1/2)", NameTable()) == sp.sqrt(sp.pi)
    assert parse_math(r"\Gamma(2, x)", _names(x=x)) == sp.uppergamma(2, x)
    assert parse_math(r"\Gamma x", _names(x=x, Gamma=sp.Symbol("Gamma", positive=True))) == sp.Symbol(
        "Gamma", positive=True) * x

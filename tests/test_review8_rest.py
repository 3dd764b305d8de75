r"""Review 8, the rest: what review 8 left open in the claims and the sums.

* a LaTeX claim's limit of an exact derived form is read where the form was derived: at a point
  inside the domain, or at an end approached from inside (``a \to 0^+``), its value SymPy's limit
  certified by the kernel; a limit outside the domain's closure, from outside it, two-sided at an
  end, or of a truncated (≃) form stays refused;
* an infinite trigonometric series SymPy cannot evaluate at a point (Σ sin(ka)/k) is bounded in
  balls with a proven tail (:mod:`verify.certify_series`): a wrong closed form, one claimed beyond
  its range, or a value given to a divergent series (Σ sin(ka)) is refuted in seconds, and a right
  one agrees at points (confirmed once equality calls :func:`series_agree`: sampled, never proved);
* a value exactly on a rounding boundary (1/8 printed 0.13 or 0.12, 5/2 printed 3 or 2) is decided
  exactly when it is exact — a rational, an exact SymPy number SymPy reduces to one, a LaTeX claim
  of an exact form — under both fair readings (half up, half to even); a floating value on the
  boundary stays inconclusive and says so.

The corpus files are ``tests/attacks/r8_rest_*`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.texinput import load_tex

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r8_rest_tex_*.tex"))


def test_the_tex_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 6
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 8). Must pass." if control else "% Class "), name
        assert control or "(review 8," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_tex_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


def _claim(tmp_path: Path, text: str) -> object:
    """The one claim's computed value (a float), or the text of the error it raises."""
    path = tmp_path / "paper.tex"
    path.write_text(text, encoding="utf-8")
    found, errors = load_tex(path)
    assert errors == [], errors
    [claim] = found[0].claims
    try:
        return float(claim.compute())
    except ValueError as exc:
        return str(exc)


FORM = r"""\documentclass{article}
\usepackage{amsmath,wallcheck}
\begin{document}
\begin{wccheck}{r8.tex_limits}{A limit of a form}
\wcsymbol{%(domain)s}
\begin{align}
f(a) &= %(premise)s \wcpremise{law}\\
f(a) &= %(row)s
\end{align}
The value is $\wcclaim[=]{%(claim)s}{0}$.
\end{wccheck}
\end{document}
"""
ABS = {"domain": "0 < a < 1", "premise": r"\sqrt{(a - 2)^{2}}", "row": "2 - a"}
DECAY = {"domain": "a > 0", "premise": r"\sqrt{a^{2}} e^{-a}", "row": "a e^{-a}"}
SERIES = {"domain": "0 < a < 1", "premise": "e^{2a}", "row": r"1 + 2a \wcby{series in a about 0 to order 2}"}


@pytest.mark.parametrize("form, claim, value", [
    (ABS, r"\lim_{a \to 1/2} f(a)", 1.5),               # inside: any side
    (ABS, r"\lim_{a \to 1/2^-} f(a)", 1.5),
    (ABS, r"\lim_{a \to 0^+} f(a)", 2.0),               # an open end, from inside
    (ABS, r"\lim_{a \to 1^-} f(a)", 1.0),
    (ABS, r"\lim_{x \to 1/2} f(x)", 1.5),               # any bound name, held to a's domain
    (ABS, r"\lim_{a \to 1/2} f(a) + \lim_{a \to 1/4} f(a)", 3.25),
    (DECAY, r"\lim_{a \to \infty} f(a)", 0.0),          # ∞ on a domain unbounded above
])
def test_a_limit_of_an_exact_form_where_it_was_derived_is_computed(tmp_path, form, claim, value):
    assert _claim(tmp_path, FORM % {**form, "claim": claim}) == pytest.approx(value)


@pytest.mark.parametrize("form, claim, message", [
    (ABS, r"\lim_{a \to 2} f(a)", "takes a → 2, a point outside the domain and its ends"),
    (ABS, r"\lim_{a \to -1/2} f(a)", "takes a → -1/2, a point outside"),
    (ABS, r"\lim_{a \to 0} f(a)", "takes a → 0, which approaches from outside the domain"),
    (ABS, r"\lim_{a \to 0^-} f(a)", "takes a → 0⁻, which approaches from outside"),
    (ABS, r"\lim_{a \to 1^+} f(a)", "takes a → 1⁺, which approaches from outside"),
    (ABS, r"\lim_{a \to \infty} f(a)", "takes a → ∞, beyond the end of the domain"),
    (DECAY, r"\lim_{a \to -\infty} f(a)", "takes a → −∞, beyond the end"),
    (ABS, r"\lim_{a \to 1/4} f(2a)", "an expression in a variable the claim binds"),
    (SERIES, r"\lim_{a \to 1/2} f(a)", "a claim may not take a limit of it"),   # away from its centre
    (SERIES, r"\lim_{a \to 0^+} f(a)", "a claim may not take a limit of it"),
])
def test_a_limit_outside_where_the_form_was_derived_is_refused(tmp_path, form, claim, message):
    got = _claim(tmp_path, FORM % {**form, "claim": claim})
    assert isinstance(got, str) and message in got, got


def test_a_limit_that_does_not_exist_or_is_infinite_is_no_value(tmp_path):
    pole = {"domain": "0 < a < 1", "premise": r"\frac{1}{\sqrt{a^{2}}}", "row": r"\frac{1}{a}"}
    got = _claim(tmp_path, FORM % {**pole, "claim": r"\lim_{a \to 0^+} f(a)"})
    assert isinstance(got, str) and "is not a finite real number" in got, got


# -- infinite trigonometric series, bounded in balls ------------------------------------------------

import mpmath
import sympy

from derivations import Real
from verify.certify_series import diverges, series_agree, series_ball, series_refutes

K = sympy.Symbol("k", integer=True, positive=True)
A = sympy.Symbol("a", positive=True)


@pytest.mark.parametrize("summand, exact", [
    (sympy.sin(K) / K, lambda: (mpmath.pi - 1) / 2),                           # the sawtooth at a = 1
    (sympy.cos(K) / K, lambda: -mpmath.log(2 * mpmath.sin(mpmath.mpf(1) / 2))),
    ((-1) ** K / K, lambda: -mpmath.log(2)),                                   # (−1)^k: θ = π
    ((-1) ** (K + 1) / (2 * K - 1), lambda: mpmath.pi / 4),                    # Leibniz, (−1)^{k+1}: a phase
    (sympy.sin(2 * K + 1) / K ** 2 + sympy.cos(K) / K, None),                  # two terms, a phase
    (sympy.sin(K) / sympy.sqrt(K), None),                                      # a fractional power
    (sympy.sin(K) / (K * (K + 1)) + sympy.cos(K) / (K ** 2 - sympy.Rational(1, 4)), None),  # factored bases
])
def test_a_series_ball_contains_the_value(summand, exact):
    ball = series_ball(sympy.Sum(summand, (K, 1, sympy.oo)), 50)
    assert ball is not None and ball.rad() < 1e-45
    with mpmath.workdps(60):
        if exact is None:  # mpmath's own sum, to its far lower accuracy
            f = sympy.lambdify(K, summand, "mpmath")
            exact = mpmath.nsum(f, [1, mpmath.inf])
            assert abs(mpmath.mpf(ball.mid().str(40, radius=False)) - exact) < 1e-8
        else:
            assert abs(mpmath.mpf(ball.mid().str(40, radius=False)) - exact()) < 1e-35


@pytest.mark.parametrize("summand", [
    sympy.sin(K), sympy.cos(K), sympy.Integer(1) / K, sympy.cos(2 * sympy.pi * K) / K,  # divergent
    sympy.sin(K) * K, sympy.sin(K) / (K ** 2 + 1), sympy.sin(K) ** 2 / K, sympy.exp(-K) * sympy.sin(K),  # not covered
])
def test_no_ball_for_a_divergent_or_uncovered_series(summand):
    assert series_ball(sympy.Sum(summand, (K, 1, sympy.oo)), 50) is None


def test_a_series_whose_terms_do_not_vanish_diverges():
    assert diverges(sympy.Sum(sympy.sin(K), (K, 1, sympy.oo)))
    assert diverges(sympy.Sum(3 * sympy.cos(2 * K + 1), (K, 1, sympy.oo)))
    assert not diverges(sympy.Sum(sympy.sin(K) / K, (K, 1, sympy.oo)))
    assert not diverges(sympy.Sum(sympy.sin(sympy.pi * K), (K, 1, sympy.oo)))   # 0 = sin(kπ): no claim


SAWTOOTH = sympy.Sum(sympy.sin(K * A) / K, (K, 1, sympy.oo))


def test_the_sawtooth_agrees_on_its_range_and_is_refuted_off_it():
    assert series_agree(SAWTOOTH, (sympy.pi - A) / 2, {A: Real(0, 2 * sympy.pi)}, 50).verdict == "confirmed"
    assert series_refutes(SAWTOOTH, (sympy.pi - A) / 2, {A: Real(0, 2 * sympy.pi)}, 50) is None
    wide = series_refutes(SAWTOOTH, (sympy.pi - A) / 2, {A: Real(0, 4 * sympy.pi)}, 50)
    assert wide is not None and wide["a"] == "20*pi/7"
    third = series_refutes(SAWTOOTH, (sympy.pi - A) / 3, {A: Real(0, 2 * sympy.pi)}, 50)
    assert third is not None and series_agree(SAWTOOTH, (sympy.pi - A) / 3, {A: Real(0, 2 * sympy.pi)}, 50) is None
    off = series_refutes(SAWTOOTH, (sympy.pi - A) / 2 + sympy.Rational(1, 10**40), {A: Real(0, 2 * sympy.pi)}, 50)
    assert off is not None  # a difference of 10^-40 is seen: the ball is far narrower


def test_a_divergent_series_is_never_given_a_value():
    divergent = sympy.Sum(sympy.sin(K * A), (K, 1, sympy.oo))
    got = series_refutes(divergent, sympy.cot(A / 2) / 2, {A: Real(0, 2 * sympy.pi)}, 50)
    assert got is not None and "diverges" in got["how"]
    assert series_agree(divergent, sympy.cot(A / 2) / 2, {A: Real(0, 2 * sympy.pi)}, 50) is None
    # the same divergent series on both sides (two nodes) is no claim of a value
    assert series_refutes(divergent, sympy.Sum(sympy.sin(A * K), (K, 1, sympy.oo)), {A: Real(0, 2 * sympy.pi)}, 50) is None


def test_the_step_is_refuted_through_direct_summation():
    from verify.equality import prove_equal
    v = prove_equal(SAWTOOTH, (sympy.pi - A) / 3, {A: Real(0, 2 * sympy.pi)}, key="t", dps=50)
    assert v.verdict == "failed" and "how" in (v.counterexample or {})


# -- a value exactly on a rounding boundary --------------------------------------------------------

from fractions import Fraction

from derivations import Claim
from verify.claims import check_claim


def _ledger(printed: str, value: object) -> dict:
    return check_claim(Claim("t.half", "a value on a boundary", "W §0", printed, lambda: value, relation="≈"), 30)


@pytest.mark.parametrize("value", [
    Fraction(1, 8), sympy.Rational(1, 8),
    (sympy.sqrt(2) + 1) * (sympy.sqrt(2) - 1) / 8,   # exact, but not a Rational until SymPy reduces it
])
def test_an_exact_value_on_the_boundary_holds_under_either_fair_reading(value):
    assert _ledger("0.13", value)["status"] == "verified"    # half up
    assert _ledger("0.12", value)["status"] == "verified"    # half to even
    assert _ledger("0.14", value)["status"] == "failed"
    assert _ledger("0.2", value)["status"] == "failed"


def test_an_exact_half_integer_holds_rounded_up_or_to_even():
    assert _ledger("3", sympy.Rational(5, 2))["status"] == "verified"
    assert _ledger("2", sympy.Rational(5, 2))["status"] == "verified"
    assert _ledger("4", sympy.Rational(5, 2))["status"] == "failed"


def test_a_floating_value_on_the_boundary_stays_inconclusive_and_says_why():
    got = _ledger("0.13", mpmath.mpf(1) / 8)
    assert got["status"] == "inconclusive" and "boundary" in got["note"]


HALF = r"""\documentclass{article}
\usepackage{amsmath,wallcheck}
\begin{document}
\begin{wccheck}{r8.tex_half}{A mean}
\wcsymbol{0 < a < 1}
\begin{align}
m &= \frac{a}{2} \wcpremise{def}\\
  &= \frac{2a}{4}
\end{align}
The value is $\wcclaim{m, a = 0.25}{%s}$.
\end{wccheck}
\end{document}
"""


@pytest.mark.parametrize("printed, status", [("0.13", "verified"), ("0.12", "verified"), ("0.14", "failed")])
def test_a_latex_claim_of_an_exact_form_on_the_boundary_is_decided_exactly(tmp_path, printed, status):
    path = tmp_path / "paper.tex"
    path.write_text(HALF % printed, encoding="utf-8")
    found, errors = load_tex(path)
    assert errors == [], errors
    [claim] = found[0].claims
    assert claim.compute() == sympy.Rational(1, 8)
    assert check_claim(claim, 30)["status"] == status

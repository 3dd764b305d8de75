r"""LaTeX front end, review 6: a domain's bounds may be exact constants, and a claim stays inside the domain.

* ``\wcsymbol{-\pi < \phi < \pi}``: a bound is any exact constant real number the math parser reads
  (``\pi``, ``\frac{\pi}{2}``, ``2\pi``, ``\sqrt{2}``, ``\ln 2``, ``e`` where e is no symbol of the
  file), passed exactly to the domain as Python's ``Real(-sp.pi, sp.pi)``; a bound that is no
  constant (``0 < x < a``) is refused as before;
* a claim's value (after the comma, or as a call's argument ``I(3.2)``) must lie in the domain; a
  closed end is inside, an open end is not (``a = 0`` with ``0 < a < 1``), except the centre of
  a truncated series in that symbol (the review-3 control reads a series at its centre).

The corpus files are ``tests/attacks/r6_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from verify.texinput.build import parse_domain
from verify.texinput.mathparse import MathError, NameTable

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r6_tex_*.tex"))


def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 8
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 6). Must pass." if control else "% Class C (review 6"), name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


@pytest.mark.parametrize("text, lo, hi, lo_open, hi_open", [
    (r"-\pi < \phi < \pi", -sp.pi, sp.pi, True, True),
    (r"0 < \theta < \frac{\pi}{2}", sp.Integer(0), sp.pi / 2, True, True),
    (r"0 \le x \le 2\pi", sp.Integer(0), 2 * sp.pi, False, False),
    (r"0 < x < \sqrt{2}", sp.Integer(0), sp.sqrt(2), True, True),
    (r"\ln 2 < x < e", sp.log(2), sp.E, True, True),
    (r"0 < x < 3, x < \pi", sp.Integer(0), sp.Integer(3), True, True),   # the tightest bound holds
    (r"0 < x \le \pi, x < \pi", sp.Integer(0), sp.pi, True, True),       # strict wins at a tie
])
def test_a_bound_is_an_exact_constant(text, lo, hi, lo_open, hi_open):
    _, dom = parse_domain(text, NameTable())
    assert (dom.lo_exact, dom.hi_exact, dom.lo_open, dom.hi_open) == (lo, hi, lo_open, hi_open)


def test_an_integer_domain_rounds_an_irrational_bound_inward():
    _, dom = parse_domain(r"-\pi \le n \le \pi, n \in \mathbb{Z}", NameTable())
    assert dom.describe() == "an integer >= -3 and <= 3"


@pytest.mark.parametrize("text", [
    r"0 < x < a",            # a symbol, not a number
    r"0 < x < \sqrt{-1}",    # not real
    r"0 < e < \pi",          # no term is the symbol
])
def test_a_bound_that_is_no_constant_real_is_refused(text):
    with pytest.raises(MathError, match="a domain is one symbol between numbers"):
        parse_domain(text, NameTable())


def test_an_empty_irrational_domain_is_refused():
    with pytest.raises(MathError, match="contains no number"):
        parse_domain(r"\pi < x < 3", NameTable())


def test_a_lone_e_or_pi_is_still_a_symbol():
    assert parse_domain("e > 0", NameTable())[0] == "e"
    assert parse_domain(r"\pi > 0", NameTable())[0] == "pi"


def test_e_is_no_bound_where_it_is_the_files_symbol():
    names = NameTable()
    names.params["e"] = sp.Symbol("e", positive=True)
    with pytest.raises(MathError, match="a domain is one symbol between numbers"):
        parse_domain("0 < x < e", names)

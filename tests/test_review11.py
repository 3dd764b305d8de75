"""Review 11 (issue 16): what prints nothing or wraps text beside a LaTeX claim is read as the page
shows it; a braced or misplaced d in a d-fraction is read or refused, never cancelled; a symbolic
link's target read by user code is fingerprinted (verify/texinput/printed.py, differentials.py,
verify/outside_reads.py)."""

from __future__ import annotations

import os

import pytest

from verify.outside_reads import LINK, _path_state
from verify.texinput.printed import beside_claim


@pytest.mark.parametrize("before, after", [
    ("", r"\relax 0"), (r"1\relax", ""), (r"-\relax ", ""), ("", r"\text{0}"), ("", r"\hspace{0pt}0"),
    ("", r"\textsuperscript{2}"), ("", r"\mathrm{e}3"), ("", r"\mbox{5}"), (r"\text{1}", ""),
])
def test_material_that_prints_nothing_or_wraps_text_beside_a_claim_is_seen_through(before, after):
    assert beside_claim(before, after) is not None


@pytest.mark.parametrize("before, after", [
    ("the value is ", r"\,\mathrm{m}, which"), ("", r"\text{ m}"), ("is ", r"~\text{metres}."), ("", r" \quad and"),
])
def test_units_and_words_beside_a_claim_pass(before, after):
    assert beside_claim(before, after) is None


def test_a_d_fraction_with_a_misplaced_d_below_is_refused_not_read_as_a_quotient():
    from verify.texinput.differentials import read_derivatives
    from verify.texinput.mathparse import MathError
    for frac in (r"\frac{d^2 y}{d^2 x}", r"\frac{d^2 y}{(dx)^2}"):
        with pytest.raises(MathError, match="one name after d"):
            read_derivatives(frac, {}, {})
    assert read_derivatives(r"\frac{{d}y}{{d}x}", {}, {}) == read_derivatives(r"\frac{dy}{dx}", {}, {})


def test_a_symbolic_links_target_is_its_fingerprint(tmp_path):
    target_a, target_b, link = tmp_path / "value_2", tmp_path / "value_3", tmp_path / "link"
    target_a.write_text(""), target_b.write_text("")
    os.symlink(target_a, link)
    before = _path_state(LINK + str(link))
    os.remove(link)
    os.symlink(target_b, link)
    assert _path_state(LINK + str(link)) != before

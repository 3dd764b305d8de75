"""The claims ledger: tolerance from how a number was printed; honest statuses."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from derivations import Claim
from verify.claims import agrees, check_claim, parse_printed


def test_parse_printed():
    assert parse_printed("10^{10}") == 10**10
    assert parse_printed("2·10^9") == 2 * 10**9
    assert parse_printed("1/101") == Fraction(1, 101)
    assert parse_printed("0.27") == Fraction(27, 100)
    assert parse_printed("true") is True
    with pytest.raises(ValueError):
        parse_printed("import os")


@pytest.mark.parametrize("computed,printed,relation,expected", [
    (Fraction(4, 15), "0.27", "≈", True),        # 0.2667 rounds to 0.27
    (Fraction(4, 15), "0.26", "≈", False),
    (mpmath.mpf(3) ** 0.25, "1.316", "≈", True),
    (mpmath.mpf(3) ** 0.25, "2", "≈", False),     # "almost twice" is not 1.316
    (1024, "1024", "=", True),
    (1023, "1024", "=", False),
    (Fraction(1, 101), "10^{-2}", "∼", True),    # order of magnitude
    (Fraction(1, 101), "10^{-1}", "∼", False),
    (True, "true", "=", True),
    (False, "true", "=", False),
])
def test_agreement_rule(computed, printed, relation, expected):
    assert agrees(computed, printed, relation, 30) is expected


def test_exact_relation_uses_working_precision():
    third = mpmath.mpf(1) / 3
    with mpmath.workdps(40):
        assert agrees(mpmath.mpf(1) / 3, "1/3", "=", 40)
    assert not agrees(third, "1/3", "=", 40)  # only 15 digits were computed


def _claim(printed, value, **kw):
    return Claim("t.c", "a statement", "W §0", printed, lambda: value, **kw)


def test_statuses():
    assert check_claim(_claim("4", 4), 30)["status"] == "verified"
    assert check_claim(_claim("4", 5), 30)["status"] == "failed"
    err = check_claim(_claim("2", mpmath.mpf(3) ** 0.25, relation="≈", erratum="A_4 = 3^(1/4)",
                             correct="3^{1/4} ≈ 1.316", correct_value="1.316"), 30)
    assert err["status"] == "erratum" and err["note"].startswith("A_4") and err["computed"].startswith("1.316")
    # An erratum whose printed value actually holds is a failure of the ledger, not a pass.
    wrong = check_claim(_claim("4", 4, erratum="it is not 4", correct_value="5"), 30)
    assert wrong["status"] == "failed" and "printed value holds" in wrong["note"]
    # An erratum whose recorded correct value does not hold either is a failure too.
    both = check_claim(_claim("2", 3, erratum="it is not 2", correct_value="4"), 30)
    assert both["status"] == "failed" and "does not hold either" in both["note"]


def test_correct_value_is_never_checked_loosely():
    # A '∼' claim's correct value is checked to its printed digits ('≈'), not within a factor √10.
    c = _claim("10", 2, relation="∼", erratum="it is 2", correct_value="5")
    assert c.correct_relation is None and check_claim(c, 30)["status"] == "failed"
    with pytest.raises(ValueError, match="correct_relation"):
        _claim("10", 2, relation="∼", erratum="it is 2", correct_value="5", correct_relation="∼")


def test_a_claim_that_raises_fails_with_the_reason():
    r = check_claim(Claim("t.x", "s", "W", "1", lambda: 1 / 0), 30)
    assert r["status"] == "failed" and "ZeroDivisionError" in r["note"]


# -- issue 16, item 6: every numeral to the digits it shows --------------------------------------

@pytest.mark.parametrize("printed,inside,outside", [
    ("3.1500e0", "3.15004", "3.15006"),          # trailing zeros count: half of 1e-4
    ("2.7000·10^0", "2.70004", "2.70006"),
    ("2.7 × 10^{3}", "2749", "2751"),            # half of 100
    ("1.5E-3", "0.00154", "0.00156"),
    ("0.270", "0.2704", "0.2706"),
    ("70e9", "70.4e9", "70.6e9"),
])
def test_numerals_are_compared_to_the_digits_they_show(printed, inside, outside):
    with mpmath.workdps(30):
        assert agrees(mpmath.mpf(inside), printed, "≈", 30)
        assert not agrees(mpmath.mpf(outside), printed, "≈", 30)


def test_a_boundary_case_is_decided_at_higher_precision_never_with_slack():
    # e^{-200} above the boundary 0.455 between 0.45 and 0.46: undecidable at 30 or 60 digits
    c = Claim("t.b", "s", "W §0", "0.46", lambda: mpmath.mpf(91) / 200 + mpmath.exp(-200), relation="≈")
    r = check_claim(c, 30)
    assert r["status"] == "verified" and r["dps_used"] == 120
    below = Claim("t.b", "s", "W §0", "0.45", lambda: mpmath.mpf(91) / 200 + mpmath.exp(-200), relation="≈")
    assert check_claim(below, 30)["status"] == "failed"
    # exactly on the boundary: no precision decides it, and it is never passed
    on = Claim("t.b", "s", "W §0", "0.46", lambda: mpmath.mpf(91) / 200, relation="≈")
    r = check_claim(on, 30)
    assert r["status"] == "inconclusive" and "boundary" in r["note"]


# -- issue 17: readings, rounding of printed inputs, severity, restored, unchecked --------------------

def test_an_erratum_needs_every_reading_to_fail():
    from derivations._model import Reading
    other = (Reading("the other exponent", lambda: 20),)
    held = check_claim(_claim("10", 10, reading="W's exponent", readings=other), 30)
    assert held["status"] == "verified" and held["reading"] == "W's exponent" and "20" in held["note"]
    second = check_claim(_claim("20", 10, reading="W's exponent", readings=other), 30)
    assert second["status"] == "verified" and second["reading"] == "the other exponent"
    recorded = check_claim(_claim("20", 10, readings=other, erratum="it is 10", correct_value="10"), 30)
    assert recorded["status"] == "failed" and "under the reading the other exponent" in recorded["note"]
    neither = check_claim(_claim("30", 10, readings=other, erratum="it is 10", correct_value="10"), 30)
    assert neither["status"] == "erratum" and [r["holds"] for r in neither["readings"]] == [False, False]


def test_a_value_from_printed_inputs_is_judged_over_their_rounding():
    import sympy
    a, b = sympy.symbols("alpha beta", positive=True)
    value = Fraction(28, 62)

    def claim(printed, **kw):
        return _claim(printed, value, relation="≈", inputs={"alpha": "0.34", "beta": "0.28"},
                      expression=b / (a + b), **kw)
    ok = check_claim(claim("0.46"), 30)
    assert ok["status"] == "consistent" and ok["rounding"]["enclosure"] == "[0.4433, 0.4600]"
    assert check_claim(claim("0.48"), 30)["status"] == "failed"
    slip = check_claim(claim("0.48", erratum="it is 0.45", correct_value="0.45"), 30)
    assert slip["status"] == "erratum" and "misses 0.48" in slip["note"]
    wrong = check_claim(claim("0.46", erratum="it is 0.45", correct_value="0.45"), 30)
    assert wrong["status"] == "failed" and "consistent within the printed precision" in wrong["note"]
    with pytest.raises(ValueError, match="inputs and expression go together"):
        _claim("0.46", value, inputs={"alpha": "0.34"})


@pytest.mark.parametrize("severity", ["erratum", "typo", "comment"])
def test_severity_is_the_status(severity):
    r = check_claim(_claim("8", 7, erratum="the relation is (7)", correct_value="7", severity=severity), 30)
    assert r["status"] == r["severity"] == severity


def test_severity_must_be_known():
    with pytest.raises(ValueError, match="severity"):
        _claim("8", 7, erratum="x", correct_value="7", severity="slip")


def test_restored_and_unchecked():
    r = check_claim(_claim("1.570", mpmath.mpf(15) ** (mpmath.mpf(1) / 6), relation="≈", restored="ours"), 30)
    assert r["status"] == "restored"
    # our own restoration contradicted by our computation is our failure, not the paper's erratum
    r = check_claim(_claim("1.571", mpmath.mpf(15) ** (mpmath.mpf(1) / 6), relation="≈", restored="ours"), 30)
    assert r["status"] == "failed" and "reconstruction" in r["note"]
    u = check_claim(_claim("100", 85, relation="∼", unchecked="the cutoff is ours"), 30)
    assert u["status"] == "unchecked" and u["note"].startswith("the cutoff is ours")


def test_claim_counts_cover_every_status():
    from verify.claims import STATUSES, claim_counts, counts_text
    counts = claim_counts([{"status": s} for s in STATUSES])
    assert sum(counts.values()) == len(STATUSES) and counts["typos"] == 1 and counts["claims_failed"] == 1
    assert "1 typo" in counts_text(counts) and "1 comment" in counts_text(counts)


def test_an_exact_value_on_the_boundary_is_decided_exactly():
    # 1/8 = 0.125 rounds to 0.12 or 0.13 depending on the convention: both readings hold
    assert agrees(Fraction(1, 8), "0.13", "≈", 30) and agrees(Fraction(1, 8), "0.12", "≈", 30)
    assert not agrees(Fraction(1, 8), "0.14", "≈", 30)
    assert check_claim(_claim("0.13", Fraction(1, 8), relation="≈"), 30)["status"] == "verified"

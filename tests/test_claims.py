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

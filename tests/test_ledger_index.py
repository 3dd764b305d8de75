"""The ledger index (issue 10, item 1): every printed number of W and S has a disposition."""

from __future__ import annotations

import re

import pytest

import derivations
from verify import ledger_index as li
from verify.report import render_summary

ENTRY = '[[number]]\nkey = "{key}"\npaper = "W"\nsection = "§1"\nfragment = "in 2024"\nprinted = "2024"\n'


@pytest.fixture(scope="module")
def index():
    return li.load()


def test_keys_unique_and_every_entry_has_one_disposition(index):
    keys = [e.key for e in index]
    assert len(keys) == len(set(keys))
    for e in index:
        assert e.disposition in ("checked", "not_mathematical", "unchecked"), e.key
        assert (e.claims or e.derivations) or (e.not_mathematical is None) != (e.unchecked is None), e.key


def test_every_named_claim_and_derivation_exists(index):
    assert li.validate(index) == []


def test_every_claim_citing_w_or_s_is_indexed(index):
    cited = li.paper_claims()
    assert len(cited) >= 50  # the registry's W/S claims are found, not an empty walk
    assert li.uncovered_claims(index) == []


def test_uncovered_claim_is_caught(index):
    # dropping one entry that names a claim leaves that claim uncovered
    victim = next(e for e in index if e.claims == ("mc.crossover.a2",))
    assert li.uncovered_claims([e for e in index if e is not victim]) == ["mc.crossover.a2"]


def test_unknown_claim_id_is_caught():
    entries = li.parse(ENTRY.format(key="W.s1.y") + 'claim = "mc.crossover.no_such_claim"\n')
    assert li.validate(entries) == ["W.s1.y: claim 'mc.crossover.no_such_claim' does not exist"]


@pytest.mark.parametrize("extra, message", [
    ("", "no disposition"),
    ('not_mathematical = "a year"\nunchecked = "x"\n', "conflicting dispositions"),
    ('claim = "mc.crossover.a2"\nunchecked = "x"\n', "conflicting dispositions"),
    ('not_mathematical = ""\n', "must state the reason"),
    ('claim = []\n', "non-empty list"),
    ('not_mathematical = "a year"\nrestored = "guessed"\n', "restored"),
    ('not_mathematical = "a year"\ncolour = "red"\n', "unknown field"),
    ('claim = "mc.crossover.a2"\nin_text = "second order"\n', "in_text"),
    ('claim = "mc.crossover.a2"\nrestored = "lost"\nin_text = ""\n', "in_text"),
])
def test_malformed_entries_are_refused(extra, message):
    with pytest.raises(li.IndexError_, match=message):
        li.parse(ENTRY.format(key="W.s1.y") + extra)


def test_a_restored_entry_is_ours_unless_the_text_prints_it_in_words():
    """Issue 17, item 1: the claims of a restored entry are `restored`, unless the text prints what
    they check in words (``in_text``: "second order accuracy" around a lost formula)."""
    lost = li.parse(ENTRY.format(key="W.s1.y") + 'claim = "mc.crossover.a2"\nrestored = "lost"\n')[0]
    worded = li.parse(ENTRY.format(key="W.s1.y") + 'claim = "mc.crossover.a2"\nrestored = "catalogue"\n'
                      'in_text = "second order accuracy"\n')[0]
    assert lost.ours and not worded.ours
    index = {e.key: e for e in li.load()}
    assert index["W.a1.A6_decimal"].ours and index["W.a1.A6_decimal"].printed == "1.570"
    assert not index["W.s2.eq2_second_order"].ours and not index["W.a1.almost_twice"].ours


def test_duplicated_keys_are_refused():
    one = ENTRY.format(key="W.s1.y") + 'not_mathematical = "a year"\n'
    with pytest.raises(li.IndexError_, match="duplicated key"):
        li.parse(one + one)


def test_paper_must_match_key():
    with pytest.raises(li.IndexError_, match="paper"):
        li.parse(ENTRY.format(key="S.s1.y") + 'not_mathematical = "a year"\n')


def test_cites_papers():
    assert li.cites_papers("W §3.2") and li.cites_papers("S §5.1, eq (17)")
    assert li.cites_papers("catalogue §7 restatement (W App. I value lost from the text)")
    assert not li.cites_papers("F §3.4 (Lemma 4)") and not li.cites_papers("Hoffmann et al. 2022, eq. (2)")


def test_coverage_counts_add_up_and_unchecked_are_listed(index):
    cov = li.coverage(index)
    assert cov["numbers"] == len(index) == cov["checked"] + cov["not_mathematical"] + cov["unchecked"]
    assert cov["checked"] == cov["checked_by_claim"] + cov["checked_by_derivation"]
    assert [u["key"] for u in cov["unchecked_list"]] == [e.key for e in index if e.disposition == "unchecked"]
    assert all(u["why"] for u in cov["unchecked_list"])
    assert sum(sum(p.values()) for p in cov["per_paper"].values()) == cov["numbers"]
    # both papers are read, and most of what they print is checked
    assert cov["per_paper"]["W"]["checked"] > 50 and cov["per_paper"]["S"]["checked"] > 40
    assert cov["unchecked"] < cov["numbers"] // 10


def test_key_numbers_are_indexed(index):
    """Spot checks of a reading: these printed numbers must each have an entry."""
    printed = {(e.paper, p.strip()) for e in index for p in re.split(r";", e.printed)}
    for paper, number in [("W", "10^{10}; ten billion"), ("W", "1200"), ("W", "2024"), ("W", "1024; (ratio lost)"),
                          ("S", "2^{10} = 1024"), ("S", "0.27"), ("S", "2.8"), ("S", "40"),
                          ("W", "infinite"), ("W", "two"), ("S", "negative"), ("S", "δ^D"), ("S", "a > 0")]:
        first = number.split(";")[0].strip()
        assert (paper, first) in printed, (paper, number)


def test_every_claim_disposition_is_checked_by_the_ledger(index):
    """A named claim really exists in the registry, with the paper of the entry."""
    claims = {c.id: c for d in derivations.all() for c in d.claims}
    for e in index:
        for c in e.claims:
            assert c in claims
            assert e.paper in claims[c].paper or not li.cites_papers(claims[c].paper) \
                or claims[c].paper.startswith(("catalogue", "CATALOGUE")), (e.key, c, claims[c].paper)


def test_assumptions_are_computed_not_typed(index):
    records = li.check_assumptions(index)
    assert len(records) >= 10
    checked = [r for r in records if "evaluate" in r]
    assert len(checked) >= 8
    assert [r["key"] for r in checked if not r["holds"]] == []


def test_assumption_check_can_fail(index):
    victim = next(e for e in index if e.assumption and e.assumption.evaluate == "llm.information_doubling")
    wrong = li.Entry(**{**victim.__dict__, "assumption": li.Assumption(
        victim.assumption.holds_if, victim.assumption.without, "llm.information_doubling",
        {"alpha": "0.05"}, "10", "=")})
    assert li.check_assumptions([wrong])[0]["holds"] is False


def test_summary_line_in_report():
    report = {"summary": {"derivations": 1, "proved": 1, "confirmed": 0, "inconclusive": 0, "failed": 0,
                          "claims": 0, "verified": 0, "errata": 0, "claims_failed": 0, "seconds": 0.0},
              "ledger_index": {"numbers": 5, "checked": 3, "not_mathematical": 1, "unchecked": 1}}
    line = render_summary(report)
    assert len(line.splitlines()) == 1
    assert line.endswith("0 failed; 3 of 5 printed numbers checked; 1 not mathematical; 1 unchecked; under 0.01 s")
    del report["ledger_index"]
    assert "printed numbers" not in render_summary(report)

"""Every claim keeps its status across precisions (issue 7: "every claim keeps its status
across the sweep"). Claims only — the steps and routes are swept by the benchmark — so that a
tolerance typed as a constant instead of derived from ``--dps`` shows up in the test suite."""

from __future__ import annotations

import pytest

import derivations
from verify.claims import check_claim

CLAIMS = [(d.id, c) for d in derivations.all() for c in d.claims]


def test_there_are_claims_to_sweep():
    assert len(CLAIMS) > 80


@pytest.mark.parametrize("dps", [15, 300])
def test_every_claim_keeps_its_status_at_other_precisions(dps):
    changed = []
    for ident, claim in CLAIMS:
        at_50, other = check_claim(claim, 50)["status"], check_claim(claim, dps)["status"]
        if at_50 != other or at_50 == "failed":
            changed.append(f"{claim.id}: {at_50} at dps 50, {other} at dps {dps}")
    assert not changed, changed

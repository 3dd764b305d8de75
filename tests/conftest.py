"""Shared test settings: hypothesis is deterministic in CI (profile ``ci`` when ``CI`` is set)."""

from __future__ import annotations

import os
import resource

import mpmath
import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, database=None, deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=60)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

#: Address space one test process (and the ``python -m verify`` it starts) may take. A runaway
#: computation then fails its test with ``MemoryError`` instead of drawing the kernel's OOM killer,
#: which ends the whole run with no word of which test it was. The machines have 24 GiB.
MEMORY_LIMIT = 12 * 2**30
_soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
if _soft == resource.RLIM_INFINITY or _soft > MEMORY_LIMIT:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT if _hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, _hard), _hard))


@pytest.fixture(autouse=True)
def _restore_mpmath_precision():
    """Every test starts and ends at mpmath's default precision, whatever it did."""
    mpmath.mp.dps = 15
    yield
    mpmath.mp.dps = 15


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Tests never read or write the user's verdict cache."""
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "verdict-cache"))


@pytest.fixture(scope="session")
def full_report(tmp_path_factory):
    """One full run of the checker, shared by the report and LaTeX tests."""
    from verify import fits
    from verify.runner import run
    report = run(dps=50, cache=None, properties=10)
    # What a plain ``python -m verify`` reports: the shipped fits analysed, their claims counted.
    report["fits"] = fits.analyse_files([fits.SHIPPED], dps=50)
    fits.merge_summary(report)
    return report

"""Every registry entry at the edges of its domain (issue 7, item 4).

Hypothesis draws each parameter with the public strategy :func:`verify.strategies.from_domain`,
which goes on purpose to within ``10^-300`` of every open end, to sizes up to ``10^300`` and to
exponents down to ``10^-300``. At every drawn point ``evaluate(dps=D)`` must either agree to
``D`` digits with an independent evaluation at twice the precision (adaptive mpmath on the
lambdified expression, not arb), or raise a clear ``ValueError`` subclass that names the
entry or the parameter — never a wrong number, never another exception.

``EDGE_N=200 EDGE_RANDOM=1 pytest tests/test_edges.py`` searches harder (CI runs 10 fixed examples
per entry).
"""

from __future__ import annotations

import mpmath
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import derivations
from derivations import DomainError, EvaluationError
from verify.strategies import from_domain

ENTRIES = [d for d in derivations.all() if d.parameters]
DPS = int(__import__("os").environ.get("EDGE_DPS", "30"))


def _points(d: derivations.Derivation) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({n: from_domain(d.param(n).domain) for n in d.parameters})


def _digits(params: dict) -> int:
    """Digits an exact parameter carries (10^-300 or 1 - 10^-300 carry about 300): cancellation
    in the reference can eat at most about that many, twice over."""
    sizes = [len(str(abs(v.numerator))) + len(str(v.denominator)) for v in map(_exact, params.values()) if v]
    return max(sizes, default=0)


def _exact(v):
    from fractions import Fraction
    try:
        return Fraction(v)
    except (TypeError, ValueError):
        return None


def _reference(d: derivations.Derivation, dps: int, params: dict) -> mpmath.mpf:
    """Plain mpmath on the lambdified expression (never arb), at twice the digits plus room
    for the cancellation exact extreme parameters can cause, doubled until two successive
    precisions agree (a value like 10^(-10^81) needs 82 more digits in its exponent)."""
    working = 2 * dps + 20 + 2 * _digits(params)
    previous = None
    for _ in range(6):
        with mpmath.workdps(working):
            value = d._evaluate_at(working, d.validate(params), params)
            if previous is not None and abs(value - previous) <= abs(value) * mpmath.mpf(10) ** (-2 * dps):
                return value
        previous, working = value, 2 * working
    raise AssertionError(f"no stable reference for {d.id} at {params}")


@pytest.mark.parametrize("d", ENTRIES, ids=lambda d: d.id)
def test_every_entry_near_the_edges_is_right_or_a_clear_error(d):
    outcomes: list[str] = []

    @settings(max_examples=int(__import__("os").environ.get("EDGE_N", "10")), deadline=None, database=None, derandomize=not __import__("os").environ.get("EDGE_RANDOM"),
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(_points(d))
    def check(params):
        try:
            value = d.evaluate(dps=DPS, **params)
        except DomainError as exc:  # a cross-parameter constraint (k <= n, ...): names the parameter
            assert exc.name in params, exc
            outcomes.append("domain")
            return
        except EvaluationError as exc:
            assert exc.id == d.id and exc.reason, exc
            outcomes.append("clear error")
            return
        assert isinstance(value, mpmath.mpf) and mpmath.isfinite(value), (params, value)
        try:
            reference = _reference(d, DPS, params)
        except EvaluationError:
            # The value was certified in arb where plain mpmath at twice the digits cannot
            # even produce a number: nothing independent to compare against at this point.
            assert d.certifiable, (params, value)
            outcomes.append("certified only")
            return
        with mpmath.workdps(2 * DPS + 20):
            assert abs(value - reference) <= abs(reference) * mpmath.mpf(10) ** (-DPS + 1), \
                (params, mpmath.nstr(value, DPS), mpmath.nstr(reference, DPS))
        outcomes.append("agrees")

    check()
    # The comparison happened: not every drawn point may end in an error.
    assert "agrees" in outcomes, outcomes

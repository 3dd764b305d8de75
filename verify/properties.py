"""Property testing over declared domains, with hypothesis.

``strategy(domain)`` turns a :class:`~derivations.Domain` into a hypothesis
strategy (exact fractions over bounded sides, log-uniform where the domain says
so); :func:`check` runs any predicate over domains, so users can property-test
derivations of their own:

>>> from derivations import UnitInterval
>>> check(lambda p: 0 < p * (1 - p) <= 0.25, p=UnitInterval(), max_examples=20).passed
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable

import hypothesis
import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

import mpmath

from derivations import Domain, Property
from derivations._model import as_mp
from derivations._precision import PROPERTY_DPS

__all__ = ["strategy", "check", "PropertyResult", "run_property"]


def _reals(domain: Domain) -> st.SearchStrategy[Fraction]:
    s_lo, s_hi = domain.sample_range()
    lo = domain.lo if domain.lo is not None else s_lo
    hi = domain.hi if domain.hi is not None else s_hi
    exclude_lo = domain.lo is not None and domain.lo_open
    exclude_hi = domain.hi is not None and domain.hi_open
    if domain.log and s_lo > 0:
        a, b = math.log10(s_lo), math.log10(s_hi)
        return st.floats(a, b).map(lambda e: Fraction(10.0 ** e)).filter(domain.contains)
    inner = st.floats(float(lo), float(hi), exclude_min=exclude_lo, exclude_max=exclude_hi,
                      allow_nan=False, allow_infinity=False)
    # Floats cover the interval's edges; short fractions cover "nice" interior points.
    fractions = st.fractions(lo, hi, max_denominator=1000)
    return st.one_of(inner.map(Fraction), fractions).filter(domain.contains)


def strategy(domain: Domain) -> st.SearchStrategy[Any]:
    """A hypothesis strategy that draws exactly the values of ``domain``."""
    if domain.kind == "choice":
        return st.sampled_from(domain.choices)
    if domain.kind == "integer":
        s_lo, s_hi = domain.sample_range()
        lo = math.ceil(domain.lo if domain.lo is not None else s_lo)
        hi = math.floor(domain.hi if domain.hi is not None else s_hi)
        if domain.even:
            return st.integers(math.ceil(lo / 2), hi // 2).map(lambda k: 2 * k)
        return st.integers(lo, hi)
    return _reals(domain)


@dataclass
class PropertyResult:
    """How a property fared: passed, how many examples ran, and the shrunk counterexample."""

    passed: bool
    examples: int
    counterexample: dict[str, str] | None = None
    error: str | None = None


def check(holds: Callable[..., bool], *, max_examples: int = 100, dps: int = PROPERTY_DPS,
          **domains: Domain) -> PropertyResult:
    """Run ``holds(**values)`` over values drawn from ``domains``; never raises on failure.

    ``holds`` runs at ``dps`` digits and receives reals as ``mpf``, integers as
    ``int`` and choices as ``str``. An exception inside it counts as a failure.
    """
    seen = {"n": 0, "last": None, "error": None}

    @settings(max_examples=max_examples, database=None, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[hypothesis.Phase.generate, hypothesis.Phase.shrink])
    @given(**{name: strategy(d) for name, d in domains.items()})
    def _prop(**values: Any) -> None:
        seen["n"] += 1
        seen["last"] = values
        try:
            with mpmath.workdps(dps):
                ok = holds(**as_mp(values))
        except Exception as exc:  # reported with the example that raised it
            seen["error"] = f"{type(exc).__name__}: {exc}"
            raise
        assert ok is True or ok == True, f"property false at {values}"  # noqa: E712

    try:
        _prop()
    except Exception:
        last = seen["last"] or {}
        return PropertyResult(False, seen["n"], {k: str(v) for k, v in last.items()}, seen["error"])
    return PropertyResult(True, seen["n"])


def run_property(prop: Property, *, max_examples: int = 100) -> dict[str, Any]:
    """Run a derivation's property; a JSON-ready dict with a verdict."""
    result = check(prop.holds, max_examples=max_examples, **prop.over)
    out = {"id": prop.id, "text": prop.text, "examples": result.examples,
           "verdict": "confirmed" if result.passed else "failed"}
    if not result.passed:
        out["counterexample"] = result.counterexample
        if result.error:
            out["error"] = result.error
    return out

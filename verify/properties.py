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

__all__ = ["strategy", "check", "PropertyResult", "run_property", "NotADomainError"]


_STEPS = 10**12  # grid of an interval: exact rationals, never a subnormal float's 330 digits


def _log_uniform(lo: Fraction, hi: Fraction) -> st.SearchStrategy[Fraction]:
    """Log-uniform between two positive ends, as short exact decimals (12 significant digits)."""
    a, b = math.log10(lo), math.log10(hi)
    return st.integers(0, _STEPS).map(lambda k: Fraction(f"{10.0 ** (a + (b - a) * k / _STEPS):.12g}"))


def _reals(domain: Domain) -> st.SearchStrategy[Fraction]:
    """Exact rationals of a real domain: a fine grid of the whole interval, short fractions,
    points 10⁻¹ … 10⁻¹⁵ of the width from either end (and the ends themselves when closed),
    log-uniform values across wide positive ranges."""
    s_lo, s_hi = domain.sample_range()
    lo = Fraction(domain.lo) if domain.lo is not None else Fraction(s_lo)
    hi = Fraction(domain.hi) if domain.hi is not None else Fraction(s_hi)
    if domain.log and s_lo > 0:
        return _log_uniform(Fraction(s_lo), Fraction(s_hi)).filter(domain.contains)
    width = hi - lo
    grid = st.integers(0, _STEPS).map(lambda k: lo + width * k / _STEPS)
    nice = st.fractions(lo, hi, max_denominator=1000)
    near = st.tuples(st.booleans(), st.integers(0, 15)).map(
        lambda t: (lo + width / 10**t[1]) if t[0] else (hi - width / 10**t[1]))
    parts = [grid, nice, near]
    if lo >= 0 and hi > 0 and (lo == 0 or hi / lo > 1000):
        parts.append(_log_uniform(max(lo, hi / 10**15), hi))  # extreme scales of a wide positive range
    return st.one_of(*parts).filter(domain.contains)


def strategy(domain: Domain) -> st.SearchStrategy[Any]:
    """A hypothesis strategy that draws exactly the values of ``domain``."""
    if not isinstance(domain, Domain):
        raise TypeError(f"strategy() needs a Domain, got {type(domain).__name__}")
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


class NotADomainError(TypeError, ValueError):
    """A property's parameter was given something other than a :class:`~derivations.Domain`."""


def _shown(value: Any) -> str:
    """A drawn value as text: exact when short, else its decimal approximation."""
    text = str(value)
    if len(text) <= 40 or not isinstance(value, Fraction):
        return text
    return "≈" + mpmath.nstr(mpmath.mpf(value.numerator) / value.denominator, 17)


@dataclass
class PropertyResult:
    """How a property fared: passed, how many examples ran, and the shrunk counterexample."""

    passed: bool
    examples: int
    counterexample: dict[str, str] | None = None
    error: str | None = None
    reason: str | None = None  # why it failed: the exception, or 'property returned False'


def check(holds: Callable[..., bool], *, max_examples: int = 100, dps: int = PROPERTY_DPS,
          **domains: Domain) -> PropertyResult:
    """Run ``holds(**values)`` over values drawn from ``domains``; never raises on failure.

    ``holds`` runs at ``dps`` digits and receives reals as ``mpf``, integers as
    ``int`` and choices as ``str``. An exception inside it counts as a failure; the
    result's ``reason`` says which (or ``'property returned False'``). Every keyword
    must be a :class:`~derivations.Domain` (``a=Positive()``, not ``a=1.5``): anything
    else raises :class:`NotADomainError`, a ``ValueError``, naming the parameter.
    """
    for name, d in domains.items():
        if not isinstance(d, Domain):
            raise NotADomainError(
                f"parameter {name!r} of the property was given {d!r} ({type(d).__name__}); a Domain is expected "
                f"(Real(lo, hi), Positive(), UnitInterval(), Integer(lo, hi), Choice(...)): the property is "
                f"checked over the whole domain, not at one value")
    if not callable(holds):
        raise NotADomainError(f"the property must be a callable returning a bool, got {type(holds).__name__}")
    seen: dict[str, Any] = {"n": 0, "last": None, "error": None}

    @settings(max_examples=max_examples, database=None, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[hypothesis.Phase.generate, hypothesis.Phase.shrink])
    @given(**{name: strategy(d) for name, d in domains.items()})
    def _prop(**values: Any) -> None:
        seen["n"] += 1
        seen["last"] = values
        seen["error"] = None
        try:
            with mpmath.workdps(dps):
                ok = holds(**as_mp(values))
        except Exception as exc:  # reported with the example that raised it
            seen["error"] = type(exc).__name__ + (f": {exc}" if str(exc) else "")
            raise
        if not (ok is True or ok == True):  # noqa: E712
            seen["error"] = "property returned False" if ok is False or ok == False else (  # noqa: E712
                f"property returned {ok!r}, not True")
            raise AssertionError(seen["error"])

    try:
        _prop()
    except Exception as exc:  # hypothesis re-raises the shrunk example's failure
        last = seen["last"] or {}
        reason = seen["error"] or f"{type(exc).__name__}: {exc}"
        error = reason if not reason.startswith("property returned") else None
        return PropertyResult(False, seen["n"], {k: _shown(v) for k, v in last.items()}, error, reason)
    return PropertyResult(True, seen["n"])


def run_property(prop: Property, *, max_examples: int = 100) -> dict[str, Any]:
    """Run a derivation's property; a JSON-ready dict with a verdict."""
    result = check(prop.holds, max_examples=max_examples, **prop.over)
    out = {"id": prop.id, "text": prop.text, "examples": result.examples,
           "verdict": "confirmed" if result.passed else "failed"}
    if not result.passed:
        out["counterexample"] = result.counterexample
        out["reason"] = result.reason
        if result.error:
            out["error"] = result.error
    return out

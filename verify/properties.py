"""Property testing over declared domains, with hypothesis.

``strategy(domain)`` turns a :class:`~derivations.Domain` into a hypothesis
strategy (:mod:`verify.strategies`: exact rationals, log-uniform over wide ranges,
down to 10^-300 of the width near open ends and up to 10^300 on unbounded sides);
:func:`check` runs any predicate over domains, so users can property-test
derivations of their own (:mod:`verify.property_kinds` builds common kinds):

>>> from derivations import UnitInterval
>>> check(lambda p: 0 < p * (1 - p) <= 0.25, p=UnitInterval(), max_examples=20).passed
True
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable

import hypothesis
import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

import mpmath

from derivations import Domain, Property
from derivations._precision import PROPERTY_DPS

from .strategies import EXTREME_DIGITS, from_domain, show

__all__ = ["strategy", "check", "PropertyResult", "run_property", "NotADomainError"]


def strategy(domain: Domain) -> st.SearchStrategy[Any]:
    """A hypothesis strategy that draws exactly the values of ``domain``
    (:func:`verify.strategies.from_domain`: exact rationals, extreme scales)."""
    return from_domain(domain)


class NotADomainError(TypeError, ValueError):
    """A property's parameter was given something other than a :class:`~derivations.Domain`."""


def _shown(value: Any) -> str:
    """A drawn value as text: exact when short, else its decimal approximation."""
    return show(value)


def _as_mp(values: dict[str, Any]) -> dict[str, Any]:
    """Drawn values for ``holds``: integers and choices as they are, fractions as mpf carrying
    every bit they need (up to 4000), so that ``1 − 10⁻³⁰⁰`` does not round to 1 before the
    property sees it; arithmetic inside still rounds to the working precision."""
    out = {}
    for k, v in values.items():
        if isinstance(v, Fraction) and v.denominator != 1:
            bits = v.numerator.bit_length() + v.denominator.bit_length() + 64
            with mpmath.workprec(max(mpmath.mp.prec, min(bits, 4000))):
                out[k] = mpmath.mpf(v.numerator) / v.denominator
        elif isinstance(v, Fraction):
            out[k] = mpmath.mpf(v.numerator)
        else:
            out[k] = v
    return out


@dataclass
class PropertyResult:
    """How a property fared: passed, how many examples ran, and the shrunk counterexample."""

    passed: bool
    examples: int
    counterexample: dict[str, str] | None = None
    error: str | None = None
    reason: str | None = None  # why it failed: the exception, or 'property returned False'


def check(holds: Callable[..., bool], *, max_examples: int = 100, dps: int = PROPERTY_DPS,
          digits: int = EXTREME_DIGITS, **domains: Domain) -> PropertyResult:
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
    @given(**{name: from_domain(d, digits=digits) for name, d in domains.items()})
    def _prop(**values: Any) -> None:
        seen["n"] += 1
        seen["last"] = values
        seen["error"] = None
        try:
            with mpmath.workdps(dps):
                ok = holds(**_as_mp(values))
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

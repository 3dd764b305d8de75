"""Shrinking a counterexample to the simplest point of the domains that still fails.

A failure found at ``N = 8963970, A = 241807/250000`` says the same as one at ``N = 1, A = 2``
when the step fails there too, and the second is the one a reader can check by hand.
:func:`shrink` does what hypothesis does for its own examples: it tries, one coordinate at
a time, simpler values — small integers, simple fractions, powers of ten, the value itself
with fewer significant digits — keeps each replacement under which the point still lies in
its domain and the predicate still reports a failure, and repeats until nothing simpler
fails (or its budget of predicate calls is spent). The result is never more complex than
the point it started from, and it is a counterexample only because the predicate said so
at that very point.

>>> from derivations import Positive, Real
>>> shrink(lambda p: p["x"] > 3, {"x": Fraction(8963970, 7)}, {"x": Positive()})
{'x': Fraction(4, 1)}
>>> shrink(lambda p: p["t"] < p["u"], {"t": Fraction(1, 10**14), "u": Fraction(99, 100)},
...        {"t": Real(0, 1), "u": Real(0, 1)})
{'t': Fraction(1, 2), 'u': Fraction(2, 3)}
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any, Callable, Iterable, Mapping

from derivations import Domain

__all__ = ["shrink", "complexity", "candidates", "MAX_CALLS"]

#: Predicate calls one shrink may spend: each call may evaluate a SymPy expression.
MAX_CALLS = 200

#: The simple values tried first, before any derived from the value itself.
_SMALL = (tuple(Fraction(k) for k in (0, 1, 2, 3, 4, 5, 10))
          + tuple(Fraction(p, q) for q in (2, 3, 4, 5, 10) for p in range(1, q) if math.gcd(p, q) == 1))


def complexity(value: Any) -> tuple[int, int, int]:
    """How complex a value reads: the digits of numerator and denominator, then its size.

    >>> complexity(Fraction(3)) < complexity(Fraction(1, 2)) < complexity(Fraction(241807, 250000))
    True
    """
    if not isinstance(value, Fraction):
        try:
            value = Fraction(value)
        except (TypeError, ValueError):
            return (10**9, 0, 0)  # a choice or a symbol: never replaced by a "simpler" one
    return (len(str(abs(value.numerator))) + len(str(value.denominator)) - (value.denominator == 1),
            value.denominator, abs(value.numerator))


def _rounded(value: Fraction) -> Iterable[Fraction]:
    """The value's power of ten, then the value to 1, 2 and 3 significant digits."""
    if value == 0:
        return
    magnitude = abs(value)
    exponent = math.floor(math.log10(magnitude.numerator) - math.log10(magnitude.denominator))
    sign = 1 if value > 0 else -1
    yield sign * Fraction(10) ** exponent
    yield sign * Fraction(10) ** (exponent + 1)
    for digits in (1, 2, 3):
        scale = Fraction(10) ** (exponent - digits + 1)
        yield sign * round(magnitude / scale) * scale


def candidates(value: Any, domain: Domain) -> list[Any]:
    """Values simpler than ``value`` that lie in ``domain``, simplest first.

    >>> from derivations import Integer
    >>> candidates(Fraction(7), Integer(2, 9))
    [2, 3, 4, 5]
    """
    if domain.kind == "choice":
        return []
    try:
        current = Fraction(value)
    except (TypeError, ValueError):
        return []
    pool = set(_SMALL) | {-v for v in _SMALL} | set(_rounded(current))
    simpler = [v for v in pool if complexity(v) < complexity(current) and domain.contains(v)]
    ordered = sorted(simpler, key=lambda v: (complexity(v), abs(v - current)))
    return [int(v) for v in ordered] if domain.kind == "integer" else ordered  # as an integer draw comes


def shrink(fails: Callable[[dict[str, Any]], bool], point: Mapping[str, Any],
           domains: Mapping[str, Domain], *, max_calls: int = MAX_CALLS) -> dict[str, Any]:
    """The simplest point found (coordinate by coordinate) at which ``fails`` still returns True.

    ``point`` maps names to values (exact ``Fraction``, ``int`` or anything ``Fraction``
    accepts; a coordinate without a domain, or a choice, is kept as it is); ``domains`` maps
    the same names to :class:`~derivations.Domain`. ``fails`` is called with candidate
    points only, never trusted beyond its answer: an exception inside it means "does not fail
    there". Returns ``point`` itself (as a new dict) when nothing simpler fails.
    """
    best = dict(point)
    calls = 0

    def still_fails(candidate: dict[str, Any]) -> bool:
        nonlocal calls
        calls += 1
        try:
            return fails(candidate) is True
        except Exception:  # noqa: BLE001 - a point where the predicate cannot run is no counterexample
            return False

    changed = True
    while changed and calls < max_calls:
        changed = False
        for name in list(best):
            domain = domains.get(name)
            if domain is None:
                continue
            for value in candidates(best[name], domain):
                if calls >= max_calls:
                    break
                trial = {**best, name: value}
                if still_fails(trial):
                    best, changed = trial, True
                    break
    return best

"""Where the premises' witness is looked for: declared assumptions as conditions, the region each
single-variable inequality leaves, and draws from the whole of a domain.

Part of the kernel (issue 16, item 3; review 3). Three things the witness search of
:mod:`verify.premises` needs besides solving equations:

* a declared name's assumptions (``Symbol("f", positive=True)`` in ``Derivation(names=...)``)
  are premises in plain sight, so they are conditions the witness must meet: ``f > 0``,
  expanded through ``f``'s definition (``f = x − 5`` then asks ``x − 5 > 0``); the sign
  assumptions and ``real`` (``im f = 0``) are checked, not ``integer`` and the like;
* a condition in one real parameter is solved on its domain (``2x + 1 > 5`` leaves
  ``x ∈ (2, ∞)``): an empty intersection fails the premises, naming them, and the witness is
  drawn inside what is left, so a threshold far from the origin is met;
* elsewhere an unbounded side is drawn at moderate magnitudes first and then log-uniformly
  out to ``10^±EXTREME_EXPONENT`` (``N > 10^6`` on ``N > 0``).
"""

from __future__ import annotations

import math
import random
from typing import Any, Mapping

import sympy

from derivations._budget import OutOfTime, within
from derivations._domains import Domain, Real
from derivations._precision import EXTREME_EXPONENT

__all__ = ["declared_conditions", "domain_interval", "solve_region", "draw_in", "domain_of"]

#: A declared assumption, as the relation its symbol must satisfy.
#: Unevaluated: the symbol's own assumption would make ``f > 0`` True before ``f`` is expanded.
_RELATION = {"positive": lambda s: sympy.Gt(s, 0, evaluate=False), "negative": lambda s: sympy.Lt(s, 0, evaluate=False),
             "nonnegative": lambda s: sympy.Ge(s, 0, evaluate=False),
             "nonpositive": lambda s: sympy.Le(s, 0, evaluate=False),
             "nonzero": lambda s: sympy.Ne(s, 0, evaluate=False),
             "real": lambda s: sympy.Eq(sympy.im(s, evaluate=False), 0, evaluate=False)}

_SOLVE_SECONDS = 2.0


def declared_conditions(derivation: Any, context: frozenset | None) -> list[tuple[str, Any]]:
    """``(label, relation)`` for each sign or reality assumption of a declared name a premise in
    ``context`` defines; the label names the declaration and the defining premise."""
    params = {p.symbol for p in derivation.symbols}
    declared = set(derivation.names)
    # Only names a premise defines: an undefined name is drawn from what its assumptions allow
    # (domain_of), and a declared integration variable must not become a free unknown.
    used: dict[Any, str] = {}
    for p in derivation.premises:
        if context is not None and p.name not in context:
            continue
        s = getattr(p.expr, "lhs", None)
        if isinstance(p.expr, sympy.Eq) and isinstance(s, sympy.Symbol) and s not in params \
                and str(s) in declared and s not in used:
            used[s] = p.name
    out = []
    for s, where in sorted(used.items(), key=lambda kv: str(kv[0])):
        for kind, relation in _RELATION.items():
            if s.assumptions0.get(kind) is True and _strongest(s, kind):
                out.append((f"the declaration {s} {kind}=True (Derivation(names=...)) with premise {where!r}",
                            relation(s)))
    return out


def _strongest(symbol: Any, kind: str) -> bool:
    """Whether ``kind`` is not implied by a stronger assumption also listed (positive ⇒ nonzero)."""
    implied_by = {"nonzero": ("positive", "negative"), "nonnegative": ("positive",), "nonpositive": ("negative",),
                  "real": ("positive", "negative", "nonnegative", "nonpositive")}
    return not any(symbol.assumptions0.get(k) is True for k in implied_by.get(kind, ()))


def domain_interval(dom: Domain) -> sympy.Set:
    """A real domain as a SymPy interval."""
    return sympy.Interval(-sympy.oo if dom.lo is None else dom.lo_exact,
                          sympy.oo if dom.hi is None else dom.hi_exact, dom.lo_open, dom.hi_open)


def solve_region(rel: Any, var: Any, dom: Domain) -> sympy.Set | None:
    """The points of ``var``'s real domain where ``rel`` (in ``var`` alone) holds; None when SymPy
    cannot say within its time (the search then draws from the whole domain)."""
    try:
        region = within(_SOLVE_SECONDS, sympy.solveset, rel, var, domain_interval(dom))
    except (OutOfTime, KeyboardInterrupt):
        raise
    except Exception:  # noqa: BLE001 - SymPy cannot solve it: no region, no claim
        return None
    return region if isinstance(region, (sympy.Interval, sympy.Union, sympy.FiniteSet)) \
        or region is sympy.S.EmptySet else None


def _float(value: float) -> sympy.Float:
    return sympy.Float(repr(value), 40)


def _magnitude(rng: random.Random, index: int) -> float:
    """A positive offset: moderate for the first draws, then log-uniform out to 10^±EXTREME_EXPONENT."""
    if index < 4:
        return 10 ** rng.uniform(-1, 1)
    return 10 ** rng.uniform(-EXTREME_EXPONENT, EXTREME_EXPONENT)


def draw_in(region: sympy.Set, rng: random.Random, index: int, integer: bool = False) -> Any | None:
    """A point inside ``region`` (an interval, a union of them or finitely many points), an integer
    when ``integer``, or None."""
    if isinstance(region, sympy.FiniteSet):
        pts = [p for p in region if p.is_real and (p.is_integer or not integer)]
        return pts[rng.randrange(len(pts))] if pts else None
    if isinstance(region, sympy.Union):
        pieces = [a for a in region.args if isinstance(a, (sympy.Interval, sympy.FiniteSet))]
        return draw_in(pieces[rng.randrange(len(pieces))], rng, index, integer) if pieces else None
    if not isinstance(region, sympy.Interval):
        return None
    lo, hi = region.start, region.end
    for _ in range(8):
        if lo.is_finite and hi.is_finite:
            x = float(lo) + (float(hi) - float(lo)) * rng.uniform(0.05, 0.95)
        elif lo.is_finite:
            x = float(lo) + max(abs(float(lo)), 1.0) * _magnitude(rng, index)
        elif hi.is_finite:
            x = float(hi) - max(abs(float(hi)), 1.0) * _magnitude(rng, index)
        else:
            x = rng.choice((-1, 1)) * _magnitude(rng, index)
        if integer:  # the integers next to the point, the nearest inside first
            for q in (sympy.Integer(math.ceil(x)), sympy.Integer(math.floor(x)), sympy.Integer(math.ceil(x) + 1)):
                if region.contains(q) is sympy.true:
                    return q
            continue
        q = _float(x)
        if region.contains(q) is sympy.true:
            return q
    return None


def domain_of(s: Any, domains: Mapping) -> Domain:
    """The domain a symbol is drawn from: its parameter's, else what its assumptions allow."""
    if s in domains:
        return domains[s]
    if getattr(s, "is_positive", False):
        return Real(0, None)
    if getattr(s, "is_negative", False):
        return Real(None, 0)
    return Real()

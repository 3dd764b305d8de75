"""Which variables can hold a condition true while another one moves (issue 16, item 1; review 14).

A condition ``g = 0`` lets an operation in ``x`` go ahead when some other variable ``w`` of it,
not held fixed by the form, can move so that ``g`` stays 0 while ``x`` varies
(:func:`derivations._context.pinning_condition`). That ``g`` depends on ``w`` is not enough:

* an integer or a choice parameter cannot move continuously (``e^x + n = 3`` pins ``x`` for a
  derivative; a specialization or a limit over the integers moves in steps, which it can follow);
* ``w`` must move the condition's zero set, not only its value: in ``(x − ½)(1 + y²) = 0``
  the factor ``1 + y²`` never vanishes and ``x = ½`` for every ``y``; in ``e^x + g(y) = 4``
  with ``g`` a step that stays above 4 on one side, ``y`` moves ``g`` only where the
  condition cannot hold; in ``e^x + ∫₀¹ (sin²(yt) + cos²(yt)) dt = 4`` it does not move it at all.

So a real parameter holds a condition only where, at some probe point of the other variables
(``x`` among them), ``g`` changes sign as ``w`` crosses its domain and the crossing is a root
(bisection brings ``|g|`` down: a jump over 0 is no root). Where the condition cannot be evaluated
(a name or an unknown function left in it) every variable is kept, as before. A tangential
root (``(y − x)² = 0``) is not found: ``y`` is then not counted, which refuses more, never less.
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath
import sympy

from ._budget import OutOfTime, TACTIC_SECONDS, within

__all__ = ["condition_holders", "discrete_holders"]

#: Fractions of the way across the other variables' domains where the zero set is looked for,
#: and the number of cells a holder's own domain is cut into for a sign change.
_PROBES = tuple(sympy.Rational(k, 8) for k in (1, 2, 3, 4, 5, 6, 7))
_CELLS = 48
#: Points of the zero set (reached from the probes along the other variables) where a variable is
#: tried before it is called no holder: each costs a line of evaluations and a bisection.
_ZERO_SET_POINTS = 3
_BISECTIONS = 34
#: Working digits of the search: a crossing is a sign, not a value (a root's |g| must fall below
#: 10^(5 − _DPS) of the values beside it after the bisections: a jump over 0 stays at its size).
_DPS = 15
#: Seconds one variable's search may take; beyond it the variable is not counted as a holder (a safety
#: net: the search is bounded by its counts, milliseconds for an ordinary condition, seconds for an integral).
_SECONDS = TACTIC_SECONDS


def condition_holders(condition: Any, involved: set, parameters: Any, domains: Mapping | None) -> frozenset | None:
    """The members of ``involved`` that can keep ``condition`` (= 0) true while the others move,
    or None where nothing is known (no domains, no expression): then every one is counted."""
    if not domains or not isinstance(condition, sympy.Expr):
        return None
    kept = set(involved)  # an integer or a choice is kept: it holds in steps, not continuously (discrete_holders)
    explicit = all(s in parameters and getattr(domains.get(s), "kind", None) == "real"
                   for s in condition.free_symbols) \
        and not condition.has(sympy.core.function.AppliedUndef, sympy.Limit, sympy.Derivative, sympy.Subs)
    # (a limit or a derivative left in it would be SymPy's to evaluate at every point: not searched,
    # every variable kept, as before review 14; integrals and sums are evaluated by mpmath)
    # (a condition with an integer in it is not searched: a crossing along a real variable at a
    # probe that is no integer would say nothing)
    if explicit:
        try:
            search = _ZeroSet(condition, domains)
            for w in sorted(kept, key=str):
                if isinstance(w, sympy.Symbol) and w in parameters and domains[w].kind == "real":
                    try:
                        held = within(_SECONDS, lambda: search.held_by(w))
                    except OutOfTime:
                        held = False  # not shown to hold it in time: not counted (refuses more, never less)
                    if held is False:
                        kept.discard(w)
        except Exception:  # noqa: BLE001 - SymPy or mpmath failing on a premise: undecided, kept
            pass
    return frozenset(kept)


def _grid(domain: Any) -> list:
    """Points across a domain: evenly spaced where it is bounded, reaching far out (to ``10^8``)
    on a side without an end."""
    from ._context import point_across
    lo, hi = getattr(domain, "lo_exact", None), getattr(domain, "hi_exact", None)
    if lo is not None and hi is not None:
        return [lo + (hi - lo) * sympy.Rational(k, _CELLS) for k in range(1, _CELLS)]
    near = [point_across(domain, sympy.Rational(k, _CELLS // 2)) for k in range(1, _CELLS // 2)]
    far = [sympy.Integer(10) ** sympy.Rational(k, 4) for k in range(4, 33)]
    if lo is not None:
        return near + [lo + d for d in far]
    if hi is not None:
        return [hi - d for d in reversed(far)] + near
    return [-d for d in reversed(far)] + near + far


class _ZeroSet:
    """Points where a condition crosses 0, found along each variable's line through probe points."""

    def __init__(self, condition: Any, domains: Mapping):
        from ._context import point_across
        self.variables = sorted(condition.free_symbols, key=str)
        self.condition, self.domains = condition, domains
        try:
            self.f = sympy.lambdify(self.variables, condition, modules="mpmath")
        except Exception:  # noqa: BLE001 - an operator lambdify cannot print: evaluated by SymPy
            self.f = None
        with mpmath.workdps(_DPS):
            self.grids = {s: [mpmath.mpf(sympy.N(p, _DPS)) for p in _grid(domains[s])] for s in self.variables}
            self.probes = [{s: mpmath.mpf(sympy.N(point_across(domains[s], (r + j * sympy.Rational(1, 11)) % 1 or r), _DPS))
                            for j, s in enumerate(self.variables)} for r in _PROBES]
        self.lines: dict = {}
        self.undecided = False

    def value(self, point: Mapping) -> Any:
        """The condition at ``point`` as a finite real, or None."""
        args = [point[s] for s in self.variables]
        try:
            with mpmath.workdps(_DPS):
                if self.f is not None:
                    v = mpmath.mpmathify(self.f(*args))
                else:
                    n = sympy.N(self.condition.xreplace({s: sympy.Float(a, _DPS) for s, a in zip(self.variables, args)}), _DPS)
                    if not n.is_number or n.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
                        return None
                    v = mpmath.mpmathify(complex(n)) if not n.is_real else mpmath.mpf(sympy.Float(n, _DPS))
                if isinstance(v, mpmath.mpc):
                    if abs(v.imag) > mpmath.mpf(10) ** (5 - _DPS) * max(1, abs(v.real)):
                        return None
                    v = v.real
                return v if mpmath.isfinite(v) else None
        except (ArithmeticError, ValueError, TypeError):
            return None

    def roots_along(self, u: Any, k: int) -> list:
        """The points where the condition crosses 0 as ``u`` crosses its domain from probe ``k``."""
        if (u, k) in self.lines:
            return self.lines[u, k]
        base = self.probes[k]
        values = [self.value({**base, u: t}) for t in self.grids[u]]
        if all(v is None for v in values):
            self.undecided = True
        found = []
        for (a, va), (b, vb) in zip(zip(self.grids[u], values), zip(self.grids[u][1:], values[1:])):
            if va is None or vb is None or va == 0 or (va < 0) == (vb < 0):
                continue  # a zero at a grid point is the next cell's end (or no crossing)
            root = self.bisect(base, u, a, b, va, vb)
            if root is not None:
                found.append({**base, u: root})
                if len(found) == 3:
                    break
        self.lines[u, k] = found
        return found

    def bisect(self, base: Mapping, u: Any, a: Any, b: Any, va: Any, vb: Any) -> Any:
        """A root in ``(a, b]`` where the sign changes, if ``|g|`` falls to nothing there (a jump
        over 0 keeps it at the jump's size), else None."""
        scale = max(abs(va), abs(vb), 1)
        with mpmath.workdps(_DPS):
            for _ in range(_BISECTIONS):
                m = (a + b) / 2
                vm = self.value({**base, u: m})
                if vm is None:
                    return None
                if vm == 0:
                    return m
                if (vm < 0) == (va < 0):
                    a, va = m, vm
                else:
                    b, vb = m, vm
            return a if min(abs(va), abs(vb)) <= mpmath.mpf(10) ** (5 - _DPS) * scale else None

    def crosses_in(self, w: Any, point: Mapping) -> bool:
        """Whether the condition changes sign as ``w`` moves a little either way from ``point``."""
        grid = self.grids[w]
        step = (grid[-1] - grid[0]) * mpmath.mpf(10) ** -7 * max(1, abs(point[w]))
        left, right = self.value({**point, w: point[w] - step}), self.value({**point, w: point[w] + step})
        return left is not None and right is not None and left != 0 and right != 0 and (left < 0) != (right < 0)

    def held_by(self, w: Any) -> bool | None:
        """True where ``w`` moves the zero set at a point of it; False where every probe was
        evaluated and none showed it; None where the condition could not be evaluated."""
        for k in range(len(self.probes)):
            if self.roots_along(w, k):
                return True
        tested = 0
        for k in range(len(self.probes)):
            for u in self.variables:
                if u == w:
                    continue
                for p in self.roots_along(u, k):
                    if self.crosses_in(w, p):
                        return True
                    tested += 1
            if tested >= _ZERO_SET_POINTS:
                break
        return None if self.undecided else False


def discrete_holders(holders: frozenset | None, domains: Mapping | None) -> frozenset:
    """The integer and choice parameters among ``holders``: they hold a condition while a variable
    moves in steps (a specialization, ``n → ∞`` over the integers), not while it moves continuously
    (``e^x + n = 3`` pins ``x``)."""
    if not holders or not domains:
        return frozenset()
    return frozenset(w for w in holders if getattr(domains.get(w), "kind", "real") != "real")

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

So a real parameter ``w`` holds a condition only where it follows the others: at a point of the
zero set (reached along ``w`` itself or along another variable, from probe points across the
domains; an integer at whole values), when every other real variable moves a little either way,
a root along ``w`` is found close by, each one a sign change whose ``|g|`` falls with the
bisection's bracket (a jump over 0 is no root; review 15: nor a sign change across a jump, a
crossing at a probe that sits on another variable's jump, or a jump that spikes at grid points).
A search that cannot evaluate the condition, or does not finish, counts the variable out.
Where the condition holds a name, an unknown function, a limit or a derivative, every variable
is kept, as before. A tangential root (``(y − x)² = 0``) is not found: ``y`` is then not
counted, which refuses more, never less.
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath
import sympy

from ._budget import OutOfTime, TACTIC_SECONDS, within
from ._closed_operators import certified_values
from ._crossing import REFINED_DIGITS, crossing_stands, refined_bracket
from ._positive_factors import without_positive_factors
from ._search_region import admits, grid_across, probe_value, sign_domain, unknown_domains

__all__ = ["Holders", "condition_holders", "discrete_holders", "lazy_holders", "sign_domain", "unknown_domains"]

#: Fractions of the way across the other variables' domains where the zero set is looked for.
_PROBES = tuple(sympy.Rational(k, 8) for k in (1, 2, 3, 4, 5, 6, 7))
#: Points of the zero set (reached from the probes along the other variables) where a variable is
#: tried before it is called no holder: each costs a line of evaluations and a bisection.
_ZERO_SET_POINTS = 3
_BISECTIONS = 44
#: A bracket whose ends differ by more than this factor is narrowed by ratios before it is halved.
_RATIO = 4
#: Roots along a variable itself that are tried for whether it follows the others.
_CANDIDATES = 6
#: Working digits of the search: a crossing is a sign, not a value (a root's |g| must fall below
#: 10^(5 − _DPS) of the values beside it after the bisections: a jump over 0 stays at its size).
_DPS = 15
#: Seconds one variable's search may take; beyond it the variable is not counted as a holder (a safety
#: net: the search is bounded by its counts, milliseconds for an ordinary condition, seconds for an integral).
_SECONDS = TACTIC_SECONDS

#: Closed integrals and sums met along lines, by the expression (its parameters put in): one line's
#: integral is another's (a holder's lines from seven probes share the operated variable's value), and
#: an improper integral costs a quadrature each time. Bounded: a long run does not grow it for ever.
_CLOSED_VALUES: dict = {}
_CLOSED_VALUES_MAX = 4096


def _closed_value(atom: Any) -> Any:
    """A closed integral or sum as a Float at the search's precision, or ``nan`` where it has no value."""
    if atom not in _CLOSED_VALUES:
        if len(_CLOSED_VALUES) >= _CLOSED_VALUES_MAX:
            _CLOSED_VALUES.clear()
        number = _ZeroSet(atom, {}).value({})
        _CLOSED_VALUES[atom] = sympy.Float(number, _DPS) if number is not None else sympy.nan
    return _CLOSED_VALUES[atom]


def condition_holders(condition: Any, involved: set, parameters: Any, domains: Mapping | None) -> frozenset | None:
    """The members of ``involved`` that can keep ``condition`` (= 0) true while the others move,
    or None where nothing is known (no domains, no expression): then every one is counted."""
    lazy = lazy_holders(condition, involved, parameters, domains)
    return None if lazy is None else frozenset(w for w in involved if w in lazy)


def lazy_holders(condition: Any, involved: set, parameters: Any, domains: Mapping | None,
                 region: tuple = ()) -> "Holders | None":
    """:func:`condition_holders`, each variable searched only when asked about (``w in holders``):
    the variable an operation is in, or one the form holds fixed, is never searched."""
    if not domains or not isinstance(condition, sympy.Expr):
        return None
    return Holders(condition, frozenset(involved), frozenset(parameters), dict(domains), region)


def _searchable(condition: Any, domains: Mapping) -> bool:
    """Whether the zero set of ``condition`` can be searched: every symbol a real or an integer
    parameter (an integer is probed at whole values, never searched along), and no name, unknown
    function, limit or derivative left in it (SymPy's to evaluate at every point: then every variable
    is kept, as before review 14). Integrals and sums are evaluated by mpmath."""
    return all(getattr(domains.get(s), "kind", None) in ("real", "integer") for s in condition.free_symbols) \
        and not condition.has(sympy.core.function.AppliedUndef, sympy.Limit, sympy.Derivative, sympy.Subs)


class Holders:
    """The variables that can hold one condition, decided one by one on demand and remembered.

    What the search cannot evaluate is made searchable first (review 16): a limit, a derivative or a
    substitution with no free variable is carried out where numbers confirm its value (review 19:
    :mod:`derivations._closed_operators`; one without such a value is held by no variable); an unknown
    function's value (``g(y)``), and a name no premise defines, stand for a real number of the sign its
    assumptions give, searched on ``(−∞, ∞)`` or a half-line;
    a variable holds the condition where it does itself or where an unknown function of it does
    (``(x − ½)(1 + g(y)²) = 0`` pins ``x``: no value of ``g(y)`` holds it).
    """

    def __init__(self, condition: Any, involved: frozenset, parameters: frozenset, domains: dict, region: tuple = ()):
        self.condition, self.involved, self.parameters, self.domains = condition, involved, parameters, domains
        self.region = region  # relations its points must satisfy (a defined name's declared sign)
        self.searched, self.stand_ins, self.search_domains = _searchable_form(condition, parameters, domains)
        # a closed operator with no value numbers confirm (d|t|/dt at 0): no one is shown to hold it
        self.unevaluable, self.stand_ins = self.stand_ins is None, self.stand_ins or {}
        self.explicit = self.searched is not None
        self.known: dict = {}
        self.search: Any = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "search": None}  # its lambdified functions do not pickle; rebuilt on demand

    def __contains__(self, w: Any) -> bool:
        return self.holds(w)

    def holds(self, w: Any, fixed: Any = frozenset(), region: tuple = ()) -> bool:
        """Whether ``w`` can keep the condition true while another variable moves, at every value of
        the variables ``fixed`` (those the form holds fixed) where the condition can hold at all, at
        points where the inequalities ``region`` hold (review 21: the premises beside it)."""
        if w not in self.involved:
            return False
        # a variable the form holds fixed that only the region is written in: every value of it (review 24)
        searched = self.searched.free_symbols if self.explicit else frozenset()
        held = frozenset(v for v in fixed if v != w and v not in searched)
        fixed = frozenset(v for v in fixed if v in self.search_domains and v != w) if self.explicit else frozenset()
        region = tuple(self.region) + tuple(region)
        if (w, fixed, region, held) not in self.known:
            self.known[w, fixed, region, held] = self._holds(w, fixed, region, held)
        return self.known[w, fixed, region, held]

    def __iter__(self) -> Any:
        return iter(sorted((w for w in self.involved if w in self), key=str))

    def _holds(self, w: Any, fixed: frozenset, region: tuple = (), held: frozenset = frozenset()) -> bool:
        if not self.explicit:
            return not self.unevaluable  # not searchable: kept, as before review 14 (see above)
        if isinstance(w, sympy.core.function.AppliedUndef):
            stand_in = self.stand_ins.get(w)
            return stand_in is None or self._search(stand_in, fixed, region, held)
        if not (isinstance(w, sympy.Symbol) and self.search_domains.get(w) is not None):
            return True  # not a variable of the search (a matrix entry ...): kept
        if self.search_domains[w].kind != "real":
            return True  # an integer or a choice is kept: it holds in steps (discrete_holders); see above
        through = [v for a, v in self.stand_ins.items() if a.has(w)]  # y moves g(y), whatever g is
        return (w in self.searched.free_symbols and self._search(w, fixed, region, held)) or any(
            self._search(v, fixed, region, held) for v in through)

    def _search(self, w: Any, fixed: frozenset, region: tuple = (), held: frozenset = frozenset()) -> bool:
        try:
            if self.search is None:
                self.search = within(_SECONDS, lambda: _ZeroSet(self.searched, self.search_domains))
            admit = admits(region, self.search.variables, self.search_domains, fixed=held) if region else None
            return bool(within(_SECONDS, lambda: self.search.held_by(w, fixed, admit)))
        except Exception:  # noqa: BLE001 - OutOfTime included: not shown in time, not counted
            return False  # never shown (undecided too): not counted, which refuses more, never less


def _searchable_form(condition: Any, parameters: Any, domains: Mapping) -> tuple:
    """The condition as the search can evaluate it, the stand-ins of its unknown functions' values,
    and the domains of every symbol in it; ``(None, {}, domains)`` where it cannot be made so."""
    none = (None, {}, dict(domains))
    if not isinstance(condition, sympy.Expr):
        return none
    searched = condition
    if searched.has(sympy.Limit, sympy.Derivative, sympy.Subs):
        # a closed one is a number written unevaluated (lim_{t→0} sin t/t): carried out where numbers
        # confirm SymPy's value (review 19); one with a free variable (a premise relating two
        # operations, lim ∫ g = ∫ lim g) is left, as before
        closed = [a for a in searched.atoms(sympy.Limit, sympy.Derivative, sympy.Subs) if not a.free_symbols]
        try:
            values = within(_SECONDS, certified_values, closed)
        except Exception:  # noqa: BLE001 - SymPy failing or out of time: not searchable
            return none
        if values is None:
            return None, None, dict(domains)  # no value: the condition holds for no variable (see Holders)
        searched = searched.xreplace(values)
        if searched.has(sympy.Limit, sympy.Derivative, sympy.Subs):
            return none
    unknowns = sorted(searched.atoms(sympy.core.function.AppliedUndef), key=sympy.default_sort_key)
    if any(u.has(*(v for v in unknowns if v != u)) for u in unknowns):
        return none  # an unknown function of another one's value: left as it was
    if any(b.has(sympy.core.function.AppliedUndef) for b in searched.atoms(sympy.Sum, sympy.Product, sympy.Integral)):
        return none  # P(i) under a sum over i is a function, not one value: left as it was
    stand_ins: dict = {}
    for i, u in enumerate(unknowns):
        # g(sin² y) and g(1 − cos² y) are one value (review 17): the same stand-in where the arguments agree
        same = next((v for w, v in stand_ins.items() if _same_arguments(u, w)), None)
        stand_ins[u] = same if same is not None else sympy.Dummy(f"unknown{i}", real=True)
    searched = searched.xreplace(stand_ins)
    search_domains = dict(domains)
    for u, v in stand_ins.items():  # g(y) of a positive g is positive (review 19): its sign's half-line
        search_domains[v] = sign_domain(u)
    # a name no premise defines: an unknown, any real number (of its sign, where it has one)
    search_domains.update({s: d for s, d in unknown_domains(searched, search_domains).items() if s not in parameters})
    if not _searchable(searched, search_domains):
        return none
    return without_positive_factors(searched, search_domains), stand_ins, search_domains


class _ZeroSet:
    """Points where a condition crosses 0, found along each real variable's line through probe points,
    and whether a variable can follow the others from there."""

    def __init__(self, condition: Any, domains: Mapping):
        self.variables = sorted(condition.free_symbols, key=str)
        self.real = [s for s in self.variables if domains[s].kind == "real"]
        self.condition, self.domains = condition, domains
        try:
            self.f = sympy.lambdify(self.variables, condition, modules="mpmath")
        except Exception:  # noqa: BLE001 - an operator lambdify cannot print: evaluated by SymPy
            self.f = None
        with mpmath.workdps(_DPS):
            self.grids = {s: [mpmath.mpf(sympy.N(p, _DPS)) for p in grid_across(domains[s])] for s in self.real}
            self.widths = {s: (g[-1] - g[0]) if domains[s].lo_exact is not None and domains[s].hi_exact is not None
                           else None for s, g in self.grids.items()}
            self.probes = [{s: probe_value(domains[s], (r + j * sympy.Rational(1, 11)) % 1 or r)
                            for j, s in enumerate(self.variables)} for r in _PROBES]
        self.lines: dict = {}
        self.lines_by_base: dict = {}
        self.refined: dict = {}  # roots narrowed in balls, by the point and the variable moved
        if self.f is not None and self.value(self.probes[0]) is None:
            f, self.f = self.f, None  # lambdify's code cannot evaluate it (an infinite sum): SymPy's evalf
            if self.value(self.probes[0]) is None:
                self.f = f

    def value(self, point: Mapping) -> Any:
        """The condition at ``point`` as a finite real, or None."""
        args = [point[s] for s in self.variables]
        try:
            with mpmath.workdps(_DPS):
                if self.f is not None:
                    v = mpmath.mpmathify(self.f(*args))
                else:
                    n = sympy.N(self.condition.xreplace({s: sympy.Float(a, _DPS) for s, a in zip(self.variables, args)}),
                                _DPS)
                    if not n.is_number or n.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
                        return None
                    v = mpmath.mpmathify(complex(n)) if not n.is_real else mpmath.mpf(sympy.Float(n, _DPS))
                if isinstance(v, mpmath.mpc):
                    if abs(v.imag) > mpmath.mpf(10) ** (5 - _DPS) * max(1, abs(v.real)):
                        return None
                    v = v.real
                return v if mpmath.isfinite(v) else None
        except OutOfTime:
            raise  # the search's budget: not a value, the end of the search
        except Exception:  # noqa: BLE001 - a pole, a branch cut, an operator mpmath cannot evaluate: no value
            return None

    def roots_along(self, u: Any, k: int) -> list:
        """The points where the condition crosses 0 as ``u`` crosses its domain from probe ``k``."""
        if (u, k) not in self.lines:
            base = self.probes[k]
            self.lines[u, k] = self._roots({**base}, u, self.grids[u], limit=3)
        return self.lines[u, k]

    def line(self, base: Mapping, u: Any) -> Any:
        """The condition along ``u`` from ``base``, as a function of ``u``'s value. An integral or a sum
        that ``u`` is not in is evaluated once for the line, not at every point (an improper
        integral evaluated at each of a line's points took seconds)."""
        if not self.condition.has(sympy.Integral, sympy.Sum):
            return lambda t: self.value({**base, u: t})
        key = (u, tuple(sorted((str(s), str(v)) for s, v in base.items() if s != u)))
        if key not in self.lines_by_base:
            g = self.condition.xreplace({s: sympy.Float(base[s], _DPS) for s in self.variables if s != u})
            for atom in sorted(g.atoms(sympy.Integral, sympy.Sum), key=sympy.default_sort_key):
                if u not in atom.free_symbols:
                    g = g.xreplace({atom: _closed_value(atom) if not atom.free_symbols else sympy.nan})
            part = _ZeroSet(g, self.domains) if g.free_symbols == {u} else None
            self.lines_by_base[key] = (lambda t: part.value({u: t})) if part is not None else (lambda t: None)
        return self.lines_by_base[key]

    def _roots(self, base: Mapping, u: Any, points: list, limit: int) -> list:
        along = self.line(base, u)
        values = [along(t) for t in points]
        found = []
        for (a, va), (b, vb) in zip(zip(points, values), zip(points[1:], values[1:])):
            if va is None or vb is None or va == 0 or (va < 0) == (vb < 0):
                continue  # a zero at a grid point is the next cell's end (or no crossing)
            root = self.bisect(base, u, a, b, va, vb, along)
            if root is not None:
                found.append({**base, u: root})
                if len(found) == limit:
                    break
        return found

    def bisect(self, base: Mapping, u: Any, a: Any, b: Any, va: Any, vb: Any, along: Any) -> Any:
        """A root in ``(a, b]`` where the sign changes, if ``|g|`` at the final bracket is a millionth
        of its least value at points 10⁻³ … 10⁻⁷ of the domain's width away (a jump over 0 keeps it at
        the jump's size; review 15: a spike at a cell's end cannot make the scale huge), else None."""
        scale = self.widths[u] if self.widths[u] is not None else max(1, abs(a))
        with mpmath.workdps(_DPS):
            # a bracket spanning decades (10^12 .. 10^20 on a side without an end) is narrowed by ratios
            # first: halving it would stay in its upper decade (review 17: D = 9.6e22/N at C = 5.76e23)
            for _ in range(_BISECTIONS):
                if not (a * b > 0 and max(abs(a), abs(b)) > _RATIO * min(abs(a), abs(b))):
                    break
                m = mpmath.sign(a) * mpmath.sqrt(a * b)
                vm = along(m)
                if vm is None:
                    return None
                if vm == 0:
                    return m if self._settled(along, m, 0, scale) and crossing_stands(
                        self.condition, self.variables, {**base, u: a}, {**base, u: b}) else None
                if (vm < 0) == (va < 0):
                    a, va = m, vm
                else:
                    b, vb = m, vm
            if self.widths[u] is None:
                scale = max(1, abs(a))  # where the narrowed bracket is, not where the cell began
            for _ in range(_BISECTIONS):
                m = (a + b) / 2
                vm = along(m)
                if vm is None:
                    return None
                if vm == 0:
                    bracket, a, b = (a, b), m, m
                    break
                if (vm < 0) == (va < 0):
                    a, va = m, vm
                else:
                    b, vb = m, vm
            else:
                bracket = (a, b)
            final = 0 if a == b else min(abs(va), abs(vb))
            if not self._settled(along, a, final, scale):
                return None
        # a crossing made up by round-off at 15 digits falls in ball arithmetic (review 24: √(p² + 1) − p):
        # the last bracket whose ends differ in sign at 15 digits must differ in balls
        ends = [{**base, u: t} for t in bracket]
        return a if crossing_stands(self.condition, self.variables, *ends) else None

    @staticmethod
    def _settled(along: Any, a: Any, final: Any, scale: Any) -> bool:
        """Whether ``|g| = final`` at ``a`` is a millionth of its least value 10⁻³ … 10⁻⁷ of ``scale`` away."""
        around = [along(a + sign * scale * mpmath.mpf(10) ** -k) for k in range(3, 8) for sign in (-1, 1)]
        around = [abs(v) for v in around if v is not None]
        return bool(around) and final <= mpmath.mpf(10) ** -6 * min(around)

    def follows(self, w: Any, point: Mapping) -> bool:
        """Whether ``w`` keeps the condition true when every other real variable moves a little from
        ``point`` (a point of the zero set), either way: a root along ``w`` near ``point`` each time
        (review 15: a sign change across a jump, or a crossing at a probe sitting on a jump in
        another variable, is no such root)."""
        scale = self.widths[w] if self.widths[w] is not None else max(1, abs(point[w]))
        offsets = sorted({e * c for c in (scale, abs(point[w])) if c
                          for e in (mpmath.mpf(10) ** -k for k in range(3, 10))})
        window = [point[w] - d for d in reversed(offsets)] + [point[w]] + [point[w] + d for d in offsets]
        lo, hi = self.grids[w][0], self.grids[w][-1]
        window = [t for t in window if lo <= t <= hi] if self.widths[w] is not None else window
        for sign in (1, -1):
            moved = dict(point)
            for v in self.real:
                if v != w:
                    step = min(self.widths[v] if self.widths[v] is not None else max(1, abs(point[v])),
                               abs(point[v]) or 1)
                    moved[v] = point[v] + sign * step * mpmath.mpf(10) ** -5  # beyond a root's tolerance
            if not self._roots(moved, w, window, limit=1):
                return False
        return True

    def admitted(self, admit: Any, point: Mapping, u: Any) -> bool:
        """Whether ``admit`` (the premises beside the condition) lets in the root ``point`` found along
        ``u``: read at both ends of the root's bracket narrowed in balls to :data:`REFINED_DIGITS`
        (reviews 25, 26), else at the search's 15 digits (a condition arb cannot evaluate: a sum)."""
        if admit is None:
            return True
        key = (u, tuple(sorted((str(s), v) for s, v in point.items())))
        bracket = self.refined.get(key, False)
        if bracket is False:
            bracket = self.refined[key] = refined_bracket(self.condition, self.variables, point, u)
        if bracket is None:
            return admit(point)
        return all(admit({**point, u: end}, REFINED_DIGITS) for end in dict.fromkeys(bracket))

    def held_by(self, w: Any, fixed: frozenset = frozenset(), admit: Any = None) -> bool:
        """Whether ``w`` can follow the other variables at some point of the zero set: reached along
        ``w`` itself at the probes, then along the others (the first few such points). With variables
        ``fixed`` (the form holds them): at every probe's values of them where the zero set is reached,
        never only at some (review 16: ``(x − ½)(y − a) = 0`` with ``y ∈ (0, 1)`` is held by ``y`` only
        at ``a < 1``; the form, at any ``a``, holds there only)."""
        fixed = frozenset(fixed) & set(self.variables)
        if fixed:
            return self._held_at_each(w, fixed, admit)
        tried = 0
        for k in range(len(self.probes)):
            for p in self.roots_along(w, k):
                if not self.admitted(admit, p, w):
                    continue  # outside the premises beside the condition
                if self.follows(w, p):
                    return True
                tried += 1
                if tried >= _CANDIDATES:
                    break
        tested = 0
        for k in range(len(self.probes)):
            for u in self.real:
                if u == w:
                    continue
                for p in self.roots_along(u, k):
                    if not self.admitted(admit, p, u):
                        continue
                    if self.follows(w, p):
                        return True
                    tested += 1
            if tested >= _ZERO_SET_POINTS:
                break
        return False


    def _held_at_each(self, w: Any, fixed: frozenset, admit: Any = None) -> bool:
        followed = False
        for k in range(len(self.probes)):
            reached, here = self._followed_at(w, fixed, k, admit)
            if reached and not here:
                return False  # the zero set is there at these values of the fixed ones, and w cannot follow it
            followed |= here
        return followed

    def _followed_at(self, w: Any, fixed: frozenset, k: int, admit: Any = None) -> tuple:
        """Whether the zero set is reached with the fixed variables at probe ``k``'s values, and whether
        ``w`` follows it at one of its points, reached along ``w`` or another free variable from each
        probe's values of the free ones (a point at an edge or a near-singular place does not decide)."""
        reached = 0
        free = [w] + [u for u in self.real if u != w and u not in fixed]
        for j in [k] + [j for j in range(len(self.probes)) if j != k]:
            base = {**self.probes[j], **{v: self.probes[k][v] for v in fixed}}
            for u in free:
                for p in (self.roots_along(u, k) if j == k else self._roots(base, u, self.grids[u], limit=2)):
                    if not self.admitted(admit, p, u):
                        continue
                    reached += 1
                    if self.follows(w, p):
                        return reached, True
                    if reached >= 3 * _CANDIDATES:
                        return reached, False
        return reached, False


def _same_arguments(u: Any, w: Any) -> bool:
    """Whether two applications of one unknown function have arguments equal at three probe points (where
    they agree there they are taken for one value: two values taken for one refuse more, never less)."""
    if u.func != w.func or len(u.args) != len(w.args):
        return False
    symbols = sorted(set().union(*(a.free_symbols for a in u.args + w.args)), key=str)
    try:
        for r in _PROBES[1::3]:
            at = {s: sympy.Float(r + k * sympy.Rational(1, 7), _DPS) for k, s in enumerate(symbols)}
            if any(abs(complex(sympy.N((a - b).xreplace(at), _DPS))) > 1e-10 for a, b in zip(u.args, w.args)):
                return False
    except (TypeError, ValueError, ArithmeticError):
        return False
    return True


def discrete_holders(holders: Any, domains: Mapping | None) -> frozenset:
    """The integer and choice parameters among ``holders`` (a set, or :class:`Holders`, whose integers
    are always kept): they hold a condition while a variable moves in steps (a specialization,
    ``n → ∞`` over the integers), not while it moves continuously (``e^x + n = 3`` pins ``x``)."""
    members = holders.involved if isinstance(holders, Holders) else holders
    if isinstance(holders, Holders):
        domains = {**(domains or {}), **holders.search_domains}  # an undefined integer name moves in steps too
    if not members or not domains:
        return frozenset()
    return frozenset(w for w in members if getattr(domains.get(w), "kind", "real") != "real")

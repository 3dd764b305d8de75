"""Side conditions read under the derivation's inequality premises (review 19).

A premise ``a − bP > 0`` confines the parameters to an open region of their domain, and a
side condition of a step holds where the derivation speaks: ``bP/(a − bP)`` is finite
there, although ``a − bP`` vanishes elsewhere in the box of the domains. A :class:`Region`
is the premises that may be read for one obligation; it

* proves a sign on the region by writing one variable of a linear premise through a fresh
  positive name (``a = bP + t``, ``t > 0``): the proof covers every point with ``t > 0``,
  a superset of the region, so it holds on the region;
* admits or rejects a point, so that a counterexample outside the region refutes nothing
  and sampling draws only where the premises hold.

A premise is read only when the step's chain has given none of its variables a value, none
is the variable a range-based operation runs over (an integral, a limit, a series), and
the obligation depends on all of them (:func:`region_for`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import mpmath
import sympy

from derivations._domains import Domain, Positive, Real
from derivations._rules_base import _INEQUALITIES

__all__ = ["Region", "context_inequalities", "region_for", "standing_inequalities", "usable_inequalities"]

_STRICT = (sympy.StrictGreaterThan, sympy.StrictLessThan)
#: Rules whose variable runs over a range: a premise in it says nothing about the range's points.
_RANGE_RULES = ("Integrate", "Limit", "SeriesExpand")


def _positive_part(rel: Any) -> Any:
    """``g`` with the premise saying ``g > 0`` (or ``g ≥ 0``)."""
    if isinstance(rel, (sympy.StrictGreaterThan, sympy.GreaterThan)):
        return rel.lhs - rel.rhs
    return rel.rhs - rel.lhs


@dataclass(frozen=True)
class Region:
    """Inequality premises, each a relation between real parameters."""

    relations: tuple[Any, ...]

    def __bool__(self) -> bool:
        return bool(self.relations)

    def describe(self) -> str:
        return ", ".join(str(r) for r in self.relations)

    def admits(self, point: Mapping[Any, Any]) -> bool:
        """Whether every premise holds at ``point`` (symbols or their names to numbers); False
        when one cannot be decided there (a variable missing, a value not a real number)."""
        values = {str(k): v for k, v in point.items()}
        for rel in self.relations:
            g = _positive_part(rel)
            try:
                at = {s: _number(values[str(s)]) for s in g.free_symbols}
                with mpmath.workdps(40):
                    v = sympy.lambdify(list(at), g, modules="mpmath")(*at.values())
                    v = mpmath.mpmathify(v)
            except (KeyError, TypeError, ValueError, ZeroDivisionError, OverflowError, NameError):
                return False
            if isinstance(v, mpmath.mpc) or not mpmath.isfinite(v):
                return False
            if v < 0 or (v == 0 and isinstance(rel, _STRICT)):
                return False
        return True

    def prove(self, expr: Any, kind: str, domains: Mapping[Any, Domain]) -> str | None:
        """The premise under which ``expr`` provably has ``kind`` (``positive``, ``nonnegative``,
        ``nonzero``, ``finite``, ``real``) at every point of the region, or None."""
        from .symbolic import _prove_sign
        for under, (e, doms) in self.through(expr, domains):
            if _prove_sign(e, kind, doms):
                return under
        return None

    def through(self, expr: Any, domains: Mapping[Any, Domain]) -> Iterable[tuple[str, tuple[Any, dict]]]:
        """``expr`` with a linear premise's variable written through the premise's positive margin, with
        the domains that go with it, for each premise and variable: a statement shown for every value of
        the margin holds where that premise does."""
        for rel in self.relations:
            for written in _through_premise(expr, rel, domains):
                yield str(rel), written


def _number(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        try:
            return mpmath.mpmathify(sympy.Rational(value)) if "/" in value else mpmath.mpf(value)
        except (TypeError, ValueError):
            return mpmath.mpmathify(complex(sympy.N(sympy.sympify(value), 40)))
    if isinstance(value, sympy.Basic):
        return mpmath.mpmathify(sympy.N(value, 40))
    return value


def _through_premise(expr: Any, rel: Any, domains: Mapping[Any, Domain]) -> Iterable[tuple[Any, dict]]:
    """``expr`` with one variable of a premise linear in it written through a fresh positive
    (or non-negative) name for the premise's margin, and the domains that go with it."""
    g = sympy.expand(_positive_part(rel))
    margin = sympy.Dummy("margin", positive=True) if isinstance(rel, _STRICT) else sympy.Dummy("margin", nonnegative=True)
    margin_domain = Positive() if isinstance(rel, _STRICT) else Real(0, None, lo_open=False)
    for v in sorted(g.free_symbols & expr.free_symbols, key=str):
        coefficient = sympy.diff(g, v)
        if coefficient.has(v) or coefficient.is_zero is not False:
            continue
        solved = v + (margin - g) / coefficient
        doms = {s: d for s, d in domains.items() if s != v}
        doms[margin] = margin_domain
        try:
            written = expr.subs(v, solved)
        except (TypeError, ValueError, AttributeError):
            continue
        yield written, doms


def standing_inequalities(derivation: Any) -> tuple[str, ...]:
    """The names of the inequality premises no form rests on: assumptions stated for the whole
    derivation (``a − bP > 0`` beside the demand ``Q = a − bP``). They are read by every step's side
    conditions, and so are checked satisfiable together with every set of premises a form rests on
    (:func:`verify.premises._contexts`)."""
    return _no_form_rests_on(derivation, _INEQUALITIES)


def _no_form_rests_on(derivation: Any, kinds: Any) -> tuple[str, ...]:
    """The names of the premises of ``kinds`` no form rests on (none where the chain is broken)."""
    try:
        used = set().union(*(o.rests_on for o in derivation.replay()))
    except Exception:  # noqa: BLE001 - a broken chain: no premise is read as standing
        return ()
    return tuple(p.name for p in derivation.premises if isinstance(p.expr, kinds) and p.name not in used)


def context_inequalities(derivation: Any, outcome: Any) -> tuple[Any, ...]:
    """The inequality premises in the step's context: those its input rests on and the standing ones.
    The holders' search looks for a variable following a premise only where they hold (review 21)."""
    # review 23: a premise y ≠ ¼ too (no form can rest on it: it is standing when stated); review 26: and
    # an equation no form rests on (48y² = 5z ties the holder y to z, which the form keeps), except a value
    # of a variable the step operates in, stated for later (review 3: y = 2, the apparatus'; review 27:
    # read as it stands, x + 48y² = 5z + x is no value of x)
    from derivations._context import premise_definitions
    from .judgments import operation_variables
    names = premise_definitions((p.expr for p in derivation.premises), {p.symbol for p in derivation.symbols})
    unequal = {p.name for p in derivation.premises if isinstance(p.expr, sympy.Ne)}
    readable = set(outcome.rests_on) | set(standing_inequalities(derivation)) | unequal
    operated = set(operation_variables(outcome.rule))
    equations = set(_no_form_rests_on(derivation, sympy.Eq))
    return tuple(p.expr for p in derivation.premises if isinstance(p.expr, _INEQUALITIES + (sympy.Ne,))
                 and p.name in readable) + tuple(p.expr for p in derivation.premises if p.name in equations
                                                 and not _value_of(p.expr, operated, names))


def _value_of(equation: Any, variables: set, names: Any = None) -> bool:
    """Whether ``equation`` gives values to ``variables`` alone (``y = 2``): it is in nothing else, read
    through the names and functions the premises define (``names``; review 28: ``T(x) = 0``)."""
    from derivations._context import _through_definitions
    try:
        written = sympy.expand(_through_definitions(equation.lhs - equation.rhs, names or {}, None)).free_symbols
    except (TypeError, ValueError, AttributeError):
        return False
    return bool(written) and written <= variables


def usable_inequalities(derivation: Any, outcome: Any) -> tuple[Any, ...]:
    """The inequality premises in real parameters that a side condition of this step may read: those
    its input rests on and the standing ones (:func:`standing_inequalities`; review 20: never another
    case's premise, which need not hold with this one), and of those only where none of their variables
    has a value in the step's chain or runs over a range."""
    from derivations._definitions import chain_values
    domains = derivation.domains()
    readable = set(outcome.rests_on) | set(standing_inequalities(derivation))
    rels = [p.expr for p in derivation.premises if isinstance(p.expr, _INEQUALITIES) and p.name in readable]
    if not rels:
        return ()
    chain = chain_values(derivation)
    if len(chain) <= outcome.index:  # a broken chain: no value is known, so no premise is read
        return ()
    # The output's values include the input's (composed along the chain).
    valued = set(chain[outcome.index])
    rule = outcome.rule
    ranged = {getattr(rule, "var", None)} if type(rule).__name__ in _RANGE_RULES else set()
    out = []
    for rel in rels:
        symbols = rel.free_symbols
        if (not symbols or rel.has(sympy.core.function.AppliedUndef)
                or any(s not in domains or domains[s].kind != "real" for s in symbols)
                or symbols & valued or symbols & ranged):
            continue
        out.append(rel)
    return tuple(out)


def region_for(expr: Any, inequalities: tuple[Any, ...]) -> Region:
    """The premises among ``inequalities`` all of whose variables ``expr`` depends on freely
    (a variable bound inside ``expr`` is another variable)."""
    expr = sympy.sympify(expr)
    bound = set().union(*(b.variables for b in expr.atoms(sympy.Integral, sympy.Sum, sympy.Product,
                                                          sympy.Limit, sympy.Derivative, sympy.Lambda)
                          if hasattr(b, "variables"))) if expr.free_symbols else set()
    free = expr.free_symbols
    return Region(tuple(r for r in inequalities if r.free_symbols <= free and not r.free_symbols & bound))

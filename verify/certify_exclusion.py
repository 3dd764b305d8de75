"""A discarded root excluded by an inequality premise (review 4: ``t < v/g`` on the way up).

:class:`derivations.SolveFor` turns each root it does not keep into an obligation that the
root is no solution the derivation admits. Without inequality premises on the variable that
means lying outside its domain (:mod:`verify.obligations`). With them (``t < v/g`` excludes
the way down, ``(v + √(v² − 2gh))/g``), the obligation ``"outside_premises"`` carries
``Tuple(root, Tuple(*excluding), Tuple(*region))``: the premise inequalities in the variable,
and those in the parameters only (``h < v²/2g``). The root may be discarded only if it is
certified, at every admissible parameter point, to lie outside the domain or to violate one
of the excluding inequalities:

* symbolically: the violation's sign (``root − v/g ≥ 0``) proved from the assumptions; a root
  ``P + Q√A`` (``P, Q`` real, ``Q ≠ 0``) is non-real where ``A < 0`` (outside a real domain),
  and elsewhere ``√A`` is replaced by a free ``u ≥ 0`` (proving for every ``u ≥ 0`` proves
  for ``u = √A``);
* by ball arithmetic on bisected boxes (:mod:`verify.certify_bands`): the region false, the
  root outside the domain, or a premise violated, on every piece.

Otherwise the verdict is the plain domain check's, except that a point where the root lies in
the domain counts against the step only if the root meets every premise inequality there
(else it is inconclusive: the premises may exclude it, but nothing certified that).
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

import sympy

from derivations._domains import Domain
from derivations._rules import Obligation

from .certify_bands import decide, domain_condition
from .symbolic import _prove_sign
from .verdicts import CONFIRMED, FAILED, INCONCLUSIVE, PROVED, StepVerdict

__all__ = ["discharge_excluded", "violation"]

#: A relation ``lhs ▷ rhs`` at the root is violated iff ``sign·(lhs − rhs)`` has this property.
_VIOLATED = {sympy.StrictLessThan: (1, "nonnegative"), sympy.LessThan: (1, "positive"),
             sympy.StrictGreaterThan: (-1, "nonnegative"), sympy.GreaterThan: (-1, "positive")}


def violation(rel: Any, var: Any, root: Any) -> tuple[Any, str] | None:
    """``(e, kind)``: the relation ``rel`` in ``var`` is violated at ``var = root`` iff ``e``
    is ``kind`` (``"positive"`` or ``"nonnegative"``); None for another kind of relation."""
    for cls, (sign, kind) in _VIOLATED.items():
        if isinstance(rel, cls):
            return sign * (rel.lhs - rel.rhs).xreplace({var: root}), kind
    return None


def _sqrt_split(root: Any) -> tuple[Any, Any, Any] | None:
    """``(P, Q, √A)`` with ``root = P + Q·√A``, P and Q free of ``√A``; None unless ``root``
    has exactly one square root of a non-constant."""
    roots = {p for p in root.atoms(sympy.Pow) if p.exp == sympy.S.Half and p.base.free_symbols}
    if len(roots) != 1:
        return None
    s = roots.pop()
    expanded = sympy.expand(root)
    q = expanded.coeff(s)
    p = sympy.expand(expanded - q * s)
    if p.has(s) or q.has(s) or q == 0:
        return None
    return p, q, s


def _symbolic(excluding: tuple, var: Any, root: Any, domains: Mapping[Any, Domain]) -> Any | None:
    """The premise the root provably violates wherever it is real, or None."""
    split = _sqrt_split(root)
    usable = split is not None and all(_prove_sign(part, "real", domains) for part in split[:2]) \
        and _prove_sign(split[1], "nonzero", domains)
    u = sympy.Dummy("u", nonnegative=True)
    for rel in excluding:
        v = violation(rel, var, root)
        if v is None:
            continue
        e, kind = v
        if _prove_sign(e, kind, domains):
            return rel
        # Where A < 0 the root P + Q√A (Q ≠ 0) is not real: outside a real domain whatever it violates.
        if usable and _prove_sign(e.xreplace({split[2]: u}), kind, domains):
            return rel
    return None


def _meets_every_premise(point: Mapping[str, str], root: Any, var: Any, excluding: tuple, region: tuple) -> bool:
    """Whether, at a counterexample point (exact values), the root meets every premise inequality
    and the region holds: only then is a root inside the domain a real counterexample."""
    values = {s: sympy.Rational(point[str(s)]) for s in root.free_symbols if str(s) in point}
    conds = [r.xreplace({var: root}) for r in excluding] + list(region)
    try:
        return all(bool(sympy.sympify(c).xreplace(values).doit()) is True for c in conds)
    except (TypeError, ValueError):
        return False


def discharge_excluded(ob: Obligation, domains: Mapping[Any, Domain], key: str, dps: int,
                       restrict: Mapping[Any, tuple[Any, Any]],
                       plain: Callable[..., StepVerdict]) -> StepVerdict:
    """Discharge ``"outside_premises"``: proved when the domain check proves it or a premise
    certifiably excludes the root; see the module docstring for the rest."""
    root, excluding, region = ob.expr
    var = ob.symbol
    base = plain(Obligation("outside_domain", root, ob.text, var), domains, key=key, dps=dps, restrict=restrict)
    if base.verdict == PROVED:
        return base
    dom = domains.get(var)
    if dom is not None and dom.kind == "real":
        rel = _symbolic(tuple(excluding), var, root, domains)
        if rel is not None:
            return StepVerdict(PROVED, f"{ob.text}: proved: it violates the premise {rel} wherever it is real")
        inside = domain_condition(root, dom)
        violated = [sympy.Not(r.xreplace({var: root})) for r in excluding]
        cond = sympy.Or(sympy.Not(sympy.And(*region)), sympy.Not(inside), *violated)
        try:
            verdict, _, clipped = decide(cond, domains, restrict)
        except (ValueError, TypeError, ZeroDivisionError, OverflowError):
            verdict, clipped = None, False
        if verdict == "proved":
            return StepVerdict(CONFIRMED if clipped else PROVED,
                               f"{ob.text}: proved by ball arithmetic: outside the domain or excluded by a premise")
    if base.verdict == FAILED:
        point = base.counterexample or {}
        if _meets_every_premise(point, root, var, tuple(excluding), tuple(region)):
            return base
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: the root lies in the domain of {var} at a point; the "
                                         f"premises {', '.join(map(str, excluding))} may exclude it, but no "
                                         f"certificate shows they do", point)
    return base

"""Inequalities proved over parameter boxes with ball arithmetic (python-flint ``arb``).

:func:`prove` evaluates an expression on a box of parameter intervals as an arb ball that
is guaranteed to contain every value the expression takes there, and bisects the box until
every piece is decided *by the ball bounds alone*: a piece is settled when its whole ball
lies on the right side of the bound; a ball that overlaps the bound decides nothing and the
piece is split again. Wide positive ranges (``hi/lo > 100``) are split geometrically. After
the budget (``max_boxes`` evaluated pieces, ``max_depth`` halvings of one piece) the result
is *inconclusive*, never a guess; a piece whose ball lies entirely on the wrong side (or a
point where the exact value does) disproves the relation, with that point.

>>> import sympy as sp
>>> x, p, a = sp.symbols("x p alpha", positive=True)
>>> running = a * x**a * (1 - p) / (p + x**a * (1 - p))
>>> box = {"x": ("1e-12", 1), "p": ("0.01", "0.99"), "alpha": ("0.05", 1)}
>>> r = prove(running, "<", box, rhs=a)
>>> r.proved, str(r).startswith("proved by ball arithmetic on the box x ∈ [1e-12, 1]")
(True, True)
>>> prove(running, ">", {"x": (1, 2), "p": ("0.5", "0.5"), "alpha": (1, 1)}, rhs="0.7").verdict
'disproved'

The translator covers Add, Mul, Pow (integer, rational and real exponents), exp, log, sqrt,
Integer, Rational, Float, pi and E; anything else raises :class:`NotTranslatable`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Mapping, Sequence

import flint
import sympy

__all__ = ["prove", "BallProof", "Budget", "NotTranslatable", "to_arb", "RELATIONS"]

#: The relations :func:`prove` decides, as ``expr REL rhs``.
RELATIONS = ("<", "<=", ">", ">=")


class NotTranslatable(ValueError):
    """The expression uses something the ball translator does not cover."""


from derivations._ballcheck import Budget, register_prover  # noqa: E402 - the budget is declared as data
from derivations._domain_bounds import BoundError, enclose  # noqa: E402
from derivations._budget import OutOfTime  # noqa: E402
from .symbolic import too_large_for_polys  # noqa: E402


def _rational(value: Any) -> Fraction:
    if isinstance(value, sympy.Rational):
        return Fraction(int(value.p), int(value.q))
    if isinstance(value, float):
        return Fraction(str(value))
    return Fraction(value)


def _exact_ball(q: Fraction) -> flint.arb:
    return flint.arb(flint.fmpq(q.numerator, q.denominator))


def _interval(lo: Fraction, hi: Fraction) -> flint.arb:
    """A ball containing every point of [lo, hi]."""
    a = _exact_ball(lo)
    return a if lo == hi else a.union(_exact_ball(hi))


def _lo(b: flint.arb) -> flint.arb:
    return b.lower()


def _hi(b: flint.arb) -> flint.arb:
    return b.upper()


def _positive(b: flint.arb) -> bool:
    return b.is_finite() and bool(b > 0)


def _negative(b: flint.arb) -> bool:
    return b.is_finite() and bool(b < 0)


def _hull(*balls: flint.arb) -> flint.arb:
    """A ball containing all of ``balls`` (interval arithmetic on arb end points: the
    midpoint-radius product of wide balls would lose far more)."""
    out = balls[0]
    for b in balls[1:]:
        out = out.union(b)
    return out


def _times(a: flint.arb, b: flint.arb) -> flint.arb:
    """a·b as the hull of the four products of end points (every product of the two
    intervals lies between two of them)."""
    if not (a.is_finite() and b.is_finite()) or a.is_exact() or b.is_exact():
        return a * b
    return _hull(*(u * v for u in (_lo(a), _hi(a)) for v in (_lo(b), _hi(b))))


def to_arb(expr: sympy.Basic, values: Mapping[sympy.Symbol, flint.arb]) -> flint.arb:
    """``expr`` evaluated in ball arithmetic with ``values`` (balls) for its symbols."""
    if expr.is_Symbol:
        for s, v in values.items():
            if s == expr or s.name == expr.name:
                return v
        raise NotTranslatable(f"no interval for the symbol {expr}")
    if expr.is_Integer:
        return flint.arb(int(expr))
    if expr.is_Rational:
        return flint.arb(flint.fmpq(int(expr.p), int(expr.q)))
    if expr.is_Float:
        return _exact_ball(Fraction(str(expr)))  # the decimal the user wrote
    if expr is sympy.pi:
        return flint.arb.pi()
    if expr is sympy.E:
        return flint.arb(1).exp()
    if expr.is_Add:
        out = flint.arb(0)
        for a in expr.args:
            out += to_arb(a, values)
        return out
    if expr.is_Mul:
        out = flint.arb(1)
        for a in expr.args:
            out = _times(out, to_arb(a, values))
        return out
    if expr.is_Pow:
        base, exp = expr.args
        b = to_arb(base, values)
        if exp.is_Integer:
            n = int(exp)
            if _positive(b) or _negative(b):  # monotone on the ball: its value at the two ends
                return _hull(_lo(b) ** n, _hi(b) ** n)
            return b ** n
        if exp == sympy.S.Half:
            return _hull(_lo(b).sqrt(), _hi(b).sqrt()) if _positive(b) else b.sqrt()
        e = to_arb(exp, values)
        if _positive(b):  # b^e is monotone in b and in e: extremes at the corners
            return _hull(*(u ** v for u in (_lo(b), _hi(b)) for v in (_lo(e), _hi(e))))
        return b ** e  # NaN (undecided) where the base ball reaches 0 or below
    if isinstance(expr, sympy.exp):
        a = to_arb(expr.args[0], values)
        return _hull(_lo(a).exp(), _hi(a).exp())
    if isinstance(expr, sympy.log) and len(expr.args) == 1:
        a = to_arb(expr.args[0], values)
        return _hull(_lo(a).log(), _hi(a).log()) if _positive(a) else a.log()
    if expr.is_number:  # a constant such as atan(2) or cos(1) (an exact domain bound): enclosed exactly
        try:
            return enclose(expr)
        except BoundError:
            pass
    raise NotTranslatable(f"no ball translation for {type(expr).__name__} in {expr}; "
                          f"the translator covers Add, Mul, Pow, exp, log, sqrt, numbers, pi and E")


def _fmt(q: Fraction) -> str:
    from verify.strategies import show
    return show(q)


@dataclass
class BallProof:
    """The outcome of :func:`prove`; ``str()`` is the verdict in words."""

    verdict: str  # "proved", "disproved" or "inconclusive"
    relation: str
    box: dict[str, tuple[Fraction, Fraction]]
    boxes: int
    depth: int
    budget: Budget
    counterexample: dict[str, str] | None = None
    #: The counterexample's exact point (a disproof), for a caller that builds on it.
    point: dict[str, Fraction] | None = None
    undecided: dict[str, tuple[str, str]] | None = None
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def proved(self) -> bool:
        return self.verdict == "proved"

    def box_text(self) -> str:
        return ", ".join(f"{k} ∈ [{_fmt(lo)}, {_fmt(hi)}]" for k, (lo, hi) in self.box.items())

    def __str__(self) -> str:
        where = f"on the box {self.box_text()}"
        if self.verdict == "proved":
            return (f"proved by ball arithmetic {where}: {self.relation} "
                    f"({self.boxes} boxes, {self.depth} halvings deep)")
        if self.verdict == "disproved":
            cx = ", ".join(f"{k} = {v}" for k, v in (self.counterexample or {}).items())
            return f"disproved by ball arithmetic {where}: {self.relation} is false at {cx}"
        und = ", ".join(f"{k} ∈ [{a}, {b}]" for k, (a, b) in (self.undecided or {}).items())
        return (f"inconclusive by ball arithmetic {where}: {self.relation} undecided on {und} "
                f"after {self.boxes} boxes ({self.budget.describe()}): {self.reason}")


def _target(target: Any) -> sympy.Expr:
    from derivations import Derivation
    if isinstance(target, Derivation):
        return sympy.sympify(target.value(target.result))
    if callable(target) and not isinstance(target, sympy.Basic):
        target = target()  # built lazily (a derivation's step output, once it exists)
    expr = sympy.sympify(target)
    if isinstance(expr, sympy.Eq):
        expr = expr.rhs
    if not isinstance(expr, sympy.Expr):
        raise NotTranslatable(f"prove() needs an expression or a Derivation, got {type(target).__name__}")
    return expr


def _split(box: dict[str, tuple[Fraction, Fraction]]) -> tuple[dict, dict] | None:
    """Halve the widest side (geometrically for wide positive sides); None if all are points."""
    best, score = None, 0.0
    for k, (lo, hi) in box.items():
        if lo == hi:
            continue
        if lo > 0 and hi / lo > 4:
            s = math.log(hi / lo)
        else:
            s = float((hi - lo) / max(abs(lo), abs(hi), Fraction(1, 10**300)))
        if best is None or s > score:
            best, score = k, s
    if best is None:
        return None
    lo, hi = box[best]
    if lo > 0 and hi / lo > 4:
        mid = Fraction(math.sqrt(lo) * math.sqrt(hi)) if hi / lo < 1e300 else lo * 10 ** int(
            (math.log10(hi) + math.log10(lo)) / 2 - math.log10(lo))
        mid = min(max(mid, lo + (hi - lo) / 1000), hi - (hi - lo) / 1000)
        mid = Fraction(mid).limit_denominator(10**30) if mid.denominator > 10**30 else mid
        if not lo < mid < hi:
            mid = (lo + hi) / 2
    else:
        mid = (lo + hi) / 2
    return {**box, best: (lo, mid)}, {**box, best: (mid, hi)}


def prove(target: Any, relation: str, box: Mapping[str, Sequence[Any]], *, rhs: Any = 0,
          budget: Budget | None = None) -> BallProof:
    """Prove ``target REL rhs`` for every point of ``box`` by ball arithmetic and bisection.

    ``target`` is a SymPy expression, a :class:`~derivations.Derivation` (its derived
    result) or a function of no arguments returning an expression (evaluated when proving); ``relation`` one of ``<``, ``<=``, ``>``, ``>=``; ``rhs`` a number or an
    expression in the same symbols; ``box`` maps every symbol name to its closed interval
    ``(lo, hi)`` (exact: ints, fractions, decimal strings). Returns a :class:`BallProof`
    whose verdict is ``proved``, ``disproved`` (with a point) or ``inconclusive`` (with the
    piece left undecided when the ``budget`` ran out).
    """
    if relation not in RELATIONS:
        raise ValueError(f"relation must be one of {RELATIONS}, got {relation!r}")
    budget = budget or Budget()
    expr = _target(target)
    difference = sympy.sympify(expr - sympy.sympify(rhs))
    if relation in ("<", "<="):
        difference = -difference
    # One exact rewriting before the balls: a common denominator, factored, so that a symbol
    # that cancels (α − α·(…)/(…)) is not counted twice (the dependency problem).
    try:
        if too_large_for_polys(difference):  # exp(−10²⁴(x − π)²): factor would never finish
            raise OverflowError("no dense polynomials of this degree")
        rewritten = sympy.factor(sympy.together(difference))
        if sympy.count_ops(rewritten) <= 2 * sympy.count_ops(difference) + 10:
            difference = rewritten
    except OutOfTime:
        raise  # the caller's budget, not a failure of the rewriting
    except Exception:  # noqa: BLE001 - keep the expression as given
        pass
    strict = relation in ("<", ">")
    sides = {str(k): (_rational(v[0]), _rational(v[1])) for k, v in box.items()}
    for k, (lo, hi) in sides.items():
        if lo > hi:
            raise ValueError(f"empty interval for {k}: [{lo}, {hi}]")
    symbols = {s.name: s for s in difference.free_symbols}
    missing = sorted(set(symbols) - set(sides))
    if missing:
        raise ValueError(f"the box gives no interval for {', '.join(missing)}")
    text = f"{sympy.sstr(expr)} {relation} {sympy.sstr(sympy.sympify(rhs))}"

    def ball(piece: dict[str, tuple[Fraction, Fraction]]) -> flint.arb:
        vals = {symbols[k]: _interval(*piece[k]) for k in symbols}
        return to_arb(difference, vals)

    def holds(b: flint.arb) -> bool:
        return bool(b > 0) if strict else bool(b >= 0)

    def fails(b: flint.arb) -> bool:
        return bool(b <= 0) if strict else bool(b < 0)

    old = flint.ctx.dps
    flint.ctx.dps = budget.dps
    try:
        stack = [(sides, 0)]
        count, deepest = 0, 0
        while stack:
            piece, depth = stack.pop()
            count += 1
            deepest = max(deepest, depth)
            b = ball(piece)
            if b.is_finite() and holds(b):
                continue
            if b.is_finite() and fails(b):
                point = {k: (lo + hi) / 2 for k, (lo, hi) in piece.items()}
                return BallProof("disproved", text, sides, count, deepest, budget,
                                 counterexample={k: _fmt(v) for k, v in point.items()}, point=point)
            halves = _split(piece) if depth < budget.max_depth else None
            if halves is None or count + len(stack) >= budget.max_boxes:
                # Last resort: an exact point of the piece may disprove the relation.
                point = {k: (lo + hi) / 2 for k, (lo, hi) in piece.items()}
                pb = ball({k: (v, v) for k, v in point.items()})
                if pb.is_finite() and fails(pb):
                    return BallProof("disproved", text, sides, count, deepest, budget,
                                     counterexample={k: _fmt(v) for k, v in point.items()}, point=point)
                why = ("the budget of boxes ran out" if halves is not None or depth < budget.max_depth
                       else "the maximal depth was reached")
                if not b.is_finite():
                    why += " (the ball is not finite there: a power of a base reaching 0 or below?)"
                return BallProof("inconclusive", text, sides, count, deepest, budget,
                                 undecided={k: (_fmt(lo), _fmt(hi)) for k, (lo, hi) in piece.items()},
                                 reason=why)
            stack.extend([(halves[1], depth + 1), (halves[0], depth + 1)])
        return BallProof("proved", text, sides, count, deepest, budget)
    finally:
        flint.ctx.dps = old


register_prover(prove)  # derivations' ball_proof properties are proved here

r"""Claims and routes written in LaTeX: ``\wcclaim`` and ``\wcroute`` as records.

``\wcclaim[\approx]{p_{crit}(10^{6})}{10^{-2}}`` typesets ``10^{-2}``; the run computes
the formula, in which every name the derivation defines (``p_{crit}(N)``, ``N_{crit}``)
stands for what the kernel *derived* for it — SymPy's output at that line, not the
author's retyped form — and compares it with the printed value under the ledger's rule
(:mod:`verify.claims`: ``=`` exact, ``\approx`` to the printed digits, ``\sim`` within a
factor √10). Values of other symbols follow after commas: ``\wcclaim{h, d = 2.8}{0.27}``;
a decimal there (as anywhere in a formula) is the exact decimal written, 2.8 = 28/10, never a
binary float.

``\wcroute[consistency]{...}`` gives the derivation its independent numeric route: an
expression in the parameters that SymPy evaluates numerically (an integral by quadrature,
a sum) at three points drawn from their domains, compared with the derived closed form.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

import mpmath
import sympy
from sympy.core.function import AppliedUndef

from derivations import Agreement, Claim, Derivation
from verify.printed_rounding import read_numeral

from .build import TexError
from .mathparse import MathError, NameTable, parse_math, split_top
from .printed import beside_claim, read_printed, shows_order
from .reads import Defined, derived_names, substitute_names
from .scanner import Item

__all__ = ["make_claim", "make_route", "derived_names", "Defined", "RELATIONS"]

#: How the printed relation is written in the optional argument -> the ledger's relation.
RELATIONS = {"": "≈", "\\approx": "≈", "=": "=", "\\sim": "∼", "\\simeq": "≈", "~": "∼"}


def _assigned(expr: Any, assign: dict[Any, Any], used: set[Any]) -> Any:
    """``expr`` at the claim's values; a value for a symbol the formula does not depend on is refused."""
    idle = [k for k in assign if k not in expr.free_symbols and k not in used]
    if idle:
        shown = ", ".join(f"{k} = {assign[k]}" for k in idle)
        raise ValueError(f"the value {shown} acts on nothing: the formula, as derived, does not depend on "
                         f"{', '.join(map(str, idle))} (remove it, or claim a form that depends on it)")
    return expr.xreplace(assign)


def _value(expr: Any) -> mpmath.mpf:
    value = sympy.N(expr, mpmath.mp.dps + 10)
    if value.free_symbols:
        raise ValueError(f"the formula still depends on {', '.join(sorted(map(str, value.free_symbols)))}: give "
                         f"its value after a comma (\\wcclaim{{formula, x = 1/2}}{{printed}})")
    if not (value.is_real and value.is_finite):
        raise ValueError(f"the formula's value {value} is not a finite real number")
    return mpmath.mpf(sympy.Float(value, mpmath.mp.dps + 10)._mpf_)


def _limits(expr: Any, where: str) -> Any:
    """``expr`` with each limit (innermost first) replaced by SymPy's value, certified by the kernel's
    limit certificate (continuity, or values approaching the point from the limit's side): SymPy
    proposes, the kernel certifies. A limit it cannot take or certify raises, naming it."""
    if not isinstance(expr, sympy.Basic) or not expr.args:
        return expr
    args = tuple(_limits(a, where) for a in expr.args)
    if args != expr.args:
        expr = expr.func(*args)
    if not isinstance(expr, sympy.Limit):
        return expr
    from derivations._rules import Obligation
    from verify.certify_ops import discharge
    from verify.verdicts import PROVED
    body, var, point, side = expr.args
    stray = sorted(map(str, body.free_symbols - {var}))
    if stray:
        raise ValueError(f"the limit {expr} still depends on {', '.join(stray)}: give its value after a comma")
    value = sympy.limit(body, var, point, str(side))
    if value.has(sympy.Limit, sympy.AccumBounds) or not (value.is_extended_real and value.is_finite):
        raise ValueError(f"the limit of {body} as {var} → {point} is not a finite real number to SymPy ({value})")
    sides = {"+": 1, "-": -1, "+-": 0}[str(side)] if point.is_finite else (-1 if point == sympy.oo else 1)
    ob = Obligation("limit_value", sympy.Tuple(body, var, point, value, sides),
                    f"SymPy's limit {value} of {body} as {var} → {point}", symbol=var)
    verdict = discharge(ob, {}, key=where, dps=mpmath.mp.dps)
    if verdict.verdict != PROVED:
        raise ValueError(f"the claim's limit is not certified: {verdict.method}")
    return value


def _call_values(formula: Any, names: NameTable) -> list[tuple[Any, Any]]:
    """The parameter values a claim gives through calls: ``I(3.2)`` and ``I'(3.2)`` after ``I(\\phi) = ...``
    give φ = 3.2, checked against φ's domain like a value after the comma."""
    out: list[tuple[Any, Any]] = []
    for call in sympy.sympify(formula).atoms(AppliedUndef):
        params = names.functions.get(call.func.__name__, ())
        out += [(p, v) for p, v in zip(params, call.args) if v.is_number]
    for at in sympy.sympify(formula).atoms(sympy.Subs):  # E'(3): the derivative's variables at the point
        inner = at.expr.expr if isinstance(at.expr, sympy.Derivative) else at.expr
        if isinstance(inner, AppliedUndef):
            params = names.functions.get(inner.func.__name__, ())
            spots = dict(zip(at.variables, at.point))
            out += [(p, spots[a]) for p, a in zip(params, inner.args) if a in spots and spots[a].is_number]
    return sorted(out, key=str)


def make_claim(item: Item, index: int, d: Derivation, names: NameTable, path: str) -> Claim:
    r"""The :class:`Claim` ``item`` (a ``\wcclaim``) states, computed from ``d``'s derived forms."""
    relation = RELATIONS.get((item.option or "").strip())
    if relation is None:
        raise TexError(path, item.line, f"\\wcclaim[{item.option}]: the relation is one of =, \\approx, \\sim",
                       item.text)
    parts = [p.strip() for p in split_top(item.text, (",",)) if p.strip() and p.strip() != ","]
    try:
        formula = parse_math(parts[0], names, allow_new=True, at_points=True)
        assign = {}
        for part in parts[1:]:
            if "=" not in part:
                raise MathError("parse", f"{part!r}: after the formula come values, symbol = number")
            lhs, rhs = part.split("=", 1)
            assign[parse_math(lhs, names, allow_new=True)] = parse_math(rhs, NameTable())
    except MathError as exc:
        raise TexError(path, item.line, f"\\wcclaim: {exc}", item.text, exc.kind) from None
    try:  # one number as TeX prints it, and nothing typeset beside it that changes it (review 9)
        printed = read_printed(item.extra or "", item.math)
    except ValueError as exc:
        raise TexError(path, item.line, f"\\wcclaim: the printed value {' '.join((item.extra or '').split())!r} "
                                        f"is not a number: {exc}", item.text) from None
    beside = item.page or beside_claim(item.before, item.after, item.math, item.joined)
    if beside is None and relation == "∼" and not shows_order(item.before):
        beside = f"it is checked as an order of magnitude ([{item.option}]), but the page shows no sign of one " \
                 f"before it (\\sim, \\approx, 'about', 'of order'): a reader takes {printed} as the value; " \
                 f"write $\\sim$ or 'of order' before the claim, or check it as rounded (no option) or [=]"
    if beside is None and relation == "≈" and read_numeral(printed) is None and not shows_order(item.before):
        # an expression (1/3, 10^{-2}) has no digits to round to: without a sign of looseness on the page the
        # reader takes it as exact, so it is checked as = rather than to the ledger's one part in a hundred
        relation = "="
    if beside is not None:
        raise TexError(path, item.line, f"\\wcclaim: the page does not show the printed value {printed!r} as the "
                                        f"number: {beside}", item.text)

    domains = d.domains()
    centres = {(str(sympy.sympify(s.var)), sympy.sympify(s.point)) for s in d.steps
               if type(s).__name__ == "SeriesExpand"}
    calls = [(k, v) for k, v in _call_values(formula, names) if k in domains]  # the rest: no domain to hold
    for symbol, value in [*assign.items(), *calls]:
        # A claim gives values to the derivation's parameters, inside their domains: a value for
        # a name the chain defines (E = 7) would make any printed number hold, and one outside
        # the domain reads a form where it was never derived (√(x²) = x at x = −2).
        if symbol not in domains:
            raise TexError(path, item.line, f"\\wcclaim: {symbol} is not a parameter of the derivation (a name "
                                            f"it defines, or unknown): a claim gives values to parameters only",
                           item.text)
        dom = domains[symbol]
        # A closed end is inside; an open end is not: the form was derived only inside (0, 1), and
        # at a = 0 it may fail (∫ a²/(x+a²)² dx = 1/(1+a²) inside, 0 at a = 0). The one exception is
        # the centre of a truncated series in that symbol, which a claim reads as its limit there:
        # admitted here, and held when the claim is computed to the forms that went through that
        # series (verify.texinput.reads), not to every form of a derivation that has one.
        ends = [e for e, is_open in ((dom.lo_exact, dom.lo_open), (dom.hi_exact, dom.hi_open))
                if e is not None and (not is_open or (str(symbol), e) in centres)] if dom.kind == "real" else []
        if not (value.is_number and (dom.contains(value) or any(value == e for e in ends))):
            raise TexError(path, item.line, f"\\wcclaim: {symbol} = {value} is outside {symbol}'s domain: "
                                            f"{symbol} must be {dom.describe()}", item.text)

    def compute() -> mpmath.mpf | sympy.Rational:
        used: set[Any] = set()
        expr = substitute_names(formula, derived_names(d), assign, used, domains)
        expr = _limits(_assigned(expr, assign, used), f"{d.id}.claim{index}")
        value = _value(expr)  # checked finite and real
        # An exact rational stays exact: the ledger then decides a rounding boundary exactly.
        return expr if isinstance(expr, sympy.Rational) else value

    return Claim(id=f"{d.id}.claim{index}", statement=f"${item.text}$ printed as ${item.extra}$",
                 paper=f"{path}, line {item.line}", printed=printed, compute=compute, relation=relation)


def make_route(item: Item, d: Derivation, names: NameTable, path: str) -> Agreement:
    r"""The :class:`Agreement` of a ``\wcroute``: the expression, evaluated numerically, at 3 points."""
    kind = (item.option or "independent").strip()
    if kind not in ("independent", "consistency"):
        raise TexError(path, item.line, f"\\wcroute[{kind}]: the kind is independent or consistency", item.text)
    try:
        expr = parse_math(item.text, names)
    except MathError as exc:
        raise TexError(path, item.line, f"\\wcroute: {exc}", item.text, exc.kind) from None
    params = [d.param(n) for n in d.parameters]
    stray = sorted(s.name for s in expr.free_symbols if s not in {p.symbol for p in params})
    if stray:
        raise TexError(path, item.line, f"\\wcroute: the route depends on {', '.join(stray)}, which the result "
                                        f"does not (its parameters: {', '.join(d.parameters) or 'none'})", item.text)
    seed = int(hashlib.sha256(d.id.encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    points = tuple({p.name: p.domain.draw(rng) for p in params} for _ in range(3))

    def compute(**values: Any) -> mpmath.mpf:
        subs = {p.symbol: sympy.Float(mpmath.mpf(values[p.name]), mpmath.mp.dps + 10)
                if not isinstance(values[p.name], int) else sympy.Integer(values[p.name]) for p in params}
        return _value(expr.xreplace(subs))

    return Agreement(f"the route written at {path}, line {item.line}: ${item.text}$", compute, points, kind=kind)

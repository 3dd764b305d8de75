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

from .build import TexError
from .mathparse import MathError, NameTable, parse_math, split_top
from .scanner import Item

__all__ = ["make_claim", "make_route", "derived_names", "RELATIONS"]

#: How the printed relation is written in the optional argument -> the ledger's relation.
RELATIONS = {"": "≈", "\\approx": "≈", "=": "=", "\\sim": "∼", "\\simeq": "≈", "~": "∼"}


def derived_names(d: Derivation) -> dict[Any, tuple[tuple[Any, ...], Any]]:
    """Every name the derivation defines -> (its arguments, the value the kernel derived for it).

    A premise defines its left-hand side; a step defines the left-hand side the author wrote
    with the right-hand side the rule derived. A later definition replaces an earlier one.
    """
    params = {p.symbol for p in d.symbols}
    out: dict[Any, tuple[tuple[Any, ...], Any]] = {}

    def record(lhs: Any, rhs: Any) -> None:
        if isinstance(lhs, sympy.Subs):  # h at D = 3: the name h, as the chain specialized it
            lhs = lhs.expr
        if isinstance(lhs, sympy.Symbol) and lhs not in params:
            out[lhs] = ((), rhs)
        elif isinstance(lhs, AppliedUndef) and all(isinstance(a, sympy.Symbol) for a in lhs.args):
            out[lhs.func] = (lhs.args, rhs)

    for p in d.premises:
        if isinstance(p.expr, sympy.Eq):
            record(p.expr.lhs, p.expr.rhs)
    for o in d.replay():
        if o.error is None and isinstance(o.output, sympy.Eq) and isinstance(o.expect, sympy.Eq):
            record(o.expect.lhs, o.output.rhs)
    return out


def _substitute_names(expr: Any, names: dict[Any, tuple[tuple[Any, ...], Any]]) -> Any:
    for _ in range(8):
        apps = {a: names[a.func][1].xreplace(dict(zip(names[a.func][0], a.args)))
                for a in expr.atoms(AppliedUndef) if a.func in names}
        syms = {s: names[s][1] for s in expr.free_symbols if s in names}
        if not apps and not syms:
            break
        expr = expr.xreplace({**apps, **syms})
    return expr


def _value(expr: Any) -> mpmath.mpf:
    value = sympy.N(expr, mpmath.mp.dps + 10)
    if value.free_symbols:
        raise ValueError(f"the formula still depends on {', '.join(sorted(map(str, value.free_symbols)))}: give "
                         f"its value after a comma (\\wcclaim{{formula, x = 1/2}}{{printed}})")
    if not (value.is_real and value.is_finite):
        raise ValueError(f"the formula's value {value} is not a finite real number")
    return mpmath.mpf(sympy.Float(value, mpmath.mp.dps + 10)._mpf_)


def make_claim(item: Item, index: int, d: Derivation, names: NameTable, path: str) -> Claim:
    r"""The :class:`Claim` ``item`` (a ``\wcclaim``) states, computed from ``d``'s derived forms."""
    relation = RELATIONS.get((item.option or "").strip())
    if relation is None:
        raise TexError(path, item.line, f"\\wcclaim[{item.option}]: the relation is one of =, \\approx, \\sim",
                       item.text)
    parts = [p.strip() for p in split_top(item.text, (",",)) if p.strip() and p.strip() != ","]
    try:
        formula = parse_math(parts[0], names, allow_new=True)
        assign = {}
        for part in parts[1:]:
            if "=" not in part:
                raise MathError("parse", f"{part!r}: after the formula come values, symbol = number")
            lhs, rhs = part.split("=", 1)
            assign[parse_math(lhs, names, allow_new=True)] = parse_math(rhs, NameTable())
    except MathError as exc:
        raise TexError(path, item.line, f"\\wcclaim: {exc}", item.text, exc.kind) from None
    printed = " ".join((item.extra or "").split()).strip("$ ")
    try:
        from verify.claims import parse_printed
        parse_printed(printed.replace("\\cdot", "·").replace("\\times", "×"))
    except ValueError as exc:
        raise TexError(path, item.line, f"\\wcclaim: the printed value {printed!r} is not a number: {exc}",
                       item.text) from None
    printed = printed.replace("\\cdot", "·").replace("\\times", "×")

    def compute() -> mpmath.mpf:
        expr = _substitute_names(formula, derived_names(d))
        return _value(expr.xreplace(assign))

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

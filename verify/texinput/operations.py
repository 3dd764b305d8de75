r"""The short annotation of a line that is not an equivalence: ``\wcby{differentiate in N}`` -> a rule.

Each phrase names one of the kernel's built-in rules (:mod:`derivations._rules`) and its
arguments, written as mathematics in the paper's own notation:

=====================================================  ==========================================
``\wcby{...}``                                         rule
=====================================================  ==========================================
``simplify`` · ``rewrite`` · ``expand`` (or nothing)   ``Simplify`` · ``Rewrite`` · ``Expand``
``substitute \eqref{eq:law}`` · ``substitute law``     ``Substitute(using=...)`` (a named equation)
``substitute x = 1/2``                                 ``Substitute(mapping={x: 1/2})``
``differentiate in N`` (``..., 2 times``)              ``Differentiate(N, order)``
``log-derivative in x``                                ``LogDerivative(x)``
``limit N \to \infty`` · ``limit x \to 0^+``           ``Limit(N, oo)`` · ``Limit(x, 0, "+")``
``solve for x`` (``, root 2``)                         ``SolveFor(x)`` or ``SolveInequality(x)``
``multiply by c`` · ``divide by c``                    ``MultiplyBoth`` · ``DivideBoth``
``add t`` · ``subtract t``                             ``AddBoth(t)`` · ``AddBoth(-t)``
``raise to the power k`` · ``take logs`` · ``exponentiate``  ``PowerBoth`` · ``LogBoth`` · ``ExpBoth``
``integrate in x from a to b``                         ``Integrate(x, a, b)``
``series in x about 0 to order 3``                     ``SeriesExpand(x, 0, 3)``
=====================================================  ==========================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

import sympy

from derivations import (AddBoth, Differentiate, DivideBoth, ExpBoth, Expand, Integrate, Limit, LogBoth,
                         LogDerivative, MultiplyBoth, PowerBoth, Rewrite, SeriesExpand, Simplify, SolveFor,
                         SolveInequality, Substitute)

from .mathparse import MathError, NameTable, parse_math

__all__ = ["OperationError", "Operation", "parse_operation", "PHRASES"]


class OperationError(ValueError):
    """An annotation names no operation the kernel knows, or its arguments cannot be read."""


@dataclass(frozen=True)
class Operation:
    """A parsed annotation: ``make(expect, name, on)`` builds the rule; ``equivalence`` says which kind."""

    phrase: str
    make: Callable[..., Any]
    equivalence: bool


_VAR = r"(?P<var>.+?)"
_REL_SIDE = (r"(?:in|with respect to|w\.?r\.?t\.?|over)")

#: The phrases, in the order they are tried: (key, regex, how the error message shows it).
PHRASES = (
    ("simplify", r"(?:simplify|simplification|algebra)", "simplify"),
    ("rewrite", r"(?:rewrite|rearrange|equivalently)", "rewrite"),
    ("expand", r"expand", "expand"),
    ("substitute", r"(?:substitute|use|insert|by)\s+(?P<what>.+)",
     "substitute <equation name> | substitute x = <value>"),
    ("differentiate", r"(?:differentiate|derivative)\s+" + _REL_SIDE + r"\s+" + _VAR
     + r"(?:\s*,?\s*(?P<n>\d+)\s*times)?", "differentiate in x [, n times]"),
    ("logderivative", r"log(?:arithmic)?[- ]?derivative\s+" + _REL_SIDE + r"\s+" + _VAR, "log-derivative in x"),
    ("limit", r"(?:take the )?limit\s+(?P<var>.+?)\s*(?:\\to|->|→|\\rightarrow)\s*(?P<point>.+)",
     r"limit x \to a"),
    ("solve", r"solve\s+for\s+" + _VAR + r"(?:\s*,\s*root\s+(?P<root>\d+))?", "solve for x [, root k]"),
    ("multiply", r"multiply(?: both sides)?\s+by\s+(?P<arg>.+)", "multiply by c"),
    ("divide", r"divide(?: both sides)?\s+by\s+(?P<arg>.+)", "divide by c"),
    ("add", r"add\s+(?P<arg>.+?)(?:\s+to both sides)?", "add t"),
    ("subtract", r"subtract\s+(?P<arg>.+?)(?:\s+from both sides)?", "subtract t"),
    ("power", r"raise(?: both sides)?\s+to\s+(?:the\s+)?power\s+(?P<arg>.+)", "raise to the power k"),
    ("log", r"(?:take\s+(?:the\s+)?)?log(?:arithm)?s?(?: of both sides)?|log both sides", "take logs"),
    ("exp", r"exponentiate(?: both sides)?", "exponentiate"),
    ("integrate", r"integrate\s+" + _REL_SIDE + r"\s+" + _VAR + r"\s+from\s+(?P<lo>.+?)\s+to\s+(?P<hi>.+)",
     "integrate in x from a to b"),
    ("series", r"(?:expand in )?series\s+in\s+" + _VAR
     + r"\s+(?:about|at|around)\s+(?P<point>.+?)\s+to\s+order\s+(?P<n>\d+)", "series in x about a to order n"),
)


def _math(text: str, names: NameTable) -> Any:
    text = re.sub(r"^\$|\$$", "", text.strip())
    return parse_math(text, names)


def _symbol(text: str, names: NameTable) -> sympy.Symbol:
    expr = _math(text, names)
    if not isinstance(expr, sympy.Symbol):
        raise OperationError(f"{text!r} is not a single declared symbol")
    return expr


def _reference(text: str, labels: dict[str, str]) -> str | None:
    r"""The form a reference names: ``\eqref{eq:law}``, ``(\ref{eq:law})``, ``eq:law`` or a premise name."""
    m = re.fullmatch(r"\(?\s*(?:eq\.?|equation)?\s*\\(?:eq)?ref\s*\{([^}]*)\}\s*\)?", text.strip(), re.I)
    key = m.group(1).strip() if m else text.strip()
    return labels.get(key)


def parse_operation(text: str, names: NameTable, labels: dict[str, str], previous: Any) -> Operation:
    r"""The rule an annotation names. ``labels`` maps a premise name or ``\label`` to its form's name;
    ``previous`` is the form the line starts from (it decides ``SolveFor`` or ``SolveInequality``)."""
    phrase = " ".join(re.sub(r"\\(?:text|textrm|mathrm|mbox)\s*\{([^{}]*)\}", r"\1", text).split())
    phrase = re.sub(r"^\s*(?:by|we|then)\s+(?=\w)", "", phrase) if not phrase.lower().startswith("by ") else phrase
    try:
        return _parse(phrase.strip().rstrip(".;,"), names, labels, previous)
    except MathError as exc:
        raise OperationError(f"in the annotation \\wcby{{{text}}}: {exc}") from None


def _parse(phrase: str, names: NameTable, labels: dict[str, str], previous: Any) -> Operation:
    for key, pattern, _ in PHRASES:
        m = re.fullmatch(pattern, phrase, re.I)
        if m is None:
            continue
        g = m.groupdict()
        if key == "simplify":
            return Operation(phrase, lambda **kw: Simplify(**kw), True)
        if key == "rewrite":
            return Operation(phrase, lambda **kw: Rewrite(**kw), True)
        if key == "expand":
            return Operation(phrase, lambda **kw: Expand(**kw), True)
        if key == "substitute":
            return _substitute(g["what"], names, labels)
        if key == "differentiate":
            var, order = _symbol(g["var"], names), int(g.get("n") or 1)
            return Operation(phrase, lambda **kw: Differentiate(var, order, **kw), False)
        if key == "logderivative":
            var = _symbol(g["var"], names)
            return Operation(phrase, lambda **kw: LogDerivative(var, **kw), False)
        if key == "limit":
            return _limit(g["var"], g["point"], names, phrase)
        if key == "solve":
            var = _symbol(g["var"], names)
            root = int(g["root"]) - 1 if g.get("root") else None
            if isinstance(previous, (sympy.StrictGreaterThan, sympy.StrictLessThan, sympy.GreaterThan,
                                     sympy.LessThan)):
                return Operation(phrase, lambda **kw: SolveInequality(var, **kw), False)
            return Operation(phrase, lambda **kw: SolveFor(var, root, **kw), False)
        if key in ("multiply", "divide", "add", "subtract", "power"):
            arg = _math(g["arg"], names)
            make = {"multiply": lambda **kw: MultiplyBoth(factor=arg, **kw),
                    "divide": lambda **kw: DivideBoth(divisor=arg, **kw),
                    "add": lambda **kw: AddBoth(term=arg, **kw),
                    "subtract": lambda **kw: AddBoth(term=-arg, **kw),
                    "power": lambda **kw: PowerBoth(exponent=arg, **kw)}[key]
            return Operation(phrase, make, False)
        if key == "log":
            return Operation(phrase, lambda **kw: LogBoth(**kw), False)
        if key == "exp":
            return Operation(phrase, lambda **kw: ExpBoth(**kw), False)
        if key == "integrate":
            var, lo, hi = _symbol(g["var"], names), _math(g["lo"], names), _math(g["hi"], names)
            return Operation(phrase, lambda **kw: Integrate(var, lo, hi, **kw), False)
        if key == "series":
            var, point, n = _symbol(g["var"], names), _math(g["point"], names), int(g["n"])
            return Operation(phrase, lambda **kw: SeriesExpand(var, point, n, **kw), False)
    known = "; ".join(d for _, _, d in PHRASES)
    raise OperationError(f"the annotation \\wcby{{{phrase}}} names no operation the checker knows; write one of: "
                         f"{known}")


def _substitute(what: str, names: NameTable, labels: dict[str, str]) -> Operation:
    target = _reference(what, labels)
    if target is not None:
        return Operation(f"substitute {what}", lambda **kw: Substitute(using=target, **kw), False)
    if "=" in what:
        mapping = {}
        for part in what.split(","):
            if "=" not in part:
                raise OperationError(f"substitute {what!r}: each part must be symbol = value")
            lhs, rhs = part.split("=", 1)
            mapping[_symbol(lhs, names)] = _math(rhs, names)
        return Operation(f"substitute {what}", lambda **kw: Substitute(mapping=mapping, **kw), False)
    known = ", ".join(sorted(labels)) or "none yet"
    raise OperationError(f"substitute {what!r}: no premise or labelled line is called {what.strip()!r} "
                         f"(known: {known}); name one with \\wcpremise{{name}} or \\label{{...}}")


def _limit(var_text: str, point_text: str, names: NameTable, phrase: str) -> Operation:
    var = _symbol(var_text, names)
    point_text = point_text.strip()
    direction = None
    m = re.fullmatch(r"(.+?)\s*\^\s*\{?\s*([+-])\s*\}?", point_text)
    if m:
        point_text, direction = m.group(1), m.group(2)
    point = _math(point_text, names)
    if point in (sympy.oo, -sympy.oo):
        direction = None
    elif direction is None:
        raise OperationError(f"the limit {var} \\to {point_text} must state its side: write {point_text}^+ "
                             f"(from above) or {point_text}^- (from below)")
    return Operation(phrase, lambda **kw: Limit(var, point, direction, **kw), False)

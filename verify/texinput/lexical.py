r"""Notation SymPy's LaTeX parser misreads, settled before it parses: ``n!!``, ``1.5e3``, ``1/2x``.

* ``5!!`` is the double factorial 5·3·1 = 15 (:func:`sympy.factorial2`), as every reader reads
  it; SymPy's parser reads (5!)! = 120!. The factorial of a factorial is written ``(5!)!``.
  Three or more ``!`` in a row, or ``!`` separated by braces (``{5!}!`` prints as 5!!), are refused.
* ``1.5e3`` is not LaTeX notation: TeX prints the letter e, so it reads as 1.5·e·3 (Euler's
  number) to the parser and as 1500 to a programmer. It is refused: write ``1.5 \times 10^{3}``.
* ``1/2x`` is (1/2)·x to some readers and 1/(2x) to others (SymPy's parser reads the second),
  ``x/yx`` likewise. A factor juxtaposed after the divisor of a ``/`` is refused: write
  ``\frac{1}{2}x``, ``x/(2y)`` or ``(x/y)\,x``. ``\int x/y\,dx`` (the differential) is not a factor.

The text given is the row after names and decimals became ``Q_{...}`` placeholders.
"""

from __future__ import annotations

import re
from typing import Mapping

import sympy
from sympy.core.function import AppliedUndef

__all__ = ["double_factorials", "restore_double_factorials", "check_exponent_notation", "check_slash_products",
           "DOUBLE_FACTORIAL_KEY"]

#: Double-factorial placeholders are functions ``Q_{70000+k}``; names are Q_{90000+k}, decimals Q_{80000+k}.
DOUBLE_FACTORIAL_KEY = 70000

_TOKEN = r"Q_\{\d+\}"
_RUN = re.compile(r"!(?:[\s{}]*!)+")


def _operand_start(text: str, end: int) -> int | None:
    """Where the operand ending at ``text[end - 1]`` starts: a numeral, a placeholder, a letter, or a
    balanced ``(...)``/``{...}``/``[...]`` group; None when there is none."""
    i = end
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == 0:
        return None
    c = text[i - 1]
    if c in ")}]":
        opening = {")": "(", "}": "{", "]": "["}[c]
        depth, j = 0, i - 1
        while j >= 0:
            if text[j] == c:
                depth += 1
            elif text[j] == opening:
                depth -= 1
                if depth == 0:
                    m = re.search(r"Q_$", text[:j])  # a placeholder Q_{123} is one token
                    return m.start() if m and opening == "{" else j
            j -= 1
        return None
    m = re.search(r"(?:\d+|[A-Za-z])$", text[:i])
    return m.start() if m else None


def double_factorials(text: str) -> str:
    r"""``text`` with every ``A!!`` as the placeholder function ``Q_{70000}(A)`` (see the module)."""
    out, k = text, 0
    while True:
        m = _RUN.search(out)
        if m is None:
            return out
        run = m.group(0)
        if "{" in run or "}" in run:
            raise_ambiguous(f"{' '.join(run.split())!r}: a factorial of a factorial written with braces prints as a "
                            f"double factorial; write (n!)! for the one or n!! for the other")
        if run.count("!") > 2:
            raise_ambiguous(f"{run.count('!')} factorial signs in a row: write the iterated factorials with "
                            f"parentheses, ((n!)!)! or (n!!)!")
        start = _operand_start(out, m.start())
        if start is None:
            raise_ambiguous("!! without a number or name before it")
        before = out[:start].rstrip()
        if before.endswith(("^", "_")):
            raise_ambiguous(f"{out[start:m.start()].strip()}!! right after {before[-1]}: write the power in braces, "
                            f"e.g. x^{{n!!}} or (x^n)!!")
        operand = out[start:m.start()].strip()
        if operand.startswith("{"):  # \sqrt{x}!!, \frac{a}{b}!!: a command's argument, not the operand
            raise_ambiguous(f"!! after {before.split()[-1] if before.split() else ''}{operand}: put what the double "
                            f"factorial applies to in parentheses, e.g. (\\sqrt{{x}})!!")
        out = f"{out[:start]} Q_{{{DOUBLE_FACTORIAL_KEY + k}}}({operand}) {out[m.end():]}"
        k += 1


def restore_double_factorials(expr: object) -> object:
    """The parsed expression with the placeholder functions of :func:`double_factorials` as ``factorial2``."""
    def is_placeholder(e: object) -> bool:
        if not isinstance(e, AppliedUndef):
            return False
        m = re.fullmatch(r"Q_\{(\d+)\}", e.func.__name__)
        return bool(m) and DOUBLE_FACTORIAL_KEY <= int(m.group(1)) < DOUBLE_FACTORIAL_KEY + 10000
    return sympy.sympify(expr).replace(is_placeholder, lambda e: sympy.factorial2(e.args[0]))


def raise_ambiguous(message: str) -> None:
    from .mathparse import MathError
    raise MathError("ambiguous", message)


#: Spaces do not matter in TeX's math mode: ``1.5 e3`` prints as ``1.5e3``.
_EXPONENT = re.compile(r"(?<![\w}])(\d+(?:\.\d*)?|\.\d+)\s*([eE])(?:\s*(\d+)|([+-]\d+))")


def check_exponent_notation(text: str) -> None:
    """Refuse ``1.5e3`` (a programmer's exponent, which TeX prints with the letter e)."""
    m = _EXPONENT.search(text)
    if m is not None:
        mantissa, exponent = m.group(1), m.group(3) or m.group(4)
        read = f"{mantissa}·e·{exponent}" if m.group(3) else f"{mantissa}·e {exponent[0]} {exponent[1:]}"
        raise_ambiguous(f"{' '.join(m.group(0).split())!r} is not a number in LaTeX (it prints the letter e and "
                        f"reads as {read}): write {mantissa} \\times 10^{{{exponent.lstrip('+')}}}")


#: Commands that begin a factor (a juxtaposition after a divisor); the others are operators or relations.
_FACTOR_COMMANDS = {"frac", "sqrt", "exp", "ln", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "arcsin",
                    "arccos", "arctan", "infty", "int", "sum", "prod", "lim", "binom", "partial", "lfloor", "lceil"}


_FUNCTIONS = {"exp", "ln", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "arcsin", "arccos", "arctan"}


def _skip_operand(text: str, i: int, products: frozenset[str] = frozenset()) -> int | None:
    """The end of the operand starting at ``text[i]`` (a numeral, placeholder, letter, group, command
    with its braced arguments, or a function applied to parentheses: ``g(x)``, ``\\sin(x)``), with its
    powers, subscripts and factorials; None when none starts there. A name in ``products`` (a declared
    symbol) before parentheses is a factor of a product, not a function."""
    from .scanner import read_group
    m = re.compile(_TOKEN + r"|\d+|[A-Za-z]").match(text, i)
    c = None
    if m is not None:
        i = m.end()
        called = not m.group(0)[0].isdigit() and m.group(0) not in products
    elif i < len(text) and text[i] in "({[":
        group = read_group(text, i, text[i], {"(": ")", "{": "}", "[": "]"}[text[i]])
        if group is None:
            return None
        i, called = group[1], False
    elif (c := re.compile(r"\\([A-Za-z]+)").match(text, i)) is not None and c.group(1) in _FACTOR_COMMANDS:
        i = c.end()
        while (g := read_group(text, i)) is not None:
            i = g[1]
        called = c.group(1) in _FUNCTIONS
    else:
        return None
    while True:  # ^{...}, _x, !, and the parentheses of a function's arguments
        m = re.compile(r"\s*([\^_])\s*").match(text, i)
        if m is not None:
            end = _skip_operand(text, m.end(), products)
            if end is None:
                return i
            i = end
            continue
        m = re.compile(r"\s*!").match(text, i)
        if m is not None:
            i = m.end()
            continue
        m = re.compile(r"\s*\(").match(text, i)
        if called and m is not None and (group := read_group(text, m.end() - 1, "(", ")")) is not None:
            i, called = group[1], False
            continue
        return i


def check_slash_products(text: str, shown: Mapping[str, str] | None = None,
                         products: frozenset[str] = frozenset()) -> None:
    """Refuse a factor juxtaposed after the divisor of ``/`` (``1/2x``, ``x/yx``): see the module.

    ``shown`` maps placeholders back to what the author wrote, for the message; ``products`` are
    the tokens of declared symbols (``y(x+1)`` is then a product, not a function applied).
    """
    for m in re.finditer(r"/", text):
        start = m.end()
        while start < len(text) and text[start] == " ":
            start += 1
        end = _skip_operand(text, start, products)
        if end is None:
            continue
        rest = text[end:].lstrip()
        following = _skip_operand(rest, 0, products)
        if following is None:
            continue
        if "\\int" in text and re.match(r"d\s*(?:" + _TOKEN + r"|[A-Za-z])", rest):
            continue  # \int x/y dx: the differential
        divisor, factor = (re.sub(_TOKEN, lambda t: (shown or {}).get(t.group(0), t.group(0)), piece).strip()
                           for piece in (text[start:end], rest[:following]))
        raise_ambiguous(f"/{divisor} {factor} is ambiguous: some read it as (…/{divisor})·{factor}, others as "
                        f"…/({divisor}·{factor}); write \\frac{{…}}{{{divisor}}}{factor}, or put the divisor in "
                        f"parentheses")

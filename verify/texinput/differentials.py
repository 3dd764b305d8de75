r"""A derivative's ``d``, read the same whatever the names: ``\frac{d\tau}{d\theta}`` as ``\frac{dy}{dx}``.

SymPy's LaTeX lexer takes ``d`` followed by one letter or one command as a differential, so a
name the checker has turned into a placeholder (``\tau``, ``x_1``, ``N_{crit}``: ``Q_{90000}``)
after a ``d`` stopped it. Before the parser runs (on the text with placeholders):

* a d-fraction ``\frac{d Y}{d X}`` (``\frac{d^n Y}{d X^n}``, ``\frac{d}{d X} Y``) becomes
  ``(\frac{d}{d X} … (Y))``, ``n`` times; the orders above and below must agree
  (``\frac{d^2 y}{dx}`` is refused); ``\frac{d Y}{d\ln X}`` is ``X·dY/dX`` (a logarithmic derivative);
* braces that print nothing are read through (``{dx}``, ``d{x}``, ``{{d}}{x}``: review 12), and a
  fraction of partials ``\frac{\partial^n Y}{\partial X^n}`` is read as the d-fraction (every other
  name is held fixed: a name is a parameter or a function of the parameters); a mixed partial
  (two ``\partial`` below) is refused;
* a name after a ``d`` (a d-fraction's, ``\int … d\theta``, ``m\,d\tau``) is written, everywhere
  in the row, as a command ``\wcdvara`` the lexer keeps whole (so that ``f|_{\theta=0}`` still
  evaluates at the same symbol), and mapped back to the name after parsing.

After parsing, a differential that is neither a d-fraction's nor an integral's (SymPy's symbol
``dx``) is the product d·x, as ``d x`` is typeset: ``d`` must then be a declared symbol.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, MutableMapping

import sympy

__all__ = ["read_derivatives", "alias_names", "differential_products"]

_ALIAS = "wcdvar"
_VAR = r"(Q_\{9\d{4}\}|[A-Za-z])"  # a name's placeholder or one letter
_ORDER = r"(?:\^\s*(?:\{\s*(\d+)\s*\}|(\d)))?"
_LOWER = re.compile(r"\s*d\s*(\\ln\s*)?" + _VAR + r"\s*" + _ORDER + r"\s*")
_LOWER_D = re.compile(r"\s*\(?\s*d\s*(?:[A-Za-z(\\^]|Q_)")  # a d below (d^2 x, (dx)^2 too): meant as a derivative
_PARTIAL = re.compile(r"\\partial(?![A-Za-z])\s*")
_UPPER = re.compile(r"\s*d(?![A-Za-z]{2})\s*" + _ORDER + r"\s*(.*)", re.S)
_FRAC = re.compile(r"\\frac\s*(?=\{)")
_NOT_OPERAND = ("+", "-", "=", "<", ">", ",", "/", "!", "^", "_", ")")
_BARE = re.compile(r"(?<![\\A-Za-z])d\s*(Q_\{9\d{4}\})")


def _alias(var: str, table: MutableMapping[str, tuple[str, int]]) -> str:
    """A command ``\\wcdvar<letters>`` standing for the placeholder ``var`` (recorded in ``table``); a letter as is."""
    if not var.startswith("Q_"):
        return var
    target = table.get(var, (var, 0))
    for key, value in table.items():
        if key.startswith(_ALIAS) and value == target:
            return "\\" + key
    k, letters = sum(1 for key in table if key.startswith(_ALIAS)), ""
    while True:
        k, r = divmod(k, 26)
        letters = chr(97 + r) + letters
        if k == 0:
            break
    table[_ALIAS + letters] = target
    return "\\" + _ALIAS + letters


def _flatten(piece: str) -> str:
    r"""``piece`` without the braces that do not change the page: a group that is no command's
    argument, script or second argument prints its content as it is, so ``{dx}``, ``d{x}``,
    ``{d}x`` and ``{{d}}{x}`` are all ``dx`` (review 12: ``\frac{dy}{{dx}}`` was read as y/x)."""
    from .markup import read_group

    for _ in range(64):
        for k, char in enumerate(piece):
            if char != "{" or (k and piece[k - 1] == "\\"):
                continue
            left = piece[:k].rstrip()
            if re.search(r"(?:[\^_}\]]|\\[A-Za-z]+\*?|\\[^A-Za-z])\Z", left):
                continue  # a script, a command's argument (\sqrt{x}, \frac{a}{b}) or \{
            group = read_group(piece, k)
            if group is None:
                return piece
            piece = piece[:k] + " " + group[0] + " " + piece[group[1]:]
            break
        else:
            return piece
    return piece


def read_derivatives(text: str, table: MutableMapping[str, tuple[str, int]], shown: Mapping[str, str]) -> str:
    r"""``text`` with its d-fractions spelled for the parser (see the module); ``table`` gains the aliases.

    ``shown`` maps placeholders back to the author's names, for the message of a refused fraction.
    """
    from .markup import read_group
    from .mathparse import MathError

    def show(piece: str) -> str:
        return re.sub(r"Q_\{\d+\}", lambda t: shown.get(t.group(0), t.group(0)), piece).strip()

    out, i = [], 0
    for m in _FRAC.finditer(text):
        if m.start() < i:
            continue
        upper = read_group(text, m.end())
        lower = read_group(text, upper[1]) if upper else None
        if lower is None:
            continue
        written = f"\\frac{{{show(upper[0])}}}{{{show(lower[0])}}}"  # as the author wrote it, for messages
        upper, lower = (_flatten(upper[0]), upper[1]), (_flatten(lower[0]), lower[1])
        if _PARTIAL.match(upper[0]) and _PARTIAL.match(lower[0]):
            if len(_PARTIAL.findall(lower[0])) > 1:
                raise MathError("parse", f"{written}: a mixed partial "
                                         f"derivative is not read; write it as one derivative of another, "
                                         f"\\frac{{\\partial}}{{\\partial x}}\\frac{{\\partial f}}{{\\partial y}}")
            # ∂ and d mean the same here: every other name is held fixed (a name is a parameter or
            # a function of the parameters), so the partial derivative is SymPy's Derivative
            upper = (_flatten(_PARTIAL.sub("d ", upper[0])), upper[1])
            lower = (_flatten(_PARTIAL.sub("d ", lower[0])), lower[1])
        low = _LOWER.fullmatch(lower[0])
        up = _UPPER.fullmatch(upper[0])
        if low is None:
            if up is not None and _LOWER_D.match(lower[0]):
                raise MathError("parse", f"{written}: a derivative's variable "
                                         f"below is one name after d, with the order as a power "
                                         f"(\\frac{{d^2 y}}{{dx^2}})")
            continue
        if up is None and not re.match(r"\s*d", upper[0]):
            continue  # \frac{1}{dx}: not a derivative (the product of d and x)
        n_up = int(up.group(1) or up.group(2) or 1) if up else 0
        n_low = int(low.group(3) or low.group(4) or 1)
        log = bool(low.group(1))
        operand = up.group(3).strip() if up else ""
        if n_up != n_low or (log and n_up != 1) or operand[:1] in _NOT_OPERAND \
                or operand.startswith(("\\cdot", "\\times")) or (log and not operand):
            raise MathError("parse", f"{written} is not a derivative the "
                                     f"checker reads: write \\frac{{dy}}{{dx}}, \\frac{{d^2 y}}{{dx^2}} (the same "
                                     f"order above and below), \\frac{{d}}{{dx}}(...) or "
                                     f"\\frac{{d \\ln y}}{{d \\ln x}}")
        var = _alias(low.group(2), table)
        body = ("\\frac{d}{d" + var + "}") * n_up
        if log:  # d Y / d ln X = X dY/dX
            body = f"{var} \\cdot {body}"
        out.append(text[i:m.start()])
        out.append(f" ({body}({operand})) " if operand else f" {body} ")
        i = lower[1]
    out.append(text[i:])
    return _BARE.sub(lambda b: "d" + _alias(b.group(1), table), "".join(out))


def alias_names(text: str, table: Mapping[str, tuple[str, int]]) -> str:
    """Every placeholder of a name that has an alias (a name after a ``d``) as that alias, everywhere in ``text``."""
    aliases = {v: k for k, v in table.items() if k.startswith(_ALIAS)}
    if not aliases:
        return text
    return re.sub(r"Q_\{9\d{4}\}", lambda q: f" \\{aliases[table[q.group(0)]]} " if table.get(q.group(0)) in aliases
                  else q.group(0), text)


def differential_products(expr: Any, table: Mapping[str, tuple[str, int]]) -> Any:
    """Each symbol ``dX`` the parser made of a bare differential (``m d x``) as the product ``d·X``."""
    def split(s: sympy.Symbol) -> Any:
        rest = s.name[1:]
        if s.name in table or not s.name.startswith("d") or not (
                re.fullmatch(r"[A-Za-z]", rest) or rest in table and rest.startswith(_ALIAS)):
            return None
        return sympy.Symbol("d") * sympy.Symbol(rest)

    mapping = {s: p for s in expr.atoms(sympy.Symbol) if (p := split(s)) is not None}
    return expr.xreplace(mapping) if mapping else expr

r"""Where TeX typesets something other than what the source seems to say: refused, naming the construct.

The checker reads what TeX prints. Where a reader of the source and a reader of the PDF would
disagree, the row is refused with the two readings, so that the author writes the one meant:

* a superscript or subscript without braces is ONE token in TeX (a digit, a letter, a control
  sequence): ``x^23`` prints x²3, ``e^2x`` prints e²x, ``x^ab`` prints xᵃb, ``N_crit`` prints N꜀rit,
  ``e^-x`` prints e⁻x, ``x^\frac12`` raises a macro's first token; a double script ``x^2^3`` is a
  TeX error;
* a number directly before a fraction of numbers, ``1\frac{1}{2}x``, prints the mixed number 1½x
  (3x/2 to most readers, 1·½·x to the parser; ``2\frac{dy}{dx}`` is a product to all), and a digit directly after one, ``\frac{1}{2}3`` or
  ``\frac123``, prints ½3;
* spacing between digits, ``2\,3`` or ``2~3``, prints "2 3": a digit group or a product;
* a function's name with a superscript before its argument, ``f^{-1}(x)``, ``f^{2}(x)``, ``f^{(2)}(x)``:
  the inverse, a power of f(x) or a derivative to different readers (a declared symbol's power before
  parentheses, ``a^{2}(x+1)``, is a product to all, and ``\sin^{2}(x)`` is read as it is meant);
* ``\cdots``, ``\ldots``, ``\pm``, ``\vert``...: SymPy's grammar reads each as a symbol of that name
  (``1 + 2 + \cdots + n`` as 3 + n + cdots).

>>> check_scripts("x^{2} + y_{1} + x^2 y + e^{-x} + a_1^2 + \\alpha^\\beta")
>>> check_scripts("x^23")
Traceback (most recent call last):
...
verify.texinput.mathparse.MathError: x^23 raises only 2 in TeX (one token after ^: it prints x^{2}3); write x^{23} or x^{2}3
"""

from __future__ import annotations

import re

__all__ = ["check_digit_spacing", "check_scripts", "check_fractions", "check_powered_calls",
           "check_parser_symbols"]

#: Control sequences that are one symbol in a script: ``x^\alpha``, ``f^\prime``, ``x^\infty``.
_SYMBOLS = {"infty", "prime", "ast", "star", "circ", "dagger", "ddagger", "top", "perp", "pm", "mp", "bullet"}
#: Spacing TeX prints between two digits (``\,`` thin, ``~`` a tie, ``\quad`` ...), in a row's source.
_SPACING = (r"(?:\\[,;:!> ]|~|\\(?:q?quad|thinspace|medspace|thickspace|enspace|enskip|negthinspace|"
            r"negmedspace|negthickspace)(?![A-Za-z])|\\(?:hspace\*?|mspace|hskip|kern|mkern)\s*(?:\{[^{}]*\})?)")
_DIGIT_SPACING = re.compile(r"(\d)((?:\s*" + _SPACING + r")+)\s*(\d)")


def _refuse(message: str) -> None:
    from .mathparse import MathError
    raise MathError("ambiguous", message)


def check_digit_spacing(text: str) -> None:
    r"""Refuse spacing between two digits (``2\,3``): TeX prints "2 3", which is read as a digit
    group (23) by some and as a product (6) by others; the parser would read 23."""
    m = _DIGIT_SPACING.search(text)
    if m is not None:
        a, space, b = m.group(1), " ".join(m.group(2).split()), m.group(3)
        _refuse(f"{a}{space}{b} prints the digits {a} and {b} apart: a digit group ({a}{b}) to some readers, a "
                f"product to others; write {a}{b}, or {a} \\cdot {b} for the product")


def _group_end(text: str, i: int) -> int | None:
    from .markup import read_group
    g = read_group(text, i)
    return None if g is None else g[1]


def _token_end(text: str, i: int) -> tuple[str, int] | None:
    """The one token of TeX starting at ``text[i]`` (a braced group counts as one): (it, its end)."""
    if i >= len(text):
        return None
    if text[i] == "{":
        end = _group_end(text, i)
        return None if end is None else (text[i:end], end)
    if text[i] == "\\":
        m = re.compile(r"\\(?:[A-Za-z]+|.)").match(text, i)
        return (m.group(0), m.end()) if m else None
    return text[i], i + 1


def check_scripts(text: str) -> None:
    """Refuse a superscript or subscript whose braces the source leaves out where TeX and a reader of
    the source take different tokens (see the module); a single digit, letter or symbol is fine."""
    for m in re.finditer(r"(?<!\\)[\^_]", text):
        mark, i = m.group(0), m.end()
        while i < len(text) and text[i] == " ":
            i += 1
        base = text[max(0, m.start() - 12):m.start()].split(" ")[-1] or "x"
        token = _token_end(text, i)
        if token is None:
            _refuse(f"{mark} has nothing after it that TeX can raise: write {base}{mark}{{...}}")
        tok, end = token
        if tok[0] == "\\" and tok[0:2] != "\\{":
            name = tok[1:]
            from .mathparse import GREEK
            if name not in GREEK and name not in _SYMBOLS:
                _refuse(f"{base}{mark}{tok} without braces takes only the first token of {tok} in TeX (the "
                        f"reading depends on how {tok} is defined): write {base}{mark}{{{tok}...}} with its "
                        f"arguments inside the braces")
        elif tok in ("-", "+") and not re.match(r"\s*[A-Za-z0-9\\({]", text[end:]):
            pass  # x \to 0^+, a^-_{...}: the sign alone is the script
        elif tok in ("-", "+", "(", "=", "<", ">", "|", "[", "/"):
            rest = text[end:end + 6].split(" ")[0]
            _refuse(f"{base}{mark}{tok}{rest} raises only {tok!r} in TeX (one token after {mark}): write "
                    f"{base}{mark}{{{tok}{rest}...}} with the whole {'exponent' if mark == '^' else 'index'} "
                    f"in braces")
        elif tok[0].isalnum():
            nxt = text[end:end + 1]
            spaced = text[end:].lstrip(" ")[:1]
            digits = tok.isdigit() and spaced.isdigit()
            adjacent = nxt.isalnum() and (mark == "^" or not (tok.isdigit() and nxt.isalpha()))
            if digits or adjacent:
                word = re.match(r"\d *\d+" if digits else r"[A-Za-z0-9]+", text[i:]).group(0)
                _refuse(f"{base}{mark}{word} {'raises' if mark == '^' else 'lowers'} only {tok} in TeX (one token "
                        f"after {mark}: it prints {base}{mark}{{{tok}}}{word[1:].lstrip()}); write "
                        f"{base}{mark}{{{word.replace(' ', '')}}} or {base}{mark}{{{tok}}}{word[1:].lstrip()}")
        after = text[end:].lstrip(" ")
        if after[:1] == mark:
            inner = tok[1:-1] if tok.startswith("{") else tok
            _refuse(f"a double {'superscript' if mark == '^' else 'subscript'} ({base}{mark}{tok}{mark}...) is an "
                    f"error in TeX: write {base}{mark}{{{inner}{mark}{{...}}}} or ({base}{mark}{{{inner}}}){mark}{{...}}")


def _numeral_before(text: str, start: int) -> str | None:
    """The numeral ending just before ``text[start]`` (spaces between allowed), unless it is a script."""
    m = re.search(r"(\d+(?:\.\d*)?|\.\d+)\s*$", text[:start])
    if m is None:
        return None
    before = text[:m.start()].rstrip(" ")
    if before.endswith(("^", "_")):
        return None  # x^2\frac{1}{2}: the 2 is the exponent's one token
    return m.group(1)


def check_fractions(text: str) -> None:
    r"""Refuse a number directly before a fraction (``1\frac{1}{2}``, the mixed number 1½) and a digit
    directly after one (``\frac{1}{2}3``, ``\frac123``: TeX prints ½3). ``text`` is a cleaned row,
    where ``\dfrac`` and ``\tfrac`` are ``\frac``."""
    for m in re.finditer(r"\\frac(?![A-Za-z])", text):
        number = _numeral_before(text, m.start())
        i, args = m.end(), []
        for _ in range(2):
            while i < len(text) and text[i] == " ":
                i += 1
            token = _token_end(text, i)
            if token is None:
                break
            args.append(token[0])
            i = token[1]
        shown = "\\frac" + "".join(a if a.startswith("{") else "{" + a + "}" for a in args)
        numeric = len(args) == 2 and all(re.fullmatch(r"\{?\s*\d+\s*\}?", a) for a in args)
        if number is not None and numeric:  # 2\frac{dy}{dx} is a product to every reader
            _refuse(f"{number}{shown} prints a mixed number ({number} and a fraction, read as their sum by many "
                    f"readers) and reads as a product to the parser: write {number} + {shown} or "
                    f"{number} \\cdot {shown}")
        after = text[i:].lstrip(" ")
        if len(args) == 2 and after[:1].isdigit():
            digits = re.match(r"\d+", after).group(0)
            joined = ("" if args[1].startswith("{") else
                      f"\\frac{{{args[0].strip('{}')}}}{{{args[1]}{digits}}} or ")
            _refuse(f"{shown} followed by {digits} prints as {shown}{digits}, the fraction beside a number (TeX "
                    f"takes one token per argument of \\frac): write {joined}{shown} \\cdot {digits}")


def check_powered_calls(text: str, shown: dict[str, str], products: frozenset[str]) -> None:
    r"""Refuse ``f^{...}(x)`` where ``f`` is not a declared symbol (nor Euler's e): see the module.
    ``text`` has names as ``Q_{...}`` placeholders; ``shown`` maps them back; ``products`` holds the
    tokens of declared symbols, whose powers before parentheses are products."""
    from .markup import read_group
    for m in re.finditer(r"(?<![\\A-Za-z_{])(Q_\{\d+\}|[A-Za-z])\s*\^\s*", text):
        base = m.group(1)
        if base in products or base == "e":
            continue
        token = _token_end(text, m.end())
        if token is None or not text[token[1]:].lstrip(" ").startswith("("):
            continue
        name = shown.get(base, base)
        sup = token[0] if token[0].startswith("{") else "{" + token[0] + "}"
        if read_group(sup, 0) is None:
            continue
        _refuse(f"{name}^{sup}(...) prints a superscript on the name {name} before its argument: the inverse "
                f"function (f^{{-1}}), a power of {name}(...) or a derivative (f^{{(2)}}) to different readers; "
                f"write ({name}(...))^{sup}, {name}''(...) or \\frac{{d^{{2}} {name}}}{{dx^{{2}}}}, or declare "
                f"{name} as a symbol if this is a product")


#: Commands SymPy's grammar lets through as plain symbols of their own name, and what TeX prints for them.
_PARSER_SYMBOLS = {"cdots": "an elision ⋯", "ldots": "an elision …", "vert": "a bar |", "mid": "a bar |",
                   "pm": "±", "mp": "∓", "partial": "∂ alone"}


def check_parser_symbols(expr: object) -> None:
    r"""Refuse a parsed row in which the grammar turned a command into a symbol of its name (see the module)."""
    stray = sorted({s.name for s in getattr(expr, "free_symbols", ())} & _PARSER_SYMBOLS.keys())
    if stray:
        _refuse(f"\\{stray[0]} is read by SymPy's LaTeX parser as a symbol named {stray[0]!r}, not as what TeX "
                f"prints ({_PARSER_SYMBOLS[stray[0]]}): write it out (\\sum for an elided sum, two rows for "
                f"±, |x| for an absolute value)")

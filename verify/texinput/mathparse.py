r"""LaTeX mathematics to SymPy, through a table of the author's names.

SymPy's LaTeX parser (:func:`sympy.parsing.latex.parse_latex`, ANTLR) reads ``N_{crit}``
as ``N`` with the subscript ``c·r·i·t`` and ``\alpha_p(x)`` as a function of a strange
name. So every *name* — a letter or Greek letter with a subscript, any Greek letter, a
letter with primes — is first replaced by a placeholder the parser keeps whole, then
mapped back to the author's symbol: a declared parameter (with its domain's assumptions),
a name the derivation defines, or an undefined function (``L(x)``). ``L'(x)`` is
``dL/dx``; ``p(1-p)`` is a product when ``p`` is a declared symbol. A derivative's ``d``
(``\frac{d\tau}{d\theta}``, ``\int … d\theta``) is read by :mod:`~verify.texinput.differentials`.
A run of letters (``xy``) is refused as ambiguous unless each letter is a declared symbol, and
a symbol that is neither declared nor defined is refused: both with the name in the message.

Numerals are exact: ``2.8`` is 28/10 and ``0{,}5`` (the decimal comma) is 1/2; a numeral that
could be a thousands group (``1{,}000``), a bare comma between digits, and a row the parser
does not read to its end (it would drop the rest) are refused.

>>> names = NameTable()
>>> names.declare(r"\alpha_{C}")
'alpha_C'
>>> parse_math(r"\alpha_C x^{\alpha_C}", names, allow_new=True)
alpha_C*x**alpha_C
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

import sympy
from sympy.core.function import AppliedUndef

__all__ = ["MathError", "NameTable", "clean", "parse_math", "canonical_name", "GREEK", "split_top"]

GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon",
    "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon",
    "Phi", "Psi", "Omega", "ell",
}


class MathError(ValueError):
    """A line's mathematics cannot be read: ``kind`` is ``parse``, ``undeclared`` or ``ambiguous``."""

    def __init__(self, kind: str, message: str):
        self.kind = kind
        super().__init__(message)


_SUB = r"(?:_(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9]))"
_NAME = re.compile(r"(\\[A-Za-z]+|[A-Za-z])(" + _SUB + r"?)((?:'|\^\{?\\prime\}?)*)")


def _sub_text(sub: str) -> str:
    r"""A subscript's text without braces, ``\mathrm``, ``\text`` and spaces: ``{\mathrm{crit}}`` -> ``crit``."""
    s = sub[1:] if sub.startswith("_") else sub
    s = re.sub(r"\\(?:mathrm|text|mathit|rm|operatorname|textrm)\s*", "", s)
    s = s.replace("{", "").replace("}", "").replace(" ", "")
    return s


def canonical_name(base: str, sub: str) -> str:
    r"""The Python name of a LaTeX name: ``\alpha``, ``_{C}`` -> ``alpha_C``; ``N``, ``_{\mathrm{crit}}`` -> ``N_crit``."""
    name = base.lstrip("\\")
    s = _sub_text(sub)
    if s:
        s = re.sub(r"\\([A-Za-z]+)", r"\1", s)
        s = re.sub(r"[^A-Za-z0-9]", "", s)
        name += "_" + s
    return name


@dataclass
class NameTable:
    """The names of one derivation: declared parameters (with their SymPy symbols) and defined names."""

    params: dict[str, sympy.Symbol] = field(default_factory=dict)
    defined: set[str] = field(default_factory=set)
    latex: dict[str, str] = field(default_factory=dict)
    functions: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # L -> (N,) once L(N) is defined

    def declare(self, tex: str) -> str:
        """Record ``tex`` (one name) and return its canonical Python name."""
        tex = tex.strip()
        while tex.startswith("{") and tex.endswith("}"):
            tex = tex[1:-1].strip()
        m = _NAME.fullmatch(tex)
        if m is None or m.group(3) or (m.group(1).startswith("\\") and m.group(1)[1:] not in GREEK):
            raise MathError("parse", f"{tex!r} is not a symbol name (a letter or Greek letter, with a subscript)")
        name = canonical_name(m.group(1), m.group(2))
        self.latex.setdefault(name, tex.strip())
        return name

    def symbol(self, name: str) -> sympy.Symbol:
        return self.params.get(name) or sympy.Symbol(name)


def split_top(text: str, tokens: tuple[str, ...]) -> list[str]:
    r"""``text`` split at top-level (brace depth 0, outside ``\left..\right``) occurrences of ``tokens``.

    The tokens themselves are kept as separate list elements.
    """
    out, depth, start, i = [], 0, 0, 0
    ordered = sorted(tokens, key=len, reverse=True)
    while i < len(text):
        c = text[i]
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
        if depth == 0:
            hit = next((t for t in ordered if text.startswith(t, i)
                        and not (t[-1].isalpha() and text[i + len(t):i + len(t) + 1].isalpha())), None)
            if hit is not None:
                out.append(text[start:i])
                out.append(hit)
                i += len(hit)
                start = i
                continue
        if c == "\\":
            j = i + 1
            while j < len(text) and text[j].isalpha():
                j += 1
            i = max(j, i + 2)
            continue
        i += 1
    out.append(text[start:])
    return out


_DROP = re.compile(r"\\(?:(?:no|display)?limits(?![A-Za-z])|displaystyle|textstyle|nonumber|notag|[,;:!]|quad|"
                   r"qquad|left(?![A-Za-z])|right(?![A-Za-z])|[bB]igg?[lr]?|middle)")
_ARG_DROP = re.compile(r"\\(?:label|tag\*?|wcpremise|wcby|wcfrom|wcname)\s*(?:\[[^\]]*\])?\s*\{")


def _drop_command(text: str, pattern: re.Pattern[str]) -> str:
    from .scanner import read_group
    while True:
        m = pattern.search(text)
        if m is None:
            return text
        g = read_group(text, m.end() - 1)
        end = g[1] if g is not None else m.end()
        text = text[:m.start()] + " " + text[end:]


def clean(text: str) -> str:
    r"""A row's mathematics only: alignment ``&``, spacing, ``\left``/``\right``, labels, wallcheck
    commands and trailing punctuation removed; ``\dfrac``/``\tfrac`` as ``\frac``; a claim as its printed value.

    Where TeX typesets something other than the source seems to say (``x^23``, ``1\frac{1}{2}``,
    ``2\,3``: :mod:`~verify.texinput.typeset`), a :class:`MathError` names the construct."""
    from .scanner import read_group
    from .typeset import check_digit_spacing, check_fractions, check_scripts
    check_digit_spacing(text)
    text = _drop_command(text, _ARG_DROP)
    text = re.sub(r"\\(?:begin|end)\s*\{(?:split|aligned|gathered|multlined)\}(?:\s*\[[^\]]*\])?", " ", text)
    while True:  # \wcclaim[rel]{formula}{printed} typesets its printed value
        m = re.search(r"\\wcclaim\s*(?:\[[^\]]*\])?\s*\{", text)
        if m is None:
            break
        first = read_group(text, m.end() - 1)
        second = read_group(text, first[1]) if first else None
        if second is None:
            break
        text = text[:m.start()] + "{" + second[0] + "}" + text[second[1]:]
    text = re.sub(r"\\wcskip(?![A-Za-z])", " ", text)
    text = _DROP.sub(" ", text)
    text = text.replace("&", " ").replace("~", " ")
    text = re.sub(r"\\[dt]frac(?![A-Za-z])", r"\\frac", text)
    # \mathrm d, {\rm d}, \operatorname{d} print the upright d of \mathrm{d} (review 12): read alike
    text = re.sub(r"\\operatorname\s*\{\s*d\s*\}|\\mathrm\s+d|\{\s*\\rm\s+d\s*\}", "d", text)
    # \mathrm{d} is d; \mathrm{e} stays for parse_math, which knows whether e is also the author's symbol
    text = re.sub(r"\\(mathrm|mathit|text|textrm)\s*\{\s*([A-Za-z])\s*\}",
                  lambda m: m.group(0) if m.group(2) == "e" and m.group(1) != "mathit" else m.group(2), text)
    text = re.sub(r"\\(?:leq|leqslant)(?![A-Za-z])", r"\\le", text)
    text = re.sub(r"\\(?:geq|geqslant)(?![A-Za-z])", r"\\ge", text)
    text = " ".join(text.split())
    text = re.sub(r"(?:\s*(?:[,.;]|\\text\s*\{\s*[,.;]\s*\}))+\s*$", "", text)
    check_scripts(text)
    check_fractions(text)
    return text.strip()


#: Commands SymPy's LaTeX parser reads with their mathematical meaning (anything else is refused,
#: since the parser would read an unknown ``\ll`` as the product l·l).
_KNOWN_COMMANDS = {
    "frac", "sqrt", "ln", "log", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "arcsin", "arccos", "arctan",
    "cdot", "times", "le", "ge", "lt", "gt", "neq", "ne", "infty", "int", "sum", "prod", "lim", "to", "pm", "mp",
    "partial", "binom", "lfloor", "rfloor", "lceil", "rceil", "vert", "mid", "div", "cdots", "ldots",
}


#: Functions written with a Greek-letter macro (name, number of arguments), read with their standard
#: meaning when applied (``\Gamma(1/2)``; ``\Gamma(a, x)`` the upper incomplete one) unless the
#: derivation defines that name itself (``\Gamma(x) = ...``).
_STANDARD = {("Gamma", 1): sympy.gamma, ("Gamma", 2): sympy.uppergamma}


def _placeholders(text: str, names: NameTable) -> tuple[str, dict[str, tuple[str, int]]]:
    """Names replaced by ``Q_{9000k}`` placeholders; the map placeholder -> (name, primes)."""
    table: dict[str, tuple[str, int]] = {}

    def repl(m: re.Match[str]) -> str:
        base, sub, primes = m.group(1), m.group(2), m.group(3)
        if base.startswith("\\") and base[1:] not in GREEK:
            return m.group(0)  # a command (\frac, \sqrt): not a name
        nprimes = primes.count("'") + primes.count("prime")
        if not sub and not base.startswith("\\") and not nprimes:
            return m.group(0)  # a plain letter: the parser reads it (and products of letters)
        name = canonical_name(base, sub)
        names.latex.setdefault(name, base + sub)
        key = f"Q_{{{90000 + len(table)}}}"
        table[key] = (name, nprimes)
        return " " + key + " "

    return _NAME.sub(repl, text), table


def _check_runs(text: str, names: NameTable, allow_new: bool) -> None:
    """Refuse a run of letters (``xy``) unless every letter is a declared symbol or a derivative's ``d``."""
    for m in re.finditer(r"(?<![\\A-Za-z])[A-Za-z]{2,}", text):
        run = m.group(0)
        letters = list(run)
        if letters[0] == "d" and ("\\frac" in text or "\\int" in text) and len(run) == 2:
            continue  # dx in \frac{d}{dx} or \int ... dx
        known = [c for c in letters if c in names.params or c in names.defined]
        if len(known) == len(letters):
            continue
        unknown = [c for c in letters if c not in known]
        raise MathError("ambiguous", f"ambiguous product {run!r}: it reads as {'·'.join(letters)}, but "
                                     f"{', '.join(unknown)} {'is' if len(unknown) == 1 else 'are'} not declared; "
                                     f"declare each letter with \\wcsymbol, write the product with spaces or "
                                     f"\\cdot, or give a name a subscript ({run[0]}_{{{run[1:]}}})")


_INCREMENT = re.compile(r"\\(Delta|delta)(?![A-Za-z])\s*\{?\s*([A-Za-z]|\\(?:" + "|".join(sorted(GREEK))
                        + r")(?![A-Za-z]))")


def _check_increments(text: str) -> None:
    r"""``\Delta x`` prints as the increment of ``x``; read as the product ``Δ·x`` it would make
    ``\frac{\Delta y}{\Delta x} = y/x`` true (review 12's known limit, closed in review 14): refused."""
    m = _INCREMENT.search(text)
    if m is not None:
        shown = f"\\{m.group(1)} {m.group(2)}"
        raise MathError("ambiguous", f"'{shown}' prints as an increment (a difference of {m.group(2)}), but would be "
                                     f"read as the product {m.group(1)}·{m.group(2)}: name the increment with a "
                                     f"subscript (\\{m.group(1)}_{{{m.group(2)}}}, declared with "
                                     f"\\wcsymbol) or write the product with \\cdot")


def _products(text: str, table: Mapping[str, tuple[str, int]], names: NameTable) -> str:
    r"""``B (6N/C)^{\beta}`` is a product when ``B`` is declared: make it explicit, so that the parser
    cannot read a function ``B`` applied to ``6N/C`` and raise the whole to the power. ``v(l)``,
    a declared symbol before one lone symbol in parentheses, is refused as ambiguous."""
    def declared(token: str) -> str | None:
        name = table.get(token, (token, 0))
        return name[0] if name[1] == 0 and name[0] in names.params else None

    def repl(m: re.Match[str]) -> str:
        name = declared(m.group(1))
        if name is None:
            return m.group(0)
        lone = re.match(r"\(\s*([A-Za-z]|Q_\{\d+\})\s*\)", text[m.end() - 1:])
        if lone:
            shown = names.latex.get(name, name)
            arg = table.get(lone.group(1), (lone.group(1), 0))[0]
            arg = names.latex.get(arg, arg)
            raise MathError("ambiguous", f"ambiguous product {shown}({arg}): {shown} is a declared symbol, so this "
                                         f"reads as the product {shown}·{arg}; write {shown}\\,{arg} for the product, "
                                         f"or do not declare {shown} if it is a function of {arg}")
        return m.group(1) + " \\cdot ("

    return re.sub(r"(?<![\\A-Za-z_{])(Q_\{\d+\}|[A-Za-z])\s*\(", repl, text)


_DECIMAL_COMMA = re.compile(r"(?<![\d.])(\d+)((?:\s*\{\s*,\s*\}\s*\d+)+)")
_DECIMAL = re.compile(r"(?<![\d.])(\d+\.\d*|\.\d+)(?![\d.])")
_DECIMAL_KEY = 80000  # decimal placeholders are Q_{80000+k}; names are Q_{90000+k}


def _decimal_commas(text: str) -> str:
    r"""``0{,}5`` (the decimal comma of European typesetting) as ``0.5``.

    ``1{,}000`` is also how English typesetting writes one thousand, so a ``{,}`` followed by
    exactly three digits (after digits other than a lone 0), or more than one ``{,}`` in a
    numeral, is refused as ambiguous; a bare comma between digits (``1,000``, which SymPy's
    parser would silently read as 1000 while LaTeX prints "1, 000") is refused too.
    """
    def repl(m: re.Match[str]) -> str:
        groups = re.findall(r"\d+", m.group(2))
        if len(groups) > 1 or (len(groups[0]) == 3 and m.group(1) != "0"):
            raise MathError("parse", f"{' '.join(m.group(0).split())!r} is ambiguous: a thousands separator or a "
                                     f"decimal comma; write {m.group(1)}{''.join(groups)} or "
                                     f"{m.group(1)}.{''.join(groups)}")
        return f"{m.group(1)}.{groups[0]}"

    text = _DECIMAL_COMMA.sub(repl, text)
    pieces = split_top(text, (",",))
    for k in range(1, len(pieces) - 1, 2):  # pieces alternate: text, ",", text, ...
        if re.search(r"\d\s*$", pieces[k - 1]) and re.match(r"\s*\d", pieces[k + 1]):
            raise MathError("parse", f"a comma between digits ({pieces[k - 1].split()[-1]},{pieces[k + 1].split()[0]}) "
                                     f"is neither a decimal point nor a separator the checker reads: write a decimal "
                                     f"as 0.5 or 0{{,}}5, a thousand as 1000")
    return text


def _decimals(text: str) -> tuple[str, dict[str, sympy.Rational]]:
    r"""Decimal numerals replaced by placeholders for their exact values: ``2.8`` is 28/10, not a binary float.

    A decimal right after ``^`` or ``_`` without braces is refused: TeX raises only its first
    digit (``x^2.5`` prints as x² followed by .5).
    """
    table: dict[str, sympy.Rational] = {}

    def repl(m: re.Match[str]) -> str:
        before = text[:m.start()].rstrip()
        if before.endswith(("^", "_")):
            raise MathError("parse", f"^{m.group(1)} raises only its first digit in LaTeX: write ^{{{m.group(1)}}}")
        key = f"Q_{{{_DECIMAL_KEY + len(table)}}}"
        table[key] = sympy.Rational(m.group(1))  # the digits as written, exactly
        return " " + key + " "

    return _DECIMAL.sub(repl, text), table


def parse_math(text: str, names: NameTable, *, allow_new: bool = False, bound: Mapping[str, Any] | None = None,
               at_points: bool = False) -> Any:
    """``text`` (one expression or relation in LaTeX) as SymPy, with the author's symbols.

    ``allow_new``: undeclared symbols become plain symbols (a fresh name on a left-hand
    side); otherwise an undeclared symbol is a :class:`MathError` naming it. ``at_points`` (a
    claim's formula): ``E'(3)`` is the derivative of ``E`` at 3 (in a chain line it is refused).
    """
    from sympy.parsing.latex import parse_latex
    from sympy.parsing.latex.errors import LaTeXParsingError

    from .differentials import alias_names, differential_products, read_derivatives
    from .lexical import check_exponent_notation, check_slash_products, double_factorials, restore_double_factorials
    from .typeset import check_parser_symbols, check_powered_calls

    src = clean(text)
    if not src:
        raise MathError("parse", "there is no mathematics to read")
    _check_increments(src)
    src = _upright_e(src, names)
    src = re.sub(r"\(([^()]*);([^()]*)\)", r"(\1,\2)", src)  # L(x;p) -> L(x, p)
    src = _decimal_commas(src)
    replaced, table = _placeholders(src, names)
    check_exponent_notation(replaced)
    replaced, decimals = _decimals(replaced)
    check_slash_products(replaced, {**{k: names.latex.get(n, n) for k, (n, _) in table.items()},
                                    **{k: f"{float(v):g}" for k, v in decimals.items()}},
                         frozenset([k for k, (n, p) in table.items() if n in names.params and not p]
                                   + [n for n in names.params if len(n) == 1]))
    check_powered_calls(replaced, {k: names.latex.get(n, n) for k, (n, _) in table.items()},
                        frozenset([k for k, (n, p) in table.items() if n in names.params and not p]
                                  + [n for n in names.params if len(n) == 1]))
    replaced = double_factorials(replaced)
    # A decimal before a parenthesis is a factor, never a function: 0.5(x + 1).
    replaced = re.sub(r"(Q_\{8\d{4}\})\s*\(", r"\1 \\cdot (", replaced)
    unknown = sorted({c for c in re.findall(r"\\[A-Za-z]+", replaced) if c[1:] not in _KNOWN_COMMANDS})
    if unknown:
        raise MathError("parse", f"{', '.join(unknown)} {'is' if len(unknown) == 1 else 'are'} not mathematics the "
                                 f"checker reads (a relation must be =, <, >, \\le or \\ge; a name a letter with a "
                                 f"subscript, or an argument-less \\newcommand of one)")
    _check_runs(replaced, names, allow_new)
    replaced = read_derivatives(replaced, table, {k: names.latex.get(n, n) for k, (n, _) in table.items()})
    replaced = alias_names(_products(replaced, table, names), table)
    try:
        # strict: a row the grammar does not consume to its end is refused, not cut short
        # (the lenient parser reads "2x + 0, 5" as 2x + 0 and drops the rest).
        expr = parse_latex(replaced, strict=True)
    except (LaTeXParsingError, Exception) as exc:  # the ANTLR parser raises several kinds
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if detail == "Invalid LaTeX":  # strict mode: the grammar stopped before the end of the row
            raise MathError("parse", "SymPy's LaTeX parser reads only the beginning of it (a comma or other text "
                                     "outside parentheses stops it), and the rest would be dropped") from None
        raise MathError("parse", f"SymPy's LaTeX parser cannot read it ({detail})") from None
    check_parser_symbols(expr)
    expr = restore_double_factorials(expr)
    expr = expr.xreplace({sympy.Symbol(k): v for k, v in decimals.items()})
    expr = differential_products(expr, table)  # m d x: the product d·x, as typeset
    expr = _resolve(expr, table, names, allow_new, dict(bound or {}), at_points)
    if isinstance(expr, sympy.core.relational.Relational):
        return type(expr)(_rebuild(expr.lhs), _rebuild(expr.rhs), evaluate=False)
    return _rebuild(expr)


_UPRIGHT_E = re.compile(r"\\(?:mathrm|text|textrm)\s*\{\s*e\s*\}")


def _upright_e(src: str, names: NameTable) -> str:
    r"""``\mathrm{e}`` is Euler's number (ISO typesetting), read as ``e``; refused as ambiguous where the
    author also has a symbol e (an elementary charge): the page shows the two alike to many readers."""
    if _UPRIGHT_E.search(src) is None:
        return src
    if "e" in names.params or "e" in names.defined:
        raise MathError("ambiguous", "\\mathrm{e} is Euler's number in upright type, but e is also a symbol of "
                                     "this derivation: the checker cannot tell which is meant; write \\exp(...) "
                                     "for the exponential, or give the symbol another name (q_{e})")
    return _UPRIGHT_E.sub(" e ", src)


def _rebuild(expr: Any) -> Any:
    """``expr`` rebuilt bottom-up, so that the parser's unevaluated ``1·(1/3)`` becomes ``1/3``."""
    if expr.is_Atom or isinstance(expr, sympy.core.relational.Relational):
        return expr
    return expr.func(*[_rebuild(a) for a in expr.args])


def _resolve(expr: Any, table: Mapping[str, tuple[str, int]], names: NameTable, allow_new: bool,
             bound: dict[str, Any], at_points: bool = False) -> Any:
    """Placeholders back to the author's symbols and functions; checks undeclared names."""
    def name_of(sym_name: str) -> tuple[str, int]:
        return table.get(sym_name, (sym_name, 0))

    # Functions first: placeholders applied to arguments, primes, products written as p(1-p).
    def fix_app(app: Any) -> Any:
        fname, primes = name_of(app.func.__name__)
        args = app.args
        if fname in names.params and not primes:
            if len(args) == 1 and isinstance(args[0], sympy.Symbol):
                shown, arg = names.latex.get(fname, fname), name_of(args[0].name)[0]
                raise MathError("ambiguous", f"ambiguous product {shown}({names.latex.get(arg, arg)}): {shown} is a "
                                             f"declared symbol, so this reads as the product {shown}·"
                                             f"{names.latex.get(arg, arg)}; write {shown}\\,{names.latex.get(arg, arg)} "
                                             f"for the product, or do not declare {shown} if it is a function")
            if len(args) != 1:
                raise MathError("parse", f"{fname} is a declared symbol, not a function of {len(args)} arguments")
            return names.params[fname] * args[0]
        if fname in ("e",) and len(args) == 1 and "e" not in names.params:
            return sympy.E * args[0]
        if (fname, len(args)) in _STANDARD and not primes and fname not in names.defined:
            return _STANDARD[fname, len(args)](*args)  # \Gamma(1/2): Euler's Gamma function, unless the author defines \Gamma
        f = sympy.Function(fname)(*args)
        if primes:
            var = args[0]
            if at_points and not isinstance(var, sympy.Symbol):  # E'(3): E' at the point 3
                at = sympy.Dummy("x")
                return sympy.Subs(sympy.Derivative(sympy.Function(fname)(at, *args[1:]), (at, primes)), at, var)
            if not isinstance(var, sympy.Symbol):
                raise MathError("parse", f"{fname}{chr(39) * primes}(...) needs a symbol as its first argument "
                                         f"to know the variable of the derivative")
            return sympy.Derivative(f, (var, primes))
        return f

    for _ in range(4):
        apps = [a for a in sympy.preorder_traversal(expr) if isinstance(a, AppliedUndef)]
        if not apps:
            break
        new = expr.xreplace({a: fix_app(a) for a in apps if not a.has(*[b for b in apps if b is not a])})
        if new == expr:
            break
        expr = new
    mapping: dict[Any, Any] = {}
    for s in expr.free_symbols | {s for s in expr.atoms(sympy.Symbol)}:
        name, primes = name_of(s.name)
        if primes:
            raise MathError("parse", f"{name}{chr(39) * primes} without an argument: write {name}'(x) for the "
                                     f"derivative in x")
        if name in names.params:
            mapping[s] = names.params[name]
        elif name in bound:
            mapping[s] = bound[name]
        elif name in names.functions:  # dL/dN after L(N) = ...: the function, at its arguments
            mapping[s] = sympy.Function(name)(*names.functions[name])
        elif name == "e" and "e" not in names.defined:
            mapping[s] = sympy.E
        elif name == "pi" and "pi" not in names.defined:
            mapping[s] = sympy.pi
        else:
            mapping[s] = sympy.Symbol(name)
    expr = expr.xreplace(mapping)
    if not allow_new:
        undeclared = sorted(s.name for s in _free(expr) if s.name not in names.params and s.name not in names.defined)
        if undeclared:
            shown = ", ".join(names.latex.get(n, n) for n in undeclared)
            raise MathError("undeclared", f"undeclared symbol{'s' if len(undeclared) > 1 else ''} {shown}: declare "
                                          f"it with \\wcsymbol{{...}} (its domain, e.g. \\wcsymbol{{{shown.split(',')[0]} > 0}}), "
                                          f"or define it on the left-hand side of an earlier line")
    return expr


def _free(expr: Any) -> set[Any]:
    """Free symbols outside the variables of derivatives and limits (those are bound)."""
    return {s for s in sympy.sympify(expr).free_symbols if isinstance(s, sympy.Symbol)}

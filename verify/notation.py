r"""The one symbol registry: how every symbol and function name prints in LaTeX, and the printer.

Every LaTeX expression wallcheck emits goes through :func:`latex` (a
:class:`sympy.printing.latex.LatexPrinter` subclass), so a symbol prints the same way in
every derivation, every fragment and every notebook cell. A name is looked up in
:data:`TABLE` first, then in the derivation's ``Param(latex=...)``, then derived from the
name itself (Greek names become letters, a multi-letter subscript is upright:
``alpha_eff`` -> ``\alpha_{\mathrm{eff}}``; a name that already is LaTeX, such as
``\bar{x}``, prints verbatim).

The printer only changes the *order* in which terms and factors are shown, never the
expression: positive terms first in a sum (``L_1 - L_0``, not ``-L_0 + L_1``), and in a
product the numeric coefficient, then sums, then the other factors
(``\alpha \left(1 - p\right) x^{\alpha}``). :func:`verify.latex.check_equations` parses
the printed text back and checks that it is the same expression.

>>> import sympy
>>> L0, L1, p, x, a = sympy.symbols("L0 L1 p x alpha", positive=True)
>>> latex(L1 - L0, {"L0": "L_0", "L1": "L_1"})
'L_1 - L_0'
>>> latex((1 - p) * x**a)
'\\left(1 - p\\right) x^{\\alpha}'
>>> symbol_latex("alpha_eff"), symbol_latex("Lambda"), symbol_latex("d_F"), symbol_latex("ell")
('\\alpha_{\\mathrm{eff}}', '\\Lambda', 'd_{F}', '\\ell')
"""

from __future__ import annotations

import functools
from typing import Any, Mapping

import sympy
from sympy.core.function import AppliedUndef
from sympy.printing.conventions import split_super_sub
from sympy.printing.latex import LatexPrinter, translate
from sympy.printing.precedence import PRECEDENCE

from .term_order import CheapTermOrder

__all__ = ["TABLE", "symbol_latex", "names_for", "Printer", "latex", "relation_symbol"]

#: Names whose printing is decided here, whatever a ``Param`` says (one spelling per name).
TABLE: dict[str, str] = {
    "alpha_c": r"\alpha_{C}",
    "alpha_C": r"\alpha_{C}",
    "a_star": r"a_{*}",
    "ell": r"\ell",
    "Lambda": r"\Lambda",
    "d_F": r"d_{F}",
    "L0": r"L_{0}",
    "L1": r"L_{1}",
    "M0": r"M_{0}",
    "M3": r"M_{3}",
    "Var_xbar": r"\sigma^{2}_{\bar{x}}",
    "delta_+": r"\delta_{+}",
    "delta_-": r"\delta_{-}",
    "absJ": r"\left|\det J\right|",
    "slope": r"\left|\mathrm{d}y/\mathrm{d}x\right|",
}


def _part(s: str) -> str:
    """One piece of a name: a Greek letter by its name, a word upright, anything else as is."""
    t = translate(s)
    if t != s or len(s) <= 1 or not s.isalpha():
        return t
    return r"\mathrm{" + s + "}"


@functools.lru_cache(maxsize=None)
def _default(name: str) -> str:
    if "\\" in name or "{" in name or " " in name:
        return name
    base, supers, subs = split_super_sub(name)
    out = translate(base) if base else ""
    if len(base) > 1 and out == base:
        out = r"\mathrm{" + base + "}"
    if subs:
        out += "_{" + " ".join(_part(s) for s in subs) + "}"
    if supers:
        out += "^{" + " ".join(_part(s) for s in supers) + "}"
    return out


def symbol_latex(name: str, declared: str | None = None) -> str:
    r"""How the symbol (or function name) ``name`` prints: the table, else ``declared``
    (a ``Param``'s ``latex``, itself read as a name: ``"alpha_C"`` -> ``\alpha_{C}``), else
    the name's own reading.

    >>> symbol_latex("x_crit"), symbol_latex("k_half", "k"), symbol_latex("p_in", r"p_{\mathrm{in}}")
    ('x_{\\mathrm{crit}}', 'k', 'p_{\\mathrm{in}}')
    """
    if name in TABLE:
        return TABLE[name]
    if declared:
        return TABLE.get(declared, _default(declared))
    return _default(name)


def names_for(derivation: Any) -> dict[str, str]:
    """Name -> LaTeX of the symbols a derivation declares (its ``Param(latex=...)`` applied)."""
    return {p.name: symbol_latex(p.name, p.latex) for p in getattr(derivation, "symbols", ())}


def _is_negative_term(term: Any) -> bool:
    return bool(term.could_extract_minus_sign())


class Printer(CheapTermOrder, LatexPrinter):
    """SymPy's LaTeX printer with wallcheck's names and the papers' order of terms and factors."""

    def __init__(self, names: Mapping[str, str] | None = None, **settings: Any):
        settings.setdefault("order", "none")
        settings.setdefault("inv_trig_style", "power")
        super().__init__(settings)
        self._names = dict(names or {})

    def doprint(self, expr: Any) -> str:
        # SymPy caches sort keys by equality, and two Subs that differ only in their bound variable's
        # name are equal: the key of the one the process met first would order both, and the factors of
        # a form read from the cache printed in another order than the same form computed afresh.
        sympy.Expr.sort_key.cache_clear()
        sympy.Basic.sort_key.cache_clear()
        return super().doprint(expr)

    # -- names -------------------------------------------------------------------------------
    def _name(self, name: str) -> str:
        return self._names[name] if name in self._names else symbol_latex(name)

    _brace_d = False

    def _print_Symbol(self, expr: Any, style: str = "plain") -> str:
        tex = self._name(expr.name)
        # In a product, a lone d would read as a differential (d g): {d} g prints the same, unambiguously.
        return "{d}" if tex == "d" and self._brace_d else tex

    _print_Dummy = _print_Symbol

    def _print_MatrixSymbol(self, expr: Any) -> str:
        return self._name(expr.name)

    def _print_Function(self, expr: Any, exp: Any = None) -> str:
        if isinstance(expr, AppliedUndef):
            args = ", ".join(self._print(a) for a in expr.args)
            tall = any(t in args for t in (r"\frac", r"\sum", r"\int", r"\prod", r"\left"))
            name = self.function_name(type(expr).__name__)
            tex = f"{name}\\left({args}\\right)" if tall else f"{name}({args})"
            return f"{tex}^{{{exp}}}" if exp is not None else tex
        return super()._print_Function(expr, exp)

    def _print_Pow(self, expr: Any, exp: Any = None) -> str:
        b, e = expr.as_base_exp()
        if (isinstance(b, sympy.Function) and not isinstance(b, AppliedUndef) and e.is_Integer and e > 1
                and exp is None):
            # (\log u)^2, never \log{u}^{2} (which reads as the logarithm of u squared)
            return r"{\left(%s\right)}^{%s}" % (self._print(b), self._print(e))
        if self._inline and e.is_Integer and e < 0 and exp is None:
            return self._inline_fraction(sympy.S.One, sympy.Pow(b, -e))
        if isinstance(b, sympy.Function) and exp is None and not e.is_Rational:  # \mu(p)^{1/p}, \log^{1/p}
            return self._print(b, exp=self.exponent(e))
        tex = super()._print_Pow(expr, exp) if exp is not None else super()._print_Pow(expr)
        # {\left(a + b\right)}^{2}: a parenthesized power is one group, never read as f(...).
        return _brace_power(tex) if tex.startswith(r"\left(") else tex

    # -- exponents: fractions inline (N^{-1/d}, C^{\beta/(\alpha + \beta)}), as the papers write them
    _inline = 0

    def exponent(self, e: Any) -> str:
        """An exponent as the papers set it: a fraction inline, never stacked."""
        self._inline += 1
        try:
            return self._print(e)
        finally:
            self._inline -= 1

    def _helper_print_standard_power(self, expr: Any, template: str) -> str:
        if _small_fraction(expr.base):
            # (C/6)^{a}, (N_c/N)^{\alpha}: a small fraction under a power inline, as the papers set it
            # (braced, as every bracketed base: B {(x)}^{e} is never read as B applied to x)
            return template % (r"{\left(%s\right)}" % self.exponent(expr.base), self.exponent(expr.exp))
        base = self.parenthesize(expr.base, PRECEDENCE["Pow"])
        if expr.base.is_Symbol:
            base = self.parenthesize_super(base)
        elif expr.base.is_Float:
            base = r"{%s}" % base
        return template % (base, self.exponent(expr.exp))

    def _print_Sum(self, expr: Any) -> str:
        if len(expr.limits) != 1 or len(expr.limits[0]) != 3:
            return super()._print_Sum(expr)
        var, lo, hi = expr.limits[0]
        # the limits in small type, fractions inline as in an exponent: \sum_{j=0}^{p/2 - 1}
        return r"\sum_{%s=%s}^{%s} %s" % (self._print(var), self.exponent(lo), self.exponent(hi),
                                         self.parenthesize(expr.function, PRECEDENCE["Mul"], strict=True))

    def _print_ExpBase(self, expr: Any, exp: Any = None) -> str:
        tex = r"e^{%s}" % self.exponent(expr.args[0])
        return self._do_exponent(tex, exp)

    def _print_Rational(self, expr: Any) -> str:
        if self._inline and expr.q != 1:
            return ("- " if expr.p < 0 else "") + f"{abs(expr.p)}/{expr.q}"
        return super()._print_Rational(expr)

    def _inline_fraction(self, numer: Any, denom: Any) -> str:
        # plain brackets: an exponent is small type, \left( would set them tall
        top = self._print(numer)
        if numer.is_Add or numer.has(sympy.Function):  # (\log 2)/(2 s): a function's argument ends here
            top = "(%s)" % top
        bottom = self._print(denom)
        if denom.is_Add or denom.is_Mul or (denom.is_Pow and not denom.exp.is_Integer):
            bottom = "(%s)" % bottom
        return f"{top}/{bottom}"

    # -- order ---------------------------------------------------------------------------------
    def _print_Add(self, expr: Any, order: Any = None) -> str:
        return "".join(self._add_pieces(self._ordered_terms(expr)))

    def _ordered_terms(self, expr: Any) -> list[Any]:
        terms = list(sympy.Add.make_args(expr)) if not expr.is_Add else self._as_ordered_terms(expr, order="lex")
        if not all(_is_negative_term(t) for t in terms):
            # The papers' order: positive terms first (L_1 - L_0, not -L_0 + L_1), and among them
            # a lone symbol or number before the rest (E + A/N^alpha, p + (1 - p) x^alpha, 1 + x^2).
            positive = [t for t in terms if not _is_negative_term(t)]
            positive = ([t for t in positive if t.is_Symbol or t.is_Number]
                        + [t for t in positive if not (t.is_Symbol or t.is_Number)])
            terms = positive + [t for t in terms if _is_negative_term(t)]
        return terms

    def add_pieces(self, expr: Any) -> list[str]:
        """The printed terms of a sum with their signs (``" - B"``), whose concatenation is exactly
        what :meth:`doprint` prints: the places where a long right-hand side may break a line."""
        expr = sympy.sympify(expr)
        if not expr.is_Add:
            return [self.doprint(expr)]
        return self._add_pieces(self._ordered_terms(expr))

    def _add_pieces(self, terms: list[Any]) -> list[str]:
        pieces = []
        for i, term in enumerate(terms):
            sign = ""
            if i and _is_negative_term(term):
                sign, term = " - ", -term
            elif i:
                sign = " + "
            term_tex = self._print(term)
            if self._needs_add_brackets(term):
                term_tex = r"\left(%s\right)" % term_tex
            pieces.append(sign + term_tex)
        return pieces

    def _print_Mul(self, expr: Any) -> str:
        if not isinstance(expr, sympy.Mul):
            return super()._print_Mul(expr)
        if expr.could_extract_minus_sign():
            inner = -expr
            tex = self._print(inner)
            if inner.is_Add:
                tex = r"\left(%s\right)" % tex
            return "- " + tex
        from sympy.simplify import fraction
        numer, denom = _denominator_of_powers(*fraction(expr, exact=True))
        if self._inline and denom is not sympy.S.One:
            return self._inline_fraction(numer, denom)
        special = self._log_derivative(expr) or self._common_exponent(expr)
        if special:
            return special
        if denom is not sympy.S.One and numer * denom is not sympy.S.One:
            expr = sympy.Mul(*sympy.Mul.make_args(numer), *[sympy.Pow(f, -1, evaluate=False)
                                                           for f in sympy.Mul.make_args(denom)], evaluate=False)
        args = list(expr.as_ordered_factors())
        ordered = _ordered(args)
        numbers = [a for a in args if _is_coefficient(a)]
        if len(numbers) > 1 or (numbers and numbers[0] is sympy.S.One):
            ordered, expr = args, expr
        else:
            # Order the numerator and the denominator each, as SymPy's printer takes them apart.
            numer, denom = _denominator_of_powers(*fraction(expr, exact=True))
            if denom is not sympy.S.One:
                top = _ordered(sympy.Mul.make_args(numer))
                bottom = _ordered(sympy.Mul.make_args(denom))
                expr = sympy.Mul(*top, *[sympy.Pow(f, -1, evaluate=False) for f in bottom], evaluate=False)
            else:
                expr = sympy.Mul(*ordered, evaluate=False)
        saved = self._brace_d
        self._brace_d = True
        try:
            return super()._print_Mul(expr)
        finally:
            self._brace_d = saved

    def _rest_times(self, rest: Any, tex: str) -> str:
        if rest is sympy.S.One:
            return tex
        rest_tex = self._print(rest)
        return (r"\left(%s\right)" % rest_tex if rest.is_Add else rest_tex) + " " + tex

    def _log_derivative(self, expr: Any) -> str | None:
        r"""``x f'(x)/f(x)`` as the papers write it, ``\frac{\mathrm{d} \ln f}{\mathrm{d} \ln x}``."""
        factors = list(sympy.Mul.make_args(expr))
        for der in factors:
            if not isinstance(der, sympy.Derivative) or der.derivative_count != 1:
                continue
            x, f = der.variables[0], der.expr
            if x in factors and sympy.Pow(f, -1) in factors:
                rest = sympy.Mul(*[a for a in factors if a not in (der, x, sympy.Pow(f, -1))])
                d = self._diff_symbol(der)
                body = self._print(f)
                if f.is_Add or f.is_Mul or f.is_Pow:
                    body = r"\left(%s\right)" % body
                return self._rest_times(rest, r"\frac{%s \ln %s}{%s \ln %s}" % (d, body, d, self._print(x)))
        return None

    def _common_exponent(self, expr: Any) -> str | None:
        r"""``a^e b^{-e}`` (positive bases) as ``(a/b)^e``: the form the papers (and the premises) use."""
        factors = list(sympy.Mul.make_args(expr))
        pows = [f for f in factors if f.is_Pow and not f.exp.is_Number]
        for up in pows:
            for down in pows:
                if down.exp == -up.exp and up.base.is_positive and down.base.is_positive and up is not down:
                    if up.exp.could_extract_minus_sign():
                        continue
                    rest = sympy.Mul(*[f for f in factors if f is not up and f is not down])
                    inner = self.exponent(sympy.Mul(up.base, sympy.Pow(down.base, -1, evaluate=False), evaluate=False))
                    return self._rest_times(rest, r"{\left(%s\right)}^{%s}" % (inner, self.exponent(up.exp)))
        return None

    def _diff_symbol(self, der: Any) -> str:
        r"""``\partial`` for a partial derivative (another argument of the function, a plain
        symbol, is held fixed), else ``\mathrm{d}``: a total derivative, also along a curve
        such as the budget line ``L(N, C/(6N))``."""
        f, variables = der.expr, set(der.variables)
        if len(variables) > 1 or any(a.is_Symbol and a not in variables and a.free_symbols
                                     for app in f.atoms(AppliedUndef) for a in app.args):
            return r"\partial"
        return r"\mathrm{d}"

    def _print_Derivative(self, expr: Any) -> str:
        d = self._diff_symbol(expr)
        tex, dim = "", 0
        for x, num in reversed(expr.variable_count):
            dim += num
            tex += (r"%s %s" % (d, self._print(x)) if num == 1
                    else r"%s %s^{%s}" % (d, self.parenthesize_super(self._print(x)), self._print(num)))
        head = r"\frac{%s}{%s}" % (d, tex) if dim == 1 else r"\frac{%s^{%s}}{%s}" % (d, self._print(dim), tex)
        return r"%s %s" % (head, self.parenthesize(expr.expr, PRECEDENCE["Mul"], strict=True))

    def function_name(self, name: str) -> str:
        r"""An applied function's name: ``\det``, a word as ``\operatorname{Jacobian}``."""
        if name == "det":
            return r"\det"
        tex = self._name(name)
        return r"\operatorname{%s}" % name if tex == r"\mathrm{%s}" % name else tex

    def _print_loggamma(self, expr: Any, exp: Any = None) -> str:
        tex = r"\ln\Gamma\left(%s\right)" % self._print(expr.args[0])
        return r"{\left(%s\right)}^{%s}" % (tex, exp) if exp is not None else tex

    def _print_Subs(self, subs: Any) -> str:
        expr, old, new = subs.args
        if (isinstance(expr, sympy.Derivative) and expr.derivative_count == 1 and isinstance(expr.expr, AppliedUndef)
                and expr.expr.args == tuple(old) == expr.variables and len(old) == 1):
            # sigma'(z) for the derivative of a function of one variable at a point
            return r"%s'\left(%s\right)" % (self.function_name(type(expr.expr).__name__), self._print(new[0]))
        at = ", ".join(f"{self._print(o)} = {self._print(n)}" for o, n in zip(old, new))
        return r"\left. %s \right|_{%s}" % (self._print(expr), at)

    def _print_Abs(self, expr: Any, exp: Any = None) -> str:
        tex = r"\left|%s\right|" % self._print(expr.args[0])
        return r"{%s}^{%s}" % (tex, exp) if exp is not None else tex

    def _print_Integral(self, expr: Any) -> str:
        return super()._print_Integral(expr).replace(r"\int\limits", r"\int")


def _is_coefficient(a: Any) -> bool:
    return bool(a.is_number and not a.is_Add and not isinstance(a, sympy.Function))


def _ordered(args: Any) -> list[Any]:
    """Factors in the papers' order: the coefficient, then sums, then symbols and powers, then
    functions (``2 (1 - p) \\alpha x^{\\alpha}``, ``T \\alpha \\log(2)``); SymPy's order within each group."""
    args = list(sympy.Mul(*args, evaluate=False).as_ordered_factors()) if len(args) > 1 else list(args)
    numbers = [a for a in args if _is_coefficient(a)]
    sums = [a for a in args if a.is_Add]
    functions = [a for a in args if isinstance(a, sympy.Function) and not a.is_Add]
    rest = [a for a in args if a not in numbers and a not in sums and a not in functions]
    return numbers + sums + rest + functions


def _small_fraction(base: Any) -> bool:
    """A quotient of a few plain factors (``C/6``, ``A\\alpha/(B\\beta)``), which reads best inline."""
    if not base.is_Mul:
        return False
    from sympy.simplify import fraction
    numer, denom = fraction(base, exact=True)
    if denom is sympy.S.One or numer.is_negative:
        return False
    parts = sympy.Mul.make_args(numer) + sympy.Mul.make_args(denom)
    return len(parts) <= 4 and all(p.is_Symbol or p.is_Integer or (p.is_Pow and p.exp.is_Integer and p.base.is_Symbol)
                                   for p in parts)


def _denominator_of_powers(numer: Any, denom: Any) -> tuple[Any, Any]:
    """Powers with a negative symbolic exponent moved below the fraction bar: ``A/N^\\alpha``
    as the papers write it, never ``A N^{-\\alpha}`` (``exp`` keeps its argument)."""
    up, down = [], list(sympy.Mul.make_args(denom)) if denom is not sympy.S.One else []
    for f in sympy.Mul.make_args(numer):
        if (f.is_Pow and not f.exp.is_Number and f.base is not sympy.E
                and all(_is_negative_term(t) for t in sympy.Add.make_args(f.exp))):  # -alpha, -alpha - 1; not 2k - 2j - 2
            down.append(sympy.Pow(f.base, -f.exp))
        else:
            up.append(f)
    return sympy.Mul(*up), sympy.Mul(*down)


def _brace_power(tex: str) -> str:
    """``\\left(b\\right)^{e}`` as ``{\\left(b\\right)}^{e}``: a group that no reader (nor parser) takes for f(b)."""
    depth, i = 0, 0
    while i < len(tex):
        if tex.startswith(r"\left", i):
            depth, i = depth + 1, i + 5
        elif tex.startswith(r"\right", i):
            depth, i = depth - 1, i + 6
            if depth == 0:
                return "{" + tex[:i + 1] + "}" + tex[i + 1:] if tex.startswith(")^{", i) else tex
        else:
            i += 1
    return tex


def latex(expr: Any, names: Mapping[str, str] | None = None) -> str:
    r"""``expr`` in LaTeX, with the registry's names (and ``names``, a derivation's own).

    >>> latex(sympy.Function("alpha_p")(sympy.Symbol("x")))
    '\\alpha_{p}(x)'
    """
    return Printer(names).doprint(sympy.sympify(expr))


#: Relation class -> the LaTeX relation symbol.
_RELATIONS = {
    sympy.Equality: "=",
    sympy.Unequality: r"\neq",
    sympy.StrictLessThan: "<",
    sympy.StrictGreaterThan: ">",
    sympy.LessThan: r"\le",
    sympy.GreaterThan: r"\ge",
}


def relation_symbol(rel: Any, approximate: bool = False) -> str:
    r"""The LaTeX symbol of a relation (``\simeq`` for an equation that holds to a truncated order).

    >>> x = sympy.Symbol("x")
    >>> relation_symbol(sympy.Lt(x, 1)), relation_symbol(sympy.Eq(x, 1), approximate=True)
    ('<', '\\simeq')
    """
    sym = _RELATIONS[type(rel)]
    return r"\simeq" if approximate and sym == "=" else sym

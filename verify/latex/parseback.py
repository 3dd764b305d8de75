r"""Parse-back: every emitted equation read back into SymPy and shown equal to what was verified.

:func:`check_equations` parses each relation a fragment displays strictly with pylatexenc,
then with ``sympy.parsing.latex.parse_latex`` (ANTLR backend), and compares it numerically,
side by side, with the relation the checker verified. Notation SymPy's parser does not know
(``\mathrm{d}``, a logarithmic derivative) is spelled out for it by :func:`_readable`; only the
reading changes, the comparison is what checks the printing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import sympy

from derivations import Derivation

from .. import notation

__all__ = ["EquationCheck", "check_equations", "strict_parse"]


def strict_parse(tex: str, where: str) -> None:
    """Parse ``tex`` with pylatexenc, tolerant parsing off; raise ValueError naming ``where``."""
    from pylatexenc.latexwalker import LatexWalker, LatexWalkerError
    try:
        LatexWalker(tex, tolerant_parsing=False).get_latex_nodes()
    except LatexWalkerError as exc:
        raise ValueError(f"{where}: the emitted LaTeX does not parse: {exc}") from None


@dataclass
class EquationCheck:
    """What :func:`check_equations` found: sides checked, explicit skips, and failures."""

    checked: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (where, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)    # (where, reason)

    def merge(self, other: "EquationCheck") -> "EquationCheck":
        self.checked += other.checked
        self.skipped += other.skipped
        self.failed += other.failed
        return self


#: Seconds one side may take to evaluate (a limit, an integral) before it counts as a skip.
_EVAL_SECONDS = 2.0
#: Relative agreement that counts as "the same expression" (20-digit evaluation).
_TOLERANCE = sympy.Float("1e-12")
#: Stand-ins for names the parser cannot read as one symbol (``\Delta t``, ``C_{\rm local}``).
_TOKEN = r"\Upsilon_{{{}}}"


#: Names the parser leaves as symbols or undefined functions that are SymPy's constants and functions.
_CONSTANTS = {"pi": sympy.pi, "e": sympy.E}
_KNOWN_FUNCTIONS = {"Gamma": sympy.gamma, "zeta": sympy.zeta}


def _parse_latex(tex: str) -> Any:
    """``sympy.parsing.latex.parse_latex(tex)`` (ANTLR backend, non-strict: a wrong recovery shows
    up as a numeric difference), first with ANTLR's fast SLL prediction: the same tree when it
    succeeds, ten times faster; on any error the full parser decides."""
    from sympy.parsing.latex import parse_latex
    try:
        return _parse_sll(tex)
    except Exception:  # noqa: BLE001 - the full (LL) parser gives the answer and the error
        return parse_latex(tex)


def _parse_sll(tex: str) -> Any:
    import antlr4
    from antlr4.atn.PredictionMode import PredictionMode
    from sympy.parsing.latex import _parse_latex_antlr as antlr_parser
    from importlib.metadata import version
    if not version("antlr4-python3-runtime").startswith("4.11"):
        raise ImportError("SymPy's LaTeX parser needs antlr4-python3-runtime 4.11")
    tex = tex.strip()
    listener = antlr_parser.MathErrorListener(tex)
    lexer = antlr_parser.LaTeXLexer(antlr4.InputStream(tex))
    lexer.removeErrorListeners()
    lexer.addErrorListener(listener)
    parser = antlr_parser.LaTeXParser(antlr4.CommonTokenStream(lexer))
    parser._interp.predictionMode = PredictionMode.SLL
    parser.removeErrorListeners()
    parser.addErrorListener(listener)
    return antlr_parser.convert_relation(parser.math().relation())


_PARSED: dict[str, Any] = {}


def _parsed(tex: str) -> Any:
    """``parse_latex(tex)``, memoized (a name's LaTeX is parsed once per process)."""
    if tex not in _PARSED:
        try:
            _PARSED[tex] = _parse_latex(tex)
        except Exception as exc:  # noqa: BLE001 - the parser's own errors are many types
            _PARSED[tex] = exc
    return _PARSED[tex]


def _group_at(tex: str, i: int) -> int:
    """The index just past the brace group that opens at ``tex[i]``."""
    depth = 0
    for j in range(i, len(tex)):
        depth += {"{": 1, "}": -1}.get(tex[j], 0)
        if depth == 0:
            return j + 1
    raise ValueError(f"unbalanced braces in {tex!r}")


def _readable(tex: str) -> str:
    r"""The printed notation spelled for SymPy's LaTeX parser, which knows neither an upright
    differential nor a logarithmic derivative: ``\mathrm{d}`` as ``d``, and
    ``\frac{d \ln f}{d \ln x}`` as ``x/f \cdot df/dx``, its definition. Only the reading changes:
    the comparison with the verified expression is what checks the printing."""
    tex = tex.replace(r"\mathrm{d}", "d")
    for d in ("d", r"\partial"):
        head = r"\frac{" + d + r" \ln "
        while head in tex:
            start = tex.index(head)
            end_num = _group_at(tex, start + 5)
            end_den = _group_at(tex, end_num)
            f = tex[start + len(head):end_num - 1]
            x = tex[end_num + 1 + len(d) + 5:end_den - 1]
            tex = (tex[:start] + rf"\left(\frac{{{x}}}{{{f}}} \frac{{{d}}}{{{d} {x}}} {f}\right)"
                   + tex[end_den:])
    return tex


def _unsupported(expr: Any) -> str | None:
    """Why SymPy's LaTeX parser cannot read the printed form of ``expr`` back, or None."""
    if isinstance(expr, sympy.Add) and sum(1 for t in expr.args if t.has(sympy.Integral)) > 1:
        return "a sum of integrals (the LaTeX parser runs the first integrand on to the last dx)"
    if isinstance(expr, sympy.MatrixBase) or expr.atoms(sympy.MatrixBase) or expr.has(sympy.MatrixSymbol):
        return "a matrix (the LaTeX parser reads no matrices)"
    if expr.has(sympy.Subs):
        return r"a substitution \left. f \right|_{x = a} (the LaTeX parser cannot read it)"
    for f in expr.atoms(sympy.Function):
        if type(f).__name__ in ("det", "Determinant"):
            return r"a determinant (\det: the LaTeX parser cannot read it)"
    for der in expr.atoms(sympy.Derivative):
        if der.derivative_count > 1:
            return "a derivative of order above 1 (the LaTeX parser reads only first derivatives)"
        if any("_" in notation.latex(v) or "\\" in notation.latex(v) for v, _ in der.variable_count):
            return "a derivative in a subscripted variable (the LaTeX parser reads d/dx for a plain letter only)"
    for f in expr.atoms(sympy.Function):
        if type(f).__name__ in ("factorial2",):
            return "a double factorial n!! (the LaTeX parser reads it as (n!)!)"
    return None


def _concrete(expr: Any, funcs: Mapping[str, int]) -> Any:
    """Undefined functions replaced by fixed smooth ones (the same on both sides), then evaluated."""
    from sympy.core.function import AppliedUndef

    def stand_in(app: Any) -> Any:
        k = funcs.get(type(app).__name__, 0) + 2
        return sympy.exp(sum(sympy.Rational(j + 1, k + 3 * j) * a for j, a in enumerate(app.args)) / 5) + k

    return expr.replace(lambda a: isinstance(a, AppliedUndef), stand_in)


def _fingerprint(op: Any) -> Any:
    """A sum, an integral or a limit replaced by a cheap functional of its parts (the summand or integrand
    at a fixed point, and its limits): two of them agree when what was printed reads back with
    the same body and the same limits, which is what the comparison is about."""
    if isinstance(op, sympy.Limit):
        # the body at a fixed point, the limit point and the side (a limit at infinity may well be)
        body, var, point, side = op.args
        return (body.xreplace({var: sympy.Rational(5, 8)}) + sympy.atan(point) / 3
                + (sympy.Rational(1, 7) if str(side) == "+" and point.is_finite else 0))
    body, *limits = op.args
    out = body
    for k, lim in enumerate(limits):
        var = lim[0]
        out = out.xreplace({var: sympy.Rational(3 + k, 8) if isinstance(op, sympy.Integral) else sympy.Integer(3 + k)})
        for j, bound in enumerate(lim[1:]):
            out += sympy.atan(bound) / (3 + 2 * j + 5 * k)
    return out


def _operators_done(expr: Any) -> Any:
    """Derivatives carried out (on the smooth stand-ins); sums, integrals and limits as
    :func:`_fingerprint` (numeric quadrature of every one at every point would take minutes,
    and a limit at infinity of a stand-in may well be infinite)."""
    for atom in sorted(expr.atoms(sympy.Derivative), key=sympy.count_ops):
        expr = expr.xreplace({atom: atom.doit()})
    while True:
        ops = [a for a in sympy.preorder_traversal(expr) if isinstance(a, (sympy.Integral, sympy.Sum, sympy.Limit))]
        if not ops:
            return expr
        inner = [a for a in ops if not a.args[0].has(sympy.Integral, sympy.Sum)]
        expr = expr.xreplace({a: _fingerprint(a) for a in inner})


def _points(symbols: list[Any], domains: Mapping[Any, Any]) -> list[dict[Any, Any]]:
    """Three points with every symbol inside its declared domain where one is known."""
    out = []
    for j in range(3):
        pt = {}
        for i, s in enumerate(symbols):
            frac = sympy.Rational(((137 * i + 291 * j + 173) % 800) + 100, 1000)  # in [0.1, 0.9)
            dom = domains.get(s)
            if s.is_integer or (dom is not None and dom.kind == "integer"):
                lo = int(dom.lo) if dom is not None and dom.lo is not None else 1
                pt[s] = sympy.Integer(max(lo, 1) + 2 + (i + 2 * j) % 5)
                continue
            lo = getattr(dom, "lo", None)
            hi = getattr(dom, "hi", None)
            if lo is not None and hi is not None:
                v = sympy.Rational(lo) + (sympy.Rational(hi) - sympy.Rational(lo)) * frac
            elif lo is not None:
                v = sympy.Rational(lo) + frac * 3
            elif hi is not None:
                v = sympy.Rational(hi) - frac * 3
            else:
                v = frac * 3 - 1 if not s.is_positive else frac * 3
            if s.is_positive and v <= 0:
                v = frac
            pt[s] = sympy.Float(v, 30)  # floats: exact powers of rationals would factor huge integers
        out.append(pt)
    return out


def _value_at(expr: Any, point: Mapping[Any, Any]) -> Any:
    from derivations._budget import within
    return within(_EVAL_SECONDS, lambda: sympy.N(expr.xreplace(point), 15))


_SIDES: dict[tuple[str, str, str], tuple[str, str] | None] = {}


def _check_side(where: str, tex: str, expr: Any, names: Mapping[str, str], domains: Mapping[Any, Any]
                ) -> tuple[str, str] | None:
    """None when ``tex`` parses back to ``expr``; else ("skip" | "fail", reason). Memoized:
    the same printed side of the same expression over the same domains is checked once."""
    key = (tex, sympy.srepr(expr), repr(sorted((str(k), repr(v)) for k, v in domains.items())))
    if key not in _SIDES:
        _SIDES[key] = _check_side_once(tex, expr, names, domains)
    return _SIDES[key]


def _check_side_once(tex: str, expr: Any, names: Mapping[str, str], domains: Mapping[Any, Any]
                     ) -> tuple[str, str] | None:
    from sympy.core.function import AppliedUndef
    expr = sympy.sympify(expr)
    why = _unsupported(expr)
    if why:
        return "skip", why
    printer = notation.Printer(names)
    replace: dict[str, str] = {}
    symbol_of: dict[str, Any] = {}
    free = sorted(expr.free_symbols, key=lambda s: s.name)
    for s in free:
        stex = printer.doprint(s)
        got = _parsed(stex)
        if isinstance(got, sympy.Symbol):
            if got.name in symbol_of and symbol_of[got.name] != s:
                return "fail", f"two symbols print alike ({stex}): {symbol_of[got.name]} and {s}"
            symbol_of[got.name] = s
        else:
            token = _TOKEN.format(900 + len(replace))
            replace[stex] = token
            symbol_of[f"Upsilon_{{{900 + len(replace) - 1}}}"] = s
    funcs: dict[str, int] = {}
    func_of: dict[str, str] = {}
    for app in sorted(expr.atoms(AppliedUndef), key=str):
        fname = type(app).__name__
        if fname in funcs:
            continue
        funcs[fname] = len(funcs)
        ftex = printer.function_name(fname)
        got = _parsed(ftex + "(x)")
        if isinstance(got, AppliedUndef):
            func_of[type(got).__name__] = fname
        else:
            token = _TOKEN.format(900 + len(replace))
            replace[ftex] = token
            func_of[f"Upsilon_{{{900 + len(replace) - 1}}}"] = fname
    shown = tex
    for old in sorted(replace, key=len, reverse=True):
        shown = shown.replace(old, replace[old])
    shown = _readable(shown)
    # Only for the parser, which cannot read \left| ... \right|: the same bars, unsized.
    shown = shown.replace(r"\left|", "|").replace(r"\right|", "|")
    parsed = _parsed(shown)
    if isinstance(parsed, Exception):
        return "skip", f"SymPy's LaTeX parser cannot read it: {type(parsed).__name__}: {str(parsed).splitlines()[0]}"
    # Map the parsed names back through the registry.
    mapping: dict[Any, Any] = {}
    for s in parsed.free_symbols:
        if s.name in symbol_of:
            mapping[s] = symbol_of[s.name]
        elif s.name in _CONSTANTS:
            mapping[s] = _CONSTANTS[s.name]
        else:
            return "fail", f"the printed form has a symbol {s.name} that the verified expression lacks"
    parsed = parsed.xreplace(mapping)
    renamed = {}
    for app in parsed.atoms(AppliedUndef):
        name = func_of.get(type(app).__name__)
        factor = symbol_of.get(type(app).__name__) or _CONSTANTS.get(type(app).__name__)
        if name is None and factor is not None and len(app.args) == 1:
            renamed[app] = factor * app.args[0]  # a symbol before a bracket: a product, a (b + c)
            continue
        if name is None and type(app).__name__ in _KNOWN_FUNCTIONS:
            renamed[app] = _KNOWN_FUNCTIONS[type(app).__name__](*app.args)
            continue
        if name is None:
            return "fail", f"the printed form applies a function {type(app).__name__} the verified expression lacks"
        renamed[app] = sympy.Function(name)(*app.args)
    parsed = parsed.xreplace(renamed)
    from derivations._budget import within
    try:
        left = within(_EVAL_SECONDS, _operators_done, _concrete(expr, funcs))
        right = within(_EVAL_SECONDS, _operators_done, _concrete(parsed, funcs))
    except Exception as exc:  # noqa: BLE001 - a limit SymPy cannot take in time
        return "skip", f"SymPy cannot evaluate it within {_EVAL_SECONDS} s ({type(exc).__name__})"
    compared = 0
    for point in _points(free, domains):
        try:
            a, b = _value_at(left, point), _value_at(right, point)
        except Exception:  # noqa: BLE001 - not evaluable here: try the next point
            continue
        if not (a.is_number and b.is_number) or a.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
            continue
        if abs(a - b) > _TOLERANCE * max(1, abs(a)):
            shown_pt = ", ".join(f"{k} = {v}" for k, v in point.items())
            return "fail", f"printed {tex!r} reads back as {parsed}, which differs from {expr} at {shown_pt}: {b} vs {a}"
        compared += 1
    if not compared:
        return "skip", "no point where the verified expression evaluates to a finite number within the budget"
    return None


def check_equations(d: Derivation, result: Mapping[str, Any] | None = None) -> EquationCheck:
    r"""Check every equation the fragment of ``d`` displays.

    Each is (a) parsed strictly with pylatexenc, and (b) parsed back into SymPy with
    ``sympy.parsing.latex.parse_latex`` (ANTLR backend) and shown numerically equal, side by
    side, to the relation the checker verified, at three points inside the declared domains
    (undefined functions such as ``L(x)`` replaced by the same smooth stand-in on both
    sides). A construct the parser cannot read (a matrix, ``\left. f\right|_{x=a}``) is a
    counted skip with its reason, never a pass.
    """
    from . import equations
    out = EquationCheck()
    domains = d.domains()
    for eq in equations(d, result):
        try:
            strict_parse(f"${eq.tex}$", eq.where)
        except ValueError as exc:
            out.failed.append((eq.where, str(exc)))
            continue
        rel = eq.relation
        sides = [("lhs", eq.lhs, rel.lhs), ("rhs", eq.rhs, rel.rhs)] if eq.lhs else [("rhs", eq.rhs, rel)]
        for side, tex, expr in sides:
            got = _check_side(f"{eq.where} {side}", tex, expr, eq.names, domains)
            if got is None:
                out.checked += 1
            elif got[0] == "skip":
                out.skipped.append((f"{eq.where} {side}", got[1]))
            else:
                out.failed.append((f"{eq.where} {side}", got[1]))
    return out

"""The symbols of a derivation: declared, told apart, and carrying only declared assumptions.

Part of the kernel (issue 16, item 3). Every free symbol of a form or of a rule's fields must
be a declared parameter, a declared name (``Derivation(names=...)``), a symbol a premise
introduces, or a fresh name a step defines on its left-hand side; the SymPy assumptions a
symbol carries (``positive=True``...) may come only from a parameter's domain or a declared
name, so that no assumption is silent; and no two distinct symbols may print alike — the
same name with other assumptions, or a Unicode confusable (Cyrillic ``х`` for Latin ``x``).

>>> skeleton("х") == skeleton("x"), skeleton("N") == skeleton("Ν")
(True, True)
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any, Iterable

import sympy

__all__ = ["skeleton", "declaration_problems", "declared_assumptions"]

# Letters that render like a Latin letter (Cyrillic and Greek), by the Latin letter they imitate.
_CONFUSABLE = dict(zip(
    "аеорсуххіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν",
    "aeopcyxxijsdhlqwABEKMHOPCTXYIJSABEZHIKMNOPTYXoiv"))


def skeleton(name: str) -> str:
    """A name with compatibility forms folded and look-alike letters mapped to Latin."""
    folded = unicodedata.normalize("NFKC", name)
    return "".join(_CONFUSABLE.get(c, c) for c in folded if not c.isspace())


def _assumed(symbol: Any) -> dict[str, bool]:
    """The assumptions the symbol was created with (``positive=True``...)."""
    if not isinstance(symbol, sympy.Symbol):
        return {}
    given = getattr(symbol, "_assumptions_orig", None) or symbol.assumptions0
    return {k: v for k, v in given.items() if k != "commutative" and v is not None}


def _exprs_of_rule(rule: Any) -> list[Any]:
    """Every SymPy value a rule holds in its fields (besides ``expect``)."""
    out = []

    def add(value: Any) -> None:
        if isinstance(value, (sympy.Basic, sympy.MatrixBase)):
            out.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                add(k)
                add(v)
        elif isinstance(value, (tuple, list)):
            for v in value:
                add(v)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            pass

    for f in dataclasses.fields(rule):
        if f.name in ("expect", "note", "name", "on", "text"):
            continue
        add(getattr(rule, f.name))
    return out


def _free(expr: Any) -> set:
    try:
        return set(sympy.sympify(expr).free_symbols)
    except (sympy.SympifyError, TypeError, AttributeError):
        return set()


def _all_symbols(exprs: Iterable[Any]) -> set:
    """The free symbols (bound variables of integrals and sums are the binder's business)."""
    out: set = set()
    for e in exprs:
        out |= {s for s in _free(e) if not isinstance(s, sympy.Dummy)}
    return out


def _matrix_definitions(derivation: Any) -> set:
    """Matrix symbols a premise equates, alone or in a product, with an explicit matrix
    (``Y = Matrix([...])``, ``KJ = Matrix([...])``): their algebra is that of their entries."""
    out = set()
    for p in derivation.premises:
        rel = p.expr
        if not isinstance(rel, sympy.Eq):
            continue
        for side, other in ((rel.lhs, rel.rhs), (rel.rhs, rel.lhs)):
            if isinstance(other, sympy.MatrixBase) and isinstance(side, sympy.MatrixExpr):
                out |= set(side.atoms(sympy.MatrixSymbol))
    return out


def _non_commutative(expr: Any, defined: set) -> list[Any]:
    """The parts of ``expr`` whose algebra is not that of numbers: a symbol or function created
    with ``commutative=False``, a quaternion, a matrix symbol with no explicit entries."""
    try:
        expr = sympy.sympify(expr)
    except (sympy.SympifyError, TypeError):
        return []
    if isinstance(expr, sympy.MatrixBase):
        return [x for e in expr for x in _non_commutative(e, defined)]
    found = []
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.MatrixSymbol):
            if node not in defined:
                found.append(node)
        elif isinstance(node, (sympy.MatrixExpr, sympy.MatrixBase)) or not isinstance(node, sympy.Basic):
            continue  # a matrix expression: its symbols are judged above
        elif node.is_commutative is False and (
                isinstance(node, (sympy.Atom, sympy.Quaternion)) or "quantum" in str(type(node).__module__)
                or isinstance(node, sympy.core.function.AppliedUndef)
                and all(getattr(a, "is_commutative", True) is not False for a in node.args)):
            # The source of non-commutativity (a symbol, a function or an operator made so, a
            # quaternion), not an expression that contains one or applies a function to a matrix.
            found.append(node)
    return found


def _algebra_problems(derivation: Any) -> list[str]:
    """Symbols that are not numbers: the checker samples and proves in the algebra of real and
    complex numbers, where ``AB − BA = 0``; an operator or a bare matrix symbol would be checked
    as a number, so it is refused where it first appears."""
    defined = _matrix_definitions(derivation)
    places = [(f"premise {p.name!r}", p.expr) for p in derivation.premises]
    for k, rule in enumerate(derivation.steps):
        place = f"step {k + 1} ({type(rule).__name__})"
        places += [(place, rule.expect)] + [(place, e) for e in _exprs_of_rule(rule)]
    seen: dict[str, str] = {}
    for place, expr in places:
        for node in _non_commutative(expr, defined):
            seen.setdefault(str(node), place)
    problems = []
    for shown, place in sorted(seen.items()):
        problems.append(f"{place} uses {shown}, which is not a number (a non-commutative symbol, a quaternion or a "
                        f"matrix symbol with no explicit entries): the kernel checks the algebra of real and complex "
                        f"numbers, where products commute, so operators and matrices must be written by their "
                        f"entries (a Matrix of ordinary symbols)")
    return problems


def declaration_problems(derivation: Any) -> list[str]:
    """What is wrong with the symbols of ``derivation``: one sentence each (empty when nothing)."""
    params = {p.symbol for p in derivation.symbols}
    declared = set(derivation.names)
    premise_exprs = [p.expr for p in derivation.premises]
    step_exprs = []
    for rule in derivation.steps:
        step_exprs.append(rule.expect)
        step_exprs += _exprs_of_rule(rule)
    problems: list[str] = _algebra_problems(derivation)

    everything = _all_symbols(premise_exprs + step_exprs) | params
    names = {s for s in everything if str(s) in declared and s not in params}
    by_name: dict[str, set] = {}
    by_skeleton: dict[str, set] = {}
    for s in everything:
        by_name.setdefault(str(s), set()).add(s)
        by_skeleton.setdefault(skeleton(str(s)), set()).add(str(s))
    for shown, group in sorted(by_name.items()):
        if len(group) > 1:
            kinds = "; ".join(sorted(f"{', '.join(f'{k}={v}' for k, v in sorted(_assumed(s).items())) or 'no assumptions'}"
                                     for s in group))
            problems.append(f"two different symbols print as {shown!r} ({kinds}): a fresh symbol may not share the "
                            f"name of another; use the declared one")
    for skel, group in sorted(by_skeleton.items()):
        if len(group) > 1:
            problems.append(f"the symbols {', '.join(repr(g) for g in sorted(group))} look alike (Unicode "
                            f"confusables) but are different symbols")
    for s in sorted(everything - params - names, key=str):
        assumed = _assumed(s)
        if assumed:
            problems.append(f"symbol {s} carries the assumptions {', '.join(f'{k}={v}' for k, v in sorted(assumed.items()))}"
                            f" but is neither a declared parameter nor a declared name: declare it as a Param with "
                            f"a domain, or in Derivation(names=...) so the assumption is a premise in plain sight")

    # Names: what a premise or a step puts on its left-hand side (a quantity defined or derived).
    lefts = [p.expr.lhs for p in derivation.premises if isinstance(p.expr, sympy.Eq)]
    lefts += [getattr(r.expect, "lhs", None) for r in derivation.steps]
    defined = {x for x in lefts if isinstance(x, (sympy.Symbol, sympy.MatrixSymbol))}
    known = set(params) | set(names) | defined
    for p in derivation.premises:
        loose = sorted((s for s in _free(p.expr) - known if not isinstance(s, sympy.Dummy)
                        and str(s) not in declared), key=str)
        if loose:
            problems.append(f"premise {p.name!r} uses {', '.join(map(str, loose))}, which is neither a parameter, "
                            f"a name a premise or step defines, nor a declared name (Derivation(names=...)): an "
                            f"undeclared symbol has no domain to check on")
    for e in premise_exprs:
        known |= _free(e)
    for k, rule in enumerate(derivation.steps):
        fields = _exprs_of_rule(rule)
        bound = {sympy.sympify(rule.var)} if type(rule).__name__ == "Integrate" else set()
        used = set()
        for e in fields:
            used |= _free(e)
        expect = rule.expect
        lhs = getattr(expect, "lhs", None)
        rhs = getattr(expect, "rhs", expect)
        used |= _free(rhs)
        unknown = sorted(used - known - bound, key=str)
        if unknown:
            problems.append(f"step {k + 1} ({type(rule).__name__}) uses {', '.join(map(str, unknown))}, which no "
                            f"parameter, declared name, premise or earlier step introduces")
        known |= used | _free(lhs) if lhs is not None else used
    return problems


def declared_assumptions(derivation: Any) -> list[dict[str, str]]:
    """The declared names and the assumptions their symbols carry, as report entries."""
    exprs = [p.expr for p in derivation.premises]
    for rule in derivation.steps:
        exprs += [rule.expect] + _exprs_of_rule(rule)
    declared = set(derivation.names)
    out = []
    for s in sorted(_all_symbols(exprs), key=str):
        if str(s) in declared and _assumed(s):
            out.append({"name": str(s), "assumptions": ", ".join(f"{k}" if v else f"not {k}"
                                                                 for k, v in sorted(_assumed(s).items()))})
    return out

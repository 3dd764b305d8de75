"""Equality of two forms: the derived one and the written one, side by side.

Symbolic proof first (:mod:`verify.symbolic`), then a proof that the difference is
non-zero, then numeric confirmation (:mod:`verify.confirm`). Relations are aligned
(``a > b`` is ``b < a``) and a written left-hand side is either the rule's, a fresh name
the step defines, or shown equal to it.
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

from derivations._domains import Domain

import random

from .certify_series import series_agree
from .certify_sums import direct_summation_refutes
from .confirm import (_OPAQUE, _agree, _beyond_the_probe, _provably_nonzero, _sampling_domains, _value, _witness_point,
                      confirm_identity)
from .confirm_points import _points
from .symbolic import _endpoints, _has_named_operator, _safe, _smooth_derivative, reparametrize, symbolic_zero
from .verdicts import CONFIRMED, FAILED, INCONCLUSIVE, PROVED, StepVerdict, stable_seed

__all__ = ["prove_equal", "compare"]

def _align(found: Any, expected: Any) -> tuple[Any, Any] | str:
    """The two forms with their relations facing the same way, or why they cannot match."""
    found, expected = sympy.sympify(found), sympy.sympify(expected)
    rel = sympy.core.relational.Relational
    if isinstance(found, rel) != isinstance(expected, rel):
        return f"shape mismatch: derived {found} but expected {expected}"
    if isinstance(found, rel) and type(found) is not type(expected):
        if type(found.reversed) is type(expected):
            found = found.reversed
        else:
            return f"relation mismatch: derived {found} but expected {expected}"
    logic = (sympy.logic.boolalg.BooleanAtom, sympy.logic.boolalg.BooleanFunction)
    if not isinstance(found, rel) and (isinstance(found, logic) or isinstance(expected, logic)):
        if found != expected:
            return f"derived {found} but expected {expected}"
    return found, expected


#: Points a difference is screened at before any symbolic tactic runs.
SCREEN_POINTS = 2


def _screen(a: Any, b: Any, domains: Mapping[sympy.Symbol, Domain], key: str, dps: int,
            restrict: Mapping[Any, tuple[Any, Any]] | None) -> StepVerdict | None:
    """A false equality refuted before the symbolic tactics (which on a false one all run to the
    end of their budgets): the two sides evaluated at a few points of the domain; where they
    differ beyond rounding, numeric confirmation gives the verdict (with its counterexample).
    Only a failure is returned: agreement proves nothing, and the tactics run as before."""
    # An operator, a name, or a sum or product (whose length is a sampled integer, 10^6 terms
    # or more) is left to the tactics: the screen must cost less than they do.
    if a.has(*_OPAQUE, sympy.Sum, sympy.Product) or b.has(*_OPAQUE, sympy.Sum, sympy.Product) or \
            a.atoms(sympy.core.function.AppliedUndef) or b.atoms(sympy.core.function.AppliedUndef):
        return None
    doms = _sampling_domains((a, b), domains)
    if isinstance(doms, str) or not doms:
        return None
    rng = random.Random(stable_seed(key + "/screen"))
    for point in _points(doms, restrict or {}, rng, SCREEN_POINTS):
        va, vb = _value(a, point, dps), _value(b, point, dps)
        if va is None or vb is None or _agree(va, vb, dps):
            continue
        wa, wb = _value(a, point, 3 * dps), _value(b, point, 3 * dps)
        if wa is not None and wb is not None and not _agree(wa, wb, dps):
            verdict = confirm_identity((a, b), domains, key, dps, restrict)
            return verdict if verdict.verdict == FAILED else None
    return None


def prove_equal(a: Any, b: Any, domains: Mapping[sympy.Symbol, Domain], *, key: str, dps: int,
                restrict: Mapping[Any, tuple[Any, Any]] | None = None) -> StepVerdict:
    """Decide whether two expressions are equal on the domain: proved, confirmed or refuted."""
    a, b = sympy.sympify(a), sympy.sympify(b)
    if a == b:
        return StepVerdict(PROVED, "symbolic: identical")
    if isinstance(a, sympy.MatrixBase) or isinstance(b, sympy.MatrixBase):
        if not (isinstance(a, sympy.MatrixBase) and isinstance(b, sympy.MatrixBase)) or a.shape != b.shape:
            return StepVerdict(FAILED, f"shape mismatch: {a} and {b}", {"derived": str(a), "expected": str(b)})
        methods, confirmed = [], []
        for k, (ea, eb) in enumerate(zip(a, b)):
            v = prove_equal(ea, eb, domains, key=f"{key}/{k}", dps=dps, restrict=restrict)
            if v.verdict == FAILED:
                return StepVerdict(FAILED, f"entry {k}: {v.method}", v.counterexample)
            if v.verdict == INCONCLUSIVE:
                return v
            (methods if v.verdict == PROVED else confirmed).append(v.method)
        if confirmed:
            return StepVerdict(CONFIRMED, "entrywise: " + confirmed[0])
        return StepVerdict(PROVED, "symbolic: entrywise")
    if not a.free_symbols and not b.free_symbols and (a.is_infinite or b.is_infinite or a.has(sympy.zoo, sympy.nan)
                                                      or b.has(sympy.zoo, sympy.nan)):
        return StepVerdict(FAILED, f"{a} is not {b}", {"derived": str(a), "expected": str(b)})
    screened = _screen(a, b, domains, key, dps, restrict)
    if screened is not None:
        return screened
    if a.has(sympy.Sum, sympy.Product) or b.has(sympy.Sum, sympy.Product):
        refuted = direct_summation_refutes(a, b, domains, dps)
        if refuted is not None:
            return StepVerdict(FAILED, "the two sides differ where every sum is added up term by term "
                                       "(exact arithmetic, small integer points)", refuted)
        if _beyond_the_probe(a, b) is None:  # a Fourier-type series SymPy cannot evaluate: balls with a tail bound
            agreed = series_agree(a, b, domains, dps)
            if agreed is not None:
                return agreed
    method = symbolic_zero(a - b, domains)
    if method is not None:
        return StepVerdict(PROVED, "symbolic: " + method)
    sign = _provably_nonzero(a - b, domains) if a.is_number is not True or b.is_number is not True else None
    if sign is not None:
        return StepVerdict(FAILED, f"the difference of the two sides is provably {sign} on the whole domain "
                                   f"(SymPy's sign of the difference)",
                           _witness_point(a, b, domains, key, dps, restrict) or {"derived": str(a), "expected": str(b)})
    if a.has(sympy.oo, -sympy.oo, sympy.zoo) or b.has(sympy.oo, -sympy.oo, sympy.zoo):
        # oo − oo is undefined: compare infinite values as forms, with the domain's knowledge.
        sub = reparametrize({s: d for s, d in domains.items() if s in (a.free_symbols | b.free_symbols)})
        if sub and not _endpoints({s: domains[s] for s in sub}):
            if _safe(sympy.simplify, a.xreplace(sub)) == _safe(sympy.simplify, b.xreplace(sub)):
                return StepVerdict(PROVED, "symbolic: identical on the bounded domain")
    return confirm_identity((a, b), domains, key, dps, restrict)


def _derivative_written_out(derived: Any, written: Any, domains: Mapping[sympy.Symbol, Domain]) -> bool:
    """Whether ``written`` is the derivative ``derived`` carried out by the sum, product and chain
    rules (exactly: their difference expands to 0), SymPy's formal derivative being the derivative
    on the whole domain (:func:`verify.symbolic._smooth_derivative`)."""
    if not isinstance(derived, sympy.Derivative) or derived.has(sympy.Integral, sympy.Sum, sympy.Product, sympy.Limit):
        return False
    if any(s not in domains for s in derived.free_symbols):
        return False  # a name (h = x²) would be differentiated as a constant (review 15)
    variables = {v for v, _ in derived.variable_count}
    if any(not variables <= call.free_symbols for call in derived.atoms(sympy.core.function.AppliedUndef)):
        return False  # a function of other arguments (L(x) in d/dy) may stand for a form in y: not a constant
    try:
        return sympy.expand(derived.doit() - written) == 0 and _smooth_derivative(derived, domains)
    except Exception:  # noqa: BLE001 - not shown: the written side is compared as before
        return False


def compare(found: Any, expected: Any, domains: Mapping[sympy.Symbol, Domain], *, key: str,
            dps: int, fresh: Any = (), restrict: Mapping[Any, tuple[Any, Any]] | None = None) -> StepVerdict:
    """Decide whether ``found`` (derived) equals ``expected`` (written), side by side.

    A written left-hand side in ``fresh`` is a new name the step defines. Otherwise a
    written left-hand side must be proved or confirmed equal to the rule's: one that can be
    neither is refused. Two relations are also the same when their ``lhs − rhs`` agree.
    """
    aligned = _align(found, expected)
    if isinstance(aligned, str):
        return StepVerdict(FAILED, aligned, {"derived": str(found), "expected": str(expected)})
    fa, fb = aligned
    if not isinstance(fa, sympy.core.relational.Relational):
        if isinstance(fa, (sympy.logic.boolalg.BooleanAtom, sympy.logic.boolalg.BooleanFunction)):
            return StepVerdict(PROVED, "symbolic: identical")
        return prove_equal(fa, fb, domains, key=key, dps=dps, restrict=restrict)
    defined = fa.lhs != fb.lhs and fb.lhs in fresh
    if fa.lhs != fb.lhs and not defined and _derivative_written_out(fa.lhs, fb.lhs, domains):
        fb = type(fb)(fa.lhs, fb.rhs, evaluate=False)  # d/dx (x² + y(x)²) written 2x + 2y y' (review 14)
    if fa.lhs != fb.lhs and not defined and (_has_named_operator(fa.lhs, domains)
                                             or _has_named_operator(fb.lhs, domains)):
        return StepVerdict(FAILED, f"the written left-hand side {fb.lhs} is neither the rule's {fa.lhs} "
                                   f"nor a fresh name", {"derived": str(fa.lhs), "expected": str(fb.lhs)})
    lhs = (StepVerdict(PROVED, "symbolic: identical") if fa.lhs == fb.lhs or defined
           else prove_equal(fa.lhs, fb.lhs, domains, key=f"{key}/lhs", dps=dps, restrict=restrict))
    rhs = prove_equal(fa.rhs, fb.rhs, domains, key=f"{key}/rhs", dps=dps, restrict=restrict)
    note = f"; defines {fb.lhs} := {fa.lhs}" if defined else ""
    if lhs.verdict in (PROVED, CONFIRMED) and rhs.verdict in (PROVED, CONFIRMED):
        if lhs.verdict == rhs.verdict == PROVED:
            methods = sorted({lhs.method.removeprefix("symbolic: "), rhs.method.removeprefix("symbolic: ")})
            return StepVerdict(PROVED, "symbolic: " + ", ".join(methods) + note)
        return StepVerdict(CONFIRMED, "; ".join(v.method for v in (lhs, rhs) if v.verdict == CONFIRMED) + note)
    matrices = any(isinstance(e, sympy.MatrixBase) for e in (fa.lhs, fa.rhs, fb.lhs, fb.rhs))
    # review 32: with the left-hand sides equal, a counterexample to the right-hand sides is one to the
    # relation; sampling lhs − rhs (a name more to draw, other points) must not confirm it over that
    refuted = lhs.verdict == PROVED and rhs.verdict == FAILED
    if not defined and not matrices and not refuted:
        # lhs = rhs ⇔ lhs − rhs = 0 (and likewise for an inequality): the same relation, rearranged.
        whole = prove_equal(fa.lhs - fa.rhs, fb.lhs - fb.rhs, domains, key=f"{key}/d", dps=dps, restrict=restrict)
        if whole.verdict == PROVED:
            return StepVerdict(PROVED, "symbolic (as lhs − rhs): " + whole.method.removeprefix("symbolic: "))
        if whole.verdict == CONFIRMED:
            return StepVerdict(CONFIRMED, whole.method + " (as lhs − rhs)")
    for part, side in ((rhs, "right"), (lhs, "left")):
        if part.verdict == FAILED:
            cx = part.counterexample or {}
            return StepVerdict(FAILED, f"{side}-hand side: {part.method}", cx or None)
    if lhs.verdict == INCONCLUSIVE:
        return StepVerdict(FAILED, f"the written left-hand side {fb.lhs} is neither the rule's {fa.lhs}, "
                                   f"nor shown equal to it, nor a fresh name", {"derived": str(fa.lhs),
                                                                                "expected": str(fb.lhs)})
    return rhs

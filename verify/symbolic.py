"""Symbolic proof: exact reductions of a difference to 0, and signs SymPy can establish.

Only exact reductions count (SymPy's undecided answers never do). A bounded or shifted
interval is told to SymPy by a reparametrization (:func:`reparametrize`), its closed ends
checked separately; operators applied to *names* are kept opaque (:func:`hide_names`).
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy
from sympy.functions.elementary.hyperbolic import HyperbolicFunction

from derivations._budget import TACTIC_SECONDS, OutOfTime, cpu_seconds, within
from derivations._domains import Domain
from derivations._precision import POLY_EXPONENT_LIMIT

__all__ = ["reparametrize", "hide_names", "symbolic_zero", "too_large_for_polys", "tactic"]

#: Operators that cannot be evaluated numerically as they stand; non-analytic functions
#: (a kink or a switch) that sampling can refute but not confirm.
_OPAQUE = (sympy.Derivative, sympy.Integral, sympy.Limit, sympy.Subs)
_NON_ANALYTIC = (sympy.Min, sympy.Max, sympy.Abs, sympy.sign, sympy.Piecewise, sympy.Heaviside, sympy.floor,
                 sympy.ceiling, sympy.Mod)


def _positive_dummy(name: str) -> sympy.Dummy:
    return sympy.Dummy(name, positive=True)


def reparametrize(domains: Mapping[Any, Domain]) -> dict[Any, Any]:
    """Substitutions that tell SymPy what a bounded or shifted interval knows.

    SymPy's assumptions say ``positive`` but not ``< 1``; writing ``p = 1/(1 + t)`` with
    ``t > 0`` covers exactly ``p ∈ (0, 1)``, so an identity proved in ``t`` holds on the
    open interval. Closed ends are checked separately by :func:`_endpoints`.
    """
    out = {}
    for s, d in domains.items():
        if not isinstance(s, sympy.Symbol) or d.kind != "real":
            continue
        lo, hi = d.lo_exact, d.hi_exact
        t = _positive_dummy(f"t_{s}")
        if lo is not None and hi is not None:
            out[s] = lo + (hi - lo) / (1 + t)
        elif lo is not None and lo != 0:
            out[s] = lo + t
        elif hi is not None:
            out[s] = hi - t
    return out


def _endpoints(domains: Mapping[Any, Domain]) -> list[dict[Any, Any]]:
    pts = []
    for s, d in domains.items():
        if d.kind != "real" or not isinstance(s, sympy.Symbol):
            continue
        for end, is_open in ((d.lo_exact, d.lo_open), (d.hi_exact, d.hi_open)):
            if end is not None and not is_open:
                pts.append({s: end})
    return pts


_TACTIC_ERRORS = (TypeError, ValueError, NotImplementedError, AttributeError, RecursionError,
                  sympy.PolynomialError, ZeroDivisionError)


def too_large_for_polys(expr: Any) -> bool:
    """Whether ``expr`` has an exponent with an integer beyond :data:`POLY_EXPONENT_LIMIT`
    (``exp(x − 10^9)``, ``y^(10^6)``): a tactic would build a dense polynomial of that degree.

    >>> x = sympy.Symbol("x")
    >>> too_large_for_polys(sympy.exp(x - 10**9)), too_large_for_polys(sympy.exp(-300) * x**3)
    (True, False)
    """
    for node in sympy.preorder_traversal(sympy.sympify(expr)):
        exponent = node.args[0] if isinstance(node, sympy.exp) else node.exp if isinstance(node, sympy.Pow) else None
        if exponent is not None and any(abs(r.p) > POLY_EXPONENT_LIMIT or r.q > POLY_EXPONENT_LIMIT
                                        for r in sympy.sympify(exponent).atoms(sympy.Rational)):
            return True
    return False


#: Finished tactics, ``(fn, expr) -> ("ok", value) | ("raise", exception)``: the same tactic on the same
#: expression (the equality check, its re-check from a corrected input, the sign proofs) is run once.
#: Only a finished run is kept (a value, or one of SymPy's own errors); a run that ran out of time
#: is not (it may have been an enclosing budget's expiry), so nothing undecided is remembered.
_MEMO: dict[Any, tuple[str, Any]] = {}
_MEMO_SIZE = 4096


def _memo_key(fn: Any, expr: Any) -> Any | None:
    """A key naming ``fn`` by its code and defaults (a lambda made afresh per call is the same
    tactic), None where ``fn`` closes over state (then it is not remembered)."""
    code = getattr(fn, "__code__", None)
    if code is None or getattr(fn, "__closure__", None):
        return None
    key = (code, getattr(fn, "__defaults__", None), getattr(fn, "__module__", None), expr)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def tactic(fn: Any, expr: Any) -> Any:
    """``fn(expr)`` under the tactic budget; raises :class:`OutOfTime` at once for an expression
    whose polynomials would not fit in memory (an undecided tactic, never a wrong one)."""
    key = _memo_key(fn, expr)
    hit = _MEMO.get(key) if key is not None else None
    if hit is not None:
        if hit[0] == "raise":
            raise hit[1].with_traceback(None)
        return hit[1]
    if too_large_for_polys(expr):
        raise OutOfTime("an exponent too large for SymPy's dense polynomials")
    start = cpu_seconds()
    try:
        value = within(TACTIC_SECONDS, fn, expr)
    except _TACTIC_ERRORS as exc:
        # not RecursionError (it depends on the caller's stack depth), nor anything raised after the
        # alarm could have fired (an OutOfTime that SymPy caught and turned into another error)
        if not isinstance(exc, RecursionError) and cpu_seconds() - start < TACTIC_SECONDS / 2:
            _remember(key, ("raise", exc.with_traceback(None)))  # no frames kept alive for the run
        raise
    if cpu_seconds() - start < TACTIC_SECONDS / 2:  # surely finished before any alarm
        _remember(key, ("ok", value))
    return value


def _remember(key: Any, entry: tuple[str, Any]) -> None:
    if key is None:
        return
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.pop(next(iter(_MEMO)))
    _MEMO[key] = entry


def _zero_by_tactics(diff: Any) -> str | None:
    if diff == 0:
        return "identical"
    tactics = [("cancel", sympy.cancel), ("simplify", sympy.simplify)]
    if diff.has(sympy.log):
        tactics.append(("expand_log", lambda e: sympy.simplify(sympy.expand_log(e))))
    if diff.has(HyperbolicFunction):  # tanh(x/2) against 1/(1 + e^{−x}): simplify keeps them apart
        tactics.append(("rewrite in exp", lambda e: sympy.simplify(e.rewrite(sympy.exp))))
    if diff.has(sympy.Pow):
        tactics.append(("powdenest", lambda e: sympy.simplify(sympy.powdenest(sympy.powsimp(e)))))
        tactics.append(("expand_power_base", lambda e: sympy.simplify(sympy.expand_power_base(e))))
        tactics.append(("expand, expand_power_base", lambda e: sympy.simplify(sympy.expand_power_base(sympy.expand(e)))))
    from .certify_sums import has_inert_sums, linear_form
    if has_inert_sums(diff):  # unevaluated sums: compared after linearity, before and after each tactic
        diff = linear_form(diff)
        if diff == 0:
            return "linearity of sums"
        # The rewrites alone first: simplify may fold c^p·y^p back into (c·y)^p before linearity applies.
        bare = [("expand_power_base", sympy.expand_power_base), ("powdenest", lambda e: sympy.powdenest(sympy.powsimp(e)))]
        tactics = [(name, lambda e, fn=fn: linear_form(fn(e))) for name, fn in bare + tactics]
    for name, fn in tactics:
        try:
            if tactic(fn, diff) == 0:
                return name
        except (*_TACTIC_ERRORS, OutOfTime):
            continue
    return None


def hide_names(expr: Any, domains: Mapping[Any, Domain]) -> Any:
    """``expr`` with every operator applied to a *name* replaced by an opaque symbol.

    A name (a symbol that is not a declared parameter, or an undefined function) stands for
    a quantity whose dependence on the parameters is not written out: ``d f/dx`` of a plain
    symbol ``f`` is not 0, ``lim f`` is not ``f``. SymPy would say they are, so such terms
    are kept out of its reach; they can only match themselves.
    """
    expr = sympy.sympify(expr)
    params = set(domains)
    found = {}
    for atom in sorted(expr.atoms(*_OPAQUE, sympy.core.function.AppliedUndef), key=sympy.srepr):
        if isinstance(atom, sympy.core.function.AppliedUndef) and not str(atom.func) in _OPAQUE_NAMES:
            continue
        inner = atom.free_symbols - params
        bound = set()
        if isinstance(atom, (sympy.Integral, sympy.Subs, sympy.Limit, sympy.Derivative)):
            bound = set(getattr(atom, "variables", ())) | set(getattr(atom, "bound_symbols", ()))
        if (inner - bound) or atom.atoms(sympy.core.function.AppliedUndef) or str(getattr(atom, "func", "")) in _OPAQUE_NAMES:
            found[atom] = sympy.Dummy(f"[{atom}]")
    return expr.xreplace(found) if found else expr


_OPAQUE_NAMES = {"Jacobian", "det"}


def _has_named_operator(expr: Any, domains: Mapping[Any, Domain]) -> bool:
    return hide_names(expr, domains) != sympy.sympify(expr)


def _smooth_derivative(d: Any, domains: Mapping[Any, Domain]) -> bool:
    """Whether SymPy's formal derivative ``d`` is the derivative on the whole domain: every
    function on the allow-list (derivations._rules_smoothness), each condition proved."""
    from derivations._rules_base import RuleError
    from derivations._rules_smoothness import smoothness_conditions
    for v, _ in d.variable_count:
        try:
            conditions = smoothness_conditions(d.expr, v)
        except RuleError:
            return False
        if any(o.kind not in ("nonzero", "positive") or _prove_sign(o.expr, o.kind, domains) is not True
               for o in conditions):
            return False
    return True


def _evaluate_sums(expr: Any, domains: Mapping[Any, Domain]) -> Any:
    """Sums and products replaced by their closed forms where those are certified (bounds an
    integer apart, SymPy's doit proved by induction: :mod:`verify.certify_sums`), and nothing
    else: a full ``doit`` would also take SymPy's derivatives, integrals and limits unguarded."""
    from .certify_sums import evaluate_sums
    return evaluate_sums(expr, domains)


def _opaque_operators(expr: Any) -> Any:
    """``expr`` with each unevaluated operator (limit, integral, substitution, derivative, transform) replaced
    by an opaque symbol, the same symbol for the same operator."""
    from sympy.integrals.transforms import IntegralTransform
    polynomial = {a: _polynomial_value(a) for a in expr.atoms(sympy.Integral) if _polynomial_integral(a)}
    expr = expr.xreplace({a: v for a, v in polynomial.items() if v is not None})
    found = {a: sympy.Dummy(f"[{a}]") for a in sorted(expr.atoms(*_OPAQUE, IntegralTransform), key=sympy.srepr)}
    # an operator inside another is part of the outer one's symbol
    outer = {a: d for a, d in found.items() if not any(a != b and b.has(a) for b in found)}
    return expr.xreplace(outer) if outer else expr


def _polynomial_integral(a: Any) -> bool:
    """Whether ``a`` integrates a polynomial in its variables over finite ends (``∫₀^s dx``): its value is the
    antiderivative's difference, exact, which :func:`_polynomial_value` takes without a guess. The integrand and
    the ends must be plain (:func:`_plain`): a coefficient that is itself a limit or an integral is no polynomial
    coefficient SymPy may evaluate (review 19: ``∫₀¹ 2u·lim_{x→0⁻} 2^{−1/x} du`` "is 0")."""
    if any(len(lim) != 3 for lim in a.limits) or not all(_plain(e) for e in (a.function, *a.limits)):
        return False
    if any(e.has(sympy.oo, -sympy.oo, sympy.zoo) for lim in a.limits for e in lim[1:]):
        return False
    inner = a.function
    for lim in a.limits:
        if not inner.is_polynomial(lim[0]) or any(lim[0] in e.free_symbols for e in lim[1:]):
            return False
    return all(not any(lim[0] in e.free_symbols for e in other[1:]) for lim in a.limits for other in a.limits)


def _plain(expr: Any) -> bool:
    """Whether ``expr`` is only numbers, symbols, arithmetic and functions whose ``doit`` evaluates nothing (an
    allow-list: any operator, unknown function, opaque symbol or class with its own ``doit`` is not plain)."""
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, (sympy.Add, sympy.Mul, sympy.Pow, sympy.Tuple, sympy.NumberSymbol)) or node is sympy.I:
            continue
        if type(node) is sympy.Symbol or isinstance(node, sympy.Number) and node.is_finite:  # no Dummy, no ∞
            continue
        if (isinstance(node, sympy.Function) and not isinstance(node, sympy.core.function.AppliedUndef)
                and type(node).doit is sympy.Basic.doit):
            continue
        return False
    return True


def _polynomial_value(a: Any) -> Any:
    """The exact value of a :func:`_polynomial_integral`, innermost variable first, from the polynomial
    antiderivative itself (no ``doit``, deep or not); None if SymPy's polynomials cannot hold it."""
    inner = a.function
    try:
        for x, lo, hi in a.limits:
            anti = sympy.Poly(inner, x).integrate().as_expr()
            inner = anti.xreplace({x: hi}) - anti.xreplace({x: lo})
    except _TACTIC_ERRORS:
        return None
    return inner


def symbolic_zero(diff: Any, domains: Mapping[Any, Domain]) -> str | None:
    """Name of the exact argument that reduces ``diff`` to 0 on the domain, or None.

    Only exact reductions count: SymPy's undecided answers never do. Operators applied to
    names are opaque (see :func:`hide_names`).
    """
    diff = hide_names(diff, domains)
    evaluated = ""
    # A derivative of an explicit expression (no name left in it: hide_names took those) is
    # evaluated; left unevaluated it cannot follow a reparametrization of its variable.
    # Only where the expression is smooth: SymPy's d|x|/dx = sign(x) is wrong at the kink.
    explicit = {d: d.doit() for d in diff.atoms(sympy.Derivative)
                if not d.atoms(sympy.core.function.AppliedUndef, sympy.Dummy) and _smooth_derivative(d, domains)}
    if explicit:
        diff, evaluated = diff.xreplace(explicit), "differentiate, "
    if diff.has(sympy.Sum, sympy.Product):
        try:
            summed = _evaluate_sums(diff, domains)
            if summed != diff:
                diff, evaluated = summed, "doit (certified by induction), "
        except (*_TACTIC_ERRORS, OutOfTime):
            pass
        from .certify_sums import inert_sums
        diff = inert_sums(diff)  # what is left is compared structurally, never evaluated
    # What is left of limits, integrals, substitutions, derivatives and transforms is SymPy's to evaluate
    # inside simplify, unguarded (review 18: lim_{x→0⁻} 2^{−1/x} "is 0", ∫₀^{2π} dx/(√2 + cos x) "is 0"): each
    # stands for itself, an opaque symbol that cancels only against the same operator. Their values are
    # the calculus rules' to take, certified.
    diff = _opaque_operators(diff)
    method = _zero_by_tactics(diff)
    if method is not None:
        return evaluated + method
    sub = {s: v for s, v in reparametrize(domains).items() if s in diff.free_symbols}
    if not sub:
        return None
    try:
        shifted = diff.xreplace(sub)
    except _TACTIC_ERRORS:  # an operator in a reparametrized variable: undecided here
        return None
    method = _zero_by_tactics(shifted)
    if method is None:
        return None
    for point in _endpoints({s: domains[s] for s in sub}):
        try:
            if tactic(sympy.simplify, diff.xreplace(point)) != 0:
                return None
        except (*_TACTIC_ERRORS, OutOfTime):
            return None
    return method + " on the bounded domain"


def _prove_sign(expr: Any, kind: str, domains: Mapping[Any, Domain]) -> bool | None:
    """True if ``expr`` provably has the property on the domain, False if provably not, else None."""
    expr = sympy.sympify(expr)
    attr = {"positive": "is_positive", "nonnegative": "is_nonnegative", "nonzero": "is_nonzero",
            "finite": "is_finite", "real": "is_real"}[kind]
    if kind in ("positive", "nonnegative") and _negative_inside(expr, domains):
        return None
    candidates = [expr]
    sub = {s: v for s, v in reparametrize(domains).items() if s in expr.free_symbols}
    if sub:
        try:
            candidates.append(expr.xreplace(sub))
        except _TACTIC_ERRORS:  # an operator in a reparametrized variable (d/dx with x shifted)
            sub = {}
    for e in candidates:
        for make in (lambda e: e, lambda e: _safe(sympy.factor, e), lambda e: _safe(sympy.simplify, e)):
            form = make(e)  # cheapest first: most conditions are decided by the assumptions alone
            if form is None:
                continue
            value = getattr(form, attr)
            if value is True:
                if sub and e is not expr:  # closed ends are outside the reparametrized interval
                    for point in _endpoints({s: domains[s] for s in sub}):
                        if getattr(_safe(sympy.simplify, expr.xreplace(point)), attr, None) is not True:
                            return None
                return True
            if value is False and e is expr and not expr.free_symbols:
                return False
    return None


#: Seconds for the quick look of :func:`_negative_inside` (it only spares a proof that cannot succeed).
_LOOK_SECONDS = 1.0


def _negative_inside(expr: Any, domains: Mapping[Any, Domain]) -> bool:
    """Whether ``expr`` is clearly negative at one inside point of the real domains of its symbols: then no
    sign proof is tried (review 24's ``acos`` of a sextic: SymPy's assumptions took 20 s to say nothing)."""
    if expr.has(sympy.Sum, sympy.Product, sympy.hyper, sympy.meijerg, *_OPAQUE):
        return False  # evaluating an operator is no quick look (SymPy's Euler–Maclaurin ran for minutes)
    point = {}
    for s in expr.free_symbols:
        dom = domains.get(s)
        if dom is None or dom.kind != "real":
            return False
        lo, hi = dom.lo, dom.hi
        middle = (lo + hi) / 2 if lo is not None and hi is not None else lo + 1 if lo is not None else \
            hi - 1 if hi is not None else 0
        point[s] = sympy.Rational(middle.numerator, middle.denominator) if hasattr(middle, "numerator") \
            else sympy.Integer(middle)
    try:
        value = within(_LOOK_SECONDS, sympy.N, expr.xreplace(point), 20)
    except (*_TACTIC_ERRORS, OutOfTime):
        return False
    return bool(value.is_Number and value.is_real and value < sympy.Float("-1e-10"))


def _safe(fn, e):
    try:
        return tactic(fn, e)
    except (*_TACTIC_ERRORS, OutOfTime):
        return None

"""The checker: replays each step of a derivation and gives it a verdict.

Four verdicts, as in DESIGN.md:

* ``proved``: SymPy reduces the difference of the derived and the expected form to 0;
* ``confirmed``: the two agree at ``CONFIRM_POINTS`` points drawn from the symbols'
  domains (seeded by a stable hash of the step's id) at the working precision;
* ``inconclusive``: neither could decide (no point could be evaluated, ...);
* ``failed``: a counterexample, which is reported.

SymPy's undecided answers are never promoted: only an exact ``0`` proves.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import sys
import time
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import mpmath
import sympy

from derivations import Agreement, Derivation, Integer, Measurement, Positive, Real
from derivations import _rules as _rules_module
from derivations._budget import TACTIC_SECONDS, OutOfTime, within
from derivations._context import dependent_names, describe_constraint, pinning_condition
from derivations._domains import Domain, whole_domain_point
from derivations._model import as_mp
from derivations._rules import BUILTIN_RULES, Obligation, Ref, Substitute, bound_entries
from derivations._precision import (CONFIRM_POINTS, DIGITS_LOST, EXTREME_EXPONENT, GUARD_DIGITS, NONZERO_PROBE_DPS,
                                   relative_tolerance, required_digits)

from .cache import VerdictCache
from .claims import check_claim
from .numeric import agreement_digits
from .rigorous import certify

__all__ = [
    "PROVED",
    "CONFIRMED",
    "INCONCLUSIVE",
    "FAILED",
    "VERDICTS",
    "StepVerdict",
    "compare",
    "check_steps",
    "check_route",
    "check_derivation",
    "combine",
]

PROVED, CONFIRMED, INCONCLUSIVE, FAILED = "proved", "confirmed", "inconclusive", "failed"
#: Verdicts from best to worst; a derivation gets the worst verdict of its parts.
VERDICTS = (PROVED, CONFIRMED, INCONCLUSIVE, FAILED)


@dataclass
class StepVerdict:
    """The outcome of comparing a derived expression with the expected one."""

    verdict: str
    method: str
    counterexample: dict[str, str] | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {"verdict": self.verdict, "method": self.method}
        if self.counterexample is not None:
            out["counterexample"] = self.counterexample
        return out


def combine(verdicts: list[str]) -> str:
    """The worst of several verdicts (``proved`` for none)."""
    return max(verdicts, key=VERDICTS.index, default=PROVED)


def stable_seed(key: str) -> int:
    """A seed that depends only on ``key`` (Python's ``hash`` is salted per process)."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")


def _default_domain(symbol: sympy.Symbol) -> Domain | None:
    """Where an undeclared symbol (a name, a bound variable) is sampled: what its assumptions say.

    A symbol without assumptions is complex in SymPy; it is sampled on the real line, which
    can refute an identity but confirms it only for real values (names are real quantities).
    """
    if not isinstance(symbol, sympy.Symbol):
        return None
    if symbol.is_integer:
        return Integer(1) if symbol.is_positive else Integer(0) if symbol.is_nonnegative else Integer()
    if symbol.is_positive:
        return Positive()
    if symbol.is_negative:
        return Real(None, 0)
    if symbol.is_nonnegative:
        return Real(0, None, lo_open=False)
    return Real()


def _restrictions(derivation: Derivation | None) -> dict[Any, tuple[Any, Any]]:
    if derivation is None:
        return {}
    return {derivation.param(r.name).symbol: (r.lo, r.hi) for r in derivation.sampling}


# -- symbolic proof ------------------------------------------------------------------------

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
        lo = None if d.lo is None else sympy.Rational(d.lo.numerator, d.lo.denominator)
        hi = None if d.hi is None else sympy.Rational(d.hi.numerator, d.hi.denominator)
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
        for end, is_open in ((d.lo, d.lo_open), (d.hi, d.hi_open)):
            if end is not None and not is_open:
                pts.append({s: sympy.Rational(end.numerator, end.denominator)})
    return pts


_TACTIC_ERRORS = (TypeError, ValueError, NotImplementedError, AttributeError, RecursionError,
                  sympy.PolynomialError, ZeroDivisionError)


def _zero_by_tactics(diff: Any) -> str | None:
    if diff == 0:
        return "identical"
    tactics = [("cancel", sympy.cancel), ("simplify", sympy.simplify)]
    if diff.has(sympy.log):
        tactics.append(("expand_log", lambda e: sympy.simplify(sympy.expand_log(e))))
    if diff.has(sympy.Pow):
        tactics.append(("powdenest", lambda e: sympy.simplify(sympy.powdenest(sympy.powsimp(e)))))
        tactics.append(("expand_power_base", lambda e: sympy.simplify(sympy.expand_power_base(e))))
        tactics.append(("expand, expand_power_base", lambda e: sympy.simplify(sympy.expand_power_base(sympy.expand(e)))))
    for name, fn in tactics:
        try:
            if within(TACTIC_SECONDS, fn, diff) == 0:
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


def symbolic_zero(diff: Any, domains: Mapping[Any, Domain]) -> str | None:
    """Name of the exact argument that reduces ``diff`` to 0 on the domain, or None.

    Only exact reductions count: SymPy's undecided answers never do. Operators applied to
    names are opaque (see :func:`hide_names`).
    """
    diff = hide_names(diff, domains)
    evaluated = ""
    # A derivative of an explicit expression (no name left in it: hide_names took those) is
    # evaluated; left unevaluated it cannot follow a reparametrization of its variable.
    explicit = {d: d.doit() for d in diff.atoms(sympy.Derivative)
                if not d.atoms(sympy.core.function.AppliedUndef, sympy.Dummy)}
    if explicit:
        diff, evaluated = diff.xreplace(explicit), "differentiate, "
    if diff.has(sympy.Sum, sympy.Product):
        try:
            diff, evaluated = diff.doit(), "doit, "
        except _TACTIC_ERRORS:
            pass
    method = _zero_by_tactics(diff)
    if method is not None:
        return evaluated + method
    if method is not None:
        return method
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
            if within(TACTIC_SECONDS, sympy.simplify, diff.xreplace(point)) != 0:
                return None
        except (*_TACTIC_ERRORS, OutOfTime):
            return None
    return method + " on the bounded domain"


def _prove_sign(expr: Any, kind: str, domains: Mapping[Any, Domain]) -> bool | None:
    """True if ``expr`` provably has the property on the domain, False if provably not, else None."""
    expr = sympy.sympify(expr)
    attr = {"positive": "is_positive", "nonnegative": "is_nonnegative", "nonzero": "is_nonzero",
            "finite": "is_finite", "real": "is_real"}[kind]
    candidates = [expr]
    sub = {s: v for s, v in reparametrize(domains).items() if s in expr.free_symbols}
    if sub:
        candidates.append(expr.xreplace(sub))
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


def _safe(fn, e):
    try:
        return within(TACTIC_SECONDS, fn, e)
    except (*_TACTIC_ERRORS, OutOfTime):
        return None


# -- numeric confirmation ------------------------------------------------------------------

_OPAQUE = (sympy.Derivative, sympy.Integral, sympy.Limit, sympy.Subs)
_NON_ANALYTIC = (sympy.Min, sympy.Max, sympy.Abs, sympy.sign, sympy.Piecewise, sympy.Heaviside, sympy.floor,
                 sympy.ceiling, sympy.Mod)


def _value(expr: sympy.Expr, point: Mapping[sympy.Symbol, Any], dps: int) -> mpmath.mpc | None:
    """``expr`` at an exact point, to ``dps`` digits; None where it is not a finite number."""
    # Floats, not the exact rationals: exact powers with symbolic exponents can blow up.
    # Integers stay exact in a sum or product (a float in a bound makes SymPy's summation crawl);
    # elsewhere floats (an exact huge power would).
    keep = sympy.Integer if sympy.sympify(expr).has(sympy.Sum, sympy.Product) else ()
    floats = {s: v if isinstance(v, str) or (keep and isinstance(v, keep)) else sympy.Float(v, dps + 20)
              for s, v in point.items()}
    try:
        v = sympy.sympify(expr).xreplace(floats)
        if v.has(sympy.Sum, sympy.Product):
            v = v.doit()
        v = v.evalf(dps)
    except (TypeError, ValueError, ZeroDivisionError, AttributeError, OverflowError):
        return None
    if v in (sympy.oo, -sympy.oo):  # a signed infinity is a value a limit or an integral can take
        return mpmath.mpc(mpmath.inf if v == sympy.oo else -mpmath.inf)
    if not v.is_number or v.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return None
    try:
        with mpmath.workdps(dps):
            out = mpmath.mpc(complex(0)) + mpmath.mpmathify(sympy.N(v, dps))
    except (TypeError, ValueError):
        return None
    if not mpmath.isfinite(out):
        return None
    return out


def _arbitrary_functions(exprs: tuple[Any, ...], point: Mapping[sympy.Symbol, Any], rng: random.Random,
                         dps: int) -> dict[Any, sympy.Float]:
    """Values for applications of undefined functions (``mu(p)``, ``g(x)``) at this point.

    An identity between expressions in an unspecified function must hold whatever its
    (positive) values, so each distinct application gets its own random value — the same one
    wherever the arguments coincide at the point (``mu(p)`` and ``mu(2)`` when ``p = 2``).
    """
    calls = set()
    for ex in exprs:
        calls |= sympy.sympify(ex).atoms(sympy.core.function.AppliedUndef)
    values: dict[str, sympy.Float] = {}
    out = {}
    for call in sorted(calls, key=sympy.srepr):
        # Floats, not exact rationals: an exact power with a tiny sampled exponent can take forever.
        floats = {k: sympy.Float(v, 40) if not isinstance(v, str) else v for k, v in point.items()}
        args = tuple(sympy.N(a.xreplace(floats), 30) for a in call.args)
        key = f"{call.func}{args}"
        if key not in values:
            magnitude = rng.uniform(0.5, 2.0) * 10 ** rng.choice((-3, 0, 0, 3))
            sign = 1 if call.is_positive or rng.random() < 0.5 else -1
            values[key] = sympy.Float(sign * magnitude, dps + 20)
        out[call] = values[key]
    return out


def _show(v: mpmath.mpc | None) -> str:
    if v is None:
        return "not a finite number"
    return mpmath.nstr(v.real if v.imag == 0 else v, 15)


def _agree(a: mpmath.mpc, b: mpmath.mpc, dps: int) -> bool:
    if not (mpmath.isfinite(a) and mpmath.isfinite(b)):
        return a == b
    with mpmath.workdps(dps):
        return abs(a - b) <= relative_tolerance(dps) * max(abs(a), abs(b))


def _sampling_domains(exprs: tuple[Any, ...], domains: Mapping[sympy.Symbol, Domain]
                      ) -> dict[Any, Domain] | str:
    free = set()
    for e in exprs:
        free |= sympy.sympify(e).free_symbols
    doms = {}
    for s in sorted(free, key=str):
        dom = domains.get(s) or _default_domain(s)
        if dom is None:
            return f"no domain declared for symbol {s}; cannot sample it"
        doms[s] = dom
    return doms


def _end(domain: Domain, high: bool, extreme: bool, within: tuple[Any, Any] | None) -> Any | None:
    """A point near one end of a real domain: within 10^-12 of its width of a finite end, or
    a magnitude of 10^±EXTREME_EXPONENT (or 10^±8) towards an infinite one."""
    if domain.kind != "real":
        return None
    lo, hi = within if within is not None else (domain.lo, domain.hi)
    end = hi if high else lo
    k = EXTREME_EXPONENT if extreme else 8
    if end is None:
        return sympy.Integer(10) ** k * (1 if high else -1)
    if lo is not None and hi is not None:
        offset = (hi - lo) * sympy.Rational(1, 10**12)
        return sympy.Rational(end) - offset if high else sympy.Rational(end) + offset
    if high:  # (−∞, hi): just below hi
        return sympy.Rational(end) - sympy.Rational(1, 10**k)
    return sympy.Rational(end) + sympy.Rational(1, 10**k)  # (lo, ∞): just above lo


def _corners(doms: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]) -> list[dict[Any, Any]]:
    """Points where every variable is near an end *jointly*: all high, all low, alternating,
    and at extreme magnitudes, so that an identity failing only in a corner of the box is seen."""
    syms = [s for s, d in doms.items() if d.kind == "real"]
    if not syms:
        return []
    patterns = []
    for extreme in (False, True):
        for flip in (lambda k: True, lambda k: False, lambda k: k % 2 == 0, lambda k: k % 2 == 1):
            patterns.append({s: (flip(k), extreme) for k, s in enumerate(syms)})
    out = []
    for pattern in patterns:
        point = {}
        for s, d in doms.items():
            if s in pattern:
                high, extreme = pattern[s]
                point[s] = _end(d, high, extreme, restrict.get(s))
        if all(v is not None for v in point.values()) and point not in out:
            out.append(point)
    return out


def _points(doms: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]], rng: random.Random,
            count: int, corners: bool = False) -> Iterator[dict[Any, Any]]:
    """Seeded points of the whole domain; with ``corners``, every other one puts the real
    variables near their ends together (used where an identity is confirmed by sampling)."""
    corners = _corners(doms, restrict) if corners else []
    for i in range(count):
        point = {s: whole_domain_point(d, rng, i + k, restrict.get(s)) for k, (s, d) in enumerate(doms.items())}
        if i % 2 == 1 and corners:  # every other point puts the real variables in a corner together
            point.update(corners.pop(0))
        yield point


def _counterexample(point: Mapping[Any, Any], arbitrary: Mapping[Any, Any], **values: str) -> dict[str, str]:
    cx = {str(s): str(v) for s, v in point.items()}
    cx.update({str(k): mpmath.nstr(mpmath.mpf(v._mpf_), 15) for k, v in arbitrary.items()})
    cx.update(values)
    return cx


def _restricted_note(doms: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]) -> str:
    used = [f"{s} in [{restrict[s][0]}, {restrict[s][1]}]" for s in doms if s in restrict]
    return f" (declared sample range: {', '.join(used)})" if used else ""


def _certified_difference(diff: Any, point: Mapping[Any, Any], dps: int) -> str | None:
    """The difference at ``point`` as text when an arb ball proves it non-zero, else None.

    Two sides that agree to the working precision may still differ far below it; the
    difference is enclosed at increasing precision up to :data:`NONZERO_PROBE_DPS` digits.
    """
    from .rigorous import enclose
    exact = {s: v for s, v in point.items() if not isinstance(v, str)}
    if len(exact) != len(point):
        return None
    digits = 2 * dps
    while True:
        try:
            ball = enclose(diff, exact, dps=digits)
        except Exception:  # noqa: BLE001 - not enclosable: the mpmath comparison decides
            return None
        if ball.is_finite() and not ball.contains(0):
            return mpmath.nstr(mpmath.mpf(ball.mid().str(20, radius=False)), 6)
        if digits >= NONZERO_PROBE_DPS or not ball.is_finite():
            return None
        digits = min(2 * digits, NONZERO_PROBE_DPS)


def _witness_point(a: Any, b: Any, domains: Mapping[sympy.Symbol, Domain], key: str, dps: int,
                   restrict: Mapping[Any, tuple[Any, Any]] | None) -> dict[str, str] | None:
    """A point of the domain with both sides' values, to show beside a proved difference."""
    doms = _sampling_domains((a, b), domains)
    if isinstance(doms, str):
        return None
    rng = random.Random(stable_seed(key))
    for point in _points(doms, restrict or {}, rng, 4):
        va, vb = _value(a, point, dps), _value(b, point, dps)
        if va is not None and vb is not None:
            return _counterexample(point, {}, derived=_show(va), expected=_show(vb))
    return None


def _provably_nonzero(diff: Any, domains: Mapping[sympy.Symbol, Domain]) -> str | None:
    """How SymPy shows ``diff`` non-zero everywhere on the domain (its sign), or None."""
    diff = hide_names(diff, domains)
    if diff.atoms(sympy.core.function.AppliedUndef) or diff.has(sympy.Dummy):
        return None
    for kind in ("positive", "nonzero"):
        if _prove_sign(diff, kind, domains):
            return kind
        if kind == "positive" and _prove_sign(-diff, "positive", domains):
            return "negative"
    return None


def _numeric(pair: tuple[Any, Any], domains: Mapping[sympy.Symbol, Domain], key: str, dps: int,
             restrict: Mapping[Any, tuple[Any, Any]] | None = None) -> StepVerdict:
    found, expected = sympy.sympify(pair[0]), sympy.sympify(pair[1])
    if found.has(*_OPAQUE) or expected.has(*_OPAQUE):
        return StepVerdict(INCONCLUSIVE, "cannot evaluate an unevaluated derivative, integral, limit or "
                                         "substitution numerically")
    doms = _sampling_domains((found, expected), domains)
    if isinstance(doms, str):
        return StepVerdict(INCONCLUSIVE, doms)
    restrict = restrict or {}
    rng = random.Random(stable_seed(key))
    agreed, tries = 0, 0
    for point in _points(doms, restrict, rng, 4 * CONFIRM_POINTS, corners=True):
        if agreed >= CONFIRM_POINTS:
            break
        tries += 1
        arbitrary = _arbitrary_functions((found, expected), point, rng, dps)
        f, e = found.xreplace(arbitrary), expected.xreplace(arbitrary)
        a, b = _value(f, point, dps), _value(e, point, dps)
        if a is None and b is None:
            continue
        if a is not None and b is not None and _agree(a, b, dps):
            probe = _certified_difference(f - e, point, dps)
            if probe is not None:
                return StepVerdict(FAILED, f"counterexample at a point of the domain: the two sides agree to "
                                           f"{dps} digits but differ by {probe} (an arb ball that excludes 0)",
                                   _counterexample(point, arbitrary, derived=_show(a), expected=_show(b),
                                                   difference=probe))
            # A residue below the tolerance must shrink with more digits, as rounding does.
            a2, b2 = _value(f, point, 2 * dps), _value(e, point, 2 * dps)
            if a2 is not None and b2 is not None and not _agree(a2, b2, 2 * dps - DIGITS_LOST):
                return StepVerdict(FAILED, f"counterexample at a point of the domain: the two sides differ by "
                                           f"{_show(a2 - b2)}, which does not shrink at {2 * dps} digits",
                                   _counterexample(point, arbitrary, derived=_show(a2), expected=_show(b2)))
        if a is None or b is None or not _agree(a, b, dps):
            # Near zero or near a pole, cancellation can fake a difference: retry with more digits.
            a2, b2 = _value(f, point, 3 * dps), _value(e, point, 3 * dps)
            if (a2 is None) != (b2 is None) or (a2 is not None and not _agree(a2, b2, dps)):
                return StepVerdict(FAILED, f"counterexample at a point of the domain, {dps} digits",
                                   _counterexample(point, arbitrary, derived=_show(a2), expected=_show(b2)))
            if a2 is None:
                continue
        agreed += 1
    if agreed >= CONFIRM_POINTS and (found.has(*_NON_ANALYTIC) or expected.has(*_NON_ANALYTIC)):
        # A kink or a switch (Min, Abs, Piecewise, ...) can hide a difference on a region no
        # sample reaches: sampling may refute such an identity but cannot confirm it.
        return StepVerdict(INCONCLUSIVE, f"agrees at {agreed} sampled points, but a non-analytic function "
                                         f"(Min, Max, Abs, sign, Piecewise, floor, ...) can differ elsewhere")
    if agreed >= CONFIRM_POINTS:
        return StepVerdict(CONFIRMED, f"numeric identity at {agreed} points drawn from the whole domain, "
                                      f"{dps} digits" + _restricted_note(doms, restrict))
    return StepVerdict(INCONCLUSIVE, f"only {agreed} of {tries} sampled points could be evaluated")


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
    return _numeric((a, b), domains, key, dps, restrict)


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
    if not defined and not matrices:
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


# -- side conditions -------------------------------------------------------------------------

def _as_bool(cond: Any) -> bool | None:
    if cond in (sympy.true, True):
        return True
    if cond in (sympy.false, False):
        return False
    return None


def _cond_at(cond: Any, point: Mapping[Any, Any], dps: int) -> bool | None:
    try:
        v = sympy.sympify(cond).xreplace(dict(point))
        b = _as_bool(v)
        if b is None:
            v = v.xreplace({n: n.evalf(dps) for n in v.atoms(sympy.Number)}) if False else v
            b = _as_bool(_safe(sympy.simplify, v))
        return b
    except _TACTIC_ERRORS:
        return None


def _in_domain(value: Any, dom: Domain) -> bool | None:
    """Whether a number lies in ``dom`` (None if it is not a real number one can decide)."""
    value = sympy.sympify(value)
    if value.is_real is False:
        return False
    if value.is_Rational or value.is_Integer:
        return dom.contains(sympy.Rational(value))
    try:
        with mpmath.workdps(60):
            v = mpmath.mpf(sympy.N(value, 60))
    except (TypeError, ValueError):
        return None
    return dom.contains(v)


def discharge(ob: Obligation, domains: Mapping[sympy.Symbol, Domain], *, key: str, dps: int,
              restrict: Mapping[Any, tuple[Any, Any]] | None = None) -> StepVerdict:
    """Establish one side condition on the domain: proved, confirmed at sampled points, or refuted."""
    # -- ops: SymPy's integral/limit/series answers are certified in verify.certify_ops --
    from . import certify_ops
    if ob.kind in certify_ops.KINDS:
        return certify_ops.discharge(ob, domains, key=key, dps=dps, restrict=restrict)
    # -- end ops --
    restrict = restrict or {}
    expr = sympy.sympify(ob.expr)
    kind = ob.kind
    if kind == "real":
        if _prove_sign(expr, "finite", domains) and _prove_sign(expr, "real", domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
        bad = _scan_sign(expr, "real", domains, key, restrict)
        if bad is not None:
            return StepVerdict(FAILED, f"{ob.text}: not a finite real number in the domain", bad)
    elif kind in ("positive", "nonnegative", "nonzero", "finite"):
        if _prove_sign(expr, kind, domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
        if kind != "finite":
            decided = _ball_sign(expr, kind, domains, restrict, ob.text)
            if decided is not None:
                return decided
        if kind in ("nonzero", "positive"):
            zero = _find_zero(expr, domains, key, dps, restrict)
            if zero is not None:
                return StepVerdict(FAILED, f"{ob.text}: it vanishes in the domain", zero)
        if kind != "finite":
            bad = _scan_sign(expr, kind, domains, key, restrict)
            if bad is not None:
                return StepVerdict(FAILED, f"{ob.text}: fails in the domain", bad)
    elif kind == "true":
        b = _as_bool(expr)
        if b is None:
            simplified = _safe(sympy.simplify, expr)
            b = _as_bool(simplified)
            if b is None:
                sub = {s: v for s, v in reparametrize(domains).items() if s in expr.free_symbols}
                if sub and not _endpoints({s: domains[s] for s in sub}):
                    b = _as_bool(_safe(sympy.simplify, expr.xreplace(sub)))
        if b is True:
            return StepVerdict(PROVED, f"{ob.text}: proved")
        if b is False and not expr.free_symbols:
            return StepVerdict(FAILED, f"{ob.text}: it is false", {"condition": str(expr)})
        bad = _scan_sign(expr, "true", domains, key, restrict)
        if bad is not None:
            return StepVerdict(FAILED, f"{ob.text}: false in the domain", bad)
    elif kind in ("in_domain", "outside_domain", "in_closure"):
        dom = domains.get(ob.symbol) or _default_domain(ob.symbol)
        if kind == "in_closure":
            dom = _closure(dom)
            kind = "in_domain"
            ob = Obligation("in_domain", ob.expr, ob.text, ob.symbol)
        if dom is None:
            return StepVerdict(INCONCLUSIVE, f"{ob.text}: no domain declared for {ob.symbol}")
        if not expr.free_symbols:
            inside = _in_domain(expr, dom)
            if inside is None:
                return StepVerdict(INCONCLUSIVE, f"{ob.text}: cannot decide")
            if inside == (kind == "in_domain"):
                return StepVerdict(PROVED, f"{ob.text}: proved")
            return StepVerdict(FAILED, f"{ob.text}: {ob.symbol} = {expr} is {'outside' if not inside else 'inside'} "
                                       f"{dom.describe()}", {str(ob.symbol): str(expr)})
        if kind == "outside_domain" and _outside_symbolically(expr, dom, domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
        if kind == "in_domain" and _inside_symbolically(expr, dom, domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
    else:  # pragma: no cover - a rule with an unknown obligation is a bug
        raise ValueError(f"unknown obligation kind {kind!r}")
    return _sample_condition(ob, domains, key=key, dps=dps, restrict=restrict)


def _ball_box(expr: Any, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]
              ) -> tuple[dict[str, tuple[Any, Any]], bool] | None:
    """The domain as a closed box for ball arithmetic, and whether it had to be clipped at
    10^±EXTREME_EXPONENT (then a proof covers the box, not the whole domain)."""
    box, clipped = {}, False
    big = sympy.Integer(10) ** EXTREME_EXPONENT
    for s in expr.free_symbols:
        d = domains.get(s)
        if d is None or d.kind != "real":
            return None
        lo, hi = restrict.get(s, (d.lo, d.hi))
        clipped |= s in restrict
        if lo is None:
            lo, clipped = -big, True
        if hi is None:
            hi, clipped = big, True
        if lo == 0 and d.lo_open and s not in restrict:
            lo, clipped = 1 / big, True  # (0, …): the box starts at 10^-300
        box[str(s)] = (sympy.Rational(lo), sympy.Rational(hi))
    return box, clipped


def _ball_sign(expr: Any, kind: str, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]],
               text: str) -> StepVerdict | None:
    """Decide a sign condition by ball arithmetic on bisected boxes of the domain (verify/balls.py).

    A proof on the whole (bounded) box is ``proved``; on a box clipped at 10^±300 it is
    ``confirmed``; a piece whose ball lies on the wrong side is a counterexample. None when
    the balls cannot decide (the expression has no ball translation, or the budget ran out).
    """
    from .balls import Budget, NotTranslatable, prove
    shaped = _ball_box(expr, domains, restrict)
    if shaped is None or not expr.free_symbols:
        return None
    box, clipped = shaped
    budget = Budget(max_boxes=2000, max_depth=40, dps=30)
    relations = {"positive": [">"], "nonnegative": [">="], "nonzero": [">", "<"]}[kind]
    results = []
    for rel in relations:
        try:
            r = within(TACTIC_SECONDS, prove, expr, rel, box, budget=budget)
        except (NotTranslatable, OutOfTime, ValueError, ZeroDivisionError, TypeError, OverflowError):
            return None
        if r.verdict == "proved":
            where = "on the domain" if not clipped else "on the domain clipped at 10^±300"
            verdict = CONFIRMED if clipped else PROVED
            return StepVerdict(verdict, f"{text}: proved by ball arithmetic {where} ({r.boxes} boxes)")
        results.append(r)
    if kind != "nonzero" and results and results[0].verdict == "disproved":
        return StepVerdict(FAILED, f"{text}: fails by ball arithmetic on a piece of the domain",
                           dict(results[0].counterexample or {}, condition=str(expr)))
    return None


def _closure(dom: Domain) -> Domain:
    """The domain with its finite ends included (where limits and integration bounds may sit)."""
    if dom.kind != "real":
        return dom
    return dataclasses.replace(dom, lo_open=dom.lo is None, hi_open=dom.hi is None)


_SCAN_POINTS = 240


def _scan_sign(expr: Any, kind: str, domains: Mapping[Any, Domain], key: str,
               restrict: Mapping[Any, tuple[Any, Any]]) -> dict[str, str] | None:
    """Look for a point where a side condition fails, along each variable on a dense grid.

    Sampling alone misses a zero of ``y − cos y``, a factor negative only on a narrow band,
    or a divergence on a tenth of the domain; a dense grid in each variable (others at
    sampled values), with a sign-change search for sign conditions, catches them.
    ``kind`` is ``positive``, ``nonnegative``, ``nonzero``, ``real`` (finite and real) or
    ``true`` (a condition). Returns a counterexample or None.
    """
    symbols = sorted((s for s in expr.free_symbols if s in domains and domains[s].kind == "real"), key=str)
    if not symbols or len(symbols) > 4 or expr.has(sympy.core.function.AppliedUndef) or expr.has(*_OPAQUE):
        return None
    others_all = sorted((s for s in expr.free_symbols if s not in symbols), key=str)
    if any(s not in domains for s in others_all):
        return None
    order = symbols + others_all
    rng = random.Random(stable_seed(key + "/scan"))
    try:
        # exp_polar(iθ) is e^{iθ} on the principal sheet: mpmath has no polar numbers.
        expr = expr.replace(lambda e: isinstance(e, sympy.exp_polar), lambda e: sympy.exp(e.args[0]))
        fn = sympy.lambdify(order, expr, modules="mpmath")
    except Exception:  # noqa: BLE001 - an expression lambdify cannot handle is left to sampling
        return None

    def num(v: Any) -> Any:
        if isinstance(v, str):
            return v
        r = sympy.Rational(v)
        return mpmath.mpf(r.p) / r.q

    for s in symbols:
        rest = [o for o in order if o != s]
        for _ in range(2):
            base = next(_points({o: domains[o] for o in rest}, restrict, rng, 1)) if rest else {}
            previous = None
            for xv in _grid(domains[s], restrict.get(s)):
                point = {**base, s: xv}
                try:
                    with mpmath.workdps(30):
                        v = fn(*[num(point[o]) for o in order])
                        if kind != "true":
                            v = mpmath.mpmathify(v)
                except (ZeroDivisionError, ValueError, TypeError, OverflowError, NameError):
                    if kind == "real":
                        bad = True
                    else:
                        previous = None
                        continue
                else:
                    if kind == "true":
                        bad = v is False or v is sympy.false
                    elif kind == "real":
                        bad = not mpmath.isfinite(v) or (isinstance(v, mpmath.mpc) and abs(v.imag) > 1e-20 * max(1, abs(v)))
                    else:
                        if isinstance(v, mpmath.mpc):
                            if abs(v.imag) > 1e-20 * max(1, abs(v)):
                                previous = None
                                continue
                            v = v.real
                        bad = (kind == "positive" and v <= 0) or (kind == "nonnegative" and v < 0) \
                            or (kind == "nonzero" and v == 0)
                        if not bad and kind in ("nonzero", "positive") and previous is not None \
                                and (previous > 0) != (v > 0):
                            bad = True  # a sign change between neighbours: a zero in between
                        previous = v
                if bad:
                    cx = {str(o): str(point[o]) for o in order}
                    if kind not in ("true",):
                        try:
                            cx["value"] = mpmath.nstr(v, 10)
                        except Exception:  # noqa: BLE001
                            cx["value"] = "not a number"
                    return cx
    return None


def _grid(dom: Domain, within: tuple[Any, Any] | None) -> list[sympy.Rational]:
    lo, hi = within if within is not None else (dom.lo, dom.hi)
    if lo is not None and hi is not None:
        lo_r, hi_r = sympy.Rational(lo.numerator, lo.denominator), sympy.Rational(hi.numerator, hi.denominator)
        return [lo_r + (hi_r - lo_r) * sympy.Rational(k, _SCAN_POINTS + 1) for k in range(1, _SCAN_POINTS + 1)]
    # Unbounded sides: a logarithmic grid from 10^-8 to 10^8 away from the finite end (or 0).
    mags = [sympy.Rational(10) ** sympy.Rational(k - 8 * 15, 15) for k in range(0, 16 * 15 + 1)]
    if lo is not None:
        lo_r = sympy.Rational(lo.numerator, lo.denominator)
        return [lo_r + m for m in mags]
    if hi is not None:
        hi_r = sympy.Rational(hi.numerator, hi.denominator)
        return [hi_r - m for m in reversed(mags)]
    return [-m for m in reversed(mags)] + mags


def _outside_symbolically(v: Any, dom: Domain, domains: Mapping[Any, Domain]) -> bool:
    if v.is_real is False or (v.is_extended_real is False):
        return True
    if dom.kind != "real":
        return False
    lo = None if dom.lo is None else sympy.Rational(dom.lo.numerator, dom.lo.denominator)
    hi = None if dom.hi is None else sympy.Rational(dom.hi.numerator, dom.hi.denominator)
    if lo is not None and _prove_sign((lo - v) if dom.lo_open else (lo - v), "nonnegative" if dom.lo_open
                                      else "positive", domains):
        return True
    if hi is not None and _prove_sign(v - hi, "nonnegative" if dom.hi_open else "positive", domains):
        return True
    return False


def _inside_symbolically(v: Any, dom: Domain, domains: Mapping[Any, Domain]) -> bool:
    if dom.kind != "real":
        return False
    lo = None if dom.lo is None else sympy.Rational(dom.lo.numerator, dom.lo.denominator)
    hi = None if dom.hi is None else sympy.Rational(dom.hi.numerator, dom.hi.denominator)
    ok_lo = lo is None and v.is_real or lo is not None and _prove_sign(v - lo, "positive" if dom.lo_open
                                                                       else "nonnegative", domains)
    ok_hi = hi is None and v.is_real or hi is not None and _prove_sign(hi - v, "positive" if dom.hi_open
                                                                       else "nonnegative", domains)
    return bool(ok_lo and ok_hi)


def _find_zero(expr: Any, domains: Mapping[Any, Domain], key: str, dps: int,
               restrict: Mapping[Any, tuple[Any, Any]]) -> dict[str, str] | None:
    """A point of the domain where ``expr`` vanishes (found by solving for one symbol), or None."""
    symbols = sorted((s for s in expr.free_symbols if s in domains and domains[s].kind != "choice"), key=str)
    if not symbols or expr.has(sympy.core.function.AppliedUndef) or expr.has(*_OPAQUE):
        return None
    rng = random.Random(stable_seed(key + "/zero"))
    for s in symbols[:3]:
        try:
            roots = within(TACTIC_SECONDS, sympy.solve, expr, s, dict=False)
        except (*_TACTIC_ERRORS, sympy.SympifyError, OutOfTime):
            continue
        if isinstance(roots, dict) or not isinstance(roots, list):
            continue
        others = {o: domains[o] for o in symbols if o != s}
        for root in roots[:6]:
            for point in _points(others, restrict, rng, 12):
                value = sympy.sympify(root).xreplace(point)
                inside = _in_domain(value, domains[s]) if value.is_number else None
                if inside:
                    cx = {str(k): str(v) for k, v in point.items()}
                    cx[str(s)] = str(sympy.nsimplify(value) if value.is_Rational else value)
                    cx["value"] = "0"
                    return cx
    return None


def _sample_condition(ob: Obligation, domains: Mapping[sympy.Symbol, Domain], *, key: str, dps: int,
                      restrict: Mapping[Any, tuple[Any, Any]]) -> StepVerdict:
    expr = sympy.sympify(ob.expr)
    if expr.has(*_OPAQUE):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: cannot be evaluated numerically")
    exprs = (expr,) if ob.symbol is None else (expr,)
    doms = _sampling_domains(exprs, domains)
    if isinstance(doms, str):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {doms}")
    rng = random.Random(stable_seed(key))
    target = domains.get(ob.symbol) or (_default_domain(ob.symbol) if ob.symbol is not None else None)
    checked = 0
    for point in _points(doms, restrict, rng, 4 * CONFIRM_POINTS, corners=True):
        if checked >= CONFIRM_POINTS:
            break
        arbitrary = _arbitrary_functions((expr,), point, rng, dps)
        e = expr.xreplace(arbitrary)
        if ob.kind == "true":
            b = _cond_at(e, point, dps)
            if b is None:
                continue
            if b is False:
                return StepVerdict(FAILED, f"{ob.text}: false at a point of the domain",
                                   _counterexample(point, arbitrary, condition=str(expr)))
            checked += 1
            continue
        v = _value(e, point, 3 * dps if ob.kind in ("finite", "real") else dps)
        if ob.kind == "real" and v is not None and (not mpmath.isfinite(v) or abs(v.imag) > relative_tolerance(dps) * abs(v)):
            return StepVerdict(FAILED, f"{ob.text}: not a finite real number at a point of the domain",
                               _counterexample(point, arbitrary, value=_show(v)))
        if ob.kind in ("finite", "real"):
            if v is None or not mpmath.isfinite(v):
                return StepVerdict(FAILED, f"{ob.text}: not finite at a point of the domain",
                                   _counterexample(point, arbitrary, value=_show(v)))
            checked += 1
            continue
        if v is None:
            continue
        if ob.kind in ("in_domain", "outside_domain"):
            inside = (v.imag == 0 or abs(v.imag) <= relative_tolerance(dps) * abs(v)) and target.contains(v.real) \
                if target.kind != "choice" else False
            if inside != (ob.kind == "in_domain"):
                return StepVerdict(FAILED, f"{ob.text}: fails at a point of the domain",
                                   _counterexample(point, arbitrary, **{str(ob.symbol): _show(v)}))
        else:
            real = v.real if abs(v.imag) <= relative_tolerance(dps) * abs(v) else None
            bad = (real is None or (ob.kind == "positive" and real <= 0) or (ob.kind == "nonnegative" and real < 0)
                   or (ob.kind == "nonzero" and v == 0))
            if bad:
                return StepVerdict(FAILED, f"{ob.text}: fails at a point of the domain",
                                   _counterexample(point, arbitrary, value=_show(v)))
        checked += 1
    if checked >= CONFIRM_POINTS:
        return StepVerdict(CONFIRMED, f"{ob.text}: holds at {checked} points drawn from the whole domain"
                                      + _restricted_note(doms, restrict))
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: only {checked} sampled points could be evaluated")


# -- steps -------------------------------------------------------------------------------------

#: Everything that decides a step verdict; a cached verdict is valid only under the same code.
#: The kernel's modules beside this one: their code decides verdicts too.
KERNEL_MODULES = ("checker.py", "premises.py", "declarations.py", "certify_ops.py", "rigorous.py", "balls.py",
                  "claims.py", "numeric.py")

CHECKER_FINGERPRINT = hashlib.sha256(
    b"".join(p.read_bytes() for p in (Path(__file__).parent / n for n in KERNEL_MODULES) if p.exists())
    + b"".join(Path(p).read_bytes() for p in sorted(Path(_rules_module.__file__).parent.glob("_*.py")))
).hexdigest()


def _names(expr: Any) -> set[Any]:
    expr = sympy.sympify(expr)
    out = set(expr.free_symbols)
    out |= {f.func for f in expr.atoms(sympy.core.function.AppliedUndef)}
    return out


def _fresh(lhs: Any, known: set[Any]) -> bool:
    """A left-hand side that is a new name: a symbol or an undefined function, used nowhere before."""
    lhs = sympy.sympify(lhs)
    if isinstance(lhs, sympy.Symbol):
        return lhs not in known
    if isinstance(lhs, sympy.core.function.AppliedUndef):
        return lhs.func not in known and all(a.is_Symbol or a.is_number for a in lhs.args)
    return False


def _cache_key(derivation: Derivation, outcome: Any, dps: int, known: set[Any]) -> str:
    domains = derivation.domains()
    fresh = (isinstance(outcome.expect, sympy.core.relational.Relational) and _fresh(outcome.expect.lhs, known))
    parts = [CHECKER_FINGERPRINT, type(outcome.rule).__module__, type(outcome.rule).__qualname__,
             f"fresh={fresh}", context_key(outcome.fixed),
             repr(sorted((sympy.srepr(k), sorted(map(sympy.srepr, v))) for k, v in outcome.depends.items())),
             sympy.srepr(outcome.given), sympy.srepr(outcome.output), sympy.srepr(outcome.expect), str(dps),
             repr(sorted((o.kind, sympy.srepr(sympy.sympify(o.expr)), sympy.srepr(o.symbol)) for o in outcome.obligations)),
             repr(sorted((r.name, str(r.lo), str(r.hi)) for r in derivation.sampling)),
             *sorted(f"{sympy.srepr(s)}:{d!r}" for s, d in domains.items())]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def check_step(derivation: Derivation, outcome: Any, dps: int, known: set[Any]) -> tuple[StepVerdict, list[dict]]:
    """The verdict of one replayed step, and the verdicts of its side conditions.

    Anything that goes wrong while checking (SymPy raising on a malformed form) is the
    step's failure, reported with the exception — never a crash of the run.
    """
    try:
        return _check_step(derivation, outcome, dps, known)
    except Exception as exc:  # noqa: BLE001 - a checker crash must not become a pass or a traceback
        return StepVerdict(FAILED, f"the step could not be checked: {type(exc).__name__}: {exc}"), []


def operation_variables(rule: Any) -> list[Any]:
    """The variables a rule operates in (differentiates, integrates, takes a limit or a series
    in, specializes): the form must hold on an open set of each of them."""
    name = type(rule).__name__
    if name in ("Differentiate", "LogDerivative", "Integrate", "Limit", "SeriesExpand"):
        return [sympy.sympify(rule.var)]
    if name == "JacobianMatrix":
        return [sympy.sympify(v) for v in rule.variables]
    if name == "Substitute":
        return [sympy.sympify(k) for k, v in rule.mapping.items() if not isinstance(v, Ref)]
    return []


def _operation_on_constrained(rule: Any, outcome: Any) -> str | None:
    """Why the rule may not operate in one of its variables under the form's context, or None.

    The form must hold on an open set of the variable with every other symbol of its
    right-hand side held fixed (see :mod:`derivations._context`).
    """
    given = outcome.given
    if not isinstance(given, sympy.core.relational.Relational):
        return None
    what = "specialize" if type(rule).__name__ == "Substitute" else "operate"
    if isinstance(rule, Substitute):
        keys = [k for k, v in rule.mapping.items() if isinstance(v, Ref)]
        used = outcome.references.get(rule.using) if rule.using else None
        if isinstance(used, sympy.Eq):
            keys.append(used.lhs)
        for key in keys:
            for var in sorted(bound_entries(given, key), key=str):
                c = next((c for c in sorted(outcome.fixed, key=lambda c: c.source) if var in c.variables), None)
                if c is not None:
                    return (f"cannot substitute {key} inside an operator that binds {var}: the equation holds "
                            f"only under premise {c.source!r}, a condition on {var}, not for every {var}")
    for var in operation_variables(rule):
        names = dependent_names(var, given.rhs, outcome.depends)
        if names:
            return (f"cannot {what} in {var}: the right-hand side uses {', '.join(map(str, names))}, defined in "
                    f"terms of {var}, which would be held constant; substitute its definition first")
        c = pinning_condition(var, outcome.fixed, given.rhs, outcome.depends, lhs=given.lhs)
        if c is not None:
            return (f"cannot {what} in {var}: the input holds only under {describe_constraint(var, c)}, "
                    f"not on an open set of {var}")
    return None


def context_key(constraints: Any) -> str:
    """A process-independent text for a set of constraints (frozenset order is salted)."""
    return repr(sorted((c.source, tuple(sorted(map(sympy.srepr, c.variables)))) for c in constraints))


def _check_step(derivation: Derivation, outcome: Any, dps: int, known: set[Any]) -> tuple[StepVerdict, list[dict]]:
    domains, restrict = derivation.domains(), _restrictions(derivation)
    key = f"{derivation.id}#{outcome.index}"
    rule = outcome.rule
    kind = BUILTIN_RULES.get(type(rule))
    if kind is None:
        return StepVerdict(FAILED, f"{type(rule).__name__} is not one of the package's rules: a step must be "
                                   f"an inference the checker knows ({', '.join(t.__name__ for t in BUILTIN_RULES)})"), []
    if outcome.error:
        return StepVerdict(FAILED, f"rule could not be applied: {outcome.error}"), []
    pinned = _operation_on_constrained(rule, outcome)
    if pinned is not None:
        return StepVerdict(FAILED, pinned), []
    fresh = {outcome.expect.lhs} if (isinstance(outcome.expect, sympy.core.relational.Relational)
                                     and _fresh(outcome.expect.lhs, known)) else set()
    if kind == "equivalence":
        verdict = compare(outcome.given, outcome.expect, domains, key=key, dps=dps, fresh=fresh, restrict=restrict)
    else:
        verdict = compare(outcome.output, outcome.expect, domains, key=key, dps=dps, fresh=fresh, restrict=restrict)
    conditions = []
    for j, ob in enumerate(outcome.obligations):
        v = discharge(ob, domains, key=f"{key}/ob{j}", dps=dps, restrict=restrict)
        conditions.append({"condition": ob.text, **v.as_dict()})
    if conditions:
        worst = combine([verdict.verdict] + [c["verdict"] for c in conditions])
        if worst != verdict.verdict:
            bad = next(c for c in conditions if c["verdict"] == worst)
            verdict = StepVerdict(worst, f"{verdict.method}; side condition: {bad['method']}",
                                  bad.get("counterexample") or verdict.counterexample)
    return verdict, conditions


def check_steps(derivation: Derivation, dps: int, cache: VerdictCache | None = None) -> list[dict[str, Any]]:
    """Replay the derivation and give every step a verdict."""
    known: set[Any] = set()
    for p in derivation.symbols:
        known.add(p.symbol)
    for premise in derivation.premises:
        known |= _names(premise.expr)
    out = []
    for outcome in derivation.replay():
        rule = outcome.rule
        entry = {"rule": type(rule).__name__, "kind": BUILTIN_RULES.get(type(rule), "unknown"),
                 "description": rule.describe()}
        if outcome.expect is not None:
            entry["form"] = str(outcome.expect)
        if outcome.approximate:
            entry["approximate"] = True
        key = _cache_key(derivation, outcome, dps, known) if cache is not None and not outcome.error else None
        hit = cache.get(key) if key is not None else None
        if hit is not None:
            verdict, conditions = StepVerdict(**hit["verdict"]), hit["conditions"]
        else:
            verdict, conditions = check_step(derivation, outcome, dps, known)
            if key is not None and verdict.verdict in (PROVED, CONFIRMED):
                cache.put(key, {"verdict": vars(verdict), "conditions": conditions})
        entry.update(verdict.as_dict())
        if conditions:
            entry["conditions"] = conditions
        out.append(entry)
        if outcome.expect is not None:
            known |= _names(outcome.expect)
    return out


def check_route(derivation: Derivation, dps: int) -> dict[str, Any]:
    """Compare the closed form with its independent numeric route."""
    route = derivation.route
    if route is None:
        return {"route": None, "digits": None, "verdict": INCONCLUSIVE,
                "detail": "no independent numeric route declared"}
    if isinstance(route, Measurement):
        try:
            passed, digits, detail = route.run(dps)
        except Exception as exc:  # a broken route is a failed check, reported with its exception
            return {"route": route.description, "digits": None, "verdict": FAILED,
                    "detail": f"the measurement raised {type(exc).__name__}: {exc}"}
        return {"route": route.description, "digits": digits,
                "verdict": CONFIRMED if passed else FAILED, "detail": detail}
    assert isinstance(route, Agreement)
    need = route.min_digits(dps) if route.min_digits else required_digits(dps)
    worst, worst_point = float(dps), None
    certified = refuted = 0
    for point in route.points:
        try:
            value = derivation.evaluate(dps=dps, **point)
            verdict = _certify(derivation, point, value, dps)
            certified += verdict is True
            refuted += verdict is False
            with mpmath.workdps(dps + GUARD_DIGITS):
                reference = route.compute(**as_mp(derivation.validate(point)))
        except Exception as exc:  # a route or evaluation that raises is a failure, never a pass
            return {"route": route.description, "digits": None, "verdict": FAILED,
                    "detail": f"evaluation at {point} raised {type(exc).__name__}: {exc}"}
        digits = agreement_digits(value, reference, dps)
        if digits < worst:
            worst, worst_point = digits, dict(point, closed_form=mpmath.nstr(value, 20),
                                              route=mpmath.nstr(reference, 20))
    ok = worst >= need and not refuted
    detail = f"{len(route.points)} points, at least {worst:g} of {dps} digits agree (need {need:g})"
    if certified or refuted:
        detail += (f"; arb ball arithmetic certifies evaluate() to {dps - 1} digits at {certified} of "
                   f"{len(route.points)} points" + (f" and refutes it at {refuted}" if refuted else ""))
    result = {"route": route.description, "digits": worst, "verdict": CONFIRMED if ok else FAILED,
              "detail": detail}
    if not ok and worst_point is not None:
        result["counterexample"] = {k: str(v) for k, v in worst_point.items()}
    return result


def _certify(derivation: Derivation, point: Mapping[str, Any], value: Any, dps: int) -> bool | None:
    """Rigorous check of an evaluated value (None when it cannot be decided)."""
    if derivation.evaluator is not None:
        return None  # the value is not a plain substitution into one expression
    values = derivation.validate(point)
    if any(isinstance(v, str) for v in values.values()):
        return None
    exact = {derivation.param(n).symbol: v for n, v in values.items()}
    return certify(derivation.value(derivation.result), exact, value, dps=dps)


def _certifiable(derivation: Derivation) -> bool:
    """Whether the entry's values are certified (arb ball arithmetic); False when it cannot tell."""
    try:
        return bool(derivation.certifiable)
    except Exception:  # noqa: BLE001 - a broken chain is reported by the steps
        return False


def _evaluation_method(derivation: Derivation) -> str:
    try:
        return str(derivation.evaluation_method)
    except Exception as exc:  # noqa: BLE001 - a broken chain is reported by the steps
        return f"cannot evaluate: {type(exc).__name__}: {exc}"


def _result_is_approximate(derivation: Derivation) -> bool:
    """Whether a truncated series went into the result (it then holds to the stated order, ``≃``)."""
    try:
        chosen = [o for o in derivation.replay()
                  if derivation.result_step is None or o.rule.name == derivation.result_step]
        return bool(chosen and chosen[-1].approximate)
    except Exception:  # noqa: BLE001 - a broken chain is reported by the steps
        return False


def _rests_on_sample_range(steps: list[dict[str, Any]]) -> bool:
    texts = [s.get("method", "") for s in steps] + [c.get("method", "") for s in steps for c in s.get("conditions", [])]
    return any("declared sample range" in t for t in texts)


def _cached_premises(derivation: Derivation, cache: VerdictCache | None, check: Any) -> dict[str, Any]:
    """The premises' satisfiability verdict, reused from the cache for the same premises and chain."""
    key = None
    if cache is not None:
        parts = [CHECKER_FINGERPRINT, "premises", derivation.id,
                 *(f"{p.name}:{sympy.srepr(p.expr)}" for p in derivation.premises),
                 *(f"{sympy.srepr(s)}:{d!r}" for s, d in sorted(derivation.domains().items(), key=lambda kv: str(kv[0]))),
                 *(repr(tuple(o.rests_on)) for o in derivation.replay())]
        key = hashlib.sha256("\n".join(parts).encode()).hexdigest()
        hit = cache.get(key)
        if hit is not None:
            return hit
    result = check(derivation)
    if key is not None and result["verdict"] == PROVED and result.get("witness"):
        cache.put(key, result)  # only a search worth saving: a set with conditions, satisfied
    return result


def check_derivation(derivation: Derivation, dps: int, *, cache: VerdictCache | None = None,
                     properties: int = 0) -> dict[str, Any]:
    """Everything the checker knows about one derivation, as a JSON-ready dict.

    ``properties`` is the number of hypothesis examples per property (0: skip them).
    """
    start = time.perf_counter()
    from .declarations import declaration_problems, declared_assumptions
    from .premises import check_premises
    problems = declaration_problems(derivation)
    premises_verdict = _cached_premises(derivation, cache, check_premises)
    with mpmath.workdps(dps):
        steps = check_steps(derivation, dps, cache)
        numeric = check_route(derivation, dps)
        claims = [check_claim(c, dps) for c in derivation.claims]
    props = []
    if properties:
        from .properties import run_property
        props = [run_property(p, max_examples=properties) for p in derivation.properties]
    parts = [s["verdict"] for s in steps] + [premises_verdict["verdict"]] + [FAILED for _ in problems]
    # An agreeing route neither upgrades nor downgrades the steps; any other outcome counts.
    parts.append(PROVED if numeric["verdict"] == CONFIRMED else numeric["verdict"])
    parts += [FAILED for c in claims if c["status"] == "failed"]
    parts += [PROVED if p["verdict"] in (CONFIRMED, PROVED) else p["verdict"] for p in props]
    return {
        "id": derivation.id,
        "title": derivation.title,
        "source": derivation.source,
        "verdict": combine(parts),
        "approximate": _result_is_approximate(derivation),
        # Whether evaluate() certifies every digit in arb ball arithmetic, and how it evaluates.
        "certified": _certifiable(derivation),
        "evaluation": _evaluation_method(derivation),
        "premises": [{"name": p.name, "form": str(p.expr), "text": p.text} for p in derivation.premises],
        # The premise set shown satisfiable (a witness point), and the symbols' declarations.
        "satisfiable": premises_verdict,
        "declarations": {"verdict": FAILED if problems else PROVED, "problems": problems,
                         "assumed": declared_assumptions(derivation)},
        "sampling": [{"parameter": r.name, "range": [str(r.lo), str(r.hi)], "reason": r.reason}
                     for r in derivation.sampling],
        # Whether a confirmed verdict rests on a narrowed SampleRange (the CLI then exits non-zero
        # unless --allow-sample-range).
        "rests_on_sample_range": _rests_on_sample_range(steps),
        "steps": steps,
        "numeric": numeric,
        "claims": claims,
        "properties": props,
        "notes": list(derivation.note_texts()),
        "seconds": round(time.perf_counter() - start, 3),
    }

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

import hashlib
import random
import time
from dataclasses import dataclass
from typing import Any, Mapping

import mpmath
import sympy

from derivations import Agreement, Derivation, Measurement, Positive, Real
from derivations._domains import Domain
from derivations._model import as_mp
from derivations._precision import CONFIRM_POINTS, GUARD_DIGITS, relative_tolerance, required_digits

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
    if symbol.is_positive:
        return Positive()
    if symbol.is_real:
        return Real(-10, 10)
    return None


def _pairs(found: Any, expected: Any) -> list[tuple[Any, Any]] | str:
    """Split two results into pairs of expressions that must be equal, or say why not."""
    found, expected = sympy.sympify(found), sympy.sympify(expected)
    if isinstance(found, sympy.core.relational.Relational) or isinstance(expected, sympy.core.relational.Relational):
        if not (isinstance(found, sympy.core.relational.Relational)
                and isinstance(expected, sympy.core.relational.Relational)):
            return f"shape mismatch: derived {found} but expected {expected}"
        found, expected = found.canonical, expected.canonical
        if type(found) is not type(expected):
            return f"relation mismatch: derived {found} but expected {expected}"
        if found.lhs == expected.lhs:
            return [(found.rhs, expected.rhs)]
        return [(found.lhs - found.rhs, expected.lhs - expected.rhs)]
    # Symbols are Booleans in SymPy's class tree: test for true/false and logic functions only.
    logic = (sympy.logic.boolalg.BooleanAtom, sympy.logic.boolalg.BooleanFunction)
    if isinstance(found, logic) or isinstance(expected, logic):
        if found == expected:
            return []
        return f"derived {found} but expected {expected}"
    return [(found, expected)]


def _symbolic_zero(diff: sympy.Expr) -> str | None:
    """Name of the exact method that reduced ``diff`` to 0, or None."""
    if diff == 0:
        return "identical"
    for name, fn in (("cancel", sympy.cancel), ("simplify", sympy.simplify)):
        try:
            if fn(diff) == 0:
                return name
        except (TypeError, ValueError, NotImplementedError, sympy.PolynomialError):
            continue
    return None


def _value(expr: sympy.Expr, point: Mapping[sympy.Symbol, Any], dps: int) -> mpmath.mpc | None:
    """``expr`` at an exact point, to ``dps`` digits, or None if it is not a finite number."""
    # Floats, not the exact rationals: exact powers with symbolic exponents can blow up.
    floats = {s: sympy.Float(v, dps + 20) if not isinstance(v, str) else v for s, v in point.items()}
    try:
        v = sympy.sympify(expr).xreplace(floats).evalf(dps)
    except (TypeError, ValueError, ZeroDivisionError, AttributeError):
        return None
    if not v.is_number or v.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return None
    try:
        with mpmath.workdps(dps):
            return mpmath.mpc(complex(0)) + mpmath.mpmathify(sympy.N(v, dps))
    except (TypeError, ValueError):
        return None


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
        args = tuple(sympy.N(a.xreplace(dict(point)), 30) for a in call.args)
        key = f"{call.func}{args}"
        if key not in values:
            values[key] = sympy.Float(rng.uniform(0.5, 2.0), dps + 20)
        out[call] = values[key]
    return out


def _show(v: mpmath.mpc) -> str:
    return mpmath.nstr(v.real if v.imag == 0 else v, 15)


def _agree(a: mpmath.mpc, b: mpmath.mpc, dps: int) -> bool:
    with mpmath.workdps(dps):
        return abs(a - b) <= relative_tolerance(dps) * max(abs(a), abs(b))


def _numeric(diff_pair: tuple[Any, Any], domains: Mapping[sympy.Symbol, Domain], key: str,
             dps: int) -> StepVerdict:
    found, expected = sympy.sympify(diff_pair[0]), sympy.sympify(diff_pair[1])
    free = sorted(sympy.sympify(found - expected).free_symbols | sympy.sympify(found).free_symbols
                  | sympy.sympify(expected).free_symbols, key=str)
    doms = {}
    for s in free:
        dom = domains.get(s) or _default_domain(s)
        if dom is None:
            return StepVerdict(INCONCLUSIVE, f"no domain declared for symbol {s}; cannot sample it")
        doms[s] = dom
    rng = random.Random(stable_seed(key))
    agreed, tries = 0, 0
    while agreed < CONFIRM_POINTS and tries < 4 * CONFIRM_POINTS:
        tries += 1
        point = {s: d.draw(rng) for s, d in doms.items()}
        arbitrary = _arbitrary_functions((found, expected), point, rng, dps)
        f, e = found.xreplace(arbitrary), expected.xreplace(arbitrary)
        a, b = _value(f, point, dps), _value(e, point, dps)
        if a is None or b is None:
            continue
        if not _agree(a, b, dps):
            # Near zero, cancellation can fake a difference: retry with more digits.
            a2, b2 = _value(f, point, 3 * dps), _value(e, point, 3 * dps)
            if a2 is None or b2 is None or not _agree(a2, b2, dps):
                cx = {str(s): str(v) for s, v in point.items()}
                cx.update({str(k): mpmath.nstr(mpmath.mpf(v._mpf_), 15) for k, v in arbitrary.items()})
                cx.update(derived=_show(a), expected=_show(b))
                return StepVerdict(FAILED, f"counterexample at {len(point)}-symbol point, {dps} digits", cx)
        agreed += 1
    if agreed >= CONFIRM_POINTS:
        return StepVerdict(CONFIRMED, f"numeric identity at {agreed} points, {dps} digits")
    return StepVerdict(INCONCLUSIVE, f"only {agreed} of {tries} sampled points could be evaluated")


def compare(found: Any, expected: Any, domains: Mapping[sympy.Symbol, Domain], *, key: str,
            dps: int) -> StepVerdict:
    """Decide whether ``found`` (derived) equals ``expected`` (written)."""
    pairs = _pairs(found, expected)
    if isinstance(pairs, str):
        return StepVerdict(FAILED, pairs, {"derived": str(found), "expected": str(expected)})
    methods, outcomes = [], []
    for i, (a, b) in enumerate(pairs):
        method = _symbolic_zero(sympy.sympify(a - b))
        if method is not None:
            methods.append(method)
            continue
        outcome = _numeric((a, b), domains, f"{key}/{i}", dps)
        if outcome.verdict != CONFIRMED:
            return outcome
        outcomes.append(outcome)
    if outcomes:
        return StepVerdict(CONFIRMED, "; ".join(o.method for o in outcomes))
    return StepVerdict(PROVED, "symbolic: " + ", ".join(methods or ["identical"]))


def _cache_key(outcome: Any, domains: Mapping[sympy.Symbol, Domain], dps: int) -> str:
    symbols = sympy.sympify(outcome.output).free_symbols | sympy.sympify(outcome.rule.expect).free_symbols
    doms = sorted(f"{sympy.srepr(s)}:{domains[s]!r}" for s in symbols if s in domains)
    text = "\n".join([type(outcome.rule).__name__, sympy.srepr(outcome.output),
                      sympy.srepr(sympy.sympify(outcome.rule.expect)), str(dps), *doms])
    return hashlib.sha256(text.encode()).hexdigest()


def check_steps(derivation: Derivation, dps: int, cache: VerdictCache | None = None) -> list[dict[str, Any]]:
    """Replay the derivation and give every step a verdict."""
    domains = derivation.domains()
    out = []
    for outcome in derivation.replay():
        rule = outcome.rule
        entry = {"rule": type(rule).__name__, "description": rule.describe()}
        if outcome.error:
            verdict = StepVerdict(FAILED, f"rule could not be applied: {outcome.error}")
        else:
            key = _cache_key(outcome, domains, dps) if cache is not None else None
            hit = cache.get(key) if cache is not None else None
            if hit is not None:
                verdict = StepVerdict(**hit)
            else:
                verdict = compare(outcome.output, rule.expect, domains,
                                  key=f"{derivation.id}#{outcome.index}", dps=dps)
                if cache is not None and verdict.verdict in (PROVED, CONFIRMED):
                    cache.put(key, vars(verdict))
        entry.update(verdict.as_dict())
        out.append(entry)
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
        except Exception as exc:  # a broken route is reported, not hidden
            return {"route": route.description, "digits": None, "verdict": INCONCLUSIVE,
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
        except Exception as exc:
            return {"route": route.description, "digits": None, "verdict": INCONCLUSIVE,
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


def check_derivation(derivation: Derivation, dps: int, *, cache: VerdictCache | None = None,
                     properties: int = 0) -> dict[str, Any]:
    """Everything the checker knows about one derivation, as a JSON-ready dict.

    ``properties`` is the number of hypothesis examples per property (0: skip them).
    """
    start = time.perf_counter()
    with mpmath.workdps(dps):
        steps = check_steps(derivation, dps, cache)
        numeric = check_route(derivation, dps)
        claims = [check_claim(c, dps) for c in derivation.claims]
    props = []
    if properties:
        from .properties import run_property
        props = [run_property(p, max_examples=properties) for p in derivation.properties]
    parts = [s["verdict"] for s in steps]
    # An agreeing route neither upgrades nor downgrades the steps; any other outcome counts.
    parts.append(PROVED if numeric["verdict"] == CONFIRMED else numeric["verdict"])
    parts += [FAILED for c in claims if c["status"] == "failed"]
    parts += [PROVED if p["verdict"] == CONFIRMED else p["verdict"] for p in props]
    return {
        "id": derivation.id,
        "title": derivation.title,
        "source": derivation.source,
        "verdict": combine(parts),
        "steps": steps,
        "numeric": numeric,
        "claims": claims,
        "properties": props,
        "notes": list(derivation.note_texts()),
        "seconds": round(time.perf_counter() - start, 3),
    }

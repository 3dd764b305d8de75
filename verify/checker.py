"""The checker: replays each step of a derivation and gives it a verdict.

Four verdicts, as in DESIGN.md:

* ``proved``: SymPy reduces the difference of the derived and the expected form to 0;
* ``confirmed``: the two agree at ``CONFIRM_POINTS`` points drawn from the symbols'
  domains (seeded by a stable hash of the step's id) at the working precision;
* ``inconclusive``: neither could decide (no point could be evaluated, ...);
* ``failed``: a counterexample, which is reported.

SymPy's undecided answers are never promoted: only an exact ``0`` proves.

This module composes the kernel: the verdicts (:mod:`verify.verdicts`), judgments with
context (:mod:`verify.judgments`), symbolic proof (:mod:`verify.symbolic`), numeric
confirmation (:mod:`verify.confirm`), equality of two forms (:mod:`verify.equality`), side
conditions (:mod:`verify.obligations`, :mod:`verify.certify_ops`) and independent routes
(:mod:`verify.routes`); it keeps the step cache's key and assembles a derivation's report.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

import mpmath
import sympy

from derivations import Derivation
from derivations import _rules as _rules_module
from derivations._rules import BUILTIN_RULES

from .cache import VerdictCache
from .certify_limits import limit_at_infinity_obligation
from .claims import check_claim
from .fingerprints import KERNEL_MODULES
from .confirm import _restrictions
from .equality import compare
from .along_range import derivation_definitions
from .judgments import _fresh, _names, _operation_on_constrained, context_key, off_its_range
from .term_order import form_str
from .wire import form_text
from .truncated import calculus_on_truncated_series, specialized_away_from_series, truncated_in_other_variables
from .obligations import discharge
from .premise_inequalities import context_inequalities, region_for, usable_inequalities
from .routes import check_route
from .verdicts import CONFIRMED, FAILED, INCONCLUSIVE, PROVED, VERDICTS, StepVerdict, combine

# Re-exported: runner, isolation and older tests import these from ``verify.checker``.
from .confirm import _agree, _show, _value  # noqa: F401,E402
from .equality import prove_equal  # noqa: F401,E402
from .judgments import operation_variables  # noqa: F401,E402
from .symbolic import symbolic_zero  # noqa: F401,E402
from .verdicts import stable_seed  # noqa: F401,E402

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

# -- steps -------------------------------------------------------------------------------------

#: Everything that decides a step verdict; a cached verdict is valid only under the same code.
CHECKER_FINGERPRINT = hashlib.sha256(
    b"".join(p.read_bytes() for p in (Path(__file__).parent / n for n in KERNEL_MODULES) if p.exists())
    + b"".join(Path(p).read_bytes() for p in sorted(Path(_rules_module.__file__).parent.glob("_*.py")))
).hexdigest()


def _values_key(derivation: Derivation) -> str:
    from .specialisation import values_key
    return values_key(derivation)


def _seed_key(derivation: Derivation, outcome: Any) -> str:
    """What seeds the step's sampling: the derivation's id and the step's place in it."""
    return f"{derivation.id}#{outcome.index}"


def _series_centres(derivation: Derivation) -> list[str]:
    """The expansion points of the derivation's series: a specialization is judged against them."""
    return sorted(f"{s.var}@{s.point}" for s in derivation.steps if type(s).__name__ == "SeriesExpand")


def _steps_key(derivation: Derivation) -> str:
    """The whole chain, where a truncated series is in it: the series checks read every step (a
    value substituted into a denominator is refused for a limit that comes later)."""
    if not _series_centres(derivation):
        return ""
    return repr([(type(s).__name__, s.describe(), s.on, s.name, _srepr_or_text(s.expect)) for s in derivation.steps])


def _srepr_or_text(expr: Any) -> str:
    try:
        return form_text(sympy.sympify(expr))
    except (sympy.SympifyError, TypeError, ValueError, AttributeError):
        return type(expr).__name__


def _cache_key(derivation: Derivation, outcome: Any, dps: int, known: set[Any]) -> str:
    """Everything :func:`_check_step` reads, so a cached verdict is the one a fresh check would give.

    The sampling seed (:func:`_seed_key`) is in the key, not replaced by a hash of the content: a
    false step that the points of one derivation happen to miss must not lend that luck to every
    derivation with the same step (a seed drawn from the content would repeat one miss everywhere,
    and an attacker can search contents as easily as ids). The price is that the same step in two
    derivations is checked twice.
    """
    domains = derivation.domains()
    fresh = (isinstance(outcome.expect, sympy.core.relational.Relational) and _fresh(outcome.expect.lhs, known))
    parts = [CHECKER_FINGERPRINT, _seed_key(derivation, outcome), type(outcome.rule).__module__,
             type(outcome.rule).__qualname__, outcome.rule.describe(), f"approximate={bool(outcome.approximate)}",
             repr(_series_centres(derivation)), _steps_key(derivation), f"fresh={fresh}", context_key(outcome.fixed),
             repr(sorted((form_text(k), sorted(map(form_text, v))) for k, v in outcome.depends.items())),
             form_text(outcome.given), form_text(outcome.output), form_text(outcome.expect), str(dps),
             repr(sorted((o.kind, form_text(sympy.sympify(o.expr)), form_text(o.symbol), o.text)
                         for o in outcome.obligations)),
             repr(sorted((r.name, str(r.lo), str(r.hi)) for r in derivation.sampling)),
             _values_key(derivation),  # the values the chain speaks at (names are read there)
             repr([form_text(r) for r in usable_inequalities(derivation, outcome)]),  # the region read
             repr([form_text(r) for r in context_inequalities(derivation, outcome)]),  # the holders' region
             # every premise: the holders' region reads names through their definitions (review 31)
             repr([(p.name, _srepr_or_text(p.expr)) for p in derivation.premises]),
             *sorted(f"{form_text(s)}:{d!r}" for s, d in domains.items())]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


#: Errors of a rule that are SymPy's limits, not the step's fault ("multiple generators [x, exp(x)]").
SYMPY_LIMITS = ("NotImplementedError:", "OutOfTime:", "PolynomialError:", "RecursionError:",
                # SymPy returning the operation unevaluated: it cannot do it, which shows nothing wrong (review 18)
                "RuleError: SymPy left the integral unevaluated", "RuleError: SymPy could not take the limit")


def holders_region(derivation: Derivation, outcome: Any) -> tuple:
    """The step's inequality premises (:func:`context_inequalities`) read through the names the premises
    define, as the holders' search reads its conditions (review 22: ``k > 0`` with ``k = y − 2``)."""
    from derivations._context import _through_definitions
    from derivations._search_region import declared_signs
    definitions = derivation_definitions(derivation)
    out: list = []
    for rel in context_inequalities(derivation, outcome):
        try:
            out.append(_through_definitions(rel, definitions, None))
        except Exception:  # noqa: BLE001 - not read through: as written
            out.append(rel)
    # review 23: a name the step rests on the definition of (k = log(y − 2), k real) holds only where that
    # definition is real (and of the name's declared sign)
    rested = {p.name for p in derivation.premises} & set(outcome.rests_on)
    for p in derivation.premises:
        lhs = getattr(p.expr, "lhs", None)
        if p.name in rested and isinstance(p.expr, sympy.Eq) and isinstance(lhs, sympy.Symbol) \
                and any(v[0] == lhs for v in definitions.values()):
            try:
                value = _through_definitions(lhs, definitions, None)
            except Exception:  # noqa: BLE001 - not read through: not read
                continue
            out += [("real", value)] if lhs.is_real else []
            out += list(declared_signs(lambda n, v=value: v, [lhs]))
    return tuple(out)


def check_step(derivation: Derivation, outcome: Any, dps: int, known: set[Any]) -> tuple[StepVerdict, list[dict]]:
    """The verdict of one replayed step, and the verdicts of its side conditions.

    Anything that goes wrong while checking (SymPy raising inside a tactic) leaves the step
    undecided, reported with the exception — never a pass, a failure it did not show, or a crash.
    """
    try:
        return _check_step(derivation, outcome, dps, known)
    except Exception as exc:  # noqa: BLE001 - a checker crash must not become a pass or a traceback
        return StepVerdict(INCONCLUSIVE, f"the step could not be checked: {type(exc).__name__}: {exc}"), []


def _check_step(derivation: Derivation, outcome: Any, dps: int, known: set[Any]) -> tuple[StepVerdict, list[dict]]:
    domains, restrict = derivation.domains(), _restrictions(derivation)
    key = _seed_key(derivation, outcome)
    rule = outcome.rule
    kind = BUILTIN_RULES.get(type(rule))
    if kind is None:
        return StepVerdict(FAILED, f"{type(rule).__name__} is not one of the package's rules: a step must be "
                                   f"an inference the checker knows ({', '.join(t.__name__ for t in BUILTIN_RULES)})"), []
    if outcome.error:
        if outcome.error.startswith(SYMPY_LIMITS):  # SymPy cannot do it: the step is not shown wrong
            return StepVerdict(INCONCLUSIVE, f"rule could not be applied: {outcome.error}"), []
        return StepVerdict(FAILED, f"rule could not be applied: {outcome.error}"), []
    region = holders_region(derivation, outcome)
    pinned = (_operation_on_constrained(rule, outcome, region)
              or off_its_range(rule, outcome, domains, derivation_definitions(derivation), region)
              or specialized_away_from_series(rule, outcome, derivation.steps)
              or calculus_on_truncated_series(rule, outcome, derivation.steps)
              or truncated_in_other_variables(rule, outcome, derivation.steps))
    if pinned is None and type(rule).__name__ == "Substitute":
        from .specialisation import respecialised
        pinned = respecialised(derivation, outcome.index)
    if pinned is not None:
        return StepVerdict(FAILED, pinned), []
    fresh = {outcome.expect.lhs} if (isinstance(outcome.expect, sympy.core.relational.Relational)
                                     and _fresh(outcome.expect.lhs, known)) else set()
    found, written = (outcome.given if kind == "equivalence" else outcome.output), outcome.expect
    found, written = _right_sides_by_definitions(derivation, outcome, found, written)
    verdict = compare(found, written, domains, key=key, dps=dps, fresh=fresh, restrict=restrict)
    if verdict.verdict == FAILED:  # refuted already: its side conditions cannot save it (and cost the most)
        return verdict, []
    conditions = []
    # SymPy's limit at ±∞ is certified by the kernel, whatever the rule asked for.
    at_infinity = limit_at_infinity_obligation(rule, outcome)
    obligations = list(outcome.obligations) + ([at_infinity] if at_infinity is not None else [])
    inequalities = usable_inequalities(derivation, outcome) if obligations else ()
    for j, ob in enumerate(obligations):
        v = discharge(ob, domains, key=f"{key}/ob{j}", dps=dps, restrict=restrict,
                      region=region_for(ob.expr, inequalities) if inequalities else None)
        conditions.append({"condition": ob.text, **v.as_dict()})
    if conditions:
        worst = combine([verdict.verdict] + [c["verdict"] for c in conditions])
        if worst != verdict.verdict:
            bad = next(c for c in conditions if c["verdict"] == worst)
            verdict = StepVerdict(worst, f"{verdict.method}; side condition: {bad['method']}",
                                  bad.get("counterexample") or verdict.counterexample)
    return verdict, conditions


def _right_sides_by_definitions(derivation: Derivation, outcome: Any, found: Any, written: Any) -> tuple[Any, Any]:
    """Both right-hand sides with the names the input's premises define replaced by their
    definitions (at the values the step's chain specialised), when either uses such a name
    (``dQ/dt = −Q(t)/τ``); else unchanged.
    The left-hand sides keep their names: they say what the step is about."""
    from .premises import by_definitions
    from .specialisation import chain_values
    rel = sympy.core.relational.Relational
    if not isinstance(written, rel) or not isinstance(found, rel) or not outcome.rests_on:
        return found, written
    chain = chain_values(derivation)
    values = chain[outcome.index] if outcome.index < len(chain) else {}
    try:
        rhs = by_definitions(written.rhs, derivation, outcome.rests_on, values)
        found_rhs = by_definitions(found.rhs, derivation, outcome.rests_on, values)
    except Exception:  # noqa: BLE001 - a definition SymPy cannot write out: the forms as they stand
        return found, written
    if rhs == written.rhs and found_rhs == found.rhs:
        return found, written
    return (found.func(found.lhs, found_rhs, evaluate=False), written.func(written.lhs, rhs, evaluate=False))


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
        parts = [CHECKER_FINGERPRINT, "premises", derivation.id, repr(sorted(derivation.names)),
                 *(f"{p.name}:{form_text(p.expr)}" for p in derivation.premises),
                 *(f"{form_text(s)}:{d!r}" for s, d in sorted(derivation.domains().items(), key=lambda kv: str(kv[0]))),
                 *(repr(tuple(o.rests_on)) for o in derivation.replay()), _values_key(derivation)]
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
    from .cache import OutputMemo
    from .declarations import declaration_problems, declared_assumptions
    from .premises import check_premises
    # The first replay computes the rule outputs, looking each up in the cache's content-keyed memo.
    derivation.replay(OutputMemo(cache) if cache is not None else None)
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
        "premises": [{"name": p.name, "form": form_str(p.expr), "text": p.text} for p in derivation.premises],
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

"""Run the checker over a selection of derivations and assemble the report.

Derivations are independent, so they are checked in worker processes when more
than one core is asked for; the report is assembled in the order of the selection,
so it does not depend on which worker finished first. The selection may hold any
:class:`~derivations.Derivation`, registered or a user's own: workers receive the
objects themselves (by fork), never look them up by id.

A failed step is reported once, where it happens, with the two expressions (what the
rule derived and what the author wrote); a later step that fails only because its input
is that wrong written form is marked ``depends_on`` that step (it is re-checked from the
corrected input to tell the two cases apart), see :func:`render_failures`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import platform
import re
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import derivations
from derivations import Derivation

from . import __version__
from derivations import _model

from .cache import OutputMemo, VerdictCache
from .claims import claim_counts  # errata (issue 17): the summary counts every claim status apart

# Verdict names; the checker itself (python-flint, hypothesis) is imported only when needed.
PROVED, CONFIRMED, INCONCLUSIVE, FAILED = "proved", "confirmed", "inconclusive", "failed"

__all__ = ["run", "memoised_rules", "summarize", "versions", "default_jobs", "check_one", "annotate_failures",
           "render_failures", "describe_entry", "lookup", "route_kind", "ROUTE_NAMES"]

_cache: VerdictCache | None = None
_options: dict[str, Any] = {}
#: The derivations of the run in progress, by id (workers inherit it by fork).
_selection: dict[str, Derivation] = {}
#: Every derivation checked in this process, by id: lets the LaTeX renderer find a user's own.
_seen: dict[str, Derivation] = {}


def versions() -> dict[str, str]:
    """Versions of everything that can change a verdict (read from the installed metadata)."""
    from importlib.metadata import PackageNotFoundError, version
    out = {"wallcheck": __version__, "python": platform.python_version()}
    for dist in ("sympy", "mpmath", "numpy", "hypothesis", "python-flint"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "not installed"
    return out


def code_fingerprint() -> str:
    """Hash of every source file that can change a result, and of the library versions.

    A whole derivation's result is reused only under the same fingerprint, so any edit
    to a derivation, a rule, the checker or a route invalidates it.
    """
    digest = hashlib.sha256(json.dumps(versions(), sort_keys=True).encode())
    for package in (derivations, sys.modules[__package__]):
        root = Path(package.__file__).parent
        for path in sorted(root.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def default_jobs() -> int:
    """Worker processes used by default: the cores this process may use, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def lookup(derivation_id: str) -> Derivation:
    """The derivation with this id: a registered one, or one checked in this process."""
    if derivation_id in _seen:
        return _seen[derivation_id]
    return derivations.get(derivation_id)


def _is_registered(d: Derivation) -> bool:
    from derivations._manifest import shipped_ids
    if d.id not in shipped_ids():  # no need to build the registry to know a user's id is not in it
        return False
    try:
        return derivations.get(d.id) is d
    except derivations.UnknownDerivationError:
        return False


def check_one(derivation: Derivation, dps: int = derivations.DEFAULT_DPS, *, cache: VerdictCache | None = None,
              properties: int = 0) -> dict[str, Any]:
    """The report entry of one derivation (registered or not), failures annotated."""
    from .checker import check_derivation, combine
    from .isolation import check_hooks, is_isolated
    result = check_derivation(derivation, dps, cache=cache, properties=properties)
    result["numeric"] = route_kind(derivation, result["numeric"])
    if is_isolated(derivation):  # a user's value=/evaluator hooks, checked against the derived result
        hooks = check_hooks(derivation, dps)
        if hooks:
            result["hooks"] = hooks
            result["verdict"] = combine([result["verdict"]] + [h["verdict"] for h in hooks])
    annotate_failures(derivation, result, dps)
    return result


def route_kind(derivation: Derivation, numeric: dict[str, Any]) -> dict[str, Any]:
    """The route's entry with ``kind`` after ``route``: ``"measurement"``, ``"independent"`` or
    ``"consistency"`` (:data:`derivations._model.ROUTE_KINDS`), ``None`` without a route."""
    kind = getattr(derivation.route, "kind", None)
    out = {k: v for k, v in numeric.items() if k == "route"}
    return {**out, "kind": kind, **{k: v for k, v in numeric.items() if k != "route"}}


#: How the failure text names a route of each kind.
ROUTE_NAMES = {"measurement": "measurement", "independent": "independent route",
               "consistency": "consistency check (not independent)"}


def _check_one(derivation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    result = check_one(_selection[derivation_id], _options["dps"], cache=_cache,
                       properties=_options["properties"])
    # New verdicts travel back to the parent, which saves the cache once.
    return result, (_cache.drain() if _cache is not None else {})


def _show(form: Any) -> str:
    """A form as SymPy text, an equation as ``lhs = rhs`` (where the terminal notation fails)."""
    import sympy
    if isinstance(form, sympy.Eq):
        return f"{form.lhs} = {form.rhs}"
    return str(form)


def _terminal(form: Any, names: dict[str, str]) -> str:
    """A form in the terminal notation ``--show`` uses (the symbol registry, the papers' order of
    terms, ``^`` and Unicode), SymPy text where that notation cannot print it."""
    from . import notation
    from .show import _math
    try:
        return _math(notation.latex(form, names))
    except Exception:  # noqa: BLE001 - an expression the printer cannot set is still reported
        return _show(form)


#: The label pair of a failed step, in the text and the JSON alike: what the rule derived from its
#: input (for an equivalence, the input it must be equal to) and what the author wrote.
DERIVED, WRITTEN = "derived", "written"


def _step_pair(derived: Any, written: Any, method: str) -> tuple[Any, Any] | None:
    """The two expressions a failed step compares: the sides its method names (right by default)."""
    import sympy
    if not (isinstance(derived, sympy.Eq) and isinstance(written, sympy.Eq)):
        return None
    if method.startswith("left-hand side"):
        return derived.lhs, written.lhs
    return derived.rhs, written.rhs


def _shrink_step_counterexample(derivation: Derivation, s: dict[str, Any], derived: Any, written: Any,
                                dps: int) -> None:
    """Replace a step's counterexample by the simplest point of the domains at which the derived
    and the written expressions still differ (:func:`verify.shrink.shrink`); the two values at the
    new point are recomputed. A counterexample with other parts (arbitrary functions, a side
    condition) is kept as the checker found it."""
    from fractions import Fraction

    from .checker import _agree, _value
    from .shrink import shrink
    cx = s.get("counterexample") or {}
    pair = _step_pair(derived, written, s.get("method", ""))
    if pair is None or not cx:
        return
    symbols = {str(x): x for e in pair for x in e.free_symbols}
    coordinates = {k: v for k, v in cx.items() if k not in ("derived", "expected", WRITTEN)}
    if set(coordinates) != set(symbols) or set(cx) - set(coordinates) - {"derived", "expected", WRITTEN}:
        return
    try:
        point = {k: Fraction(v) for k, v in coordinates.items()}
    except (ValueError, ZeroDivisionError):
        return
    by_name = {str(sym): dom for sym, dom in derivation.domains().items()}

    def values(at: dict[str, Fraction], digits: int) -> tuple[Any, Any]:
        import sympy
        exact = {symbols[k]: sympy.Rational(v.numerator, v.denominator) for k, v in at.items()}
        return _value(pair[0], exact, digits), _value(pair[1], exact, digits)

    def differs(at: dict[str, Fraction]) -> bool:
        for digits in (dps, 3 * dps):  # as the checker does: more digits rule out cancellation
            a, b = values(at, digits)
            if (a is None) == (b is None) and (a is None or _agree(a, b, dps)):
                return False
        return True

    if not differs(point):
        return  # the checker's point does not reproduce here: leave it as found
    simplest = shrink(differs, point, by_name)
    a, b = values(simplest, 3 * dps)
    s["counterexample"] = {**{k: str(v) for k, v in simplest.items()},
                           DERIVED: _number(a), WRITTEN: _number(b)}


def _number(v: Any) -> str:
    """A value at a counterexample, to 15 digits (``not finite`` for None)."""
    import mpmath
    if v is None:
        return "not finite"
    if isinstance(v, mpmath.mpc) and v.imag == 0:
        v = v.real
    return mpmath.nstr(v, 15)


_BAD = (FAILED, INCONCLUSIVE)


def annotate_failures(derivation: Derivation, result: dict[str, Any], dps: int) -> None:
    """Give every failed step its two expressions and tell a new failure from a consequence.

    A failed (or inconclusive) step gets ``derived`` (what the rule derived from its input;
    for a rewrite, the input it must be equivalent to) and ``written`` (the author's form), both in
    the terminal notation of ``--show``; its counterexample is shrunk to the simplest point that
    still fails (:func:`verify.shrink.shrink`) and labelled with the same pair.
    When its input is the written form of an earlier failed step, it is re-checked from
    the corrected input (that step's derived form): if it then holds, it gets
    ``depends_on`` (1-based number of the step it depends on) and is not a new failure.
    """
    import mpmath
    from derivations._model import StepOutcome
    from derivations._rules import as_relation
    from .checker import _names, check_step

    steps = result.get("steps") or []
    try:
        outcomes = list(derivation.replay())
    except Exception:  # noqa: BLE001 - a chain that cannot be replayed is reported by its steps
        return
    if len(outcomes) != len(steps) or not any(s["verdict"] in _BAD for s in steps):
        return
    names: dict[str, int] = {}
    env: dict[str, Any] = {p.name: p.expr for p in derivation.premises}
    corrected: dict[int, Any] = {}  # failed step -> the form the chain would have if it were right
    known: set[Any] = {p.symbol for p in derivation.symbols}
    for premise in derivation.premises:
        known |= _names(premise.expr)
    domains = derivation.domains()
    from . import notation
    shown_names = notation.names_for(derivation)

    def form_of(k: int) -> Any:
        return corrected.get(k, outcomes[k].expect)

    for i, (o, s) in enumerate(zip(outcomes, steps)):
        rule = o.rule
        if rule.on:
            source = names.get(rule.on)
        else:
            source = i - 1 if i > 0 else None
        sources = [source] + [names.get(r) for r in rule.references()]
        upstream = [k for k in sources if k is not None and steps[k]["verdict"] in _BAD]
        if s["verdict"] in _BAD:
            equivalence = s.get("kind") == "equivalence"
            derived = o.given if equivalence else o.output
            if derived is not None:
                s[DERIVED] = _terminal(derived, shown_names)
            if o.expect is not None:
                s[WRITTEN] = _terminal(o.expect, shown_names)
            cx = s.get("counterexample")
            if isinstance(cx, dict) and "expected" in cx:  # the checker's label: one pair throughout
                s["counterexample"] = {(WRITTEN if k == "expected" else k): v for k, v in cx.items()}
            if s["verdict"] == FAILED and derived is not None and o.expect is not None:
                try:
                    _shrink_step_counterexample(derivation, s, derived, o.expect, dps)
                except Exception:  # noqa: BLE001 - a shrink that cannot run leaves the checker's point
                    pass
            recheck_ok = False
            if upstream and all(k in corrected or steps[k].get("depends_on") for k in upstream):
                try:
                    given = form_of(source) if source is not None else o.given
                    env_c = dict(env)
                    inference = rule.infer(given, env_c, domains)
                    expect = as_relation(rule.expect, inference.output.lhs)
                    redo = StepOutcome(o.index, rule, given, inference.output, None, tuple(inference.obligations),
                                       o.approximate, expect, o.fixed, o.rests_on, o.depends)
                    with mpmath.workdps(dps):
                        verdict, _ = check_step(derivation, redo, dps, set(known))
                    recheck_ok = verdict.verdict in (PROVED, CONFIRMED)
                    if not recheck_ok:
                        derived = given if equivalence else inference.output
                except Exception:  # noqa: BLE001 - no re-check: the step stays a failure of its own
                    recheck_ok = False
            if recheck_ok:
                s["depends_on"] = upstream[0] + 1
            else:
                if derived is not None:
                    corrected[i] = derived
        if rule.name:
            names[rule.name] = i
            env[rule.name] = form_of(i)
        if o.expect is not None:
            try:
                known |= _names(o.expect)
            except Exception:  # noqa: BLE001
                pass


def describe_entry(r: dict[str, Any]) -> list[str]:
    """What went wrong in one report entry, one item per failure (lines indented below it).

    A failed step shows the rule, how the checker decided, the derived and the written
    expressions (in the notation of ``--show``) and the counterexample as a point; a step that
    depends on an earlier failure says so in one line. A failing route, claim or property is a
    sentence (a route without one says so).
    """
    from .report import text
    out = []
    # -- kernel: the premises' satisfiability and the symbols' declarations (issue 16) --
    sat = r.get("satisfiable") or {}
    if sat.get("verdict") in _BAD:
        out.append(f"{r['id']} premises: {sat['verdict']}: {sat['method']}")
    for problem in (r.get("declarations") or {}).get("problems", []):
        out.append(f"{r['id']} symbols: failed: {problem}")
    # -- end kernel --
    for i, s in enumerate(r["steps"], 1):
        if s["verdict"] not in _BAD:
            continue
        head = f"{r['id']} step {i} ({s['rule']}: {s['description']})"
        if s.get("depends_on"):
            out.append(f"{head}: {s['verdict']} only as a consequence of step {s['depends_on']}: its input is "
                       f"step {s['depends_on']}'s written form; from the corrected form it holds")
            continue
        lines = [f"{head}: {s['verdict']}: {s['method']}"]
        if DERIVED in s:
            lines.append(f"    {DERIVED}: {s[DERIVED]}")
        if WRITTEN in s:
            lines.append(f"    {WRITTEN}: {s[WRITTEN]}")
        if s.get("counterexample"):
            lines.append("    counterexample: " + _point(s["counterexample"]))
        out.append("\n".join(lines))
    n = r["numeric"]
    if n["verdict"] in _BAD:
        at = f" (at {_point(n['counterexample'])})" if n.get("counterexample") else ""
        detail = _sentence(n.get("detail"))
        if n.get("route"):
            name = ROUTE_NAMES.get(n.get("kind"), "independent route")
            out.append(f"{r['id']} {name} ({text(n['route'])}): {n['verdict']}: {detail}{at}")
        else:
            extra = f": {detail}" if detail and "no independent" not in detail else ""
            out.append(f"{r['id']}: no independent route ({n['verdict']}){extra}{at}")
    for c in r["claims"]:
        if c["status"] == "failed":
            out.append(f"{r['id']} claim {c['id']}: failed: printed {c.get('printed')}, computed "
                       f"{c.get('computed')}: {text(c['note'])}")
    for p in r["properties"]:
        if p["verdict"] not in ("confirmed", "proved"):
            cx = p.get("counterexample") or {}
            why = p.get("reason") or p.get("error") or "property returned False"
            where = f" at {_point(cx)}" if cx else ""
            out.append(f"{r['id']} property {p['id']} ({text(p['text'])}): {p['verdict']}{where}: {why}")
    for h in r.get("hooks", ()):  # iso region: a user's value=/evaluator hook, checked by the kernel
        if h["verdict"] not in ("proved", "confirmed"):
            out.append(f"{r['id']} {h['hook']} hook: {h['verdict']}: {h['detail']}")
    return out


def _point(values: Any) -> str:
    """A counterexample as the reader writes a point: ``N = 2, alpha = 1/2`` (anything else as text).

    >>> _point({"N": "2", "alpha": "1/2"}), _point("x = 1")
    ('N = 2, alpha = 1/2', 'x = 1')
    """
    if isinstance(values, dict):
        return ", ".join(f"{k} = {_point(v)}" for k, v in values.items())
    if isinstance(values, (list, tuple)):
        return ", ".join(_point(v) for v in values)
    return str(values)


def _sentence(detail: Any) -> str:
    """A route's detail as a sentence: a structured one (a dict of figures) as ``name value`` parts.

    >>> _sentence({"fitted slope": "0.51", "expected": "0.5"}), _sentence(None), _sentence("3 points agree")
    ('fitted slope 0.51; expected 0.5', '', '3 points agree')
    >>> _sentence("evaluation at {'x': 2, 'p': '1/3'} raised ZeroDivisionError")
    'evaluation at x = 2, p = 1/3 raised ZeroDivisionError'
    """
    from .report import text
    if detail is None:
        return ""
    if isinstance(detail, dict):
        return "; ".join(f"{k} {_point(v)}" for k, v in detail.items())
    if isinstance(detail, (list, tuple)):
        return "; ".join(_sentence(v) for v in detail)
    return _DICT_TEXT.sub(_dict_as_point, str(text(detail)))


#: A Python dict written into a message (``evaluation at {'x': 2} raised ...``).
_DICT_TEXT = re.compile(r"\{'[^{}]*\}")


def _dict_as_point(match: Any) -> str:
    import ast
    try:
        value = ast.literal_eval(match.group(0))
    except (ValueError, SyntaxError):
        return match.group(0)
    return _point({str(k): v for k, v in value.items()}) if isinstance(value, dict) else match.group(0)


def render_failures(report: dict[str, Any]) -> str:
    """Every failed or inconclusive part of the report, with expressions and counterexamples."""
    return "\n".join(line for r in report["derivations"] for line in describe_entry(r))


def summarize(results: Sequence[dict[str, Any]], seconds: float) -> dict[str, Any]:
    """Counts of verdicts and claim statuses."""
    claims = [c for r in results for c in r["claims"]]
    return {
        "derivations": len(results),
        **{v: sum(r["verdict"] == v for r in results) for v in (PROVED, CONFIRMED, INCONCLUSIVE, FAILED)},
        "claims": len(claims),
        "steps": sum(len(r["steps"]) for r in results),
        "steps_proved": sum(st["verdict"] == PROVED for r in results for st in r["steps"]),
        **claim_counts(claims),  # errata (issue 17): every claim status counted apart, verify.claims
        "properties": sum(len(r["properties"]) for r in results),
        # What the routes are (numeric.kind): a consistency check only catches slips in the steps.
        "routes": {kind: sum(r["numeric"].get("kind") == kind for r in results)
                   for kind in ("measurement", "independent", "consistency")},
        "seconds": round(seconds, 2),
    }


@contextlib.contextmanager
def memoised_rules(cache: VerdictCache | None) -> Iterator[None]:
    """Within the block, every rule output a derivation's replay computes is looked up in (and
    added to) ``cache``'s content-keyed memo; the cache is saved at the end. A later analysis
    that evaluates registry entries (the published fits) then skips SymPy's re-derivation."""
    if cache is None:
        yield
        return
    saved, _model.OUTPUT_MEMO = _model.OUTPUT_MEMO, OutputMemo(cache)
    try:
        yield
    finally:
        _model.OUTPUT_MEMO = saved
        cache.save()


def run(selection: Sequence[Derivation] | None = None, *, dps: int = derivations.DEFAULT_DPS,
        cache: VerdictCache | None = None, jobs: int | None = None, properties: int = 10,
        progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Check ``selection`` (default: everything) and return the JSON-ready report.

    With a cache, a derivation whose code fingerprint, precision and property count are
    unchanged is not rechecked (its entry says ``"cached": true``); otherwise its steps
    still reuse cached rule outputs and step verdicts.
    """
    global _cache, _options, _selection
    from .loader import check_ids
    start = time.perf_counter()
    chosen = list(selection) if selection is not None else list(derivations.all())
    bad = [d for d in chosen if not isinstance(d, Derivation)]
    if bad:
        raise TypeError(f"run() checks derivations.Derivation objects, got {type(bad[0]).__name__}")
    check_ids(chosen)
    chosen = list({d.id: d for d in chosen}.values())
    ids = [d.id for d in chosen]
    _selection = {d.id: d for d in chosen}
    _seen.update(_selection)
    _cache, _options = cache, {"dps": dps, "properties": properties}
    jobs = default_jobs() if jobs is None else max(1, jobs)
    results: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        fingerprint = code_fingerprint()
        for i in ids:
            if not _is_registered(_selection[i]):
                continue  # a user's derivation: its source is not in the fingerprint, so only steps are cached
            keys[i] = "drv:" + hashlib.sha256(f"{fingerprint}|{i}|{dps}|{properties}".encode()).hexdigest()
            hit = cache.get(keys[i])
            if hit is not None:
                results[i] = {**hit, "seconds": 0.0, "cached": True}
    todo = [i for i in ids if i not in results]
    done = len(results)

    def finished(result: dict[str, Any], new: dict[str, Any]) -> None:
        nonlocal done
        results[result["id"]] = result
        done += 1
        if cache is not None:
            cache.merge(new)
            if result["verdict"] in (PROVED, CONFIRMED) and result["id"] in keys:  # failures: recomputed
                cache.put(keys[result["id"]], result)
        if progress:
            progress(done, len(ids), result["id"])

    # Rule outputs are memoised in the same content-keyed cache (workers inherit this by fork).
    with memoised_rules(cache):
        if jobs > 1 and len(todo) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(min(jobs, len(todo))) as pool:
                for result, new in pool.imap_unordered(_check_one, todo):
                    finished(result, new)
        else:
            for i in todo:
                finished(*_check_one(i))
    ordered = [results[i] for i in ids]
    report = {
        "generator": "wallcheck",
        "dps": dps,
        "versions": versions(),
        "derivations": ordered,
        "summary": summarize(ordered, time.perf_counter() - start),
    }
    if any(_is_registered(d) for d in chosen):  # the papers' coverage belongs to runs that check the papers
        report["ledger_index"] = _ledger_index()
    return report


def _ledger_index() -> dict[str, Any]:
    """Coverage of the printed-numbers index (issue 10): counts and the unchecked list."""
    from . import ledger_index
    entries = ledger_index.load()
    return {**ledger_index.coverage(entries), "problems": ledger_index.validate(entries),
            "uncovered_claims": ledger_index.uncovered_claims(entries)}

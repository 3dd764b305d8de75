"""What went wrong in a report, as text: every failed or inconclusive step, route, claim,
property and hook of an entry, with the two expressions of a failed step and its counterexample.

A failed step is reported once, where it happens, with the two expressions (what the rule
derived and what the author wrote); a later step that fails only because its input is that
wrong written form is marked ``depends_on`` that step (it is re-checked from the corrected
input to tell the two cases apart), see :func:`annotate_failures` and :func:`render_failures`.
"""

from __future__ import annotations

import re
from typing import Any

from derivations import Derivation

__all__ = ["annotate_failures", "describe_entry", "render_failures", "ROUTE_NAMES", "DERIVED", "WRITTEN"]

PROVED, CONFIRMED, INCONCLUSIVE, FAILED = "proved", "confirmed", "inconclusive", "failed"

#: How the failure text names a route of each kind.
ROUTE_NAMES = {"measurement": "measurement", "independent": "independent route",
               "consistency": "consistency check (not independent)"}


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

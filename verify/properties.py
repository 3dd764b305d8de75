"""Property testing over declared domains, with hypothesis.

``strategy(domain)`` turns a :class:`~derivations.Domain` into a hypothesis
strategy (:mod:`verify.strategies`: exact rationals, log-uniform over wide ranges,
down to 10^-300 of the width near open ends and up to 10^300 on unbounded sides);
:func:`check` runs any predicate over domains, so users can property-test
derivations of their own (:mod:`verify.property_kinds` builds common kinds):

>>> from derivations import UnitInterval
>>> check(lambda p: 0 < p * (1 - p) <= 0.25, p=UnitInterval(), max_examples=20).passed
True
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Iterator

import hypothesis
import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

import mpmath

from derivations import Domain, Property
from derivations._precision import MAX_DPS, PROPERTY_DPS

from .strategies import EXTREME_DIGITS, from_domain, show, typical

__all__ = ["strategy", "check", "PropertyResult", "run_property", "NotADomainError", "AT_TYPICAL_SCALES",
           "hypothesis_home", "precisions"]


@contextlib.contextmanager
def hypothesis_home() -> Iterator[None]:
    """Within the block, hypothesis keeps what it stores (its example database, the constants it
    collects from source files) under the user cache directory (``hypothesis/`` in
    :func:`verify.cache.default_cache_dir`), not in a ``.hypothesis/`` of the current directory:
    checking a file writes nothing where the user did not ask. ``$HYPOTHESIS_STORAGE_DIRECTORY``,
    when set, is left to rule."""
    from hypothesis import configuration

    from .cache import default_cache_dir
    if os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
        yield
        return
    attribute = "__hypothesis_home_directory"  # hypothesis' module global: restored afterwards
    saved = getattr(configuration, attribute, None)
    configuration.set_hypothesis_home_dir(default_cache_dir() / "hypothesis")
    try:
        yield
    finally:
        configuration.set_hypothesis_home_dir(saved)


def precisions(dps: int) -> Iterator[int]:
    """The precisions a property is tried at: ``dps``, then doubled up to :data:`MAX_DPS`.

    A comparison such as ``N_opt(2C) > N_opt(C)`` with ``N_opt ∝ C^{10^{-31}}`` is invisible at
    30 digits and true at 60; a property that fails at every one of these precisions fails.

    >>> list(precisions(30))[:4], list(precisions(30))[-1]
    ([30, 60, 120, 240], 7680)
    """
    while dps <= MAX_DPS:
        yield dps
        dps *= 2


def strategy(domain: Domain) -> st.SearchStrategy[Any]:
    """The values of ``domain`` at the scales the 30-digit property precision resolves
    (:func:`verify.strategies.typical`; the strategy this module always gave, kept for the
    tests that use it). Use :func:`verify.strategies.from_domain` for extreme scales."""
    if not isinstance(domain, Domain):
        raise TypeError(f"strategy() needs a Domain, got {type(domain).__name__}")
    return typical(domain)


class NotADomainError(TypeError, ValueError):
    """A property's parameter was given something other than a :class:`~derivations.Domain`."""


def _shown(value: Any) -> str:
    """A drawn value as text: exact when short, else its decimal approximation."""
    return show(value)


def _as_mp(values: dict[str, Any]) -> dict[str, Any]:
    """Drawn values for ``holds``: integers and choices as they are, fractions as mpf carrying
    every bit they need (up to 4000), so that ``1 − 10⁻³⁰⁰`` does not round to 1 before the
    property sees it; arithmetic inside still rounds to the working precision."""
    out = {}
    for k, v in values.items():
        if isinstance(v, Fraction) and v.denominator != 1:
            bits = v.numerator.bit_length() + v.denominator.bit_length() + 64
            with mpmath.workprec(max(mpmath.mp.prec, min(bits, 4000))):
                out[k] = mpmath.mpf(v.numerator) / v.denominator
        elif isinstance(v, Fraction):
            out[k] = mpmath.mpf(v.numerator)
        else:
            out[k] = v
    return out


def _rounded(values: dict[str, Any]) -> dict[str, Any]:
    from derivations._model import as_mp
    return as_mp(values)


@dataclass
class PropertyResult:
    """How a property fared: passed, how many examples ran, and the shrunk counterexample."""

    passed: bool
    examples: int
    counterexample: dict[str, str] | None = None
    error: str | None = None
    reason: str | None = None  # why it failed: the exception, or 'property returned False'


def check(holds: Callable[..., bool], *, max_examples: int = 100, dps: int = PROPERTY_DPS,
          digits: int = EXTREME_DIGITS, **domains: Domain) -> PropertyResult:
    """Run ``holds(**values)`` over values drawn from ``domains``; never raises on failure.

    Values are drawn by :func:`verify.strategies.from_domain` down to ``10^-digits`` of an
    interval's width near its ends and up to ``10^digits`` on unbounded sides (``digits=0``:
    the :func:`~verify.strategies.typical` scales). ``holds`` runs at ``dps`` digits and receives reals as ``mpf``, integers as
    ``int`` and choices as ``str``. An exception inside it counts as a failure; the
    result's ``reason`` says which (or ``'property returned False'``). Every keyword
    must be a :class:`~derivations.Domain` (``a=Positive()``, not ``a=1.5``): anything
    else raises :class:`NotADomainError`, a ``ValueError``, naming the parameter.
    """
    for name, d in domains.items():
        if not isinstance(d, Domain):
            raise NotADomainError(
                f"parameter {name!r} of the property was given {d!r} ({type(d).__name__}); a Domain is expected "
                f"(Real(lo, hi), Positive(), UnitInterval(), Integer(lo, hi), Choice(...)): the property is "
                f"checked over the whole domain, not at one value")
    if not callable(holds):
        raise NotADomainError(f"the property must be a callable returning a bool, got {type(holds).__name__}")
    seen: dict[str, Any] = {"n": 0, "last": None, "error": None}

    # The names ``strategy`` and ``as_mp`` keep the source of ``_prop`` as it was: hypothesis
    # derives its derandomized seed from that source, so the typical-scale draws stay the same.
    strategy = (lambda d: from_domain(d, digits=digits)) if digits else typical
    convert = _as_mp if digits else _rounded  # typical scales: values rounded to dps, as they always were
    user_holds = holds

    def holds(**values: Any) -> Any:  # the name ``_prop`` calls: a False is retried with more digits
        for digits_now in precisions(dps):
            with mpmath.workdps(digits_now):
                ok = user_holds(**convert(values))
            if not (ok is False or ok == False):  # noqa: E712 - holds, or not a bool (reported as such)
                return ok
        return ok

    def as_mp(values: dict[str, Any]) -> dict[str, Any]:
        return values  # converted inside ``holds``, at each precision it tries

    @settings(max_examples=max_examples, database=None, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[hypothesis.Phase.generate, hypothesis.Phase.shrink])
    @given(**{name: strategy(d) for name, d in domains.items()})
    def _prop(**values: Any) -> None:
        seen["n"] += 1
        seen["last"] = values
        seen["error"] = None
        try:
            with mpmath.workdps(dps):
                ok = holds(**as_mp(values))
        except Exception as exc:  # reported with the example that raised it
            seen["error"] = type(exc).__name__ + (f": {exc}" if str(exc) else "")
            raise
        if not (ok is True or ok == True):  # noqa: E712
            seen["error"] = "property returned False" if ok is False or ok == False else (  # noqa: E712
                f"property returned {ok!r}, not True")
            raise AssertionError(seen["error"])

    try:
        with hypothesis_home():
            _prop()
    except Exception as exc:  # hypothesis re-raises the shrunk example's failure
        last = seen["last"] or {}
        reason = seen["error"] or f"{type(exc).__name__}: {exc}"
        if last:
            last, reason = _simplest_failure(holds, last, domains, reason, dps)
        error = reason if not reason.startswith("property returned") else None
        return PropertyResult(False, seen["n"], {k: _shown(v) for k, v in last.items()}, error, reason)
    return PropertyResult(True, seen["n"])


def _outcome(holds: Callable[..., Any], values: dict[str, Any], dps: int) -> str | None:
    """Why ``holds`` fails at ``values`` (the same words as :func:`check`), or None if it holds."""
    try:
        with mpmath.workdps(dps):
            ok = holds(**values)
    except Exception as exc:  # noqa: BLE001 - the property's own failure, reported
        return type(exc).__name__ + (f": {exc}" if str(exc) else "")
    if ok is True or ok == True:  # noqa: E712
        return None
    return "property returned False" if ok is False or ok == False else f"property returned {ok!r}, not True"  # noqa: E712


def _simplest_failure(holds: Callable[..., Any], point: dict[str, Any], domains: dict[str, Domain], reason: str,
                      dps: int) -> tuple[dict[str, Any], str]:
    """Hypothesis' shrunk example made simpler still (:func:`verify.shrink.shrink`: small integers and
    simple fractions first), keeping the kind of failure (the same exception type, or a False)."""
    from .shrink import shrink
    kind = reason.split(":")[0]

    def same_failure(candidate: dict[str, Any]) -> bool:
        why = _outcome(holds, candidate, dps)
        return why is not None and why.split(":")[0] == kind

    simplest = shrink(same_failure, point, domains)
    if simplest == point:
        return point, reason
    return simplest, _outcome(holds, simplest, dps) or reason


#: Shipped properties (in modules whose properties this module does not own) that cannot hold
#: at extreme scales when evaluated at the 30-digit property precision; they are drawn at
#: :func:`verify.strategies.typical` scales, and the report says so with the reason.
AT_TYPICAL_SCALES: dict[str, str] = {
    **{pid: "differences of ~1e-31 and sizes of 1e30 in the dimension are below the 30-digit property precision"
       for pid in ("grid.error_law.decreasing", "grid.centered_difference.series",
                   "grid.error_d_dimensions.product", "grid.cost_exponent.diffusion_slower",
                   "grid.cost_exponent.below_grid", "sk.piecewise_linear.d40", "sk.grid_exponent.curse")},
    **{pid: "exponents up to 1e300 (or down to 1e-300) make A/N^α or F^(1/α) overflow the 30-digit comparison"
       for pid in ("llm.loss_law.unit_loss", "llm.loss_law.forms_agree", "llm.resource_factor.cuts_loss",
                   "llm.resource_factor.compose", "llm.resource_factor.smaller_exponent_costs_more")},
    **{pid: "p = ζ-order up to 1e30: the strict comparison is below the property precision"
       for pid in ("turbulence.she_leveque.increasing", "turbulence.she_leveque.concave")},
    **{pid: "y within 1e-47 of ±1 rounds to ±1 at 30 digits (the density's pole)"
       for pid in ("jacobian.two_neuron.diagonal", "jacobian.two_neuron.column_sign",
                   "jacobian.tanh_density.normalized", "jacobian.tanh_density.reflection",
                   "jacobian.tanh_density.weight_sign", "jacobian.tanh_bimodality.curvature")},
    **{pid: "δ within 1e-47 of 1, τ = 1e4 or Δ = ±1e7: the weights round to 0 or 1 at 30 digits"
       for pid in ("softmax.crowding.correction", "softmax.crowding.jensen", "softmax.attention_weight.compensate",
                   "softmax.attention_weight.crowding", "softmax.required_margin.inverse",
                   "softmax.required_margin.doubling")},
    **{pid: "p within 1e-47 of 1 (1 − p lost at 30 + 15 digits), α or α_C up to 1e300 (p vs p + x^α, "
            "N^{-α_C} vs 1/(1 + N^{α_C}) equal to 30 digits)"
       for pid in ("pedestal.loss.between", "pedestal.running_exponent.bounds", "pedestal.running_exponent.at_one",
                   "pedestal.x_crit.half_exponent", "pedestal.x_crit.balance", "pedestal.N_crit.reciprocal",
                   "pedestal.N_crit.eq7", "pedestal.p_crit.inverts_N_crit", "pedestal.p_crit.inverted_by_N_crit",
                   "pedestal.p_crit.below_power", "pedestal.effective_exponent.is_running_exponent",
                   "pedestal.effective_exponent.crossing")},
    "turbulence.beta_model.codimension": "u within 1e-6 of 1: 3(1/3 − h) cancels the digits the 30-digit "
                                         "comparison needs",
    "rou.cauchy_truncated.increasing": "Λ near 0 (1e-14): A_p(1.01Λ) − A_p(Λ) is below the property precision",
}


#: The verdict of a property proved by ball arithmetic. Its report entry says how in
#: ``method`` ("ball arithmetic") and ``proof`` ("proved by ball arithmetic on the box ...").
#: A proof over a whole box is reported as distinct from sampling: "proved".
BALL_VERDICT = "proved"


def run_property(prop: Property, *, max_examples: int = 100) -> dict[str, Any]:
    """Run a derivation's property; a JSON-ready dict with a verdict.

    A :func:`verify.property_kinds.ball_proof` property is proved by ball arithmetic
    (verdict :data:`BALL_VERDICT`, ``method`` "ball arithmetic", the sentence in ``proof``) instead of sampled; every other
    property is checked with hypothesis over :mod:`verify.strategies` draws (verdict
    ``confirmed``), at extreme scales unless listed in :data:`AT_TYPICAL_SCALES`.
    """
    from .property_kinds import BallCheck
    if isinstance(prop.holds, BallCheck):
        return _run_ball(prop)
    if prop.id in AT_TYPICAL_SCALES:
        result = check(prop.holds, max_examples=max_examples, digits=0, **prop.over)
    else:
        result = check(prop.holds, max_examples=max_examples, **prop.over)
    out = {"id": prop.id, "text": prop.text, "examples": result.examples,
           "verdict": "confirmed" if result.passed else "failed",
           "scales": ("typical: " + AT_TYPICAL_SCALES[prop.id]) if prop.id in AT_TYPICAL_SCALES
           else f"extreme (to 1e±{EXTREME_DIGITS})"}
    if not result.passed:
        out["counterexample"] = result.counterexample
        out["reason"] = result.reason
        if result.error:
            out["error"] = result.error
    return out


def _run_ball(prop: Property) -> dict[str, Any]:
    try:
        proofs = prop.holds.prove()
    except Exception as exc:  # noqa: BLE001 - e.g. an expression the translator refuses
        return {"id": prop.id, "text": prop.text, "examples": 0, "verdict": "inconclusive",
                "method": "ball arithmetic", "reason": f"{type(exc).__name__}: {exc}"}
    verdicts = [p.verdict for p in proofs]
    verdict = ("failed" if "disproved" in verdicts else "inconclusive" if "inconclusive" in verdicts
               else BALL_VERDICT)
    out = {"id": prop.id, "text": prop.text, "examples": sum(p.boxes for p in proofs), "verdict": verdict,
           "method": "ball arithmetic", "proof": [str(p) for p in proofs]}
    if verdict != BALL_VERDICT:
        bad = next(p for p in proofs if p.verdict != "proved")
        out["reason"] = str(bad)
        if bad.counterexample:
            out["counterexample"] = bad.counterexample
        elif bad.undecided:
            out["counterexample"] = {k: f"[{a}, {b}]" for k, (a, b) in bad.undecided.items()}
    return out

"""The records a derivation is made of: parameters, premises, steps, routes, claims.

Formulas are data. A :class:`Derivation` holds the catalogue id, its source in
the papers, the symbols with their domains, named premises, a chain of step
rules (see :mod:`derivations._rules`), an independent numeric route, properties
and the claims the papers make. The checker in :mod:`verify` replays it; this
module only knows how to run the steps and how to evaluate the derived result.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Iterator, Mapping, MutableMapping, Sequence

import mpmath
import sympy

from ._domains import Domain, DomainError
from ._precision import DEFAULT_DPS, GUARD_DIGITS
from ._rules import Rule, RuleError

__all__ = [
    "Param",
    "Premise",
    "Agreement",
    "Measurement",
    "Claim",
    "Property",
    "Derivation",
    "DerivationError",
    "StepOutcome",
    "to_mpf",
    "as_mp",
    "check_dps",
]


#: Optional content-keyed store of rule outputs (``srepr`` text), set by the checker's
#: cache; ``None`` means every rule is applied afresh.
OUTPUT_MEMO: MutableMapping[str, str] | None = None


def _apply(rule: Rule, given: Any, env: Mapping[str, Any]) -> Any:
    """Apply ``rule``, or reuse the output it produced from the same content before."""
    memo = OUTPUT_MEMO
    key = rule.memo_key(given, env) if memo is not None else None
    if key is not None and key in memo:
        return sympy.sympify(memo[key])
    output = rule.apply(given, env)
    if key is not None:
        text = sympy.srepr(output)
        if sympy.sympify(text) == output:  # store only what reads back identically
            memo[key] = text
    return output


class DerivationError(RuntimeError):
    """The derivation itself is broken (a step could not be applied)."""


@dataclass(frozen=True)
class Param:
    """A symbol with its domain. ``name`` is the keyword used by ``evaluate``."""

    name: str
    domain: Domain
    latex: str | None = None
    doc: str = ""

    @functools.cached_property
    def symbol(self) -> sympy.Symbol:
        return sympy.Symbol(self.latex or self.name, **self.domain.assumptions())


@dataclass(frozen=True)
class Premise:
    """A named starting relation, with the sentence that justifies it."""

    name: str
    expr: Any
    text: str


@dataclass(frozen=True)
class Agreement:
    """Independent route: a computation that never evaluates the closed form.

    ``compute(**params)`` runs at the current mpmath precision; the checker compares
    it with ``evaluate(**params)`` at every point in ``points`` and reports the
    digits of agreement. ``min_digits`` defaults to ``dps - 5`` (exact forms);
    routes with a known limited accuracy (e.g. a truncated series) say so here as a
    function of ``dps``.
    """

    description: str
    compute: Callable[..., Any]
    points: tuple[Mapping[str, Any], ...]
    min_digits: Callable[[int], float] | None = None


@dataclass(frozen=True)
class Measurement:
    """Independent route that is a measurement (sampling, floating-point experiment).

    ``run(dps)`` returns ``(passed, digits, detail)``: whether the measurement agrees
    with the closed form within its stated threshold, the digits of agreement it
    reached (or ``None``), and a sentence with the statistic and the threshold.
    """

    description: str
    run: Callable[[int], tuple[bool, float | None, str]]


@dataclass(frozen=True)
class Claim:
    """A number a paper states, as printed, with how to compute it.

    ``relation`` says how it was printed: ``"="`` exact, ``"≈"`` rounded to the digits
    shown, ``"∼"`` order of magnitude (see :mod:`verify.claims` for the rule).
    ``printed`` may also be ``"true"``/``"false"`` for a yes/no statement.
    If the paper is wrong, ``erratum`` gives the one-line reason and ``correct`` the
    right value in words; the ledger then expects the printed value to disagree.
    """

    id: str
    statement: str
    paper: str
    printed: str
    compute: Callable[[], Any]
    relation: str = "="
    erratum: str | None = None
    correct: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Property:
    """A property over the domain, for hypothesis: ``holds(**params) -> bool``."""

    id: str
    text: str
    holds: Callable[..., bool]
    over: Mapping[str, Domain]


@dataclass(frozen=True)
class StepOutcome:
    """One replayed step: its rule, its input, SymPy's output (or the error)."""

    index: int
    rule: Rule
    given: Any
    output: Any
    error: str | None


def check_dps(dps: Any) -> int:
    """Validate a requested precision (decimal digits)."""
    if isinstance(dps, bool) or not isinstance(dps, int) or not 5 <= dps <= 10_000:
        raise DomainError("dps", dps, "an integer in [5, 10000]")
    return dps


def to_mpf(value: Any) -> mpmath.mpf:
    """A validated parameter (Fraction, int, mpf) as an mpf at the current precision."""
    if isinstance(value, Fraction):
        return mpmath.mpf(value.numerator) / value.denominator
    return mpmath.mpf(value)


def as_mp(values: Mapping[str, Any]) -> dict[str, Any]:
    """Validated parameters for numeric code: reals as mpf, integers as int, choices as str."""
    return {k: v if isinstance(v, (int, str)) else to_mpf(v) for k, v in values.items()}


def _rhs(result: Any) -> Any:
    if isinstance(result, sympy.core.relational.Relational):
        # ``2*a < d`` and ``d > 2*a`` are the same threshold: take the canonical form's rhs.
        return result.rhs if isinstance(result, sympy.Eq) else result.canonical.rhs
    return result


@dataclass(eq=False)
class Derivation:
    """One catalogue entry: premises, steps, result, routes, claims.

    ``parameters`` are the keyword names of :meth:`evaluate`; each must be the name
    of a :class:`Param` in ``symbols``. ``value`` picks the evaluable expression
    out of the derived result (default: the right-hand side); the result is the
    output of the last step, or of the step named ``result_step``. ``evaluator``
    replaces the default mpmath evaluation of that expression when the result
    needs more than substitution (e.g. a sum whose length is a parameter); it
    receives the derived expression and the validated parameters. ``constraint``
    checks a condition between parameters that no single domain can state (say
    ``k ≤ n``) and raises :class:`DomainError` naming the offending parameter.
    """

    id: str
    title: str
    source: str
    symbols: Sequence[Param]
    premises: Sequence[Premise]
    steps: Sequence[Rule]
    summary: str = ""
    parameters: Sequence[str] = ()
    result_step: str | None = None
    value: Callable[[Any], Any] = _rhs
    evaluator: Callable[[Any, Mapping[str, Any]], Any] | None = None
    constraint: Callable[[Mapping[str, Any]], None] | None = None
    route: Agreement | Measurement | None = None
    properties: Sequence[Property] = ()
    claims: Sequence[Claim] = ()
    notes: Sequence[str | Callable[[], str]] = ()

    def __post_init__(self) -> None:
        self.symbols = tuple(self.symbols)
        self.premises = tuple(self.premises)
        self.steps = tuple(self.steps)
        self.parameters = tuple(self.parameters)
        self.properties = tuple(self.properties)
        self.claims = tuple(self.claims)
        self.notes = tuple(self.notes)
        if not self.premises or not self.steps:
            raise ValueError(f"{self.id}: a derivation needs at least one premise and one step")
        names = {p.name for p in self.symbols}
        missing = [n for n in self.parameters if n not in names]
        if missing:
            raise ValueError(f"{self.id}: parameters {missing} have no declared Param")

    def __repr__(self) -> str:
        return f"<Derivation {self.id}: {self.title}>"

    # -- symbols -------------------------------------------------------------------
    @property
    def topic(self) -> str:
        """The catalogue section key (the id's prefix)."""
        return self.id.split(".", 1)[0]

    def param(self, name: str) -> Param:
        for p in self.symbols:
            if p.name == name:
                return p
        raise KeyError(name)

    def domains(self) -> dict[sympy.Symbol, Domain]:
        """Domain of every declared symbol, keyed by its SymPy symbol."""
        return {p.symbol: p.domain for p in self.symbols}

    # -- the derivation ----------------------------------------------------------------
    def replay(self) -> Iterator[StepOutcome]:
        """Every rule's outcome: what it produced from its input, or why it could not run.

        The chain continues from each step's *expected* form, so that one bad step is
        reported on its own and does not hide the verdicts of the steps after it. The
        outcomes are computed once per process (the rules are deterministic).
        """
        return iter(self._outcomes)

    @functools.cached_property
    def _outcomes(self) -> tuple[StepOutcome, ...]:
        env: dict[str, Any] = {p.name: p.expr for p in self.premises}
        previous: Any = self.premises[0].expr
        outcomes = []
        for index, rule in enumerate(self.steps):
            given = env.get(rule.on) if rule.on else previous
            try:
                if given is None:
                    raise RuleError(f"no premise or earlier step is named {rule.on!r}")
                output, error = _apply(rule, given, env), None
            except Exception as exc:  # any failure of a SymPy operation is the step's failure
                output, error = None, f"{type(exc).__name__}: {exc}"
            outcomes.append(StepOutcome(index, rule, given, output, error))
            previous = sympy.sympify(rule.expect)
            if rule.name:
                env[rule.name] = previous
        return tuple(outcomes)

    @functools.cached_property
    def result(self) -> Any:
        """The derived result: what SymPy's operations produced at the last step."""
        last = None
        for outcome in self.replay():
            if self.result_step is None or outcome.rule.name == self.result_step:
                last = outcome
        if last is None:
            raise DerivationError(f"{self.id}: no step is named {self.result_step!r}")
        if last.error:
            raise DerivationError(f"{self.id}: the last step could not be derived: {last.error}")
        return last.output

    def note_texts(self) -> tuple[str, ...]:
        """The notes as text; a callable note (a table computed with ``evaluate``) runs now,
        so that importing the registry stays cheap. A note that cannot be computed says why."""
        out = []
        for note in self.notes:
            if callable(note):
                try:
                    note = note()
                except Exception as exc:  # reported in the note; the checker reports the cause
                    note = f"note unavailable: {type(exc).__name__}: {exc}"
            out.append(note)
        return tuple(out)

    def derived(self, name: str) -> Any:
        """SymPy's output at the step called ``name`` (what the rule computed, not the written form)."""
        for outcome in self.replay():
            if outcome.rule.name == name:
                if outcome.error:
                    raise DerivationError(f"{self.id}: step {name!r} could not be derived: {outcome.error}")
                return outcome.output
        raise KeyError(f"{self.id} has no step named {name!r}")

    @property
    def closed_form(self) -> Any:
        """The closed form as the author wrote it (the result step's expected form)."""
        for rule in self.steps:
            if rule.name == self.result_step:
                return sympy.sympify(rule.expect)
        return sympy.sympify(self.steps[-1].expect)

    # -- evaluation ------------------------------------------------------------------------
    def validate(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Check names and values of ``params`` against the declared domains."""
        unknown = sorted(set(params) - set(self.parameters))
        if unknown:
            raise DomainError(unknown[0], params[unknown[0]],
                              f"one of the parameters of {self.id}: {', '.join(self.parameters) or '(none)'}",
                              "unknown parameter")
        missing = [n for n in self.parameters if n not in params]
        if missing:
            raise DomainError(missing[0], None, self.param(missing[0]).domain, "missing parameter")
        values = {n: self.param(n).domain.validate(n, params[n]) for n in self.parameters}
        if self.constraint is not None:
            self.constraint(values)
        return values

    @functools.cached_property
    def _compiled(self) -> Callable[..., Any]:
        expr = self.value(self.result)
        symbols = [self.param(n).symbol for n in self.parameters]
        stray = sorted(str(s) for s in sympy.sympify(expr).free_symbols - set(symbols))
        if stray:
            raise DerivationError(f"{self.id}: derived value depends on undeclared parameters {stray}")
        return sympy.lambdify(symbols, expr, modules="mpmath")

    def _evaluate_at(self, working_dps: int, values: Mapping[str, Any], params: Mapping[str, Any]) -> mpmath.mpf:
        with mpmath.workdps(working_dps):
            if self.evaluator is not None:
                out = self.evaluator(self.value(self.result), values)
            else:
                # Integers too become mpf: lambdified code must never fall back to floats.
                out = self._compiled(*[values[n] if isinstance(values[n], str) else to_mpf(values[n])
                                       for n in self.parameters])
            out = mpmath.mpmathify(out)
            if isinstance(out, mpmath.mpc):
                if abs(out.imag) > abs(out) * mpmath.mpf(10) ** (-working_dps + 5):
                    raise DerivationError(f"{self.id}: complex value {out} at {params}")
                out = out.real
            if not mpmath.isfinite(out):
                raise DerivationError(f"{self.id}: non-finite value {out} at {params}")
            return out

    def _exactly_zero(self, values: Mapping[str, Any]) -> bool:
        """Whether the derived value is exactly 0 at rational ``values`` (SymPy decides)."""
        if self.evaluator is not None or not all(isinstance(v, (int, Fraction)) for v in values.values()):
            return False
        exact = {self.param(n).symbol: sympy.Rational(v.numerator, v.denominator) if isinstance(v, Fraction)
                 else sympy.Integer(v) for n, v in values.items()}
        return sympy.sympify(self.value(self.result)).xreplace(exact).is_zero is True

    def evaluate(self, dps: int = DEFAULT_DPS, **params: Any) -> mpmath.mpf:
        """The closed form at ``params``, as an mpmath number correct to ``dps`` digits.

        Parameters are checked against their domains first; a bad one raises a
        :class:`~derivations.DomainError` (a ``ValueError``) naming it.
        """
        dps = check_dps(dps)
        values = self.validate(params)
        # Adaptive precision: accept a value once doubling the guard digits no longer moves
        # it at the requested precision (cancellation or large exponents eat guard digits).
        guard, previous = GUARD_DIGITS, None
        for _ in range(8):
            out = self._evaluate_at(dps + guard, values, params)
            if previous is not None:
                with mpmath.workdps(dps + guard):
                    if abs(out - previous) <= abs(out) * mpmath.mpf(10) ** (-dps - 1):
                        break
            previous, guard = out, 2 * guard
        else:
            # Never stable, even with ~2000 guard digits: the rounding residue of an exact 0
            # has no relative accuracy at any precision, so let SymPy decide that case.
            if self._exactly_zero(values):
                return mpmath.mpf(0)
            raise DerivationError(f"{self.id}: no stable value at {dps} digits for {params}")
        with mpmath.workdps(dps):
            return +out

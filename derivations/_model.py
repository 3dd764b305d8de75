"""The records a derivation is made of: parameters, premises, steps, routes, claims.

Formulas are data. A :class:`Derivation` holds the catalogue id, its source in
the papers, the symbols with their domains, named premises, a chain of step
rules (see :mod:`derivations._rules`), an independent numeric route, properties
and the claims the papers make. The checker in :mod:`verify` replays it; this
module only knows how to run the steps and how to evaluate the derived result.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import dataclasses
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Iterator, Mapping, MutableMapping, Sequence

import flint
import mpmath
import sympy

from ._budget import budget as time_budget
from ._budget import RULE_SECONDS, OutOfTime, within
from ._domains import Domain, DomainError
from ._precision import (DEFAULT_DPS, GUARD_DIGITS, MAX_DPS, ArbFunction, NotEnclosable, arb_compile, arb_exact,
                         arb_to_mpf, certified_budget_bits, digits_to_bits, exact_rational, TOO_BIG)
from ._context import name_dependencies, premise_constraints
from ._rules import Inference, Obligation, Rule, RuleError, as_relation

__all__ = [
    "Param",
    "Premise",
    "SampleRange",
    "Agreement",
    "Measurement",
    "ROUTE_KINDS",
    "Claim",
    "Reading",
    "SEVERITIES",
    "Property",
    "Derivation",
    "DerivationError",
    "EvaluationError",
    "RecordError",
    "StepOutcome",
    "to_mpf",
    "as_mp",
    "check_dps",
]


#: How a derivation shows itself in Jupyter, registered by ``verify.latex`` (layers point down:
#: this package never imports ``verify``).
LATEX_VIEW: Callable[[Any], str] | None = None

#: Seconds SymPy may spend deciding that a value whose enclosure contains 0 is exactly 0.
ZERO_SECONDS = 2.0

#: Optional content-keyed store of rule outputs (``srepr`` text), set by the checker's
#: cache; ``None`` means every rule is applied afresh.
OUTPUT_MEMO: MutableMapping[str, str] | None = None


def _freeze(inference: Inference) -> str:
    return json.dumps({
        "output": sympy.srepr(inference.output),
        "approximate": inference.approximate,
        "obligations": [[o.kind, sympy.srepr(sympy.sympify(o.expr)), o.text,
                         None if o.symbol is None else sympy.srepr(o.symbol)] for o in inference.obligations],
    })


def _thaw(text: str) -> Inference:
    data = json.loads(text)
    return Inference(sympy.sympify(data["output"]),
                     [Obligation(k, sympy.sympify(e), t, None if s is None else sympy.sympify(s))
                      for k, e, t, s in data["obligations"]], data["approximate"])


def _apply(rule: Rule, given: Any, env: Mapping[str, Any], domains: Mapping[Any, Any]) -> Inference:
    """Apply ``rule``, or reuse the inference it made from the same content before."""
    memo = OUTPUT_MEMO
    key = rule.memo_key(given, env, domains) if memo is not None else None
    if key is not None and key in memo:
        return _thaw(memo[key])
    try:
        inference = within(RULE_SECONDS, rule.infer, given, env, domains)
    except OutOfTime as exc:
        raise RuleError(f"SymPy did not finish this step: {exc}") from None
    if key is not None:
        text = _freeze(inference)
        try:  # iso (issue 16): a form sympify cannot read back (hyper's TupleArg) is never memoised
            exact = _freeze(_thaw(text)) == text and _thaw(text).output == inference.output
        except Exception:  # noqa: BLE001 - any failure to read back means "not identical"
            exact = False
        if exact:
            memo[key] = text  # store only what reads back identically
    return inference


class DerivationError(RuntimeError):
    """The derivation itself is broken (a step could not be applied)."""


class EvaluationError(DerivationError, ValueError):
    """``evaluate()`` cannot return a correct value at these parameters: the value underflows,
    overflows, is not real, or cannot be certified to the requested digits within the budget.

    A ``ValueError`` (like :class:`~derivations.DomainError`): the parameters are bad for this
    entry, although each lies in its own domain. ``id``, ``params`` and ``reason`` say which.
    """

    def __init__(self, id: str, params: Mapping[str, Any], reason: str):  # noqa: A002
        self.id, self.params, self.reason = id, dict(params), reason
        shown = ", ".join(f"{k}={v!r}" for k, v in params.items()) or "no parameters"
        super().__init__(f"{id}: cannot evaluate at {shown}: {reason}")


class RecordError(ValueError):
    """A derivation record of the wrong shape: the message names the field and what it holds."""


@dataclass(frozen=True)
class Param:
    """A symbol with its domain. ``name`` is the keyword used by ``evaluate``.

    The SymPy symbol is called ``name`` and carries the domain's assumptions;
    ``latex`` (e.g. ``r"\alpha"``, ``"L_0"``) only changes how the symbol is printed in
    the LaTeX document (:meth:`latex_name`), never the symbol itself.
    """

    name: str
    domain: Domain
    latex: str | None = None
    doc: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name or any(c.isspace() for c in self.name):
            raise RecordError(f"Param name must be a non-empty string without spaces, got {self.name!r}")
        if not isinstance(self.domain, Domain):
            raise RecordError(f"Param {self.name!r}: domain must be a Domain (Real(...), Positive(), Integer(...), "
                              f"...), got {type(self.domain).__name__} {self.domain!r:.40}")

    @functools.cached_property
    def symbol(self) -> sympy.Symbol:
        return sympy.Symbol(self.name, **self.domain.assumptions())

    def latex_name(self) -> str:
        """How the symbol is typeset: ``latex`` as SymPy's printer renders a name, or the name."""
        return sympy.latex(sympy.Symbol(self.latex or self.name))


@dataclass(frozen=True)
class Premise:
    """A named starting relation (``lhs = rhs`` or an inequality), with the sentence that justifies it.

    A premise is an assumption in plain sight: a definition, a modelling statement, a result
    carried over from another derivation. It must be a relation whose left-hand side names
    the quantity, e.g. ``Eq(L(x), L0 + (L1 - L0)*x**alpha)``.
    """

    name: str
    expr: Any
    text: str

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise RecordError(f"a premise's name must be a non-empty string, got {self.name!r}")
        try:
            expr = sympy.sympify(self.expr, strict=True)
        except (sympy.SympifyError, TypeError) as exc:
            raise RecordError(f"premise {self.name!r}: expr must be a SymPy relation, got {self.expr!r:.60}") from exc
        if not isinstance(expr, sympy.core.relational.Relational):
            raise ValueError(f"premise {self.name!r} must be a relation with a named left-hand side "
                             f"(e.g. Eq(L, ...)), got the bare expression {expr}")
        object.__setattr__(self, "expr", expr)


@dataclass(frozen=True)
class SampleRange:
    """A declared narrowing of where a symbol is sampled for numeric confirmation.

    Confirmation draws points from the whole declared domain; a narrower range is allowed
    only as this explicit, reported premise with its reason. A degenerate range is refused.
    """

    name: str
    lo: Any
    hi: Any
    reason: str

    def __post_init__(self) -> None:
        lo, hi = Fraction(str(self.lo)), Fraction(str(self.hi))
        if not lo < hi:
            raise ValueError(f"sample range for {self.name!r} is degenerate: [{self.lo}, {self.hi}]")
        if not self.reason.strip():
            raise ValueError(f"sample range for {self.name!r} needs a reason")
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)


#: What an independent route is, as the report shows it (``Agreement.kind``, ``Measurement.kind``):
#: ``"measurement"``: a numerical experiment on the thing itself (sampling, floating-point runs,
#: a scheme whose operations are counted); ``"independent"``: the quantity computed from a more
#: primitive source than the derivation's premises (a probability law summed, an integral by
#: quadrature, the actual difference quotient), so a wrong premise would show; ``"consistency"``:
#: the derivation's own premises or defining equation re-solved numerically (root finding, numeric
#: differentiation or minimization): it catches slips in the steps, not a wrong premise.
ROUTE_KINDS = ("measurement", "independent", "consistency")


@dataclass(frozen=True)
class Agreement:
    """Independent route: a computation that never evaluates the closed form.

    ``compute(**params)`` runs at the current mpmath precision; the checker compares
    it with ``evaluate(**params)`` at every point in ``points`` and reports the
    digits of agreement. ``min_digits`` defaults to ``dps - 5`` (exact forms);
    routes with a known limited accuracy (e.g. a truncated series) say so here as a
    function of ``dps``. ``kind`` is ``"independent"`` or, for a route that only re-solves
    the derivation's own premises, ``"consistency"`` (:data:`ROUTE_KINDS`); the description of a
    consistency check says why no measurement exists.
    """

    description: str
    compute: Callable[..., Any]
    points: tuple[Mapping[str, Any], ...]
    min_digits: Callable[[int], float] | None = None
    kind: str = "independent"

    def __post_init__(self) -> None:
        if self.kind not in ("independent", "consistency"):
            raise ValueError(f"route kind={self.kind!r} is not 'independent' or 'consistency' (a measurement is a "
                             f"Measurement)")


@dataclass(frozen=True)
class Measurement:
    """Independent route that is a measurement (sampling, floating-point experiment).

    ``run(dps)`` returns ``(passed, digits, detail)``: whether the measurement agrees
    with the closed form within its stated threshold, the digits of agreement it
    reached (or ``None``), and a sentence with the statistic and the threshold.
    """

    description: str
    run: Callable[[int], tuple[bool, float | None, str]]

    @property
    def kind(self) -> str:
        """What the route is (see :data:`ROUTE_KINDS`): always ``"measurement"``."""
        return "measurement"


@dataclass(frozen=True)
class Reading:
    """One fair reading of a printed claim: which exponent, definition or convention, computed.

    ``compute`` returns the value the printed number is compared with under this reading.
    """

    name: str
    compute: Callable[[], Any]
    note: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError(f"Reading: name={self.name!r} must say which reading it is (a non-empty string)")
        if not callable(self.compute):
            raise ValueError(f"Reading {self.name!r}: compute={self.compute!r} must be callable")


#: How wrong a recorded slip is (see :mod:`verify.claims`).
SEVERITIES = ("erratum", "typo", "comment")


@dataclass(frozen=True)
class Claim:
    """A number a paper states, as printed, with how to compute it.

    ``relation`` says how it was printed: ``"="`` exact, ``"≈"`` rounded to the digits
    shown, ``"∼"`` order of magnitude (see :mod:`verify.claims` for the rule).
    ``printed`` may also be ``"true"``/``"false"`` for a yes/no statement.

    If the paper is wrong, ``erratum`` gives the one-line reason, ``correct_value`` the
    right value as printed by us (checked against ``compute()`` with ``correct_relation``,
    by default ``relation``, or ``"≈"`` for a ``"∼"`` claim: never within a factor) and
    ``correct`` the same in words; ``severity`` says what kind of slip it is: ``"erratum"``
    (a printed value wrong under every reading), ``"typo"`` (a sign or an equation
    reference) or ``"comment"`` (a remark where the paper prints no number); ``formula``
    states the paper's own formula and inputs. A number the paper quotes from elsewhere
    (``quoted=True``) gets the status ``quoted``: the ledger checks that the package uses it
    as printed, but cannot verify it.

    Referee's rules (issue 17): ``reading`` names what ``compute`` computes and ``readings``
    the other fair readings, each computed (an erratum needs every reading to fail);
    ``inputs`` (name -> numeral as printed) and ``expression`` (a SymPy expression in those
    names) say the printed value is computed from printed numbers, whose digits then stand
    for intervals; ``restored`` says the printed number is ours (W's text lost it), so it can
    never be an erratum; ``unchecked`` says an input was chosen by us so that the claim holds
    (a circular check), with every reading's value reported side by side.
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
    correct_value: str | None = None
    correct_relation: str | None = None
    quoted: bool = False
    severity: str = "erratum"
    formula: str = ""
    reading: str = ""
    readings: tuple[Reading, ...] = ()
    inputs: Mapping[str, str] = dataclasses.field(default_factory=dict)
    expression: Any = None
    restored: str | None = None
    unchecked: str | None = None

    def __post_init__(self) -> None:
        if self.relation not in ("=", "≈", "∼"):
            raise ValueError(f"claim {self.id!r}: relation={self.relation!r} is not one of '=', '≈', '∼'")
        if self.severity not in SEVERITIES:
            raise ValueError(f"claim {self.id!r}: severity={self.severity!r} is not one of {', '.join(SEVERITIES)}")
        if self.erratum is not None and self.correct_value is None:
            raise ValueError(f"claim {self.id!r}: an erratum must give correct_value, the right value, "
                             f"which the ledger checks")
        if self.correct_relation not in (None, "=", "≈"):
            raise ValueError(f"claim {self.id!r}: correct_relation={self.correct_relation!r}: the correct value "
                             f"is ours, so it is checked exactly ('=') or to its printed digits ('≈')")
        if self.erratum is not None and self.quoted:
            raise ValueError(f"claim {self.id!r}: a quoted number cannot be an erratum")
        for name, why in (("restored", self.restored), ("unchecked", self.unchecked)):
            if why is not None and (not isinstance(why, str) or not why.strip()):
                raise ValueError(f"claim {self.id!r}: {name}={why!r} must state the reason")
            if why is not None and self.erratum is not None:
                raise ValueError(f"claim {self.id!r}: a {name} number cannot be an erratum (it is not the paper's)")
        if not isinstance(self.readings, tuple) or not all(isinstance(r, Reading) for r in self.readings):
            raise ValueError(f"claim {self.id!r}: readings={self.readings!r} must be a tuple of Reading")
        if (self.expression is None) != (not self.inputs):
            raise ValueError(f"claim {self.id!r}: inputs and expression go together (the printed inputs and "
                             f"the formula computing the printed value from them)")
        if self.inputs and not all(isinstance(k, str) and isinstance(v, str) for k, v in self.inputs.items()):
            raise ValueError(f"claim {self.id!r}: inputs={dict(self.inputs)!r} must map names to numerals as printed")


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
    obligations: tuple[Obligation, ...] = ()
    approximate: bool = False
    expect: Any = None
    #: The conditions (:class:`derivations._context.Constraint`) the input rests on.
    fixed: frozenset = frozenset()
    #: The premises and named steps the input was derived from.
    rests_on: tuple[str, ...] = ()
    #: Names (plain symbols) defined so far -> the parameters they are defined in terms of.
    depends: Mapping[Any, frozenset] = dataclasses.field(default_factory=dict)
    #: The forms the rule reads besides its input (``Ref`` targets, ``using=``), by name.
    references: Mapping[str, Any] = dataclasses.field(default_factory=dict)


def _validate_records(d: "Derivation") -> None:
    """Refuse malformed records at construction, naming the field (never a traceback later)."""
    from ._rules import BUILTIN_RULES
    ident = d.id if isinstance(d.id, str) else repr(d.id)
    for field_name in ("id", "title", "source"):
        if not isinstance(getattr(d, field_name), str) or not getattr(d, field_name).strip():
            raise RecordError(f"{ident}: {field_name} must be a non-empty string, got {getattr(d, field_name)!r}")
    checks = (("symbols", Param), ("premises", Premise), ("sampling", SampleRange), ("claims", Claim),
              ("properties", Property))
    for field_name, kind in checks:
        for k, item in enumerate(getattr(d, field_name)):
            if not isinstance(item, kind):
                raise RecordError(f"{ident}: {field_name}[{k}] must be a {kind.__name__}, got "
                                  f"{type(item).__name__} {item!r:.60}")
    for k, rule in enumerate(d.steps):
        if isinstance(rule, type):
            raise RecordError(f"{ident}: steps[{k}] is the rule class {rule.__name__}, not a step: "
                              f"write {rule.__name__}(..., expect=...)")
        if type(rule) not in BUILTIN_RULES:
            raise RecordError(f"{ident}: steps[{k}] must be one of the package's rules "
                              f"({', '.join(t.__name__ for t in BUILTIN_RULES)}), got {type(rule).__name__} "
                              f"{rule!r:.60}")
    if d.route is not None and not isinstance(d.route, (Agreement, Measurement)):
        raise RecordError(f"{ident}: route must be an Agreement or a Measurement, got {type(d.route).__name__}")
    for k, prop in enumerate(d.properties):
        if not isinstance(prop.over, Mapping):
            raise RecordError(f"{ident}: properties[{k}].over must map parameter names to domains, got "
                              f"{type(prop.over).__name__} {prop.over!r:.40}")
        bad = [n for n, dom in dict(prop.over).items() if not isinstance(dom, Domain)]
        if bad:
            raise RecordError(f"{ident}: properties[{k}].over[{bad[0]!r}] must be a Domain (Real(...), "
                              f"Integer(...), ...), got {type(dict(prop.over)[bad[0]]).__name__}")
    for k, n in enumerate(d.names):
        if not isinstance(n, str) or not n:
            raise RecordError(f"{ident}: names[{k}] must be a symbol or its printed name, got {n!r}")
    seen = set()
    for p in d.symbols:
        if p.name in seen:
            raise RecordError(f"{ident}: two parameters are named {p.name!r}")
        seen.add(p.name)


def _name_key(name: Any) -> Any:
    while isinstance(name, (sympy.Derivative, sympy.Limit, sympy.Subs, sympy.Integral)):
        name = name.args[0]
    return name.func if isinstance(name, sympy.core.function.AppliedUndef) else name


def _mentions(form: Any, key: Any) -> bool:
    try:
        form = sympy.sympify(form)
    except (sympy.SympifyError, TypeError):
        return False
    if key in form.free_symbols:
        return True
    return any(call.func == key for call in form.atoms(sympy.core.function.AppliedUndef))


def check_dps(dps: Any) -> int:
    """Validate a requested precision (decimal digits)."""
    if isinstance(dps, bool) or not isinstance(dps, int) or not 5 <= dps <= MAX_DPS:
        raise DomainError("dps", dps, f"an integer in [5, {MAX_DPS}]")
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
    sampling: Sequence[SampleRange] = ()
    #: Names (quantities that are not parameters) whose SymPy symbols carry assumptions
    #: (``positive=True``...), by their printed names: declared here, each assumption is a
    #: premise in plain sight (the report lists it); an undeclared one is refused.
    names: Sequence[str] = ()

    def __post_init__(self) -> None:
        self.names = tuple(str(n) if isinstance(n, sympy.Symbol) else n for n in self.names)
        self.sampling = tuple(self.sampling)
        self.symbols = tuple(self.symbols)
        self.premises = tuple(self.premises)
        self.steps = tuple(self.steps)
        self.parameters = tuple(self.parameters)
        self.properties = tuple(self.properties)
        self.claims = tuple(self.claims)
        self.notes = tuple(self.notes)
        _validate_records(self)
        if not self.premises or not self.steps:
            raise ValueError(f"{self.id}: a derivation needs at least one premise and one step")
        names = {p.name for p in self.symbols}
        not_keywords = [n for n in self.parameters if not (isinstance(n, str) and n.isidentifier())]
        if not_keywords:
            raise RecordError(f"{self.id}: parameters must be Python identifiers (keywords of evaluate), got "
                              f"{not_keywords[0]!r}")
        missing = [n for n in self.parameters if n not in names]
        if missing:
            raise ValueError(f"{self.id}: parameters {missing} have no declared Param")
        for r in self.sampling:
            if r.name not in names:
                raise ValueError(f"{self.id}: sample range for {r.name!r}, which is not a declared Param")
            dom = self.param(r.name).domain
            if not (dom.contains(r.lo) and dom.contains(r.hi)):
                raise ValueError(f"{self.id}: sample range [{r.lo}, {r.hi}] for {r.name!r} leaves its "
                                 f"domain ({dom.describe()})")

    def __repr__(self) -> str:
        return f"<Derivation {self.id}: {self.title}>"

    def _repr_latex_(self) -> str | None:
        """Jupyter's view: premises, the chain of steps and the boxed result, drawn by the LaTeX
        writer that ``verify`` registers (:data:`LATEX_VIEW`); None (plain repr) before it is imported."""
        return LATEX_VIEW(self) if LATEX_VIEW is not None else None

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
        # Each form is a judgment: the conditions it rests on (which parameters they pin, tie
        # or make dependent; see derivations._context), the premises and steps it was derived
        # from, and whether an approximation (a truncated series) went into it.
        params = {p.symbol for p in self.symbols}
        definitions: dict = {}
        depends: dict = {}  # plain-symbol names -> the parameters they are defined in terms of
        fixed: dict[str, frozenset] = {}
        for p in self.premises:
            fixed[p.name] = premise_constraints(p.name, p.expr, params, definitions)
            name_dependencies(p.expr, params, depends)
        rests: dict[str, frozenset] = {p.name: frozenset({p.name}) for p in self.premises}
        approx: dict[str, bool] = {p.name: False for p in self.premises}
        previous: Any = self.premises[0].expr
        first = self.premises[0].name
        prev_fixed, prev_rests, prev_approx = fixed[first], rests[first], False
        domains = self.domains()
        outcomes = []
        # A name defined by several premises means what all of them say: a form that mentions
        # it rests on each (the later ones are conditions; see derivations._context).
        redefined: dict = {}
        for p in self.premises:
            # The name itself on the left (f = 4 after f = x²), not an operator on it: a stationarity
            # condition dL/dN = 0 is a condition on N, resting only on the forms that use it.
            if fixed[p.name] and isinstance(p.expr, sympy.Eq) \
                    and isinstance(p.expr.lhs, (sympy.Symbol, sympy.core.function.AppliedUndef)):
                key = _name_key(p.expr.lhs)
                if key in definitions:
                    redefined.setdefault(key, []).append(p.name)
        for index, rule in enumerate(self.steps):
            given = env.get(rule.on) if rule.on else previous
            in_fixed = fixed.get(rule.on, frozenset()) if rule.on else prev_fixed
            in_rests = rests.get(rule.on, frozenset()) if rule.on else prev_rests
            for key, sources in redefined.items():
                if given is not None and _mentions(given, key):
                    for source in sources:
                        in_fixed |= fixed[source]
                        in_rests |= rests[source]
            in_approx = approx.get(rule.on, False) if rule.on else prev_approx
            for ref in rule.references():
                in_fixed |= fixed.get(ref, frozenset())
                in_rests |= rests.get(ref, frozenset())
                in_approx = in_approx or approx.get(ref, False)
            inference, error = None, None
            try:
                if given is None:
                    raise RuleError(f"no premise or earlier step is named {rule.on!r}")
                inference = _apply(rule, given, env, domains)
            except Exception as exc:  # any failure of a SymPy operation is the step's failure
                error = f"{type(exc).__name__}: {exc}"
            try:
                lhs = inference.output.lhs if inference is not None else getattr(given, "lhs", None)
                expect = as_relation(rule.expect, lhs)
            except Exception as exc:
                expect, error = sympy.sympify(rule.expect), error or f"{type(exc).__name__}: {exc}"
            out_fixed = in_fixed
            out_approx = in_approx or bool(inference and inference.approximate)
            out_rests = in_rests | ({rule.name} if rule.name else frozenset())
            outcomes.append(StepOutcome(index, rule, given,
                                        inference.output if inference is not None else None, error,
                                        tuple(inference.obligations) if inference is not None else (),
                                        out_approx, expect, in_fixed, tuple(sorted(in_rests)), dict(depends),
                                        {r: env[r] for r in rule.references() if r in env}))
            if error is None:
                name_dependencies(expect, params, depends)  # a fresh name the step defines
            # The chain continues from the written form, so one bad step is reported on its own.
            previous, prev_fixed, prev_rests, prev_approx = expect, out_fixed, out_rests, out_approx
            if rule.name:
                env[rule.name] = previous
                fixed[rule.name], rests[rule.name], approx[rule.name] = out_fixed, out_rests, out_approx
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
        """The closed form as the author wrote it: the result step's form, a relation."""
        chosen = None
        for outcome in self.replay():
            if self.result_step is None or outcome.rule.name == self.result_step:
                chosen = outcome
        if chosen is None:
            raise DerivationError(f"{self.id}: no step is named {self.result_step!r}")
        return chosen.expect

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

    @functools.cached_property
    def _arb_program(self) -> tuple[ArbFunction | None, str]:
        """The derived value compiled to arb ball arithmetic, or ``None`` and the reason why not."""
        if self.evaluator is not None:
            return None, "evaluated by custom code (a sum whose length is a parameter, a choice)"
        if any(self.param(n).domain.kind == "choice" for n in self.parameters):
            return None, "a parameter is a choice, not a number"
        try:
            expr = sympy.sympify(self.value(self.result))
        except DerivationError as exc:
            return None, str(exc)
        symbols = [self.param(n).symbol for n in self.parameters]
        stray = sorted(str(s) for s in expr.free_symbols - set(symbols))
        if stray:
            return None, f"the derived value depends on undeclared parameters {stray}"
        try:
            return arb_compile(expr, symbols), "arb ball arithmetic"
        except NotEnclosable as exc:
            return None, f"arb cannot run it: {exc}"

    @property
    def certifiable(self) -> bool:
        """Whether :meth:`evaluate` certifies its digits with arb ball arithmetic.

        True when the derived value is a plain expression that python-flint's arb can run;
        entries with an ``evaluator`` (or functions arb lacks) use adaptive mpmath instead,
        whose digits are checked for stability but not certified.
        """
        return self._arb_program[0] is not None

    @property
    def evaluation_method(self) -> str:
        """How :meth:`evaluate` computes: ``arb ball arithmetic``, or why it cannot be certified."""
        program, reason = self._arb_program
        return reason if program is not None else f"adaptive mpmath, not certified: {reason}"

    def _evaluate_at(self, working_dps: int, values: Mapping[str, Any], params: Mapping[str, Any]) -> mpmath.mpf:
        with mpmath.workdps(working_dps):
            try:
                if self.evaluator is not None:
                    out = self.evaluator(self.value(self.result), values)
                else:
                    # Integers too become mpf: lambdified code must never fall back to floats.
                    out = self._compiled(*[values[n] if isinstance(values[n], str) else to_mpf(values[n])
                                           for n in self.parameters])
                out = mpmath.mpmathify(out)
            except (ArithmeticError, ValueError, TypeError) as exc:
                if isinstance(exc, (DerivationError, DomainError)):
                    raise
                raise EvaluationError(self.id, params, f"{type(exc).__name__} in the evaluation: {exc}") from exc
            if isinstance(out, mpmath.mpc):
                if abs(out.imag) > abs(out) * mpmath.mpf(10) ** (-working_dps + 5):
                    raise EvaluationError(self.id, params, f"the value {mpmath.nstr(out, 15)} is not real")
                out = out.real
            if not mpmath.isfinite(out):
                raise EvaluationError(self.id, params, f"the value is not finite ({out})")
            return out

    def _exactly_zero(self, values: Mapping[str, Any]) -> bool:
        """Whether the derived value is exactly 0 at rational ``values`` (SymPy decides)."""
        if self.evaluator is not None or not all(isinstance(v, (int, Fraction)) for v in values.values()):
            return False
        expr = sympy.sympify(self.value(self.result))
        # Exact rational arithmetic first: SymPy would try to form a power such as
        # (N_c/N)^(10^30) exactly, and never return.
        known = exact_rational(expr, {self.param(n).symbol: v for n, v in values.items()})
        if isinstance(known, Fraction):
            return known == 0
        if known is TOO_BIG:
            return False
        exact = {self.param(n).symbol: sympy.Rational(v.numerator, v.denominator) if isinstance(v, Fraction)
                 else sympy.Integer(v) for n, v in values.items()}
        try:
            with time_budget(ZERO_SECONDS):
                return expr.xreplace(exact).is_zero is True
        except Exception:  # noqa: BLE001 - undecided is "not known to be zero"
            return False

    def _arb_inputs(self, values: Mapping[str, Any], params: Mapping[str, Any]) -> list[ArbFunction]:
        """One function of the precision per parameter: its exact value as a ball.

        A rational is exact (a ball around it at the working precision); an irrational
        SymPy number (``sympy.pi``) is enclosed from its own expression when arb can run it.
        """
        out: list[ArbFunction] = []
        for n in self.parameters:
            raw, v = params[n], values[n]
            if isinstance(v, mpmath.mpf) and isinstance(raw, sympy.Basic):
                try:
                    out.append(arb_compile(raw, []))
                    continue
                except NotEnclosable:
                    pass
            out.append(lambda _a, _v=v: arb_exact(_v))
        return out

    def _certified(self, dps: int, values: Mapping[str, Any], params: Mapping[str, Any]) -> mpmath.mpf:
        """The value in arb ball arithmetic, its relative radius below ``10^-(dps+2)``.

        The working precision starts a little above ``dps`` digits and rises with the bits the
        ball lost (cancellation, large exponents), up to :func:`certified_budget_bits`.
        """
        program = self._arb_program[0]
        assert program is not None
        inputs = self._arb_inputs(values, params)
        target = digits_to_bits(dps) + 8  # relative radius < 2^-target < 10^-(dps+2)
        budget = certified_budget_bits(dps)
        prec, zero_checked, last = target + 32, False, None
        old = flint.ctx.prec
        try:
            while True:
                flint.ctx.prec = prec
                try:
                    ball = program([f(()) for f in inputs])
                except (ArithmeticError, ValueError) as exc:  # an undefined operation on the balls
                    raise EvaluationError(self.id, params, f"{type(exc).__name__} in ball arithmetic: {exc}") from exc
                if ball.is_finite() and ball.rel_accuracy_bits() >= target:
                    with mpmath.workprec(digits_to_bits(dps) + 4):
                        value = arb_to_mpf(ball)
                    with mpmath.workdps(dps):
                        return +value
                last = ball
                if ball.is_finite() and ball.contains(0) and not zero_checked and prec >= 2 * target:
                    zero_checked = True
                    if self._exactly_zero(values):
                        return mpmath.mpf(0)
                if prec >= budget:
                    break
                accuracy = ball.rel_accuracy_bits() if ball.is_finite() else None
                grow = prec if accuracy is None or accuracy < 0 else target - accuracy + 32
                prec = min(budget, max(prec + grow, prec * 3 // 2))
        finally:
            flint.ctx.prec = old
        if last is None or last.is_nan() or last.mid().is_nan():
            reason = "the value is not a real number there (arb finds no real value)"
        elif not last.is_finite():
            reason = ("the value overflows, or is undefined (division by zero, a pole, a logarithm of "
                      "a non-positive number)")
        elif last.contains(0):
            reason = f"the value cannot be told from 0 (it underflows: |value| ≤ {_bound(last)})"
        else:
            reason = f"the enclosure is still {_bound(last.rad() / abs(last))} wide relative to the value"
        raise EvaluationError(self.id, params,
                              f"{reason}; not certified to {dps} digits within {budget} bits of working precision")

    def evaluate(self, dps: int = DEFAULT_DPS, **params: Any) -> mpmath.mpf:
        """The closed form at ``params``, as an mpmath number correct to ``dps`` digits.

        Parameters are checked against their domains first; a bad one raises a
        :class:`~derivations.DomainError` (a ``ValueError``) naming it. Where the entry is
        :attr:`certifiable`, the value is computed in arb ball arithmetic from the exact
        parameters, and returned only once the ball's relative radius is below ``10^-(dps+2)``:
        every digit is certified. A value that cannot be certified within the budget (it is too
        close to 0, overflows, or is not real) raises :class:`EvaluationError` (a ``ValueError``)
        naming the entry, the parameters and the reason; an exact 0 (decided by SymPy) is 0.
        Other entries use adaptive mpmath (see :attr:`evaluation_method`).
        """
        dps = check_dps(dps)
        # An irrational SymPy input becomes an mpf at the current precision: carry enough digits.
        with mpmath.workdps(max(mpmath.mp.dps, dps) + GUARD_DIGITS):
            values = self.validate(params)
        if self.certifiable:
            return self._certified(dps, values, params)
        return self._adaptive(dps, values, params)

    def _adaptive(self, dps: int, values: Mapping[str, Any], params: Mapping[str, Any]) -> mpmath.mpf:
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
            raise EvaluationError(self.id, params, f"no stable value at {dps} digits (adaptive mpmath)")
        with mpmath.workdps(dps):
            return +out


def _bound(ball: Any) -> str:
    """An upper bound of a non-negative ball's magnitude, as a short decimal."""
    upper = ball.abs_upper() if hasattr(ball, "abs_upper") else abs(ball).upper()
    man, exp = upper.mid().man_exp()
    if man == 0:
        return "0"
    with mpmath.workprec(64):
        return mpmath.nstr(mpmath.mpf((int(man), int(exp))), 3)

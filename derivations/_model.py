"""The derivation record: :class:`Derivation`, which replays its steps and evaluates its result.

Formulas are data. A :class:`Derivation` holds the catalogue id, its source in
the papers, the symbols with their domains, named premises, a chain of step
rules (see :mod:`derivations._rules`), an independent numeric route, properties
and the claims the papers make. The checker in :mod:`verify` replays it; this
module only knows how to run the steps, and (through :class:`~derivations._evaluation.Evaluation`)
how to evaluate the derived result.

This module also re-exports the other records from their modules: parameters and premises
(:mod:`derivations._declarations`), routes and properties (:mod:`derivations._routes`),
claims (:mod:`derivations._claims`), step outcomes (:mod:`derivations._steps`) and errors
(:mod:`derivations._errors`). ``LATEX_VIEW`` is registered from above by ``verify``.
"""

from __future__ import annotations

import functools
import numbers
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, MutableMapping, Sequence

import sympy

from ._claims import SEVERITIES, Claim, Reading
from ._context import (defining_premises, name_dependencies, premise_constraints, premise_definitions,
                       premise_dependencies)
from ._definitions import expand_names, first_definitions
from ._definitions import name_key as _name_key
from ._declarations import Param, Premise, SampleRange, as_mp, check_dps, to_mpf
from ._domains import Domain
from ._errors import DerivationError, EvaluationError, RecordError
from ._precision import ArbFunction, NotEnclosable, arb_compile
from ._evaluation import Evaluation, mpmath_function
from ._routes import ROUTE_KINDS, Agreement, Measurement, Property
from ._rules import BUILTIN_RULES, Rule, RuleError, as_relation
from ._steps import StepOutcome, apply_rule

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
        order = getattr(rule, "order", 1)
        if isinstance(order, bool) or not isinstance(order, (numbers.Integral, sympy.Integer)) or order < 1:
            # a symbolic n-th derivative or series order is not a rule's input: SymPy cannot compare it
            raise RecordError(f"{ident}: steps[{k}] ({type(rule).__name__}): order must be a whole number ≥ 1, "
                              f"got {order!r:.40}")
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


def _specialized(rule: Rule, constraints: frozenset, params: set, domains: dict, form: Any, depends: Mapping,
                 names: Mapping) -> frozenset:
    """The conditions after ``rule``: a specialization (``Substitute({x: 3})``, ``{x: y}``) reads them
    at its values (:func:`derivations._fixed_values.specialized`); any other rule leaves them."""
    from ._fixed_values import specialized
    from ._rules import Ref
    mapping = getattr(rule, "mapping", None) if type(rule).__name__ == "Substitute" else None
    values = {sympy.sympify(k): sympy.sympify(v) for k, v in (mapping or {}).items()
              if not isinstance(v, Ref) and sympy.sympify(k) in params}
    from ._context import _through_definitions
    return specialized(constraints, values, params, domains, form, depends,
                       lambda e: _through_definitions(e, names, None)) if values else constraints


def _mentions(form: Any, key: Any) -> bool:
    try:
        form = sympy.sympify(form)
    except (sympy.SympifyError, TypeError):
        return False
    if key in form.free_symbols:
        return True
    return any(call.func == key for call in form.atoms(sympy.core.function.AppliedUndef))


def _rhs(result: Any) -> Any:
    if isinstance(result, sympy.core.relational.Relational):
        # ``2*a < d`` and ``d > 2*a`` are the same threshold: take the canonical form's rhs.
        return result.rhs if isinstance(result, sympy.Eq) else result.canonical.rhs
    return result


@dataclass(eq=False)
class Derivation(Evaluation):
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
    def replay(self, memo: MutableMapping[str, str] | None = None) -> Iterator[StepOutcome]:
        """Every rule's outcome: what it produced from its input, or why it could not run.

        The chain continues from each step's *expected* form, so that one bad step is
        reported on its own and does not hide the verdicts of the steps after it. The
        outcomes are computed once per process (the rules are deterministic); ``memo``, a
        content-keyed store of rule outputs (``srepr`` text; the checker passes its cache),
        is consulted by that first computation only.
        """
        outcomes = self.__dict__.get("_replayed")
        if outcomes is None:
            outcomes = self.__dict__["_replayed"] = self._outcomes(memo)
        return iter(outcomes)

    def _outcomes(self, memo: MutableMapping[str, str] | None) -> tuple[StepOutcome, ...]:
        env: dict[str, Any] = {p.name: p.expr for p in self.premises}
        # Each form is a judgment: the conditions it rests on (which parameters they pin, tie
        # or make dependent; see derivations._context), the premises and steps it was derived
        # from, and whether an approximation (a truncated series) went into it.
        params = {p.symbol for p in self.symbols}
        definitions: dict = {}
        # plain-symbol names -> the parameters they are defined in terms of
        depends: dict = premise_dependencies((p.expr for p in self.premises), params)
        fixed: dict[str, frozenset] = {}
        names = premise_definitions((p.expr for p in self.premises), params)
        declared = {p.symbol: p.domain for p in self.symbols}
        defines = defining_premises((p.expr for p in self.premises), params)
        for p, its_definition in zip(self.premises, defines):
            ties = [q.expr for q in self.premises if q is not p and isinstance(q.expr, sympy.Eq)
                    and not q.expr.has(sympy.core.function.AppliedUndef)]
            fixed[p.name] = premise_constraints(p.name, p.expr, params, definitions, names, declared, its_definition,
                                                ties)
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
            form_approx = in_approx  # the input form itself, before the forms the rule reads besides it
            for ref in rule.references():
                in_fixed |= fixed.get(ref, frozenset())
                in_rests |= rests.get(ref, frozenset())
                in_approx = in_approx or approx.get(ref, False)
            inference, error = None, None
            try:
                if given is None:
                    raise RuleError(f"no premise or earlier step is named {rule.on!r}")
                inference = apply_rule(rule, given, env, domains, memo)
            except Exception as exc:  # any failure of a SymPy operation is the step's failure
                error = f"{type(exc).__name__}: {exc}"
            try:
                lhs = inference.output.lhs if inference is not None else getattr(given, "lhs", None)
                expect = as_relation(rule.expect, lhs)
            except Exception as exc:
                expect, error = sympy.sympify(rule.expect), error or f"{type(exc).__name__}: {exc}"
            depends_before = dict(depends)
            if error is None:  # a fresh name the step defines, known to the conditions it specializes
                stands_for = [getattr(inference.output, "lhs", None)]
                if BUILTIN_RULES.get(type(rule)) == "equivalence":  # a rewrite renames its input's left side
                    stands_for.append(getattr(given, "lhs", None))
                name_dependencies(expect, params, depends, sympy.Tuple(*(e for e in stands_for if e is not None)))
            out_fixed = _specialized(rule, in_fixed, params, declared, expect, depends, names) if error is None \
                else in_fixed
            out_approx = in_approx or bool(inference and inference.approximate)
            out_rests = in_rests | ({rule.name} if rule.name else frozenset())
            outcomes.append(StepOutcome(index, rule, given,
                                        inference.output if inference is not None else None, error,
                                        tuple(inference.obligations) if inference is not None else (),
                                        out_approx, expect, in_fixed, tuple(sorted(in_rests)), depends_before,
                                        {r: env[r] for r in rule.references() if r in env}, form_approx))
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

    # -- the derived value compiled (used by :class:`~derivations._evaluation.Evaluation`) -----------
    # Defined on the record itself, not on the mixin: the isolation child watches these code
    # objects, read from ``vars(Derivation)``, to see a route reach the closed form.
    def _evaluable(self) -> Any:
        """The derived value with the names the premises define written out (``−Q(τ)/τ`` under
        ``Q(t) = Q₀e^{−t/τ}`` evaluates as ``−Q₀e^{−1}/τ``)."""
        expr = self.value(self.result)
        defs, _ = first_definitions(self)
        usable = {k: v for k, v in defs.items() if not isinstance(v[0], sympy.MatrixSymbol)
                  and k not in sympy.sympify(v[1]).free_symbols
                  and not any(c.func == k for c in sympy.sympify(v[1]).atoms(sympy.core.function.AppliedUndef))}
        return expand_names(expr, usable) if usable else expr

    @functools.cached_property
    def _compiled(self) -> Callable[..., Any]:
        expr = self._evaluable()
        symbols = [self.param(n).symbol for n in self.parameters]
        stray = sorted(str(s) for s in sympy.sympify(expr).free_symbols - set(symbols))
        if stray:
            raise DerivationError(f"{self.id}: derived value depends on undeclared parameters {stray}")
        odd = sorted({type(a).__name__ for a in sympy.sympify(expr).atoms(sympy.AccumBounds, sympy.ConditionSet)})
        if odd:  # SymPy's "somewhere in [−1, 1]" is no number to evaluate
            raise DerivationError(f"{self.id}: the derived value holds {', '.join(odd)}, not a number")
        return mpmath_function(symbols, _principal_sheet(expr))

    @functools.cached_property
    def _arb_program(self) -> tuple[ArbFunction | None, str]:
        """The derived value compiled to arb ball arithmetic, or ``None`` and the reason why not."""
        if self.evaluator is not None:
            return None, "evaluated by custom code (a sum whose length is a parameter, a choice)"
        if any(self.param(n).domain.kind == "choice" for n in self.parameters):
            return None, "a parameter is a choice, not a number"
        try:
            expr = sympy.sympify(self._evaluable())
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


def _principal_sheet(expr: Any) -> Any:
    """``expr`` with each ``exp_polar(iθ)``, θ in (−π, π], as ``exp(iθ)``: SymPy writes polar
    numbers into hypergeometric results, mpmath has none, and on the principal sheet they agree.
    Any other ``exp_polar`` is left, so evaluating it fails rather than picks a sheet."""
    def principal(e: Any) -> bool:
        theta = sympy.sympify(e.args[0] / sympy.I)
        return bool(theta.is_real and theta.is_number and -sympy.pi < theta <= sympy.pi)
    if not isinstance(expr, sympy.Basic):
        return expr
    return expr.replace(lambda e: isinstance(e, sympy.exp_polar) and principal(e), lambda e: sympy.exp(e.args[0]))

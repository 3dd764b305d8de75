"""Solving step rules: :class:`SolveFor` (an equation) and :class:`SolveInequality`.

Every solution is accounted for: each root the rule discards becomes an obligation to lie
outside the variable's domain, and the kept root must lie inside it.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any, Callable, Mapping

import sympy
from sympy.core.relational import Relational

from ._solve_periodic import periodic_candidates
from ._rules_base import _eq, _equation, _INEQUALITIES, _relation, Inference, Obligation, Rule, RuleError

__all__ = [
    "SolveFor",
    "SolveInequality",
]


# -- solving ------------------------------------------------------------------------------

def _finite_candidates(full: Any) -> Any:
    """A FiniteSet holding every real root, read off SymPy's set where it is one in disguise.

    ``Intersection(FiniteSet(...), Reals)`` and ``Complement(FiniteSet(...), ...)`` keep a
    subset of a finite list: the list bounds the roots. Anything else is returned as is.
    """
    if full is sympy.S.EmptySet:
        return sympy.FiniteSet()
    if isinstance(full, sympy.Intersection):
        finite = [a for a in full.args if isinstance(a, sympy.FiniteSet)]
        if finite:
            return finite[0]
    if isinstance(full, sympy.Complement) and isinstance(full.args[0], sympy.FiniteSet):
        return full.args[0]
    return full


def _constant_factors(numerator: Any, var: Any) -> list[Any]:
    """Factors of ``numerator`` free of ``var`` that are not non-zero numbers."""
    try:
        _, factors = sympy.factor_list(numerator)
    except (sympy.PolynomialError, NotImplementedError, TypeError, ValueError):
        return []
    return [f for f, _ in factors if not f.has(var) and f.free_symbols]


def _inequality_premises(env: Mapping[str, Any], var: Any) -> tuple[list[Any], list[Any]]:
    """The inequalities among the premises and named forms (in a fixed order): those in ``var``,
    and those free of it (the region the parameters are confined to)."""
    rels = [r for _, r in sorted(env.items(), key=lambda kv: str(kv[0])) if isinstance(r, _INEQUALITIES)]
    return [r for r in rels if r.has(var)], [r for r in rels if not r.has(var)]


def _written_root(expect: Any, var: Any) -> Any:
    """The right side of a written ``var = root``, or of ``name = root`` with a fresh name for it (review 20:
    ``λ_slow = −γ + √(γ² − ω₀²)``); None otherwise. It only names the root kept: every other one must
    still be excluded by the domain or a premise."""
    if (isinstance(expect, sympy.Equality) and (expect.lhs == var or isinstance(expect.lhs, sympy.Symbol))
            and not expect.rhs.has(var)):
        return expect.rhs
    return None


#: Distinct points where two forms of a root must agree (both real), of at most _SAME_TRIES drawn (digits:
#: _SAME_DIGITS). Drawn from a generator seeded by the two forms (review 24: three fixed fractions of the
#: domain were where a root built to touch another did; one real point was counted three times).
_SAME_POINTS = 6
_SAME_TRIES = 48
_SAME_DIGITS = 40


def _same_root(r: Any, s: Any, domains: Mapping) -> bool:
    """Whether two of SymPy's roots are one, written differently: their difference simplifies to 0, or
    vanishes to 40 digits at :data:`_SAME_POINTS` distinct points across the parameters' domains where both
    are real (review 18: solveset's ``−log((−1 + 1/(1 − δ))/(K − 1))`` is solve's ``log((K − 1)(1 − δ)/δ)``,
    which simplify keeps apart; review 20: ``log(a/b)`` and ``log a − log b`` part only where ``a, b < 0``,
    off the real roots). Too few real points: not shown one (the other root is then kept, and must lie
    outside the domain: refuses more, never less)."""
    if sympy.simplify(r - s) == 0:
        return True
    from ._domain_points import point_across
    symbols = sorted((r - s).free_symbols, key=str)
    if not symbols or any(getattr(domains.get(v), "kind", None) not in ("real", "integer") for v in symbols):
        return False
    rng = random.Random(int.from_bytes(hashlib.sha256(sympy.srepr((r, s)).encode()).digest()[:8], "big"))
    seen: set = set()
    try:
        for _ in range(_SAME_TRIES):
            at = {v: point_across(domains[v], sympy.Rational(rng.randrange(1, 10**6), 10**6)) for v in symbols}
            at = {v: (sympy.floor(a) if domains[v].kind == "integer" and domains[v].contains(sympy.floor(a))
                      else sympy.ceiling(a) if domains[v].kind == "integer" else a) for v, a in at.items()}
            key = tuple(at[v] for v in symbols)
            if key in seen:
                continue
            values = [complex(sympy.N(e.xreplace(at), _SAME_DIGITS)) for e in (r, s)]
            if any(abs(v.imag) > 10 ** (10 - _SAME_DIGITS) * max(1, abs(v)) for v in values):
                continue  # review 20: two forms of a logarithm part where its arguments turn negative
            gap = sympy.N((r - s).xreplace(at), _SAME_DIGITS)
            if not gap.is_number or abs(complex(gap)) > 10 ** (10 - _SAME_DIGITS) * max(1, abs(values[0])):
                return False
            seen.add(key)
            if len(seen) == _SAME_POINTS:
                return True
    except (TypeError, ValueError, ArithmeticError):
        return False
    return False


@dataclass
class SolveFor(Rule):
    """Solve an equation for a symbol: F(x) = G(x) -> x = g; every other root must lie outside x's domain.

    ``choose`` picks the kept root (an index into SymPy's list, or a predicate); each root
    not kept becomes an obligation to lie outside the domain of ``var``.
    """

    var: Any
    choose: int | Callable[[Any], bool] | None = None

    def infer(self, given, env, domains):
        eq = _equation(given, "solving")
        solutions = sympy.solve(eq, self.var, dict=False)
        if isinstance(solutions, dict):
            solutions = [solutions[self.var]] if self.var in solutions else []
        if not solutions:
            raise RuleError(f"SymPy found no solution for {self.var} of {eq}")
        obligations: list[Obligation] = []
        uncounted = None  # a solution set SymPy cannot enumerate: the roots are counted after the choice
        # Every root must be accounted for: cross-check SymPy's list with solveset over the reals.
        try:
            full = sympy.solveset(eq.lhs - eq.rhs, self.var, domain=sympy.S.Reals)
        except (NotImplementedError, TypeError, ValueError):
            full = None
        full = _finite_candidates(full)
        if isinstance(full, sympy.FiniteSet) or full == sympy.S.EmptySet:
            for r in full:
                # Like solve, leave out roots the variable's own assumptions exclude.
                if any(getattr(self.var, f"is_{a}") and getattr(r, f"is_{a}") is False
                       for a in ("positive", "nonnegative", "negative", "nonpositive", "integer")):
                    continue
                if not any(_same_root(r, s, domains) for s in solutions):
                    solutions.append(r)
        elif full is not None and full.atoms(sympy.ImageSet):
            # Periodic families: on a bounded domain, every member that can lie inside is listed, and
            # each one not kept must then be shown outside the domain like any other root.
            listed = periodic_candidates(full, self.var, domains)
            if listed is None:
                raise RuleError(f"{eq} has infinitely many roots in {self.var} ({full}); SolveFor cannot account "
                                f"for every one (only on a bounded domain of {self.var}, a family linear in the "
                                f"integer with a period free of parameters, and an offset bounded on the parameters' domains)")
            for r in listed:
                if not any(_same_root(r, s, domains) for s in solutions):
                    solutions.append(r)
        else:
            # A set SymPy cannot enumerate (ConditionSet, Union, ...): the roots are counted another way,
            # by strict monotonicity in the variable (at most one root on its interval), or not at all.
            uncounted = full
        numerator, denominator = sympy.fraction(sympy.together(eq.lhs - eq.rhs))
        try:
            poly = sympy.Poly(numerator, self.var)
        except sympy.PolynomialError:
            poly = None
        if poly is not None and poly.degree() >= 1 and poly.LC().free_symbols:
            obligations.append(Obligation("nonzero", poly.LC(), f"the leading coefficient {poly.LC()} of the "
                                                                 f"equation in {self.var} ≠ 0"))
        elif poly is None:
            # Not a polynomial: a factor free of the variable that can vanish makes every x a root.
            for factor in _constant_factors(numerator, self.var):
                obligations.append(Obligation("nonzero", factor, f"the factor {factor} of the equation in {self.var}"
                                                                 f" ≠ 0 (else every {self.var} solves it)"))
        if isinstance(self.choose, int) and not isinstance(self.choose, bool):
            if not -len(solutions) <= self.choose < len(solutions):
                raise RuleError(f"choose={self.choose} but SymPy gave {len(solutions)} roots: {solutions}")
            keep = [solutions[self.choose]]
        elif callable(self.choose):
            keep = [s for s in solutions if self.choose(s)]
        elif len(solutions) > 1 and _written_root(self.expect, self.var) is not None:
            # The written result names the root kept; every other is an obligation below.
            written = _written_root(self.expect, self.var)
            keep = [s for s in solutions if sympy.simplify(s - written) == 0][:1] or solutions
        else:
            keep = solutions
        if len(keep) != 1:
            raise RuleError(f"expected to keep one root for {self.var}, SymPy gave {solutions}")
        # An inequality premise in the variable (t < v/g: on the way up) may exclude a root too;
        # the kernel must then certify it violates one wherever the other premises allow.
        excluding, region = _inequality_premises(env, self.var)
        for s in solutions:
            if s is keep[0] or s == keep[0]:
                continue
            if excluding:
                obligations.append(Obligation(
                    "outside_premises", sympy.Tuple(s, sympy.Tuple(*excluding), sympy.Tuple(*region)),
                    f"the discarded root {self.var} = {s} lies outside the domain of {self.var} or violates "
                    f"{', '.join(map(str, excluding))}", symbol=self.var))
            else:
                obligations.append(Obligation("outside_domain", s, f"the discarded root {self.var} = {s} lies "
                                                                   f"outside the domain of {self.var}", symbol=self.var))
        root = keep[0]
        if uncounted is not None:
            # Counted another way: strictly monotone (one root), or strictly convex or concave with a
            # root at an end of the domain's closure besides the kept one (two at most, both known).
            obligations.append(Obligation("monotone", sympy.Tuple(eq.lhs - eq.rhs, self.var, root),
                                          f"{eq} has no root in {self.var} but {root} (SymPy's solution set "
                                          f"{uncounted} is not a finite list): it is strictly monotone in {self.var}, "
                                          f"or strictly convex or concave with a root at an end of the domain",
                                          symbol=self.var))
        # SymPy's root is certified: substituted back it solves the equation, and it lies in the domain.
        obligations.append(Obligation("vanishes", sympy.Tuple(eq.lhs.subs(self.var, root), eq.rhs.subs(self.var, root)),
                                      f"the root {self.var} = {root} solves {eq} (substituted back)"))
        # Where the root leaves the domain the equation has no root there (the others are outside):
        # the form then holds vacuously, but a root outside it everywhere is no solution at all.
        if isinstance(self.var, sympy.Symbol):
            obligations.append(Obligation("root_in_domain", root, f"the root {self.var} = {root} lies in the domain of "
                                                                  f"{self.var} (a witness point)", symbol=self.var))
        if denominator.has(self.var):
            obligations.append(Obligation("nonzero", denominator.subs(self.var, root),
                                          "the root does not make a denominator vanish"))
        return Inference(_eq(self.var, root), obligations)

    def reads_from_env(self, env):
        excluding, region = _inequality_premises(env, self.var)
        return excluding + region if excluding else []

    def describe(self):
        return f"solve for {self.var}"


@dataclass
class SolveInequality(Rule):
    """Solve an inequality for a symbol, using every symbol's domain: F(x) > 0 -> x > g."""

    var: Any

    def infer(self, given, env, domains):
        given = _relation(given)
        if not isinstance(given, _INEQUALITIES):
            raise RuleError(f"expected an inequality, got {given}")
        solved = _solve_linear(given, self.var, self.expect, domains)
        if solved is not None:
            return Inference(*solved)
        # SymPy's answer is kept to show, never trusted: it solves a periodic inequality on one
        # period (sin x > 0 ⇒ x < π on (0, 10)), and nothing here re-derives it.
        out = sympy.solve(given, self.var)
        if isinstance(out, sympy.And):
            # Drop only the parts the variable's own domain implies (0 < d for d > 0; d < ∞).
            keep = [a for a in out.args if not _implied_by_domain(a, self.var, domains)]
            if len(keep) == 1:
                out = keep[0]
        if not isinstance(out, Relational):
            raise RuleError(f"SymPy did not reduce the inequality to one relation: {out}")
        return Inference(out, [Obligation("uncertified", sympy.S.Zero,
                                          f"SymPy's solution {out} of {given} for {self.var} has no certificate: the "
                                          f"kernel re-derives only an inequality linear in {self.var} (after "
                                          f"clearing a denominator of known sign)")])

    def describe(self):
        return f"solve the inequality for {self.var}"


#: The relation obtained by multiplying both sides by a negative number.
_FLIP = {sympy.StrictGreaterThan: sympy.StrictLessThan, sympy.StrictLessThan: sympy.StrictGreaterThan,
         sympy.GreaterThan: sympy.LessThan, sympy.LessThan: sympy.GreaterThan}


def _sign_of(e: Any, what: str, guess: int = 1) -> tuple[int, list[Obligation]]:
    """The sign ``e`` is taken to have (``guess`` where SymPy does not know it), and its obligation."""
    sign = -1 if e.is_negative else 1 if e.is_positive else guess
    if (sign * e).is_positive:
        return sign, []
    return sign, [Obligation("positive", sign * e, f"{what} {e} is {'negative' if sign < 0 else 'positive'} on "
                                                   f"the domain (the direction of the inequality depends on it)")]


def _solve_linear(given: Any, var: Any, expect: Any = None,
                  domains: Mapping[Any, Any] | None = None) -> tuple[Any, list[Obligation]] | None:
    """``given`` re-derived as ``var ≷ c`` with the signs it rests on, or None if it is not linear in ``var``.

    ``F = lhs − rhs = N/D``: with ``D`` of a known sign ``s`` and ``N = c₁ var + c₀`` with
    ``c₁`` of a known sign ``t``, ``F ≷ 0 ⇔ s t (var + c₀/c₁) ≷ 0``: each sign is an obligation.
    A coefficient of unknown sign is taken with the sign the written direction (``expect``)
    needs; the obligation then decides whether that direction holds.
    """
    num, den = sympy.fraction(sympy.together(given.lhs - given.rhs))
    try:
        poly = sympy.Poly(sympy.expand(num), var)
    except sympy.PolynomialError:
        return None
    if poly.degree() != 1:
        return None
    c1, c0 = poly.all_coeffs()
    # A denominator (also one in var) must keep one sign on the whole domain: the one it has at a
    # point of the domain, which its obligation then decides everywhere.
    s, obligations = _sign_of(den, "the denominator", _sign_at_a_point(den, domains or {})) if den != 1 else (1, [])
    if isinstance(expect, Relational) and expect.rhs == var and expect.lhs != var:
        expect = expect.reversed
    written = type(expect) if isinstance(expect, Relational) and expect.lhs == var else None
    guess = -1 if written is not None and written == _FLIP.get(type(given)) and s > 0 else 1
    if written is not None and s < 0:
        guess = -1 if written == type(given) else 1
    t, more = _sign_of(c1, f"the coefficient of {var}", guess)
    relation = type(given) if s * t > 0 else _FLIP[type(given)]
    return relation(var, sympy.cancel(-c0 / c1)), obligations + more


def _sign_at_a_point(e: Any, domains: Mapping[Any, Any]) -> int:
    """The sign of ``e`` at the middle of every real domain's sample range (+1 where it cannot tell)."""
    point = {}
    for sym, dom in domains.items():
        if dom is not None and dom.kind != "choice" and sym in e.free_symbols:
            lo, hi = dom.sample_range()
            point[sym] = sympy.Rational(lo.numerator, lo.denominator) / 2 + sympy.Rational(hi.numerator, hi.denominator) / 2
    value = e.xreplace(point)
    return -1 if value.is_negative else 1


def _implied_by_domain(cond: Any, var: Any, domains: Mapping[Any, Any]) -> bool:
    """Whether ``var < k``-type ``cond`` holds on the whole declared domain of ``var``."""
    if not isinstance(cond, Relational) or var not in (cond.lhs, cond.rhs):
        return False
    other = cond.rhs if cond.lhs == var else cond.lhs
    if other in (sympy.oo, -sympy.oo):
        return True
    dom = domains.get(var)
    if dom is None or dom.kind == "choice" or not other.is_number:
        return False
    c = cond if cond.lhs == var else cond.reversed
    k = sympy.Rational(other) if other.is_Rational else None
    if k is None:
        return False
    lo, hi = dom.lo_exact, dom.hi_exact
    if isinstance(c, sympy.StrictGreaterThan):
        return lo is not None and (lo > k or (lo == k and dom.lo_open))
    if isinstance(c, sympy.GreaterThan):
        return lo is not None and lo >= k
    if isinstance(c, sympy.StrictLessThan):
        return hi is not None and (hi < k or (hi == k and dom.hi_open))
    if isinstance(c, sympy.LessThan):
        return hi is not None and hi <= k
    return False

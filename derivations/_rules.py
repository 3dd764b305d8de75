"""Step rules: each one small rewrite from the previous expression to the next.

A derivation is a chain of rules. Every rule *computes* its output with a SymPy
operation; the author also writes the form the step is expected to produce
(``expect``), which is what the LaTeX shows. The checker compares the two, so a
typed-in form is always tested against what SymPy derived, never against itself.

Rules applied to an equation act on both sides (except :class:`SolveFor`).
``on="name"`` makes a rule start from a named premise or an earlier named step
instead of the previous step; :class:`Ref` inserts such a named result.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

import sympy

__all__ = [
    "Ref",
    "Rule",
    "RuleError",
    "Substitute",
    "Differentiate",
    "LogDerivative",
    "SolveFor",
    "SolveInequality",
    "Integrate",
    "SeriesExpand",
    "Limit",
    "Simplify",
    "Expand",
    "Apply",
    "Rewrite",
]


# A memoised output is only valid for the rule code that produced it.
_RULES_SOURCE_HASH = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


class RuleError(ArithmeticError):
    """A rule could not be applied (SymPy found no solution, wrong input shape, ...)."""


@dataclass(frozen=True)
class Ref:
    """A named premise or earlier named step; an equation stands for its right-hand side."""

    name: str

    def resolve(self, env: Mapping[str, Any]) -> sympy.Expr:
        if self.name not in env:
            raise RuleError(f"reference to unknown expression {self.name!r}; known: {sorted(env)}")
        value = env[self.name]
        return value.rhs if isinstance(value, sympy.Eq) else value


def _resolve(obj: Any, env: Mapping[str, Any]) -> Any:
    if isinstance(obj, Ref):
        return obj.resolve(env)
    if isinstance(obj, tuple):
        return tuple(_resolve(o, env) for o in obj)
    return obj


def _on_sides(expr: Any, fn: Callable[[Any], Any]) -> Any:
    if isinstance(expr, sympy.Eq):
        return sympy.Eq(fn(expr.lhs), fn(expr.rhs), evaluate=False)
    return fn(expr)


@dataclass(kw_only=True)
class Rule:
    """Base rule. ``expect`` is the form the step must produce; ``note`` its justification."""

    expect: Any
    note: str = ""
    name: str | None = None
    on: str | None = None

    def apply(self, expr: Any, env: Mapping[str, Any]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        """The one-line rewrite this rule performs (its docstring's first line)."""
        return (cls.__doc__ or cls.__name__).strip().splitlines()[0]

    def describe(self) -> str:
        """What this instance did, in words (used in reports and LaTeX)."""
        return self.summary()

    def memo_key(self, given: Any, env: Mapping[str, Any]) -> str | None:
        """A content hash of this application (rule code, fields, input), or None.

        Rules holding Python callables (``Apply``, a ``SolveFor`` with a predicate) have no
        key: their behaviour is code whose dependencies cannot be hashed reliably.
        """
        parts = [_RULES_SOURCE_HASH, type(self).__name__, sympy.srepr(sympy.sympify(given))]
        for f in dataclasses.fields(self):
            if f.name in ("expect", "note", "name", "on"):
                continue
            value = _resolve(getattr(self, f.name), env)
            if isinstance(value, Mapping):
                value = sorted((sympy.srepr(k), sympy.srepr(sympy.sympify(_resolve(v, env))))
                               for k, v in value.items())
            elif callable(value) and not isinstance(value, (sympy.Basic, type)):
                return None
            elif isinstance(value, sympy.Basic):
                value = sympy.srepr(value)
            parts.append(f"{f.name}={value!r}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass
class Substitute(Rule):
    """Replace symbols by expressions: f(x) -> f(g)."""

    mapping: Mapping[sympy.Symbol, Any]

    def apply(self, expr, env):
        subs = {k: _resolve(v, env) for k, v in self.mapping.items()}
        return _on_sides(expr, lambda e: e.subs(subs))

    def describe(self):
        return "substitute " + ", ".join(f"{k} -> {v.name if isinstance(v, Ref) else v}"
                                         for k, v in self.mapping.items())


@dataclass
class Differentiate(Rule):
    """Differentiate: f -> d^n f / dx^n."""

    var: sympy.Symbol
    order: int = 1

    def apply(self, expr, env):
        return _on_sides(expr, lambda e: sympy.diff(e, self.var, self.order))

    def describe(self):
        return f"differentiate with respect to {self.var}" + (f" ({self.order} times)" if self.order > 1 else "")


@dataclass
class LogDerivative(Rule):
    """Local power-law exponent: f -> x (df/dx) / f = d ln f / d ln x."""

    var: sympy.Symbol

    def apply(self, expr, env):
        def elasticity(e):
            return self.var * sympy.diff(e, self.var) / e
        if isinstance(expr, sympy.Eq):
            return elasticity(expr.rhs)
        return elasticity(expr)

    def describe(self):
        return f"take the logarithmic derivative d ln f / d ln {self.var}"


@dataclass
class SolveFor(Rule):
    """Solve an equation (or expr = 0) for a symbol: F(x) = 0 -> x = g."""

    var: sympy.Symbol
    choose: int | Callable[[sympy.Expr], bool] | None = None

    def apply(self, expr, env):
        eq = expr if isinstance(expr, sympy.Eq) else sympy.Eq(expr, 0)
        solutions = sympy.solve(eq, self.var, dict=False)
        if isinstance(self.choose, int):
            picked = solutions[self.choose: self.choose + 1]
        elif callable(self.choose):
            picked = [s for s in solutions if self.choose(s)]
        else:
            picked = solutions
        if len(picked) != 1:
            raise RuleError(f"expected one solution for {self.var}, SymPy gave {solutions}")
        return sympy.Eq(self.var, picked[0])

    def describe(self):
        return f"solve for {self.var}"


@dataclass
class SolveInequality(Rule):
    """Solve an inequality for a symbol: F(x) > 0 -> x > g (using the symbols' assumptions)."""

    var: sympy.Symbol

    def apply(self, expr, env):
        if not isinstance(expr, sympy.core.relational.Relational) or isinstance(expr, sympy.Eq):
            raise RuleError(f"expected an inequality, got {expr}")
        out = sympy.solve(expr, self.var)
        if not isinstance(out, sympy.core.relational.Relational):
            raise RuleError(f"SymPy did not reduce the inequality to one relation: {out}")
        return out

    def describe(self):
        return f"solve the inequality for {self.var}"


@dataclass
class Integrate(Rule):
    """Integrate: f -> int_a^b f dx (or an antiderivative when no limits are given)."""

    var: sympy.Symbol
    lower: Any = None
    upper: Any = None

    def apply(self, expr, env):
        lo, hi = _resolve(self.lower, env), _resolve(self.upper, env)
        def integral(e):
            if lo is None:
                return sympy.integrate(e, self.var)
            return sympy.integrate(e, (self.var, lo, hi), conds="none")
        out = _on_sides(expr, integral)
        if out.has(sympy.Integral):
            raise RuleError(f"SymPy left the integral unevaluated: {out}")
        return out

    def describe(self):
        if self.lower is None:
            return f"integrate with respect to {self.var}"
        return f"integrate over {self.var} from {self.lower} to {self.upper}"


@dataclass
class SeriesExpand(Rule):
    """Taylor/asymptotic series: f -> sum of terms up to O((x - x0)^n), remainder dropped."""

    var: sympy.Symbol
    point: Any = 0
    order: int = 4

    def apply(self, expr, env):
        return _on_sides(expr, lambda e: sympy.series(e, self.var, self.point, self.order).removeO())

    def describe(self):
        return f"expand in series in {self.var} about {self.point} to order {self.order}"


@dataclass
class Limit(Rule):
    """Take a limit: f(x) -> lim_{x -> x0} f(x)."""

    var: sympy.Symbol
    point: Any = sympy.oo
    direction: str = "+"

    def apply(self, expr, env):
        out = _on_sides(expr, lambda e: sympy.limit(e, self.var, self.point, self.direction))
        if out.has(sympy.Limit):
            raise RuleError(f"SymPy left the limit unevaluated: {out}")
        return out

    def describe(self):
        return f"take the limit {self.var} -> {self.point}"


@dataclass(kw_only=True)
class Simplify(Rule):
    """Simplify: f -> simplify(f)."""

    def apply(self, expr, env):
        return _on_sides(expr, sympy.simplify)


@dataclass(kw_only=True)
class Expand(Rule):
    """Expand products and powers: f -> expand(f)."""

    def apply(self, expr, env):
        return _on_sides(expr, sympy.expand)


@dataclass
class Apply(Rule):
    """Apply a named algebraic operation: f -> op(f) (e.g. divide both sides by a factor)."""

    operation: Callable[[Any], Any]
    text: str = "apply an algebraic operation"
    both_sides: bool = True

    def apply(self, expr, env):
        if self.both_sides:
            return _on_sides(expr, self.operation)
        return self.operation(expr)

    def describe(self):
        return self.text


@dataclass(kw_only=True)
class Rewrite(Rule):
    """Rewrite in an equivalent form: f -> g, where the checker must show f = g."""

    def apply(self, expr, env):
        # The claimed form is the output; the checker compares it with the input instead.
        return expr

    def describe(self):
        return "rewrite in an equivalent form"

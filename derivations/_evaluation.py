"""Evaluating a derivation's result: validated parameters, certified arb balls, adaptive mpmath.

:class:`Evaluation` is the half of :class:`~derivations.Derivation` that turns the derived
closed form into numbers: :meth:`~Evaluation.evaluate` certifies every returned digit with arb
ball arithmetic where the form compiles to it, and falls back to mpmath at rising precision
(agreeing digits) where it does not. It reads the record's fields (``id``, ``parameters``,
``result``, ``value``, ``evaluator``, ``constraint``) and defines none.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import flint
import mpmath
import sympy
from sympy.printing.pycode import MpmathPrinter

from ._budget import budget as time_budget
from ._errors import DerivationError, EvaluationError
from ._declarations import check_dps, to_mpf
from ._domains import DomainError
from ._precision import (DEFAULT_DPS, GUARD_DIGITS, ArbFunction, NotEnclosable, arb_compile, arb_exact,
                         arb_to_mpf, certified_budget_bits, digits_to_bits, exact_rational, TOO_BIG)

__all__ = ["Evaluation", "ZERO_SECONDS", "mpmath_function"]


class _MpmathPrinter(MpmathPrinter):
    """SymPy's mpmath printer with a finite sum's index an mpf: printed as it is, the index runs over
    Python integers and ``n**(-2)`` is a double (review 33: Σ_{n≤3} R/n² right to 16 digits of 50)."""

    def __init__(self, settings: dict) -> None:
        super().__init__(settings)
        self.bounds: list[tuple[Any, tuple, str]] = []

    def _bound(self, bound: Any, end: str) -> str:
        """A bound as an int: a whole number as it is, else computed exactly by :func:`_exact_bound` (review
        35: ``int(floor(N**(mpf(1)/mpf(3))))`` is 3 at N = 64, the 1/3 rounded down)."""
        bound = sympy.sympify(bound)
        if bound.is_Integer:
            return str(int(bound))
        free = tuple(sorted(bound.free_symbols, key=str))
        self.bounds.append((bound, free, end))
        return f"_wc_bound({len(self.bounds) - 1}, {', '.join(self._print(v) for v in free)})"

    def _loops(self, expr: Any) -> str:
        mpf = self._module_format("mpmath.mpf")
        # the last limit is the outermost (review 34: Σ_{n≤N} Σ_{k≤n} ran k's range before n existed)
        return " ".join(f"for {self._print(i)} in map({mpf}, range({self._bound(a, 'lo')}, {self._bound(b, 'hi')} + 1))"
                        for i, a, b in reversed(expr.limits))

    def _print_Sum(self, expr: Any) -> str:
        return f"(builtins.sum({self._print(expr.function)} {self._loops(expr)}))"

    def _print_Product(self, expr: Any) -> str:
        return f"({self._module_format('mpmath.fprod')}({self._print(expr.function)} {self._loops(expr)}))"


def _exact(value: Any) -> Any:
    """A number passed to a compiled form, exactly (an mpf is a binary fraction)."""
    if isinstance(value, mpmath.mpf):
        return sympy.Rational(*mpmath.libmp.to_rational(value._mpf_))
    return sympy.nsimplify(value) if isinstance(value, float) else sympy.sympify(value)


def mpmath_function(symbols: Any, expr: Any) -> Any:
    """``expr`` as a function of ``symbols`` on mpmath numbers (``sympy.lambdify``, sums summed in mpf, their
    bounds computed exactly)."""
    printer = _MpmathPrinter({"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True,
                              "user_functions": {}})

    def bound(index: int, *values: Any) -> int:
        form, free, end = printer.bounds[index]
        exact = form.xreplace({s: _exact(v) for s, v in zip(free, values)})
        return int(sympy.ceiling(exact) if end == "lo" else sympy.floor(exact))

    return sympy.lambdify(symbols, expr, modules=[{"_wc_bound": bound}, "mpmath"], printer=printer)

#: Seconds SymPy may spend deciding that a value whose enclosure contains 0 is exactly 0.
ZERO_SECONDS = 2.0


class Evaluation:
    """The numeric evaluation of a derivation's result (a mixin of :class:`~derivations.Derivation`)."""

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

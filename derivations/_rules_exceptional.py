"""Where an operation's answer holds: exceptional parameter values and integrals inside a form.

SymPy's limit, series or integral is certified at sampled parameter values; an isolated value
where the form changes (a factor or a kink's argument vanishing at the point, a pole reaching
an end of the range) is never sampled, so the certificate is stated there too (review 5,
finding D). A form defined by an integral is a function only where the integral converges:
its poles must stay outside the range (finding C). Explicit integrals a derivative leaves can
be evaluated, certified as :class:`derivations._rules_calculus.Integrate`'s values are.
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction
from typing import Any, Mapping

import flint
import sympy

from ._budget import OutOfTime, TACTIC_SECONDS, within
from ._domain_bounds import BoundError, arb_of, interval_ball
from ._rules_base import Obligation

__all__ = ["certify_at_exceptional", "critical_at_infinity", "evaluate_integrals", "exceptional_points",
           "exceptional_values",
           "integrals_converge", "pole_conditions", "pole_outside", "poles"]


def _at(expr: Any, var: Any, point: Any) -> Any:
    return sympy.sympify(expr).subs(var, point)


def pole_outside(r: Any, lo: Any, hi: Any) -> Any:
    """The condition that a root ``r`` of a denominator is not strictly inside (lo, hi)."""
    inside = [sympy.Eq(sympy.im(r), 0)]
    if lo.is_finite is not False:
        inside.append(sympy.Lt(lo, sympy.re(r)))
    if hi.is_finite is not False:
        inside.append(sympy.Lt(sympy.re(r), hi))
    return sympy.Not(sympy.And(*inside))


#: Functions whose expansion changes where their argument vanishes (a kink, a jump).
_KINKS = (sympy.Abs, sympy.sign, sympy.Heaviside, sympy.floor, sympy.ceiling, sympy.frac)


def _factors(part: Any, var: Any) -> tuple[Any, ...]:
    """The factors of ``part`` (its own terms where factoring cannot help or does not finish in time).

    A power with a symbolic exponent (``x^{1 − (a − 3)²} − x``) sends ``factor`` into a
    computation that does not end: such a form is taken as it stands.
    """
    if any(p.exp.free_symbols for p in part.atoms(sympy.Pow) if p.base.has(var)):
        return sympy.Mul.make_args(part)
    try:
        return sympy.Mul.make_args(within(TACTIC_SECONDS, sympy.factor, part))
    except (OutOfTime, sympy.PolynomialError, NotImplementedError, TypeError, ValueError):
        return sympy.Mul.make_args(part)


def _critical_values(expr: Any, var: Any, point: Any) -> list[Any]:
    """Expressions in the parameters whose vanishing changes ``expr``'s behaviour at ``var = point``.

    The value there of each factor of the numerator and the denominator (``x + a²`` at
    ``x = 0``: ``a²``; where it vanishes, ``x/(x + a²)`` is no longer ``0``-like but ``1``) and
    of each kink's, logarithm's and fractional power's argument (``|x − a|`` at ``x = 0``:
    ``−a``). Re-certifying there never refuses a right form. A factor vanishing for every
    parameter value is the form's own singularity, which the certificate probes anyway.
    """
    out: list[Any] = []
    num, den = sympy.fraction(sympy.together(expr))
    for part in (num, den):
        for factor in _factors(part, var):
            base, exp = factor.as_base_exp()
            if base.has(var) and exp.is_Integer:
                out.append(_at(base, var, point))
    for kink in sorted(sympy.sympify(expr).atoms(*_KINKS, sympy.log), key=sympy.default_sort_key):
        if kink.args and kink.args[0].has(var):
            out.append(_at(kink.args[0], var, point))
    # A root or other fractional power: sqrt(x + a²) is smooth at x = 0 only while a ≠ 0.
    for power in sorted(sympy.sympify(expr).atoms(sympy.Pow), key=sympy.default_sort_key):
        if power.base.has(var) and not power.exp.is_Integer:
            out.append(_at(power.base, var, point))
    for m in sorted(sympy.sympify(expr).atoms(sympy.Min, sympy.Max), key=sympy.default_sort_key):
        if len(m.args) == 2 and m.has(var):
            out.append(_at(m.args[0] - m.args[1], var, point))
    return [v for v in dict.fromkeys(out) if v.free_symbols - {var} and not v.has(sympy.nan, sympy.zoo)]


def critical_at_infinity(expr: Any, var: Any) -> list[Any]:
    """The leading coefficients in ``var`` whose vanishing changes ``expr``'s behaviour as ``var → ±∞``.

    Of each polynomial factor of the numerator and the denominator (``x + a x²``: ``a``; at
    ``a = 0``, ``x/(x + a x²)`` tends to 1, not 0) and of each exponential's polynomial
    argument (``e^{−a x}``: ``−a``).
    """
    out: list[Any] = []
    num, den = sympy.fraction(sympy.together(expr))
    bases = [f.as_base_exp()[0] for part in (num, den) for f in _factors(part, var)]
    bases += [e.args[0] for e in sorted(sympy.sympify(expr).atoms(sympy.exp), key=sympy.default_sort_key)]
    for base in bases:
        if not base.has(var):
            continue
        try:
            poly = sympy.Poly(base, var)
        except sympy.PolynomialError:
            continue
        if poly.degree() >= 1 and poly.LC().free_symbols:
            out.append(poly.LC())
    return list(dict.fromkeys(out))


#: Values tried for each other parameter when a critical factor has several (a ∈ (lo, hi): lo + k (hi − lo)/4).
_SAMPLE_FRACTIONS = (Fraction(1, 4), Fraction(1, 2), Fraction(3, 4))
#: At most this many integer values of a parameter are enumerated; beyond, its exceptional values are undecided.
_MAX_INTEGERS = 64
#: At most this many boxes when proving a critical factor non-zero on the domain by ball arithmetic.
_MAX_BOXES = 64


def _arb_on(expr: Any, box: Mapping[Any, flint.arb]) -> flint.arb:
    """A ball containing ``expr``'s values over ``box`` (raises :class:`BoundError` where it cannot)."""
    return arb_of(expr, box, fractional_powers=False)


def _nonzero_on_domain(v: Any, params: list[Any], domains: Mapping[Any, Any]) -> bool:
    """``v`` proved non-zero on the (bounded) domain box: 0 outside its ball on each of a few sub-boxes."""
    ranges = []
    for s in params:
        dom = domains.get(s)
        if dom is None or dom.kind not in ("real", "integer") or dom.lo_outer is None or dom.hi_outer is None:
            return False
        ranges.append((Fraction(dom.lo_outer), Fraction(dom.hi_outer)))
    todo, boxes = [ranges], 0
    while todo:
        box = todo.pop()
        boxes += 1
        if boxes > _MAX_BOXES:
            return False
        try:
            ball = _arb_on(v, {s: interval_ball(lo, hi) for s, (lo, hi) in zip(params, box)})
        except (BoundError, TypeError, ValueError, ZeroDivisionError):
            return False
        if ball.is_finite() and not ball.contains(0):
            continue
        # Bisect the widest side.
        i = max(range(len(box)), key=lambda k: box[k][1] - box[k][0])
        lo, hi = box[i]
        mid = (lo + hi) / 2
        todo += [box[:i] + [(lo, mid)] + box[i + 1:], box[:i] + [(mid, hi)] + box[i + 1:]]
    return True


def _integers(dom: Any) -> list[int] | None:
    """The integers of a bounded integer domain (None if unbounded or too many to enumerate)."""
    if dom.lo is None or dom.hi is None:
        return None
    values = [k for k in range(math.ceil(dom.lo), math.floor(dom.hi) + 1) if not dom.even or k % 2 == 0]
    return values if len(values) <= _MAX_INTEGERS else None


def _samples(dom: Any) -> list[Any] | None:
    """The values tried for a parameter held fixed while another is solved for (None: cannot)."""
    if dom is None:
        return None
    if dom.kind == "integer":
        values = _integers(dom)
        if values is None:
            # Too many to enumerate: the first few and a few across the sampled range.
            lo, hi = dom.sample if dom.sample is not None else (dom.lo, dom.hi)
            if lo is None:
                return None
            values = [math.ceil(lo) + k for k in range(4)]
            values += [] if hi is None else [math.floor(lo + f * (hi - lo)) for f in _SAMPLE_FRACTIONS]
            values = sorted({k for k in values if dom.contains(k)})
        return [sympy.Integer(k) for k in values]
    if dom.kind != "real":
        return None
    lo, hi = (dom.sample if dom.sample is not None else (dom.lo, dom.hi))
    if lo is None or hi is None:
        return None
    return [sympy.Rational(lo + f * (hi - lo)) for f in _SAMPLE_FRACTIONS]


def _polynomial_in(expr: Any, s: Any) -> bool:
    """``expr``'s numerator is a polynomial in ``s`` (whose roots SymPy lists completely)."""
    try:
        sympy.Poly(sympy.fraction(sympy.together(expr))[0], s)
    except (sympy.PolynomialError, TypeError, ValueError):
        return False
    return True


def _inside(dom: Any, r: Any) -> bool:
    try:
        return bool(dom.contains(sympy.Rational(r) if r.is_Rational else float(r)))
    except (TypeError, ValueError):
        return False


def exceptional_points(critical: list[Any], var: Any, domains: Mapping[Any, Any]
                       ) -> tuple[list[dict[Any, Any]], list[Any]]:
    """The parameter values of the domain where one of ``critical`` vanishes, and the factors left undecided.

    A factor proved non-zero on the domain box (ball arithmetic) has none. Otherwise each real
    parameter in turn is solved for exactly, the others held at a few sampled values (all values
    of a small integer domain); a purely integer factor is tested at every value. A point found
    is re-certified by the caller. A factor whose roots cannot all be found (SymPy cannot solve
    it, a root is not an exact number, several parameters and no point found, an unbounded
    integer domain) is returned as undecided: never skipped (review 6, finding A).
    """
    found: list[dict[Any, Any]] = []
    undecided: list[Any] = []
    for v in critical:
        if sympy.simplify(v) == 0:
            continue
        params = sorted(v.free_symbols - {var}, key=str)
        if v.is_positive is True or v.is_negative is True or _nonzero_on_domain(v, params, domains):
            continue
        before, complete = len(found), True
        reals = [s for s in params if domains.get(s) is not None and domains[s].kind == "real"]
        if not reals:
            # Integer parameters only: every value is tested, when there are few enough.
            grids = [_integers(domains[s]) if domains.get(s) is not None else None for s in params]
            if any(g is None for g in grids) or math.prod(len(g) for g in grids) > _MAX_INTEGERS:
                undecided.append(v)
                continue
            for combo in itertools.product(*grids):
                point = {p: sympy.Integer(k) for p, k in zip(params, combo)}
                if sympy.simplify(v.subs(point)) == 0 and point not in found:
                    found.append(point)
            continue
        for s in reals:
            others = [o for o in params if o != s]
            grids = [_samples(domains.get(o)) for o in others]
            if any(g is None for g in grids) or math.prod(len(g) for g in grids) > _MAX_INTEGERS:
                complete = False
                continue
            for combo in itertools.product(*grids):
                fixed = dict(zip(others, combo))
                try:
                    roots = within(TACTIC_SECONDS, sympy.solve, v.subs(fixed), s)
                except (OutOfTime, NotImplementedError, TypeError, ValueError):
                    complete = False
                    continue
                # SymPy's list is complete only for a polynomial numerator (for a − cos a it returns []).
                complete = complete and _polynomial_in(v.subs(fixed), s)
                for r in roots if isinstance(roots, list) else []:
                    r = sympy.nsimplify(r) if r.is_Float else r
                    if r.free_symbols or r.is_real is not True:
                        # A complex root is no exceptional value; an undecidable one is not skipped.
                        complete = complete and r.is_real is False
                        continue
                    point = {**fixed, s: r}
                    if _inside(domains[s], r) and point not in found:
                        found.append(point)
        # One parameter: every root must be known. Several: the zero set is a curve or surface, of which
        # only points at sampled values of the others are found; none found is undecided.
        if (len(params) == 1 and not complete) or (len(params) > 1 and len(found) == before):
            undecided.append(v)
    return found, undecided


def exceptional_values(critical: list[Any], var: Any, domains: Mapping[Any, Any]) -> list[dict[Any, Any]]:
    """The parameter values found where one of ``critical`` vanishes (see :func:`exceptional_points`)."""
    return exceptional_points(critical, var, domains)[0]


def _defined_at(value: Any) -> bool:
    return not sympy.sympify(value).has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo)


def certify_at_exceptional(kind: str, expr: Any, var: Any, point: Any, value: Any, rest: tuple[Any, ...],
                           domains: Mapping[Any, Any], what: str, critical: list[Any] | None = None
                           ) -> list[Obligation]:
    """The operation's certificate again at each exceptional parameter value of the domain.

    Sampled points never land on one isolated value (``a = 0`` in ``(−1, 1)``), where the
    form may change (``lim_{x→0⁺} x/(x + a²)`` is 0 for ``a ≠ 0``, 1 at ``a = 0``): the
    certificate (``kind``: ``limit_value``, ``series_value``, ``integral_value``) is stated
    there too, with the parameter fixed, so that the step holds on the whole domain. Where
    SymPy's answer is undefined at that value the form claims nothing there.
    """
    out: list[Obligation] = []
    critical = _critical_values(expr, var, point) if critical is None else critical
    found, undecided = exceptional_points(critical, var, domains)
    for v in undecided:
        out.append(Obligation("uncertified", sympy.S.Zero, f"{what}: undecided exceptional values where {v} = 0 "
                                                           f"(the form may change there)"))
    for values in found:
        shown = ", ".join(f"{k} = {v}" for k, v in values.items())
        at = sympy.sympify(value).subs(values)
        if not _defined_at(at):
            continue
        f = sympy.sympify(expr).subs(values)
        if kind == "integral_value":
            args = (f, var, *rest, at)
        else:
            args = (f, var, point, at, *rest)
        out.append(Obligation(kind, sympy.Tuple(*args), f"{what}, also at {shown} (where the form changes)",
                              symbol=var))
    return out


def poles(f: Any, t: Any) -> list[Any]:
    """The roots in ``t`` of ``f``'s denominator that may be real (a parametric one counts)."""
    _, denominator = sympy.fraction(sympy.together(f))
    poles = []
    for factor in _factors(denominator, t):
        base = factor.base if isinstance(factor, sympy.Pow) else factor
        if not base.has(t):
            continue
        # Solved in a plain symbol: ``t``'s own assumptions (x > 0) would hide the pole x = −a².
        free = sympy.Dummy("t")
        try:
            roots = sympy.solve(base.subs(t, free), free)
        except (NotImplementedError, TypeError, ValueError):
            roots = []
        poles += [r for r in roots if r.is_real is not False]
    return poles


def pole_conditions(f: Any, t: Any, lo: Any, hi: Any, domains: Mapping[Any, Any] | None, what: str
                    ) -> list[Obligation]:
    """No pole of ``f`` in ``t`` strictly inside (lo, hi): for the domain, and exactly where a complex
    pole turns real at one parameter value (``t = 1/2 ± i a`` at ``a = 0``), which sampling misses."""
    out = []
    for r in poles(f, t):
        text = f"{what}: the pole {t} = {r} of its integrand is outside ({lo}, {hi})"
        out.append(Obligation("true", pole_outside(r, lo, hi), text))
        if domains is None or r.is_real is True or not r.free_symbols:
            continue
        for values in exceptional_values([sympy.im(r)], t, domains):
            at = pole_outside(r.subs(values), sympy.sympify(lo).subs(values), sympy.sympify(hi).subs(values))
            shown = ", ".join(f"{k} = {v}" for k, v in values.items())
            out.append(Obligation("true", at, f"{text}, also at {shown} (where the pole is real)"))
    return out


def integrals_converge(expr: Any, domains: Mapping[Any, Any] | None = None) -> list[Obligation]:
    """Every definite integral inside a form converges: no pole of its integrand inside its range.

    A form defined by an integral (``F(a) = ∫_0^a dt/(t − 1)²``) is a function of its
    parameters only where the integral converges; differentiating, taking a limit of or
    specializing such a form needs that (review 5, finding C), for the parameter values of the
    domain — the same pole condition :class:`Integrate` states.
    """
    out: list[Obligation] = []
    for integral in sorted(sympy.sympify(expr).atoms(sympy.Integral), key=sympy.default_sort_key):
        if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
            continue
        t, lo, hi = integral.limits[0]
        out += pole_conditions(integral.function, t, lo, hi, domains, f"the integral {integral} converges")
    return out


def evaluate_integrals(expr: Any, domains: Mapping[Any, Any]) -> tuple[Any, list[Obligation]]:
    """``expr`` with each explicit definite integral replaced by SymPy's value, certified as :class:`Integrate`'s.

    Explicit: one variable, numeric or parametric ends, an integrand of declared parameters
    only (no undefined name, which would have no value to compute). An integral SymPy leaves
    unevaluated, or answers conditionally, stays as it is.
    """
    out, obligations = sympy.sympify(expr), []
    for integral in sorted(out.atoms(sympy.Integral), key=sympy.default_sort_key):
        if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
            continue
        t, lo, hi = integral.limits[0]
        f = integral.function
        if f.has(sympy.core.function.AppliedUndef, sympy.Integral, sympy.Derivative) \
                or any(s not in domains for s in integral.free_symbols):
            continue
        try:
            value = integral.doit()
        except (NotImplementedError, TypeError, ValueError):
            continue
        if value.has(sympy.Integral, sympy.Piecewise, sympy.nan, sympy.zoo):
            continue
        what = f"SymPy's ∫_{lo}^{hi} {f} d{t} = {value}"
        found = poles(f, t)
        obligations += pole_conditions(f, t, lo, hi, domains, f"{integral} converges")
        obligations += [Obligation("real", value, f"{integral} converges to a real value"),
                        Obligation("integral_value", sympy.Tuple(f, t, lo, hi, value), what, symbol=t)]
        ends = [r - e for r in found for e in (lo, hi) if e.is_finite is not False]
        obligations += certify_at_exceptional("integral_value", f, t, None, value, (lo, hi), domains, what,
                                              critical=[e for e in ends if e.free_symbols])
        out = out.xreplace({integral: value})
    return out, obligations

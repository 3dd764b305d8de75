"""Working precision and tolerances: the one place they are defined.

Every tolerance in wallcheck is a function of the working precision ``dps``
(decimal digits), in the spirit of mpmath's ``almosteq`` (``2**(-prec+4)``).
"""

from __future__ import annotations

from typing import Any

import mpmath

__all__ = [
    "DIRECT_TERMS",
    "DIRECT_POINTS",
    "DIRECT_BUDGET",
    "SECOND_OPINION_AGREEMENT",
    "OSC_DECADES", "OSC_SWING_RATIO", "OSC_DECAY_EXPONENT",
    "EXPONENT_GRID",
    "EXPONENT_SUSPECTS",
    "DEFAULT_DPS",
    "MIN_DPS",
    "MAX_DPS",
    "GUARD_DIGITS",
    "DIGITS_LOST",
    "CONFIRM_POINTS",
    "NONZERO_PROBE_DPS",
    "EXTREME_EXPONENT",
    "POLY_EXPONENT_LIMIT",
    "PROPERTY_DPS",
    "close",
    "relative_tolerance",
    "required_digits",
    "ROUTE_MIN_POINTS",
    "route_digits_floor",
]

#: Precision of a default run of ``python -m verify``.
DEFAULT_DPS = 50
#: The range of working precisions over which every tolerance below is meaningful.
MIN_DPS, MAX_DPS = 15, 10_000
#: Extra digits carried while evaluating, so that the returned value is correct to ``dps``.
GUARD_DIGITS = 15
#: Digits an exact closed form may lose against its independent route (issue: ``dps - 5``).
DIGITS_LOST = 5
#: Precision at which properties are evaluated (hypothesis runs many examples).
PROPERTY_DPS = 30
#: Points at which a step that SymPy cannot simplify is confirmed numerically.
CONFIRM_POINTS = 8
#: Digits at which a difference that agreed at the working precision is enclosed in an arb
#: ball before it may count as zero (``x(1 + e^{-300}) = x`` differs in the 300th digit).
NONZERO_PROBE_DPS = 1500
#: Decimal exponent of the extreme magnitudes sampled on unbounded sides (10^±300).
EXTREME_EXPONENT = 300
#: Largest integer in an exponent a symbolic tactic (factor, cancel, simplify) is given: SymPy's
#: polynomials are dense, so ``exp(x - 10^9)`` becomes a polynomial of degree 10^9 in ``E``
#: and takes every byte of memory before any time budget can stop it.
POLY_EXPONENT_LIMIT = 10**4


def relative_tolerance(dps: int) -> mpmath.mpf:
    """Relative error under which two values computed at ``dps`` digits count as equal.

    An mpmath number, so it stays exact far below a float's range (``--dps 10000``).

    >>> relative_tolerance(50) == mpmath.mpf(10) ** -45
    True
    >>> relative_tolerance(1000) > 0
    True
    """
    return mpmath.power(10, -(dps - DIGITS_LOST))


def required_digits(dps: int) -> int:
    """Digits of agreement an exact closed form must reach against its independent route.

    >>> required_digits(50)
    45
    """
    return dps - DIGITS_LOST


def close(a: Any, b: Any, dps: int = PROPERTY_DPS) -> bool:
    """Whether ``a`` and ``b`` are equal to within the tolerance of ``dps`` digits.

    >>> close(mpmath.mpf(1) / 3, mpmath.mpf("0.3333333333333333333333333333333"))
    True
    """
    with mpmath.workdps(dps + GUARD_DIGITS):
        a, b = mpmath.mpmathify(a), mpmath.mpmathify(b)
        return bool(abs(a - b) <= relative_tolerance(dps) * max(abs(a), abs(b)))


# -- certified evaluation in ball arithmetic ----------------------------------------------------
# Translation of a SymPy expression into python-flint's arb ball arithmetic. ``evaluate()``
# runs it at rising precision until the ball is narrow enough (derivations._model), and the
# checker's rigorous certificate (verify.rigorous) runs it once more, beside the returned value.

import math  # noqa: E402
from fractions import Fraction  # noqa: E402
from typing import Callable, Mapping, Sequence  # noqa: E402

import flint  # noqa: E402
import sympy  # noqa: E402


class NotEnclosable(ValueError):
    """The expression uses something the arb translation does not cover."""


#: One-argument SymPy functions and the arb method that computes each (all are real-analytic
#: on their real domains; outside it arb returns a non-finite ball, never a wrong number).
ARB_FUNCTIONS: dict[Any, str] = {
    sympy.exp: "exp", sympy.log: "log", sympy.sin: "sin", sympy.cos: "cos", sympy.tan: "tan",
    sympy.cot: "cot", sympy.sec: "sec", sympy.csc: "csc",
    sympy.atan: "atan", sympy.asin: "asin", sympy.acos: "acos", sympy.sinh: "sinh", sympy.cosh: "cosh",
    sympy.tanh: "tanh", sympy.coth: "coth", sympy.sech: "sech", sympy.csch: "csch",
    sympy.asinh: "asinh", sympy.acosh: "acosh", sympy.atanh: "atanh",
    sympy.gamma: "gamma", sympy.loggamma: "lgamma", sympy.digamma: "digamma",
    sympy.erf: "erf", sympy.erfc: "erfc", sympy.erfi: "erfi", sympy.LambertW: "lambertw",
    sympy.zeta: "zeta", sympy.Ei: "ei", sympy.li: "li", sympy.Si: "si", sympy.Ci: "ci",
    sympy.sign: "sgn", sympy.floor: "floor", sympy.ceiling: "ceil",
}

#: Largest n for which n!! is multiplied out; beyond it the Γ form is used (exact either way).
_FACTORIAL2_LOOP = 2000

ArbFunction = Callable[[Sequence[flint.arb]], flint.arb]


def arb_exact(value: Any) -> flint.arb:
    """An exact rational or dyadic value as an arb ball (exact, or rounded outward at the
    current ``flint.ctx.prec`` for a rational that is not dyadic)."""
    if isinstance(value, bool):
        raise NotEnclosable("boolean value")
    if isinstance(value, int):
        return flint.arb(value)
    if isinstance(value, (Fraction, sympy.Rational)):
        p, q = (value.numerator, value.denominator) if isinstance(value, Fraction) else (value.p, value.q)
        return flint.arb(int(p)) if q == 1 else flint.arb(flint.fmpq(int(p), int(q)))
    if isinstance(value, mpmath.mpf):
        if not mpmath.isfinite(value):
            raise NotEnclosable(f"non-finite value {value}")
        sign, man, exp, _ = value._mpf_  # man_exp would drop the sign
        return flint.arb((-int(man) if sign else int(man), int(exp)))  # exact at any precision
    raise NotEnclosable(f"cannot enclose a value of type {type(value).__name__}")


def arb_ipow(base: flint.arb, n: int) -> flint.arb:
    """``base ** n`` for an integer ``n`` by repeated squaring: python-flint's ``**`` goes
    through exp(n log x) and returns NaN for a ball that contains 0 or a negative base."""
    if n < 0:
        return 1 / arb_ipow(base, -n)
    if n % 2 == 0 and n:
        base = abs(base)
    out, square = flint.arb(1), base
    while n:
        if n & 1:
            out = out * square
        n >>= 1
        if n:
            square = square * square
    return out


def _pow(base: flint.arb, exp: flint.arb) -> flint.arb:
    """``base ** exp``, with an exact integer exponent done by squaring (see :func:`arb_ipow`)."""
    if exp.is_exact() and exp.is_integer():
        n = int(exp.unique_fmpz())
        if abs(n) <= 1 << 64:
            return arb_ipow(base, n)
    return base ** exp


def _factorial2(n: flint.arb) -> flint.arb:
    if not n.is_exact() or not n.is_integer():
        raise NotEnclosable("double factorial of a non-integer")
    k = int(n.unique_fmpz())
    if k < -1:
        raise NotEnclosable(f"double factorial of {k}")
    if k <= _FACTORIAL2_LOOP:
        out = 1
        for j in range(k, 0, -2):
            out *= j
        return flint.arb(out)
    half = n / 2
    if k % 2 == 0:  # (2m)!! = 2^m m!
        return arb_ipow(flint.arb(2), k // 2) * (half + 1).gamma()
    # (2m − 1)!! = 2^m Γ(m + 1/2)/√π with m = (k + 1)/2
    return arb_ipow(flint.arb(2), (k + 1) // 2) * (half + 1).gamma() / flint.arb.const_sqrt_pi()


def _build(expr: sympy.Basic, index: Mapping[sympy.Symbol, int]) -> ArbFunction:
    """A closure computing ``expr`` from the argument balls (raises NotEnclosable when it cannot)."""
    if expr.is_Symbol:
        if expr not in index:
            raise NotEnclosable(f"no value for {expr}")
        i = index[expr]
        return lambda a: a[i]
    if expr.is_Integer:
        const = flint.arb(int(expr))
        return lambda a: const
    if expr.is_Rational:
        p, q = int(expr.p), int(expr.q)
        return lambda a: flint.arb(flint.fmpq(p, q))  # rounded at the precision of the call
    if expr.is_Float:
        const = arb_exact(mpmath.mpf(expr._mpf_))
        return lambda a: const
    if expr is sympy.pi:
        return lambda a: flint.arb.pi()
    if expr is sympy.E:
        return lambda a: flint.arb.const_e()
    if expr is sympy.EulerGamma:
        return lambda a: flint.arb.const_euler()
    if expr is sympy.Catalan:
        return lambda a: flint.arb.const_catalan()
    if expr.is_Add or expr.is_Mul:
        parts = [_build(t, index) for t in expr.args]
        if expr.is_Add:
            def add(a: Sequence[flint.arb]) -> flint.arb:
                out = parts[0](a)
                for f in parts[1:]:
                    out = out + f(a)
                return out
            return add

        def mul(a: Sequence[flint.arb]) -> flint.arb:
            out = parts[0](a)
            for f in parts[1:]:
                out = out * f(a)
            return out
        return mul
    if expr.is_Pow:
        base, exp = expr.args
        b = _build(base, index)
        if exp.is_Integer:
            n = int(exp)
            if n == -1:
                return lambda a: 1 / b(a)
            return lambda a: arb_ipow(b(a), n)
        if exp == sympy.S.Half:
            return lambda a: b(a).sqrt()
        if exp == -sympy.S.Half:
            return lambda a: b(a).rsqrt()
        if exp.is_Rational and 0 < exp.q <= 1000:
            num, den = int(exp.p), int(exp.q)
            # The real root of a non-negative ball; a negative base has no real power.
            return lambda a: arb_ipow(b(a).root(den), num)
        if base is sympy.E:
            e = _build(exp, index)
            return lambda a: e(a).exp()
        e = _build(exp, index)
        return lambda a: _pow(b(a), e(a))
    if isinstance(expr, sympy.Abs):
        f = _build(expr.args[0], index)
        return lambda a: abs(f(a))
    if isinstance(expr, sympy.factorial):
        f = _build(expr.args[0], index)
        return lambda a: (f(a) + 1).gamma()
    if isinstance(expr, sympy.factorial2):
        f = _build(expr.args[0], index)
        return lambda a: _factorial2(f(a))
    if isinstance(expr, (sympy.Max, sympy.Min)):
        parts = [_build(t, index) for t in expr.args]
        method = "max" if isinstance(expr, sympy.Max) else "min"

        def extremum(a: Sequence[flint.arb]) -> flint.arb:
            out = parts[0](a)
            for f in parts[1:]:
                out = getattr(out, method)(f(a))
            return out
        return extremum
    for fn, name in ARB_FUNCTIONS.items():
        if isinstance(expr, fn) and len(expr.args) == 1:
            f = _build(expr.args[0], index)
            return lambda a, _name=name: getattr(f(a), _name)()
    raise NotEnclosable(f"no arb translation for {type(expr).__name__}")


def arb_compile(expr: Any, symbols: Sequence[sympy.Symbol]) -> ArbFunction:
    """Compile ``expr`` into a function of one arb ball per symbol (in the order given).

    Raises :class:`NotEnclosable` when the expression uses something arb cannot run (a
    symbolic sum, an integral, an undefined function) or a symbol that is not listed.

    >>> x = sympy.Symbol("x", positive=True)
    >>> f = arb_compile(sympy.log(x) + x**sympy.Rational(1, 3), [x])
    >>> f([flint.arb(8)]).overlaps(flint.arb(2).log() * 3 + 2)
    True
    """
    return _build(sympy.sympify(expr), {s: i for i, s in enumerate(symbols)})


def arb_to_mpf(ball: flint.arb) -> mpmath.mpf:
    """The midpoint of a finite ball as an mpf at the current mpmath precision."""
    man, exp = ball.mid().man_exp()
    return mpmath.mpf((int(man), int(exp)))


def digits_to_bits(dps: int) -> int:
    """Binary precision that carries ``dps`` decimal digits (as mpmath counts them)."""
    return int(math.ceil(dps * math.log2(10)))


def certified_budget_bits(dps: int) -> int:
    """The working precision (bits) up to which a certified evaluation may rise before it gives
    up: eight times the requested precision plus 4096 bits (about 1230 digits of cancellation)."""
    return 8 * digits_to_bits(dps) + 4096


class _Undecided:
    """Markers of :func:`exact_rational`: an irrational (or unknown) value, or one too big to form."""

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


IRRATIONAL = _Undecided("IRRATIONAL")
TOO_BIG = _Undecided("TOO_BIG")
#: Largest exact power :func:`exact_rational` forms (bits of the result).
_EXACT_BITS = 1 << 20


def _bits(q: Fraction) -> int:
    return max(q.numerator.bit_length(), q.denominator.bit_length(), 1)


def exact_rational(expr: Any, env: Mapping[sympy.Symbol, Any]) -> Fraction | _Undecided:
    """The exact rational value of ``expr`` at rational ``env``, with bounded effort.

    Returns a Fraction; :data:`IRRATIONAL` when the value involves an irrational number (so
    SymPy may still decide whether it is 0); :data:`TOO_BIG` when an exact power would take
    more than a million bits (SymPy would hang forming it). Used to decide exact zeros.

    >>> x = sympy.Symbol("x")
    >>> exact_rational(2**(1 - x) - sympy.Rational(1, 2), {x: 2})
    Fraction(0, 1)
    >>> exact_rational(x**sympy.Rational(1, 3), {x: Fraction(8, 27)}), exact_rational(sympy.sqrt(x), {x: 2})
    (Fraction(2, 3), IRRATIONAL)
    >>> exact_rational(x**(10**9 * x), {x: 3})
    TOO_BIG
    """
    e = sympy.sympify(expr)
    if e.is_Symbol:
        v = env.get(e)
        if isinstance(v, (int, Fraction)) and not isinstance(v, bool):
            return Fraction(v)
        return IRRATIONAL
    if e.is_Rational:
        return Fraction(int(e.p), int(e.q))
    if e.is_Float:
        return _float_fraction(e)
    args = [exact_rational(a, env) for a in e.args] if e.args else []
    if any(a is TOO_BIG for a in args):
        return TOO_BIG
    if e.is_Add:
        return IRRATIONAL if any(a is IRRATIONAL for a in args) else sum(args, Fraction(0))
    if e.is_Mul:
        if any(a == 0 for a in args if isinstance(a, Fraction)):
            return Fraction(0)
        if any(a is IRRATIONAL for a in args):
            return IRRATIONAL
        out = Fraction(1)
        for a in args:
            out *= a
        return out
    if e.is_Pow:
        b, x = args
        if isinstance(x, Fraction) and x == 0:
            return Fraction(1)
        if b is IRRATIONAL or x is IRRATIONAL:
            return IRRATIONAL
        if b == 1:
            return Fraction(1)
        if b == 0:
            return Fraction(0) if x > 0 else TOO_BIG  # 0 to a negative power is undefined
        if abs(x.numerator) * _bits(b) // x.denominator > _EXACT_BITS or x.denominator > 10_000:
            return TOO_BIG
        if x.denominator == 1:
            return b ** x.numerator
        if b < 0:
            return IRRATIONAL  # a complex principal value
        num, ok_n = sympy.integer_nthroot(b.numerator, x.denominator)
        den, ok_d = sympy.integer_nthroot(b.denominator, x.denominator)
        if not (ok_n and ok_d):
            return IRRATIONAL
        return Fraction(int(num), int(den)) ** x.numerator
    if isinstance(e, sympy.Abs):
        return IRRATIONAL if args[0] is IRRATIONAL else abs(args[0])
    if isinstance(e, (sympy.factorial, sympy.factorial2)):
        n = args[0]
        if n is IRRATIONAL or n.denominator != 1 or n < -1:
            return IRRATIONAL
        if n > 10_000:
            return TOO_BIG
        k, step = int(n), 1 if isinstance(e, sympy.factorial) else 2
        out = 1
        for j in range(k, 0, -step):
            out *= j
        return Fraction(out)
    return IRRATIONAL  # a function, a constant: SymPy may still decide


def _float_fraction(e: Any) -> Fraction:
    sign, man, exp, _ = mpmath.mpf(e._mpf_)._mpf_
    f = Fraction(int(man)) * Fraction(2) ** int(exp)
    return -f if sign else f


def arb_quad(integrand: Callable[[Any], Any], nodes: Sequence[Any], *, guard_bits: int = 32) -> mpmath.mpf:
    """∫ ``integrand`` over the consecutive ``nodes`` (finite), by arb's rigorous integration
    (``acb.integral``, Gauss–Legendre with certified error bounds), at mpmath's current
    precision plus ``guard_bits``; the sum of the pieces' midpoints as an mpf.

    ``integrand(z)`` receives an ``acb`` ball and must be analytic on the pieces (a
    meromorphic function, or one that returns a non-finite ball where it is not).
    Raises ``ArithmeticError`` when the enclosure is wider than the working precision.

    >>> with mpmath.workdps(40):
    ...     v = arb_quad(lambda z: (-z * z / 2).exp(), [0, 3, 6, 10])
    ...     bool(abs(v - mpmath.quad(lambda y: mpmath.exp(-y * y / 2), [0, 10])) < mpmath.mpf(10) ** -38)
    True
    """
    prec = mpmath.mp.prec + guard_bits
    old = flint.ctx.prec
    flint.ctx.prec = prec
    try:
        points = [arb_exact(n) if not isinstance(n, flint.arb) else n for n in
                  (mpmath.mpf(x) if isinstance(x, float) else x for x in nodes)]
        total = flint.acb(0)
        for a, b in zip(points, points[1:]):
            total += flint.acb.integral(lambda z, _analytic: integrand(z), a, b)
        value = total.real
        if not value.is_finite() or value.rel_accuracy_bits() < mpmath.mp.prec:
            raise ArithmeticError(f"arb integration reached only {value.rel_accuracy_bits()} of "
                                  f"{mpmath.mp.prec} bits")
        return arb_to_mpf(value)
    finally:
        flint.ctx.prec = old


# -- a user's independent route (issue 16, item 5) ------------------------------------------------
#: Points at which a user's Agreement route must be compared with the closed form.
ROUTE_MIN_POINTS = 3


def route_digits_floor(dps: int) -> int:
    """The fewest digits a user's (non-measurement) route may ask for: half the working precision.

    >>> route_digits_floor(50)
    25
    """
    return dps // 2


# -- certification of SymPy's operation results (verify.certify_ops) ----------------------------

#: Parameter points at which an integral, a limit or a series SymPy produced is certified.
CERTIFY_POINTS = 3
#: Points drawn from the whole domain to find those (extreme ones may not be evaluable).
CERTIFY_ATTEMPTS = 12
#: More points searched for a root's witness in the domain before it is called inconclusive.
WITNESS_ATTEMPTS = 96
#: Digits to which quadrature must enclose an integral (half of them on an infinite range).
QUADRATURE_DIGITS = 30
#: Integrand evaluations arb's quadrature may spend on one integral before it gives up.
QUADRATURE_EVALUATIONS = 20000
#: Relative agreement two quadratures need before their common value may refute (the same
#: 10⁻⁶ as the gross gap that a single infinite-range quadrature must exceed).
SECOND_OPINION_AGREEMENT = mpmath.mpf(10) ** -6
#: An oscillating integral on an infinite range converges if, at 10^j periods out (j ≤ OSC_DECADES), ∫|f| over
#: a period falls by OSC_SWING_RATIO per decade and ∫f faster than k^-OSC_DECAY_EXPONENT (summable).
OSC_DECADES, OSC_SWING_RATIO, OSC_DECAY_EXPONENT = 6, mpmath.mpf("0.9"), mpmath.mpf("1.25")
#: A range with a fixed number of terms up to this many is added up term by term (the definition).
DIRECT_TERMS = 200
#: Points and terms (all sums of one side at one point) of the refutation by direct summation.
DIRECT_POINTS, DIRECT_BUDGET = 4, 5000
#: Grid points per parameter range where a limit's exponents are compared, and the most
#: suspect parameter points followed up in all (each costs a ladder of probes).
EXPONENT_GRID, EXPONENT_SUSPECTS = 2048, 6


def probe_exponents(dps: int, order: int) -> tuple[int, int]:
    """Exponents ``k`` of the probe distances ``10^-k`` from a limit or expansion point.

    Two probes, the second twice as close in decades, so that a limit's residue and a
    series remainder (``~ h^order``, evaluated at ``4·dps + 20`` digits) stay resolvable.

    >>> probe_exponents(50, 0), probe_exponents(50, 12)
    ((12, 25), (7, 14))
    """
    far = dps // 2 if order == 0 else min(dps // 2, (4 * dps - 10) // (order + 1))
    return max(far // 2, 1), max(far, 2)

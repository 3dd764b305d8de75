"""Domains of the symbols and parameters of every derivation, and input validation.

A :class:`Domain` says where a symbol lives (an interval of the reals or of the
integers, possibly restricted to even values, or a finite set of choices). It
gives the SymPy assumptions of the symbol, validates user input at the public
boundary (errors in ``name=value`` form that state the domain), and draws the
points at which identities are confirmed numerically.
"""

from __future__ import annotations

import math
import numbers
import random
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

import mpmath
import sympy

from ._domain_bounds import BoundError, compare, irrational_bound, rational_bracket

__all__ = [
    "Domain",
    "DomainError",
    "DomainDeclarationError",
    "Real",
    "Positive",
    "UnitInterval",
    "Integer",
    "Choice",
    "whole_domain_point",
]


class DomainError(ValueError):
    """A parameter is outside its declared domain (or not a number at all)."""

    def __init__(self, name: str, value: Any, domain: "Domain | str", reason: str = ""):
        self.name, self.value, self.domain = name, value, domain
        where = domain.describe() if isinstance(domain, Domain) else domain
        msg = f"{name}={value!r} is outside its domain: {name} must be {where}"
        if reason:
            msg += f" ({reason})"
        if value is None and reason == "missing parameter":  # issue 18 (cli): not given is not outside
            msg = f"missing parameter {name} ({name} must be {where})"
        super().__init__(msg)


class DomainDeclarationError(ValueError):
    """A domain that cannot be declared: empty, or with bounds that are not numbers."""


def mpf_fraction(value: mpmath.mpf) -> Fraction:
    """The exact rational value of a finite mpf (``man_exp`` drops the sign: use ``_mpf_``).

    >>> mpf_fraction(mpmath.mpf("-0.75"))
    Fraction(-3, 4)
    """
    sign, man, exp, _ = value._mpf_
    f = Fraction(int(man)) * Fraction(2) ** int(exp)
    return -f if sign else f


def _to_fraction(value: Any) -> Fraction | None:
    """Exact rational value of a finite real number, or None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Rational):
        return Fraction(int(value.numerator), int(value.denominator))
    if isinstance(value, (sympy.Rational,)):
        return Fraction(int(value.p), int(value.q))
    if isinstance(value, sympy.Float):
        value = mpmath.mpf(value._mpf_)
    if isinstance(value, mpmath.mpf):
        if not mpmath.isfinite(value):
            return None
        return mpf_fraction(value)
    if isinstance(value, Decimal):
        return Fraction(value) if value.is_finite() else None
    if isinstance(value, numbers.Real):  # float, numpy floating ...
        f = float(value)
        if not math.isfinite(f):
            return None
        try:
            return Fraction(value)  # exact for float and Decimal
        except (TypeError, ValueError):
            return Fraction(f)
    return None


def _parse(name: str, value: Any, domain: "Domain") -> Fraction | mpmath.mpf:
    """Turn user input into an exact Fraction (or an mpf for irrational sympy input)."""
    if isinstance(value, bool) or value is None:
        raise DomainError(name, value, domain, f"got {type(value).__name__}, expected a real number")
    if isinstance(value, str):
        text = value.strip()
        try:
            frac = Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise DomainError(name, value, domain, "the string is not a number") from None
        return frac
    if isinstance(value, sympy.Basic):
        if not (value.is_number and value.is_real and value.is_finite):
            raise DomainError(name, value, domain, "not a finite real number")
        frac = _to_fraction(value)
        if frac is not None:
            return frac
        return mpmath.mpf(sympy.N(value, mpmath.mp.dps + 10))
    if isinstance(value, complex) or isinstance(value, mpmath.mpc):
        raise DomainError(name, value, domain, "complex numbers are not allowed")
    if isinstance(value, numbers.Number) or isinstance(value, mpmath.mpf):
        frac = _to_fraction(value)
        if frac is None:
            raise DomainError(name, value, domain, "not a finite real number")
        return frac
    raise DomainError(name, value, domain, f"got {type(value).__name__}, expected a real number")


def _fmt(x: Fraction | None, exact: Any = None) -> str:
    if exact is not None:  # an irrational bound is printed as written (-pi, not -3.14159...)
        return sympy.sstr(exact)
    if x is None:
        return "inf"
    return str(x.numerator) if x.denominator == 1 else str(float(x))


@dataclass(frozen=True)
class Domain:
    """Where a symbol lives. Use the constructors :func:`Real`, :func:`Integer`, :func:`Choice`.

    ``sample`` is the (finite) range from which numeric confirmation points are
    drawn, log-uniformly when ``log`` is set; it must lie inside the domain.
    """

    kind: str  # "real", "integer" or "choice"
    lo: Fraction | None = None
    hi: Fraction | None = None
    lo_open: bool = True
    hi_open: bool = True
    even: bool = False
    choices: tuple[str, ...] = ()
    sample: tuple[Fraction, Fraction] | None = None
    log: bool = False
    # An irrational bound (π, √2 ...) exactly; ``lo``/``hi`` then hold a rational strictly
    # inside it, for sampling. Proofs use ``lo_exact``/``hi_exact`` or ``lo_outer``/``hi_outer``.
    lo_sym: Any = None
    hi_sym: Any = None

    def __post_init__(self) -> None:
        # An empty domain makes every statement about its symbol vacuously true.
        if self.kind not in ("real", "integer", "choice"):
            raise DomainDeclarationError(f"domain kind {self.kind!r} is not 'real', 'integer' or 'choice'")
        if self.kind == "choice":
            if not self.choices or not all(isinstance(c, str) and c for c in self.choices):
                raise DomainDeclarationError(f"a Choice needs at least one non-empty string, got {self.choices!r}")
            return
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None:
            if self.kind == "real" and not lo < hi:
                raise DomainDeclarationError(f"Real({_fmt(lo, self.lo_sym)}, {_fmt(hi, self.hi_sym)}) is empty or a single point: a real "
                                             f"domain needs lo < hi")
            if self.kind == "integer":
                first = math.ceil(lo)
                if self.even and first % 2:
                    first += 1
                if first > hi:
                    raise DomainDeclarationError(f"Integer({_fmt(lo)}, {_fmt(hi)}{', even=True' if self.even else ''}) "
                                                 f"contains no integer")
        if self.sample is not None:
            a, b = self.sample
            if not a < b:
                raise DomainDeclarationError(f"sample range ({_fmt(a)}, {_fmt(b)}) is empty")

    # -- exact bounds ----------------------------------------------------------------
    @property
    def lo_exact(self) -> sympy.Expr | None:
        """The lower bound exactly (SymPy Rational or irrational number), for proofs."""
        if self.lo_sym is not None:
            return self.lo_sym
        return None if self.lo is None else sympy.Rational(self.lo.numerator, self.lo.denominator)

    @property
    def hi_exact(self) -> sympy.Expr | None:
        """The upper bound exactly (SymPy Rational or irrational number), for proofs."""
        if self.hi_sym is not None:
            return self.hi_sym
        return None if self.hi is None else sympy.Rational(self.hi.numerator, self.hi.denominator)

    @property
    def lo_outer(self) -> Fraction | None:
        """A rational at or below the exact lower bound: a box built from it contains the domain."""
        return self.lo if self.lo_sym is None else rational_bracket(self.lo_sym)[0]

    @property
    def hi_outer(self) -> Fraction | None:
        """A rational at or above the exact upper bound: a box built from it contains the domain."""
        return self.hi if self.hi_sym is None else rational_bracket(self.hi_sym)[1]

    # -- description -------------------------------------------------------------
    def describe(self) -> str:
        """Human-readable domain, used in every error message.

        >>> Real(0, 1).describe()
        'a real number in (0, 1)'
        >>> Integer(2, even=True).describe()
        'an even integer >= 2'
        """
        if self.kind == "choice":
            return "one of " + ", ".join(repr(c) for c in self.choices)
        noun = "an even integer" if self.even else ("an integer" if self.kind == "integer" else "a real number")
        if self.kind == "integer":
            parts = []
            if self.lo is not None:
                parts.append(f">= {_fmt(self.lo)}")
            if self.hi is not None:
                parts.append(f"<= {_fmt(self.hi)}")
            return noun + (" " + " and ".join(parts) if parts else "")
        if self.lo is None and self.hi is None:
            return noun
        left = "(" if self.lo_open or self.lo is None else "["
        right = ")" if self.hi_open or self.hi is None else "]"
        lo = "-inf" if self.lo is None else _fmt(self.lo, self.lo_sym)
        return f"{noun} in {left}{lo}, {_fmt(self.hi, self.hi_sym)}{right}"

    def latex(self) -> str:
        """The domain as LaTeX set notation, for the emitted documents."""
        if self.kind == "choice":
            return r"\{" + ", ".join(r"\text{" + c + "}" for c in self.choices) + r"\}"
        if self.kind == "integer":
            base = r"2\mathbb{Z}" if self.even else r"\mathbb{Z}"
            cond = []
            if self.lo is not None:
                cond.append(rf"\geq {_fmt(self.lo)}")
            if self.hi is not None:
                cond.append(rf"\leq {_fmt(self.hi)}")
            return base + (r",\ " + r",\ ".join(cond) if cond else "")
        left = "(" if self.lo_open or self.lo is None else "["
        right = ")" if self.hi_open or self.hi is None else "]"
        lo = r"-\infty" if self.lo is None else (sympy.latex(self.lo_sym) if self.lo_sym is not None else _fmt(self.lo))
        hi = r"\infty" if self.hi is None else (sympy.latex(self.hi_sym) if self.hi_sym is not None else _fmt(self.hi))
        return f"{left}{lo}, {hi}{right}"

    # -- SymPy ---------------------------------------------------------------------
    def assumptions(self) -> dict[str, bool]:
        """SymPy assumptions implied by the domain (so simplification stays valid)."""
        if self.kind == "choice":
            return {}
        out: dict[str, bool] = {"integer": True} if self.kind == "integer" else {"real": True}
        if self.even:
            out["even"] = True
        # Signs from the outward rationals: an irrational bound is never 0, so lo_outer >= 0
        # means the exact bound is > 0 (and hi_outer <= 0 that it is < 0).
        lo, hi = self.lo_outer, self.hi_outer
        lo_open = self.lo_open or self.lo_sym is not None
        hi_open = self.hi_open or self.hi_sym is not None
        if lo is not None and (lo > 0 or (lo == 0 and lo_open)):
            out["positive"] = True
        elif lo is not None and lo >= 0:
            out["nonnegative"] = True
        if hi is not None and (hi < 0 or (hi == 0 and hi_open)):
            out["negative"] = True
        return out

    # -- validation ------------------------------------------------------------------
    def contains(self, value: Any) -> bool:
        """Whether ``value`` (any real number type) lies in the domain."""
        try:
            self.validate("value", value)
        except DomainError:
            return False
        return True

    def validate(self, name: str, value: Any) -> Any:
        """Check ``value`` and return it in canonical form.

        Reals come back as an exact :class:`fractions.Fraction` (or an ``mpf`` for an
        irrational SymPy number), integers as ``int``, choices as ``str``. Anything else
        raises :class:`DomainError`, a ``ValueError`` naming the parameter.

        >>> Real(0, 1).validate("p", 1.5)
        Traceback (most recent call last):
        ...
        derivations._domains.DomainError: p=1.5 is outside its domain: p must be a real number in (0, 1)
        """
        if self.kind == "choice":
            if not isinstance(value, str) or value not in self.choices:
                raise DomainError(name, value, self)
            return value
        x = _parse(name, value, self)
        if self.kind == "integer":
            if isinstance(x, mpmath.mpf) or x.denominator != 1:
                raise DomainError(name, value, self, "not an integer")
            x = int(x)
            if self.even and x % 2:
                raise DomainError(name, value, self, "odd")
        if self.lo is not None:
            side = self._side(name, value, x, self.lo, self.lo_sym)
            if side < 0 or (self.lo_open and side == 0):
                raise DomainError(name, value, self)
        if self.hi is not None:
            side = self._side(name, value, x, self.hi, self.hi_sym)
            if side > 0 or (self.hi_open and side == 0):
                raise DomainError(name, value, self)
        return x

    def _side(self, name: str, value: Any, x: Any, bound: Fraction, exact: Any) -> int:
        """Sign of ``x − bound``, decided exactly against the exact bound (never with a float)."""
        exact_x = value if isinstance(x, mpmath.mpf) else Fraction(x)  # an irrational SymPy input as given
        try:
            return compare(exact_x, exact if exact is not None else bound)
        except BoundError as exc:
            if exact is None and isinstance(x, mpmath.mpf):  # a value the balls cannot read, a rational bound
                b = mpmath.mpf(bound.numerator) / bound.denominator
                return (x > b) - (x < b)
            raise DomainError(name, value, self, f"its position against the bound {_fmt(bound, exact)} "
                                                 f"cannot be decided exactly: {exc}") from None

    # -- sampling ----------------------------------------------------------------------
    def sample_range(self) -> tuple[Fraction, Fraction]:
        """Finite range inside the domain from which test points are drawn."""
        if self.sample is not None:
            return self.sample
        lo = self.lo if self.lo is not None else Fraction(-10)
        hi = self.hi if self.hi is not None else lo + 10 if lo >= 0 else Fraction(10)
        if self.kind == "real":
            width = hi - lo
            lo, hi = lo + width / 1000 if self.lo_open else lo, hi - width / 1000 if self.hi_open else hi
        return lo, hi

    def draw(self, rng: random.Random) -> sympy.Expr | str:
        """One exact point of the domain (a SymPy Rational or Integer), drawn with ``rng``."""
        if self.kind == "choice":
            return rng.choice(self.choices)
        lo, hi = self.sample_range()
        if self.kind == "integer":
            a, b = math.ceil(lo), math.floor(hi)
            if self.even:
                return sympy.Integer(2 * rng.randint(math.ceil(a / 2), b // 2))
            return sympy.Integer(rng.randint(a, b))
        if self.log and lo > 0:
            x = 10 ** rng.uniform(math.log10(lo), math.log10(hi))
        else:
            x = rng.uniform(float(lo), float(hi))
        # A short exact rational keeps the symbolic evaluation exact and cheap.
        q = Fraction(x).limit_denominator(10**6)
        q = min(max(q, lo), hi)
        return sympy.Rational(q.numerator, q.denominator)


def _bound(x: Any, side: str, integer: bool = False) -> tuple[Fraction | None, Any]:
    """A declared bound: (the Fraction, None) for a rational one; for an exact irrational one
    (π, √2 ...), (a rational strictly inside the domain on that ``side``, the exact number),
    or, for an integer domain, (the first integer inside it, None)."""
    exact = irrational_bound(sympy.sympify(x)) if isinstance(x, sympy.Basic) else None
    if exact is None:
        return _frac(x), None
    try:
        below, above = rational_bracket(exact)
        if integer:  # the exact ceiling (floor) of an irrational number: one ball comparison
            n = math.ceil(below) if side == "lo" else math.floor(above)
            while compare(Fraction(n), exact) * (1 if side == "lo" else -1) < 0:
                n += 1 if side == "lo" else -1
            return Fraction(n), None
    except BoundError as exc:
        raise DomainDeclarationError(f"a domain bound must be a finite real number that can be enclosed "
                                     f"exactly: {exc}") from None
    return (above if side == "lo" else below), exact


def _frac(x: Any) -> Fraction | None:
    if x is None:
        return None
    try:
        out = Fraction(x) if not isinstance(x, (sympy.Basic, float)) else _to_fraction(x)
    except (TypeError, ValueError, ZeroDivisionError):
        out = None
    if out is None:
        raise DomainDeclarationError(f"a domain bound must be a finite real number (or None for no bound), "
                                     f"got {x!r}")
    return out


def _sample(sample: tuple[Any, Any] | None) -> tuple[Fraction, Fraction] | None:
    if sample is None:
        return None
    if not isinstance(sample, (tuple, list)) or len(sample) != 2:
        raise DomainDeclarationError(f"sample must be a pair (lo, hi), got {sample!r}")
    return _frac(sample[0]), _frac(sample[1])


def Real(lo: Any = None, hi: Any = None, *, lo_open: bool = True, hi_open: bool = True,
         sample: tuple[Any, Any] | None = None, log: bool = False) -> Domain:
    """A real interval; open at both ends unless told otherwise.

    >>> Real(0, 1, hi_open=False).contains(1)
    True
    """
    (lo, lo_sym), (hi, hi_sym) = _bound(lo, "lo"), _bound(hi, "hi")
    return Domain("real", lo, hi, lo_open, hi_open, sample=_sample(sample), log=log, lo_sym=lo_sym, hi_sym=hi_sym)


def Positive(*, sample: tuple[Any, Any] | None = None, log: bool = False) -> Domain:
    """The positive reals ``(0, inf)``."""
    return Real(0, None, sample=sample or (Fraction(1, 100), Fraction(100)), log=log)


def UnitInterval(*, sample: tuple[Any, Any] | None = None) -> Domain:
    """The open unit interval ``(0, 1)``, where pedestal ratios and probabilities live."""
    return Real(0, 1, sample=sample)


def Integer(lo: Any = None, hi: Any = None, *, even: bool = False,
            sample: tuple[Any, Any] | None = None) -> Domain:
    """Integers in ``[lo, hi]`` (closed), optionally only the even ones."""
    return Domain("integer", _bound(lo, "lo", True)[0], _bound(hi, "hi", True)[0], False, False, even=even,
                  sample=_sample(sample))


def Choice(*choices: str) -> Domain:
    """A finite set of named options."""
    return Domain("choice", choices=tuple(choices))


from ._domain_points import whole_domain_point  # noqa: E402 - the sampling of a Domain, kept with its data

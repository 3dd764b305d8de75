"""Hypothesis strategies drawn from wallcheck's domains: exact rationals, extreme scales.

:func:`from_domain` turns any :class:`~derivations.Domain` into a hypothesis strategy; the
shipped properties and :func:`verify.properties.check` use it, and so can your own tests::

    from hypothesis import given
    from derivations import Positive, UnitInterval
    from verify.strategies import from_domain

    @given(p=from_domain(UnitInterval()), x=from_domain(Positive()))
    def test_mine(p, x): ...

What is drawn, by domain type (reals always as exact :class:`fractions.Fraction`):

* **bounded real** ``Real(lo, hi)``: a grid of the bulk, short fractions, and points
  ``m·10^-k`` of the width from either end with ``k`` up to 300 (so an open end is met
  at 10^-300 of the width, never reached); a closed end is drawn itself. A wide positive
  range (``lo = 0`` or ``hi/lo > 1000``) is also drawn log-uniformly.
* **half-line** ``Real(lo, None)``, :func:`~derivations.Positive`: ``lo + m·10^k``, ``k`` in
  [-300, 300] — log-uniform from 10^-300 above the end to sizes of 10^300 — plus the
  domain's typical ``sample`` range; the mirror image for ``Real(None, hi)``.
* **whole line** ``Real()``: ``±m·10^k`` and 0.
* **integers** ``Integer(lo, hi)`` / ``even=True``: both ends, small offsets from the finite
  end and log-uniform values across the range. An unbounded side stops at the top of the
  domain's ``sample`` range: integer parameters are orders and counts that code loops over.
* **choice**: the choices.

The mantissa ``m`` is a 6-digit decimal in [1, 10): values print exactly as short decimals
(:func:`show`), and hypothesis shrinks a failure towards ``m = 1``, ``k = 0`` — a
counterexample such as ``x = 1e-300`` rather than a 330-digit fraction.

>>> from derivations import Real
>>> from hypothesis import given, settings
>>> seen = []
>>> @settings(max_examples=300, database=None, derandomize=True)
... @given(from_domain(Real(0, 1)))
... def collect(v): seen.append(v)
>>> collect()
>>> all(0 < v < 1 for v in seen) and min(seen) < Fraction(1, 10**100) and max(seen) > 1 - Fraction(1, 10**100)
True
>>> show(Fraction(3, 2 * 10**300))
'1.5e-300'
"""

from __future__ import annotations

import math
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

import hypothesis.strategies as st

from derivations import Domain

__all__ = ["from_domain", "strategy", "typical", "reals", "integers", "choices", "values", "show",
           "EXTREME_DIGITS"]

#: Extreme scales: offsets down to 10^-EXTREME_DIGITS of an interval's width near its ends,
#: sizes up to 10^EXTREME_DIGITS on unbounded sides.
EXTREME_DIGITS = 300
_MANTISSA_DIGITS = 6
_GRID = 10**12


def _mantissa() -> st.SearchStrategy[Fraction]:
    """m in [1, 10) with six significant digits, exactly; shrinks to 1."""
    scale = 10 ** (_MANTISSA_DIGITS - 1)
    return st.integers(scale, 10 * scale - 1).map(lambda k: Fraction(k, scale))


def _scaled(lo_exp: int, hi_exp: int) -> st.SearchStrategy[Fraction]:
    """m · 10^k for k in [lo_exp, hi_exp]: log-uniform over the decades (k shrinks towards 0)."""
    return st.builds(lambda m, k: m * Fraction(10) ** k, _mantissa(), st.integers(lo_exp, hi_exp))


def reals(lo: Any = None, hi: Any = None, *, lo_open: bool = True, hi_open: bool = True,
          sample: tuple[Any, Any] | None = None, digits: int = EXTREME_DIGITS) -> st.SearchStrategy[Fraction]:
    """Exact rationals of the real interval between ``lo`` and ``hi`` (None: unbounded).

    ``digits`` sets the extreme scales (10^-digits of the width near an end, 10^digits on
    an unbounded side); ``sample`` adds a typical range drawn uniformly.

    >>> from hypothesis import find
    >>> show(find(reals(0, 1), lambda v: v < Fraction(1, 10**200)))   # shrunk to the largest decade
    '1e-201'
    """
    lo = None if lo is None else Fraction(lo)
    hi = None if hi is None else Fraction(hi)
    if lo is not None and hi is not None and not lo < hi:
        if lo == hi and not lo_open and not hi_open:
            return st.just(lo)
        raise ValueError(f"empty interval: lo={lo}, hi={hi}")
    parts: list[st.SearchStrategy[Fraction]] = []
    if lo is not None and hi is not None:
        width = hi - lo
        parts.append(st.integers(1, _GRID - 1).map(lambda k: lo + width * Fraction(k, _GRID)))
        parts.extend(_short_fractions(lo, hi))
        near = _scaled(-digits, -1)
        parts.append(near.map(lambda d: lo + width * d))
        parts.append(near.map(lambda d: hi - width * d))
        if lo >= 0 and (lo == 0 or hi / lo > 1000):
            top = math.floor(math.log10(hi)) if hi >= 1 else -math.ceil(-math.log10(hi))
            bottom = max(top - digits, math.floor(math.log10(lo)) if lo > 0 else top - digits)
            parts.append(_scaled(bottom, top))
        if not lo_open:
            parts.append(st.just(lo))
        if not hi_open:
            parts.append(st.just(hi))
    elif lo is not None:
        parts.append(_scaled(-digits, digits).map(lambda d: lo + d))
        if not lo_open:
            parts.append(st.just(lo))
    elif hi is not None:
        parts.append(_scaled(-digits, digits).map(lambda d: hi - d))
        if not hi_open:
            parts.append(st.just(hi))
    else:
        parts.append(st.builds(lambda d, neg: -d if neg else d, _scaled(-digits, digits), st.booleans()))
        parts.append(st.just(Fraction(0)))
    if sample is not None:
        a, b = Fraction(sample[0]), Fraction(sample[1])
        if a < b:
            parts.append(st.integers(0, 10**6).map(lambda k: a + (b - a) * Fraction(k, 10**6)))

    def inside(v: Fraction) -> bool:
        if lo is not None and (v < lo or (lo_open and v == lo)):
            return False
        if hi is not None and (v > hi or (hi_open and v == hi)):
            return False
        return True

    # The filter only removes rounding at the ends (lo + width·10^-k is inside by construction).
    return st.one_of(*parts).filter(inside)


def integers(lo: Any = None, hi: Any = None, *, even: bool = False,
             sample: tuple[Any, Any] | None = None) -> st.SearchStrategy[int]:
    """Integers of ``[lo, hi]`` (None: unbounded, capped by ``sample``), optionally even.

    >>> from hypothesis import find
    >>> find(integers(2, even=True, sample=(2, 40)), lambda k: k > 10) in (12, 40)   # shrunk to an end
    True
    """
    s_lo, s_hi = (Fraction(sample[0]), Fraction(sample[1])) if sample is not None else (None, None)
    a = math.ceil(Fraction(lo)) if lo is not None else (math.ceil(s_lo) if s_lo is not None else None)
    b = math.floor(Fraction(hi)) if hi is not None else (math.floor(s_hi) if s_hi is not None else None)
    if a is None and b is None:
        a, b = -10**6, 10**6
    elif a is None:
        a = b - 10**6
    elif b is None:
        b = a + 10**6 if lo is None else max(a + 10, a)
    step = 2 if even else 1
    if even:
        a, b = a + (a % 2), b - (b % 2)
    if a > b:
        raise ValueError(f"no {'even ' if even else ''}integer in [{lo}, {hi}]")
    count = (b - a) // step  # values a, a + step, ..., a + count*step = b
    parts = [st.integers(0, count), st.sampled_from(sorted({0, count}))]
    if count > 100:
        top = int(math.log10(count))
        parts.append(st.builds(lambda m, k: min(count, int(m * 10**k)), _mantissa(), st.integers(0, top)))
    return st.one_of(*parts).map(lambda j: a + step * j)


def choices(*options: str) -> st.SearchStrategy[str]:
    """One of the named options."""
    return st.sampled_from(options)


def from_domain(domain: Domain, *, digits: int = EXTREME_DIGITS) -> st.SearchStrategy[Any]:
    """A hypothesis strategy drawing exactly the values of ``domain`` (see the module doc).

    Reals come as :class:`fractions.Fraction`, integers as ``int``, choices as ``str``;
    ``digits`` sets how extreme the scales of a real domain get (see :func:`reals`).

    >>> from derivations import Integer
    >>> from hypothesis import find
    >>> find(from_domain(Integer(1, 9)), lambda k: k % 7 == 0)
    7
    """
    if not isinstance(domain, Domain):
        raise TypeError(f"from_domain() needs a Domain (Real, Positive, UnitInterval, Integer, Choice), "
                        f"got {type(domain).__name__}")
    if domain.kind == "choice":
        return choices(*domain.choices)
    if domain.kind == "integer":
        return integers(domain.lo, domain.hi, even=domain.even, sample=domain.sample_range())
    return reals(domain.lo, domain.hi, lo_open=domain.lo_open, hi_open=domain.hi_open,
                 sample=domain.sample_range(), digits=digits).filter(domain.contains)


#: The usual name of the same function.
strategy = from_domain


def typical(domain: Domain) -> st.SearchStrategy[Any]:
    """The domain at the scales a 30-digit evaluation resolves: a grid of the interval, short
    fractions, points 10⁻¹ … 10⁻¹⁵ of the width from either end (and closed ends), and an
    unbounded side only up to the top of the domain's ``sample`` range.

    For properties that cannot hold at extreme scales at the property precision (see
    ``verify.properties.AT_TYPICAL_SCALES``); :func:`from_domain` is the default.
    """
    if domain.kind == "choice":
        return choices(*domain.choices)
    s_lo, s_hi = domain.sample_range()
    if domain.kind == "integer":
        a = math.ceil(domain.lo if domain.lo is not None else s_lo)
        b = math.floor(domain.hi if domain.hi is not None else s_hi)
        if domain.even:
            return st.integers(math.ceil(a / 2), b // 2).map(lambda k: 2 * k)
        return st.integers(a, b)
    lo = Fraction(domain.lo) if domain.lo is not None else Fraction(s_lo)
    hi = Fraction(domain.hi) if domain.hi is not None else Fraction(s_hi)
    if domain.log and s_lo > 0:
        return _log_uniform(Fraction(s_lo), Fraction(s_hi)).filter(domain.contains)
    width = hi - lo
    grid = st.integers(0, _GRID).map(lambda k: lo + width * k / _GRID)
    nice = st.one_of(*_short_fractions(lo, hi)) if _short_fractions(lo, hi) else grid
    near = st.tuples(st.booleans(), st.integers(0, 15)).map(
        lambda t: (lo + width / 10**t[1]) if t[0] else (hi - width / 10**t[1]))
    parts = [grid, nice, near]
    if lo >= 0 and hi > 0 and (lo == 0 or hi / lo > 1000):
        parts.append(_log_uniform(max(lo, hi / 10**15), hi))
    return st.one_of(*parts).filter(domain.contains)


def _short_fractions(lo: Fraction, hi: Fraction) -> list[st.SearchStrategy[Fraction]]:
    """Fractions of denominator ≤ 1000 in [lo, hi] (its ends rounded inward to that grid: an
    inner rational of an irrational bound such as π has a long denominator); [] if none."""
    a, b = Fraction(math.ceil(lo * 1000), 1000), Fraction(math.floor(hi * 1000), 1000)
    return [st.fractions(a, b, max_denominator=1000)] if a < b else []


def _log_uniform(lo: Fraction, hi: Fraction) -> st.SearchStrategy[Fraction]:
    """Log-uniform between two positive ends, as short exact decimals (12 significant digits)."""
    a, b = math.log10(lo), math.log10(hi)
    return st.integers(0, _GRID).map(lambda k: Fraction(f"{10.0 ** (a + (b - a) * k / _GRID):.12g}"))


def values(*, digits: int = EXTREME_DIGITS, **domains: Domain) -> st.SearchStrategy[dict[str, Any]]:
    """A dict of values, one per named domain: ``values(x=Positive(), p=UnitInterval())``."""
    return st.fixed_dictionaries({name: from_domain(d, digits=digits) for name, d in domains.items()})


def show(value: Any) -> str:
    """A drawn value as short readable text: exact where it is a short decimal, or a short
    number plus or minus one (a point next to an end of an interval).

    >>> show(Fraction(1, 3)), show(Fraction(5, 4)), show(Fraction(10**300)), show(7)
    ('1/3', '1.25', '1e+300', '7')
    >>> show(1 - Fraction(1, 10**300))
    '1 - 1e-300'
    """
    if not isinstance(value, Fraction):
        return str(value)
    text = _short(value)
    if text is not None:
        return text
    near = value.limit_denominator(1000)
    offset = value - near
    if near != 0 and abs(offset) < abs(near) * Fraction(1, 10**6):
        small = _short(abs(offset))
        if small is not None:
            return f"{_short(near) or near} {'+' if offset > 0 else '-'} {small}"
    return "≈" + _approx(value)


def _short(value: Fraction) -> str | None:
    """Exact short text of a Fraction, or None."""
    if value.denominator == 1 and len(str(value.numerator)) <= 12:
        return str(value.numerator)
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    if den == 1:  # a terminating decimal: exact in scientific notation if it is short
        text = _scientific(_decimal(value))
        if text is not None:
            return text
    text = str(value)
    return text if len(text) <= 24 else None


def _decimal(value: Fraction) -> Decimal:
    """The exact terminating decimal of a Fraction whose denominator is 2^a 5^b."""
    num, den = value.numerator, value.denominator
    k = 0
    while den != 1:
        # multiply by 10 until the denominator divides out
        num *= 10
        k += 1
        g = math.gcd(num, den)
        num //= g
        den //= g
    with localcontext() as ctx:
        ctx.prec = 100000
        return Decimal(num).scaleb(-k)


def _scientific(d: Decimal) -> str | None:
    with localcontext() as ctx:
        ctx.prec = 100000
        d = d.normalize()
        sign, digits, exp = d.as_tuple()
        if len(digits) > 17:
            return None
        text = "".join(map(str, digits))
        e = exp + len(digits) - 1  # exponent of the leading digit
        if -4 <= e < 12:
            return format(d, "f")
        mant = text[0] + ("." + text[1:] if len(text) > 1 else "")
        return ("-" if sign else "") + f"{mant}e{'+' if e > 0 else ''}{e}"


def _approx(value: Fraction) -> str:
    import mpmath
    with mpmath.workdps(20):
        return mpmath.nstr(mpmath.mpf(value.numerator) / value.denominator, 17)

"""Printed numerals and their rounding: the interval a numeral's digits allow, and whether a
printed value computed from printed inputs is consistent within the printed precision.

Issue 17, item 3 (and issue 16, item 6). A numeral stands for every number that rounds to
it: ``0.34`` for ``[0.335, 0.345]``, ``3.1500e0`` for ``[3.14995, 3.15005]`` (trailing zeros
count), ``2.7 × 10^{3}`` for ``[2650, 2750]``. When a paper prints a value computed from other
printed numbers, each input stands for its interval; the value's enclosure over that box
(python-flint ``arb`` through :func:`verify.balls.to_arb`, bisecting the box: no monotonicity
is assumed) decides:

* ``consistent``: a point of the box (found by bisection, evaluated in ball arithmetic) gives
  a value inside the printed value's own interval — the printed value is what the printed
  inputs, unrounded, could give;
* ``inconsistent``: every piece of the box has a ball that misses the printed interval;
* ``inconclusive``: neither within the budget.

>>> numeral_interval("0.34")
(Fraction(67, 200), Fraction(69, 200))
>>> numeral_interval("2.7 × 10^{3}")
(Fraction(2650, 1), Fraction(2750, 1))
>>> import sympy
>>> a, b = sympy.symbols("alpha beta", positive=True)
>>> v = decide(b / (a + b), {"alpha": "0.34", "beta": "0.28"}, numeral_interval("0.46"))
>>> v.status, v.shown()
('consistent', '[0.4433, 0.4600]')
>>> decide(b / (a + b), {"alpha": "0.34", "beta": "0.28"}, numeral_interval("0.48")).status
'inconsistent'
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Mapping

import flint
import sympy

__all__ = ["NUMERAL", "Numeral", "read_numeral", "numeral_interval", "RoundingVerdict", "decide",
           "enclosure", "format_interval"]

#: A numeral with digits: ``0.27``, ``1024``, ``3.1500e0``, ``1.5E-3``, ``2.7000·10^0``, ``2.7 × 10^{3}``,
#: and as tables print them, ``.5`` (no leading zero) and ``5.`` (a trailing point, no decimal shown).
NUMERAL = re.compile(r"^\s*(?P<sign>[+\-−]?)(?=\d|\.\d)(?P<int>\d*)(?:\.(?P<frac>\d*))?"
                     r"(?:\s*(?:[eE]|[·×*x]\s*10\s*\^)\s*(?:\{\s*(?P<e1>[+\-−]?\d{1,6})\s*\}|(?P<e2>[+\-−]?\d{1,6})))?\s*$")


@dataclass(frozen=True)
class Numeral:
    """A numeral's exact value and the half unit of its last shown digit."""

    value: Fraction
    half_unit: Fraction


def read_numeral(text: str) -> Numeral | None:
    """The value and half unit of a numeral with digits; ``None`` for anything else
    (``10^{10}``, ``3^{1/4}``, ``1/3``, ``true``: exact expressions, not rounded digits).

    >>> read_numeral("3.1500e0")
    Numeral(value=Fraction(63, 20), half_unit=Fraction(1, 20000))
    >>> read_numeral("1.5E-3").half_unit, read_numeral("10^{10}")
    (Fraction(1, 20000), None)
    >>> read_numeral(".5"), read_numeral("5.").half_unit
    (Numeral(value=Fraction(1, 2), half_unit=Fraction(1, 20)), Fraction(1, 2))
    """
    m = NUMERAL.match(text)
    if not m:
        return None
    frac = m.group("frac") or ""
    exponent = int((m.group("e1") or m.group("e2") or "0").replace("−", "-"))
    scale = Fraction(10) ** exponent
    value = Fraction(int((m.group("int") or "") + frac or "0"), 10 ** len(frac)) * scale
    if m.group("sign") in ("-", "−"):
        value = -value
    return Numeral(value, Fraction(1, 2 * 10 ** len(frac)) * scale)


def numeral_interval(text: str) -> tuple[Fraction, Fraction]:
    """The closed interval of numbers that round to the numeral; a point for an exact expression.

    >>> numeral_interval("1/3")
    (Fraction(1, 3), Fraction(1, 3))
    """
    n = read_numeral(text)
    if n is not None:
        return n.value - n.half_unit, n.value + n.half_unit
    from .claims import parse_printed
    value = parse_printed(text)
    if isinstance(value, bool) or not isinstance(value, (int, Fraction)):
        raise ValueError(f"the printed input {text!r} is not a rational numeral or fraction")
    return Fraction(value), Fraction(value)


def _ball(lo: Fraction, hi: Fraction) -> flint.arb:
    """A ball containing ``[lo, hi]``."""
    a, b = (flint.arb(flint.fmpq(q.numerator, q.denominator)) for q in (lo, hi))
    return a.union(b)


def _fraction(b: flint.arb) -> Fraction:
    """An exact arb (a lower or upper end) as a Fraction."""
    m, e = b.mid().man_exp()
    return Fraction(int(m)) * (Fraction(2) ** int(e))


def format_interval(lo: Fraction, hi: Fraction, digits: int = 4) -> str:
    """``[lo, hi]`` rounded outwards to ``digits`` significant digits."""
    import mpmath
    out = []
    with mpmath.workdps(30):
        for q, up in ((lo, False), (hi, True)):
            v = mpmath.mpf(q.numerator) / q.denominator
            if v == 0:
                out.append("0")
                continue
            e = int(mpmath.floor(mpmath.log10(abs(v)))) - digits + 1
            step = Fraction(10) ** e
            k = (q / step).__ceil__() if up else (q / step).__floor__()
            r = k * step
            text = mpmath.nstr(mpmath.mpf(r.numerator) / r.denominator, digits, strip_zeros=False)
            mantissa, _, power = text.replace("e+", "e").partition("e")
            out.append(mantissa.rstrip(".") + (f"e{power}" if power else ""))
    return f"[{out[0]}, {out[1]}]"


@dataclass(frozen=True)
class RoundingVerdict:
    """How a printed value fares against its printed inputs' rounding."""

    status: str  # "consistent", "inconsistent" or "inconclusive"
    lo: Fraction
    hi: Fraction
    witness: Mapping[str, str] = field(default_factory=dict)
    boxes: int = 0

    def shown(self) -> str:
        """The enclosure of the computed value over the inputs' box, rounded outwards."""
        return format_interval(self.lo, self.hi)


def _symbols(expr: sympy.Basic, names: Mapping[str, Any]) -> dict[sympy.Symbol, Any]:
    by_name = {s.name: s for s in expr.free_symbols}
    missing = sorted(set(by_name) - set(names))
    if missing:
        raise ValueError(f"the expression has symbols {missing} that are not printed inputs")
    return {by_name[n]: v for n, v in names.items() if n in by_name}


def _evaluate(expr: sympy.Basic, box: Mapping[str, tuple[Fraction, Fraction]]) -> flint.arb:
    from .balls import NotTranslatable, to_arb
    values = _symbols(expr, {k: _ball(*v) for k, v in box.items()})
    try:
        return to_arb(expr, values)
    except (NotTranslatable, ZeroDivisionError) as exc:
        raise ValueError(f"cannot enclose {expr} in ball arithmetic: {exc}") from exc


def _split(box: Mapping[str, tuple[Fraction, Fraction]]) -> tuple[dict, dict] | None:
    """Halve the widest side (relative to its size); ``None`` when every side is a point."""
    def width(item: tuple[str, tuple[Fraction, Fraction]]) -> Fraction:
        lo, hi = item[1]
        return (hi - lo) / max(abs(lo), abs(hi), Fraction(1, 10**30))
    name, (lo, hi) = max(box.items(), key=width)
    if lo == hi:
        return None
    mid = (lo + hi) / 2
    return {**box, name: (lo, mid)}, {**box, name: (mid, hi)}


def enclosure(expr: sympy.Basic, inputs: Mapping[str, str], pieces: int = 1024,
              prec: int = 128) -> tuple[Fraction, Fraction]:
    """An interval containing every value of ``expr`` over the printed inputs' box (the hull of
    ``pieces`` sub-boxes' balls)."""
    boxes = [{k: numeral_interval(v) for k, v in inputs.items()}]
    with _precision(prec):
        while len(boxes) < pieces:
            halves = [_split(b) for b in boxes]
            if any(h is None for h in halves):
                break
            boxes = [h for pair in halves for h in pair]  # type: ignore[union-attr]
        balls = [_evaluate(expr, b) for b in boxes]
    if not all(b.is_finite() for b in balls):
        raise ValueError(f"{expr} has no finite enclosure over the inputs' box")
    return min(_fraction(b.lower()) for b in balls), max(_fraction(b.upper()) for b in balls)


class _precision:
    def __init__(self, prec: int) -> None:
        self.prec, self.saved = prec, flint.ctx.prec

    def __enter__(self) -> None:
        flint.ctx.prec = self.prec

    def __exit__(self, *exc: Any) -> None:
        flint.ctx.prec = self.saved


def decide(expr: sympy.Basic, inputs: Mapping[str, str], target: tuple[Fraction, Fraction],
           max_boxes: int = 4000, prec: int = 128) -> RoundingVerdict:
    """Whether some point of the inputs' box gives a value in ``target`` (the printed value's
    interval), by bisection with ball bounds; see the module docstring."""
    t_lo, t_hi = target
    with _precision(prec):
        lo_ball, hi_ball = _ball(t_lo, t_lo), _ball(t_hi, t_hi)
        stack = collections.deque([{k: numeral_interval(v) for k, v in inputs.items()}])
        count = 0
        status, witness = "inconsistent", {}
        while stack:
            box = stack.popleft()  # breadth first: a deep chase along the boundary finds nothing
            count += 1
            if count > max_boxes:
                status = "inconclusive"
                break
            ball = _evaluate(expr, box)
            if ball.is_finite() and (ball < lo_ball or ball > hi_ball):
                continue  # this piece cannot reach the printed interval
            centre = {k: ((lo + hi) / 2,) * 2 for k, (lo, hi) in box.items()}
            at = _evaluate(expr, centre)
            if at.is_finite() and at >= lo_ball and at <= hi_ball:
                status = "consistent"
                witness = {k: format_interval(*v, digits=6).split(",")[0][1:] for k, v in centre.items()}
                break
            halves = _split(box)
            if halves is None:
                status = "inconclusive"
                break
            stack.extend(halves)
    lo, hi = enclosure(expr, inputs, prec=prec)
    return RoundingVerdict(status, lo, hi, witness, count)

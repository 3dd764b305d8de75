"""Working precision and tolerances: the one place they are defined.

Every tolerance in wallcheck is a function of the working precision ``dps``
(decimal digits), in the spirit of mpmath's ``almosteq`` (``2**(-prec+4)``).
"""

from __future__ import annotations

from typing import Any

import mpmath

__all__ = [
    "DEFAULT_DPS",
    "MIN_DPS",
    "MAX_DPS",
    "GUARD_DIGITS",
    "DIGITS_LOST",
    "CONFIRM_POINTS",
    "PROPERTY_DPS",
    "close",
    "relative_tolerance",
    "required_digits",
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

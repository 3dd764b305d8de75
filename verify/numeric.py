"""Digits of agreement between two high-precision numbers.

Tolerances are not defined here: they come from :mod:`derivations._precision`,
the single place where every tolerance follows from the working precision.
"""

from __future__ import annotations

from typing import Any

import mpmath

from derivations._precision import (CONFIRM_POINTS, DEFAULT_DPS, DIGITS_LOST, GUARD_DIGITS,
                                    PROPERTY_DPS, close, relative_tolerance, required_digits)

__all__ = [
    "agreement_digits",
    "close",
    "relative_tolerance",
    "required_digits",
    "DEFAULT_DPS",
    "GUARD_DIGITS",
    "DIGITS_LOST",
    "CONFIRM_POINTS",
    "PROPERTY_DPS",
]


def agreement_digits(a: Any, b: Any, dps: int) -> float:
    """Number of significant decimal digits on which ``a`` and ``b`` agree, capped at ``dps``.

    >>> agreement_digits(1, 1, 30)
    30.0
    >>> agreement_digits(mpmath.mpf("1.0001"), 1, 30)
    4.0
    """
    with mpmath.workdps(dps + GUARD_DIGITS):
        a, b = mpmath.mpmathify(a), mpmath.mpmathify(b)
        scale = max(abs(a), abs(b))
        diff = abs(a - b)
        if diff == 0 or scale == 0:
            return float(dps)
        digits = -mpmath.log10(diff / scale)
    return float(min(dps, max(0, round(float(digits), 1))))

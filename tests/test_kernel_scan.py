"""The dense grid scan of a side condition evaluates every grid point (issue 16, class 5/9).

On an unbounded side the grid is logarithmic, ``10^(k/15)``: irrational points, which the
scan once failed to convert, so a "real" condition was refused at a good point (a true
``₂F₁`` step failed) and a sign condition was never looked at between the decades.
"""

from __future__ import annotations

import sympy as sp

from derivations import Positive
from verify.obligations import _scan_sign

x = sp.Symbol("x", positive=True)
DOMAINS = {x: Positive()}


def test_a_condition_failing_between_two_decades_is_found():
    # negative only for 200 < x < 300: no power of ten lands there, 10^(35/15) ≈ 215 does
    cx = _scan_sign((x - 200) * (x - 300) + 1, "positive", DOMAINS, "scan", {})
    assert cx is not None and 200 < float(sp.sympify(cx["x"])) < 300


def test_a_real_hypergeometric_value_is_real_at_every_grid_point():
    value = sp.hyper((-sp.Rational(1, 3), sp.Rational(1, 2)), (sp.Rational(3, 2),), x * sp.exp_polar(sp.I * sp.pi))
    assert _scan_sign(value, "real", DOMAINS, "scan", {}) is None

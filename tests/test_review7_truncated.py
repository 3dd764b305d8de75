"""Calculus on a truncated series (review 7): ``k`` derivatives of a form known to ``O((x − x0)^n)``
say something only while a term of lower order than ``n − k`` survives; the corpus files
``tests/attacks/r7_series_*.py`` run through the CLI in ``tests/test_attacks.py``."""

from __future__ import annotations

import sympy as sp
from hypothesis import given
from hypothesis import strategies as st

from verify.truncated import _has_term_below

x, a = sp.symbols("x a")


def test_a_derivative_that_is_all_remainder_has_no_term_below_the_order():
    assert not _has_term_below(sp.Integer(0), x, 0, 0)  # (1 + 2x)'' = 0 against O(1)
    assert _has_term_below(sp.Integer(2), x, 0, 1)  # (1 + 2x)' = 2 against O(x)
    assert _has_term_below(a / 3 * x - 1 / x**2, x, 0, 0)  # a pole dominates O(1)
    assert not _has_term_below(x**2, x, 0, 2)  # x² is not below O(x²)


@given(st.integers(-3, 6), st.integers(-3, 6), st.integers(-2, 2))
def test_the_order_of_a_term_is_read_about_the_centre(power, order, centre):
    term = (x - centre) ** power
    assert _has_term_below(7 * term, x, centre, order) == (power < order)

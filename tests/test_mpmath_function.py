"""Forms compiled for mpmath (``derivations/_evaluation.mpmath_function``): what ``evaluate()``, routes and
claims are checked against (reviews 33–35)."""

from __future__ import annotations

import mpmath
import sympy as sp

from derivations._evaluation import mpmath_function

k, n, N, R = sp.symbols("k n N R")


def test_a_finite_sum_is_summed_in_mpf_with_its_bounds_exact():
    with mpmath.workdps(40):
        # review 33: an index over Python ints made n**(-2) a double (16 digits of 40)
        f = mpmath_function([R, N], sp.Sum(-R / n**2, (n, 1, N)))
        assert abs(f(mpmath.mpf(1), 3) + mpmath.mpf(49) / 36) < mpmath.mpf(10) ** -38
        # review 35: floor(64^(1/3)) is 4, not int(3.99…) = 3 from a rounded 1/3
        g = mpmath_function([N], sp.Sum(1 / k**2, (k, 1, sp.floor(N ** sp.Rational(1, 3)))))
        assert abs(g(mpmath.mpf(64)) - (1 + mpmath.mpf(1) / 4 + mpmath.mpf(1) / 9 + mpmath.mpf(1) / 16)) < 1e-35
        assert abs(g(mpmath.mpf(63)) - (1 + mpmath.mpf(1) / 4 + mpmath.mpf(1) / 9)) < 1e-35


def test_nested_sums_run_the_outer_index_first_and_products_are_multiplied():
    with mpmath.workdps(40):
        double = mpmath_function([N], sp.Sum(1 / (k * n), (k, 1, n), (n, 1, N)))  # review 34
        assert abs(double(mpmath.mpf(3)) - mpmath.mpf(85) / 36) < 1e-35
        product = mpmath_function([N], sp.Product(1 + 1 / n**2, (n, 1, N)))
        assert abs(product(mpmath.mpf(3)) - mpmath.mpf(25) / 9) < 1e-35

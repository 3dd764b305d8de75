"""Class 3 (review 35, SymPy trusted): a route off by the last term agrees at perfect cubes, because evaluate() truncates a rounded sum bound.

The derived value is E = R * sum_{k=1}^{floor(N^(1/3))} 1/k^2 (steps proved). The independent route has the
classic float bug, int(N ** (1/3)) in doubles, which is 3 at N = 64, 4 at N = 125 and 9 at N = 1000: it
drops the last term at every perfect cube. At N = 64 the true value is R(1 + 1/4 + 1/9 + 1/16) = 1.4236 R, the
route gives 1.3611 R; yet the route check reports all 50 digits agreeing and the derivation "proved" (exit 0).
Cause: derivations/_evaluation.mpmath_function prints the bound as int(floor(N**(mpf(1)/mpf(3)))), and 1/3
rounded makes 64^(1/3) = 3.99...9 at every precision, so evaluate() itself returns the wrong sum, stably
(adaptive mpmath calls it settled). The same holds for any bound computed through a rounded power, log or
root that is an exact integer at the point (the whole set of perfect cubes, squares under x**(1/2) written as
a power, etc.). A sound kernel must evaluate an integer bound exactly (exact SymPy at rational points, or a
ball whose floor is certain), never int() of a rounded mpf.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Positive, Premise, Rewrite

R_ = Param("R", Positive()); N_ = Param("N", Integer(1, 10**6))
R, N = R_.symbol, N_.symbol
k = sp.Symbol("k", integer=True, positive=True)
E = sp.Symbol("E")
side = sp.floor(N**sp.Rational(1, 3))


def route(R, N):
    return R * sum(mpmath.mpf(1) / mpmath.mpf(j) ** 2 for j in range(1, int(int(N) ** (1 / 3)) + 1))


DERIVATIONS = [Derivation(
    id="attack.r35.sum_bound_rounded", title="shells of a cube of N sites", source="attack",
    symbols=(R_, N_), parameters=("R", "N"),
    premises=(Premise("def", sp.Eq(E, sp.Sum(R / k**2, (k, 1, side))), "shell sum up to the cube's side"),),
    steps=(Rewrite(expect=R * sp.Sum(1 / k**2, (k, 1, side))),),
    route=Agreement("value", route, points=({"R": 1, "N": 64}, {"R": 2, "N": 125}, {"R": "13.6", "N": 1000})),
)]

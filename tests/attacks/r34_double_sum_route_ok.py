"""Control (review 34). Must pass.

A double sum written the SymPy way, Sum(R/(k n), (k, 1, n), (n, 1, N)) = sum_{n<=N} H_n R / n (inner limit
first, its bound the outer index), rewritten by pulling R out, with a route that adds it up in mpmath at
N = 3, 5, 8. Correct: R is constant in both indices. review 33's `derivations._evaluation._MpmathPrinter`
prints the limits in the order written, `for k in range(1, n + 1) for n in range(1, N + 1)`, so the inner
range is built before n exists ("Cannot convert symbols to int"): evaluate() fails at every point and the
route cannot be checked. SymPy's own printer puts the outer index first. A sound kernel must nest the loops
outermost limit first (reversed(expr.limits)).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite, Integer

R_ = Param("R", Positive()); N_ = Param("N", Integer(1, 1000))
R, N = R_.symbol, N_.symbol
n, k = sp.symbols("n k", integer=True, positive=True)
E = sp.Symbol("E")


def route(R, N):
    N = int(N)
    return R * sum(mpmath.mpf(1) / (kk * nn) for nn in range(1, N + 1) for kk in range(1, nn + 1))


DERIVATIONS = [Derivation(
    id="attack.r34.double_sum_route_ok", title="harmonic numbers weighted by 1/n", source="attack",
    symbols=(R_, N_), parameters=("R", "N"),
    premises=(Premise("def", sp.Eq(E, sp.Sum(R / (k * n), (k, 1, n), (n, 1, N))), "weighted harmonic sum"),),
    steps=(Rewrite(expect=R * sp.Sum(1 / (k * n), (k, 1, n), (n, 1, N))),),
    route=Agreement("value", route, points=({"R": 1, "N": 3}, {"R": 2, "N": 5}, {"R": "13.6", "N": 8})),
)]

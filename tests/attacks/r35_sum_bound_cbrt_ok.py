"""Control (review 35). Must pass.

Lattice shells inside a cube of N sites: E = sum_{k=1}^{floor(N^(1/3))} R/k^2 (the side of the largest cube
of k^3 <= N sites is floor(N^(1/3))), rewritten with R taken out of the sum (a Rewrite SymPy proves; the bound
is an integer, floor). The route adds the terms up in mpmath with the side found by exact integer arithmetic
(the largest s with s^3 <= N), at N = 64, 125, 1000 (perfect cubes, the natural points for a cube). Correct at
every N. derivations/_evaluation.mpmath_function prints the bound as int(floor(N**(mpf(1)/mpf(3)))):
1/3 is rounded, so 64**(1/3) = 3.999...9 at every working precision, floor gives 3, and evaluate() drops the
last term (E = 1.4236 R instead of 1.4236 + 1/16 R), stably at 65, 80 and 110 digits. A sound kernel must
evaluate a sum's integer bound exactly (SymPy integer root / floor at exact rationals, or an arb ball whose
floor is certain) rather than truncate a rounded mpf.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Positive, Premise, Rewrite

R_ = Param("R", Positive()); N_ = Param("N", Integer(1, 10**6))
R, N = R_.symbol, N_.symbol
k = sp.Symbol("k", integer=True, positive=True)
E = sp.Symbol("E")
side = sp.floor(N**sp.Rational(1, 3))


def icbrt(n):
    s = 0
    while (s + 1) ** 3 <= n:
        s += 1
    return s


def route(R, N):
    return R * sum(mpmath.mpf(1) / mpmath.mpf(j) ** 2 for j in range(1, icbrt(int(N)) + 1))


DERIVATIONS = [Derivation(
    id="attack.r35.sum_bound_cbrt_ok", title="shells of a cube of N sites", source="attack",
    symbols=(R_, N_), parameters=("R", "N"),
    premises=(Premise("def", sp.Eq(E, sp.Sum(R / k**2, (k, 1, side))), "shell sum up to the cube's side"),),
    steps=(Rewrite(expect=R * sp.Sum(1 / k**2, (k, 1, side))),),
    route=Agreement("value", route, points=({"R": 1, "N": 64}, {"R": 2, "N": 125}, {"R": "13.6", "N": 1000})),
)]

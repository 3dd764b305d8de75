"""Control (review 33). Must pass.

The binding energy summed over the first three shells of a hydrogen-like ion, E = sum_{n=1}^{3} (-R/n^2),
rewritten with the Rydberg constant taken out of the sum, E = -R sum_{n=1}^{3} 1/n^2 (a Rewrite SymPy proves),
and an independent route computing -R(1 + 1/4 + 1/9) = -49R/36 in mpmath at the working precision. Correct
at every R > 0. Refused (exit 1): "route (value): failed: at least 16.4 of 50 digits agree". The checker's
own value of the result comes from `sympy.lambdify(..., modules="mpmath")` (derivations/_model.py::_compiled),
which prints a finite Sum as `builtins.sum(n**(-2) for n in range(1, 3+1))`: Python integers, so n**(-2) is
a double, and the closed form is 1.3611111111111111605 R, wrong in the 17th digit; adaptive mpmath sees it
"stable" at every precision. (With a term 10^6 R beside the sum, 22 digits.) A sound evaluator must keep a
sum's index exact or mpmath (mpf/rational terms) so that a finite sum is evaluated at the working precision.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

R_ = Param("R", Positive())
R = R_.symbol
n = sp.Symbol("n", integer=True, positive=True)
E = sp.Symbol("E")
DERIVATIONS = [Derivation(
    id="attack.r33.sum_route_digits_ok", title="binding energy of the first three shells", source="attack",
    symbols=(R_,), parameters=("R",),
    premises=(Premise("def", sp.Eq(E, sp.Sum(-R / n**2, (n, 1, 3))), "energy of the first three shells"),),
    steps=(Rewrite(expect=-R * sp.Sum(1 / n**2, (n, 1, 3))),),
    route=Agreement("value", lambda R: -R * (1 + mpmath.mpf(1) / 4 + mpmath.mpf(1) / 9),
                    points=({"R": 1}, {"R": 2}, {"R": "13.6"})),
)]

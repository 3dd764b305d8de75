"""Class 3 (review 3, SymPy trusted). SolveInequality trusts SymPy, which solves a periodic inequality on one period only.

SolveInequality trusts SymPy, which solves a periodic inequality on one period only.

x ∈ (0, 10), premise sin x > 0. SymPy's solve(sin(x) > 0, x) for positive x is `x < π`,
and the rule (derivations/_rules_solve.py:SolveInequality) keeps it with no certificate: the
step "sin x > 0 ⇒ x < π" is proved. But x = 7 satisfies sin x > 0 (sin 7 = 0.657) and 7 > π:
on (0, 10) the solution set is (0, π) ∪ (2π, 3π). A sound kernel checks that the reduced
relation is equivalent to the input on the domain (or at least implied by it) and fails
or says inconclusive (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveInequality

x_ = Param("x", Real(0, 10))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.r3.solve_inequality_periodic", title="where the signal is positive", source="review3",
    symbols=(x_,),
    premises=(Premise("positive", sp.sin(x) > 0, "the signal is positive"),),
    steps=(SolveInequality(x, expect=x < sp.pi),),
    route=Agreement("the first zero of sin", lambda: mpmath.findroot(mpmath.sin, 3), points=({},)),
)]

"""Class 3 (review 3, SymPy trusted). A limit at a symbolic point taken by substitution through a SingularityFunction step.

A limit at a symbolic point taken by substitution through a step in SingularityFunction (Macaulay brackets).

w(x) = <x − a>^0 (SymPy's SingularityFunction(x, a, 0): a unit step at a, as beam-loading
texts write it), x ∈ (0, 2), a ∈ (1/2, 3/2). Limit from below at the symbolic point a:
derivations/_rules_calculus.py:_continuous_value substitutes — SingularityFunction is not in
_NON_SMOOTH (Heaviside is) — so lim_{x→a⁻} w = <0>^0 = 1 is 'proved'. For x < a, w = 0,
so the limit is 0 (SymPy's own limit at a number from below says 0). A sound kernel refuses
or fails: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(0, 2))
a_ = Param("a", Real(sp.Rational(1, 2), sp.Rational(3, 2)))
x, a = x_.symbol, a_.symbol
w = sp.Symbol("w")

DERIVATIONS = [Derivation(
    id="attack.r3.singularity_symbolic_limit", title="load just before the support", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(w, sp.SingularityFunction(x, a, 0)), "a uniform load starting at a"),),
    steps=(Limit(x, a, "-", expect=1),),
    route=Agreement("the load at the point", lambda a: 1, points=({"a": "0.7"}, {"a": 1}, {"a": "1.3"})),
)]

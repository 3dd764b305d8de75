"""Control (review 3). Must pass. A limit at a symbolic point through a step that switches elsewhere.

w(x) = H(x − 2) (a load starting at x = 2), x ∈ (0, 3), a ∈ (1/2, 3/2): at x = a the step's
argument a − 2 ≠ 0, so w is continuous there and the limit from below is H(a − 2) = 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(0, 3))
a_ = Param("a", Real(sp.Rational(1, 2), sp.Rational(3, 2)))
x, a = x_.symbol, a_.symbol
w = sp.Symbol("w")

DERIVATIONS = [Derivation(
    id="control.r3.singularity_symbolic_limit_ok", title="load before its start", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(w, sp.Heaviside(x - 2)), "a uniform load starting at 2"),),
    steps=(Limit(x, a, "-", expect=0),),
    route=Agreement("no load yet", lambda a: 0, points=({"a": "0.7"}, {"a": 1}, {"a": "1.3"})),
)]

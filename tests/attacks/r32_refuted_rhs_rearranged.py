"""Class 5 (review 32, sampling called confirmation): a counterexample found for the right-hand sides is overridden when the relation rearranged as lhs - rhs is "confirmed" at other points.

A Rewrite of f = sqrt((x - a)^2 expanded), a = 10^250, into f = a - x on x > 0, false for x > 10^250 (at
x = 10^300: left 10^300 - 10^250, right 10^250 - 10^300). verify/equality.py::compare first compares the
right-hand sides, and confirm_identity finds the counterexample at the corner x = 10^300 (SymPy gives
1e300 and -1e300 there): rhs is FAILED. compare then tries the same relation as lhs - rhs
(f - sqrt(P) against f - (a - x)), which adds the free variable f: the point sequence changes (its four
corners at 10^±8 and far draws x = 1.8e8, 9.1e67), 8 points agree before either extreme corner is reached, and
`whole.verdict == CONFIRMED` is returned before the FAILED rhs is looked at. Reported `confirmed` (exit 0).
A refutation is a proof of falsity; a sampled confirmation of an equivalent rearrangement must never
override it (compare must return FAILED when any comparison of the same relation found a counterexample,
or sample the rearranged form at the counterexample first).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
k = sp.Symbol("k", integer=True, positive=True)
f = sp.Symbol("f")
a = sp.Integer(10) ** 250
DERIVATIONS = [Derivation(
    id="attack.r32.refuted_rhs_rearranged", title="a square root of a square", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand((x - a) ** 2))), "definition"),),
    steps=(Rewrite(expect=a - x),),
    route=Agreement("value", lambda x: 10**250 - x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

"""Class 4 (review 20, premises and domains): a side condition of case B is proved through case A's inequality premise; two cases are never required to hold together, yet the region reads both.

x ∈ (0, 2), a case analysis: `above: x > 1` (chain A doubles it: 2x > 2) and `below: x < 1` (chain B multiplies it
by x − 1). Each case's premises are satisfiable, and the kernel checks them per set (README: "two cases of a case
analysis are never required to hold together"). Multiplying `x < 1` by x − 1 keeps the direction only where
x − 1 > 0, which is false everywhere on case B; verify/premise_inequalities.usable_inequalities reads every inequality
premise of the derivation, and Region.prove proves x − 1 > 0 "where the premise x > 1 holds". The boxed
(x − 1)x < x − 1 is false at every point of case B, e.g. x = ½: −0.25 < −0.5. A sound kernel reads only the
inequality premises in the step's own Γ (the premises its chain rests on, plus those stated for the whole
derivation and checked jointly with it) and refuses.
"""
import sympy as sp
from derivations import Agreement, Derivation, MultiplyBoth, Param, Premise, Real

x_ = Param("x", Real(0, 2))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.r20.region_other_case", title="a scaled threshold, by cases", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("above", sp.Gt(x, 1), "case A: above the threshold"),
              Premise("below", sp.Lt(x, 1), "case B: below the threshold")),
    steps=(MultiplyBoth(factor=2, on="above", expect=sp.Gt(2 * x, 2)),
           MultiplyBoth(factor=x - 1, on="below", expect=sp.Lt((x - 1) * x, x - 1))),
    route=Agreement("the scaled load", lambda x: (x - 1) * x, points=({"x": "0.5"}, {"x": "0.25"}, {"x": "0.75"})),
)]

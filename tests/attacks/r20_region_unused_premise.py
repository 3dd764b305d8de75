"""Class 4 (review 20, premises and domains): a side condition is proved through an inequality premise that lies outside the form's Γ and outside the domain (an empty region), so no satisfiability check ever sees it.

x ∈ (0, 2), y ∈ (2, 3). The chain rests on `ineq: y > x` (true on the whole domain) and multiplies it by x − 1,
which keeps the direction only where x − 1 > 0. The derivation also lists a premise `far: x > 3` that no step uses: the
satisfiability check solves only the sets of premises some form rests on, so it never notices that x > 3 is empty on
(0, 2); yet verify/premise_inequalities.usable_inequalities reads every inequality premise of the derivation, and
Region.prove writes x = 3 + t, t > 0, proving x − 1 > 0. The boxed (x − 1)y > (x − 1)x is false at x = ½, y = 5/2
(−1.25 > −0.25). A sound kernel reads only the inequality premises in the step's own Γ (or makes every premise it
reads part of the satisfiability check and of the result's hypotheses) and refuses.
"""
import sympy as sp
from derivations import Agreement, Derivation, MultiplyBoth, Param, Premise, Real

x_ = Param("x", Real(0, 2)); y_ = Param("y", Real(2, 3))
x, y = x_.symbol, y_.symbol

DERIVATIONS = [Derivation(
    id="attack.r20.region_unused_premise", title="a scaled margin", source="attack",
    symbols=(x_, y_), parameters=("x", "y"),
    premises=(Premise("ineq", sp.Gt(y, x), "the level is above the load"),
              Premise("far", sp.Gt(x, 3), "the far regime (another case)")),
    steps=(MultiplyBoth(factor=x - 1, on="ineq", expect=sp.Gt((x - 1) * y, (x - 1) * x)),),
    route=Agreement("the scaled level", lambda x, y: (x - 1) * y, points=({"x": "0.5", "y": 2.5}, {"x": "1.5", "y": 2.5}, {"x": "0.25", "y": "2.25"})),
)]

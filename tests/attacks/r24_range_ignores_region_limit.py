"""Class 1 (review 24, calculus where a form holds at a point): the check near a limit's point ignores the inequality premises.

z = x + y, x, y ∈ (0, 20), condition z = 10, standing premise y < 5: y = 10 − x keeps the condition only for x ∈ (5, 10).
f = x + (z − 10)/x is x on the condition, and lim_{x→0⁺} f = 0 is proved: the step's point is held (y = 2.5 admitted),
and `along_range.unheld_along` finds y ≈ 10 near x = 0 in y's domain (0, 20) without testing y < 5. Near x = 0 no y
satisfies the premises, and f = x + (x + y − 10)/x tends to −∞ for every y < 5 (y = 1: f(10⁻³) ≈ −8999). Review 16's
r16_limit_finite_point_off_stretch with the reach cut by a premise instead of the domain. Sound: hold the points near
the limit where the step's region holds, or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 20)); y_ = Param("y", Real(0, 20))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r24.range_ignores_region_limit", title="response at small size", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, x + (z - 10) / x), "response"),
              Premise("small", y < 5, "the correction stays below 5"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, x)),
           Limit(x, 0, direction="+", expect=sp.Eq(sp.Limit(f, x, 0, dir="+"), 0))),
    route=Agreement("value", lambda y: 0, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

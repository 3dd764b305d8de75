"""Control (review 18). Must pass.

Range of a projectile on flat ground, maximised over the launch angle θ ∈ (0, π/2). Landing: v sin θ t − g t²/2 = 0
(a condition on t, θ: the flight time t = 2v sin θ/g > 0 follows θ; the root t = 0 is outside t > 0). The range
x = v cos θ t is then 2v² sin θ cos θ/g = v² sin(2θ)/g; dx/dθ = 2v² cos(2θ)/g vanishes on (0, π/2) only at θ = π/4.
"""
import mpmath
import sympy as sp
from derivations import (Agreement, Derivation, Differentiate, DivideBoth, Param, Positive, Premise, Real, Ref, Rewrite,
                         SolveFor, Substitute)

t_ = Param("t", Positive()); th_ = Param("theta", Real(0, sp.pi / 2), latex=r"\theta"); v_ = Param("v", Positive())
g_ = Param("g", Positive())
t, th, v, g = (q.symbol for q in (t_, th_, v_, g_))
X = sp.Symbol("X")
SLOPE = 2 * v**2 * sp.cos(2 * th) / g

DERIVATIONS = [Derivation(
    id="attack.r18.projectile_range_ok", title="the best launch angle", source="control",
    symbols=(t_, th_, v_, g_), parameters=("v", "g"),
    premises=(Premise("land", sp.Eq(v * sp.sin(th) * t - g * t**2 / 2, 0), "the height is zero again at landing"),
              Premise("Xdef", sp.Eq(X, v * sp.cos(th) * t), "horizontal distance"),
              Premise("best", sp.Eq(sp.Derivative(X, th), 0), "the range is stationary at the best angle")),
    steps=(SolveFor(t, on="land", name="flight", expect=sp.Eq(t, 2 * v * sp.sin(th) / g)),
           Substitute(mapping={t: Ref("flight")}, on="Xdef", expect=sp.Eq(X, 2 * v**2 * sp.sin(th) * sp.cos(th) / g)),
           Rewrite(name="range", expect=sp.Eq(X, v**2 * sp.sin(2 * th) / g)),
           Differentiate(th, expect=sp.Eq(sp.Derivative(X, th), SLOPE)),
           Substitute(using="best", expect=sp.Eq(0, SLOPE)),
           DivideBoth(divisor=2 * v**2 / g, expect=sp.Eq(0, sp.cos(2 * th))),
           SolveFor(th, expect=sp.Eq(th, sp.pi / 4))),
    route=Agreement("maximise v² sin(2θ)/g numerically: root of the numerical derivative",
                    lambda v, g: mpmath.findroot(lambda a: mpmath.diff(lambda b: mpmath.mpf(v)**2 * mpmath.sin(2 * b) / mpmath.mpf(g), a),
                                                 mpmath.mpf("0.7")),
                    points=({"v": 10, "g": "9.81"}, {"v": 1, "g": 1}, {"v": 300, "g": "1.62"})),
)]

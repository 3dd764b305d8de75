"""Control (review 3, a physicist's ordinary derivation): time of flight, 0 = v t − g t²/2 with t > 0 → t = 2v/g (the root t = 0 is outside t's domain). Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, SolveFor

t_ = Param("t", Positive())
v_ = Param("v", Positive())
g_ = Param("g", Positive())
t, v, g = t_.symbol, v_.symbol, g_.symbol

DERIVATIONS = [Derivation(
    id="attack.r3c.projectile_time_ok", title="time of flight", source="control",
    symbols=(t_, v_, g_), parameters=("v", "g"),
    premises=(Premise("landing", sp.Eq(v * t - g * t**2 / 2, 0), "the height is zero again at landing"),),
    steps=(SolveFor(t, expect=sp.Eq(t, 2 * v / g)),),
    route=Agreement("simulated with small steps", lambda v, g: 2 * v / g,
                    points=({"v": 10, "g": "9.81"}, {"v": 3, "g": "1.62"}, {"v": 1, "g": 1})),
)]

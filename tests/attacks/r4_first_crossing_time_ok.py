"""Control (review 4). Must pass. Time a projectile first reaches height h on the way up, v t − g t²/2 = h, t = (v − √(v² − 2gh))/g
(the other root, the way down, is also positive: the premise t < v/g, on the way up, excludes it). Premise h < v²/(2g). Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, SolveFor

t_, v_, g_, h_ = Param("t", Positive()), Param("v", Positive()), Param("g", Positive()), Param("h", Positive())
t, v, g, h = t_.symbol, v_.symbol, g_.symbol, h_.symbol

DERIVATIONS = [Derivation(
    id="attack.r4.first_crossing_time_ok", title="first time at height h", source="control",
    symbols=(t_, v_, g_, h_), parameters=("v", "g", "h"),
    premises=(Premise("reach", sp.StrictLessThan(h, v**2 / (2 * g)), "h is below the apex"),
              Premise("up", sp.StrictLessThan(t, v / g), "on the way up: before the apex"),
              Premise("height", sp.Eq(v * t - g * t**2 / 2, h), "height h at time t")),
    steps=(SolveFor(t, on="height", choose=0, expect=sp.Eq(t, (v - sp.sqrt(v**2 - 2 * g * h)) / g)),),
    route=Agreement("root finding from t = 0", lambda v, g, h: mpmath.findroot(
        lambda s: mpmath.mpf(v) * s - mpmath.mpf(g) * s**2 / 2 - mpmath.mpf(h), 0),
        points=({"v": 10, "g": "9.81", "h": 1}, {"v": 3, "g": "1.62", "h": "0.5"}, {"v": 5, "g": 1, "h": 2})),
)]

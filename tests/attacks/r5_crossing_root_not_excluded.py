"""Class 2 (review 4, a discarded root the premises do not exclude). v t − g t²/2 = h solved for the first crossing (v − √(v² − 2gh))/g, under the premise t < 2v/g (before landing): the other root (v + √(v² − 2gh))/g also meets it, so discarding it is unjustified. Must be refused."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, SolveFor

t_, v_, g_, h_ = Param("t", Positive()), Param("v", Positive()), Param("g", Positive()), Param("h", Positive())
t, v, g, h = t_.symbol, v_.symbol, g_.symbol, h_.symbol

DERIVATIONS = [Derivation(
    id="attack.r5.crossing_root_not_excluded", title="first time at height h", source="review4",
    symbols=(t_, v_, g_, h_), parameters=("v", "g", "h"),
    premises=(Premise("reach", sp.StrictLessThan(h, v**2 / (2 * g)), "h is below the apex"),
              Premise("flight", sp.StrictLessThan(t, 2 * v / g), "before landing"),
              Premise("height", sp.Eq(v * t - g * t**2 / 2, h), "height h at time t")),
    steps=(SolveFor(t, on="height", choose=0, expect=sp.Eq(t, (v - sp.sqrt(v**2 - 2 * g * h)) / g)),),
    route=Agreement("root finding from t = 0", lambda v, g, h: mpmath.findroot(
        lambda s: mpmath.mpf(v) * s - mpmath.mpf(g) * s**2 / 2 - mpmath.mpf(h), 0),
        points=({"v": 10, "g": "9.81", "h": 1}, {"v": 3, "g": "1.62", "h": "0.5"}, {"v": 5, "g": 1, "h": 2})),
)]

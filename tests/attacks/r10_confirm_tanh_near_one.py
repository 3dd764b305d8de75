"""Class 5 (review 10, sampling called confirmation below the probe precision): x·tanh(3500) = x
is false (tanh(3500) = 1 − 2e^{−7000} + …, the difference ≈ 10^{−3040}·x), but no part of either
form is tiny (tanh(3500) ≈ 1, 3500 an integer): the difference is below the 1500 probe digits at
every point. Sound: inconclusive or failed, never confirmed (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r10.confirm_tanh_near_one", title="a saturated tanh", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x * sp.tanh(3500)), "saturation"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("value", lambda x: x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

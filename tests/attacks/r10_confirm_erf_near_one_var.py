"""Class 5 (review 10, sampling called confirmation below the probe precision): the tiny part
depends on the variable and is never a part of its own:
x·erf(60 + x) = x on x > 0 is false (1 − erf(60 + x) < e^{−3600} ≈ 10^{−1563}), yet every part of the
forms (erf(60 + x) ≈ 1, 60 + x) is of ordinary size: review 9's erfc(80) was caught as a part, its
complement 1 − erf is not written. Sound: inconclusive or failed, never confirmed (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r10.confirm_erf_near_one_var", title="a saturated error function", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x * sp.erf(60 + x)), "saturation"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("value", lambda x: x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

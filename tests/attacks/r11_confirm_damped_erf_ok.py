"""Control (review 11). Must pass. Control: e^{−x}(1 − cos x) + erf x = 2 e^{−x} sin²(x/2) + 1 − erfc x for x > 0 (true: half-angle and erf + erfc = 1). Must be proved or confirmed."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r11.confirm_damped_erf_ok", title="half angle", source="control",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, (1 - sp.cos(x)) * sp.exp(-x) + sp.erf(x)), "versine"),),
    steps=(Rewrite(expect=2 * sp.sin(x / 2)**2 * sp.exp(-x) + 1 - sp.erfc(x)),),
    route=Agreement("value", lambda x: 2 * sp.sin(sp.Float(str(x), 60) / 2)**2 * sp.exp(-sp.Float(str(x), 60)) + sp.erf(sp.Float(str(x), 60)), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

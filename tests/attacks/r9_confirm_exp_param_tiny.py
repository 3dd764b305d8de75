"""Class 5 (review 9, sampling called confirmation below the probe precision): Review 8 fix bypassed with the tiny factor depending on the variable: f = x + log(1 + e^{-5000x}(x − 3/2)) rewritten as f = x (false at every x ≠ 3/2). _beyond_the_probe looks only for numeric constants. Sound: failed or inconclusive (exit != 0), never confirmed."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(1, 2))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r9.confirm_exp_param_tiny", title="a correction dropped", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x + sp.log(1 + sp.exp(-5000 * x) * (x - sp.Rational(3, 2)))), "the value"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("value", lambda x: x, points=({"x": "1.5"}, {"x": "1.2"}, {"x": "1.7"})),
)]

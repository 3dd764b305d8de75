"""Class 5 (review 9, sampling called confirmation below the probe precision): Confirmation below the probe precision, through a special function: f = x + log(1 + erfc(80)(x − 3/2))
rewritten as f = x. erfc(80) ≈ 10^-2782 is no exp/Pow constant, so _beyond_the_probe does not see it;
the identity is false at every x ≠ 3/2. Sound: failed or inconclusive (exit != 0), never confirmed."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(1, 2))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r9.confirm_erfc_tiny", title="a correction dropped", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x + sp.log(1 + sp.erfc(80) * (x - sp.Rational(3, 2)))), "the value"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("value", lambda x: x, points=({"x": "1.5"}, {"x": "1.2"}, {"x": "1.7"})),
)]

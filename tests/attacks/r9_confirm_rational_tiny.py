"""Class 5 (review 9, sampling called confirmation below the probe precision): Confirmation below the probe precision, through a Rational (review 8's fix checks exp/Pow
numbers only): f = x + log(1 + (x − 3/2)/10^3000) is rewritten as f = x. The difference is
≈ 10^-3000·(x − 3/2), nonzero at every x ≠ 3/2 of (1, 2): the identity is false. The constant is a
Rational, which _beyond_the_probe skips; an arb ball of 1 + 10^-3000·(…) at 1500 digits contains 1.
Sound: failed or inconclusive (exit != 0), never confirmed."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(1, 2))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r9.confirm_rational_tiny", title="a correction dropped", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x + sp.log(1 + (x - sp.Rational(3, 2)) / sp.Integer(10)**3000)), "the value"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("value", lambda x: x, points=({"x": "1.5"}, {"x": "1.2"}, {"x": "1.7"})),
)]

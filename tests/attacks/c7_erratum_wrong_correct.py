"""Class 7 (claims): an erratum whose "correct value" is wrong too.

The paper prints 3.2 for π (an erratum: π rounds to 3.1), and the ledger's correct_value "3.15" is also
wrong (π rounds to 3.14). Both must be checked. A sound kernel: the claim fails, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c7.erratum_wrong_correct", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.c7.erratum_wrong_correct.value", "pi", "attack", "3.2", lambda: mpmath.pi,
                  relation="≈", erratum="the paper rounds too far", correct_value="3.15"),),
)]

"""Class 1 (review 15, calculus where a form holds at a point): a jump over 0 accepted as a root because the values at the search cell's ends are huge.
z = e^x + s(y), x in (0, 2), y in (0, 1), s = -1 for y < 0.51 and +1 beyond, except within 10⁻⁹ of y = 1/2 and y = 25/48
(the holder search's grid points), where s = ∓(10¹² + y); condition z = 3. Then x = ln 4 or ln 2 wherever the
condition holds: s is constant there, y never follows x. The search sees the sign change between the grid points 1/2
and 25/48, bisects to the jump at 0.51 and accepts it: |g| ≈ 1 there is below 10^(5−15) of the cell ends' 10¹².
f = x z = 3x and df/dx = 3 are proved; truly the slope is 3 + 4 ln 4 or 3 + 2 ln 2 at the one point.
Sound: refuse the derivative, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 2)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
big, eps = sp.Integer(10)**12, sp.Integer(10)**-9
s = sp.Piecewise((-big - y, sp.Abs(y - sp.Rational(1, 2)) < eps), (big + y, sp.Abs(y - sp.Rational(25, 48)) < eps),
                 (-1, y < sp.Rational(51, 100)), (1, True))
DERIVATIONS = [Derivation(
    id="attack.r15.pin_jump_scaled_by_far_values", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + s), "gain with a switched offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.3"}, {"y": "0.9"})),
)]

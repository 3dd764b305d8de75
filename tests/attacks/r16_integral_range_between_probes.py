"""Class 1 (review 16, calculus where a form holds at a point): an integral whose condition can hold only near the four points off_its_range tries.
z = y + 19/2 + 3cos²(πx/2), x in (0, 8), y in (0, 1); condition z = 10. y = 1/2 - 3cos²(πx/2) lies in (0, 1) only where
cos²(πx/2) < 1/6, i.e. within about 0.27 of an odd x. f = z = 10 on the condition is integrated over [0, 8]:
∫ f dx = 80 is proved. off_its_range looks at x = 1, 3, 5, 7 only (1/8, 3/8, 5/8, 7/8 of the range): exactly the odd
points, where y = 1/2 holds the condition. On about 73 % of [0, 8] (at x = 0, 2, 4, 6 for instance) no y satisfies
the premises; the function f = z integrates to 88 + 8y, not 80 (y = 1/2: 92). Sound: a condition must hold all along
the range, not at four sample points (refuse), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 8)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.integral_range_between_probes", title="accumulated total over four periods", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, y + sp.Rational(19, 2) + 3 * sp.cos(sp.pi * x / 2)**2), "periodic total"),
              Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           Integrate(x, 0, 8, expect=sp.Eq(sp.Integral(f, (x, 0, 8)), 80))),
    route=Agreement("value", lambda y: 80, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

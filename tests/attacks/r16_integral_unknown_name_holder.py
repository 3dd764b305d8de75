"""Class 1 (review 16, calculus where a form holds at a point): an undefined name holds a condition, and off_its_range skips it: an integral over a range where it cannot.
k is a declared real name (names=) that no premise defines, an unknown; x in (0, 1); z = x(1 + k²), condition z = 1/2, so k² = 1/(2x) - 1 needs
x ≤ 1/2. f = z is 1/2 on the condition; the integral over x in [3/5, 9/10] is proved: ∫ f dx = 3/20. The unknown k is
kept as a holder without a search, and off_its_range only asks real parameters along the range: with no such holder
it does not look at all. For x > 1/2 no real k satisfies the premises; there f = x(1 + k²) ≥ x and
∫_{3/5}^{9/10} f dx ≥ 0.225 > 3/20 for every real k. Sound: an unknown holder must be held to the range too (refuse),
exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
f, z, k = sp.Symbol("f"), sp.Symbol("z"), sp.Symbol("k", real=True)
DERIVATIONS = [Derivation(
    id="attack.r16.integral_unknown_name_holder", title="accumulated load at the set point", source="attack",
    symbols=(x_,), parameters=(), names=(k,),
    premises=(Premise("zdef", sp.Eq(z, x * (1 + k**2)), "load with an unknown gain k"),
              Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("cond", sp.Eq(z, sp.Rational(1, 2)), "set point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, sp.Rational(1, 2))),
           Integrate(x, sp.Rational(3, 5), sp.Rational(9, 10),
                     expect=sp.Eq(sp.Integral(f, (x, sp.Rational(3, 5), sp.Rational(9, 10))), sp.Rational(3, 20)))),
    route=Agreement("value", lambda: sp.Rational(3, 20), points=({},)),
)]

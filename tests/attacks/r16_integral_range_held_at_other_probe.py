"""Class 1 (review 16, calculus where a form holds at a point): along an integral's range, the condition is held at probe values of a variable the form keeps fixed.
z = x + y, x in (0, 10), y in (0, 1), budget a in (0, 10); condition z = a. f = z is a on the condition; the form
f = a holds a fixed, so only y can hold the condition, and for a fixed a only on x in (a - 1, a). The integral over
x in [1, 9] (length 8) is proved: ∫ f dx = 8a. off_its_range (unheld_along) asks, at x = 2, 4, 6, 8, whether y has a
root at ANY probe point of the other variables, a included: some probe value of a serves each x in turn,
though a is held fixed by the form. For any one a, the premises fail on at least 7/8 of [1, 9]; the function
f = x + y integrates to 40 + 8y there (a = 5, y = 1/2: 44, not 40). Sound: a variable the form holds fixed must stay
at one value along the range (refuse), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10)); y_ = Param("y", Real(0, 1)); a_ = Param("a", Real(0, 10))
x, y, a = x_.symbol, y_.symbol, a_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.integral_range_held_at_other_probe", title="accumulated total under a budget", source="attack",
    symbols=(x_, y_, a_), parameters=("a",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("cond", sp.Eq(z, a), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, a)),
           Integrate(x, 1, 9, expect=sp.Eq(sp.Integral(f, (x, 1, 9)), 8 * a))),
    route=Agreement("value", lambda a: 8 * a, points=({"a": "2"}, {"a": "5"}, {"a": "7"})),
)]

"""Class 1 (review 15, calculus where a form holds at a point): a limit x → ∞ through a holder that can follow x only on a bounded stretch.
z = x + y, x > 0, y in (0, 1), condition z = 10: y = 10 - x keeps it only for x in (9, 10). y is counted as a holder (it
crosses at a probe), so the limit x → ∞ is allowed: f = z/x = 10/x and lim f = 0 is proved. On the premises x never
exceeds 10; the function f = (x + y)/x tends to 1, not 0. Sound: refuse the limit (the condition bounds x: no
neighbourhood of ∞), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.pin_limit_holder_leaves_domain", title="efficiency at large size", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, z / x), "ratio"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10 / x)),
           Limit(x, sp.oo, expect=sp.Eq(sp.Limit(f, x, sp.oo), 0))),
    route=Agreement("value", lambda y: 0, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

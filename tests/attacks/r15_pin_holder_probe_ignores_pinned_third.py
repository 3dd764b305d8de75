"""Class 1 (review 15, calculus where a form holds at a point): y holds C = 0 only at values of z that another premise excludes.
C = (x - 1/2)(y - 5z), x in (0, 1), y in (0, 8), z in (0, 3); premises z = 2 and C = 0; f = x(3 + C) + z. At z = 2 the
line y = 5z = 10 is outside y's domain, so C = 0 pins x = 1/2. The holder search probes z across its whole domain
(z < 1.6 puts y = 5z inside (0, 8)) and counts y as a holder; the chain test sees two unknowns x, y in C = 0 once z is
determined. f = 3x + 2 and df/dx = 3 are proved; on the premises x = 1/2 only, where the slope of
f = x(3 + C) + z is 3 + (y - 10)/2 < 3. Sound: refuse the derivative, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 8)); z_ = Param("z", Real(0, 3))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r15.pin_holder_probe_ignores_pinned_third", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("x",),
    premises=(Premise("gear", sp.Eq(z, 2), "the gear ratio"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 5 * z)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Substitute(using="gear", expect=sp.Eq(f, 3 * x + 2)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

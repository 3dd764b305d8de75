"""Class 1 (review 17, calculus where a form holds at a point): a value fixed by a nonlinear one-variable equation (z² = 4 on z > 0) is not put into the other condition, so y holds it at values of z the premises exclude.

Review 15's r15_pin_holder_probe_ignores_pinned_third with the gear written z² = 4 instead of z = 2: C = (x − ½)(y − 5z),
x in (0, 1), y in (0, 8), z in (0, 10); premises z² = 4 and C = 0; f = x(3 + C) + z² is 3x + z² on the condition, then 3x + 4
with the gear; df/dx = 3 is proved. _fixed_values.fixed_values reads values only off equations linear in one variable
(_linear_root), so z² = 4 fixes nothing and the holder search probes z across (0, 10): at z < 8/5, y = 5z is inside
(0, 8) and follows x, so y is counted. On z's domain z² = 4 has the single root z = 2 (as SolveFor would establish),
where y = 10 is out of reach and C = 0 pins x = ½. There the slope of f with y, z fixed is 3 + (y − 10)/2 < 3
(y = 4: 0), not 3. Sound: a one-variable equation with a single root on the variable's domain (any analytic one:
z² = 4, e^z = e², solved and counted as SolveFor does) fixes it as the linear one does; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 8)); z_ = Param("z", Real(0, 10))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r17.fixed_value_nonlinear", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("x",),
    premises=(Premise("gear", sp.Eq(z**2, 4), "gear ratio squared"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 5 * z)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z**2), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z**2)),
           Substitute(using="gear", expect=sp.Eq(f, 3 * x + 4)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

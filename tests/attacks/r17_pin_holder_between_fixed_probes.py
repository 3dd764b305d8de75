"""Class 1 (review 17, calculus where a form holds at a point): y holds the condition at every probe value of the fixed a, but not on a stretch of a between two probes.

C = (x − ½)(y − h(a)), h(a) = 5 + 20/(1 + 10(a − 25/8)²), x in (0, 1), y in (0, 10), a in (0, 10); condition C = 0;
f = x(3 + C) + a is 3x + a on it, and the form holds a fixed. y = h(a) holds C = 0 for every x while h(a) < 10,
i.e. outside a ∈ (2.58, 3.67) (11 % of a's domain); inside it h(a) > 10 is out of y's reach and C = 0 pins x = ½.
Review 16's quantifier asks y to follow at "every value of the fixed variables", but looks only at the seven
probe values a = k·10/8: 2.5 and 3.75 bracket the stretch, so y is counted as a holder and df/dx = 3 is proved.
At the premise point a = 25/8, x = ½, y = 5 the premises hold only at x = ½, and the slope of f with y (and a)
fixed is 3 + (y − h)/2 = 3 + (5 − 25)/2 = −7, not 3. Sound: the fixed variables' values where the holder fails
must be searched (an interval enclosure of where h(a) leaves y's range, or refuse when it is not shown
nowhere), not read at seven probes; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 10)); a_ = Param("a", Real(0, 10))
x, y, a = x_.symbol, y_.symbol, a_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
h = 5 + 20 / (1 + 10 * (a - sp.Rational(25, 8))**2)
DERIVATIONS = [Derivation(
    id="attack.r17.pin_holder_between_fixed_probes", title="response at the balance point", source="attack",
    symbols=(x_, y_, a_), parameters=("a",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - h)), "imbalance against the setting a"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + a), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + a)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda a: 3, points=({"a": "0.5"}, {"a": "5"}, {"a": "9"})),
)]

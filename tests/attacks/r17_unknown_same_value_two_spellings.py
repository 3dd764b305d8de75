"""Class 1 (review 17, calculus where a form holds at a point): an unknown function's value written two ways, g(sin²y) and g(1 − cos²y), is taken for two independent numbers, so y holds a condition it cannot move.

C = 3(x − ½) + g(sin²y) − g(1 − cos²y), with g an unknown function, x in (0, 1), y in (0, 1); condition C = 0;
f = x(3 + C) is 3x on the condition and df/dx = 3 is proved. Review 16 lets each unknown function value stand for
any real number (a stand-in of its own per SymPy atom), and lets y hold a condition where an unknown function of y
does: the stand-in for g(sin²y) can move to cancel 3(x − ½), so y is counted as a holder. But sin²y = 1 − cos²y
for every y, so the two values are one number whatever g is: C = 3(x − ½) and the condition pins x = ½. There
(the premises' only points) the slope of f with y fixed is 3 + C + x·3 = 3 + 3/2 = 4.5, not 3. Sound: stand-ins for
values of one unknown function are independent only where their arguments are shown to differ (g(u) and g(v)
are tied where u = v; here the difference of the arguments is identically 0): tie them, or count the variable
out; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
g = sp.Function("g")
DERIVATIONS = [Derivation(
    id="attack.r17.unknown_same_value_two_spellings", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("Cdef", sp.Eq(C, 3 * (x - sp.Rational(1, 2)) + g(sp.sin(y)**2) - g(1 - sp.cos(y)**2)),
                      "imbalance, with the gain profile g read at sin²y by two sensors"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

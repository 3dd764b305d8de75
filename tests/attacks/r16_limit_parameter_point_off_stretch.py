"""Class 1 (review 16, calculus where a form holds at a point): a limit at a parameter's value, where no holder keeps the condition for most values.
z = x + y, x > 0, y in (0, 1), condition z = 10 (y = 10 - x keeps it only for x in (9, 10)). f = x + (z - 10)/x is
x on the condition, and the limit x -> a+ with a in (0, 20) a parameter is taken: lim f = a is proved. A limit
point in a parameter was not looked at. For a outside [9, 10) no y satisfies the premises near x = a, where
f = x + (x + y - 10)/x tends to a + (a + y - 10)/a (a = 3, y = 1/2: -0.17, not 3). Sound: refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, None)); y_ = Param("y", Real(0, 1)); a_ = Param("a", Real(0, 20))
x, y, a = x_.symbol, y_.symbol, a_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.limit_parameter_point_off_stretch", title="response at a set size", source="attack",
    symbols=(x_, y_, a_), parameters=("y", "a"),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, x + (z - 10) / x), "response"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, x)),
           Limit(x, a, direction="+", expect=sp.Eq(sp.Limit(f, x, a, dir="+"), a))),
    route=Agreement("value", lambda y, a: a, points=({"y": "0.5", "a": "3"}, {"y": "0.2", "a": "4"},
                                                      {"y": "0.7", "a": "5"})),
)]

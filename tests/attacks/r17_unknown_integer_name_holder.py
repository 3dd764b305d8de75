"""Class 1 (review 17, calculus where a form holds at a point): an undefined name declared integer=True is searched as a real number, and holds a condition a whole number cannot follow.

k is a declared name (names=) with SymPy's integer=True that no premise defines; x in (0, 1); z = x + k, condition
z = ½; f = x(z + 5/2) is 3x on the condition, and df/dx = 3 is proved. Review 16 searches an undefined name "on the
line (the half-line its sign allows)" (holders.unknown_domains): its integrality is dropped, so k = ½ − x follows x
continuously and is counted as a holder. An integer parameter declared with Integer(...) would be refused here
("e^x + n = 3 pins x": an integer cannot follow a derivative); the same quantity declared as an integer name is
not. With k whole and x in (0, 1), x + k = ½ forces k = 0 and pins x = ½; there the slope of f with k fixed is
2x + k + 5/2 = 3.5, not 3. Sound: a name's integer (or rational, even, odd) assumption must make it a discrete
holder (kind "integer"), which cannot follow a real variable; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
f, z, k = sp.Symbol("f"), sp.Symbol("z"), sp.Symbol("k", integer=True)
DERIVATIONS = [Derivation(
    id="attack.r17.unknown_integer_name_holder", title="response at the set point", source="attack",
    symbols=(x_,), parameters=("x",), names=(k,),
    premises=(Premise("zdef", sp.Eq(z, x + k), "load with an unknown whole offset k"),
              Premise("fdef", sp.Eq(f, x * (3 + z - sp.Rational(1, 2))), "response"),
              Premise("cond", sp.Eq(z, sp.Rational(1, 2)), "set point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

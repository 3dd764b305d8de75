"""Class 4 (review 23, premises and domains): an equation premise in the searched variable alone that holds on an interval (θ(y − ½) = 1) is read neither by the region nor by the chain.

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), premises C = 0 and the threshold θ(y − ½) = 1 (Heaviside; SymPy's θ(0) = ½), which
the form rests on (f's definition carries θ(y − ½) − 1, substituted first): it means y > ½, so y ≠ ¼ and C = 0 pins
x = ½. The region drops "an equation in the search's own variables" (left to the matching, which only weighs the
equations containing x), and `_determines` does not count it as fixing y; so y = ¼ holds C = 0 while x moves and
d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. The same with floor(2y) = 1 (y ∈ [½, 1)). Counterexample: x = ½,
y = 0.8: true slope 3 + ½(y − ¼) = 3.275. Sound: every other equation of the context, in the search's own variables
too, must hold at a point the search counts (evaluate it there), or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r23.pin_step_equation_own_variable", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + sp.Heaviside(y - sp.Rational(1, 2)) - 1), "response (with a zero term)"),
              Premise("band", sp.Eq(sp.Heaviside(y - sp.Rational(1, 2)), 1), "above threshold"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="band", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.5"}, {"y": "0.9", "z": "0.5"},
                                                      {"y": "0.95", "z": "0.3"})),
)]

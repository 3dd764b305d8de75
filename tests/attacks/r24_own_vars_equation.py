"""Class 4 (review 24, premises and domains): another equation of the context written only in the condition's own search variables is skipped by the region.

C = (x − ½)(y − z), x, y, z ∈ (0, 1), premises C = 0 and gap: y − z = 1/10 (the form rests on both: the gap removes a
zero term of f). Together they give (x − ½)/10 = 0, so x = ½ is pinned. `_search_region.admits` skips a "solvable"
entry whose variables are all variables of the search and number two or more ("an equation among the search's own
variables is the matching's to weigh"); but the matching only weighs equations that contain x, and gap does not. So
the search finds y = z holding C = 0 while x moves, although gap forbids y = z everywhere; the chain and linear
tests do not fire (gap has two unknowns, C is not linear), and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3.
Counterexample: y = 0.8, z = 0.7, x = ½ (every premise holds): f(x) = x(3 + (x − ½)/10), true slope 3 + (2x − ½)/10 =
3.05. Sound: an equation of the context among the search's own variables must be read at the point (it must
vanish there, or be solvable along the variables it leaves free), or the step refused.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r24.own_vars_equation", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - z)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + y - z - sp.Rational(1, 10)), "response (with a zero term)"),
              Premise("gap", sp.Eq(y - z, sp.Rational(1, 10)), "a fixed gap"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="gap", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.7"}, {"y": "0.9", "z": "0.8"},
                                                      {"y": "0.5", "z": "0.4"})),
)]

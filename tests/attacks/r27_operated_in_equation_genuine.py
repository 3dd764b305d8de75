"""Class 4 (review 27, premises and domains): a standing equation tying the holder to the kept variable is dropped from the holders' region because it also mentions the operated variable.

Variant of r27_operated_in_equation with a tuning that really depends on x: 48y² = 5z + x/100. C = (x − ½)(y − ¼),
x, y, z ∈ (0, 1), f = x(3 + C) + z (the form keeps z), premises tune and C = 0; Substitute, then d/dx f = 3 is
proved: `context_inequalities` drops every standing equation with x among its symbols (meant for a value of x
stated for later), so y "holds" C = 0 at ¼. But y = ¼ needs 3 = 5z + x/100, i.e. z ∈ (0.598, 0.6) — for any other
value of the kept z, tune keeps y away from ¼ for every x ∈ (0, 1), and C = 0 pins x = ½. Counterexample:
z = 0.9, x = ½, y = √(4.505/48) ≈ 0.3064 satisfy every premise; the true slope of f in x is
3 + ½(y − ¼) ≈ 3.028, not 3. Sound: read such an equation with the operated variable free to take any of its
values (y = ¼ is then admitted only for z near 3/5, refused at z = 0.9), not drop it.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
DERIVATIONS = [Derivation(
    id="attack.r27.operated_in_equation_genuine", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - quarter)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("tune", sp.Eq(48 * y**2, 5 * z + x / 100), "tuning set by z"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.6"}, {"y": "0.9", "z": "0.1"},
                                                      {"y": "0.5", "z": "0.9"})),
)]

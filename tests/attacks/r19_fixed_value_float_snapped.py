"""Class 4 (review 19, premises and domains): a value fixed by a premise with a Float, z = 0.33333333333333332, is snapped by nsimplify to 1/3 before it is put into the other conditions, where y can then hold one that, at the real z, pins x.

`derivations._fixed_values._one_root` returns `sympy.nsimplify(-b / a)` when a coefficient is a Float: the premise
z = 0.33333333333333332 fixes z at exactly 1/3 for the holders' search (`at_fixed_values`). The condition
C = (x − ½)(y − ½ − 10²⁰(3z − 1)) = 0, x, y, z in (0, 1), is then (x − ½)(y − ½), held by y = ½ while x moves, and
f = x(3 + C) + z, which is 3x + z on the condition, gives df/dx = 3: proved. At the value the premise states,
3z − 1 = −2.6·10⁻¹⁷ and 10²⁰(3z − 1) ≈ −2602, so y would have to be ≈ 2602.6, outside (0, 1): C = 0 pins x = ½
(control: the same file with z = Rational(33333333333333332, 10¹⁷), the same number exactly, is refused: "pin x").
Counterexample: at x = ½ (the premises' only x), ∂f/∂x with y, z fixed is 3 + (y − ½ + 2602)/2 ≈ 1304 at y = ½,
not 3. Sound: a fixed value is the premise's own number (Float → its exact rational, `sympy.Rational(float)` or
the Float itself), never a guessed simpler one; refuse, exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
Z = sp.Float("0.33333333333333332", 17)
DERIVATIONS = [Derivation(
    id="attack.r19.fixed_value_float_snapped", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("x",),
    premises=(Premise("gear", sp.Eq(z, Z), "gear setting, as measured"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 2) - 10**20 * (3 * z - 1))),
                      "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Substitute(using="gear", expect=sp.Eq(f, 3 * x + Z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

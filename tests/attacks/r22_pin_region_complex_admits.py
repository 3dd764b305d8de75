"""Class 4 (review 22, premises and domains): a region relation that is not real at the excluded branch admits it.

C = (x − ½)(y − ¼), x, y ∈ (0, 1), premises C = 0 and the standing regime √(2(y − ½)) > 0 (a real, positive
momentum: y > ½). On the premises' set y ≠ ¼, so C = 0 pins x = ½. The holders' search tests the region at its
zero-set points, but a relation whose value there is complex (√(2(−¼)) = i/√2) "admits" the point (admits():
an mpc value is skipped, as if the relation held). y = ¼ then holds C = 0 while x moves and d/dx goes through:
f = x(3 + C) = 3x, df/dx = 3. Counterexample: x = ½, y = 0.75: true slope 3 + C + x(y − ¼) = 3.25. Sound: a
real premise that is not a real number at a point excludes that point (as premise_inequalities.Region.admits does).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r22.pin_region_complex_admits", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("real_momentum", sp.sqrt(2 * (y - sp.Rational(1, 2))) > 0, "classically allowed"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.75"}, {"y": "0.8"}, {"y": "0.9"})),
)]

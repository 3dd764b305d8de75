"""Class 4 (review 26, premises and domains): the region is read at a root narrowed to 60 digits, so a bound 10⁻⁷⁰ beside the root admits it (review 25's 10⁻³⁰ hole, moved 40 digits down).

C = (x − ½)(y − ⅓), x, y ∈ (0, 1), standing premise regime: y > ⅓ + 10⁻⁷⁰, cond: C = 0. regime excludes y = ⅓, so
C = 0 pins x = ½. `_crossing.refined_root` narrows the 15-digit root of y − ⅓ by bisection in exact rationals until
the bracket is 10⁻⁶⁰ of |y| wide and returns its midpoint, which here lies about 10⁻⁶¹ above ⅓; `admits(point, 60)`
reads y − ⅓ − 10⁻⁷⁰ > 0 there and admits it: y "holds" C = 0 and d/dx f = 3 is proved. The mirrored premise
y < ⅓ − 10⁻⁷⁰ is refused: the verdict still depends on which side of the exact root the approximation lands,
only at 60 digits instead of 15. Counterexample: y = 0.5, x = ½ (every premise holds): the true slope of
f = x(3 + (x − ½)(y − ⅓)) is 3 + ½(0.5 − ⅓) ≈ 3.083, not 3. Sound: a strict inequality must hold on the root's whole
enclosing ball (here the ball [lo, hi] around ⅓ is not inside y > ⅓ + 10⁻⁷⁰), else the point is not admitted.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, third = sp.Rational(1, 2), sp.Rational(1, 3)
DERIVATIONS = [Derivation(
    id="attack.r26.region_inequality_70_digits", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - third)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("regime", y > third + sp.Rational(1, 10**70), "regime"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.5"}, {"y": "0.6"}, {"y": "0.4"})),
)]

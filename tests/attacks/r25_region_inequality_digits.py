"""Class 4 (review 25, premises and domains): an inequality premise is tested at the holder point as found at 15 digits, so a bound 10⁻³⁰ from the root admits it.

C = (x − ½)(y − ⅓), x, y ∈ (0, 1), standing premise regime: y < ⅓ − 10⁻³⁰, cond: C = 0. regime excludes y = ⅓, so
C = 0 pins x = ½. The holders' search brackets the root of y − ⅓ at 15 digits and returns y = 0.33333333333333331
(a binary value about 2·10⁻¹⁷ below ⅓); the region (`_search_region.admits`) evaluates y − (⅓ − 10⁻³⁰) at that
point, finds it negative, and admits it: y "holds" C = 0 and d/dx f = 3 is proved. With the premise mirrored
(y > ⅓ + 10⁻³⁰) the same search refuses, since the float root happens to lie below ⅓: the verdict depends on which
side of the exact root the 15-digit value lands. Counterexample: y = 0.2, x = ½ (every premise holds): the true slope
of f = x(3 + (x − ½)(y − ⅓)) is 3 + ½(0.2 − ⅓) ≈ 2.933, not 3. Sound: a relation must be judged at the root itself
(solved exactly, or enclosed: the root's ball must lie inside the region), not at one float end of its bracket.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, third = sp.Rational(1, 2), sp.Rational(1, 3)
DERIVATIONS = [Derivation(
    id="attack.r25.region_inequality_digits", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - third)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("regime", y < third - sp.Rational(1, 10**30), "regime"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.3"}, {"y": "0.2"}, {"y": "0.1"})),
)]

"""Class 4 (review 25, premises and domains): an equation of the context in the search's one variable is taken to hold at a point where it is 10⁻¹² off (the region's 10⁻⁹ tolerance).

x, y ∈ (0, 1); tune: e^{4y} = e(1 + 10⁻¹²), C = 10¹²(x − ½)(y − ¼), cond: C = 0; the form rests on tune (a zero term of
f). tune fixes y = ¼ + ln(1 + 10⁻¹²)/4 ≈ ¼ + 2.5·10⁻¹³ ≠ ¼ (fixed_values does not solve an exponential), so
C = 10¹²(x − ½)·2.5·10⁻¹³ = 0 pins x = ½. The holders' search finds y = ¼ holding C = 0 while x moves, and the region
(`_search_region._solvable`, an equation with no other variable) admits the point because |e^{1} − e(1 + 10⁻¹²)| ≈
2.7·10⁻¹² ≤ 10⁻⁹: d/dx f = 3 is proved. With the offset 10⁻⁶ instead the same file is refused, so the tolerance is
the mechanism. Counterexample: y = ¼ + ln(1 + 10⁻¹²)/4, x = ½ (every premise holds): the true slope of
f = x(3 + C) is 3 + ½·10¹²(y − ¼) ≈ 3.125, not 3. Sound: an equation must be shown to vanish at the point exactly
(symbolically or by a ball containing 0 at a precision that would separate it), or the point is not admitted.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
target = sp.E * (1 + sp.Rational(1, 10**12))
DERIVATIONS = [Derivation(
    id="attack.r25.region_equation_near_zero", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, 10**12 * (x - half) * (y - quarter)), "imbalance (in units of 10^-12)"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + sp.exp(4 * y) - target), "response (with a zero term)"),
              Premise("tune", sp.Eq(sp.exp(4 * y), target), "a tuning a part in 10^12 off e"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="tune", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.25"}, {"y": "0.3"}, {"y": "0.2"})),
)]

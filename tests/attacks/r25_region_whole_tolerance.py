"""Class 4 (review 25, premises and domains): a name declared integer counts as whole within 10⁻⁶, so a point 4·10⁻⁷ off a whole value holds the condition.

n is declared integer and defined n = 2y, y ∈ (0, 2) (so n ∈ {1, 2, 3}); C = 10⁷(x − ½)(n − 1 − 4·10⁻⁷), cond: C = 0.
No whole n makes the second factor vanish, so C = 0 pins x = ½. The search finds y = ½ + 2·10⁻⁷ (n = 1 + 4·10⁻⁷)
holding C = 0 while x moves, and the region's "whole" test (`_search_region._holds`: |v − nint(v)| ≤ 10⁻⁶, absolute)
admits it: d/dx f = 3 is proved. With the offset 4·10⁻⁵ the same file is refused (review 22's fix), so the tolerance
is the mechanism (the same family as r25_region_equation_near_zero.py). Counterexample: y = ½ (n = 1), x = ½, every
premise holding: the true slope of f = x(3 + C) is 3 + ½·10⁷·(−4·10⁻⁷) = 1, not 3. Sound: wholeness of a defined
integer at a holder point must be exact (the point solved on the whole values, e.g. search y on {k/2}), not a
tolerance on a 15-digit root.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 2))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
n = sp.Symbol("n", integer=True)
DERIVATIONS = [Derivation(
    id="attack.r25.region_whole_tolerance", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(n,),
    premises=(Premise("ndef", sp.Eq(n, 2 * y), "count"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (n - 1 - sp.Rational(4, 10**7)) * 10**7), "imbalance (in units of 10^-7)"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "1"}, {"y": "0.5"}, {"y": "1.5"})),
)]

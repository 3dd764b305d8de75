"""Class 1 (review 25, calculus where a form holds at a point): a sign change across a pole hidden below 15 digits is taken for a root; the ball check at the bracket's ends confirms it.

K = (y − 3/10) + 10⁻⁴⁰/(y − 3/10 − π·10⁻³⁰) (a detuning with a tiny level repulsion), C = (x − ½)K, cond: C = 0,
x, y ∈ (0, 1). With t = y − 3/10, K = 0 needs t² − δt + 10⁻⁴⁰ = 0 (δ = π·10⁻³⁰), whose discriminant δ² − 4·10⁻⁴⁰ < 0:
K never vanishes, it changes sign only across its pole, so C = 0 pins x = ½. At 15 digits the pole's term is below
resolution everywhere the search looks: the bisection brackets the pole as a root with |g| ~ 10⁻¹⁶ ("settled"), and
`crossing_stands` checks only the signs at the bracket's ends in arb, which are opposite. y "holds" C = 0 and d/dx
f = 3 is proved (same mechanism as r25_crossing_across_step.py, with a pole instead of a jump; the shift π·10⁻³⁰ only
keeps the 15-digit bisection from landing on the pole exactly). Counterexample: at y = 0.6, x = ½ the true slope of
f = x(3 + (x − ½)K) is 3 + ½K(0.6) ≈ 3.15. Sound: enclose the condition over the whole bracket (a ball containing the
pole is infinite: no root certified), or require a certified one-signed derivative across it.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C, K = sp.Symbol("f"), sp.Symbol("C"), sp.Symbol("K")
half, y0 = sp.Rational(1, 2), sp.Rational(3, 10)
DERIVATIONS = [Derivation(
    id="attack.r25.crossing_across_pole", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Kdef", sp.Eq(K, (y - y0) + sp.Rational(1, 10**40) / (y - y0 - sp.pi / 10**30)), "a detuning with a tiny level repulsion"),
              Premise("Cdef", sp.Eq(C, (x - half) * K), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.6"}, {"y": "0.8"})),
)]

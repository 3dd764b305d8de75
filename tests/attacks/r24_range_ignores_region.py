"""Class 1 (review 24, calculus where a form holds at a point): the check along an integral's range ignores the inequality premises.

Review 15's attack with the holder's reach cut by a premise instead of the domain: z = x + y, x, y ∈ (0, 20),
condition z = 10, and the standing premise y < 5; so y = 10 − x keeps the condition only for x ∈ (5, 10). The
holders' search at the step's point reads the region (y = 2.5, x = 7.5 is admitted, y follows), but
`along_range.unheld_along` looks for a root of y along y's whole domain (0, 20), never testing y < 5: at x = 1 … 5
it finds y = 9 … 5 and calls the condition held. So ∫₁⁵ f dx = 40 (f = 10 on the condition) is proved. For x ∈ (1, 5)
no y satisfies the premises; the function f = x + y integrates to 12 + 4y there (y = 1: 16, not 40). The same file
with Limit(x → 0⁺) of f = x + (z − 10)/x ("= x" on the condition: lim = 0 proved, true −∞ for every y < 5) also exits 0
(r24_range_ignores_region_limit.py). Sound: the points along the range must be held where the step's region holds
(inequality premises, declared signs, the other equations), as at the step's point, or refused.
"""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 20)); y_ = Param("y", Real(0, 20))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r24.range_ignores_region", title="accumulated total", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("small", y < 5, "the correction stays below 5"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           Integrate(x, 1, 5, expect=sp.Eq(sp.Integral(f, (x, 1, 5)), 40))),
    route=Agreement("value", lambda y: 40, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

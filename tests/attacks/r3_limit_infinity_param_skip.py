"""Class 3 (review 3, SymPy trusted). A limit at ∞ that is wrong on half of the parameter's domain, certified at the other half.

f = x^a − x, a ∈ (0, 2). SymPy 1.14 says lim_{x→∞} f = −∞ for every a > 0; it is +∞ for
a > 1 (and 0 at a = 1). verify/certify_limits.py:_ladder refutes a limit only at a form without
parameters ("settled ... and not point"); at a parameter point where the residue does not
decay it returns False, and agree_at_points simply moves on to the next of its 12 points until
3 agree. Points with a < 1 agree, so −∞ is certified for all a ∈ (0, 2). A second, unrelated chain gives the derivation a finite result for its route. A sound kernel fails
(a point where the claim is refuted) or says inconclusive (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_infinity_param_skip", title="net growth of a power-law process", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, x**a - x), "growth x^a against the linear loss x"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route (the limit is infinite)")),
    steps=(Limit(x, sp.oo, expect=-sp.oo),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.5"}, {"a": "1.3"}, {"a": "1.7"})),
)]

"""Class D (review 5, a calculus step certified at sampled parameter points, specialised where it is false): lim_{y→∞} y/(y + b y²) = 0 for b ∈ [0, 1), then b = 0.

For b > 0 the limit is 0; at b = 0 the leading coefficient of the denominator vanishes and
y/y tends to 1. A sound kernel certifies the limit also at b = 0: failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

y_ = Param("y", Real(1, None))
b_ = Param("b", Real(0, 1, lo_open=False))
y, b = y_.symbol, b_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_limit_infinity_param_point", title="a saturating share", source="attack",
    symbols=(y_, b_), parameters=(),
    premises=(Premise("def", sp.Eq(f, y / (y + b * y**2)), "the share"),),
    steps=(Limit(y, sp.oo, expect=0),
           Substitute(mapping={b: 0}, expect=0)),
    route=Agreement("zero", lambda: 0, points=({},)),
)]

"""Control (review 5). Must pass. lim_{y→∞} (b y + 1)/(y + 1) = b for b ∈ [0, 1): right also at b = 0, where the numerator's leading coefficient vanishes (1/(y + 1) → 0)."""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

y_ = Param("y", Real(1, None))
b_ = Param("b", Real(0, 1, lo_open=False))
y, b = y_.symbol, b_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_limit_infinity_param_point_ok", title="a saturating share", source="control",
    symbols=(y_, b_), parameters=(),
    premises=(Premise("def", sp.Eq(f, (b * y + 1) / (y + 1)), "the share"),),
    steps=(Limit(y, sp.oo, expect=b),
           Substitute(mapping={b: 0}, expect=0)),
    route=Agreement("zero", lambda: 0, points=({},)),
)]

"""Class 1 (review 17, calculus where a form holds at a point): a limit x → 0⁺ where the condition can hold at the three offsets 10⁻², 10⁻⁴, 10⁻⁸ but nowhere below 10⁻¹².

z = y + 10⁻¹²/x with x, y in (0, 1); condition z = 1, which y = 1 − 10⁻¹²/x keeps only for x > 10⁻¹². f = x + (z − 1)
is x on the condition, and lim_{x→0⁺} f = 0 is proved. Review 16 holds a limit at a finite point to the condition at
point ± 10⁻², 10⁻⁴, 10⁻⁸ of a scale (along_range._NEAR): all three are above 10⁻¹², where y holds. A limit at 0⁺ is
about every punctured neighbourhood of 0, and on (0, 10⁻¹²] no y in (0, 1) satisfies the premises: the form f = x
holds on no neighbourhood of the limit point. For every y in the domain, f = x + y + 10⁻¹²/x − 1 → +∞ as x → 0⁺,
not 0. Sound: the condition must be shown holdable on a whole one-sided neighbourhood of the point (symbolically,
or by an enclosure of where the holder's root leaves its domain), not at three offsets; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r17.limit_point_below_near_offsets", title="response at small size", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, y + sp.Integer(10)**-12 / x), "total with a small-size correction"),
              Premise("fdef", sp.Eq(f, x + (z - 1)), "response"),
              Premise("cond", sp.Eq(z, 1), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, x)),
           Limit(x, 0, direction="+", expect=sp.Eq(sp.Limit(f, x, 0, dir="+"), 0))),
    route=Agreement("value", lambda y: 0, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

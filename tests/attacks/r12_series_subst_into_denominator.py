"""Class 3 (review 12, truncated series): a truncated value substituted into the denominator of an exact form, then a limit at the centre.
g = e^x ≃ 1 + x + O(x²) about 0 (named "ser"). The exact premise q = 1/(g − 1) then takes the truncated value
of g: q ≃ 1/x, whose dropped terms are O(1) (1/(e^x − 1) = 1/x − 1/2 + O(x)), not O(x²). Subtracting 1/x gives
q − 1/x ≃ 0 and the limit x → 0⁺ says 0, where it is −1/2. The order shift counts only MultiplyBoth/DivideBoth
and the nonlinear *Both rules, not a substitution of a truncated value into a nonlinear place.
Sound: refuse (the substitution, whose result the limit needs the order of; exit != 0)."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, Param, Positive, Premise, SeriesExpand, Substitute

x_ = Param("x", Positive())
x = x_.symbol
g, q = sp.Symbol("g"), sp.Symbol("q")
DERIVATIONS = [Derivation(
    id="attack.r12.series_subst_into_denominator", title="Bernoulli offset by substitution", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("gdef", sp.Eq(g, sp.exp(x)), "growth"),
              Premise("qdef", sp.Eq(q, 1 / (g - 1)), "reciprocal excess")),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x, on="gdef", name="ser"),
           Substitute(using="ser", on="qdef", expect=sp.Eq(q, 1 / x)),
           AddBoth(term=-1 / x, expect=sp.Eq(q - 1 / x, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(q - 1 / x, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]

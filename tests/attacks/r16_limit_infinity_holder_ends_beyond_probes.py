"""Class 1 (review 16, calculus where a form holds at a point): a limit x -> ∞ through a holder that keeps the condition only up to x = 10¹⁰.
z = y + log₁₀(x)/10, x > 1, y in (0, 1); condition z = 1. y = 1 - log₁₀(x)/10 lies in (0, 1) only for x < 10¹⁰, so the
premises bound x. f = x(z - 1) + 5 is 5 on the condition and lim_{x→∞} f = 5 is proved. off_its_range asks for a
holder at x = 10², 10⁴, 10⁸ only, all below 10¹⁰. Beyond 10¹⁰ no y satisfies the premises; the function
f = x(y + log₁₀(x)/10 - 1) + 5 tends to +∞ for every y in (0, 1). Sound: refuse the limit (the condition leaves no
neighbourhood of ∞), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(1, None)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.limit_infinity_holder_ends_beyond_probes", title="response at large size", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, y + sp.log(x, 10) / 10), "total"),
              Premise("fdef", sp.Eq(f, x * (z - 1) + 5), "response"),
              Premise("cond", sp.Eq(z, 1), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 5)),
           Limit(x, sp.oo, expect=sp.Eq(sp.Limit(f, x, sp.oo), 5))),
    route=Agreement("value", lambda y: 5, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

"""Control (review 14). Must pass. a condition held by a variable that moves it only on part of its domain. z = e^x + min(y, 1) with
y in (0, 10), x in (−1, 1), condition z = 2: for y < 1, e^x = 2 − y ties x ∈ (0, ln 2) to y, so x moves on an open set
(y follows). f = x z = 2x on the condition and df/dx = 2. Must be proved, exit 0 (the probes of y's slope all lie
at y > 1, where min(y, 1) is flat)."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(-1, 1)); y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r14.pin_saturating_tie_ok", title="response with a saturating offset", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + sp.Min(y, 1)), "gain with a saturating offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 2), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 2 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2))),
    route=Agreement("value", lambda y: 2, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

"""Control (review 3). Must pass. The limit of r3_lambertw_branch_limit.py off W's branch cut: lim_{x→0⁻} W(1 + ix)·W(1 − ix) = W(1)².

1 lies off the cut (−∞, −1/e] of the principal branch, so the product is continuous at 0 and
SymPy's value is right. Must pass (exit 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
x = x_.symbol
g, h = sp.Symbol("g"), sp.Symbol("h")
W = sp.LambertW

DERIVATIONS = [Derivation(
    id="attack.r3.lambertw_branch_limit_ok", title="modulus of a Lambert amplitude off the cut", source="review3",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(g, W(1 + sp.I * x) * W(1 - sp.I * x)), "the squared modulus of W(1 + ix)"),
              Premise("other", sp.Eq(h, x**2), "an unrelated square, for the route")),
    steps=(Limit(x, 0, "-", expect=W(1)**2),
           Differentiate(x, on="other", expect=2 * x)),
    route=Agreement("by hand", lambda x: 2 * x, points=({"x": "0.5"}, {"x": "-0.5"}, {"x": "0.25"})),
)]

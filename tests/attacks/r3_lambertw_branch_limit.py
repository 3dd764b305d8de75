"""Class 3 (review 3, SymPy trusted). A one-sided limit across LambertW's branch cut, "proved by continuity".

g(x) = W(−1 + ix)·W(−1 − ix) = |W(−1 + ix)|² is real for real x ≠ 0 and tends to
|W(−1)|² ≈ 1.8894 from both sides (−1 lies on W's branch cut (−∞, −1/e), and the two
factors are conjugates). SymPy 1.14 answers lim_{x→0⁻} g = W(−1)² ≈ −1.687 − 0.851i.
verify/certify_ops.py:_by_continuity accepts it: no Abs/sign/arg/re/im atom, no power whose
base vanishes, and g(0) = W(−1)² equals SymPy's value — continuity is assumed for every
function not on its short list, branch cuts included. A second, unrelated chain gives the
derivation a real result for its route. A sound kernel fails or says inconclusive (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
x = x_.symbol
g, h = sp.Symbol("g"), sp.Symbol("h")
W = sp.LambertW

DERIVATIONS = [Derivation(
    id="attack.r3.lambertw_branch_limit", title="modulus of a Lambert amplitude near the cut", source="review3",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(g, W(-1 + sp.I * x) * W(-1 - sp.I * x)), "the squared modulus of W(−1 + ix)"),
              Premise("other", sp.Eq(h, x**2), "an unrelated square, for the route")),
    steps=(Limit(x, 0, "-", expect=W(-1)**2),
           Differentiate(x, on="other", expect=2 * x)),
    route=Agreement("by hand", lambda x: 2 * x, points=({"x": "0.5"}, {"x": "-0.5"}, {"x": "0.25"})),
)]

"""Class 3 (review 19, SymPy trusted): a "polynomial" integral over finite ends whose constant coefficient is an unevaluated limit (or integral) is taken by a deep doit(), which evaluates the inner operator with SymPy's wrong value.

Review 18 made every Limit/Integral/Subs/Derivative in a Rewrite an opaque symbol, except an integral of a
polynomial over finite ends (`verify/symbolic.py: _opaque_operators`, `_polynomial_integral`), which is replaced by
`a.doit()`. The test only asks that the integrand be a polynomial in the integration variable: a coefficient free of
it may be anything, including an unevaluated operator, and `doit()` is deep. Here F = a + ∫₀¹ 2u·L du with
L = lim_{x→0⁻} 2^{−1/x} (review 18's own example: SymPy says 0, the true value is +∞); the Rewrite to F = a is
"proved (symbolic: identical)". Truth: 2^{−1/x} → +∞ as x → 0⁻, so F = a + ∞ is no finite a (a = 3: F = +∞, not 3).
The second derivation nests review 18's other example, ∫₀^{2π} dx/(√2 + cos x) (SymPy: 0, true: 2π), inside
∫₀¹ 2u·(…) du: F = a is proved though F = a + 2π (a = 3: 9.283…, not 3). Sound: the polynomial exception must
require the integrand to be a polynomial with coefficients free of operators (no Limit, Integral, Subs,
Derivative, Sum, transform anywhere in it), or evaluate it with `deep=False` after making the inner operators
opaque; refuse (inconclusive or failed), exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

a_ = Param("a", Positive()); a = a_.symbol
x, u = sp.Symbol("x"), sp.Symbol("u")
F = sp.Symbol("F")
LEFT = sp.Limit(2**(-1 / x), x, 0, "-")
POLE_FREE = sp.Integral(1 / (sp.sqrt(2) + sp.cos(x)), (x, 0, 2 * sp.pi))
DERIVATIONS = [
    Derivation(
        id="attack.r19.polynomial_integral_deep_doit", title="offset plus a weighted left limit", source="attack",
        symbols=(a_,), parameters=("a",),
        premises=(Premise("Fdef", sp.Eq(F, a + sp.Integral(2 * u * LEFT, (u, 0, 1))), "offset plus weighted limit"),),
        steps=(Rewrite(expect=sp.Eq(F, a)),),
        route=Agreement("value", lambda a: a, points=({"a": 3}, {"a": 4}, {"a": 5})),
    ),
    Derivation(
        id="attack.r19.polynomial_integral_deep_doit.nested", title="offset plus a weighted period integral",
        source="attack", symbols=(a_,), parameters=("a",),
        premises=(Premise("Fdef", sp.Eq(F, a + sp.Integral(2 * u * POLE_FREE, (u, 0, 1))), "offset plus weighted integral"),),
        steps=(Rewrite(expect=sp.Eq(F, a)),),
        route=Agreement("value", lambda a: a, points=({"a": 3}, {"a": 4}, {"a": 5})),
    ),
]

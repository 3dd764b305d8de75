"""Class 3 (review 18, SymPy trusted): an unevaluated definite Integral inside a definition, "rewritten" away: Rewrite's simplify evaluates SymPy's wrong ∫₀^{2π} dx/(√2 + cos x) = 0.

README: "SymPy's 0 for ∫₀^{2π} dx/(√2 + cos x) fails with 2π" — for the `Integrate` rule, whose answer is
enclosed by arb quadrature. The same integral written inside a premise's definition and removed by `Rewrite`
is proved "symbolic (as lhs − rhs): simplify": the equivalence tactic evaluates the Integral with SymPy and
gets 0; no certificate is asked. Truth: the integrand is positive, the integral is 2π/√(2 − 1) = 2π, so
F = a + 2π. Counterexample: a = 3, F = 9.283…, written F = 3. Sound: Rewrite's tactics must not evaluate an
Integral (keep it opaque, or certify the value as `Integrate` does); exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

a_ = Param("a", Positive()); a = a_.symbol
x = sp.Symbol("x")
F = sp.Symbol("F")
DERIVATIONS = [Derivation(
    id="attack.r18.rewrite_trusts_integral_doit", title="offset plus a period integral", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("Fdef", sp.Eq(F, a + sp.Integral(1 / (sp.sqrt(2) + sp.cos(x)), (x, 0, 2 * sp.pi))),
                      "offset plus the period integral"),),
    steps=(Rewrite(expect=sp.Eq(F, a)),),
    route=Agreement("value", lambda a: a, points=({"a": 3}, {"a": 4}, {"a": 5})),
)]

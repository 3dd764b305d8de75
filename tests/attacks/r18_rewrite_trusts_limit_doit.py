"""Class 3 (review 18, SymPy trusted): an unevaluated one-sided Limit inside a definition, "rewritten" away: Rewrite's simplify evaluates SymPy's wrong lim_{x→0⁻} 2^{−1/x} = 0.

The `Limit` rule certifies SymPy's limit (continuity allow-list or probing from the stated side; README cites
exactly this limit as failed). But a form that merely *contains* `Limit(2**(-1/x), x, 0, '-')` and is then
`Rewrite`n is proved "symbolic: identical, simplify": the equivalence tactics call SymPy's evaluation of the
limit, which returns 0. Truth: for x → 0⁻, −1/x → +∞, so 2^{−1/x} → +∞; F = a + ∞ is no finite a.
Counterexample: a = 3, F = +∞, written F = 3. Sound: an equivalence tactic never evaluates a Limit (or an
Integral, a transform) it has not certified; keep it opaque, or route it through the Limit certificate;
exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

a_ = Param("a", Positive()); a = a_.symbol
x = sp.Symbol("x")
F = sp.Symbol("F")
DERIVATIONS = [Derivation(
    id="attack.r18.rewrite_trusts_limit_doit", title="offset plus a left limit", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("Fdef", sp.Eq(F, a + sp.Limit(2**(-1 / x), x, 0, '-')), "offset plus the left limit"),),
    steps=(Rewrite(expect=sp.Eq(F, a)),),
    route=Agreement("value", lambda a: a, points=({"a": 3}, {"a": 4}, {"a": 5})),
)]

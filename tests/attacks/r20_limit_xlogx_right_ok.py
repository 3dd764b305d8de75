"""Control (review 20). Must pass.

The entropy term vanishes at an empty state: p log p → 0 as p → 0⁺ (so 0 log 0 = 0 in Shannon's entropy), and
likewise p^a log p → 0 for every a > 0.

Refused (exit 1, step 1 Limit FAILED): "approaching the point the expression tends to −57.56, not 0", counterexample
a = 92993/2500000000000 (≈ 3.7·10⁻⁸), p = 10⁻²⁵. There p^a ≈ 1 and log p = −57.6; p^a log p turns towards 0 only
below p = e^{−1/a} ≈ e^{−2.7·10⁷}, far beyond the probes. Guess: verify/certify_ops.py (agree_at_points' probe,
around line 332) calls a residue that does not halve between the two closest probes a refutation; with a parameter
drawn near its open end 0 the convergence is merely non-uniform, so this should at most be inconclusive (the
limit at ∞ already treats a stalling residue as inconclusive).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, UnitInterval

p_ = Param("p", UnitInterval()); a_ = Param("a", Positive())
p, a = (q.symbol for q in (p_, a_))
h = sp.Symbol("h")

DERIVATIONS = [Derivation(
    id="attack.r20.limit_xlogx_right_ok", title="p^a log p at an empty state", source="control",
    symbols=(p_, a_), parameters=("a",),
    premises=(Premise("term", sp.Eq(h, p**a * sp.log(p)), "a weighted surprisal"),),
    steps=(Limit(p, 0, "+", expect=sp.Eq(sp.Limit(h, p, 0, "+"), 0)),),
    route=Agreement("the limit's value", lambda a: mpmath.mpf(0), points=({"a": 1}, {"a": "0.5"}, {"a": 3})),
)]

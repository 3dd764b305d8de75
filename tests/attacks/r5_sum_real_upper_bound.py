"""Class A (review 5, a sum's bounds not an integer apart: real upper bound, Karr's extension).

A sum whose upper bound is a real, non-integer parameter: Σ_{k=1}^{a} 1 = a for a ∈ (1, 5).

A sum over k = 1, …, a counts ⌊a⌋ terms; "= a" holds only at integer a (SymPy extends by the
Karr convention). At a = 5/2 the form says 2 terms make 5/2. A sound kernel: refuses a sum with
a non-integer bound (or fails), exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(1, 5))
a = a_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_real_upper_bound", title="counting terms", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(1, (k, 1, a))), "the number of terms"),),
    steps=(Rewrite(expect=a),),
    route=Agreement("the count", lambda a: a, points=({"a": 2}, {"a": 3}, {"a": 4})),
)]

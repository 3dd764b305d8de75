"""Class 3 (review 18, SymPy trusted): d|x|/dx at 0 written inside a definition (Subs of a Derivative) and "rewritten" to 0 by SymPy's evaluation.

`Differentiate` takes |u| only with u ≠ 0 as an obligation (the smoothness allow-list). A form that merely
contains `Subs(Derivative(Abs(x), x), x, 0)` is handed to `Rewrite`'s tactics, which evaluate it with SymPy:
d|x|/dx = sign(x) for real x, and sign(0) = 0, so F = a + 0 = a is "proved". But |x| has no derivative at 0
(the one-sided slopes are −1 and +1): F is undefined, not a. Sound: equivalence tactics must not evaluate a
Derivative (or Subs of one) outside the smoothness allow-list's conditions; refuse or inconclusive; exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

a_ = Param("a", Positive()); a = a_.symbol
x = sp.Symbol("x", real=True)
F = sp.Symbol("F")
DERIVATIONS = [Derivation(
    id="attack.r18.rewrite_trusts_derivative_abs_at_zero", title="offset plus the slope of |x| at 0", source="attack",
    symbols=(a_,), parameters=("a",), names=(x,),
    premises=(Premise("Fdef", sp.Eq(F, a + sp.Subs(sp.Derivative(sp.Abs(x), x), x, 0)), "offset plus the slope"),),
    steps=(Rewrite(expect=sp.Eq(F, a)),),
    route=Agreement("value", lambda a: a, points=({"a": 3}, {"a": 4}, {"a": 5})),
)]

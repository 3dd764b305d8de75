"""Class 1 (review 19, calculus where a form holds at one point): a fresh name defined by a specialization (or by an earlier Rewrite) is not read through, so the condition's y becomes a primed witness and dA/dy = 0 is proved where y is pinned.

C = x + y − 10 with x, y in (0, 10); condition C = 0; f = 3x + C·y is 3x on the condition. Step 2 specializes x → 3
and writes the result with a FRESH name, A = 9 (the report says "defines A := Subs(f, x, 3)"). Step 3 differentiates in
y: dA/dy = 0 is proved. `derivations._fixed_values.specialized` reads the condition at x = 3 (3 + y = 10, which pins
y = 7) but decides which variables the specialized form contains through `depends`, which holds the premises' names
only: A is being defined by this very step, so the form "A = 9" seems to have no y, y is renamed into a witness y′,
and the condition pins y′ instead of y. Review 17 closed the same hole for a premise-defined name (f|_{x=3}); a name a
step defines is still opaque. Counterexample: A(y) = f(3, y) = 9 + (y − 7)·y, and at y = 7 (the premises' only
point at x = 3) dA/dy = 2·7 − 7 = 7, not 0. The second derivation writes the name earlier, by a Rewrite
(A = 3x, "defines A := f"), then specializes Subs(A, x, 3) = 9 and differentiates in y: also proved, same error.
Sound: the names steps define (fresh left-hand sides, with what they were defined as) must join `depends` for the
witness test (and every other through-names test) exactly as premise definitions do; refuse, exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Rewrite, Substitute

x_ = Param("x", Real(0, 10)); y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f, C, A = sp.Symbol("f"), sp.Symbol("C"), sp.Symbol("A")
PREMISES = (Premise("Cdef", sp.Eq(C, x + y - 10), "imbalance"),
            Premise("fdef", sp.Eq(f, 3 * x + C * y), "response"),
            Premise("cond", sp.Eq(C, 0), "balanced"))
DERIVATIONS = [
    Derivation(
        id="attack.r19.spec_fresh_name_witness", title="response at a setting", source="attack",
        symbols=(x_, y_), parameters=("y",), premises=PREMISES,
        steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
               Substitute({x: 3}, expect=sp.Eq(A, 9)),
               Differentiate(y, expect=sp.Eq(sp.Derivative(A, y), 0))),
        route=Agreement("value", lambda y: 0, points=({"y": "5"}, {"y": "2"}, {"y": "7"})),
    ),
    Derivation(
        id="attack.r19.spec_fresh_name_witness.rewrite", title="response at a setting", source="attack",
        symbols=(x_, y_), parameters=("y",), premises=PREMISES,
        steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
               Rewrite(expect=sp.Eq(A, 3 * x)),
               Substitute({x: 3}, expect=sp.Eq(sp.Subs(A, x, 3), 9)),
               Differentiate(y, expect=sp.Eq(sp.Derivative(sp.Subs(A, x, 3), y), 0))),
        route=Agreement("value", lambda y: 0, points=({"y": "5"}, {"y": "2"}, {"y": "7"})),
    ),
]

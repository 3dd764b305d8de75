"""Class 4 (review 27, premises and domains): a function's definition read at another argument solves its tie on SymPy's principal branch, outside the declared domain of the tied variable.

E(N) = (x − ½)(y − h) with the angle h ∈ (2, 4) tied to N by tan h = N; the condition E(1) = 0 is read by
`derivations._definitions.body_at`, which solves the tie for h with `sympy.solve` and, getting one root
(atan N), substitutes it: E(1) is read (x − ½)(y − π/4), so y ∈ (0, 1) "holds" the condition at y = π/4 while x
moves, and d/dx f = 3 is proved for f = x(3 + E(1)) after substituting E(1) = 0. But the tie has infinitely many
roots (atan N + kπ) and the only one in h's declared domain (2, 4) at N = 1 is h = 5π/4 ≈ 3.93: E(1) is
(x − ½)(y − 5π/4), which y ∈ (0, 1) can never make vanish, so E(1) = 0 pins x = ½ (the old reading, with h as
written, pins x too). Counterexample: x = ½, y = 0.5, h = 5π/4, N = 1 satisfy every premise; the true slope of
f = x(3 + (x − ½)(y − 5π/4)) in x at x = ½ is 3 + ½(0.5 − 5π/4) ≈ 1.29, not 3. Sound: a root the solver returns
must be the tied variable's value on its domain (checked there, every root counted, periodic solutions
included), else the body is read as written.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); h_ = Param("h", Real(2, 4)); N_ = Param("N", Real(0, 10))
x, y, h, N = x_.symbol, y_.symbol, h_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r27.body_at_branch", title="response at the balanced angle", source="attack",
    symbols=(x_, y_, h_, N_), parameters=("y", "h", "N"),
    premises=(Premise("Edef", sp.Eq(E(N), (x - half) * (y - h)), "imbalance at winding N"),
              Premise("tie", sp.Eq(N, sp.tan(h)), "the winding sets the angle"),
              Premise("fdef", sp.Eq(f, x * (3 + E(1))), "response"),
              Premise("cond", sp.Eq(E(1), 0), "balanced at one winding")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, h, N: 3, points=({"y": "0.8", "h": "3", "N": "1"},
                                                        {"y": "0.2", "h": "2.5", "N": "2"},
                                                        {"y": "0.5", "h": "3.5", "N": "5"})),
)]

"""Class 4 (review 28, premises and domains): a function's definition read through a tie whose single SymPy root is shown inside the tied variable's domain, though the domain holds infinitely many other roots.

Review 27's `r27_body_at_branch.py` with h declared `Positive()` instead of (2, 4): E(N) = (x − ½)(y − h),
tie tan h = N, f = x(3 + E(1)), E(1) = 0, N ∈ (0, 10), x, y ∈ (0, 1). `body_at` solves the tie (SymPy: one root,
atan N), and `_shown_inside` shows atan N > 0 for positive N, so E(1) is read (x − ½)(y − π/4), y = π/4 holds it
while x moves, and d/dx f = 3 is proved. But h > 0 with tan h = 1 is any of π/4 + kπ, k ≥ 0: one root shown
inside the domain is not the only root there. Counterexample: h = 5π/4, N = 1, y = ½, x = ½ satisfy every premise
(tan 5π/4 = 1, h > 0); E(1) = (x − ½)(½ − 5π/4) = 0 pins x = ½, and the true slope of f in x there is
3 + ½(½ − 5π/4) ≈ 1.29, not 3. Sound: read the body through a tie only where the tie has exactly one solution in
the tied variable's domain (count SymPy's solution set intersected with the domain, e.g. `solveset` over the
interval, periodic families included), else as written.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); h_ = Param("h", Positive()); N_ = Param("N", Real(0, 10))
x, y, h, N = x_.symbol, y_.symbol, h_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r28.body_at_periodic", title="response at the balanced angle", source="attack",
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

"""Class 4 (review 33, premises and domains): a monotone tie SymPy cannot solve (N = h + atan h: NotImplementedError; or a cubic whose Cardano roots are not shown inside) makes body_at return None, and the definition is read at another argument as written.

Same shape as r33_tie_empty_solve.py: E(N) = (x - 1/2)(y - h), tie N = h + atan(h) (h > 0, derivative
1 + 1/(1 + h^2) > 0: one root for each N), f = x(3 + E(1)), E(1) = 0, x in (0, 1), y in (0, 2/5).
`sympy.solve` raises NotImplementedError ("multiple generators"), `body_at` returns None, and
`derivations._context` then reads E(1) as written, with h free: y (or h) holds E(1) = 0 while x moves, and
d/dx f = 3 is proved (exit 0). The same happens with the tie N = h^3 + h (three Cardano roots, none shown
inside h > 0: None again). Truth: at N = 1, h = 0.52027 (h + atan h = 1), outside y's range, so E(1) = 0 pins
x = 1/2, and the slope of f in x at x = 1/2, y = 0.2 is 3 + (0.2 - 0.52027)/2 = 2.8399, not 3. This is
review 28's fallback ("where the definition cannot be read through its ties, as written, where the tied
variable moves freely"), still open wherever the tie is not solved: a sound kernel must hold such a
condition by no variable (TIED_AT_SEVERAL) whenever a tie involving the body's variable and the argument
cannot be solved, not only when SymPy shows a root inside.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, sp.Rational(2, 5))); h_ = Param("h", Positive()); N_ = Param("N", Real(0, 10))
x, y, h, N = x_.symbol, y_.symbol, h_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r33.tie_unsolved", title="response at the balanced setting", source="attack",
    symbols=(x_, y_, h_, N_), parameters=("y", "h", "N"),
    premises=(Premise("Edef", sp.Eq(E(N), (x - half) * (y - h)), "imbalance at load N"),
              Premise("tie", sp.Eq(N, h + sp.atan(h)), "the load sets the angle"),
              Premise("fdef", sp.Eq(f, x * (3 + E(1))), "response"),
              Premise("cond", sp.Eq(E(1), 0), "balanced at unit load")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, h, N: 3, points=({"y": "0.1", "h": "0.5", "N": "1"},
                                                        {"y": "0.2", "h": "0.8", "N": "2"},
                                                        {"y": "0.3", "h": "1.2", "N": "5"})),
)]

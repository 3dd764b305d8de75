"""Class 4 (review 33, premises and domains): a tie SymPy's solve returns no root for (N = h^5 + h) is skipped as "no root moves with the argument", so a function's definition is read at another argument as written.

Review 28's shape with a monotone polynomial tie: E(N) = (x - 1/2)(y - h), tie N = h^5 + h (h > 0, one real
root for every N, strictly increasing), f = x(3 + E(1)), condition E(1) = 0, x in (0, 1), y in (0, 1/2).
`sympy.solve(N - h^5 - h, h)` returns [] (a quintic with a symbolic coefficient), and
`derivations._definitions.body_at` takes `all(... for r in [])` as "no root in h's domain moves with the
argument": the tie is skipped and E(1) is read as written, (x - 1/2)(y - h) with h free, so y (or h) "holds"
E(1) = 0 while x moves and d/dx f = 3 is proved (exit 0). With the tie N = h^2 (solved, h = sqrt N) the same
file is refused ("pins x"). Truth: at N = 1 the tie gives h = 0.75488 (h^5 + h = 1), outside y's range, so
E(1) = (x - 1/2)(y - 0.75488) = 0 pins x = 1/2; the slope of f = x(3 + (x - 1/2)(y - 0.75488)) in x at
x = 1/2, y = 0.25 is 3 + (0.25 - 0.75488)/2 = 2.7476, not 3. A sound kernel must treat an empty (or
incomplete) solve result as "roots not known", never as "no root moves": the definition at another argument
is then unknown (TIED_AT_SEVERAL, held by no variable), unless the tie is shown to have no root at all.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, sp.Rational(1, 2))); h_ = Param("h", Positive()); N_ = Param("N", Real(0, 10))
x, y, h, N = x_.symbol, y_.symbol, h_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r33.tie_empty_solve", title="response at the balanced setting", source="attack",
    symbols=(x_, y_, h_, N_), parameters=("y", "h", "N"),
    premises=(Premise("Edef", sp.Eq(E(N), (x - half) * (y - h)), "imbalance at load N"),
              Premise("tie", sp.Eq(N, h**5 + h), "the load sets the gap"),
              Premise("fdef", sp.Eq(f, x * (3 + E(1))), "response"),
              Premise("cond", sp.Eq(E(1), 0), "balanced at unit load")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, h, N: 3, points=({"y": "0.1", "h": "0.5", "N": "1"},
                                                        {"y": "0.2", "h": "0.8", "N": "2"},
                                                        {"y": "0.4", "h": "1.2", "N": "5"})),
)]

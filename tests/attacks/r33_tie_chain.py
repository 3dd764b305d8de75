"""Class 4 (review 33, premises and domains): a function's body tied to its argument through a chain of two equations (N sets T, T sets h) is read at another argument as written: body_at looks only at ties that hold the argument and the body's variable together.

E(N) = (x - 1/2)(y - h), premises T = 2N and h = sqrt(T) (h, T > 0), f = x(3 + E(1)), condition E(1) = 0,
x in (0, 1), y in (0, 1/2). `derivations._definitions.body_at` skips the tie T = 2N (it holds no variable of
the body) and the tie h = sqrt(T) (it does not hold the argument N), so E(1) is read as written,
(x - 1/2)(y - h) with h free: y (or h) holds E(1) = 0 while x moves, and d/dx f = 3 is proved (exit 0).
Written as one tie, h = sqrt(2N), the same file is refused ("pins x"). Truth: at N = 1, T = 2 and
h = sqrt 2 = 1.41421, outside y's range, so E(1) = (x - 1/2)(y - 1.41421) = 0 pins x = 1/2; the slope of
f = x(3 + (x - 1/2)(y - 1.41421)) in x at x = 1/2, y = 0.25 is 3 + (0.25 - 1.41421)/2 = 2.4179, not 3.
A sound kernel must follow ties transitively (eliminate the intermediate variables, or solve the ties
jointly for the body's variables in terms of the argument) and, where it cannot, hold the condition by no
variable, never read the body as written.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, sp.Rational(1, 2))); h_ = Param("h", Positive())
T_ = Param("T", Positive()); N_ = Param("N", Real(0, 10))
x, y, h, T, N = x_.symbol, y_.symbol, h_.symbol, T_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r33.tie_chain", title="response at the balanced setting", source="attack",
    symbols=(x_, y_, h_, T_, N_), parameters=("y", "h", "T", "N"),
    premises=(Premise("Edef", sp.Eq(E(N), (x - half) * (y - h)), "imbalance at load N"),
              Premise("tension", sp.Eq(T, 2 * N), "the load sets the tension"),
              Premise("gap", sp.Eq(h, sp.sqrt(T)), "the tension sets the gap"),
              Premise("fdef", sp.Eq(f, x * (3 + E(1))), "response"),
              Premise("cond", sp.Eq(E(1), 0), "balanced at unit load")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, h, T, N: 3, points=({"y": "0.1", "h": "0.5", "T": "2", "N": "1"},
                                                           {"y": "0.2", "h": "0.8", "T": "3", "N": "2"},
                                                           {"y": "0.4", "h": "1.2", "T": "4", "N": "5"})),
)]

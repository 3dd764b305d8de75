"""Class 4 (review 34, premises and domains): ties are read one at a time in premise order, and a tie to the argument is looked at only while the body already holds its variable; T = 2N, listed before h = T - N, is passed over (the body has no T yet), h = T - N then brings T into the body, and the chain check sees no tie without the argument: E(2) is read with T free.

E(N) = (x - 1/2)(y - h), premises "tension" T = 2N and "gap" h = T - N (all of h, T real), f = x(3 + E(2)),
condition E(2) = 0, x in (0, 1), y in (0, 1/2). `derivations._definitions.body_at` skips T = 2N (no variable
of the body (x, y, h) is in it), solves h = T - N for h, and returns (x - 1/2)(y - T + 2) with T free;
`_tied_through_a_chain` looks only at ties without the argument, and there are none. T (or y) then holds
E(2) = 0 while x moves, and d/dx f = 3 is proved (exit 0). With the ties listed the other way round the
same file is refused ("pins x"). Truth: at N = 2, T = 4 and h = 2, so E(2) = (x - 1/2)(y - 2) with y < 1/2:
E(2) = 0 pins x = 1/2, and the slope of f = x(3 + (x - 1/2)(y - 2)) in x at x = 1/2, y = 1/4 is
3 - 7/8 = 2.125, not 3. A sound kernel must read the ties to a fixed point (again after each substitution
brings in new variables), or solve them jointly, before it calls a variable of the body free.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, sp.Rational(1, 2))); h_ = Param("h", Real())
T_ = Param("T", Real()); N_ = Param("N", Real(0, 10))
x, y, h, T, N = x_.symbol, y_.symbol, h_.symbol, T_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r34.tie_order", title="response at the balanced setting", source="attack",
    symbols=(x_, y_, h_, T_, N_), parameters=("y", "h", "T", "N"),
    premises=(Premise("Edef", sp.Eq(E(N), (x - half) * (y - h)), "imbalance at load N"),
              Premise("tension", sp.Eq(T, 2 * N), "the load sets the tension"),
              Premise("gap", sp.Eq(h, T - N), "tension and load set the gap"),
              Premise("fdef", sp.Eq(f, x * (3 + E(2))), "response"),
              Premise("cond", sp.Eq(E(2), 0), "balanced at load 2")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, h, T, N: 3, points=({"y": "0.1", "h": "1", "T": "2", "N": "1"},
                                                           {"y": "0.2", "h": "2", "T": "4", "N": "2"},
                                                           {"y": "0.4", "h": "5", "T": "10", "N": "5"})),
)]

"""Class 4 (review 34, premises and domains): a tie that is the body's variable times a factor in the argument, h (N - 1) = 0, is skipped as "ties nothing" (review 33's `_factors_out`), but at any argument other than the factor's root it pins h = 0; the definition is read at N = 2 as written, with h free.

E(N) = (x - 1/2)(y - h), tie h(N - 1) = 0 (h real: the gap is open only at unit load), f = x(3 + E(2)),
condition E(2) = 0, x in (0, 1), y in (0, 1/2). `derivations._definitions._read_through` sees that
h(N - 1) factors out h and skips the tie ("v g = 0: g = 0 is the condition, v is free"), so E(2) is read as
(x - 1/2)(y - h) with h free: h (or y) holds E(2) = 0 while x moves, and d/dx f = 3 is proved (exit 0).
Truth: at N = 2 the tie is h * 1 = 0, so h = 0 and E(2) = (x - 1/2) y with y in (0, 1/2): E(2) = 0 pins
x = 1/2, and the slope of f = x(3 + (x - 1/2) y) in x at x = 1/2, y = 1/4 is 3 + 1/8 = 3.125, not 3. A sound
kernel must read v g(N) = 0 at the argument: where g(argument) is not shown 0 the tie pins v = 0 there
(or the reading is TIED_AT_SEVERAL); only a factor zero at every argument leaves v free.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, sp.Rational(1, 2))); h_ = Param("h", Real()); N_ = Param("N", Real(0, 10))
x, y, h, N = x_.symbol, y_.symbol, h_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r34.tie_factored_pins", title="response at the balanced setting", source="attack",
    symbols=(x_, y_, h_, N_), parameters=("y", "h", "N"),
    premises=(Premise("Edef", sp.Eq(E(N), (x - half) * (y - h)), "imbalance at load N"),
              Premise("tie", sp.Eq(h * (N - 1), 0), "the gap is open only at unit load"),
              Premise("fdef", sp.Eq(f, x * (3 + E(2))), "response"),
              Premise("cond", sp.Eq(E(2), 0), "balanced at load 2")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, h, N: 3, points=({"y": "0.1", "h": "0.5", "N": "1"},
                                                        {"y": "0.2", "h": "0.8", "N": "1"},
                                                        {"y": "0.4", "h": "1.2", "N": "1"})),
)]

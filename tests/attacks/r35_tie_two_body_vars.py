"""Class 4 (review 35, premises and domains): a tie holding two variables of the body, x + z = N, is solved for the one first in alphabetical order (x), so E(2) is read with z moving and x gone; renamed so that the other sorts first, the same file is refused.

E(N) = (x - 1/2)(1 + z^2), tie x + z = N ("the two loads share N"), f = x(3 + E(2)), condition E(2) = 0,
x and z real (y, in (0, 1/2), is an unused parameter). `derivations._definitions._read_through` takes the
body's variables in sorted order and solves the tie for the first one, x = N - z (its one root, shown in x's
domain), so E(2) is read as (3/2 - z)(1 + z^2): x is not in the condition, z holds it, and d/dx f = 3 is
proved (exit 0). Nothing in the premises says x rather than z moves with N: read with z = N - x (x kept),
E(2) = (x - 1/2)(1 + (2 - x)^2), and E(2) = 0 pins x = 1/2; the slope of f = x(3 + (x - 1/2)(1 + (2 - x)^2))
in x at x = 1/2 is 3 + (1/2)(1 + 9/4) = 4.625, not 3. Rename z to a (sorting before x): the kernel solves
for a, x stays in the condition, and the same file is refused ("pins x", exit 1): the verdict depends on the
letters chosen. A sound kernel must read a tie holding two or more variables of the body as TIED_AT_SEVERAL
(or be told which variable the argument moves), never pick one by name.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real()); y_ = Param("y", Real(0, sp.Rational(1, 2))); z_ = Param("z", Real())
N_ = Param("N", Real(0, 10))
x, y, z, N = x_.symbol, y_.symbol, z_.symbol, N_.symbol
f = sp.Symbol("f")
E = sp.Function("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r35.tie_two_body_vars", title="response at the balanced setting", source="attack",
    symbols=(x_, y_, z_, N_), parameters=("y", "z", "N"),
    premises=(Premise("Edef", sp.Eq(E(N), (x - half) * (1 + z**2)), "imbalance at load N"),
              Premise("share", sp.Eq(x + z, N), "the two loads share N"),
              Premise("fdef", sp.Eq(f, x * (3 + E(2))), "response"),
              Premise("cond", sp.Eq(E(2), 0), "balanced at load 2")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z, N: 3, points=({"y": "0.1", "z": "1", "N": "1.5"},
                                                        {"y": "0.2", "z": "2", "N": "2.5"},
                                                        {"y": "0.4", "z": "5", "N": "5.5"})),
)]

"""Class 4 (review 23, premises and domains): a relation in an integer parameter the search does not move is tried at fractional values of it.

C = (x − ½)(y − ¼), x, y ∈ (0, 1), n an integer parameter in {1, 2, 3}, premises C = 0 and y > (n − 3/2)² + 1/8.
For every integer n, (n − 3/2)² ≥ ¼, so y > 3/8, y ≠ ¼ and C = 0 pins x = ½. `_across` samples a domain's values
as lo + (hi − lo)·r without regard to its kind: n = 1.5 is among them, where the relation reads y > 1/8, so y = ¼ is
admitted, holds C = 0 while x moves, and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. (With the monotone
y > n/4 + ¼ the same file is refused: the relation is read; only the fractional n admits.) Counterexample: x = ½,
y = 0.8, n = 2: true slope 3 + ½(y − ¼) = 3.275. Sound: a variable of an Integer domain must be sampled at whole
values only (or the relation's projection proved), else refuse.
"""
import sympy as sp
from derivations import Agreement, Integer, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("n", Integer(1, 3))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r23.pin_integer_across_fractions", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "n"),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("level", y > (z - sp.Rational(3, 2))**2 + sp.Rational(1, 8), "above the level"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, n: 3, points=({"y": "0.8", "n": "2"}, {"y": "0.9", "n": "2"},
                                                      {"y": "0.95", "n": "1"})),
)]

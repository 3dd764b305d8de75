"""Class 4 (review 26, premises and domains): with three kept variables in relations, `_HELD_TRIES` = 49 combinations keep the first variable at its first value only.

x, y ∈ (0, 1), kept a ∈ (0, ∞), b, c ∈ (0, 1) (f = x(3 + C) + a + b + c), C = (x − ½)(y − ¼), premises ybig: y > a − ½,
budget: b + c < 1, cond: C = 0. `admits` builds `held_combos = islice(product(values[a], values[b], values[c]), 49)`:
product varies the last variable fastest, so the first 49 combinations all have a = 10⁻⁶; a is never tried at 1, 100
or 10⁶. A kept variable on an unbounded domain is not boxed (documented: "tried at its values only"), but here it is
tried at one value: y = ¼ is admitted (ybig holds at a = 10⁻⁶), d/dx f = 3 is proved. Without the harmless premise
budget (b, c then in no relation) the same file is refused. Counterexample: a = 1, b = c = 0.2, y = 0.8, x = ½ (every
premise holds; y = ¼ violates ybig at a = 1): the true slope of f is 3 + ½·0.55 = 3.275, not 3. Sound: try every
kept variable at each of its values (at least every value of each one, e.g. a covering design), or refuse when the
combinations are cut.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
a_ = Param("a", Real(0, None)); b_ = Param("b", Real(0, 1)); c_ = Param("c", Real(0, 1))
x, y, a, b, c = x_.symbol, y_.symbol, a_.symbol, b_.symbol, c_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r26.held_combos_truncated", title="response at the balance point", source="attack",
    symbols=(x_, y_, a_, b_, c_), parameters=("y", "a", "b", "c"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + a + b + c), "response"),
              Premise("ybig", y > a - half, "regime: y above a - 1/2"),
              Premise("budget", b + c < 1, "the two shares fit"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + a + b + c)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, a, b, c: 3, points=({"y": "0.8", "a": "1", "b": "0.2", "c": "0.3"},
                                                           {"y": "0.9", "a": "0.1", "b": "0.1", "c": "0.5"},
                                                           {"y": "0.5", "a": "0.5", "b": "0.6", "c": "0.2"})),
)]

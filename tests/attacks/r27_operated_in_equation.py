"""Class 4 (review 27, premises and domains): a standing equation is left out of the holders' region whenever the operated variable is among its free symbols, even where it cancels.

Review 26's hole with its tuning written x + 48y² = 5z + x (SymPy keeps the Eq as written): C = (x − ½)(y − ¼),
x, y, z ∈ (0, 1), f = x(3 + C) + z (the form 3x + z keeps z), premises tune and C = 0, Substitute then d/dx.
`verify/premise_inequalities.context_inequalities` now puts a standing equation (one no form rests on) into the
holders' region, "except one in the variable the step operates in", tested syntactically
(`p.expr.free_symbols & operated`): x is a free symbol of tune, so tune is dropped and y is free to hold C = 0 at
y = ¼ while x moves; d/dx f = 3 is proved exactly as before review 26. But tune says 48y² = 5z whatever x is.
Counterexample (r26's): z = 0.9, y = √(4.5/48) ≈ 0.306, x = ½ satisfy every premise; the true slope of
f = x(3 + (x − ½)(y − ¼)) + z in x is 3 + ½(y − ¼) ≈ 3.028, not 3. Sound: a standing equation in the operated
variable and others still ties those others; drop only a value of the operated variable alone (review 3's y = 2),
or read the equation with the operated variable free to take any value it can (∃x), never not at all.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
DERIVATIONS = [Derivation(
    id="attack.r27.operated_in_equation", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - quarter)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("tune", sp.Eq(48 * y**2 + x, 5 * z + x), "tuning set by z"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.6"}, {"y": "0.9", "z": "0.1"},
                                                      {"y": "0.5", "z": "0.9"})),
)]

"""Class 4 (review 28, premises and domains): a standing equation is exempted as "a value of the operated variable" because its only free symbol is x, though it is a function of x whose definition ties the holder to the kept variable.

Review 27's `r27_operated_in_equation_genuine.py` with the tuning written through a function of the drive:
T(x) = 48y² − 5z − x/100 (a definition) and the standing premise T(x) = 0, C = (x − ½)(y − ¼), x, y, z ∈ (0, 1),
f = x(3 + C) + z, C = 0; Substitute, then d/dx f = 3 is proved. `verify/premise_inequalities._value_of` reads
`expand(T(x) − 0).free_symbols = {x}` ⊆ {x} and drops the premise from the holders' region as a value of x stated
for later, so y "holds" C = 0 at ¼ for any z. With T written as a plain name T (same definition) the file is
refused. But T(x) = 0 says 48y² = 5z + x/100, and y = ¼ needs z ∈ (0.598, 0.6). Counterexample: z = 0.9, x = ½,
y = √(4.505/48) ≈ 0.3064 satisfy every premise; C = 0 pins x = ½, and the true slope of f in x is
3 + ½(y − ¼) ≈ 3.028, not 3. Sound: read the equation through the names and functions it is defined by
(definitions expanded, as the conditions are) before deciding it is in the operated variable alone.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
T = sp.Function("T")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
DERIVATIONS = [Derivation(
    id="attack.r28.value_of_through_function", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - quarter)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("Tdef", sp.Eq(T(x), 48 * y**2 - 5 * z - x / 100), "tuning offset"),
              Premise("tune", sp.Eq(T(x), 0), "tuned"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.6"}, {"y": "0.9", "z": "0.1"},
                                                      {"y": "0.5", "z": "0.9"})),
)]

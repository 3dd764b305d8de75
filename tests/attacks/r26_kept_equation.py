"""Class 4 (review 26, premises and domains): an equation of the context in the holder and a variable the form keeps is read as solvable by moving the kept variable.

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), f = x(3 + C) + z (the form 3x + z keeps z), premises tune: 48y² = 5z and C = 0.
tune ties y to the kept z (y = √(5z/48)); it is nonlinear in y and z is kept, so `_eliminated` does not solve it,
and `_search_region.admits` reads it as a "solvable" equation whose other variable z may take any of its tried
values: at y = ¼ it changes sign across z, so the point is admitted, y "holds" C = 0 and d/dx f = 3 is proved.
But z is held fixed by the form: for every z ≠ 3/5, tune forces y ≠ ¼ and C = 0 pins x = ½ (review 24 fixed exactly
this for inequalities, `admits(..., fixed=)`, but the equations ignore `fixed`). Same verdict with
tune: e^{4y} = e(1 + (z − 3/5)²). Counterexample: z = 0.9, y = √(4.5/48) ≈ 0.3062, x = ½ (every premise holds): the
true slope of f = x(3 + (x − ½)(y − ¼)) + z is 3 + ½(y − ¼) ≈ 3.028, not 3. Sound: an equation of the context in a
variable the form keeps must be solvable at every value of it (or the kept variable treated as given: y is then
fixed by z and holds nothing), not at some.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
DERIVATIONS = [Derivation(
    id="attack.r26.kept_equation", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - quarter)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("tune", sp.Eq(48 * y**2, 5 * z), "tuning set by z"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.6"}, {"y": "0.9", "z": "0.1"},
                                                      {"y": "0.5", "z": "0.9"})),
)]

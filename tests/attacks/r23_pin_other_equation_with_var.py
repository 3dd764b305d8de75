"""Class 4 (review 23, premises and domains): another equation of the context that also contains the differentiated variable is not read by the region.

C = (x − ½)(y − ¼), x, y ∈ (0, 1), w a real name, and the premise w² = (y − ½)(1 + x²): it forces y ≥ ½, so
y ≠ ¼ and C = 0 pins x = ½. The region's "solvable" entries take only the other equations free of x; this one
contains x, so it is left to the matching, which finds w able to hold it (at y > ½) and y able to hold C
(at y = ¼) separately, never both at one point. d/dx goes through: f = x(3 + C) = 3x, df/dx = 3.
Counterexample: y = 0.8, x = ½, w = √(0.3·1.25): true slope 3 + ½(y − ¼) = 3.275. Sound: the search for one
equation's holder must count a point only where the other equations (with x too) can hold there, or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
w = sp.Symbol("w", real=True)
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r23.pin_other_equation_with_var", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(w,),
    premises=(Premise("wdef", sp.Eq(w**2, (y - half) * (1 + x**2)), "real amplitude"),
              Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + w**2 - (y - half) * (1 + x**2)), "response (with a zero term)"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="wdef", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.8"}, {"y": "0.7"}, {"y": "0.9"})),
)]

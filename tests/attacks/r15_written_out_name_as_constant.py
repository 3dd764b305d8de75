"""Class 1 (review 15, calculus where a form holds at a point): Differentiate with the derivative written out (verify/equality.py _derivative_written_out): a defined name on the left.
h = x² (a name), circle h + Y(x)² = R². d/dx of the left is 2x + 2Y Y'; SymPy's doit() of Derivative(h + Y², x)
treats the name h as a constant and gives 2Y Y'. Written out as 2Y Y' = 0, then Y' = 0 is claimed: false (Y' = -x/Y).
Sound: refuse the written-out form (or read h through its definition), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, SolveFor

Y = sp.Function("Y")
x_, R_ = Param("x", Real(0, 1)), Param("R", Real(sp.Rational(3, 2), sp.Rational(7, 2)))
x, R = x_.symbol, R_.symbol
h = sp.Symbol("h")
DERIVATIONS = [Derivation(
    id="attack.r15.written_out_name_as_constant", title="slope of a circle", source="attack",
    symbols=(x_, R_), parameters=("x", "R"),
    premises=(Premise("circle", sp.Eq(h + Y(x)**2, R**2), "the curve"),
              Premise("hdef", sp.Eq(h, x**2), "square")),
    steps=(Differentiate(x, expect=sp.Eq(2 * Y(x) * sp.Derivative(Y(x), x), 0)),
           SolveFor(sp.Derivative(Y(x), x), expect=sp.Eq(sp.Derivative(Y(x), x), 0))),
    route=Agreement("value", lambda x, R: 0, points=({"x": "0.5", "R": 2}, {"x": "0.25", "R": 3}, {"x": "0.75", "R": 2})),
)]

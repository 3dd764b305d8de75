"""Class 4 (review 23, premises and domains): a name declared integer is tested "whole" to a relative 10⁻⁹: at a count of 10⁹ every value is whole.

n is declared integer (names=) and defined n = 10¹⁰·y (a photon count, the energy over a tiny quantum), y ∈ (0, 1).
C = (x − ½)(n − 2.5·10⁹ − ½), condition C = 0: n is whole, so n ≠ 2 500 000 000.5 and C = 0 pins x = ½. The region's
("whole", 10¹⁰y) test accepts |v − nint(v)| ≤ 10⁻⁹·|v| = 2.5 at y = ¼ + 5·10⁻¹¹, where n = 2 500 000 000.5 is half-way
between integers; y there holds C = 0 while x moves and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. (With the
count 100·y, C = (x − ½)(n − 25.5), the same file is refused.) Counterexample: y = ½ (n = 5·10⁹), x = ½: true slope
3 + ½(n − 2.5·10⁹ − ½) ≈ 1.25·10⁹. Sound: test wholeness absolutely (|v − nint(v)| small in absolute terms, at a
working precision enough for |v|), never relative to v.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
n = sp.Symbol("n", integer=True)
DERIVATIONS = [Derivation(
    id="attack.r23.pin_whole_relative_tolerance", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(n,),
    premises=(Premise("ndef", sp.Eq(n, 10**10 * y), "photon count: energy over a quantum"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (n - 10**10 / sp.Integer(4) - sp.Rational(1, 2))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.5"}, {"y": "0.25"}, {"y": "0.75"})),
)]

"""Control (review 7). Must pass. g = a x²; Substitute x → 2 gives g = 4a; then a → 3/2 (another parameter, still in the
form) gives g = 6: two specialisations of two parameters along one chain."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 5)); a_ = Param("a", Real(1, 2))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.spec_twice_ok", title="two parameters, one value each", source="control",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("def", sp.Eq(g, a * x**2), "g"),),
    steps=(Substitute(mapping={x: 2}, expect=4 * a),
           Substitute(mapping={a: sp.Rational(3, 2)}, expect=6)),
    route=Agreement("value", lambda: 6, points=({}, {}, {})),
)]

"""Class 3 (review 7, an oscillating integral on an infinite range): ∫_0^∞ sin(ax) dx = 1/a for a > 0, the Abel
value of a divergent integral (∫_0^X sin(ax) dx = (1 − cos aX)/a does not converge; the half periods alternate
±2/a, and an accelerated sum of them gives 1/a). SymPy answers 1/a + AccumBounds(−1, 1)/a. Must be refused: the
certificate never takes a value for an integral whose periods do not decay."""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Real(0, None)); a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.osc_divergent_sine", title="an undamped sine", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.sin(a * x)), "an undamped sine"),),
    steps=(Integrate(x, 0, sp.oo, expect=1 / a),),
    route=Agreement("Abel", lambda a: 1 / sp.Rational(a), points=({"a": 1}, {"a": 2}, {"a": "1/2"})),
)]

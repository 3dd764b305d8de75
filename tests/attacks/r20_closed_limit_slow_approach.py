"""Class 3 (review 20, SymPy trusted): a closed limit in a condition is valued by its operand at 10⁻²⁰, 10⁻⁴⁰, 10⁻⁸⁰, which settle on a value the operand has not yet left; SymPy's correct value is overruled, y holds the condition, and df/dx = 3 is proved where x is pinned.

L = lim_{t→0⁺} (½ + 9(1 − e^{−10⁻¹⁰⁰/t})) is 9.5 (SymPy says so, rightly): e^{−10⁻¹⁰⁰/t} → 0. But at t = 10⁻²⁰, 10⁻⁴⁰,
10⁻⁸⁰ the exponent is at most 10⁻²⁰, so the operand is ½ to 19 digits there; review 19's certified_values
(derivations/_closed_operators.py) finds these numbers "settled" on ½, not close to SymPy's 9.5, and uses ½.
C = (x − ½)(y − L), x, y ∈ (0, 1), condition C = 0; f = x(3 + C) is 3x on the condition; with L = ½, y = ½ holds
the condition while x moves, so df/dx = 3 passes. With the true L = 9.5 no y ∈ (0, 1) does: C = 0 pins x = ½, and
∂f/∂x there (y fixed) is 3 + (y − 9.5)/2, e.g. −1.5 at y = ½, not 3 (review 19's own attack shape). A sound kernel
must not prefer numbers that settle at three sample distances over a value it cannot refute; where they disagree
the operator has no certified value (the condition holds for no variable).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
t = sp.Symbol("t", positive=True)
L = sp.Limit(sp.Rational(1, 2) + 9 * (1 - sp.exp(-sp.Rational(1, 10**100) / t)), t, 0, "+")
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r20.closed_limit_slow_approach", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - L)), "imbalance against a limiting level"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

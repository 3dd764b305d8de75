"""Class 3 (review 24, SymPy trusted): a closed limit in a condition is taken at SymPy's value when the operand at 10⁻²⁰, 10⁻⁴⁰, 10⁻⁸⁰ from its side agrees with it; an operand whose late-converging term cancels SymPy's error at exactly those distances makes both wrong together, y holds the condition, and df/dx = 3 is proved where x is pinned.

L = lim_{t→0⁻} (arg(−1 + it) + 2π·e^{−10⁻¹⁰⁰/|t|}). arg(−1 + it) → −π from below (SymPy says +π: its wrong one-sided
limit across arg's cut), and e^{−10⁻¹⁰⁰/|t|} → 0, so L = −π. But at |t| = 10⁻²⁰, 10⁻⁴⁰, 10⁻⁸⁰ the exponential is
1 − 10⁻²⁰ or closer, and the operand is π to 20 digits: `derivations._closed_operators.certified_values` finds
the numbers settled on SymPy's π and takes it. C = (x − ½)(y − L), x ∈ (0, 1), y ∈ (0, 4), condition C = 0,
f = x(3 + C) = 3x on the condition: with L = π, y = π holds C = 0 while x moves, and df/dx = 3 is proved. With the
true L = −π no y ∈ (0, 4) does: C = 0 pins x = ½, and ∂f/∂x there (y fixed) is 3 + (y + π)/2 ≈ 5.07 at y = 2,
not 3. A sound kernel must not take agreement at three fixed distances as a certificate of SymPy's value (use
the Limit rule's certificate, which probes to 10^{−10³⁰}, or give the operator no value).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 4))
x, y = x_.symbol, y_.symbol
t = sp.Symbol("t", real=True)
L = sp.Limit(sp.arg(-1 + sp.I * t) + 2 * sp.pi * sp.exp(-sp.Rational(1, 10**100) / sp.Abs(t)), t, 0, "-")
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r24.closed_limit_both_wrong", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - L)), "imbalance against a limiting phase"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

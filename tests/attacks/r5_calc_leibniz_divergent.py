"""Class C (review 5, differentiating a definition by an integral through a pole): Leibniz rule through a pole: F(a) = ∫_0^a dt/(t − 1)², a ∈ (0, 2), differentiated to 1/(a − 1)².

For a ≥ 1 the integral is +∞ (the double pole t = 1 lies in [0, a]); F is not a function
there, let alone differentiable. Specialized at a = 3/2 the chain boxes dF/da = 4. A sound kernel:
the integral in the definition must converge on the domain (its pole outside the range),
or the step is refused; exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

a_ = Param("a", Real(0, 2))
a = a_.symbol
t = sp.Symbol("t", real=True)
F = sp.Function("F")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_leibniz_divergent", title="a running integral", source="attack",
    symbols=(a_,), parameters=(),
    premises=(Premise("def", sp.Eq(F(a), sp.Integral(1 / (t - 1)**2, (t, 0, a))), "the running integral"),),
    steps=(Differentiate(a, expect=1 / (a - 1)**2),
           Substitute(mapping={a: sp.Rational(3, 2)}, expect=4)),
    route=Agreement("arithmetic", lambda: 4, points=({},)),
)]

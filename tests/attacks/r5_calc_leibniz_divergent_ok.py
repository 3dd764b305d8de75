"""Control (review 5). Must pass. Control for r_leibniz_divergent: a ∈ (0, 1), the pole stays outside [0, a]; dF/da = 1/(a − 1)² = 4 at a = 1/2. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

a_ = Param("a", Real(0, 1))
a = a_.symbol
t = sp.Symbol("t", real=True)
F = sp.Function("F")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_leibniz_divergent_ok", title="a running integral", source="attack",
    symbols=(a_,), parameters=(),
    premises=(Premise("def", sp.Eq(F(a), sp.Integral(1 / (t - 1)**2, (t, 0, a))), "the running integral"),),
    steps=(Differentiate(a, expect=1 / (a - 1)**2),
           Substitute(mapping={a: sp.Rational(1, 2)}, expect=4)),
    route=Agreement("arithmetic", lambda: 4, points=({},)),
)]

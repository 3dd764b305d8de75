"""Control (review 7, an infinite series: the counting side condition was refused for ∞). Must pass: Σ_{k=1}^{∞} a/k² = a π²/6 (a prefactor a > 0)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, None))
a = a_.symbol
k = sp.Symbol("k", integer=True, positive=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r7.sum_basel_ok", title="Basel sum", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(a / k**2, (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=a * sp.pi**2 / 6),),
    route=Agreement("direct sum", lambda a: mpmath.mpf(a) * mpmath.nsum(lambda j: 1 / j**2, [1, mpmath.inf]),
                    points=({"a": 1}, {"a": 2}, {"a": "0.5"})),
)]

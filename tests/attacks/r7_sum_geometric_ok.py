"""Control (review 7, an infinite series). Must pass: Σ_{k=0}^{∞} q^k = 1/(1 − q), q in (0, 1)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

q_ = Param("q", Real(0, 1))
q = q_.symbol
k = sp.Symbol("k", integer=True, nonnegative=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r7.sum_geometric_ok", title="geometric series", source="attack",
    symbols=(q_,), parameters=("q",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(q**k, (k, 0, sp.oo))), "the series"),),
    steps=(Rewrite(expect=1 / (1 - q)),),
    route=Agreement("direct sum", lambda q: mpmath.nsum(lambda j: mpmath.mpf(q)**j, [0, mpmath.inf]),
                    points=({"q": "0.5"}, {"q": "0.9"}, {"q": "0.1"})),
)]

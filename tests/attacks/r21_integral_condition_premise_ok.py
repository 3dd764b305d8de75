"""Control (review 21). Must pass.

The Laplace-type integral ∫₀^∞ e^{−(k−m)x} dx = 1/(k − m) for a decay rate k above a growth rate m (both
positive, the premise k > m stated in plain sight, as review 19's elasticity control states a − bP > 0). It is
correct wherever the premise holds. SymPy's condition |arg(k − m)| < π/2 holds exactly where k > m, but the
integral's condition is certified (certify_condition) at points of the whole box, not only where the inequality
premises hold: at k < m the integral diverges and the step is left inconclusive. The README says a side
condition is read where the inequality premises hold; the integral's condition should be too.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); k_ = Param("k", Real(0, 10)); m_ = Param("m", Real(0, 10))
x, k, m = (q.symbol for q in (x_, k_, m_))
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r21.integral_condition_premise_ok", title="net decay", source="control",
    symbols=(x_, k_, m_), parameters=("k", "m"),
    premises=(Premise("integrand", sp.Eq(g, sp.exp(-(k - m) * x)), "net decay e^{-(k-m)x}"),
              Premise("faster", k > m, "decay outruns growth")),
    steps=(Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(g, (x, 0, sp.oo)), 1 / (k - m))),),
    route=Agreement("quadrature", lambda k, m: mpmath.quad(lambda s: mpmath.exp(-(mpmath.mpf(k) - mpmath.mpf(m)) * s), [0, mpmath.inf]),
                    points=({"k": 2, "m": 1}, {"k": 5, "m": "0.5"}, {"k": 3, "m": "2.5"})),
)]

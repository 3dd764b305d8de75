"""Control (review 19). Must pass.

Mean of the Gamma law with shape k > 0 and scale θ > 0 (both Positive()): ∫_0^∞ x · x^{k−1} e^{−x/θ}/(Γ(k) θ^k) dx = kθ,
the textbook result (Γ(k + 1) = kΓ(k)); the route (quadrature) agrees. The checker never finishes: killed after 300 s
(and 15 min in a first run) with no output. A faulthandler dump shows it in verify/certify_integrals.py:189
(_oscillation: `f.xreplace(exact)`) called from certify_integral, inside sympy's Rational/Integer._eval_power.
Guess: review 16's joint corners (`_joint_corners`) put k = θ = 10^8 (exactly) into the integrand, and SymPy then
expands θ^k = (10^8)^(10^8) as an exact integer of 8·10^8 digits — no budget covers the exact substitution.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Simplify

x_ = Param("x", Positive()); k_ = Param("k", Positive()); th_ = Param("theta", Positive())
x, k, theta = (q.symbol for q in (x_, k_, th_))
w = sp.Symbol("w")

DERIVATIONS = [Derivation(
    id="attack.r19.gamma_mean_ok", title="mean of a Gamma law", source="control",
    symbols=(x_, k_, th_), parameters=("k", "theta"),
    premises=(Premise("weighted", sp.Eq(w, x * x**(k - 1) * sp.exp(-x / theta) / (sp.gamma(k) * theta**k)), "x times the Gamma density"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(w, (x, 0, sp.oo)), k * theta)),),
    route=Agreement("quadrature",
                    lambda k, theta: mpmath.quad(lambda s: s**mpmath.mpf(k) * mpmath.exp(-s / mpmath.mpf(theta)), [0, mpmath.inf]) / (mpmath.gamma(mpmath.mpf(k)) * mpmath.mpf(theta)**mpmath.mpf(k)),
                    points=({"k": 2, "theta": 1}, {"k": "0.5", "theta": 3}, {"k": 7, "theta": "0.2"})),
)]

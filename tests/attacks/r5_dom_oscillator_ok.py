"""Control (review 5). Must pass. A harmonic oscillator, x = A cos(ωt + φ), φ ∈ (−π, π), differentiated twice: ẍ = −ω² A cos(ωt + φ).

The phase domain Real(-sp.pi, sp.pi) was refused at import: "a domain bound must be a finite real number
(or None for no bound), got -pi" — −π is a finite real number, kept exactly."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real

t_ = Param("t", Real(0, 100))
A_ = Param("A", Positive())
w_ = Param("omega", Positive())
p_ = Param("phi", Real(-sp.pi, sp.pi))
t, A, w, p = t_.symbol, A_.symbol, w_.symbol, p_.symbol
X = sp.Function("X")

DERIVATIONS = [Derivation(
    id="attack.r5.dom_oscillator_ok", title="the oscillator's acceleration", source="control",
    symbols=(t_, A_, w_, p_), parameters=("t", "A", "omega", "phi"),
    premises=(Premise("motion", sp.Eq(X(t), A * sp.cos(w * t + p)), "simple harmonic motion"),),
    steps=(Differentiate(t, expect=-A * w * sp.sin(w * t + p)),
           Differentiate(t, expect=-A * w**2 * sp.cos(w * t + p))),
    route=Agreement("numerical second derivative",
                    lambda t, A, omega, phi: mpmath.diff(lambda s: mpmath.mpf(A) * mpmath.cos(mpmath.mpf(omega) * s + mpmath.mpf(phi)), mpmath.mpf(t), 2),
                    points=({"t": 1, "A": 2, "omega": 3, "phi": "0.5"}, {"t": "0.3", "A": 1, "omega": "1.5", "phi": 0},
                            {"t": 2, "A": "0.5", "omega": 2, "phi": -1})),
)]

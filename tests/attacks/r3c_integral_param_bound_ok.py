"""Control (review 3, a physicist's ordinary derivation): moment of inertia of a rod about one end, ∫_0^L λ x² dx = λ L³/3. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise

x_ = Param("x", Positive())
L_ = Param("L", Positive())
lam_ = Param("lam", Positive())
x, L, lam = x_.symbol, L_.symbol, lam_.symbol
dI = sp.Symbol("dI")

DERIVATIONS = [Derivation(
    id="attack.r3c.integral_param_bound_ok", title="moment of inertia of a rod", source="control",
    symbols=(x_, L_, lam_), parameters=("L", "lam"),
    premises=(Premise("element", sp.Eq(dI, lam * x**2), "the moment of an element per length"),),
    steps=(Integrate(x, 0, L, expect=lam * L**3 / 3),),
    route=Agreement("quadrature", lambda L, lam: mpmath.quad(lambda s: mpmath.mpf(lam) * s**2, [0, mpmath.mpf(L)]),
                    points=({"L": 1, "lam": 2}, {"L": 3, "lam": "0.5"}, {"L": "0.2", "lam": 7})),
)]

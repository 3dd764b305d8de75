"""Control (review 18). Must pass.

Spherical coordinates (x, y, z) = (r sinθ cosφ, r sinθ sinφ, r cosθ) with r > 0, θ ∈ (0, π), φ ∈ (−π, π): the
Jacobian determinant is r² sin θ (positive on the domain), the volume element of every physics course.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Determinant, JacobianMatrix, Param, Positive, Premise, Real

r_ = Param("r", Positive()); th_ = Param("theta", Real(0, sp.pi), latex=r"\theta"); ph_ = Param("phi", Real(-sp.pi, sp.pi), latex=r"\phi")
r, th, ph = (q.symbol for q in (r_, th_, ph_))
X = sp.MatrixSymbol("X", 3, 1)
st, ct, sf, cf = sp.sin(th), sp.cos(th), sp.sin(ph), sp.cos(ph)
J = sp.ImmutableMatrix([[st * cf, r * ct * cf, -r * st * sf], [st * sf, r * ct * sf, r * st * cf], [ct, -r * st, 0]])

DERIVATIONS = [Derivation(
    id="attack.r18.spherical_jacobian_ok", title="volume element in spherical coordinates", source="control",
    symbols=(r_, th_, ph_), parameters=("r", "theta", "phi"),
    premises=(Premise("map", sp.Eq(X, sp.ImmutableMatrix([r * st * cf, r * st * sf, r * ct]), evaluate=False), "spherical coordinates"),),
    steps=(JacobianMatrix(variables=(r, th, ph), expect=J),
           Determinant(expect=r**2 * sp.sin(th))),
    route=Agreement("determinant of the numerically differentiated map (mpmath.diff, mpmath.det)",
                    lambda r, theta, phi: (lambda v: mpmath.det(mpmath.matrix([[mpmath.diff(lambda *a: f(*a), v, tuple(int(i == j) for i in range(3)))
                                                                               for j in range(3)]
                                                                              for f in (lambda a, b, c: a * mpmath.sin(b) * mpmath.cos(c),
                                                                                        lambda a, b, c: a * mpmath.sin(b) * mpmath.sin(c),
                                                                                        lambda a, b, c: a * mpmath.cos(b))])))(
                        (mpmath.mpf(r), mpmath.mpf(theta), mpmath.mpf(phi))),
                    points=({"r": 1, "theta": 1, "phi": "0.5"}, {"r": "2.5", "theta": "0.1", "phi": -3}, {"r": 10, "theta": 3, "phi": 2})),
)]

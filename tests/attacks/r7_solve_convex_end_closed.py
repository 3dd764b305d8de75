"""Class 3 (review 7, roots counted by convexity): x = 5(1 − e^{−x}) on x ∈ [0, ∞), the end
closed: x = 0 is a root inside the domain, so x = 5 + W(−5e^{−5}) is not the only one. Sound: exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, None, lo_open=False))
x = x_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_convex_end_closed", title="one root of two", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("peak", sp.Eq(x, 5 * (1 - sp.exp(-x))), "the maximum of Planck's law in x = hν/kT"),),
    steps=(SolveFor(x, expect=sp.Eq(x, 5 + sp.LambertW(-5 * sp.exp(-5)))),),
    route=Agreement("root", lambda: mpmath.findroot(lambda t: t - 5 * (1 - mpmath.exp(-t)), 5), points=({}, {}, {})),
)]

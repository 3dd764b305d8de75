"""Control (review 7, roots counted by convexity). Must pass: Wien's displacement, x = 5(1 − e^{−x}) on
x > 0, has the one root x = 5 + W(−5e^{−5}) ≈ 4.965; the other root, x = 0, is the open end."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, None))
x = x_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_convex_ok", title="Wien's displacement constant", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("peak", sp.Eq(x, 5 * (1 - sp.exp(-x))), "the maximum of Planck's law in x = hν/kT"),),
    steps=(SolveFor(x, expect=sp.Eq(x, 5 + sp.LambertW(-5 * sp.exp(-5)))),),
    route=Agreement("root", lambda: mpmath.findroot(lambda t: t - 5 * (1 - mpmath.exp(-t)), 5), points=({}, {}, {})),
)]

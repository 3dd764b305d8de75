"""Control (review 5). Must pass. An angle x ∈ (0, π/2) solves (x − 1)(x − 1.5708) = 0: the root 1.5708 lies just beyond π/2 and is discarded.

1.5708 − π/2 ≈ 3.7·10⁻⁶: the discarded root is outside the domain only against the exact bound π/2.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, sp.pi / 2))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.r5.dom_solve_discard_ok", title="the angle that balances", source="control",
    symbols=(x_,), parameters=(),
    premises=(Premise("balance", sp.Eq((x - 1) * (x - sp.Rational(15708, 10000)), 0), "the balance"),),
    steps=(SolveFor(x, choose=lambda r: r == 1, expect=sp.Eq(x, 1)),),
    route=Agreement("arithmetic", lambda: 1, points=({},)),
)]

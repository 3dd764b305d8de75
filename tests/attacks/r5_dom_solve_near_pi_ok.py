"""Control (review 5). Must pass. (x − 1)(x − q) = 0 on x ∈ (0, π) with q = π + 10⁻⁷⁰: q lies outside, x = 1 is the solution.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

Q = sp.Rational(sp.ceiling(sp.pi * 10**80), 10**80) + sp.Rational(1, 10**70)  # π + 10⁻⁷⁰ to 80 digits
x_ = Param("x", Real(0, sp.pi))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.r5.dom_solve_near_pi_ok", title="the angle that balances", source="control",
    symbols=(x_,), parameters=(),
    premises=(Premise("balance", sp.Eq((x - 1) * (x - Q), 0), "the balance"),),
    steps=(SolveFor(x, choose=lambda r: r == 1, expect=sp.Eq(x, 1)),),
    route=Agreement("arithmetic", lambda: 1, points=({},)),
)]

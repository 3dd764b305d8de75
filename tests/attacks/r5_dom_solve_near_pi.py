"""Class 7 (review 5, domains): a root inside (0, π) only by 10⁻⁷⁰ is called "outside": (x − 1)(x − q) = 0 with q = π − 10⁻⁷⁰ keeps x = 1.

The other root q lies in the domain (0, π), so "x = 1" is not the solution there. A rational
inner approximation of π (one that shrinks the domain, even at 60 digits) puts q outside and
passes the step. A sound kernel compares q with π exactly: failed/refused, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

Q = sp.Rational(sp.floor(sp.pi * 10**80), 10**80) - sp.Rational(1, 10**70)  # π − 10⁻⁷⁰ to 80 digits
x_ = Param("x", Real(0, sp.pi))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.r5.dom_solve_near_pi", title="the angle that balances", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("balance", sp.Eq((x - 1) * (x - Q), 0), "the balance"),),
    steps=(SolveFor(x, choose=lambda r: r == 1, expect=sp.Eq(x, 1)),),
    route=Agreement("arithmetic", lambda: 1, points=({},)),
)]

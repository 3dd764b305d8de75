"""Class 7 (review 5, domains): a limit θ → π/2⁺ taken on θ ∈ (0, π/2), from outside the domain: a cos θ → 0.

The domain only approaches π/2 from below; a side compared with an inner rational of π/2 (which
lies below π/2) would see room above it. A sound kernel compares with π/2 exactly: refused, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

th_ = Param("theta", Real(0, sp.pi / 2))
a_ = Param("a", Real(0, 10))
th, a = th_.symbol, a_.symbol
F = sp.Function("F")

DERIVATIONS = [Derivation(
    id="attack.r5.dom_limit_beyond_half_pi", title="the force at the top", source="attack",
    symbols=(th_, a_), parameters=("a",),
    premises=(Premise("force", sp.Eq(F(th), a * sp.cos(th)), "the component"),),
    steps=(Limit(th, sp.pi / 2, direction="+", expect=0),),
    route=Agreement("cosine at π/2", lambda a: 0, points=({"a": 1}, {"a": 2}, {"a": 3})),
)]

"""Control (review 5). Must pass. A limit θ → π/2⁻ on θ ∈ (0, π/2), from inside: a cos θ → 0."""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

th_ = Param("theta", Real(0, sp.pi / 2))
a_ = Param("a", Real(0, 10))
th, a = th_.symbol, a_.symbol
F = sp.Function("F")

DERIVATIONS = [Derivation(
    id="attack.r5.dom_limit_beyond_half_pi_ok", title="the force at the top", source="control",
    symbols=(th_, a_), parameters=("a",),
    premises=(Premise("force", sp.Eq(F(th), a * sp.cos(th)), "the component"),),
    steps=(Limit(th, sp.pi / 2, direction="-", expect=0),),
    route=Agreement("cosine at π/2", lambda a: 0, points=({"a": 1}, {"a": 2}, {"a": 3})),
)]

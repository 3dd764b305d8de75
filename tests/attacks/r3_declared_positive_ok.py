"""Control (review 3). Must pass. r3_declared_positive made consistent: f declared positive and defined as x + 5 > 0 on
x ∈ (0, 1), so √(f²) = f = x + 5 and the premises hold together.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Ref, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
f = sp.Symbol("f", positive=True)
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.declared_positive_ok", title="magnitude of an offset", source="review3",
    symbols=(x_,), parameters=("x",), names=(f,),
    premises=(Premise("def", sp.Eq(g, sp.sqrt(f**2)), "the magnitude of f"),
              Premise("offset", sp.Eq(f, x + 5), "the offset")),
    steps=(Substitute(mapping={f: Ref("offset")}, expect=sp.Eq(g, x + 5)),),
    route=Agreement("by hand", lambda x: x + 5, points=({"x": "0.1"}, {"x": "0.5"}, {"x": "0.9"})),
)]

"""Class 4 (review 3, premises and domains never checked): a name declared positive (names=..., "assumptions in
plain sight") that a premise makes negative.

f is declared with positive=True; g = √(f²) (SymPy reads it as f at once, f being positive);
the premise f = x − 5 with x ∈ (0, 1) makes f negative. Substituting gives g = x − 5 < 0,
while √(f²) = |x − 5| = 5 − x. The declared assumption f > 0 contradicts the premise on the
whole domain, so the premise set {f > 0, f = x − 5} is unsatisfiable; a sound kernel must
refuse (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Ref, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
f = sp.Symbol("f", positive=True)
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.declared_positive", title="magnitude of an offset", source="review3",
    symbols=(x_,), parameters=("x",), names=(f,),
    premises=(Premise("def", sp.Eq(g, sp.sqrt(f**2)), "the magnitude of f"),
              Premise("offset", sp.Eq(f, x - 5), "the offset")),
    steps=(Substitute(mapping={f: Ref("offset")}, expect=sp.Eq(g, x - 5)),),
    route=Agreement("by hand", lambda x: x - 5, points=({"x": "0.1"}, {"x": "0.5"}, {"x": "0.9"})),
)]

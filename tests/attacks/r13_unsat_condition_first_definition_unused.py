"""Class 4 (review 13, premises never checked): z = cosh x (a definition), z = 1/2 (a second definition of z: a condition,
with no solution since cosh >= 1) and f = z + 1/2. Substituting z = 1/2 gives f = 1, boxed. The step rests on
{half, fdef} only, and within that set z = 1/2 reads as the first definition of z, so the satisfiability check says
"every premise defines a new name: satisfiable"; the premise zdef that makes it a condition is never looked at
together with it. Truly no point of the domain satisfies the premises (c4_unsatisfiable_premise with a name in
between). Sound: refuse (no witness for z = cosh x, z = 1/2), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(-10, 10))
x = x_.symbol
f, z = sp.symbols("f z")
DERIVATIONS = [Derivation(
    id="attack.r13.unsat_condition_first_definition_unused", title="a balance", source="attack",
    symbols=(x_,),
    premises=(Premise("zdef", sp.Eq(z, sp.cosh(x)), "the load"),
              Premise("half", sp.Eq(z, sp.Rational(1, 2)), "the balance"),
              Premise("fdef", sp.Eq(f, z + sp.Rational(1, 2)), "the quantity")),
    steps=(Substitute(using="half", on="fdef", expect=sp.Eq(f, 1)),),
    route=Agreement("the value", lambda: 1, points=({},)),
)]

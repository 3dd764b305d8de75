"""Control for c4_undeclared_divisor: s declared on (2, 3), where s − 1 never vanishes. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, DivideBoth, Param, Premise, Real

s_ = Param("s", Real(2, 3))
s = s_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.undeclared_divisor_ok", title="a cancelled factor", source="attack",
    symbols=(s_,),
    premises=(Premise("law", sp.Eq(f * (s - 1), 0), "the balance"),),
    steps=(DivideBoth(divisor=s - 1, expect=sp.Eq(f, 0)),),
    route=Agreement("the value", lambda: sum([]), points=({},)),
)]

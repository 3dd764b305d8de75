"""Class 4 (review 23, premises and domains): a premise y ≠ ¼ (sp.Ne) is not read by the holders' search region.

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), premises C = 0 and `off: Ne(y, ¼)` ("off the balance line"): with y ≠ ¼,
C = 0 pins x = ½. The premise is accepted, but `_part` reads only >, ≥, <, ≤ (and the checker's
`context_inequalities` only `_INEQUALITIES`), so the search finds y = ¼ holding C = 0 while x moves, exactly the
point the premise removes; d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: x = ½, y = 0.8
(C = 0, y ≠ ¼): true slope 3 + ½(y − ¼) = 3.275. Sound: read a Ne premise as ("nonzero", lhs − rhs) in the region
(or refuse a premise the region cannot read). Note: no form rests on `off`; an inequality premise in that
position is standing and read by every step (r22_pin_premise_mixed_variable), but `standing_inequalities` lists only
>, ≥, <, ≤, so a Ne premise is accepted and then read by nothing: either way a stated premise is silently dropped.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r23.pin_ne_premise", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("off", sp.Ne(y, sp.Rational(1, 4)), "off the balance line"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.5"}, {"y": "0.9", "z": "0.5"},
                                                      {"y": "0.95", "z": "0.3"})),
)]

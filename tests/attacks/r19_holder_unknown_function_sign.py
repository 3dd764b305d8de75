"""Class 4 (review 19, premises and domains): an unknown function declared positive stands in the holders' search for any real number, so y "holds" (x − ½)(1 + g(y)) = 0 and df/dx = 3 is proved where x is pinned.

g = Function("g", positive=True) (the wire carries its assumption since review 17). C = (x − ½)(1 + g(y)) with x in
(0, 1), y in (0, 8); condition C = 0; f = x(3 + C) is 3x on the condition; df/dx = 3 is proved. Since g > 0, the factor
1 + g(y) ≥ 1 never vanishes: C = 0 pins x = ½ for every y, exactly like review 14's (x − ½)(1 + y²) = 0. But
`derivations._holders._searchable_form` replaces g(y) by a Dummy stand-in searched on Real() (the whole line),
ignoring the function's declared sign (for a plain unknown name `unknown_domains` does honour positive/negative), so
the stand-in's root g(y) = −1 counts y as a holder. Counterexample: g ≡ 1 (positive); the premises hold only at
x = ½, and there ∂f/∂x with y fixed is 3 + (1 + g(y))/2 = 4, not 3. The same stand-in is used by
`verify/along_range.py` (limits, series, integrals). Sound: a stand-in's search domain must follow the unknown
function's assumptions (positive → (0, ∞), nonnegative → [0, ∞), negative …, or keep the function opaque and
count nobody); refuse, exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 8))
x, y = x_.symbol, y_.symbol
g = sp.Function("g", positive=True)
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r19.holder_unknown_function_sign", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (1 + g(y))), "imbalance, g a positive gain"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

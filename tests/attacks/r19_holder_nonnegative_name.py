"""Class 4 (review 19, premises and domains): a declared nonnegative name no premise defines is searched on the whole line, so k = −1 "holds" (x − ½)(1 + k) = 0 and df/dx = 3 is proved where x is pinned.

k = Symbol("k", nonnegative=True), declared in `names=` (its assumption is a premise in plain sight). C = (x − ½)(1 + k),
x in (0, 1); condition C = 0; f = x(3 + C) is 3x on the condition; df/dx = 3 is proved. With k ≥ 0 the factor 1 + k ≥ 1
never vanishes, so C = 0 pins x = ½. `derivations._holders.unknown_domains` gives an undefined name a search domain
from `is_positive` / `is_negative` only (review 16: "the half-line its sign allows"); `nonnegative` (and
`nonpositive`) fall through to Real(), so the root k = −1 counts k as a holder. Counterexample: k = 0 (allowed: k ≥ 0);
the premises hold only at x = ½, where ∂f/∂x with k fixed is 3 + (1 + k)/2 = 3.5, not 3. Sound: map every sign
assumption to its domain (nonnegative → [0, ∞), nonpositive → (−∞, 0]; also `zero`, and `extended_*`), as for
positive names; refuse, exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
k = sp.Symbol("k", nonnegative=True)
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r19.holder_nonnegative_name", title="response at the balance point", source="attack",
    symbols=(x_,), parameters=("x",), names=(k,),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (1 + k)), "imbalance, k a nonnegative load"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

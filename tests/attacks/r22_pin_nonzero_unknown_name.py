"""Class 4 (review 22, premises and domains): a name declared nonzero that no premise defines is searched through 0.

k is a name declared nonzero (names=; real, never 0: a coupling that is switched on) with no definition. C = (x − ½)k,
condition C = 0. Since k ≠ 0, C = 0 pins x = ½. The holders' search gives an undefined name the domain its sign
allows (sign_domain): nonzero is no sign, so k runs over the whole line, k = 0 holds C = 0 while x moves, and
d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: k = 1, x = ½: true slope 3 + C + x·k = 3.5.
Sound: an unknown's domain must exclude the values its assumptions exclude (k ≠ 0), or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", nonzero=True, real=True)
DERIVATIONS = [Derivation(
    id="attack.r22.pin_nonzero_unknown_name", title="response at the balance point", source="attack",
    symbols=(x_,), parameters=(), names=(k,),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * k), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda: 3, points=({},)),
)]

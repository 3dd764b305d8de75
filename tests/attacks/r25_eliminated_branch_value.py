"""Class 4 (review 25, premises and domains): an equation whose derivative in a variable is free of it, but which is not affine in it (a phase arg(p − ¼)), is "solved" by its value at p = 0, on the wrong branch.

x, p ∈ (0, 1); lock: p + arg(p − ¼)/2π = 9/10 (arg of a real number: π below ¼, 0 above), C = (x − ½)(p − 2/5), cond:
C = 0; the form rests on lock (a zero term of f). On (0, 1) lock has the one root p = 9/10 (below ¼ it would need
p = 2/5, which is not below ¼), so C = (x − ½)/2 = 0 pins x = ½. `_eliminated.eliminations` takes
a = ∂/∂p = 1 (SymPy differentiates arg of a real to 0), free of p, and reads p = −(expr at p = 0)/a = 9/10 − ½ = 2/5,
inside p's domain: C becomes 0, cond drops out of the conditions in x, and lock, read at p = 2/5 in the region, is the
constant −½, which `admits` skips as having no free symbol. d/dx f = 3 is proved; commit 6a9a616 refused the same
file (regression). Counterexample: p = 0.9, x = ½ (every premise holds): the true slope of
f = x(3 + (x − ½)(p − 2/5)) is 3 + ½·½ = 3.25, not 3. Sound: eliminate only where the equation is affine in the
variable (expr − a·v free of v, checked symbolically), verify the value solves the equation, and treat a
substituted equation that becomes a nonzero constant as an empty region, never skip it.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); p_ = Param("p", Real(0, 1))
x, p = x_.symbol, p_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
phase = sp.arg(p - sp.Rational(1, 4)) / (2 * sp.pi)
DERIVATIONS = [Derivation(
    id="attack.r25.eliminated_branch_value", title="response at the balance point", source="attack",
    symbols=(x_, p_), parameters=("p",),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (p - sp.Rational(2, 5))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + p + phase - sp.Rational(9, 10)), "response (with a zero term)"),
              Premise("lock", sp.Eq(p + phase, sp.Rational(9, 10)), "a locking condition with a half-turn phase"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="lock", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda p: 3, points=({"p": "0.9"}, {"p": "0.95"}, {"p": "0.85"})),
)]

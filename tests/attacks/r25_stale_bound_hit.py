"""Class 4 (review 25, premises and domains): a chain of eliminations leaves the first variable's domain in the eliminated second variable.

x, p, q, r ∈ (0, 1); a_gap: p − q = 1/10, b_tie: q = 2r, C = (x − ½)(q − 0.94), cond: C = 0, the form resting on all
(zero terms of f). `eliminations` solves a_gap for p (p = q + 1/10, region: q + 1/10 < 1), then b_tie for q
(q = 2r): the values are updated (p = 2r + 1/10) but the region entries already added are not, so p's bound
stays written in q, a variable no longer searched, which the region reads as "some q" and always admits. cond
(written in q) becomes (x − ½)(2r − 0.94), held by r = 0.47 while x moves; both equations are 0 = 0 at the
substitutions. Commit 6a9a616 refused the file; b7b78cf proves d/dx f = 3. Counterexample: p = 2r + 1/10 < 1 forces
r < 0.45, so 2r ≠ 0.94 and x = ½ is pinned; at r = 0.2, q = 0.4, p = 0.5, x = ½ the true slope of
f = x(3 + (x − ½)(q − 0.94)) is 3 − 0.27 = 2.73. Sound: when a later elimination substitutes a variable, the region
entries of earlier ones (bounds, nonzero coefficients) must be rewritten through it as the values are.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); p_ = Param("p", Real(0, 1)); q_ = Param("q", Real(0, 1)); r_ = Param("r", Real(0, 1))
x, p, q, r = x_.symbol, p_.symbol, q_.symbol, r_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r25.stale_bound_hit", title="response at the balance point", source="attack",
    symbols=(x_, p_, q_, r_), parameters=("p", "q", "r"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (q - sp.Rational(94, 100))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + p * (p - q - sp.Rational(1, 10)) + q * (q - 2 * r)), "response (with a zero term)"),
              Premise("a_gap", sp.Eq(p - q, sp.Rational(1, 10)), "a fixed gap"),
              Premise("b_tie", sp.Eq(q, 2 * r), "a gearing"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="a_gap", on="fdef", expect=sp.Eq(f, x * (3 + C) + q * (q - 2 * r))),
           Substitute(using="b_tie", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda p, q, r: 3, points=({"p": "0.5", "q": "0.4", "r": "0.2"},
                                                      {"p": "0.7", "q": "0.6", "r": "0.3"},
                                                      {"p": "0.9", "q": "0.8", "r": "0.4"})),
)]

"""Class 4 (review 26, premises and domains): a definition's realness ("real" relation) in a kept variable is tried at its 7 values only; the box search takes inequalities alone.

k (declared real) := √(y − 3/10 + 10(z − 3/5)²) is rested on (a zero term k² − (…) is substituted away); C = (x − ½)(y − ¼),
f = x(3 + C) + z + k² − (…), cond: C = 0, x, y, z ∈ (0, 1), the form 3x + z keeps z. `checker.holders_region` adds
("real", √(…)) (review 23), so y = ¼ holds only where z ∉ (0.529, 0.671). `_search_region._boxed` keeps only kinds
"positive"/"nonnegative", so this band between the tried values of z is never searched: y = ¼ is admitted, d/dx f = 3
is proved. Declaring k positive instead (a "positive" relation) makes the same file refused, so the kind is the
mechanism (a "nonzero" or "whole" relation in a kept variable is likewise tried at its values only).
Counterexample: z = 0.6, y = 0.8 (k = √0.5), x = ½: y = ¼ has no real k at z = 0.6, C = 0 pins x, and the true slope
3 + ½·0.55 = 3.275 ≠ 3. Sound: box every kind of relation (a ball with no real value fails "real"; a ball around 0
cannot show "nonzero"), or solve for the kept values where it fails.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", real=True)
half = sp.Rational(1, 2)
gap = y - sp.Rational(3, 10) + 10 * (z - sp.Rational(3, 5))**2
DERIVATIONS = [Derivation(
    id="attack.r26.real_kind_unboxed", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"), names=(k,),
    premises=(Premise("kdef", sp.Eq(k, sp.sqrt(gap)), "wavenumber (real above the threshold)"),
              Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z + k**2 - gap), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="kdef", on="fdef", expect=sp.Eq(f, x * (3 + C) + z)),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.6"}, {"y": "0.9", "z": "0.1"},
                                                      {"y": "0.5", "z": "0.9"})),
)]

"""Class 4 (review 25, premises and domains): a relation in a variable the form keeps is tried at 7 fixed values of it; a threshold that peaks between them is never seen.

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), f = x(3 + C) + z (the form keeps z), premises ybig: y > 3/10 − 10(z − 3/5)² and
C = 0. For |z − 3/5| < 0.0707 (z ∈ (0.529, 0.671), a seventh of the domain) ybig needs y > ¼ + …, so y = ¼ is excluded
and C = 0 pins x = ½ there. Review 24's fix (`_search_region.admits(…, fixed=)`) asks the point y = ¼ to be admitted
at every *tried* value of z, but `_across` tries only z ∈ {0.001, 0.01, 0.25, 0.5, 0.75, 0.99, 0.999}, all outside
the band: y = ¼ is admitted at each, y "holds" C = 0, and d/dx f = 3 is proved. Counterexample: z = 0.6, y = 0.8,
x = ½ (every premise holds): the true slope of f = x(3 + (x − ½)(y − ¼)) + z is 3 + ½·0.55 = 3.275, not 3. Sound:
decide "admitted for every value of the kept variable" rigorously (e.g. the infimum over z of the relation's
margin by interval arithmetic, or solve the relation for the range of z where it excludes the point), not at a
fixed handful of values.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r25.region_fixed_between_tries", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("ybig", y > sp.Rational(3, 10) - 10 * (z - sp.Rational(3, 5))**2, "regime: above a threshold that peaks at z = 3/5"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.6"}, {"y": "0.9", "z": "0.1"},
                                                      {"y": "0.5", "z": "0.9"})),
)]

"""Class 1 (review 17, calculus where a form holds at a point): a never-vanishing factor with an unknown function (1 + g(y)²) switches off the check along an integral's range.

Review 16's r16_integral_range_between_probes with the condition weighted by an unknown gain profile g:
z = y + 19/2 + 3cos²(πx/2), x in (0, 8), y in (0, 1), C = (z − 10)(1 + g(y)²), condition C = 0; f = 10 + C/(1 + g(y)²)
is 10 on the condition; ∫₀⁸ f dx = 80 is proved. The holders' search replaces g(y) by a stand-in (review 16), but
along_range.unheld_along is given the raw condition and returns None ("held") when it is not _searchable, which an
unknown function makes it: the range is not looked at. Whatever g is, 1 + g(y)² ≥ 1, so C = 0 is z = 10, which y in
(0, 1) keeps only within about 0.27 of an odd x; on about 73 % of [0, 8] no y satisfies the premises. The function
f = 10 + (z − 10) = z integrates to 88 + 8y, not 80 (y = ½: 92). Sound: along the range the condition must be
searched in the same stand-in form as the holders' search, and one that cannot be searched must count as
unheld (as the module's own docstring says of an undecided point); refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 8)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z, C = sp.Symbol("f"), sp.Symbol("z"), sp.Symbol("C")
g = sp.Function("g")
DERIVATIONS = [Derivation(
    id="attack.r17.integral_range_unknown_factor", title="accumulated total over four periods", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, y + sp.Rational(19, 2) + 3 * sp.cos(sp.pi * x / 2)**2), "periodic total"),
              Premise("Cdef", sp.Eq(C, (z - 10) * (1 + g(y)**2)), "imbalance, weighted by a gain profile g"),
              Premise("fdef", sp.Eq(f, 10 + C / (1 + g(y)**2)), "rate"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           Integrate(x, 0, 8, expect=sp.Eq(sp.Integral(f, (x, 0, 8)), 80))),
    route=Agreement("value", lambda y: 80, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

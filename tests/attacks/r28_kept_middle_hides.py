"""Class 4 (review 28, premises and domains): the box search over a kept variable is ordered by the equation's residual at the free variables' middle tried value, which is smallest exactly where no free value solves it.

C = 1000(x − ½)(y − ¼), x, y, z, w ∈ (0, 1), f = x(3 + C) + z (the form 3x + z keeps z), premises
tune: 16y² = 1 − (w − ½)² + B(z) with B(z) = (3/5)((z − 5/8)² − 1/100), and C = 0; Substitute then d/dx f = 3 is
proved. At the holder y = ¼, tune needs (w − ½)² = B(z), solvable by some w ∈ (0, 1) iff 0 ≤ B(z) < ¼, i.e. for
every z except the band |z − 5/8| < 1/10 (0.525, 0.725), which holds none of z's seven tried values. Review 27's
`_kept_boxes` orders the boxes over z by −g² with w at its middle tried value ½, where g = B(z): that is largest
(−0.23) near z = 0, where w solves tune, and near 0 (|g| ≤ 0.006) in the failing band, so the 256 boxes are spent
refining around z = 0 and the band's midpoints are never tried. Counterexample: z = 5/8, w = ½, x = ½,
y = √0.994/4 ≈ 0.24925 satisfy every premise (C = 0 since x = ½; y ≠ ¼ for every w there, so C = 0 pins x = ½);
the true slope of f = x(3 + 1000(x − ½)(y − ¼)) + z in x there is 3 + 500(y − ¼) ≈ 2.624, not 3. (With the band
centred on the tried value ½ the same file is refused.) Sound: the ordering must not stand for solvability over
the free variables (order by an enclosure of the residual's distance from 0 over the free variables' whole
range, e.g. min over w of |g|, or search the kept and free variables' boxes jointly), or the point refused.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1)); w_ = Param("w", Real(0, 1))
x, y, z, w = x_.symbol, y_.symbol, z_.symbol, w_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
B = sp.Rational(3, 5) * ((z - sp.Rational(5, 8))**2 - sp.Rational(1, 100))
DERIVATIONS = [Derivation(
    id="attack.r28.kept_middle_hides", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_, w_), parameters=("y", "z", "w"),
    premises=(Premise("Cdef", sp.Eq(C, 1000 * (x - half) * (y - quarter)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("tune", sp.Eq(16 * y**2, 1 - (w - half)**2 + B), "tuning"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z, w: 3, points=({"y": "0.8", "z": "0.6", "w": "0.3"},
                                                         {"y": "0.9", "z": "0.1", "w": "0.5"},
                                                         {"y": "0.5", "z": "0.9", "w": "0.7"})),
)]

"""Class 4 (review 23, premises and domains): the region's "solvable" test counts |g| ≤ 10⁻¹² as a zero, absolutely: an equation written in SI units is "solvable" everywhere.

The r22 dispersion premise written in SI units: ħ²k²/(2mₑ) = (y − 2)·e, k real, y the energy in eV ∈ (0, 3): the premises
hold only for y ≥ 2. C = (x − ½)(y − 1), condition C = 0: since y ≥ 2, C = 0 pins x = ½. At y = 1 the other
equation's g = ħ²k²/(2mₑ) + 1.6·10⁻¹⁹ never vanishes for real k, but every sample value of g at small k is below the
absolute 10⁻¹² that `solvable` takes for 0, so y = 1 is admitted, holds C = 0 while x moves and d/dx goes through:
f = x(3 + C) = 3x, df/dx = 3. (With the constants of order 1 the same file is refused.) Counterexample: y = 2.5,
x = ½: true slope 3 + ½(y − 1) = 3.75. Sound: a zero must be judged relative to the equation's scale (its terms'
sizes), or by a sign change only, never by an absolute threshold.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 3))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", real=True)
hbar, me, qe = sp.Float("1.054571817e-34"), sp.Float("9.1093837e-31"), sp.Float("1.602176634e-19")
DERIVATIONS = [Derivation(
    id="attack.r23.pin_solvable_absolute_tolerance", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(k,),
    premises=(Premise("dispersion", sp.Eq(hbar**2 * k**2 / (2 * me), (y - 2) * qe), "real wave number (SI, y in eV)"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 1)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + hbar**2 * k**2 / (2 * me) - (y - 2) * qe), "response (with a zero-energy term)"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="dispersion", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "2.5"}, {"y": "2.7"}, {"y": "2.9"})),
)]

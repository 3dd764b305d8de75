"""Class 4 (review 24, premises and domains): another equation of the context in an integer variable counts as solvable wherever it changes sign across whole values.

C = (x − ½)(y − ¼), x, y ∈ (0, 1), n an integer parameter in [1, 20], premises mode: n·y = 3/8 (a standing-wave
condition; the form rests on it) and C = 0. y = 3/(8n) takes only the values 3/8, 3/16, 1/8, …; never ¼ (n = 3/2 is no
integer). So C = 0 pins x = ½. `_search_region._solvable` calls an equation solvable at a point when its value changes
sign across the sampled values of its other variables — the intermediate value theorem, which says nothing for an
integer: ¼·1 − 3/8 < 0 < ¼·2 − 3/8, so y = ¼ is admitted, holds C = 0 while x moves, and d/dx goes through:
f = x(3 + C) = 3x, df/dx = 3. Counterexample: n = 1, y = 3/8, x = ½ (every premise holds): true slope
3 + ½(y − ¼) = 3.0625. Sound: an integer variable of another equation must make it vanish at a whole value
(exactly, or to a tolerance the equation's scale justifies), never by a sign change between two, or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Integer, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); n_ = Param("n", Integer(1, 20))
x, y, n = x_.symbol, y_.symbol, n_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r24.integer_sign_change_solvable", title="response at the balance point", source="attack",
    symbols=(x_, y_, n_), parameters=("y", "n"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + n * y - sp.Rational(3, 8)), "response (with a zero term)"),
              Premise("mode", sp.Eq(n * y, sp.Rational(3, 8)), "standing wave: n half-wavelengths fit"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="mode", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, n: 3, points=({"y": "0.375", "n": "1"}, {"y": "0.1875", "n": "2"},
                                                      {"y": "0.125", "n": "3"})),
)]

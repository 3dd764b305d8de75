"""Class 1 (review 16, calculus where a form holds at a point): a limit n -> ∞ over the integers, held by an integer that can follow n only up to 50.
n an integer ≥ 1, m an integer in [1, 100]; z = m - 2n, condition z = 0 (m = 2n). f = n z + 1/n is 1/n on the condition
and lim_{n→∞} f = 0 is proved: an integer holder may follow a limit over the integers, and off_its_range looks at
real variables only. m = 2n needs n ≤ 50: for n > 50 no m in [1, 100] satisfies the premises, and the function
f = n(m - 2n) + 1/n tends to -∞ for every m. Sound: hold the condition along the integer range too (refuse), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integer, Limit, Param, Premise, Substitute

n_ = Param("n", Integer(1, None)); m_ = Param("m", Integer(1, 100))
n, m = n_.symbol, m_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.limit_integer_holder_bounded", title="response of a large paired system", source="attack",
    symbols=(n_, m_), parameters=("m",),
    premises=(Premise("zdef", sp.Eq(z, m - 2 * n), "pairing defect"),
              Premise("fdef", sp.Eq(f, n * z + 1 / n), "response"),
              Premise("cond", sp.Eq(z, 0), "paired")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 1 / n)),
           Limit(n, sp.oo, expect=sp.Eq(sp.Limit(f, n, sp.oo), 0))),
    route=Agreement("value", lambda m: 0, points=({"m": 2}, {"m": 50}, {"m": 100})),
)]

"""Class 1 (review 17, calculus where a form holds at a point): ∫₀^a with the end a probed at three values (6.18, 2.36, 8.54 of (0, 10)); for a > 9 the range reaches where the condition cannot hold.

z = y + x/9 with x in (0, 10), y in (0, 1); condition z = 1, which y = 1 − x/9 keeps only for x < 9. f = 2x + 5(z − 1) is
2x on the condition; ∫₀^a f dx = a² is proved for every a in (0, 10). along_range holds a parameter end at _BOUND_PROBES = 3
golden-ratio values of a (a = 10·frac(kφ⁻¹), k = 1, 2, 3: 6.18, 2.36, 8.54), all below 9, so the range [0, a] is looked at
only where y can follow. For a in (9, 10) (10 % of a's domain) the range runs through (9, a], where no y in (0, 1)
satisfies the premises. At a = 19/2, y = ½ the function f = 2x + 5(y + x/9 − 1) integrates to
a² + 5(a/2 + a²/18 − a) = 90.25 + 1.319… = 91.57, not a² = 90.25 (and no y makes the premises hold on the whole range).
Sound: the end's parameter must be searched for where the range leaves the region the condition can hold
(here symbolically: y = 1 − x/9 > 0 needs x < 9, so a ≤ 9), not probed at three values; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10)); y_ = Param("y", Real(0, 1)); a_ = Param("a", Real(0, 10))
x, y, a = x_.symbol, y_.symbol, a_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r17.integral_end_parameter_beyond_probes", title="accumulated response up to a", source="attack",
    symbols=(x_, y_, a_), parameters=("a",),
    premises=(Premise("zdef", sp.Eq(z, y + x / 9), "total"),
              Premise("fdef", sp.Eq(f, 2 * x + 5 * (z - 1)), "rate"),
              Premise("cond", sp.Eq(z, 1), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 2 * x)),
           Integrate(x, 0, a, expect=sp.Eq(sp.Integral(f, (x, 0, a)), a**2))),
    route=Agreement("value", lambda a: a**2, points=({"a": "1"}, {"a": "5"}, {"a": "19/2"})),
)]

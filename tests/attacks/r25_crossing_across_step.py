"""Class 1 (review 25, calculus where a form holds at a point): a sign change across a jump below 15 digits' resolution is taken for a root; the ball check at the bracket's ends confirms it.

K = (y − 3/10) + 10⁻⁴⁰(2θ(y − 3/10) − 1) with θ(0) = 1, C = (x − ½)K, cond: C = 0, x, y ∈ (0, 1). K is ≥ 10⁻⁴⁰ for
y ≥ 3/10 and ≤ −10⁻⁴⁰ below: it never vanishes, so C = 0 pins x = ½. The 15-digit search brackets the jump at 3/10;
|g| at the final bracket (~10⁻¹⁶) is "settled" against its neighbours (the jump of 2·10⁻⁴⁰ is invisible), and
`_crossing.crossing_stands` only asks arb for the signs at the bracket's two ends, which really are opposite; nothing
asks that the function be continuous (or enclosed) across the bracket. `follows` finds the same jump again as x
moves, so y "holds" C = 0 and d/dx f = 3 is proved. Counterexample: at y = 0.6, x = ½ (every premise holds) the true
slope of f = x(3 + (x − ½)K) is 3 + ½K(0.6) = 3.15, not 3. Sound: a crossing must be certified as a root, e.g. by
evaluating the condition as a ball over the whole bracket and finding it continuous there (arb over an interval
that contains a jump or pole is not finite / not a one-signed derivative), or the variable is no holder.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C, K = sp.Symbol("f"), sp.Symbol("C"), sp.Symbol("K")
half, y0 = sp.Rational(1, 2), sp.Rational(3, 10)
DERIVATIONS = [Derivation(
    id="attack.r25.crossing_across_step", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Kdef", sp.Eq(K, (y - y0) + sp.Rational(1, 10**40) * (2 * sp.Heaviside(y - y0, 1) - 1)), "a detuning with a tiny threshold step"),
              Premise("Cdef", sp.Eq(C, (x - half) * K), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.6"}, {"y": "0.8"})),
)]

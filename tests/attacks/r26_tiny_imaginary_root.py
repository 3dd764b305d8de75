"""Class 1 (review 26, calculus where a form holds at a point): a condition whose value is complex (imaginary part below 10⁻¹⁰) is searched as real; arb's "no real value" is read as "undecided" and the root stands.

C = (x − ½)(y − ⅓ + 10⁻²⁰·√(y − ½)), x, y ∈ (0, 1), cond: C = 0. For y < ½ the second factor has the imaginary part
10⁻²⁰·√(½ − y) ≠ 0, for y ≥ ½ it is > 0: it never vanishes, so C = 0 pins x = ½. The 15-digit search
(`_ZeroSet.value`) drops an imaginary part below 10⁻¹⁰ of the value and brackets y = ⅓ as a root;
`_crossing.crossing_stands` gets "no real value" (sign 2) at the bracket's ends, which `_verdict` turns into None,
and a first verdict of None lets the crossing stand; `refined_root` returns None on the same sign and the region
is read at 15 digits. y "holds" C = 0 and d/dx f = 3 is proved. With 10⁻⁵ instead of 10⁻²⁰ the same file is
refused, so the tolerance is the mechanism. Counterexample: y = 0.6, x = ½ (C = 0 holds, every factor real): the true slope of f = x(3 + C) is
3 + ½(0.6 − ⅓ + 10⁻²⁰·√0.1) ≈ 3.133, not 3; no real y makes the second factor vanish. Sound: a ball whose imaginary part excludes 0 refutes the crossing (the condition has no real zero there),
and the 15-digit search must not discard an imaginary part it cannot show to be round-off.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, third = sp.Rational(1, 2), sp.Rational(1, 3)
DERIVATIONS = [Derivation(
    id="attack.r26.tiny_imaginary_root", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - third + sp.sqrt(y - half) / 10**20)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.6"}, {"y": "0.7"}, {"y": "0.9"})),
)]

"""Class 5 (review 31, sampling called confirmation): on an unbounded side nothing between 10^8 and 10^300 is seen.

A Rewrite of f = sqrt(P), P the expanded square ((x − a)(x − b))² with a = 2·10⁸, b = 10²⁹⁹, into
f = (x − a)(x − b) on x > 0. It holds where (x − a)(x − b) ≥ 0, i.e. x ≤ a or x ≥ b, and is false on the
291 decades between: at x = 10⁹ the left side is |8·10⁸·(10⁹ − 10²⁹⁹)| ≈ +8·10³⁰⁷, the right side
≈ −8·10³⁰⁷. It is reported `confirmed` (exit 0): verify/confirm.py draws its random points log-uniformly
below 10⁸ (``whole_domain_point``: mantissa·10^[−8, 7]) and its corners at exactly 10⁸ and 10³⁰⁰, and the
ball scan for non-analytic points (verify/certify_scan.py, ``_REACH``) stops at 10⁶, so the two branch
points of sqrt(P) at 2·10⁸ and 10²⁹⁹ are never found and no point lands between them. Nothing is an
Abs (SymPy keeps sqrt of an expanded polynomial as a Pow), so the non-analytic guard does not fire
either. This is not the narrow-band limit: the band is most of the domain's logarithmic extent and the
forms are not smooth on it. A sound kernel must scan (and sample) an unbounded side out to where it
samples its corners (10³⁰⁰, evenly in the logarithm), or not call such a step confirmed.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
a = 2 * sp.Integer(10) ** 8
b = sp.Integer(10) ** 299
P = sp.expand(((x - a) * (x - b)) ** 2)
DERIVATIONS = [Derivation(
    id="attack.r31.sample_gap_decades", title="a square root of a square", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(P)), "definition"),),
    steps=(Rewrite(expect=sp.expand((x - a) * (x - b))),),
    route=Agreement("value", lambda x: (x - 2 * 10**8) * (x - 10**299), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

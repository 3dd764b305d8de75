"""Class 3 (review 4, SymPy trusted: a limit wrong on a band of its parameter). lim_{x→∞} (x^{1 + 10⁻⁸ − (a − c)²} − x)/x, c = 1.2345, a in (0, 2): SymPy says −1 for every a; it is +∞ for |a − c| < 10⁻⁴. Must be refused."""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")
c = sp.Rational(12345, 10000)

DERIVATIONS = [Derivation(
    id="attack.r5.limit_infinity_finite_param_band", title="relative growth against a linear loss", source="review4",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, (x**(1 + sp.Rational(1, 10**8) - (a - c)**2) - x) / x), "relative growth"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route")),
    steps=(Limit(x, sp.oo, expect=-1),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.5"}, {"a": "1.3"}, {"a": "1.7"})),
)]

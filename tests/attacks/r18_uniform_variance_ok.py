"""Control (review 18). Must pass.

The variance of the uniform law on (a, b), b > a (a premise). E[X] = ∫_a^b x/(b − a) dx = (a + b)/2 and
E[X²] = ∫_a^b x²/(b − a) dx = (a² + ab + b²)/3; Var X = E[X²] − E[X]² = (b − a)²/12. The density's denominator
b − a is positive on the premise.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Simplify, Substitute

x_ = Param("x", Real()); a_ = Param("a", Real()); b_ = Param("b", Real())
x, a, b = (q.symbol for q in (x_, a_, b_))
f1, f2, V = sp.symbols("f1 f2 V")
M1 = sp.Integral(f1, (x, a, b)); M2 = sp.Integral(f2, (x, a, b))

DERIVATIONS = [Derivation(
    id="attack.r18.uniform_variance_ok", title="variance of a uniform law", source="control",
    symbols=(x_, a_, b_), parameters=("a", "b"),
    premises=(Premise("order", b > a, "the interval is not empty"),
              Premise("first", sp.Eq(f1, x / (b - a)), "x times the uniform density"),
              Premise("second", sp.Eq(f2, x**2 / (b - a)), "x² times the uniform density"),
              Premise("var", sp.Eq(V, M2 - M1**2), "variance from the first two moments")),
    steps=(Integrate(x, a, b, on="first", name="mean", expect=sp.Eq(sp.Integral(f1, (x, a, b)), (a + b) / 2)),
           Integrate(x, a, b, on="second", name="msq", expect=sp.Eq(sp.Integral(f2, (x, a, b)), (a**2 + a * b + b**2) / 3)),
           Substitute(using="msq", on="var", expect=sp.Eq(V, (a**2 + a * b + b**2) / 3 - M1**2)),
           Substitute(using="mean",
                      expect=sp.Eq(V, (a**2 + a * b + b**2) / 3 - (a + b)**2 / 4)),
           Simplify(expect=sp.Eq(V, (b - a)**2 / 12))),
    route=Agreement("variance by quadrature of (x − mean)² against the density",
                    lambda a, b: (lambda a, b: mpmath.quad(lambda s: (s - mpmath.quad(lambda u: u, [a, b]) / (b - a))**2, [a, b]) / (b - a))(
                        mpmath.mpf(a), mpmath.mpf(b)),
                    points=({"a": 0, "b": 1}, {"a": -3, "b": "2.5"}, {"a": 10, "b": 1000})),
)]

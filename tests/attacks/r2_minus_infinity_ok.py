"""Control (review 2). Must pass. Control that a sound kernel must pass: ∫_{−∞}^{∞} e^{−x²} dx = √π.

Any form containing −∞ (here the lower limit of integration; likewise Limit(x, -oo),
Real(None, ...)-style bounds written as -oo) is refused by the trust boundary:
verify/wire.py:_build reads srepr's `-oo` as an ast.UnaryOp on a Name and raises
"the form contains UnaryOp, which srepr never writes" — but srepr(-oo) is exactly '-oo'.
Expected: proved, exit 0. Observed: refused, exit 1.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(None, None))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r2.minus_infinity_ok", title="the Gaussian integral", source="review2",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.exp(-x**2)), "the Gaussian"),),
    steps=(Integrate(x, -sp.oo, sp.oo, expect=sp.sqrt(sp.pi)),),
    route=Agreement("quadrature", lambda: mpmath.quad(lambda t: mpmath.exp(-t**2), [-mpmath.inf, mpmath.inf]),
                    points=({},)),
)]

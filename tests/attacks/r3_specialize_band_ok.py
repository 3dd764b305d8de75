"""Control (review 3). Must pass. r3_specialize_band.py with v = (b − 5)² + 10⁻⁶, positive on the whole domain of b.

Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Real, Rewrite, Substitute

x_ = Param("x", Positive())
b_ = Param("b", Real(0, 10))
x, b = x_.symbol, b_.symbol
f = sp.Symbol("f")
V = (b - 5)**2 + sp.Rational(1, 10**6)

DERIVATIONS = [Derivation(
    id="attack.r3.specialize_band_ok", title="log of a square on a lifted parabola", source="review3",
    symbols=(x_, b_), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, sp.log(x**2)), "the log-square"),),
    steps=(Rewrite(expect=2 * sp.log(x)),
           Substitute(mapping={x: V}, expect=sp.Eq(sp.Subs(f, x, V), 2 * sp.log(V)))),
    route=Agreement("log of the square", lambda b: mpmath.log(((mpmath.mpf(b) - 5)**2 + mpmath.mpf(10)**-6)**2),
                    points=({"b": 1}, {"b": 2}, {"b": 8})),
)]

"""Class 3 (review 3, SymPy trusted). SymPy's wrong one-sided limit certified by probing: lim_{x→0⁺} |sin(1/x)|^x = 1.

The limit does not exist: f = 0 at x = 1/(nπ) for every n (points accumulating at 0), and
f = 1 at x = 1/(nπ + π/2). SymPy 1.14 answers 1. The certificate
(verify/certify_ops.py:_probe) evaluates f only at x = 10^{−k}, where |sin 10^k| is some
number in (0, 1], so |f − 1| ~ 10^{−k}: "converging". _by_continuity does not apply (Abs).
A sound kernel fails or says inconclusive (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_zero_oscillating", title="a vanishing root of a fast oscillation", source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.sin(1 / x))**x), "the root of the amplitude"),),
    steps=(Limit(x, 0, "+", expect=1),),
    route=Agreement("at x = 10^-80", lambda: mpmath.power(abs(mpmath.sin(mpmath.mpf(10)**80)), mpmath.mpf(10)**-80),
                    points=({},)),
)]

"""Class 3 (review 3, SymPy trusted). SymPy's wrong limit at ∞ certified by the ladder: lim_{x→∞} |sin x|^{1/x} = 1.

The limit does not exist: f(nπ) = 0 for every integer n, while f(nπ + π/2) = 1. SymPy 1.14
answers 1 (also for (sin² x)^{1/x}). The kernel's certificate (verify/certify_limits.py:_ladder)
probes only x = 10^k, where |sin 10^k| is some number in (0, 1], so |f − 1| ~ |log|sin 10^k||/10^k
"decays geometrically" and the limit is certified. (The same with sin(πx): its zeros are at the
integers the ladder probes, and there it is refuted.) A sound kernel fails or says
inconclusive (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_infinity_oscillating", title="the x-th root of a standing wave", source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.sin(x))**(1 / x)), "the root of the amplitude"),),
    steps=(Limit(x, sp.oo, expect=1),),
    route=Agreement("at x = 10^80", lambda: mpmath.power(abs(mpmath.sin(mpmath.mpf(10)**80)), mpmath.mpf(10)**-80),
                    points=({},)),
)]

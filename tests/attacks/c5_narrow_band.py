"""Class 5 (sampling called confirmation): a side condition that fails on a narrow band.

``LogBoth`` needs ``1 + x/100 − 2 exp(−10²⁴ (x − π)²) > 0``; it fails for ``|x − π| ≲ 8·10⁻¹³``, a band far
narrower than any sampling grid on (0, 10). A sound kernel decides the sign with ball
arithmetic on subdivided boxes, or says inconclusive: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, LogBoth, Param, Premise, Real

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f", positive=True)
SIDE = 1 + x / 100 - 2 * sp.exp(-10**24 * (x - sp.pi)**2)

DERIVATIONS = [Derivation(
    id="attack.c5.narrow_band", title="log of a gap", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, SIDE), "the gap"),),
    steps=(LogBoth(expect=sp.Eq(sp.log(f), sp.log(SIDE))),),
    route=Agreement("the log gap", lambda x: mpmath.log(1 + x / 100 - 2 * mpmath.exp(-mpmath.mpf(10)**24 * (x - mpmath.pi)**2)),
                    points=({"x": 1}, {"x": 2}, {"x": 5})),
)]

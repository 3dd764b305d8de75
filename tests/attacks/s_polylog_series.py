"""Class 3 (SymPy trusted), built on SymPy issue #25159: the series of ``Li_{3/2}(e^{−x})`` about 0.

The expansion is ``ζ(3/2) + Γ(−1/2) √x − ζ(1/2) x + …``; SymPy drops the ``√x`` term and
answers ``ζ(3/2) − ζ(1/2) x + O(x²)`` (reproduced with the installed SymPy). The missing
term dominates the one kept. A sound kernel checks a series against the function near
its centre (the remainder must be of the stated order): exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.s.polylog_series", title="a Bose-gas expansion", source="SymPy issue #25159",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.polylog(sp.Rational(3, 2), sp.exp(-x))), "the occupation sum"),),
    steps=(SeriesExpand(x, 0, 2, expect=sp.zeta(sp.Rational(3, 2)) - x * sp.zeta(sp.Rational(1, 2))),),
    route=Agreement("the two-term expansion", lambda x: mpmath.zeta(mpmath.mpf(3) / 2) - x * mpmath.zeta(mpmath.mpf(1) / 2),
                    points=({"x": "0.001"}, {"x": "0.01"}, {"x": "0.1"})),
)]

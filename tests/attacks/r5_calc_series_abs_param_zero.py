"""Class D (review 5, a calculus step certified at sampled parameter points, specialised where it is false): Series of |x − a| at x = 0 (from the right), a ∈ (−1, 1), then a specialized to 0.

SymPy: |x − a| ≃ |a| − x·sign(a) + O(x²), valid for a ≠ 0 only. At a = 0 it reads
|x| ≃ 0 + O(x²), but |x| = x is first order. A sound kernel: |u| is smooth only where
u ≠ 0, and u = −a vanishes at a = 0 inside the domain: refused/failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(-1, 1))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_series_abs_param_zero", title="a distance expanded", source="attack",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.Abs(x - a)), "the distance"),),
    steps=(SeriesExpand(x, 0, 2, expect=sp.Abs(a) - x * sp.sign(a)),
           Substitute(mapping={a: 0}, expect=0)),
    route=Agreement("zero", lambda x: 0, points=({"x": "0.1"}, {"x": "0.2"}, {"x": "0.3"})),
)]

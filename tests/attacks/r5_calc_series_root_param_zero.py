"""Class D (review 5, a calculus step certified at sampled parameter points, specialised where it is false): √(x + a²) ≃ |a| to order 1 about x = 0, a ∈ (−1, 1), then a = 0.

For a ≠ 0 the remainder is O(x); at a = 0 it is √x, which is no O(x): the expansion
boxes √x ≃ 0 + O(x). A sound kernel certifies the expansion also at a = 0, where the
root's argument vanishes at the point: failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(-1, 1))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_series_root_param_zero", title="a root expanded", source="attack",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(x + a**2)), "the root"),),
    steps=(SeriesExpand(x, 0, 1, expect=sp.Abs(a)),
           Substitute(mapping={a: 0}, expect=0)),
    route=Agreement("zero", lambda x: 0, points=({"x": "0.1"}, {"x": "0.2"}, {"x": "0.3"})),
)]

"""Class D (review 5, a calculus step certified at sampled parameter points, specialised where it is false): A limit whose value changes at one parameter value: lim_{x→0⁺} x/(x + a²) = 0, a ∈ (−1, 1), then a = 0.

For a ≠ 0 the limit is 0; at a = 0 the function is x/x = 1 and the limit is 1. SymPy says 0 for
every a. Specialized at a = 0 (inside the domain) the chain boxes lim_{x→0⁺} x/x = 0. A sound
kernel: continuity at x = 0 needs a² ≠ 0, which fails at a = 0 in the domain: refused/failed
(or the specialization refused); exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(-1, 1))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_limit_param_point", title="a saturation ratio", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("def", sp.Eq(f, x / (x + a**2)), "the ratio"),),
    steps=(Limit(x, 0, direction="+", expect=0),
           Substitute(mapping={a: 0}, expect=0)),
    route=Agreement("zero", lambda: 0, points=({},)),
)]

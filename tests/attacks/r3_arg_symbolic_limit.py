"""Class 3 (review 3, SymPy trusted). A limit at a symbolic point taken by substitution through arg's jump.

A limit at a symbolic point taken by substitution through arg's jump.

φ(x) = arg(−1 + i(x − a)) (the phase of a response, real-valued), a ∈ (0, 1), x ∈ (−2, 2).
Limit rule at the symbolic point a from below: derivations/_rules_calculus.py:_continuous_value
substitutes (arg is not in _NON_SMOOTH, the value arg(−1) = π is finite, there is no
denominator), so lim_{x→a⁻} φ = π is 'proved'. For x < a, φ = −π − atan(x − a) → −π.
(SymPy's own limit(arg(I*x - 1), x, 0, '-') is also wrongly π.) A sound kernel refuses or
fails: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(-2, 2))
a_ = Param("a", Real(0, 1))
x, a = x_.symbol, a_.symbol
phi = sp.Symbol("phi")

DERIVATIONS = [Derivation(
    id="attack.r3.arg_symbolic_limit", title="phase just below the resonance", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(phi, sp.arg(-1 + sp.I * (x - a))), "the phase"),),
    steps=(Limit(x, a, "-", expect=sp.pi),),
    route=Agreement("the phase at the point", lambda a: mpmath.pi, points=({"a": "0.2"}, {"a": "0.5"}, {"a": "0.7"})),
)]

"""Class 7 (review 5, domains): a phase on (−π, π) specialized to π + 10⁻³⁰, outside its domain: cos φ → cos(π + 10⁻³⁰).

A membership test with a float (or a rational approximation of π) cannot tell π + 10⁻³⁰ from π
or from a point inside. A sound kernel decides it exactly: failed/refused, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Substitute

p_ = Param("phi", Real(-sp.pi, sp.pi))
A_ = Param("A", Real(0, 10))
p, A = p_.symbol, A_.symbol
X = sp.Function("X")
V = sp.pi + sp.Rational(1, 10**30)

DERIVATIONS = [Derivation(
    id="attack.r5.dom_value_beyond_pi", title="the phase at the edge", source="attack",
    symbols=(p_, A_), parameters=("A",),
    premises=(Premise("motion", sp.Eq(X(p), A * sp.cos(p)), "the phase"),),
    steps=(Substitute(mapping={p: V}, expect=A * sp.cos(V)),),
    route=Agreement("cosine near π", lambda A: mpmath.mpf(A) * mpmath.cos(mpmath.pi + mpmath.mpf(10)**-30),
                    points=({"A": 1}, {"A": "2.5"}, {"A": "0.3"})),
)]

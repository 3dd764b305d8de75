"""Class 3 (review 24, SymPy trusted): two distinct real roots of a periodic equation agree at the three fixed fractions 1/3, 5/8, 7/8 of a single parameter's domain, so `_same_root` merges them and one root inside the domain is never accounted for.

cos x = g(c), g = 1 − 100(c − 1/3)²(c − 5/8)²(c − 7/8)², x ∈ (π, 3π), c ∈ (0, 1). SymPy's solve gives acos g and
2π − acos g; solveset's families list 2π + acos g, which equals 2π − acos g exactly where g = 1, i.e. at the
three points `_same_root` compares with one parameter (they do not move with the parameter's count or the
derivation). It is dropped as the same root; x = 2π − acos g is derived as the only root in (π, 3π).
At c = 1/2, g = 0.99390…: cos x = g has x = 2π − 0.1105 (kept) and x = 2π + 0.1105, also in (π, 3π).
A sound kernel must not decide two roots equal from finitely many fixed points (draw seeded points from the
domain, and compare where the equation has real roots, or prove the difference 0).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(sp.pi, 3 * sp.pi)); c_ = Param("c", Real(0, 1))
x, c = x_.symbol, c_.symbol
g = 1 - 100 * (c - sp.Rational(1, 3))**2 * (c - sp.Rational(5, 8))**2 * (c - sp.Rational(7, 8))**2
G = lambda c: 1 - 100 * (c - mpmath.mpf(1) / 3)**2 * (c - mpmath.mpf(5) / 8)**2 * (c - mpmath.mpf(7) / 8)**2
DERIVATIONS = [Derivation(
    id="attack.r24.same_root_fixed_points", title="angle from its cosine", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("law", sp.Eq(sp.cos(x), g), "the cosine"),),
    steps=(SolveFor(x, expect=sp.Eq(x, 2 * sp.pi - sp.acos(g))),),
    route=Agreement("root", lambda c: 2 * mpmath.pi - mpmath.acos(G(mpmath.mpf(c))),
                    points=({"c": "0.5"}, {"c": "0.4"}, {"c": "0.7"})),
)]

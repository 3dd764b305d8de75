"""Class 3 (review 24, SymPy trusted): a periodic root SymPy lists is merged with another by `_same_root`, which compares them at fixed points where both are complex but one, and the root inside the domain is never accounted for.

sin x = b with x ∈ (0, 2π), b ∈ (−8, 0). SymPy's solve gives π − asin b and asin b; solveset's families
2nπ + asin b, 2nπ + π − asin b list the member 2π + asin b, which `_same_root` compares with π − asin b at
b = 1/3, 5/8, 7/8 of the domain (−16/3, −3, −1): at the first two both are complex (skipped), at b = −1 both are
3π/2, and the three fractions are looped three times, so one agreeing point counts three times. The member is
dropped as "the same root", and x = π − asin b is derived as the only root. It is not: at b = −1/2,
sin x = −1/2 has x = 7π/6 (kept) and x = 11π/6 = 2π + asin(−1/2), inside (0, 2π). A sound kernel must count
distinct real points (never the same point again), and treat roots equal only where they are both real at
points where the equation has real roots (or prove r − s = 0 symbolically).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 2 * sp.pi)); b_ = Param("b", Real(-8, 0))
x, b = x_.symbol, b_.symbol
DERIVATIONS = [Derivation(
    id="attack.r24.same_root_complex_skip", title="angle from its sine", source="attack",
    symbols=(x_, b_), parameters=("b",),
    premises=(Premise("law", sp.Eq(sp.sin(x), b), "the sine"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.pi - sp.asin(b))),),
    route=Agreement("root", lambda b: mpmath.findroot(lambda t: mpmath.sin(t) - mpmath.mpf(b), 3.5),
                    points=({"b": "-0.2"}, {"b": "-0.5"}, {"b": "-0.9"})),
)]

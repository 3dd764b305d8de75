"""Class 6 (review 3, routes, hooks and user code trusted): cache collision across derivation ids, the victim.

The step of r3_cache_collision_poison.py under id r3.cube0: f = (u³)^(1/3), u = (b − 5)² − 4,
b ∈ (0, 10), Rewrite f = u, false for |b − 5| < 2. Its own points (seed "r3.cube0#0") hit the
band: failed at b = 4 with --no-cache. Run after the poisoner in the same cache directory,
it read the poisoner's 'confirmed' (the key left out the id the seed depends on) and exited 0.
A sound kernel gives the same verdict with and without the cache: failed (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

b_ = Param("b", Real(0, 10))
b = b_.symbol
f = sp.Symbol("f")
U = (b - 5)**2 - 4

DERIVATIONS = [Derivation(
    id="r3.cube0", title="cube root of a cube", source="review3",
    symbols=(b_,), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, (U**3)**sp.Rational(1, 3)), "the magnitude"),),
    steps=(Rewrite(expect=U),),
    route=Agreement("the value off the band", lambda b: (mpmath.mpf(b) - 5)**2 - 4,
                    points=({"b": 1}, {"b": 2}, {"b": 8})),
)]

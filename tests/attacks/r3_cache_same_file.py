"""Class 6 (review 3, routes, hooks and user code trusted): one file, two derivations with the same step and ids
whose sampling differs; the verdict depended on the cache.

As r3_cache_collision: f = (u³)^(1/3), u = (b − 5)² − 4, b ∈ (0, 10); Rewrite f = u is false
for |b − 5| < 2. Under r3.cube2 the points miss the band (confirmed, cached), under r3.cube0
they hit it (failed at b = 4). With a key without the id, a second run with the cache gave
r3.cube0 the 'confirmed' of r3.cube2 (exit 0). A sound kernel: the same verdict with and
without the cache, r3.cube0 failed (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

b_ = Param("b", Real(0, 10))
b = b_.symbol
f = sp.Symbol("f")
U = (b - 5)**2 - 4


def make(ident):
    return Derivation(
        id=ident, title="cube root of a cube", source="review3",
        symbols=(b_,), parameters=("b",),
        premises=(Premise("def", sp.Eq(f, (U**3)**sp.Rational(1, 3)), "the magnitude"),),
        steps=(Rewrite(expect=U),),
        route=Agreement("the value off the band", lambda b: (mpmath.mpf(b) - 5)**2 - 4,
                        points=({"b": 1}, {"b": 2}, {"b": 8})))


DERIVATIONS = [make("r3.cube2"), make("r3.cube0")]

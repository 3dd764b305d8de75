"""Class 6 (review 3, routes, hooks and user code trusted): cache collision across derivation ids, the poisoner.

f = (u³)^(1/3) with u = (b − 5)² − 4, b ∈ (0, 10); Rewrite f = u is false for |b − 5| < 2
(u < 0: the principal cube root of u³ is complex). Sampling is seeded by "<id>#<step>": under
id r3.cube2 the points miss that band (the step is 'confirmed' and cached), under r3.cube0
they hit it (failed at b = 4). This file, id r3.cube2, is rejected on its own (its route is
wrong); it only leaves its step's verdict in the cache. Before review 3 the step cache key
(verify/checker.py:_cache_key) had no derivation id, so r3_cache_collision.py, run next in
the same cache, read this 'confirmed'. A sound kernel rejects this file (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

b_ = Param("b", Real(0, 10))
b = b_.symbol
f = sp.Symbol("f")
U = (b - 5)**2 - 4

DERIVATIONS = [Derivation(
    id="r3.cube2", title="cube root of a cube", source="review3",
    symbols=(b_,), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, (U**3)**sp.Rational(1, 3)), "the magnitude"),),
    steps=(Rewrite(expect=U),),
    # The route is off by one: this file is rejected whatever its step gets, yet its step's
    # 'confirmed' (its points miss the band) went into the cache under a key without the id.
    route=Agreement("the value off the band", lambda b: (mpmath.mpf(b) - 5)**2 - 3,
                    points=({"b": 1}, {"b": 2}, {"b": 8})),
)]

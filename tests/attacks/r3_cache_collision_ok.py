"""Control (review 3). Must pass. The step of r3_cache_collision and r3_cache_same_file made true: u = (b − 5)² + 4 > 0,
so (u³)^(1/3) = u on the whole domain; two derivations with the same step and different ids both pass, with and
without the cache.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

b_ = Param("b", Real(0, 10))
b = b_.symbol
f = sp.Symbol("f")
U = (b - 5)**2 + 4  # positive on the whole domain: the real cube root of u³ is u


def make(ident):
    return Derivation(
        id=ident, title="cube root of a cube", source="review3",
        symbols=(b_,), parameters=("b",),
        premises=(Premise("def", sp.Eq(f, (U**3)**sp.Rational(1, 3)), "the magnitude"),),
        steps=(Rewrite(expect=U),),
        route=Agreement("the value off the band", lambda b: (mpmath.mpf(b) - 5)**2 + 4,
                        points=({"b": 1}, {"b": 2}, {"b": 8})))


DERIVATIONS = [make("attack.r3.cache_collision_ok.a"), make("attack.r3.cache_collision_ok.b")]

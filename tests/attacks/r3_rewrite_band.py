"""Class 5 (review 3, sampling called confirmation). A rewrite false on a narrow band of the domain is 'confirmed' by sampling.

f = (u³)^(1/3) (the principal cube root) with u = (b − 5)² − 10⁻⁶, b ∈ (0, 10). Rewrite f = u is
false for |b − 5| < 10⁻³: there u < 0 and the principal cube root of u³ is |u|·e^{iπ/3}, not u.
The equality is neither proved nor refuted symbolically, and the sampled points (8, with
corners) miss the band (verify/confirm.py:confirm_identity), so the step is 'confirmed', exit 0.
(r_cache_collision_poison.py: the same identity false on 40% of the domain is confirmed too.)
A sound kernel must not certify a false identity: failed or inconclusive (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

b_ = Param("b", Real(0, 10))
b = b_.symbol
f = sp.Symbol("f")
U = (b - 5)**2 - sp.Rational(1, 10**6)

DERIVATIONS = [Derivation(
    id="attack.r3.rewrite_band", title="cube root of a cube", source="review3",
    symbols=(b_,), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, (U**3)**sp.Rational(1, 3)), "the magnitude"),),
    steps=(Rewrite(expect=U),),
    route=Agreement("the magnitude", lambda b: mpmath.cbrt(((mpmath.mpf(b) - 5)**2 - mpmath.mpf(10)**-6)**3),
                    points=({"b": 1}, {"b": 2}, {"b": 8})),
)]

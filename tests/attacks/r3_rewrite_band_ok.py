"""Control (review 3). Must pass. r3_rewrite_band.py with u = (b − 5)² + 10⁻⁶ > 0, where (u³)^{1/3} = u holds on the whole domain.

Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

b_ = Param("b", Real(0, 10))
b = b_.symbol
f = sp.Symbol("f")
U = (b - 5)**2 + sp.Rational(1, 10**6)

DERIVATIONS = [Derivation(
    id="attack.r3.rewrite_band_ok", title="cube root of a positive cube", source="review3",
    symbols=(b_,), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, (U**3)**sp.Rational(1, 3)), "the magnitude"),),
    steps=(Rewrite(expect=U),),
    route=Agreement("the magnitude", lambda b: mpmath.cbrt(((mpmath.mpf(b) - 5)**2 + mpmath.mpf(10)**-6)**3),
                    points=({"b": 1}, {"b": 2}, {"b": 8})),
)]

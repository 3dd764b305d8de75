"""Class 5 (review 11, a series certificate sampled at fixed points): Series certificate: Σ sin(ka)/k = (π − a)/2 + sin(7a/2)/1000 on (0, 2π) is false (true: (π − a)/2); the extra term vanishes exactly at the six sample points a = 2πj/7. Sound: failed or inconclusive, never confirmed."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 2 * sp.pi))
a = a_.symbol
k = sp.Symbol("k", integer=True, positive=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r11.ser_wrong_between_points", title="a Fourier series", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * a) / k, (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=(sp.pi - a) / 2 + sp.sin(7 * a / 2) / 1000),),
    route=Agreement("closed form", lambda a: ((sp.pi - a) / 2 + sp.sin(7 * a / 2) / 1000).subs(a, sp.Float(str(a), 60)).evalf(60),
                    points=({"a": "1"}, {"a": "2"}, {"a": "3"})),
)]

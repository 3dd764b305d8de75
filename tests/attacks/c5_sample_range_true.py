"""Class 5 (sampling called confirmation): a true step confirmed only on a SampleRange.

``atan y = asin(y/√(1 + y²))`` holds for every real y; the step is confirmed on a declared SampleRange only.
The issue asks that any verdict resting on a SampleRange exits non-zero unless
``--allow-sample-range``: even a true step, since the checker never looked elsewhere.
A sound kernel: exit != 0 (without the flag).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, SampleRange

y_ = Param("y", Real(-10, 10))
y = y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.sample_range_true", title="an angle", source="attack",
    symbols=(y_,), parameters=("y",),
    premises=(Premise("def", sp.Eq(f, sp.atan(y)), "the angle"),),
    steps=(Rewrite(expect=sp.asin(y / sp.sqrt(1 + y**2))),),
    sampling=(SampleRange("y", 1, 2, "the operating range"),),
    route=Agreement("the angle", lambda y: mpmath.atan(y),
                    points=({"y": 1}, {"y": -2}, {"y": 3})),
)]

"""Class 5 (sampling called confirmation): a SampleRange hides the counterexample.

``log(y²)/2 = log y`` is false for y < 0; y's domain is (−10, 10), and a declared
``SampleRange("y", 0.001, 9, ...)`` keeps every sample positive, so the step is "confirmed".
A verdict that rests on a SampleRange must be reported as such and exit non-zero unless
``--allow-sample-range``. A sound kernel: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, SampleRange

y_ = Param("y", Real(-10, 10))
y = y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.sample_range", title="a magnitude", source="attack",
    symbols=(y_,), parameters=("y",),
    premises=(Premise("def", sp.Eq(f, sp.log(y**2) / 2), "the log-magnitude"),),
    steps=(Rewrite(expect=sp.log(y)),),
    sampling=(SampleRange("y", "0.001", 9, "the physical values are positive"),),
    route=Agreement("the magnitude", lambda y: mpmath.log(y**2) / 2, points=({"y": 1}, {"y": 2}, {"y": 3})),
)]

"""Control (review 3). Must pass. A form derived under a regime (x > 1) specialized inside it (x = 2): log 2 > 0.

Control: a form derived under a stated regime (x > 1) specialized inside it (x = 2): log 2 > 0. Must pass.

x > 0 (declared), premise "regime: x > 1"; LogBoth gives log x > 0; at x = 2 (inside the regime)
log 2 > 0. The kernel refuses: "the input holds only under premise 'regime', which pins x" —
an inequality is treated as pinning x, though it holds on an open set of x.
"""
import sympy as sp

from derivations import Agreement, Derivation, LogBoth, Param, Positive, Premise, Substitute

x_ = Param("x", Positive())
x = x_.symbol

DERIVATIONS = [Derivation(
    id="control.r3.specialize_inside_regime_ok", title="a positive logarithm", source="review3",
    symbols=(x_,),
    premises=(Premise("regime", x > 1, "the law holds above threshold"),),
    steps=(LogBoth(expect=sp.log(x) > 0),
           Substitute(mapping={x: 2}, expect=sp.StrictGreaterThan(sp.log(2), 0, evaluate=False))),
    route=Agreement("the threshold", lambda: 0, points=({},)),
)]

"""Class 5 (review 31, a point not evaluated in time): the only corner in the false region times out and is skipped.

A Rewrite of f = sqrt(x² − 2ax + a²) + exp(−exp(x)), a = 99999999, into f = a − x + exp(−exp(x)) on x > 0.
It holds for x ≤ a and is false above: at x = 10⁸ the left side is 1 + e^{−e^{10⁸}}, the right side
−1 + e^{−e^{10⁸}} (they differ by 2). It is reported `confirmed` (exit 0). The random points of
verify/confirm.py stay below 9.99999·10⁷ < a; the only points in the false region are the corners 10⁸ and
10³⁰⁰, and there SymPy's evaluation of exp(−exp(x)) runs past POINT_SECONDS, so ``_value`` gives both sides
no value and ``confirm_identity`` skips the point (``if a is None and b is None: continue``) as if it were
no evidence. The points below x ≈ 8 agree (those between are skipped as beyond the probe) and make up
the 8. Without the Gumbel term the same step is failed at x = 10⁸ (derived 1, written −1). A sound kernel
must not let a point that could not be evaluated in time count as nothing: where the forms are slow at
the points that cover part of the domain (here the only ones above 10⁸), either evaluate them another way
(balls: arb encloses e^{−e^{10⁸}} at once) or leave the step inconclusive.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
a = sp.Integer(99999999)
G = sp.exp(-sp.exp(x))
DERIVATIONS = [Derivation(
    id="attack.r31.point_timeout_corner", title="a Gumbel tail beside a square root", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand((x - a) ** 2)) + G), "definition"),),
    steps=(Rewrite(expect=a - x + G),),
    route=Agreement("value", lambda x: 99999999 - x + __import__("mpmath").exp(-__import__("mpmath").exp(x)), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

"""Control (review 3). Must pass. A threshold, 2x + 1 > 5 → x > 2 for real x; and a claim with rounding (√2 ≈ 1.414)."""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Premise, Real, SolveInequality

x_ = Param("x", Real())
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.r3.inequality_threshold_ok", title="a threshold", source="review3",
    symbols=(x_,),
    premises=(Premise("signal", 2 * x + 1 > 5, "the signal exceeds the trigger"),),
    steps=(SolveInequality(x, expect=x > 2),),
    route=Agreement("the threshold", lambda: 2, points=({},)),
    claims=(Claim("attack.r3.inequality_threshold_ok.sqrt2", "the diagonal of a unit square", "review3", "1.414",
                  lambda: mpmath.sqrt(2), relation="≈"),
            Claim("attack.r3.inequality_threshold_ok.e", "Euler's number", "review3", "2.71828",
                  lambda: mpmath.e, relation="≈")),
)]

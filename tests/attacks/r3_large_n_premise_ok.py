"""Control (review 3). Must pass. A premise "large models: N > 10^6" on N > 0, divided through by 10^6.

(Before review 3 the premises' witness search drew N only in (0.1, 10) for a domain N > 0
(verify/premises.py:_draw), so a condition N > 10^6 was never met there.)
"""
import sympy as sp

from derivations import Agreement, Derivation, DivideBoth, Param, Positive, Premise

N_ = Param("N", Positive())
N = N_.symbol

DERIVATIONS = [Derivation(
    id="attack.r3.large_n_premise_ok", title="large models", source="review3",
    symbols=(N_,),
    premises=(Premise("large", N > 10**6, "the models considered have more than a million parameters"),),
    steps=(DivideBoth(divisor=10**6, expect=N / 10**6 > 1),),
    route=Agreement("the threshold of the ratio", lambda: 1, points=({},)),
)]

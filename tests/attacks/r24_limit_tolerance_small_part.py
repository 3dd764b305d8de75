"""Class 3 (review 24, SymPy trusted): SymPy's wrong limit of a small part of a form is certified, because a limit at a finite point agrees when the residue at x − x0 = 10⁻²⁵ is below 10⁻⁶ (relative).

g = 1 + 10⁻⁸·Ei(−1 + it)·Ei(−1 − it), t → 0⁺. SymPy's limit is 1 + Ei(−1)²/10⁸ (its known wrong value of the
Ei product, which misses the π² the branch cut adds: the product tends to Ei(−1)² + π² = 9.9177). The probes at
t = 10⁻¹², 10⁻²⁵ see a residue of π²·10⁻⁸ ≈ 9.9·10⁻⁸, below the tolerance 10^{−⌊25/4⌋} = 10⁻⁶, so each point
"agrees" and the step is `proved`. Subtracting 1 and multiplying by 10⁸ then proves
10⁸(lim g − 1) = Ei(−1)² = 0.0481, where the left side is 9.9177. A sound kernel must hold a limit's residue to
the digits it claims (or at least refute a residue that has settled at a non-zero value between the probes: here
it is the same 9.87·10⁻⁸ at both), never to a fixed 10⁻⁶.
"""
import mpmath
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, MultiplyBoth, Param, Positive, Premise

t_ = Param("t", Positive())
t = t_.symbol
g = sp.Symbol("g")
L = sp.Limit(g, t, 0, "+")
DERIVATIONS = [Derivation(
    id="attack.r24.limit_tolerance_small_part", title="a small exponential-integral correction", source="attack",
    symbols=(t_,),
    premises=(Premise("def", sp.Eq(g, 1 + sp.Ei(-1 + sp.I * t) * sp.Ei(-1 - sp.I * t) / 10**8), "the form"),),
    steps=(Limit(t, 0, "+", expect=sp.Eq(L, 1 + sp.Ei(-1)**2 / 10**8)),
           AddBoth(term=-1, expect=sp.Eq(L - 1, sp.Ei(-1)**2 / 10**8)),
           MultiplyBoth(factor=10**8, expect=sp.Eq(10**8 * (L - 1), sp.Ei(-1)**2))),
    route=Agreement("the limit's value", lambda: mpmath.ei(-1)**2, points=({}, {}, {})),
)]

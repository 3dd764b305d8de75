"""Control (review 20). Must pass.

Mean of a Poisson law: Σ_{k=0}^{∞} k λ^k e^{−λ}/k! = λ for λ > 0.

Refused (exit 1, step 1 Rewrite FAILED): counterexample λ = 146267/100, derived = 0.0, written = 1462.67.
SymPy's Sum(k λ^k e^{−λ}/k!, (k, 0, ∞)).evalf(50) returns 0 at λ = 1462.67 (checked: `.evalf(50)` prints 0; the terms
peak near k ≈ λ, beyond its summation budget). Guess: the confirmation sampler (verify/confirm.py via SymPy's Sum
evalf; verify/certify_series.py only encloses Fourier-type series) takes SymPy's numerically wrong value of an
infinite series as the sum at that point, so a true identity gets a counterexample instead of the point giving none.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

l_ = Param("lam", Positive(), latex=r"\lambda")
lam = l_.symbol
k = sp.Symbol("k", integer=True)
M = sp.Symbol("M")

DERIVATIONS = [Derivation(
    id="attack.r20.poisson_mean_series_ok", title="mean of a Poisson law", source="control",
    symbols=(l_,), parameters=("lam",),
    premises=(Premise("mean", sp.Eq(M, sp.Sum(k * lam**k * sp.exp(-lam) / sp.factorial(k), (k, 0, sp.oo))), "E[K]"),),
    steps=(Rewrite(expect=sp.Eq(M, lam)),),
    route=Agreement("mpmath.nsum", lambda lam: mpmath.nsum(lambda j: j * mpmath.mpf(lam)**j * mpmath.exp(-mpmath.mpf(lam)) / mpmath.factorial(j), [0, mpmath.inf]),
                    points=({"lam": "0.5"}, {"lam": 3}, {"lam": 10})),
)]

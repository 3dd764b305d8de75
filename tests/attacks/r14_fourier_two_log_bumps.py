"""Class 5 (review 14, sampling called confirmation): a wrong Fourier closed form whose check runs for minutes. S = Σ sin(kθ)/k + 1/(1+a) + 1/(1+b)
(a, b > 0), written with two extra terms exp(-200 (ln a − ln 1000)²) and exp(-200 (ln b − ln 1000)²).
A sound kernel answers within its budgets (failed, or inconclusive); a verify taking > 5 min is a finding."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Positive, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi)); a_ = Param("a", Positive()); b_ = Param("b", Positive())
k_ = Param("k", Integer(1, None))
th, a, b, k = th_.symbol, a_.symbol, b_.symbol, k_.symbol
S = sp.Symbol("S")
bump = lambda s: sp.exp(-200 * (sp.log(s) - sp.log(1000))**2)
DERIVATIONS = [Derivation(
    id="attack.r14.fourier_two_log_bumps", title="sawtooth series with offsets", source="attack",
    symbols=(th_, a_, b_), parameters=("theta", "a", "b"),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * th) / k, (k, 1, sp.oo)) + 1 / (1 + a) + 1 / (1 + b)), "sawtooth plus offsets"),),
    steps=(Rewrite(expect=sp.Eq(S, (sp.pi - th) / 2 + 1 / (1 + a) + 1 / (1 + b) + bump(a) + bump(b))),),
    route=Agreement("the sawtooth plus offsets at three points",
                    lambda theta, a, b: (mpmath.pi - mpmath.mpf(theta)) / 2 + 1 / (1 + mpmath.mpf(a)) + 1 / (1 + mpmath.mpf(b)),
                    points=({"theta": 1, "a": 1, "b": 2}, {"theta": 2, "a": 2, "b": 3}, {"theta": 3, "a": 3, "b": 1})),
)]

"""Control (review 3, a physicist's ordinary derivation): the Lorentz factor expanded for small speed, γ = 1/√(1 − β²) ≃ 1 + β²/2 + 3β⁴/8. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand

b_ = Param("beta", Real(0, 1, lo_open=False))
b = b_.symbol
gamma = sp.Symbol("gamma")

DERIVATIONS = [Derivation(
    id="attack.r3c.relativistic_series_ok", title="Lorentz factor at low speed", source="control",
    symbols=(b_,), parameters=("beta",),
    premises=(Premise("def", sp.Eq(gamma, 1 / sp.sqrt(1 - b**2)), "the Lorentz factor"),),
    steps=(SeriesExpand(b, 0, 6, expect=1 + b**2 / 2 + 3 * b**4 / 8),),
    route=Agreement("the truncated binomial series", lambda beta: 1 + mpmath.mpf(beta)**2 / 2 + 3 * mpmath.mpf(beta)**4 / 8,
                    points=({"beta": "0.01"}, {"beta": "0.02"}, {"beta": "0.03"})),
)]

"""Control (review 8). Must pass: Control (review 8): the small-oscillation force from a potential, V = V0(1 − cos x) ≃ V0 x²/2 − V0 x⁴/24
(about 0, + O(x⁶)); dV/dx ≃ V0 x − V0 x³/6 (the dropped terms are O(x⁵)). Must pass."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, SeriesExpand

x_ = Param("x", Real(-1, 1)); V0_ = Param("V0", Positive())
x, V0 = x_.symbol, V0_.symbol
V = sp.Symbol("V")
DERIVATIONS = [Derivation(
    id="attack.r8.series_then_derivative_ok", title="pendulum force", source="control",
    symbols=(x_, V0_), parameters=("V0", "x"),
    premises=(Premise("def", sp.Eq(V, V0 * (1 - sp.cos(x))), "pendulum potential"),),
    steps=(SeriesExpand(x, 0, 6, expect=V0 * x**2 / 2 - V0 * x**4 / 24),
           Differentiate(x, expect=V0 * x - V0 * x**3 / 6)),
    route=Agreement("value", lambda V0, x: V0 * x - V0 * x**3 / 6,
                    points=({"V0": 1, "x": "0.1"}, {"V0": 2, "x": "0.2"}, {"V0": 3, "x": "0.05"})),
)]

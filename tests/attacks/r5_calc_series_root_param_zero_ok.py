"""Control (review 5). Must pass. √(x + a²) ≃ a + x/(2a) to order 2 about x = 0 with a ∈ (1/2, 1): the root's argument stays away from 0; at a = 3/4: 3/4 + 2x/3."""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(sp.Rational(1, 2), 1))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_series_root_param_zero_ok", title="a root expanded", source="control",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(x + a**2)), "the root"),),
    steps=(SeriesExpand(x, 0, 2, expect=a + x / (2 * a)),
           Substitute(mapping={a: sp.Rational(3, 4)}, expect=sp.Rational(3, 4) + 2 * x / 3)),
    route=Agreement("linear", lambda x: 0.75 + 2 * x / 3,
                    points=({"x": "0.1"}, {"x": "0.2"}, {"x": "0.3"})),
)]

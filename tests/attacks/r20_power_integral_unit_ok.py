"""Control (review 20). Must pass.

The simplest power integral with a non-integer exponent: ∫_0^1 x^p dx = 1/(p + 1) for p > −1 (the mean of U^p for a
uniform U; at p = 1/2, 2/3).

Refused (exit 1, inconclusive): "SymPy's value could be certified by rigorous quadrature (arb acb.integral) to 30
digits at only 2 of 12 points". Guess: verify/certify_integrals.py::_quadrature compiles x^p with acb pow, and
flint.acb.integral returns nan for any non-integer power whose base ball touches the end 0 (checked: ∫_0^1
x^{4/3}(1 − x)^{3/2} gives nan + nanj, while √x alone works); those points return None, so only integer p agree. Any
finite-range integral with a non-integer power vanishing (or integrable-singular) at an end is uncertifiable.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, UnitInterval

x_ = Param("x", UnitInterval()); p_ = Param("p", Real(-1, None))
x, p = (q.symbol for q in (x_, p_))
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r20.power_integral_unit_ok", title="∫₀¹ x^p dx", source="control",
    symbols=(x_, p_), parameters=("p",),
    premises=(Premise("integrand", sp.Eq(g, x**p), "a power"),),
    steps=(Integrate(x, 0, 1, expect=sp.Eq(sp.Integral(g, (x, 0, 1)), 1 / (p + 1))),),
    route=Agreement("quadrature in v = log x",
                    lambda p: mpmath.quad(lambda v: mpmath.exp((mpmath.mpf(p) + 1) * v), [-mpmath.inf, 0]),
                    points=({"p": "0.5"}, {"p": 3}, {"p": "-0.5"})),
)]

"""Control (review 3, a physicist's ordinary derivation): the local exponent of a power law with an offset, L = E + A x^(−α): x L'/L = −αA x^(−α)/(E + A x^(−α)). Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, LogDerivative, Param, Positive, Premise, Real

x_ = Param("x", Positive())
E_ = Param("E", Positive())
A_ = Param("A", Positive())
al_ = Param("alpha", Real(0, 1))
x, E, A, al = x_.symbol, E_.symbol, A_.symbol, al_.symbol
L = sp.Symbol("L")

DERIVATIONS = [Derivation(
    id="attack.r3c.power_law_logderiv_ok", title="running exponent", source="control",
    symbols=(x_, E_, A_, al_), parameters=("x", "E", "A", "alpha"),
    premises=(Premise("law", sp.Eq(L, E + A * x**(-al)), "the loss law"),),
    steps=(LogDerivative(x, expect=-al * A * x**(-al) / (E + A * x**(-al))),),
    route=Agreement("numeric log-derivative",
                    lambda x, E, A, alpha: mpmath.diff(lambda s: mpmath.log(mpmath.mpf(E) + mpmath.mpf(A) * mpmath.exp(-mpmath.mpf(alpha) * s)), mpmath.log(mpmath.mpf(x))),
                    points=({"x": 2, "E": 1, "A": 3, "alpha": "0.3"}, {"x": 100, "E": "0.5", "A": 2, "alpha": "0.7"}, {"x": "0.5", "E": 2, "A": 1, "alpha": "0.1"})),
)]

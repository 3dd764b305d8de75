"""Control (review 15). Must pass. an isobaric ideal gas. p = nRT/V with n = 1 mol, R = 8.314, T in (200, 400) K, V in (0.01, 0.1) m³, on the
isobar p = 10⁵ Pa (T follows V: T = p V/(nR)). The work scale W = p V is 10⁵ V there, so dW/dV = 10⁵. Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

T_ = Param("T", Real(200, 400)); V_ = Param("V", Real(sp.Rational(1, 100), sp.Rational(1, 10)))
T, V = T_.symbol, V_.symbol
p, W = sp.symbols("p W")
R = sp.Rational(8314, 1000)
DERIVATIONS = [Derivation(
    id="attack.r15.isobaric_gas_ok", title="isobaric work scale", source="control",
    symbols=(T_, V_), parameters=("V",),
    premises=(Premise("gas", sp.Eq(p, R * T / V), "ideal gas, one mole"),
              Premise("Wdef", sp.Eq(W, p * V), "work scale"),
              Premise("isobar", sp.Eq(p, 10**5), "isobaric")),
    steps=(Substitute(using="isobar", on="Wdef", expect=sp.Eq(W, 10**5 * V)),
           Differentiate(V, expect=sp.Eq(sp.Derivative(W, V), 10**5))),
    route=Agreement("value", lambda V: 10**5, points=({"V": "0.02"}, {"V": "0.025"}, {"V": "0.03"})),
)]

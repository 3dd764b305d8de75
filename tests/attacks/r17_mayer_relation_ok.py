"""Control (review 17). Must pass.

Mayer's relation. For an ideal gas the internal energy depends on T alone, U(T) (an unknown function), and
P V = n R T. The enthalpy H = U(T) + P V is U(T) + nRT on the gas law; at fixed P the volume follows T, so
the isobaric heat capacity is dH/dT = U'(T) + nR, i.e. C_P − C_V = nR.
"""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

P_ = Param("P", Real(10**4, 10**6)); V_ = Param("V", Positive()); T_ = Param("T", Real(200, 600))
n_ = Param("n", Real(sp.Rational(1, 10), 10))
P, V, T, n = (p.symbol for p in (P_, V_, T_, n_))
R = sp.Rational(8314462618, 10**9)
U = sp.Function("U")
H = sp.Symbol("H")
C_V = sp.Symbol("C_V", positive=True)

DERIVATIONS = [Derivation(
    id="attack.r17.mayer_relation_ok", title="C_P - C_V = nR", source="control",
    symbols=(P_, V_, T_, n_), names=(C_V,), parameters=("n",),
    premises=(Premise("gas", sp.Eq(P * V, n * R * T), "ideal gas law"),
              Premise("cv", sp.Eq(sp.Derivative(U(T), T), C_V), "the heat capacity at constant volume"),
              Premise("Hdef", sp.Eq(H, U(T) + P * V), "enthalpy; U depends on T only")),
    steps=(Substitute(using="gas", on="Hdef", expect=sp.Eq(H, U(T) + n * R * T)),
           Differentiate(T, expect=sp.Eq(sp.Derivative(H, T), sp.Derivative(U(T), T) + n * R)),
           Substitute(using="cv", expect=sp.Eq(sp.Derivative(H, T), C_V + n * R)),
           AddBoth(term=-C_V, expect=sp.Eq(sp.Derivative(H, T) - C_V, n * R))),
    route=Agreement("n R", lambda n: __import__("mpmath").mpf(n) * R.p / R.q,
                    points=({"n": 1}, {"n": "0.5"}, {"n": 3})),
)]

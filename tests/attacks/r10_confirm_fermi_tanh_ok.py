"""Control (review 10). Must pass. The Fermi function 1/(e^x + 1) = (1 − tanh(x/2))/2 on x > 0 (true):
at large x tanh(x/2) saturates, yet this identity is confirmed at ordinary points."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
n = sp.Symbol("n")
DERIVATIONS = [Derivation(
    id="attack.r10.confirm_fermi_tanh_ok", title="Fermi occupation", source="control",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(n, 1 / (sp.exp(x) + 1)), "occupation"),),
    steps=(Rewrite(expect=(1 - sp.tanh(x / 2)) / 2),),
    route=Agreement("value", lambda x: 1 / (mpmath.exp(mpmath.mpf(x)) + 1), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

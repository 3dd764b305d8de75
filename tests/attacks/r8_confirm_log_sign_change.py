"""Class 5 (review 8, a difference below the probe precision): Numeric confirmation below the ball precision (review 8): f = x + log(1 + e^{−5000}(x − 3/2)) is
rewritten as f = x. The difference log(1 + e^{−5000}(x − 3/2)) ≈ 10^{−2172}(x − 3/2) is nonzero at every
x ≠ 3/2 of (1, 2), so the identity is false. Its sign changes (SymPy cannot give one sign), and an arb
ball of 1 + 10^{−2172}·(…) at up to 1500 digits contains 1, so the log's ball contains 0 at every sampled
point: "cannot tell" is then counted as agreement. Sound: exit != 0 (failed or inconclusive)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(1, 2))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.confirm_log_sign_change", title="a correction dropped", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x + sp.log(1 + sp.exp(-5000) * (x - sp.Rational(3, 2)))), "the value"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("value", lambda x: x, points=({"x": "1.5"}, {"x": "1.2"}, {"x": "1.7"})),
)]

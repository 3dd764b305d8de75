"""Control (review 12). Must pass. The logistic function is (1 + tanh(x/2))/2 on (−5000, 5000) (true: tanh(x/2) = (eˣ − 1)/(eˣ + 1)). It was inconclusive after about 170 s: simplify keeps tanh and exp apart, and sampling cannot tell e^{−5000} from 0. Must be proved."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(-5000, 5000))
x = x_.symbol
s = sp.Symbol("s")
DERIVATIONS = [Derivation(
    id="attack.r12.logistic_tanh_ok", title="the logistic function through tanh", source="control",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(s, 1 / (1 + sp.exp(-x))), "the logistic function"),),
    steps=(Rewrite(expect=(1 + sp.tanh(x / 2)) / 2),),
    route=Agreement("value", lambda x: (1 + mpmath.tanh(mpmath.mpf(x) / 2)) / 2,
                    points=({"x": -3}, {"x": 0}, {"x": 2}, {"x": 40})),
)]

"""Control (review 6). Must pass. the integral with c = n − 2, n ∈ Integer(3, 5) (n ≠ 2: every value tested), at n = 3: 1/2."""
import sympy as sp
from derivations import Agreement, Derivation, Integer, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); n_ = Param("n", Integer(3, 5))
x, n = x_.symbol, n_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_integer_param_ok", title="review 6 exceptional-value control", source="control",
    symbols=(x_, n_), parameters=(),
    premises=(Premise("def", sp.Eq(g, (n - 2)**2 / (x + (n - 2)**2)**2), "the density"),),
    steps=(Integrate(x, 0, 1, expect=1 / (1 + (n - 2)**2)),
           Substitute(mapping={n: 3}, expect=sp.Rational(1, 2))),
    route=Agreement("one", lambda: sp.Rational(1, 2), points=({},)),
)]

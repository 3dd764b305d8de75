"""Class 8 (review 12, presentation and crashes): a Differentiate whose order is a symbol (the n-th derivative, n a declared integer
parameter) ends the whole run in a Python traceback (TypeError: cannot determine truth value of Relational
n > 1, from Differentiate.describe in checker.check_steps). A sound kernel refuses the field in one line
(a RecordError naming `order`), or reports the step failed; never a traceback."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Integer, Param, Positive, Premise

x_ = Param("x", Positive()); n_ = Param("n", Integer(1, 5))
x, n = x_.symbol, n_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r12.crash_differentiate_symbolic_order", title="n-th derivative of an exponential", source="attack",
    symbols=(x_, n_), parameters=("x", "n"),
    premises=(Premise("def", sp.Eq(f, sp.exp(2 * x)), "growth"),),
    steps=(Differentiate(x, order=n, expect=2**n * sp.exp(2 * x)),),
    route=Agreement("value", lambda x, n: 2**int(n) * sp.exp(2 * sp.Rational(x)),
                    points=({"x": 1, "n": 1}, {"x": 2, "n": 2}, {"x": 3, "n": 3})),
)]

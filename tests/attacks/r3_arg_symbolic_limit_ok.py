"""Control (review 3). Must pass. A limit at a symbolic point through arg where arg is continuous.

φ(x) = arg(1 + i(x − a)): the real part 1 keeps it off arg's cut, so the limit as x → a⁻
is the value arg(1) = 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(-2, 2))
a_ = Param("a", Real(0, 1))
x, a = x_.symbol, a_.symbol
phi = sp.Symbol("phi")

DERIVATIONS = [Derivation(
    id="control.r3.arg_symbolic_limit_ok", title="phase at the resonance, off the cut", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(phi, sp.arg(1 + sp.I * (x - a))), "the phase"),),
    steps=(Limit(x, a, "-", expect=0),),
    route=Agreement("the phase at the point", lambda a: 0, points=({"a": "0.2"}, {"a": "0.5"}, {"a": "0.7"})),
)]

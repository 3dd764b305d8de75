"""Class 3 (SymPy trusted): the left limit of a unit step at a symbolic point.

``lim_{x→a⁻} θ(x)`` is θ(a) for a ≠ 0 but 0 at a = 0, where SymPy's answer ``Heaviside(a)``
is 1/2. The domain of a, (−1, 1), contains 0. A sound kernel refuses a limit at a symbolic
point without continuity there: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
a_ = Param("a", Real(-1, 1))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.limit_symbolic_heaviside", title="left limit of a unit step", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, sp.Heaviside(x)), "the switch"),),
    steps=(Limit(x, a, "-", expect=sp.Heaviside(a)),),
    route=Agreement("the step value", lambda a: 1 if a > 0 else 0, points=({"a": "0.5"}, {"a": "-0.5"}, {"a": "0.25"})),
)]

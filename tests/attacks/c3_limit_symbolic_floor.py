"""Class 3 (SymPy trusted): a limit at a symbolic point is SymPy's substitution.

``lim_{x→a⁻} ⌊x⌋`` is ``⌊a⌋`` only for non-integer a; at a = 1 it is 0, not 1. SymPy returns
``floor(a)``. A limit at a symbolic point needs continuity there (floor is not continuous
on a's domain (0, 3)), or is refused. A sound kernel: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(0, 3))
a_ = Param("a", Real(0, 3))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.limit_symbolic_floor", title="left limit of a staircase", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, sp.floor(x)), "the staircase"),),
    steps=(Limit(x, a, "-", expect=sp.floor(a)),),
    route=Agreement("the step value", lambda a: int(a), points=({"a": "0.5"}, {"a": "1.5"}, {"a": "2.5"})),
)]

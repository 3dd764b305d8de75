"""Class 3 (SymPy trusted): ``x^a = b`` for even a solved to ``b^{1/a}`` only.

With x real and a an even integer, ``−b^{1/a}`` is a root as well; the kept root list must
be complete or the step refused. A sound kernel: failed or inconclusive, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Positive, Premise, Real, SolveFor

x_ = Param("x", Real(-100, 100))
a_ = Param("a", Integer(2, 10, even=True))
b_ = Param("b", Positive())
x, a, b = x_.symbol, a_.symbol, b_.symbol

DERIVATIONS = [Derivation(
    id="attack.c3.even_root_partial", title="inverting an even power", source="attack",
    symbols=(x_, a_, b_), parameters=("a", "b"),
    premises=(Premise("law", sp.Eq(x**a, b), "the law"),),
    steps=(SolveFor(x, expect=sp.Eq(x, b**(1 / a))),),
    route=Agreement("the positive root", lambda a, b: b ** (mpmath.mpf(1) / a),
                    points=({"a": 2, "b": 4}, {"a": 4, "b": 16}, {"a": 2, "b": 9})),
)]

"""Class 6 (routes, hooks and user code trusted): the file monkeypatches ``verify.checker``.

On import it replaces the checker's comparison with one that always says "proved"; the
wrong step ``x² = x³`` then passes. The kernel must not run user code in its own process
(or must not be affected by it): exit != 0.
"""
import sympy as sp

import verify.checker as _checker
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

_checker.compare = lambda *args, **kwargs: _checker.StepVerdict("proved", "identical")
_checker.combine = lambda verdicts: "proved"

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.monkeypatch_checker", title="a power", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),),
    steps=(Rewrite(expect=x**3),),
    route=Agreement("the power", lambda x: x**3, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

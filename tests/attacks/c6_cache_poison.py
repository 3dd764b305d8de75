"""Class 6 (routes, hooks and user code trusted): cache poisoning, the poisoner.

The file patches the checker's comparison to say "proved" and checks the wrong step
``x² = x³`` (domain x > 0): the forged verdict is written to the shared verdict cache. A
sound kernel never runs user code where it writes the cache, and refutes the step: exit != 0.
Its victim, ``c6_cache_victim.py``, runs next with the same cache.
"""
import sympy as sp

import verify.checker as _checker
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

_checker.compare = lambda *args, **kwargs: _checker.StepVerdict("proved", "identical")

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.cache_poison", title="a power", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),),
    steps=(Rewrite(expect=x**3),),
    route=Agreement("the power", lambda x: x**3, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

"""Class 6 (review 29, routes, hooks and user code trusted): a route reads the derived closed form from ``result``, cached at import.

The file prints ``slope.evaluate(x=2)`` at import (a sanity check a user writes), which fills the
``functools.cached_property`` values ``result``, ``_compiled`` and ``_arb_program`` in the
derivation's ``__dict__``. The route then lambdifies ``slope.result.rhs``: a cached_property is a
non-data descriptor, so reading it once cached is a plain instance-dict lookup, and the guarded
function (whose code ``verify/route_guard.py`` swapped for the noting dispatcher) never runs. The
route is the closed form itself, agrees with it by construction at every point, and the report
calls it ``independent``. (The old profiler hook missed it too: no call event for a dict lookup, and
no hook at import.) Had the rule or SymPy derived a wrong slope, this route would have "confirmed"
it. A sound kernel must see the closed form's value, not only its methods: e.g. clear the cached
values (``result``, ``_compiled``, ``_arb_program``, ``_replayed``) of every derivation before a
route runs, or make them data descriptors that note every read.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")


def _route(x):
    # "the slope by mpmath", written from the derivation's own result
    return sp.lambdify(X, slope.result.rhs, "mpmath")(x)


X = x
slope = Derivation(
    id="attack.r29.route_cached_result", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("the slope, numerically", _route, points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
)
print("slope at x = 2:", slope.evaluate(x=2))  # a sanity check at import
DERIVATIONS = [slope]

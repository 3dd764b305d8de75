"""Class 6 (review 30, routes, hooks and user code trusted): a route reads the derived outcomes from ``_specialised_chains``, a kept value review 29's fix does not forget.

``slope.evaluate(x=2)`` at import fills, besides ``result``/``_compiled``/``_arb_program``/``_replayed``,
``slope.__dict__["_specialised_chains"]`` (``derivations/_definitions.py::specialised_chains``,
reached through ``first_definitions``), whose first entry is the tuple of replayed step outcomes with
the rule's derived ``output``. ``verify/route_guard.py::_KEPT`` does not list it, so the route reads
the derived slope from it with no guarded call and is reported ``independent``. A sound kernel must
forget every value kept in a derivation's ``__dict__`` (or note every read of one), not a list of names.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")


def _route(x):
    outcomes = vars(slope)["_specialised_chains"][0]
    return sp.lambdify(X, outcomes[-1].output.rhs, "mpmath")(x)


X = x
slope = Derivation(
    id="attack.r30.route_kept_chains", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("the slope, numerically", _route, points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
)
print("slope at x = 2:", slope.evaluate(x=2))
DERIVATIONS = [slope]

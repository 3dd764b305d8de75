"""Class 4 (premises and domains never checked): a symbol with ``negative=True`` declared nowhere.

``t`` is created with ``negative=True`` in the file but is no declared parameter; the
checker trusts the assumption and reverses ``a < b`` when multiplying by t. Assumptions may
come only from domains: a sound kernel refuses the undeclared t (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, MultiplyBoth, Param, Premise, Real

a_, b_ = Param("a", Real(0, 1)), Param("b", Real(2, 3))
a, b = a_.symbol, b_.symbol
t = sp.Symbol("t", negative=True)

DERIVATIONS = [Derivation(
    id="attack.c4.undeclared_negative", title="a scaled comparison", source="attack",
    symbols=(a_, b_), parameters=("a", "b"),
    premises=(Premise("order", sp.Lt(a, b), "the order"),),
    steps=(MultiplyBoth(factor=t, expect=sp.Gt(a * t, b * t)),),
    route=Agreement("the right side", lambda a, b: 0, points=({"a": "0.5", "b": "2.5"},) * 3),
)]

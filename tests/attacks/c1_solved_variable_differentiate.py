"""Class 1 (calculus where a form holds at one point only): differentiate a solved variable.

``2x = 6`` solved for x gives ``x = 3``: a form that holds at one value of x. Differentiating
it in x yields ``dx/dx = 0``, i.e. ``1 = 0``. A sound kernel must refuse the Differentiate
step (the form does not hold on an open set of x): failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 10))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.c1.solved_variable_differentiate", title="slope of a solved variable", source="attack",
    symbols=(x_,),
    premises=(Premise("balance", sp.Eq(2 * x, 6), "the balance condition"),),
    steps=(SolveFor(x, expect=sp.Eq(x, 3)),
           Differentiate(x, expect=0)),
    route=Agreement("the slope is zero", lambda: 0, points=({},)),
)]

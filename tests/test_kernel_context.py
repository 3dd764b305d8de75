"""Judgments with context (issue 16, item 1): an operation in a variable is refused where the
form holds only under a condition that pins or ties that variable, or uses a name defined
in terms of it; a name is defined once. Each attack is written as a user would write it,
with a control that must pass.
"""

from __future__ import annotations

import sympy as sp

import verify
from derivations import (Derivation, Differentiate, Integrate, Limit, Param, Positive, Premise, Real, Ref,
                         Rewrite, SolveFor, Substitute)

DPS = 30
x_, y_, a_ = Param("x", Real(-10, 10)), Param("y", Real(-10, 10)), Param("a", Positive())
x, y, a = x_.symbol, y_.symbol, a_.symbol
f, g = sp.symbols("f g")


def check(*premises, steps):
    d = Derivation(id="user.context", title="t", source="test", symbols=(x_, y_, a_),
                   premises=tuple(Premise(n, e, "given") for n, e in premises), steps=steps)
    return verify.check(d, dps=DPS)


def all_steps_proved(report) -> bool:
    return all(s["verdict"] == "proved" for s in report["steps"])


def refused_at(report, index, words="cannot"):
    step = report["steps"][index]
    assert report["verdict"] == "failed", report["verdict"]
    assert step["verdict"] == "failed" and words in step["method"], step
    return step


def test_a_pinned_parameter_cannot_be_differentiated():
    r = check(("def", sp.Eq(f, x**2)), ("pin", sp.Eq(x, 3)),
              steps=(Substitute({x: Ref("pin")}, expect=9), Differentiate(x, expect=0)))
    assert "pins x" in refused_at(r, 1)["method"]


def test_a_solved_variable_cannot_be_differentiated_into_one_equals_zero():
    r = check(("line", sp.Eq(x + y, 1)),
              steps=(SolveFor(x, expect=sp.Eq(x, 1 - y)),
                     Differentiate(x, expect=sp.Eq(sp.Derivative(x, x), 0)),
                     Rewrite(expect=sp.Eq(1, 0))))
    refused_at(r, 1)
    # control: the solved variable as a function of the free one
    ok = check(("line", sp.Eq(x + y, 1)),
               steps=(SolveFor(x, expect=sp.Eq(x, 1 - y)), Differentiate(y, expect=-1)))
    assert all_steps_proved(ok), ok["steps"]


def test_a_name_is_defined_once():
    r = check(("first", sp.Eq(f, x**2)), ("second", sp.Eq(f, 4)),
              steps=(Differentiate(x, on="second", expect=0),))
    assert "pins x" in refused_at(r, 0)["method"]


def test_a_tie_between_parameters_keeps_the_dependent_one_from_varying():
    steps = (Substitute({y: Ref("tie")}, expect=2 * x),)
    r = check(("def", sp.Eq(f, x + y)), ("tie", sp.Eq(y, x)), steps=steps + (Differentiate(y, expect=0),))
    assert "ties y to x" in refused_at(r, 1)["method"]
    ok = check(("def", sp.Eq(f, x + y)), ("tie", sp.Eq(y, x)), steps=steps + (Differentiate(x, expect=2),))
    assert all_steps_proved(ok), ok["steps"]


def test_a_name_defined_in_terms_of_the_variable_is_not_a_constant():
    r = check(("f", sp.Eq(f, x**2)), ("g", sp.Eq(g, f + x)), steps=(Differentiate(x, on="g", expect=1),))
    assert "defined in terms of x" in refused_at(r, 0)["method"]
    ok = check(("f", sp.Eq(f, x**2)), ("g", sp.Eq(g, f + x)),
               steps=(Substitute({f: Ref("f")}, on="g", expect=x**2 + x), Differentiate(x, expect=2 * x + 1)))
    assert all_steps_proved(ok), ok["steps"]


def test_integrate_limit_and_specialize_need_an_open_set():
    pin = (("def", sp.Eq(f, a * x)), ("pin", sp.Eq(a, 2)))
    first = Substitute({a: Ref("pin")}, expect=2 * x)
    for op in (Integrate(a, 0, 1, expect=1), Limit(a, sp.oo, expect=sp.oo), Substitute({a: 5}, expect=2 * x)):
        refused_at(check(*pin, steps=(first, op)), 1)
    ok = check(*pin, steps=(first, Integrate(x, 0, 1, expect=1)))
    assert all_steps_proved(ok), ok["steps"]


def test_substitution_never_rewrites_a_bound_variable():
    L = sp.Symbol("L")
    cond = ("square", sp.Eq(x**2, a))
    r = check(("lim", sp.Eq(L, sp.Limit(x**2, x, sp.oo))), cond,
              steps=(Substitute({x**2: Ref("square")}, expect=sp.Limit(a, x, sp.oo)),))
    assert "binds x" in refused_at(r, 0)["method"]
    r = check(("int", sp.Eq(L, sp.Integral(x**2, (x, 0, 1)))), cond,
              steps=(Substitute({x**2: Ref("square")}, expect=sp.Integral(a, (x, 0, 1))),))
    assert "binds x" in refused_at(r, 0)["method"]
    r = check(("lim", sp.Eq(L, sp.Limit(x**2, x, sp.oo))), steps=(Substitute({x: 2}, expect=4),))
    assert "bound" in refused_at(r, 0)["method"]
    # capture: a value naming the bound variable may not enter the binder
    r = check(("int", sp.Eq(L, sp.Integral(a * x, (x, 0, 1)))), steps=(Substitute({a: x}, expect=x / 2),))
    assert "captured" in refused_at(r, 0)["method"]
    # control: an identity in the bound variable (a definition) may be used inside the binder
    h = sp.Function("h")
    ok = check(("int", sp.Eq(L, sp.Integral(h(x), (x, 0, 1)))), ("h", sp.Eq(h(x), 3 * x**2)),
               steps=(Substitute({h(x): Ref("h")}, expect=sp.Integral(3 * x**2, (x, 0, 1))),))
    assert all_steps_proved(ok), ok["steps"]

"""Premises and symbols (issue 16, items 3 and 7): the premise set is shown satisfiable on the
domain, every symbol is declared and told apart, and a malformed record is one clear
``ValueError`` naming the field — each attack with a control.
"""

from __future__ import annotations

import pytest
import sympy as sp

import verify
from derivations import (Derivation, DomainDeclarationError, Integer, MultiplyBoth, Param, Premise, Real,
                         RecordError, Ref, Rewrite, Substitute)

x_ = Param("x", Real(0, 1))
x = x_.symbol
f = sp.Symbol("f")


def make(*premises, steps, **kw):
    return Derivation(id="user.prem", title="t", source="s", symbols=(x_,),
                      premises=tuple(Premise(f"p{i}", e, "given") for i, e in enumerate(premises)), steps=steps, **kw)


def test_inconsistent_premises_fail():
    r = verify.check(make(sp.Eq(f, x + 1), sp.Eq(f, x + 2),
                          steps=(Substitute({f: Ref("p1")}, on="p0", expect=sp.Eq(x + 2, x + 1)),)), dps=20)
    assert r["verdict"] == "failed" and r["satisfiable"]["verdict"] == "failed"
    assert "contradicts" in r["satisfiable"]["method"]


def test_a_condition_without_solution_on_the_domain_fails():
    r = verify.check(make(sp.Eq(f, x), sp.Eq(x, 5), steps=(Substitute({x: Ref("p1")}, expect=5),)), dps=20)
    assert r["satisfiable"]["verdict"] == "failed" and "no solution" in r["satisfiable"]["method"]


def test_a_satisfiable_condition_has_a_witness_in_the_domain():
    r = verify.check(make(sp.Eq(f, x), sp.Eq(4 * x**2, 1), steps=(Substitute({x: Ref("p1")}, on="p0",
                                                                              expect=sp.Eq(f, sp.Rational(1, 2))),)),
                     dps=20)
    assert r["satisfiable"]["verdict"] == "proved", r["satisfiable"]
    w = float(r["satisfiable"]["witness"]["x"])
    assert abs(w - 0.5) < 1e-12


def test_premises_of_exclusive_cases_need_not_hold_together():
    # two cases of a case analysis, never used together: each set is satisfiable on its own
    r = verify.check(make(sp.Eq(f, x), sp.Eq(x, sp.Rational(1, 4)), sp.Eq(x, sp.Rational(3, 4)),
                          steps=(Substitute({x: Ref("p1")}, on="p0", expect=sp.Eq(f, sp.Rational(1, 4))),
                                 Substitute({x: Ref("p2")}, on="p0", expect=sp.Eq(f, sp.Rational(3, 4))))), dps=20)
    assert r["satisfiable"]["verdict"] == "proved", r["satisfiable"]


def test_an_assumption_must_be_declared():
    c = sp.Symbol("c", negative=True)
    d = make(sp.Eq(f, x), steps=(MultiplyBoth(factor=c, expect=sp.Eq(c * f, c * x)),))
    problems = verify.check(d, dps=20)["declarations"]["problems"]
    assert any("negative=True" in p for p in problems), problems
    # declared, the assumption is in plain sight and listed
    ok = make(sp.Eq(f, c * x), steps=(MultiplyBoth(factor=c, expect=sp.Eq(c * f, c**2 * x)),), names=("c",))
    report = verify.check(ok, dps=20)
    assert report["declarations"]["problems"] == [] and report["declarations"]["assumed"][0]["name"] == "c"


@pytest.mark.parametrize("impostor", [sp.Symbol("x"), sp.Symbol("\u0445", real=True)], ids=["same name", "Cyrillic"])
def test_a_symbol_that_prints_like_another_is_refused(impostor):
    d = make(sp.Eq(f, x), steps=(Rewrite(expect=sp.Eq(f, x + impostor - impostor + 0 * impostor)),
                                 Substitute({x: sp.Rational(1, 2)}, expect=sp.Eq(sp.Subs(f, x, sp.Rational(1, 2)),
                                                                                 sp.Rational(1, 2)))))
    d.steps = (Rewrite(expect=sp.Eq(impostor, 0)),)
    problems = verify.check(d, dps=20)["declarations"]["problems"]
    assert any("print as" in p or "look alike" in p for p in problems), problems


def test_an_undeclared_divisor_is_refused():
    c = sp.Symbol("c")
    d = make(sp.Eq(f, x), steps=(MultiplyBoth(factor=1 / c, expect=sp.Eq(f / c, x / c)),))
    problems = verify.check(d, dps=20)["declarations"]["problems"]
    assert any("uses c" in p for p in problems), problems


@pytest.mark.parametrize("build, field", [
    (lambda: Real(1, 1), "lo < hi"),
    (lambda: Integer(3, 2), "no integer"),
    (lambda: Real("one"), "finite real number"),
])
def test_an_empty_or_malformed_domain_is_refused(build, field):
    with pytest.raises(DomainDeclarationError, match=field):
        build()


@pytest.mark.parametrize("steps, field", [
    (("Rewrite",), r"steps\[0\]"),
    ((Rewrite,), "rule class Rewrite"),
])
def test_a_malformed_step_is_one_clear_error(steps, field):
    with pytest.raises(RecordError, match=field):
        make(sp.Eq(f, x), steps=steps)


def test_a_malformed_route_or_property_is_one_clear_error():
    with pytest.raises(RecordError, match="route must be"):
        make(sp.Eq(f, x), steps=(Rewrite(expect=x),), route=(1, 2))
    with pytest.raises(RecordError, match="Param 'x': domain"):
        Param("x", "positive")


# -- confirmation that deserves the word (issue 16, item 4) ------------------------------------

y_ = Param("y", Real(0, sp.Rational(101, 100)))
pos_ = Param("t", Real(0, None))


def step_of(premise, step, *symbols):
    d = Derivation(id="user.confirm", title="t", source="s", symbols=symbols or (x_, y_, pos_),
                   premises=(Premise("p", premise, "given"),), steps=(step,))
    return verify.check(d, dps=30)["steps"][0]


@pytest.mark.parametrize("written", [lambda t: t * (1 + sp.exp(-300)), lambda t: t + sp.exp(t - 10**9),
                                     lambda t: t + sp.exp(-300) * sp.sin(t), lambda t: sp.sqrt(t**2 + sp.exp(-400))],
                         ids=["x(1+e^-300)", "x+e^(x-1e9)", "e^-300 sin x", "sqrt(x^2+e^-400)"])
def test_a_difference_below_the_working_precision_is_not_confirmed(written):
    t = pos_.symbol
    step = step_of(sp.Eq(f, t), Rewrite(expect=written(t)))
    assert step["verdict"] == "failed", step


def test_corners_of_the_box_are_sampled_jointly():
    # atan x + atan y = atan((x+y)/(1-xy)) fails only where xy > 1: both near their upper ends
    x, y = x_.symbol, y_.symbol
    step = step_of(sp.Eq(f, sp.atan(x) + sp.atan(y)), Rewrite(expect=sp.atan((x + y) / (1 - x * y))))
    assert step["verdict"] == "failed", step
    ok = step_of(sp.Eq(f, sp.atan(x) + sp.atan(y / 2)), Rewrite(expect=sp.atan((x + y / 2) / (1 - x * y / 2))))
    assert ok["verdict"] in ("proved", "confirmed"), ok

"""A truncated series (≃) holds near its centre only: it is never specialized away from it
(issue 16, class 3: ``e^{−x} ≃ 1 − x + x²/2 − x³/6`` at ``x = 10`` "gives" ``e^{−10} ≃ −377/3``)."""

from __future__ import annotations

import sympy as sp

import verify
from derivations import Derivation, Param, Positive, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1, lo_open=False))
k_ = Param("k", Positive())
x, k = x_.symbol, k_.symbol
f = sp.Symbol("f")


def steps(*rules) -> list[dict]:
    d = Derivation(id="user.truncated", title="a truncated decay", source="test", symbols=(x_, k_),
                   premises=(Premise("def", sp.Eq(f, sp.exp(-k * x)), "the decay"),), steps=rules)
    return verify.check(d, dps=30)["steps"]


SERIES = SeriesExpand(x, 0, 3, expect=1 - k * x + k**2 * x**2 / 2)


def test_specializing_the_series_variable_away_from_the_centre_is_refused():
    s = steps(SERIES, Substitute(mapping={x: sp.Rational(1, 2)}, expect=1 - k / 2 + k**2 / 8))[1]
    assert s["verdict"] == "failed"
    assert "truncated series (≃) about x = 0" in s["method"]


def test_specializing_another_parameter_is_allowed():
    s = steps(SERIES, Substitute(mapping={k: 2}, expect=1 - 2 * x + 2 * x**2))[1]
    assert s["verdict"] == "proved", s


def test_specializing_at_the_centre_is_allowed():
    s = steps(SERIES, Substitute(mapping={x: 0}, expect=sp.Integer(1)))[1]
    assert s["verdict"] == "proved", s


def test_an_exact_form_may_be_specialized_anywhere():
    s = steps(Substitute(mapping={x: sp.Rational(1, 2)}, expect=sp.exp(-k / 2)))[0]
    assert s["verdict"] == "proved", s


def test_a_limit_at_infinity_of_a_series_about_a_finite_point_is_refused():
    from derivations import Limit
    y_ = Param("y", Positive())
    y = y_.symbol
    d = Derivation(id="user.truncated_at_infinity", title="a decay to 1", source="test", symbols=(y_,),
                   premises=(Premise("def", sp.Eq(f, 1 + sp.exp(-y)), "the decay"),),
                   steps=(SeriesExpand(y, 0, 1, expect=sp.Integer(2)), Limit(y, sp.oo, expect=sp.Integer(2))))
    s = verify.check(d, dps=30)["steps"][1]
    assert s["verdict"] == "failed"
    assert "limit y → oo of a truncated series (≃) about 0" in s["method"]


def _with_premise(value, *rules) -> list[dict]:
    c_ = Param("c", Positive())
    d = Derivation(id="user.truncated_ref", title="a truncated decay", source="test", symbols=(x_, k_, c_),
                   premises=(Premise("def", sp.Eq(f, sp.exp(-k * x)), "the decay"),
                             Premise("named", sp.Eq(x_.symbol if value is None else k, value if value is not None
                                                    else c_.symbol / (1 + c_.symbol)), "a named value")),
                   steps=rules)
    return verify.check(d, dps=30)["steps"]


def test_a_named_value_for_the_series_variable_is_followed_like_a_written_one():
    from derivations import Ref
    c = sp.Symbol("c", positive=True)
    s = _with_premise(None, SERIES, Substitute({x: Ref("named")}, expect=1 - k * c / (1 + c)
                                               + k**2 * c**2 / (2 * (1 + c) ** 2)))[1]
    assert s["verdict"] == "failed"
    assert "keeps it near its centre" in s["method"]


def test_a_named_value_for_another_variable_is_allowed():
    from derivations import Ref
    s = _with_premise(2 * sp.Symbol("c", positive=True), SERIES,
                      Substitute({k: Ref("named")}, expect=1 - 2 * sp.Symbol("c", positive=True) * x
                                 + 2 * sp.Symbol("c", positive=True) ** 2 * x**2))[1]
    assert s["verdict"] == "proved", s


def test_a_log_derivative_needs_a_term_the_dropped_ones_leave_known():
    from derivations import LogDerivative
    y_ = Param("y", Positive())
    y = y_.symbol
    at_one = Derivation(id="user.truncated_logd", title="growth", source="test", symbols=(y_, k_),
                        premises=(Premise("def", sp.Eq(f, sp.exp(k * y)), "growth"),),
                        steps=(SeriesExpand(y, 1, 1, direction="+-", expect=sp.exp(k)), LogDerivative(y, expect=0)))
    first, s = verify.check(at_one, dps=30)["steps"]
    assert first["verdict"] == "proved", first
    assert s["verdict"] == "failed" and "log-derivative" in s["method"]
    u = sp.Symbol("u", positive=True)
    ok = Derivation(id="user.truncated_order", title="order", source="test", symbols=(Param("u", Positive()),),
                    premises=(Premise("def", sp.Eq(f, 1 - sp.sin(u) / u), "relative error"),),
                    steps=(SeriesExpand(u, 0, 4, expect=u**2 / 6), LogDerivative(u, expect=2)))
    assert verify.check(ok, dps=30)["steps"][1]["verdict"] == "proved"


def _solve_linearised(var: str, level: sp.Expr, root: sp.Expr) -> dict:
    from derivations import SolveFor
    t_, c_, q_ = Param("theta", Real(0, sp.Rational(1, 10))), Param("c", Positive()), Param("q", Positive())
    t, c, q = t_.symbol, c_.symbol, q_.symbol
    names = {"theta": t, "c": c}
    d = Derivation(id="user.truncated_solve", title="a level", source="test", symbols=(t_, c_, q_),
                   premises=(Premise("def", sp.Eq(f, c * sp.exp(t)), "the growth"),
                             Premise("level", sp.Eq(f, level.subs({"q": q, "theta": t})), "the level seen")),
                   steps=(SeriesExpand(t, 0, 2, direction="+", expect=c * (1 + t)),
                          Substitute(using="level", expect=sp.Eq(level.subs({"q": q, "theta": t}), c * (1 + t))),
                          SolveFor(names[var], expect=sp.Eq(names[var], root.subs({"q": q, "theta": t, "c": c})))))
    return verify.check(d, dps=30)["steps"][2]


def test_solving_a_truncated_series_is_refused_where_the_solution_moves_with_its_variable():
    q, t, c = sp.Symbol("q"), sp.Symbol("theta"), sp.Symbol("c")
    own = _solve_linearised("theta", 2 * q, 2 * q / c - 1)
    assert own["verdict"] == "failed" and "cannot solve a truncated series" in own["method"]
    moving = _solve_linearised("c", q, q / (1 + t))  # c e^θ = q: c ≃ q/(1 + θ) moves with θ
    assert moving["verdict"] == "failed" and "the solution moves with theta" in moving["method"]
    fixed = _solve_linearised("c", q * (1 + t), q)  # c e^θ = q(1 + θ): c ≃ q, right to leading order
    assert fixed["verdict"] == "proved", fixed


def test_a_limit_of_a_one_sided_series_is_taken_on_its_side_only():
    from derivations import Limit
    y_ = Param("y", Real(-1, 1))
    y = y_.symbol

    def limit_from(side: str) -> dict:
        d = Derivation(id="user.truncated_side", title="a step", source="test", symbols=(y_,),
                       premises=(Premise("def", sp.Eq(f, sp.exp(-1 / y) + y / sp.Abs(y)), "a step"),),
                       steps=(SeriesExpand(y, 0, 1, direction="+", expect=sp.Integer(1)),
                              Limit(y, 0, direction=side, expect=sp.Integer(1))))
        return verify.check(d, dps=30)["steps"][1]

    assert limit_from("+")["verdict"] == "proved"
    below = limit_from("-")
    assert below["verdict"] == "failed" and "expanded from side +" in below["method"]


def test_a_truncated_series_is_not_re_expanded_elsewhere_nor_specialized_at_the_new_centre():
    again = steps(SERIES, SeriesExpand(x, sp.Rational(1, 2), 3, expect=1 - k * x + k**2 * x**2 / 2),
                  Substitute(mapping={x: sp.Rational(1, 2)}, expect=1 - k / 2 + k**2 / 8))
    assert again[1]["verdict"] == "failed" and "cannot expand about x = 1/2" in again[1]["method"]
    assert again[2]["verdict"] == "failed" and "cannot specialize x = 1/2" in again[2]["method"]
    same = steps(SERIES, SeriesExpand(x, 0, 2, expect=1 - k * x))
    assert same[1]["verdict"] == "proved", same[1]

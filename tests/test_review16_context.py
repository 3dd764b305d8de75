"""Review 16 (issue 16, item 1): who holds a condition, read where the form is.

* A holder must keep the condition at every value of the variables the form holds fixed where the
  condition can hold, not at some (``(x − ½)(y − a) = 0`` with ``y ∈ (0, 1)``: only at ``a < 1``).
* An unknown function's value and an undefined name stand for any real number; a closed limit written
  unevaluated is carried out; a limit with a free variable is left unsearched (every variable kept).
* A specialization reads the conditions at its values (``x + y = 10`` after ``x → y`` pins ``y``).
"""

from __future__ import annotations

import sympy as sp

from derivations import Real
from derivations._context import Constraint, pinning_condition
from derivations._fixed_values import specialized
from derivations._holders import Holders, condition_holders

x, y, a, t = sp.symbols("x y a t")
g = sp.Function("g")
HALF = sp.Rational(1, 2)


def test_a_holder_must_follow_at_every_value_of_what_the_form_holds_fixed():
    domains = {x: Real(0, 1), y: Real(0, 1), a: Real(0, 10)}
    h = Holders((x - HALF) * (y - a), frozenset({x, y, a}), frozenset({x, y, a}), domains)
    assert h.holds(y)  # somewhere (a < 1) y follows x
    assert not h.holds(y, fixed=frozenset({a}))  # at a ≥ 1 (most of a's domain) it cannot
    wide = Holders((x - HALF) * (y - a), frozenset({x, y, a}), frozenset({x, y, a}), {**domains, y: Real(0, 20)})
    assert wide.holds(y, fixed=frozenset({a}))  # y = a lies in y's domain for every a


def test_unknown_values_stand_for_any_real_number():
    domains = {x: Real(0, 1), y: Real(0, 1)}
    assert condition_holders((x - HALF) * (1 + g(y) ** 2), {x, y}, {x, y}, domains) == {x}
    assert condition_holders(x - g(y), {x, y}, {x, y}, domains) == {x, y}  # g(y) can take any value
    k = sp.Symbol("k")  # a name no premise defines
    assert condition_holders(x * (1 + k**2) - HALF, {x, k}, {x}, domains) == {x, k}
    assert condition_holders(x * (2 + sp.sin(k)) - 5, {x, k}, {x}, domains) == set()


def test_a_closed_limit_is_carried_out_and_one_with_a_free_variable_is_left():
    domains = {x: Real(0, 1), y: Real(0, 1)}
    closed = sp.Limit(sp.sin(t) / t, t, 0)
    assert condition_holders((x - HALF) * (y**2 + closed), {x, y}, {x, y}, domains) == {x}
    open_ = sp.Limit(sp.sin(y * t) / t, t, 0)
    assert condition_holders((x - HALF) * (y**2 + open_), {x, y}, {x, y}, domains) == {x, y}  # kept, unsearched


def test_a_specialization_reads_the_conditions_at_its_values():
    domains = {x: Real(0, 10), y: Real(0, 10)}
    tie = Constraint("tie", frozenset({x, y}), sp.Eq(x + y, 10), condition=x + y - 10,
                     holders=Holders(x + y - 10, frozenset({x, y}), frozenset({x, y}), domains))
    assert pinning_condition(y, [tie], 3 * y, {}, continuous=True) is None  # x follows y
    (at_y,) = specialized([tie], {x: y}, {x, y}, domains, form=3 * y)
    assert at_y.variables == {y} and pinning_condition(y, [at_y], 3 * y, {}, continuous=True) is not None
    (at_3,) = specialized([tie], {x: sp.Integer(3)}, {x, y}, domains, form=3 * y)
    assert pinning_condition(y, [at_3], 3 * y, {}, continuous=True) is not None  # y = 7 only
    # a variable the specialized form does not contain is a witness of its own (primed)
    (other,) = specialized([tie], {y: sp.Integer(3)}, {x, y}, domains, form=sp.Integer(9))
    assert {s.name for s in other.variables} == {"x′"}


def test_the_integral_certificate_visits_the_joint_corners_of_two_parameters():
    from verify.certify_ops import _joint_corners
    T, w, s = sp.symbols("T w s")
    domains = {T: Real(0, 3), w: Real(0, 3)}
    corners = _joint_corners((w * sp.Abs(sp.sin(w * s)), 0, T), {s}, domains, {})
    assert any(c[T] > 2.99 and c[w] > 2.99 for c in corners)  # ωT > 2π only there
    assert any(c[T] < 0.01 and c[w] < 0.01 for c in corners)
    assert _joint_corners((w * s, 0, 1), {s}, domains, {}) == []  # one parameter: its ends are drawn already

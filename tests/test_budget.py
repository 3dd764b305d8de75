"""Time budgets (derivations/_budget.py) and the guard against SymPy's dense polynomials."""

from __future__ import annotations

import signal
import time

import pytest
import sympy as sp

from derivations import _budget
from derivations._budget import OutOfTime, budget, within
from verify.symbolic import tactic, too_large_for_polys


def test_an_alarm_in_the_disarming_leaves_later_budgets_armed(monkeypatch):
    """The body ends just as time runs out: the alarm fires while the budget disarms. The body's
    result stands, and the disarming is finished: a flag left set would make every later budget a
    no-op (then a runaway simplify takes all memory)."""
    real = signal.setitimer
    fired = []

    def late(which, seconds, *rest):
        if seconds == 0 and not fired:
            fired.append(True)
            raise OutOfTime("fired while disarming")
        return real(which, seconds, *rest)

    monkeypatch.setattr(signal, "setitimer", late)
    with budget(5):
        pass
    monkeypatch.setattr(signal, "setitimer", real)
    assert fired and _budget._active is False
    assert signal.getitimer(_budget.TIMER) == (0.0, 0.0)
    with pytest.raises(OutOfTime):
        within(0.05, lambda: [None for _ in iter(int, 1)])  # never ends unless the budget is live


def test_an_alarm_swallowed_where_python_ignores_exceptions_fires_again():
    """The first alarm lands in a ``__del__`` (Python prints it and goes on, as it does in a gc
    callback): the budget is not lost with it. Seen in CI: an oscillatory sum outlived its budget."""
    swallowed = []

    class Slow:
        def __del__(self):
            try:
                t = time.monotonic()
                while time.monotonic() - t < 0.3:
                    pass
            except OutOfTime:
                swallowed.append(True)   # what Python would do: report, then go on

    start = time.monotonic()
    with pytest.raises(OutOfTime):
        with budget(0.1):
            Slow()   # dropped at once: its __del__ takes the first alarm
            while time.monotonic() - start < 3:
                pass
    assert swallowed and time.monotonic() - start < 5
    assert _budget._active is False and signal.getitimer(_budget.TIMER) == (0.0, 0.0)


def test_an_exponent_beyond_the_dense_polynomials_is_undecided_at_once():
    x = sp.Symbol("x", positive=True)
    assert too_large_for_polys(x + sp.exp(x - 10**9)) and too_large_for_polys(x ** (10**6) - 1)
    assert not too_large_for_polys(x * sp.exp(-300) + x**3)
    with pytest.raises(OutOfTime):
        tactic(sp.factor, sp.exp(x - 10**9) - x)
    assert tactic(sp.cancel, (x**2 - 1) / (x - 1)) == x + 1


def test_an_alarm_is_not_raised_inside_a_gc_callback_or_the_unraisable_hook():
    import sys

    def gc_callback():
        return _budget._swallowing(sys._getframe())

    def elsewhere():
        return _budget._swallowing(sys._getframe())

    assert gc_callback() and not elsewhere()


def test_a_remembered_timeout_keeps_no_frame_and_leaves_the_budget_disarmed(monkeypatch):
    """Review 29: a sum's timeout kept for the run (verify.series_values) held the traceback, and with
    it a budget whose clean-up had not run: the timer went on firing and every later budget was a
    no-op. What is kept is the kind and the message; the budget is disarmed whatever the caller keeps."""
    from verify import series_values
    monkeypatch.setattr(series_values, "TACTIC_SECONDS", 0.05)
    monkeypatch.setattr(series_values, "_DONE", {})

    def busy():
        while True:
            pass

    for _ in range(2):  # the second time from the memo, at once
        with pytest.raises(OutOfTime) as raised:
            series_values._remembered("a slow sum", busy)
    kept = series_values._DONE["a slow sum"]
    assert kept == (OutOfTime, kept[1]) and not any(hasattr(a, "__traceback__") for a in kept[1])
    assert _budget._active is False and signal.getitimer(_budget.TIMER) == (0.0, 0.0)
    with pytest.raises(OutOfTime):
        within(0.05, busy)  # a later budget is live


def test_an_alarm_landing_in_the_exit_of_a_budget_is_dropped():
    """The disarming runs first in ``__exit__``: an alarm that lands there is not raised (a generator's
    clean-up could be skipped by one landing in contextlib's ``__exit__``, review 29)."""
    import sys
    b = budget(5)
    b.__enter__()
    try:
        frame = sys._getframe()
        b._expire(signal.SIGPROF, frame)  # elsewhere: raised
    except OutOfTime:
        pass
    else:
        raise AssertionError("an alarm in the body must be raised")
    in_exit = type("Frame", (), {"f_code": type(b).__exit__.__code__, "f_back": None})()
    b._expire(signal.SIGPROF, in_exit)  # in the disarming: dropped
    b.__exit__(None, None, None)
    assert _budget._active is False and signal.getitimer(_budget.TIMER) == (0.0, 0.0)


def test_a_form_too_costly_at_a_sampled_point_gives_that_point_no_value(monkeypatch):
    """Review 30: substituting x = 10⁶ into exp(−exp(x)) makes SymPy evaluate it at once, and mpmath then
    works out ln 2 to about 10⁶ digits (the checker never returned on the Gumbel law). The point has no
    value once its budget is spent; a cheap point keeps its value."""
    from verify import confirm
    monkeypatch.setattr(confirm, "POINT_SECONDS", 0.5)
    x = sp.Symbol("x", real=True)
    start = time.monotonic()
    assert confirm._value(sp.exp(-sp.exp(x)), {x: sp.Integer(10**6)}, 50) is None
    assert time.monotonic() - start < 5
    assert abs(confirm._value(sp.exp(-sp.exp(x)), {x: sp.Integer(1)}, 50) - sp.exp(-sp.E).evalf(30)) < 1e-25
    assert _budget._active is False and signal.getitimer(_budget.TIMER) == (0.0, 0.0)


def test_a_budget_counts_cpu_time_not_the_wall_clock():
    """A step's budget is the work it may do, not the time it waits: on a loaded machine (a review running
    beside the checker) a wall-clock budget ran out before a shipped step's proof and the step came out
    ``confirmed``. Time spent off the CPU does not use the budget; time spent computing does."""
    with budget(0.2):
        time.sleep(0.5)  # off the CPU: the budget is untouched
    start = _budget.cpu_seconds()
    with pytest.raises(OutOfTime):
        within(0.2, lambda: [None for _ in iter(int, 1)])
    assert 0.15 < _budget.cpu_seconds() - start < 3
    assert _budget._active is False and signal.getitimer(_budget.TIMER) == (0.0, 0.0)

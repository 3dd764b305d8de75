"""Time budgets (derivations/_budget.py) and the guard against SymPy's dense polynomials."""

from __future__ import annotations

import signal

import pytest
import sympy as sp

from derivations import _budget
from derivations._budget import OutOfTime, budget, within
from verify.symbolic import tactic, too_large_for_polys


def test_an_alarm_in_the_disarming_leaves_later_budgets_armed(monkeypatch):
    """The body ends just as time runs out: the alarm fires while the budget disarms. A flag left
    set would make every later budget a no-op (then a runaway simplify takes all memory)."""
    real = signal.setitimer

    def late(which, seconds, *rest):
        if seconds == 0:
            real(which, 0)
            raise OutOfTime("fired while disarming")
        return real(which, seconds, *rest)

    monkeypatch.setattr(signal, "setitimer", late)
    with pytest.raises(OutOfTime):
        with budget(5):
            pass
    monkeypatch.setattr(signal, "setitimer", real)
    assert _budget._active is False
    with pytest.raises(OutOfTime):
        within(0.05, lambda: [None for _ in iter(int, 1)])  # never ends unless the budget is live


def test_an_exponent_beyond_the_dense_polynomials_is_undecided_at_once():
    x = sp.Symbol("x", positive=True)
    assert too_large_for_polys(x + sp.exp(x - 10**9)) and too_large_for_polys(x ** (10**6) - 1)
    assert not too_large_for_polys(x * sp.exp(-300) + x**3)
    with pytest.raises(OutOfTime):
        tactic(sp.factor, sp.exp(x - 10**9) - x)
    assert tactic(sp.cancel, (x**2 - 1) / (x - 1)) == x + 1

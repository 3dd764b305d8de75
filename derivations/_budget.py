"""Time budgets for SymPy operations that can run away (simplify, factor, solve).

A wrong step — a mutated exponent, a user's slip — can send ``simplify`` into a
resultant computation that never ends. A budget turns that into "not decided here":
a proof that times out proves nothing, and a rule that times out could not be applied.
Only completeness is affected, never soundness. Budgets count the process's CPU time
(``ITIMER_PROF``), not the wall clock: on a loaded machine a step gets the same work done
before its budget ends, so the verdict does not depend on what else runs (a wall-clock
budget once made a shipped step ``confirmed`` instead of ``proved`` while a review ran
beside the checker). They apply in the main thread of a process (the CLI, its workers,
pytest); elsewhere the operation simply runs unbounded.
"""

from __future__ import annotations

import signal
import threading
import time
from typing import Any, Callable

__all__ = ["OutOfTime", "TACTIC_SECONDS", "RULE_SECONDS", "POINT_SECONDS", "REPEAT_SECONDS", "TIMER", "cpu_seconds",
           "within", "budget", "budget_active"]

#: The timer a budget arms and the signal it sends: CPU time of the whole process, user and system.
TIMER, _SIGNAL = signal.ITIMER_PROF, signal.SIGPROF
#: The clock that timer counts, for code that asks how much of a budget a call used.
cpu_seconds = time.process_time

#: Seconds one proof tactic (simplify, factor, ...) may take before it counts as undecided.
TACTIC_SECONDS = 8.0
#: Seconds one rule (solve, integrate, limit, ...) may take before it counts as not applicable.
RULE_SECONDS = 60.0
#: Seconds a form may take to be evaluated at one sampled point before the point counts as having no
#: value (review 30: exp(−exp(x)) at x = 10⁸ asked mpmath for ln 2 to 10⁸ digits).
POINT_SECONDS = 8.0

_active = False


class OutOfTime(Exception):
    """A budgeted operation did not finish in time."""


def _can_alarm() -> bool:
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


#: After the first alarm the timer fires again every this many seconds until the budget ends. An
#: :class:`OutOfTime` raised where Python swallows exceptions (a gc callback, a ``__del__``, a
#: library's broad ``except``) would otherwise be lost, and the budget with it.
REPEAT_SECONDS = 0.05


#: Where an exception is swallowed and reported as "unraisable" and the report itself can break (a gc
#: callback such as hypothesis' timer, the hook that reports such exceptions): an alarm there is left to
#: the timer's next repeat, :data:`REPEAT_SECONDS` later (an alarm inside pytest's unraisable hook once
#: failed a test with "Failed to process unraisable exception"). A ``__del__`` still takes it.
_SWALLOWING_NAMES = ("gc_callback", "unraisable_hook", "tracemalloc_message")


def _swallowing(frame: Any) -> bool:
    depth = 0
    while frame is not None and depth < 40:
        if frame.f_code.co_name in _SWALLOWING_NAMES or "unraisableexception" in frame.f_code.co_filename:
            return True
        frame, depth = frame.f_back, depth + 1
    return False


def budget_active() -> bool:
    """Whether a budget is running: a nested one is a no-op, so its :class:`OutOfTime` is the outer one's."""
    return _active


class budget:
    """Raise :class:`OutOfTime` in the body after ``seconds`` (no-op if nested or not in the main thread).

    A class, not a generator: a generator's clean-up runs only when it is resumed, and an alarm landing
    just as the body ends (in contextlib's ``__exit__``, before it resumes the generator) left the timer
    repeating and the flag set for as long as anything held the exception (review 29: a remembered
    timeout kept it for the whole run, every later budget a no-op and alarms raised anywhere). An alarm
    that lands in :meth:`__exit__` itself is dropped: the disarming comes first there.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.armed = False
        self.ended = False

    def _expire(self, signum: int, frame: Any) -> None:
        if not self.ended and frame is not None and frame.f_code is not _EXIT_CODE and not _swallowing(frame):
            raise OutOfTime(f"did not finish within {self.seconds:g} s")

    def __enter__(self) -> None:
        global _active
        if _active or not _can_alarm() or self.seconds <= 0:
            return None
        self.previous = signal.signal(_SIGNAL, self._expire)
        _active = self.armed = True
        signal.setitimer(TIMER, self.seconds, REPEAT_SECONDS)
        return None

    def __exit__(self, *exc: Any) -> bool:
        global _active
        # The body has ended (normally or by its own exception). An alarm firing now comes too late
        # to matter: it is dropped and the disarming retried, never left half done. A timer left
        # repeating with the default handler back would kill the process; a flag left set would
        # make every later budget a no-op (a runaway simplify would take all the machine's memory).
        self.ended = True
        while self.armed:
            try:
                signal.setitimer(TIMER, 0)
                signal.signal(_SIGNAL, self.previous)
                _active = self.armed = False
            except OutOfTime:
                continue
        return False


_EXIT_CODE = budget.__exit__.__code__


def within(seconds: float, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` under a budget of ``seconds``; raises :class:`OutOfTime`."""
    with budget(seconds):
        return fn(*args, **kwargs)

"""Values a user's code draws from outside its files: the clock and unseeded randomness (issue 16, item 5).

A module whose derivations depend on the time of day or on a random draw gives a different
verdict on every run; a cached verdict replayed for it is stale. In the child that runs user
code (:mod:`verify.outside_reads` installs this), the readers are wrapped and a call made by
the user's code, not a library's (the calling frame's file decides), marks the module
``volatile:clock`` or ``volatile:random``: it is then checked again on every run.

* the clock: ``time.time``, ``time_ns``, ``localtime``, ``gmtime``, ``ctime``, ``asctime`` and
  ``strftime`` without a time (review 10), ``clock_gettime`` and ``clock_gettime_ns`` (review 15); ``datetime.datetime.now``/``utcnow``/``today`` and
  ``datetime.date.today`` (review 14: ``datetime.datetime`` and ``date`` become subclasses whose
  instances are the originals, pickled as such);
* randomness (review 14): a module-level ``random`` function before the user's code seeded the
  generator with a value, ``random.Random()``/``SystemRandom()`` or ``random.seed()`` without one,
  ``os.urandom``; numpy's legacy ``numpy.random`` functions before ``numpy.random.seed(value)``,
  ``numpy.random.default_rng()`` without a seed.

Not seen: ``time.monotonic``/``perf_counter`` (no calendar value), a ``numpy.random.RandomState()``
made without a seed, draws made inside a library on the user's behalf (``secrets``, ``uuid4``).
"""

from __future__ import annotations

import copyreg
import datetime as _datetime
import sys
from typing import Any, Callable

__all__ = ["CLOCK", "RANDOM", "record_volatile_values"]

#: The manifest entries (after :data:`verify.outside_reads.VOLATILE`) of a clock read and a random draw.
CLOCK = "clock"
RANDOM = "random"

_RANDOM_FUNCTIONS = ("random", "uniform", "randint", "randrange", "choice", "choices", "shuffle", "sample",
                     "gauss", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
                     "triangular", "betavariate", "paretovariate", "weibullvariate", "getrandbits", "randbytes",
                     "binomialvariate")
_NUMPY_KEEP = frozenset({"seed", "get_state", "set_state"})


def record_volatile_values(ignored: tuple[str, ...], note: Callable[[str], None],
                           real: Callable[[str], str | None]) -> None:
    """Wrap the clock's and the random generators' readers so that a call from a file outside
    ``ignored`` (the user's code) calls ``note(kind)``; ``real`` resolves a frame's file name."""
    users: dict[str, bool] = {}

    def from_user() -> bool:  # frames: this, the wrapper, its caller
        try:
            name = sys._getframe(2).f_code.co_filename
        except ValueError:  # no Python caller: counted as the user's, to be safe
            return True
        if name not in users:
            users[name] = not name.startswith("<frozen") and not (real(name) or "").startswith(ignored)
        return users[name]

    _wrap_time(from_user, note)
    _wrap_datetime(from_user, note)
    _wrap_random(from_user, note)


def _wrapper(fn: Any, reads: Callable[[tuple[Any, ...], dict[str, Any]], bool], from_user: Callable[..., bool],
             act: Callable[[], None]) -> Any:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if reads(args, kwargs) and from_user():
            act()
        return fn(*args, **kwargs)
    wrapped.__name__, wrapped.__doc__ = getattr(fn, "__name__", "wrapped"), getattr(fn, "__doc__", None)
    wrapped.__wrapped__ = fn  # type: ignore[attr-defined]
    return wrapped


def _always(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    return True


def _no_value(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """No first argument, or None: the call reads the clock (or the system's entropy)."""
    value = args[0] if args else next(iter(kwargs.values()), None)
    return value is None


def _wrap_time(from_user: Callable[..., bool], note: Callable[[str], None]) -> None:
    import time

    def clock() -> None:
        note(CLOCK)

    time.time, time.time_ns = (_wrapper(time.time, _always, from_user, clock),
                               _wrapper(time.time_ns, _always, from_user, clock))
    for name in ("localtime", "gmtime", "ctime", "asctime"):
        setattr(time, name, _wrapper(getattr(time, name), _no_value, from_user, clock))
    time.strftime = _wrapper(time.strftime, lambda args, kwargs: len(args) + len(kwargs) < 2, from_user, clock)
    for name in ("clock_gettime", "clock_gettime_ns"):  # any clock id: the calendar's, or one that moves (review 15)
        if hasattr(time, name):
            setattr(time, name, _wrapper(getattr(time, name), _always, from_user, clock))


class _SeenAsOriginal(type):
    """The metaclass of a watched ``datetime`` class: an instance of the original is one of it
    (a user's subclass of the watched class checks as usual)."""

    def __instancecheck__(cls, obj: Any) -> bool:
        original = cls.__dict__.get("_original")
        return isinstance(obj, original) if original is not None else type.__instancecheck__(cls, obj)

    def __subclasscheck__(cls, sub: Any) -> bool:
        original = cls.__dict__.get("_original")
        return issubclass(sub, original) if original is not None else type.__subclasscheck__(cls, sub)


def _rebuild(kind: str, state: tuple[Any, ...]) -> Any:
    """Unpickle an original ``datetime``/``date`` (the module attribute is the watched subclass)."""
    cls = _ORIGINALS[kind]
    return cls.__new__(cls, *state)


_ORIGINALS = {"datetime": _datetime.datetime, "date": _datetime.date}


def _wrap_datetime(from_user: Callable[..., bool], note: Callable[[str], None]) -> None:
    base_datetime, base_date = _datetime.datetime, _datetime.date
    if isinstance(base_datetime, _SeenAsOriginal):
        return  # wrapped already

    def reader(base: Any, name: str) -> Any:
        method = getattr(base, name)

        def read(cls: Any, *args: Any, **kwargs: Any) -> Any:
            if from_user():
                note(CLOCK)
            # the watched class itself hands out originals; a user's subclass gets its own instances
            if cls is watched[base]:
                return method(*args, **kwargs)
            return getattr(super(watched[base], cls), name)(*args, **kwargs)
        read.__name__, read.__doc__ = name, method.__doc__
        return classmethod(read)

    watched: dict[Any, Any] = {}
    for base, names in ((base_datetime, ("now", "utcnow", "today")), (base_date, ("today",))):
        namespace = {name: reader(base, name) for name in names if hasattr(base, name)}
        namespace.update(__slots__=(), __module__="datetime", __qualname__=base.__name__, __doc__=base.__doc__, _original=base)
        watched[base] = _SeenAsOriginal(base.__name__, (base,), namespace)
        # pickle finds the module attribute by name: the originals are rebuilt by this module instead
        copyreg.pickle(base, lambda obj, kind=base.__name__: (_rebuild, (kind, obj.__reduce__()[1])))
    _datetime.datetime, _datetime.date = watched[base_datetime], watched[base_date]


def _wrap_random(from_user: Callable[..., bool], note: Callable[[str], None]) -> None:
    import os
    import random
    seeded = {"random": False, "numpy": False}

    def draw(kind: str) -> Callable[[], None]:
        def act() -> None:
            if not seeded[kind]:
                note(RANDOM)
        return act

    def seeder(fn: Any, kind: str) -> Any:
        def seed(*args: Any, **kwargs: Any) -> Any:  # seed(value) or setstate(state): what follows is fixed
            if from_user():
                if _no_value(args, kwargs):
                    note(RANDOM)  # reseeded from the system's entropy
                seeded[kind] = not _no_value(args, kwargs)
            return fn(*args, **kwargs)
        seed.__name__, seed.__doc__ = fn.__name__, fn.__doc__
        return seed

    for name in _RANDOM_FUNCTIONS:
        if hasattr(random, name):
            setattr(random, name, _wrapper(getattr(random, name), _always, from_user, draw("random")))
    random.seed, random.setstate = seeder(random.seed, "random"), seeder(random.setstate, "random")
    init = random.Random.__init__

    def fresh(self: Any, x: Any = None) -> None:
        if x is None and from_user():
            note(RANDOM)
        init(self, x)
    random.Random.__init__ = fresh  # type: ignore[method-assign]
    os.urandom = _wrapper(os.urandom, _always, from_user, lambda: note(RANDOM))

    try:
        import numpy.random as numpy_random  # the kernel has it loaded already
    except ImportError:
        return
    legacy = getattr(getattr(numpy_random, "mtrand", None), "_rand", None)
    for name in dir(numpy_random):
        fn = getattr(numpy_random, name)
        if name.startswith("_") or getattr(fn, "__self__", None) is not legacy or legacy is None:
            continue
        if name not in _NUMPY_KEEP:
            setattr(numpy_random, name, _wrapper(fn, _always, from_user, draw("numpy")))
    numpy_random.seed = seeder(numpy_random.seed, "numpy")
    numpy_random.set_state = seeder(numpy_random.set_state, "numpy")
    numpy_random.default_rng = _wrapper(numpy_random.default_rng, _no_value, from_user, lambda: note(RANDOM))

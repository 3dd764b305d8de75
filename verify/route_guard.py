"""What an independent route may not reach: the derivation's closed form (issue 16, item 5).

A route that calls ``Derivation.evaluate`` (or any method through which the derived value is
computed) confirms the result with itself. In the child process that runs user code
(:mod:`verify.isolation_child`), those methods' code is replaced, before any user file is
imported, by a dispatcher that notes the call while a route runs and then does what the method
did. A reference saved at import (``ev = d.evaluate``) still reaches the dispatcher: it is the
same function object; a value such a method computed and kept (``result``) is forgotten before
each route. A profiler hook did this before; it made every route 2.4x slower.
"""

from __future__ import annotations

import types
from contextlib import contextmanager
from typing import Any, Callable, Iterator

__all__ = ["guard_closed_form", "watching_route"]

#: The method names through which a route would reach the closed form.
_PLAIN = ("evaluate", "_evaluate_at", "_certified", "_adaptive", "derived", "replay", "_outcomes", "_evaluable")
_CACHED = ("result", "_compiled", "_arb_program")

#: What each guarded method did, by name.
_ORIGINALS: dict[str, Callable[..., Any]] = {}
#: One list per route running now (innermost last): the guarded methods it reached.
_WATCHING: list[list[str]] = []


def _targets() -> dict[str, Any]:
    from derivations import Derivation
    fns = {name: getattr(Derivation, name) for name in _PLAIN}
    fns.update({name: vars(Derivation)[name].func for name in _CACHED})
    fns["closed_form"] = Derivation.closed_form.fget
    return fns


#: The derivations whose values were computed (and kept in their ``__dict__``) through a guarded
#: method, by id: a route that reads a kept value makes no call (review 29: ``print(d.evaluate(x=2))``
#: at import, then ``d.result`` in the route), so they are forgotten before each route.
_KEEPING: dict[int, Any] = {}


def _declared_state(self: Any) -> dict[str, Any]:
    return {name: value for name, value in vars(self).items() if name not in _kept_names(self)}


def _kept_names(d: Any) -> list[str]:
    """What ``d`` keeps beyond its declared fields: every computed value (``result``, ``_compiled``,
    ``_arb_program``, ``_replayed``, ``_specialised_chains``, … — review 30 read the last)."""
    import dataclasses
    fields = {f.name for f in dataclasses.fields(d)} if dataclasses.is_dataclass(d) else set()
    return [name for name in list(vars(d)) if name not in fields]


def _reached(name: str, args: tuple, kwargs: dict) -> Any:
    if _WATCHING:
        _WATCHING[-1].append(name)
    if args and hasattr(args[0], "__dict__"):
        _KEEPING[id(args[0])] = args[0]
    return _ORIGINALS[name](*args, **kwargs)


def _dispatcher(*args: Any, **kwargs: Any) -> Any:  # runs with the guarded method's globals: builtins only
    return __import__("verify.route_guard", fromlist=["_reached"])._reached(
        __import__("sys")._getframe(0).f_code.co_name, args, kwargs)


def guard_closed_form() -> None:
    """Route every guarded method through the dispatcher (once per process)."""
    if _ORIGINALS:
        return
    from derivations import Derivation
    # a copy (copy.copy, deepcopy, pickle) takes the declared fields only: a twin made at import would
    # otherwise carry the kept result past the forgetting below (review 30)
    Derivation.__getstate__ = _declared_state  # type: ignore[method-assign]
    for name, fn in _targets().items():
        original = types.FunctionType(fn.__code__, fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__)
        original.__kwdefaults__ = fn.__kwdefaults__
        _ORIGINALS[name] = original
        fn.__code__ = _dispatcher.__code__.replace(co_name=name, co_qualname=f"Derivation.{name}")


@contextmanager
def watching_route() -> Iterator[list[str]]:
    """The guarded methods reached in the body (in order), as a list filled while it runs."""
    reached: list[str] = []
    for d in _KEEPING.values():
        for name in _kept_names(d):
            d.__dict__.pop(name, None)
    _WATCHING.append(reached)
    try:
        yield reached
    finally:
        _WATCHING.pop()

"""The trust boundary (issue 16, item 5): a user's file runs in a child process, the kernel gets data.

``python -m verify FILE`` and the pytest plugin's ``--wallcheck FILE`` import a user's file in a
child (:mod:`verify.isolation_child`, started with ``python -m``), never in the kernel's process.
The child sends each derivation back as data — forms as ``srepr`` text, rules and records by
class name and fields — and this module rebuilds it with the kernel's own classes, reading forms
with :func:`~verify.wire.read_form` (no ``eval``: SymPy names, numerals, tuples, keywords only).
A record of a class that is not the package's own is refused in one sentence naming it.

User callables (routes, measurements, properties, claims, ``value=``/``evaluator``/``constraint``
hooks, callable notes, a ``SolveFor`` predicate) stay in the child: here they are
:class:`UserCallable` proxies that send their arguments down a pipe (JSON lines) and get back a
number, a bool, a text or a form — data the kernel then checks. A route that reaches the closed
form (``Derivation.evaluate``) is refused by the child's profiler; a route needs
:data:`~derivations._precision.ROUTE_MIN_POINTS` points and at least
:func:`~derivations._precision.route_digits_floor` digits; a ``value=`` hook must pick a part of
the derived result or agree with its right-hand side (:class:`ValueHook`).

This module rebuilds and loads; the pipe to the child and the proxies are
:mod:`verify.user_process`, the checks of a user's hooks :mod:`verify.user_hooks` (their names
are importable from here as before).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from derivations import Derivation
from derivations import _domains, _model, _rules
from derivations._precision import ROUTE_MIN_POINTS, route_digits_floor

from .user_hooks import ValueHook, check_hooks, is_isolated
from .user_process import ChildGone, UserCallable, UserCodeError, UserProcess, user_process
from .wire import ReadError, WireError, from_wire, read_form

__all__ = ["Refused", "UserCodeError", "UserProcess", "UserCallable", "ValueHook", "FileLoad", "load_file",
           "user_process", "rebuild", "is_isolated", "read_form", "check_hooks"]


class Refused(ValueError):
    """A record from the user's process that the kernel does not accept (names field and class)."""


# -- rebuilding ------------------------------------------------------------------------------------

#: What a user callable in each place may return.
_ROLES = {("Agreement", "compute"): "route", ("Agreement", "min_digits"): "number",
          ("Measurement", "run"): "measurement", ("Property", "holds"): "bool", ("Claim", "compute"): "claim",
          ("SolveFor", "choose"): "bool", ("Derivation", "value"): "expr", ("Derivation", "evaluator"): "number",
          ("Derivation", "constraint"): "none", ("Derivation", "notes"): "text"}

_TEXT_FIELDS = {"note", "name", "on", "using", "text", "direction"}


def _classes() -> dict[str, type]:
    out = {c.__name__: c for c in (_model.Param, _model.Premise, _model.SampleRange, _model.Agreement,
                                   _model.Measurement, _model.Claim, _model.Property, _domains.Domain, _rules.Ref)}
    out.update({c.__name__: c for c in _rules.BUILTIN_RULES})
    return out


class _Rebuilder:
    def __init__(self, process: UserProcess):
        self.process = process
        self.classes = _classes()

    def value(self, v: Any, where: str, place: tuple[str, str]) -> Any:
        if isinstance(v, dict) and v.get("$") == "fn":
            role = _ROLES.get(place)
            if role is None:
                raise Refused(f"{where} is user code where the kernel expects data")
            return UserCallable(self.process, int(v["h"]), "number" if role == "route" else role, where,
                                route=role == "route")
        if isinstance(v, dict) and v.get("$") == "rec":
            return self.record(v, where)
        if isinstance(v, dict) and v.get("$") == "tuple":
            return tuple(self.value(x, f"{where}[{i}]", place) for i, x in enumerate(v["v"]))
        if isinstance(v, dict) and v.get("$") == "map":
            return {self.value(k, f"{where} key", place): self.value(x, f"{where}[...]", place) for k, x in v["v"]}
        try:
            return from_wire(v)
        except (ReadError, WireError) as exc:
            raise Refused(f"{where}: {exc}") from None

    def record(self, rec: Mapping[str, Any], where: str) -> Any:
        name = rec.get("cls")
        cls = self.classes.get(name)
        if cls is None:
            raise Refused(f"{where} is a {name}, which is not one of the package's records")
        names = {f.name for f in dataclasses.fields(cls) if f.init}
        fields = {k: self.value(v, f"{where}.{k}", (name, k)) for k, v in rec["v"].items() if k in names}
        if cls in _rules.BUILTIN_RULES:
            for k, v in fields.items():
                if k in _TEXT_FIELDS and v is not None and not isinstance(v, str):
                    raise Refused(f"{where}.{k} must be a text, got a {type(v).__name__}")
                if k not in _TEXT_FIELDS and isinstance(v, str):
                    raise Refused(f"{where}.{k} is a text where a form is expected")
        try:
            return cls(**fields)
        except Exception as exc:  # noqa: BLE001 - the record's own validation, as one sentence
            raise Refused(f"{where}: {type(exc).__name__}: {exc}") from None

    def derivation(self, data: Mapping[str, Any], ident: str) -> Derivation:
        fields: dict[str, Any] = {}
        names = {f.name for f in dataclasses.fields(Derivation) if f.init}
        for k, v in data.items():
            if k not in names:
                continue
            if k == "value" and isinstance(v, dict) and v.get("$") == "default":
                continue
            fields[k] = self.value(v, f"{ident}: {k}", ("Derivation", k))
        for k in ("id", "title", "source", "summary"):
            if k in fields and not isinstance(fields[k], str):
                raise Refused(f"{ident}: {k} must be a text, got a {type(fields[k]).__name__}")
        for k, cls in (("symbols", _model.Param), ("premises", _model.Premise), ("properties", _model.Property),
                       ("claims", _model.Claim), ("sampling", _model.SampleRange), ("parameters", str)):
            items = fields.get(k, ())
            if not isinstance(items, tuple):
                raise Refused(f"{ident}: {k} must be a tuple of {cls.__name__}, got a {type(items).__name__}")
            for i, item in enumerate(items):
                if not isinstance(item, cls):
                    raise Refused(f"{ident}: {k}[{i}] is a {type(item).__name__}, not a {cls.__name__}")
        for k in ("result_step",):
            if fields.get(k) is not None and not isinstance(fields[k], str):
                raise Refused(f"{ident}: {k} must be a text, got a {type(fields[k]).__name__}")
        for k in ("evaluator", "constraint"):
            if fields.get(k) is not None and not isinstance(fields[k], UserCallable):
                raise Refused(f"{ident}: {k} must be a function, got a {type(fields[k]).__name__}")
        if "value" in fields:
            if not isinstance(fields["value"], UserCallable):
                raise Refused(f"{ident}: value must be a function, got a {type(fields['value']).__name__}")
            fields["value"] = ValueHook(fields["value"])
        self.check_route(fields.get("route"), ident, tuple(fields.get("parameters") or ()))
        for i, p in enumerate(fields.get("properties") or ()):
            for name, dom in dict(getattr(p, "over", {}) or {}).items():
                if not isinstance(dom, _domains.Domain):
                    raise Refused(f"{ident}: properties[{i}].over[{name!r}] is a {type(dom).__name__}, not a Domain "
                                  f"(Real(...), Positive(), Integer(...))")
        for i, s in enumerate(fields.get("steps") or ()):
            if type(s) not in _rules.BUILTIN_RULES:
                raise Refused(f"{ident}: steps[{i}] is a {type(s).__name__}, not a rule")
        try:
            d = Derivation(**fields)
        except Exception as exc:  # noqa: BLE001 - Derivation's own validation, as one sentence
            raise Refused(f"{ident}: {type(exc).__name__}: {exc}") from None
        if isinstance(d.value, ValueHook):
            d.value.derivation = d
        d._wallcheck_user = True  # checked as a user's: hooks checked, no whole-derivation cache
        return d

    def check_route(self, route: Any, ident: str, parameters: tuple = ()) -> None:
        if isinstance(route, _model.Agreement):
            points = tuple(route.points or ())
            for i, p in enumerate(points):
                if not isinstance(p, Mapping):
                    raise Refused(f"{ident}: route.points[{i}] is a {type(p).__name__}, not a mapping of "
                                  f"parameter values")
            # Distinct points: a point repeated proves nothing twice. A derivation without
            # parameters has exactly one point to compare at.
            distinct = {tuple(sorted((str(k), str(v)) for k, v in p.items())) for p in points}
            need = ROUTE_MIN_POINTS if parameters else 1
            if len(distinct) < need:
                raise Refused(f"{ident}: route.points has {len(distinct)} distinct point"
                              f"{'s' if len(distinct) != 1 else ''}; an independent route needs at least {need}")
            if route.min_digits is not None:
                object.__setattr__(route, "min_digits", _Floored(route.min_digits))
        elif route is not None and not isinstance(route, _model.Measurement):
            raise Refused(f"{ident}: route is a {type(route).__name__}, not an Agreement or a Measurement")


class _Floored:
    """A route's ``min_digits``, never below :func:`route_digits_floor` (and never a crash)."""

    def __init__(self, fn: Callable[[int], Any]):
        self.fn = fn

    def __call__(self, dps: int) -> float:
        try:
            stated = float(self.fn(dps))
        except Exception:  # noqa: BLE001 - a broken threshold cannot be met
            return float(dps + 1)
        if not stated == stated:  # NaN
            return float(dps + 1)
        return max(stated, float(route_digits_floor(dps)))


def rebuild(data: Mapping[str, Any], ident: str, process: UserProcess | None = None) -> Derivation:
    """The kernel's own :class:`~derivations.Derivation` from the child's data (:class:`Refused` if not)."""
    return _Rebuilder(process or user_process()).derivation(data, ident)


# -- loading ---------------------------------------------------------------------------------------

@dataclass
class FileLoad:
    """What the child found in one file: an import error, or derivations (rebuilt or refused)."""

    error: str | None = None
    frame: str = ""
    #: ``(name in the module, derivation or None, refusal or None)`` in definition order.
    found: list[tuple[str, Derivation | None, str | None]] = field(default_factory=list)


_by_token: dict[tuple[int, int], Derivation] = {}


def load_file(path: str | Path) -> FileLoad:
    """Import ``path`` in the child and rebuild what it defines; the kernel never imports it."""
    import derivations
    process = user_process()
    try:
        reply = process.request({"op": "load", "path": str(Path(path).resolve())})
    except ChildGone as exc:
        return FileLoad(error=f"ChildGone: {exc}")
    if not reply.get("ok"):
        return FileLoad(error=str(reply.get("error") or f"{reply.get('type')}: {reply.get('message')}"),
                        frame=str(reply.get("frame") or ""))
    out = FileLoad()
    for entry in reply.get("derivations", []):
        name, ident = str(entry.get("name")), str(entry.get("id"))
        if "same_as" in entry:
            known = _by_token.get((id(process), int(entry["same_as"])))
            out.found.append((name, known, None if known is not None else f"{ident}: could not be rebuilt"))
            continue
        try:
            if entry.get("registered"):
                d = derivations.get(ident)  # the package's own object, never the child's copy
            elif "refused" in entry:
                raise Refused(str(entry["refused"]))
            else:
                d = rebuild(entry["record"], ident, process)
        except Refused as exc:
            out.found.append((name, None, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - malformed data from the child is a refusal, never a crash
            out.found.append((name, None, f"{ident}: the data could not be read: {type(exc).__name__}: {exc}"))
            continue
        _by_token[(id(process), int(entry.get("token", 0)))] = d
        out.found.append((name, d, None))
    return out

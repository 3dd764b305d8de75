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
"""

from __future__ import annotations

import atexit
import dataclasses
import json
import multiprocessing
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import mpmath
import sympy

from derivations import Derivation, DerivationError, DomainError
from derivations import _domains, _model, _rules
from derivations._precision import ROUTE_MIN_POINTS, route_digits_floor

from .wire import NUMBER, ReadError, WireError, from_wire, read_form, to_wire

__all__ = ["Refused", "UserCodeError", "UserProcess", "UserCallable", "ValueHook", "FileLoad", "load_file",
           "user_process", "rebuild", "is_isolated", "read_form", "check_hooks"]


class Refused(ValueError):
    """A record from the user's process that the kernel does not accept (names field and class)."""


class UserCodeError(Exception):
    """User code raised in the child; the class is named after the child's exception."""


class _UserDomainError(DomainError):
    """A ``DomainError`` the user's ``constraint`` raised in the child (its message as it was)."""

    def __init__(self, message: str):  # noqa: D107 - the child's message, unchanged
        ValueError.__init__(self, message)
        self.name, self.value, self.domain = None, None, None


_ERROR_CLASSES: dict[str, type] = {}


def _user_error(reply: Mapping[str, Any]) -> Exception:
    message = str(reply.get("message", ""))
    if reply.get("domain"):
        return _UserDomainError(message)
    name = str(reply.get("type") or "UserCodeError")
    if not name.isidentifier():
        name = "UserCodeError"
    cls = _ERROR_CLASSES.setdefault(name, type(name, (UserCodeError,), {"__module__": "user code"}))
    return cls(message)


class ChildGone(RuntimeError):
    """The user's process ended (or broke the protocol)."""


class UserProcess:
    """The child that imported the user's files; one request at a time (forked workers share it)."""

    def __init__(self) -> None:
        root = str(Path(__file__).resolve().parents[1])  # the child imports this very package
        env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.proc = subprocess.Popen([sys.executable, "-m", "verify.isolation_child"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env, text=True, encoding="utf-8", bufsize=1)
        methods = multiprocessing.get_all_start_methods()
        self.lock = (multiprocessing.get_context("fork") if "fork" in methods else multiprocessing).Lock()
        self._owner = os.getpid()  # forked workers share the pipe but never close the child

    @property
    def alive(self) -> bool:
        if os.getpid() != self._owner:  # a forked worker cannot wait for its parent's child: EOF tells
            return True
        return self.proc.poll() is None

    def request(self, req: Mapping[str, Any]) -> dict[str, Any]:
        """Send one request and read its one-line reply."""
        with self.lock:
            if not self.alive:
                raise ChildGone(f"the process running the user's code has ended (status {self.proc.returncode})")
            try:
                self.proc.stdin.write(json.dumps(req) + "\n")
                self.proc.stdin.flush()
                line = self.proc.stdout.readline()
            except (OSError, ValueError) as exc:
                raise ChildGone(f"the process running the user's code is gone: {exc}") from None
        if not line:
            if os.getpid() == self._owner:
                self.proc.wait()
            raise ChildGone(f"the process running the user's code ended (status {self.proc.returncode})")
        try:
            reply = json.loads(line)
        except ValueError:
            raise ChildGone("the process running the user's code answered something that is not JSON") from None
        if not isinstance(reply, dict):
            raise ChildGone("the process running the user's code answered something that is not a reply")
        return reply

    def close(self, wait: bool = True) -> None:
        """End the child: it exits when its request channel closes."""
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
            if wait:
                self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()


_process: UserProcess | None = None


def user_process() -> UserProcess:
    """The live child of this process (started on first use, restarted if it ended)."""
    global _process
    if _process is None or not _process.alive:
        _process = UserProcess()
    return _process


@atexit.register
def _close() -> None:
    if _process is not None and os.getpid() == getattr(_process, "_owner", os.getpid()):
        _process.close(wait=False)


# -- proxies --------------------------------------------------------------------------------------

class UserCallable:
    """A user's callable that lives in the child; calling it sends the arguments and returns data.

    ``returns`` is what the kernel accepts back: ``number`` (an mpmath number, exactly as the
    child computed it), ``bool``, ``claim`` (a bool or a number), ``measurement``
    (``(passed, digits, detail)``), ``text``, ``expr`` (a form) or ``none``.
    """

    def __init__(self, process: UserProcess, handle: int, returns: str, where: str, route: bool = False):
        self.process, self.handle, self.returns, self.where, self.route = process, handle, returns, where, route

    def __repr__(self) -> str:
        return f"<user code: {self.where}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            req = {"op": "call", "h": self.handle, "args": [to_wire(a) for a in args],
                   "kwargs": {k: to_wire(v) for k, v in kwargs.items()}, "dps": mpmath.mp.dps,
                   "returns": self.returns, "route": self.route}
        except WireError as exc:
            raise UserCodeError(f"{self.where}: an argument cannot be sent: {exc}") from None
        reply = self.process.request(req)
        if not reply.get("ok"):
            raise _user_error(reply)
        return self._accept(reply.get("v"))

    def _accept(self, v: Any) -> Any:
        try:
            if self.returns == "none":
                return None
            if self.returns == "text":
                if not isinstance(v, str):
                    raise WireError("not a text")
                return v
            if self.returns == "expr":
                return read_form(v)
            if isinstance(v, bool) and self.returns in ("bool", "claim"):
                return v
            if self.returns == "measurement":
                passed, digits, detail = v
                if not isinstance(passed, bool) or not isinstance(detail, str):
                    raise WireError("not (passed, digits, detail)")
                return passed, None if digits is None else float(_number(digits)), detail
            if self.returns in ("number", "claim"):
                return _number(v)
        except (WireError, ReadError, TypeError, ValueError) as exc:
            raise UserCodeError(f"{self.where} returned something the kernel does not accept: {exc}") from None
        raise UserCodeError(f"{self.where} returned {type(v).__name__}, not a {self.returns}")


def _number(v: Any) -> Any:
    if not (isinstance(v, dict) and v.get("$") in NUMBER):
        raise WireError("not a number")
    return from_wire(v)


class ValueHook:
    """A user's ``value=`` hook, checked: it must pick a part of the derived result, or agree with
    the result's right-hand side on the domain (proved or confirmed by the kernel)."""

    def __init__(self, hook: UserCallable):
        self.hook = hook
        self.derivation: Derivation | None = None
        self._seen: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"<checked value= hook: {self.hook.where}>"

    def __call__(self, result: Any) -> Any:
        key = sympy.srepr(result)
        if key not in self._seen:
            self._seen[key] = self._check(result)
        out = self._seen[key]
        if isinstance(out, Exception):
            raise out
        return out

    def _check(self, result: Any) -> Any:
        try:
            expr = self.hook(result)
        except Exception as exc:  # noqa: BLE001 - the hook's failure is the evaluation's failure
            return DerivationError(f"the value= hook raised {type(exc).__name__}: {exc}")
        if isinstance(result, sympy.Basic) and any(expr == sub for sub in sympy.preorder_traversal(result)):
            return expr  # a part of the derived result, picked out
        rhs = _model._rhs(result)
        ident = self.derivation.id if self.derivation is not None else "?"
        if isinstance(rhs, sympy.Expr) and isinstance(expr, sympy.Expr) and self.derivation is not None:
            from .checker import CONFIRMED, PROVED, prove_equal
            dps = max(mpmath.mp.dps, 15)
            with mpmath.workdps(dps):
                verdict = prove_equal(expr, rhs, self.derivation.domains(), key=f"{ident}#value", dps=dps)
            if verdict.verdict in (PROVED, CONFIRMED):
                return expr
            why = verdict.method
        else:
            why = "it is not a part of the derived result, which has no right-hand side to compare it with"
        return DerivationError(f"{ident}: the value= hook returns {expr}, which the steps did not derive "
                               f"(the derived result is {result}): {why}")


def is_isolated(derivation: Any) -> bool:
    """Whether ``derivation`` was rebuilt from a user's file (its code lives in the child): it is
    marked so, or (a ``dataclasses.replace`` copy) its hooks are the child's."""
    return (getattr(derivation, "_wallcheck_user", False) is True or isinstance(derivation.value, ValueHook)
            or isinstance(derivation.evaluator, UserCallable))


def check_hooks(derivation: Derivation, dps: int) -> list[dict[str, Any]]:
    """The kernel's checks of a rebuilt derivation's ``value=`` and ``evaluator`` hooks.

    ``value=``: the hook's expression must be part of the derived result or equal to its
    right-hand side (:class:`ValueHook`). ``evaluator``: at the route's points, its number must
    agree with the kernel's own evaluation of the derived value to the route's digits.
    """
    out: list[dict[str, Any]] = []
    if isinstance(derivation.value, ValueHook):
        try:
            derivation.value(derivation.result)
            out.append({"hook": "value=", "verdict": "proved",
                        "detail": "the hook's expression is the derived result's (a part of it, or equal to its "
                                  "right-hand side)"})
        except DerivationError as exc:
            out.append({"hook": "value=", "verdict": "failed", "detail": str(exc)})
        except Exception as exc:  # noqa: BLE001 - a chain that cannot be replayed is reported by its steps
            out.append({"hook": "value=", "verdict": "inconclusive",
                        "detail": f"not checked: {type(exc).__name__}: {exc}"})
    if isinstance(derivation.evaluator, UserCallable):
        out.append(_check_evaluator(derivation, dps))
    return out


def _exact(v: Any) -> Any:
    """A validated parameter as SymPy evaluates it (a choice stays a text)."""
    from fractions import Fraction
    if isinstance(v, Fraction):
        return sympy.Rational(v.numerator, v.denominator)
    if isinstance(v, int):
        return sympy.Integer(v)
    return v


def _check_evaluator(derivation: Derivation, dps: int) -> dict[str, Any]:
    from .checker import _value
    from .numeric import agreement_digits
    route = derivation.route
    points = list(getattr(route, "points", ()) or ())
    if not points:
        return {"hook": "evaluator", "verdict": "inconclusive",
                "detail": "not checked: the derivation has no route points at which to compare it"}
    need = route_digits_floor(dps)
    try:
        expr = sympy.sympify(derivation.value(derivation.result))
        for point in points:
            values = derivation.validate(point)
            with mpmath.workdps(dps + 15):
                theirs = derivation.evaluator(expr, values)
                exact = {derivation.param(n).symbol: _exact(v) for n, v in values.items()}
                ours = _value(expr.doit() if isinstance(expr, sympy.Basic) else expr, exact, dps)
            if ours is None:
                return {"hook": "evaluator", "verdict": "inconclusive",
                        "detail": f"not checked: the kernel cannot evaluate {expr} at {point}"}
            ours = ours.real if not ours.imag else ours
            digits = agreement_digits(ours, theirs, dps)
            if digits < need:
                return {"hook": "evaluator", "verdict": "failed",
                        "detail": f"at {point} the evaluator gives {mpmath.nstr(theirs, 15)} but the derived value "
                                  f"is {mpmath.nstr(ours, 15)} ({digits:g} digits agree, need {need})"}
    except Exception as exc:  # noqa: BLE001 - an evaluator that raises is not checked, and says why
        return {"hook": "evaluator", "verdict": "failed", "detail": f"{type(exc).__name__}: {exc}"}
    return {"hook": "evaluator", "verdict": "confirmed",
            "detail": f"agrees with the kernel's evaluation of the derived value at {len(points)} points"}


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

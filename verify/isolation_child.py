"""The child process of :mod:`verify.isolation`: imports a user's files and serves their code (issue 16, item 5).

Started as ``python -m verify.isolation_child``; it speaks JSON lines on its own copies of
stdin and stdout (the user's ``print`` goes to stderr). Requests:

* ``{"op": "load", "path": ...}``: import the file and send every derivation it defines as
  data: forms as ``srepr``, rules and records by class name and fields, user callables as
  handles. A record whose class is not the package's own (a ``Derivation`` or rule subclass, a
  string or a rule class in ``steps``) is refused with one sentence naming it.
* ``{"op": "call", "h": ..., "args": ..., "kwargs": ..., "dps": ..., "returns": ...}``: run a
  handle at ``dps`` digits and send back its result as a number (exactly), a bool, a text, or
  a form, as ``returns`` asks; a route (``"route": true``) that calls ``Derivation.evaluate``
  is refused.
* ``{"op": "reads"}``: the files the user's code has opened for reading
  (:mod:`verify.outside_reads`).

Nothing here is trusted: the kernel rebuilds the records with its own classes and checks them.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import traceback
from typing import Any, Callable

import mpmath
import sympy

__all__ = ["Refusal", "encode_derivation", "serve"]

#: Fields of a rule that are text; every other field is mathematics (a string there is parsed here).
TEXT_FIELDS = {"note", "name", "on", "using", "text", "direction"}


class Refusal(ValueError):
    """A record the kernel will not accept; the message names the field and the class."""


def _origin(cls: type) -> str:
    """Where a class was defined: the user's file name, else its module."""
    module = sys.modules.get(cls.__module__)
    path = getattr(module, "__file__", None)
    return os.path.basename(path) if path else cls.__module__


class _Encoder:
    """Turns one derivation into JSON data; user callables become numbered handles."""

    def __init__(self, handles: dict[int, Callable[..., Any]]):
        import derivations
        from derivations import _domains, _model, _rules
        self.handles = handles
        self.records = {c: c.__name__ for c in (_model.Param, _model.Premise, _model.SampleRange, _model.Agreement,
                                                _model.Measurement, _model.Claim, _model.Property, _domains.Domain,
                                                _rules.Ref, _rules.Obligation)}
        self.rules = {c: c.__name__ for c in _rules.BUILTIN_RULES}
        self.rule_base = _rules.Rule
        self.derivation_cls = derivations.Derivation
        self.default_value = _model._rhs

    def handle(self, fn: Callable[..., Any]) -> dict[str, Any]:
        h = len(self.handles) + 1
        self.handles[h] = fn
        return {"$": "fn", "h": h}

    def value(self, v: Any, where: str, *, maths: bool = False) -> Any:
        from .wire import WireError, to_wire
        if isinstance(v, str) and maths:
            try:  # a form written as text is parsed here, in the user's process, never by the kernel
                v = sympy.sympify(v)
            except Exception as exc:  # noqa: BLE001 - SymPy's parser raises many types
                raise Refusal(f"{where} is the text {v[:60]!r}, which SymPy cannot read: {exc}") from None
        if isinstance(v, type) and issubclass(v, self.rule_base):
            raise Refusal(f"{where} is the class {v.__name__}, not a rule: write {v.__name__}(...)")
        if isinstance(v, self.derivation_cls):
            raise Refusal(f"{where} is a Derivation, which is not data the kernel accepts there")
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            return self.record(v, where)
        if isinstance(v, (tuple, list)):
            return {"$": "tuple", "v": [self.value(x, f"{where}[{i}]", maths=maths) for i, x in enumerate(v)]}
        if isinstance(v, dict) or (hasattr(v, "items") and not isinstance(v, sympy.Basic)
                                   and type(v).__name__ in ("mappingproxy", "MappingProxyType", "OrderedDict")):
            return {"$": "map", "v": [[self.value(k, f"{where} key", maths=maths),
                                       self.value(x, f"{where}[{k!r}]", maths=maths)] for k, x in v.items()]}
        if callable(v) and not isinstance(v, (sympy.Basic, sympy.FunctionClass, type)):
            return self.handle(v)
        try:
            return to_wire(v)
        except WireError as exc:
            raise Refusal(f"{where} holds a {type(v).__name__}, which is not data the kernel accepts ({exc})") \
                from None

    def record(self, r: Any, where: str) -> dict[str, Any]:
        cls = type(r)
        name = self.records.get(cls) or self.rules.get(cls)
        if name is None:
            base = next((b.__name__ for b in (*self.records, *self.rules, self.rule_base) if isinstance(r, b)), None)
            if base is not None:
                raise Refusal(f"{where} is a {cls.__qualname__} (defined in {_origin(cls)}), a subclass of "
                              f"{base} from user code: only the package's own {base} is accepted")
            raise Refusal(f"{where} holds a {cls.__qualname__}, which is not data the kernel accepts")
        rule = cls in self.rules
        fields = {f.name: self.value(getattr(r, f.name), f"{where}.{f.name}",
                                     maths=rule and f.name not in TEXT_FIELDS)
                  for f in dataclasses.fields(r) if f.init}
        return {"$": "rec", "cls": name, "v": fields}

    def derivation(self, d: Any) -> dict[str, Any]:
        cls = type(d)
        ident = getattr(d, "id", "?")
        if cls is not self.derivation_cls:
            raise Refusal(f"{ident!r} is a {cls.__qualname__} (defined in {_origin(cls)}), a Derivation subclass "
                          f"from user code: refused; build a derivations.Derivation")
        out: dict[str, Any] = {}
        for f in dataclasses.fields(d):
            v = getattr(d, f.name)
            where = f"{ident}: {f.name}"
            if f.name == "steps":
                out[f.name] = {"$": "tuple", "v": [self.step(s, f"{ident}: steps[{i}]") for i, s in enumerate(v)]}
            elif f.name == "value" and v is self.default_value:
                out[f.name] = {"$": "default"}
            else:
                out[f.name] = self.value(v, where)
        return out

    def step(self, s: Any, where: str) -> dict[str, Any]:
        if type(s) in self.rules:
            return self.record(s, where)
        if isinstance(s, self.rule_base):
            raise Refusal(f"{where} is a {type(s).__qualname__} (defined in {_origin(type(s))}), a Rule subclass "
                          f"from user code: only the package's rules are accepted "
                          f"({', '.join(sorted(self.rules.values()))})")
        if isinstance(s, type):
            raise Refusal(f"{where} is the class {s.__name__}, not a rule: write {s.__name__}(..., expect=...)")
        shown = repr(s)[:60]
        raise Refusal(f"{where} holds a {type(s).__name__} ({shown}), not a rule")


def encode_derivation(d: Any, handles: dict[int, Callable[..., Any]]) -> dict[str, Any]:
    """``d`` as JSON data (see the module's docstring); :class:`Refusal` names what is not accepted."""
    return _Encoder(handles).derivation(d)


# -- calls ------------------------------------------------------------------------------------------

def _run_route(fn: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> Any:
    """Call a route, refused where it reaches the closed form (even through a saved reference)."""
    from .route_guard import watching_route
    with watching_route() as reached:
        out = fn(*args, **kwargs)
    if reached:
        raise Refusal(f"the route reaches the closed form (Derivation.{reached[0]}): an independent route must "
                      f"compute the quantity without it")
    return out


def _result(value: Any, returns: str, dps: int) -> Any:
    from .wire import WireError, form_text, number_to_wire
    if returns == "none":
        return None
    if returns == "bool" or (returns == "claim" and isinstance(value, (bool, sympy.logic.boolalg.BooleanAtom))):
        if isinstance(value, (bool, sympy.logic.boolalg.BooleanAtom)) or type(value).__name__ == "bool_":
            return bool(value)
        if returns == "bool":
            raise WireError(f"returned a {type(value).__name__}, not True or False")
    if returns in ("number", "claim"):
        return number_to_wire(value, dps)
    if returns == "text":
        if not isinstance(value, str):
            raise WireError(f"returned a {type(value).__name__}, not a text")
        return value
    if returns == "expr":
        if not isinstance(value, sympy.Basic):
            raise WireError(f"returned a {type(value).__name__}, not a SymPy expression")
        return form_text(value)
    if returns == "measurement":
        if not (isinstance(value, tuple) and len(value) == 3):
            raise WireError(f"returned a {type(value).__name__}, not (passed, digits, detail)")
        passed, digits, detail = value
        if not isinstance(passed, bool) or not isinstance(detail, str):
            raise WireError("returned (passed, digits, detail) whose passed is not a bool or detail not a text")
        return [passed, None if digits is None else number_to_wire(digits, dps), detail]
    raise WireError(f"unknown kind of result {returns!r}")


def _call(req: dict[str, Any], handles: dict[int, Callable[..., Any]]) -> dict[str, Any]:
    from .wire import from_wire
    fn = handles[int(req["h"])]
    dps = int(req.get("dps") or mpmath.mp.dps)
    args = [from_wire(a, lenient=True) for a in req.get("args", [])]
    kwargs = {str(k): from_wire(v, lenient=True) for k, v in req.get("kwargs", {}).items()}
    with mpmath.workdps(dps):
        out = _run_route(fn, args, kwargs) if req.get("route") else fn(*args, **kwargs)
        return {"ok": True, "v": _result(out, req.get("returns", "number"), dps)}


def _registered(d: Any) -> bool:
    """Whether ``d`` is one of the shipped derivations (without importing the registry: a shipped
    object exists here only if its topic module was imported)."""
    import derivations
    for topic in derivations.TOPICS:
        module = sys.modules.get(f"derivations.{topic}")
        if module is not None and any(x is d for x in getattr(module, "DERIVATIONS", ())):
            return True
    return False


def _load(req: dict[str, Any], handles: dict[int, Callable[..., Any]], sent: dict[int, tuple[int, Any]]) -> dict[str, Any]:
    import derivations
    from .loader import _last_frame, _module_name, derivations_of, import_module
    path = req["path"]
    sys.modules.pop(_module_name(__import__("pathlib").Path(path)), None)  # a file is read as it is now
    try:
        found = derivations_of(import_module(path))
    except BaseException as exc:  # noqa: BLE001 - SystemExit in user code is an import error too
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}", "frame": _last_frame(exc)}
    out = []
    for name, d in found:
        entry: dict[str, Any] = {"name": name, "id": str(getattr(d, "id", "?"))}
        if id(d) in sent:
            entry["same_as"] = sent[id(d)][0]
            out.append(entry)
            continue
        token = len(sent) + 1
        # Kept alive with its token: a freed derivation's id could be reused by a later file's
        # (a file loaded again drops its old module), which would then be sent as "the same".
        sent[id(d)] = (token, d)
        entry["token"] = token
        if _registered(d):
            entry["registered"] = True
        else:
            try:
                entry["record"] = encode_derivation(d, handles)
            except Refusal as exc:
                entry["refused"] = str(exc)
            except RecursionError:
                entry["refused"] = f"{entry['id']}: a record is nested too deeply to be sent"
        out.append(entry)
    return {"ok": True, "derivations": out}


def serve() -> None:
    """Answer requests on the protocol channel until it closes."""
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # the user's code reads nothing of the protocol...
    os.dup2(2, 1)  # ...and its output goes to stderr, never into a reply
    from .outside_reads import install_recorder, reading_for, recorded
    install_recorder()  # the files the user's code reads, for the fingerprints (verify.outside_reads)
    from .route_guard import guard_closed_form
    guard_closed_form()  # before any user file is imported: a reference it saves is to a guarded method
    handles: dict[int, Callable[..., Any]] = {}
    handle_files: dict[int, str] = {}  # which file's code a handle runs: its reads are that file's
    sent: dict[int, tuple[int, Any]] = {}  # id of a derivation sent -> (its token, it)
    for line in requests:
        try:
            req = json.loads(line)
            if req.get("op") == "load":
                with reading_for(str(req.get("path") or "")):
                    reply = _load(req, handles, sent)
                handle_files.update({h: str(req.get("path") or "") for h in handles if h not in handle_files})
            elif req.get("op") == "call":
                with reading_for(handle_files.get(int(req.get("h") or 0), "")):
                    reply = _call(req, handles)
            elif req.get("op") == "reads":
                reply = {"ok": True, "reads": recorded()}
            else:
                reply = {"ok": False, "type": "ProtocolError", "message": f"unknown request {req.get('op')!r}"}
        except BaseException as exc:  # noqa: BLE001 - user code's errors are answers, never the end of the child
            from derivations import DomainError
            reply = {"ok": False, "type": type(exc).__name__, "message": str(exc)[:4000],
                     "domain": isinstance(exc, DomainError),
                     "frame": "".join(traceback.format_exception_only(type(exc), exc))[-400:].strip()}
        try:
            text = json.dumps(reply)
        except (TypeError, ValueError) as exc:
            text = json.dumps({"ok": False, "type": "ProtocolError", "message": f"unsendable reply: {exc}"})
        replies.write(text + "\n")
        replies.flush()


if __name__ == "__main__":
    serve()

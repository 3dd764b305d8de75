"""The kernel's end of the pipe to the process that runs a user's code (:mod:`verify.isolation`).

:class:`UserProcess` is the child (``python -m verify.isolation_child``), one JSON request and one
JSON reply per line; :class:`UserCallable` is a user's callable that stays in the child: calling
it sends its arguments down the pipe and accepts back only the data its place allows (a number,
a bool, a text, a form). An error raised by user code comes back as a :class:`UserCodeError`
named after the child's exception.
"""

from __future__ import annotations

import atexit
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Mapping

import mpmath

from derivations import DomainError

from .wire import NUMBER, ReadError, WireError, from_wire, read_form, to_wire

__all__ = ["UserCodeError", "ChildGone", "UserProcess", "UserCallable", "user_process"]


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

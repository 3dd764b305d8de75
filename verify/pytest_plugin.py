"""pytest plugin (entry point ``pytest11``, name ``wallcheck``): derivations become test items.

Every :class:`~derivations.Derivation` that a collected test module lists in ``DERIVATIONS``
(or else defines at module level) becomes one test item that checks it exactly as
``python -m verify`` does — steps, independent route, claims — plus one item per declared
property. A module file given on the command line is collected whatever its name::

    pytest my_law.py                      # or: pytest --wallcheck my_law.py --wallcheck mine/

``--wallcheck PATH`` (repeatable) adds modules or directories that pytest would not collect
itself; they are imported as ``python -m verify PATH`` imports them. The shipped catalogue's
own derivations are not collected from test modules (``python -m verify`` checks those).

A failing item shows the failing step, the derived and the written expressions (in the
notation of ``python -m verify --show``) and the counterexample, shrunk to the simplest point
that still fails; a step that fails only because of an earlier failure is shown as depending
on it. Hypothesis stores what it keeps under the user cache directory, not in ``.hypothesis/``. Options: ``--wallcheck-dps`` (default 50),
``--wallcheck-examples`` (hypothesis examples per property, default 50),
``--wallcheck-allow-inconclusive``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

__all__ = ["DerivationItem", "PropertyItem", "WallcheckFailure"]

_DONE = "_wallcheck_collected"


class WallcheckFailure(AssertionError):
    """A derivation or a property did not pass; the message says where and why."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("wallcheck", "wallcheck: derivations as test items")
    group.addoption("--wallcheck", action="append", default=[], metavar="PATH",
                    help="also check the derivations of this module file or directory (repeatable)")
    group.addoption("--wallcheck-dps", type=int, default=None, metavar="N",
                    help="working precision of the checks (default 50)")
    group.addoption("--wallcheck-examples", type=int, default=50, metavar="N",
                    help="hypothesis examples per property (default 50)")
    group.addoption("--wallcheck-allow-inconclusive", action="store_true",
                    help="let inconclusive derivations pass (failures still fail)")
    group.addoption("--wallcheck-no-cache", action="store_true",
                    help="do not reuse cached step verdicts")


def _registered(d: Any) -> bool:
    import derivations
    try:
        return derivations.get(d.id) is d
    except derivations.UnknownDerivationError:
        return False


def _items_for(parent: pytest.Collector, derivation: Any) -> list[pytest.Item]:
    out: list[pytest.Item] = [DerivationItem.from_parent(parent, name=derivation.id, derivation=derivation)]
    for prop in derivation.properties:
        out.append(PropertyItem.from_parent(parent, name=f"{derivation.id}[{prop.id}]", derivation=derivation,
                                            prop=prop))
    return out


@pytest.hookimpl(trylast=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: Any) -> Any:
    """A module-level Derivation (or ``DERIVATIONS``) of a collected test module: its items."""
    from derivations import Derivation
    if not isinstance(collector, pytest.Module):
        return None
    if isinstance(obj, Derivation):
        listed = getattr(collector.obj, "DERIVATIONS", None)
        if isinstance(listed, (list, tuple)):
            return None  # the module says which derivations it checks, as ``python -m verify`` reads it
        found = [obj]
    elif name == "DERIVATIONS" and isinstance(obj, (list, tuple)) and obj and all(isinstance(d, Derivation) for d in obj):
        found = list(obj)
    else:
        return None
    done = collector.__dict__.setdefault(_DONE, set())
    items = []
    for d in found:
        if id(d) in done or _registered(d):
            continue
        done.add(id(d))
        items += _items_for(collector, d)
    return items or None


class _UserModule(pytest.File):
    """A module named by ``--wallcheck``, imported like ``python -m verify PATH`` does."""

    def collect(self) -> Iterator[pytest.Item]:
        # iso region (issue 16, item 5): imported in a child process; the kernel gets the derivations as data.
        from .isolation import load_file
        result = load_file(self.path)
        if result.error is not None:  # shown as a collection error with the module's path
            raise self.CollectError(f"{self.path}: could not be imported: {result.error}"
                                    + (f" (at {result.frame})" if result.frame else ""))
        refused = [why for _, d, why in result.found if d is None]
        if refused:
            raise self.CollectError(f"{self.path}: refused: " + "; ".join(refused))
        found = [(name, d) for name, d, _ in result.found]
        # end iso region
        seen: set[int] = set()
        for _, d in found:
            if id(d) not in seen:
                seen.add(id(d))
                yield from _items_for(self, d)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Add the items of the modules named by ``--wallcheck`` (before -k and -m select)."""
    from .loader import module_files
    paths = config.getoption("wallcheck") or []
    if not paths:
        return
    have = {str(Path(i.path).resolve()) for i in items if getattr(i, "path", None) is not None
            and isinstance(i, (DerivationItem, PropertyItem))}
    for p in paths:
        try:
            files = module_files(p)
        except FileNotFoundError as exc:
            raise pytest.UsageError(f"--wallcheck {p}: {exc}") from None
        for f in files:
            if str(f.resolve()) in have:
                continue  # already collected as a test module
            node = _UserModule.from_parent(session, path=f.resolve())
            try:
                new = list(node.collect())
            except Exception as exc:  # noqa: BLE001 - a broken module is an error item, the others run
                new = [_BrokenModule.from_parent(session, name=f"wallcheck-import:{f.name}", path=f.resolve(),
                                                 error=str(exc))]
            items.extend(new)
    # Two different derivations with one id would make the report ambiguous: refuse them.
    from .loader import IdClashError
    by_id: dict[str, Any] = {}
    for item in items:
        d = getattr(item, "derivation", None)
        if isinstance(item, DerivationItem):
            if d.id in by_id and by_id[d.id][0] is not d:
                raise pytest.UsageError(str(IdClashError(
                    f"derivation id {d.id!r} is used twice: in {by_id[d.id][1]} and in {item.nodeid}")))
            by_id[d.id] = (d, item.nodeid)


class _BrokenModule(pytest.Item):
    """Stands for a ``--wallcheck`` module that failed to import: it fails with the reason."""

    def __init__(self, *, error: str, **kw: Any) -> None:
        super().__init__(**kw)
        self.error = error

    def runtest(self) -> None:
        raise WallcheckFailure(self.error)

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        return self.error

    def reportinfo(self) -> tuple[Any, int | None, str]:
        return self.path, None, self.name


def _options(config: pytest.Config) -> dict[str, Any]:
    from derivations import DEFAULT_DPS
    return {"dps": config.getoption("wallcheck_dps") or DEFAULT_DPS,
            "examples": config.getoption("wallcheck_examples"),
            "allow_inconclusive": config.getoption("wallcheck_allow_inconclusive"),
            "cache": not config.getoption("wallcheck_no_cache")}


class DerivationItem(pytest.Item):
    """Checks one derivation's steps, independent route and claims (its properties are items of their own)."""

    def __init__(self, *, derivation: Any, **kw: Any) -> None:
        super().__init__(**kw)
        self.derivation = derivation
        self.add_marker("wallcheck")

    def runtest(self) -> None:
        import dataclasses

        from .cache import VerdictCache
        from .runner import check_one, describe_entry
        opts = _options(self.config)
        d = self.derivation
        # Properties run as their own items: check the rest once, without them.
        bare = dataclasses.replace(d, properties=()) if d.properties else d
        cache = VerdictCache() if opts["cache"] else None
        try:
            entry = check_one(bare, opts["dps"], cache=cache, properties=0)
        finally:
            if cache is not None:
                cache.save()
        self.entry = entry
        bad = ("failed",) if opts["allow_inconclusive"] else ("failed", "inconclusive")
        if entry["verdict"] in bad:
            lines = describe_entry(entry) or [f"verdict {entry['verdict']}"]
            raise WallcheckFailure(f"{d.id}: {entry['verdict']}\n" + "\n".join(lines))

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        if isinstance(excinfo.value, WallcheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        return self.path, None, f"derivation {self.derivation.id}"


class PropertyItem(pytest.Item):
    """Tests one declared property over its domains with hypothesis."""

    def __init__(self, *, derivation: Any, prop: Any, **kw: Any) -> None:
        super().__init__(**kw)
        self.derivation, self.prop = derivation, prop
        self.add_marker("wallcheck")

    def runtest(self) -> None:
        from .properties import run_property
        result = run_property(self.prop, max_examples=_options(self.config)["examples"])
        if result["verdict"] not in ("confirmed", "proved"):  # proved: by ball arithmetic
            from .report import text
            cx = ", ".join(f"{k} = {v}" for k, v in (result.get("counterexample") or {}).items())
            why = result.get("reason") or result.get("error") or "property returned False"
            raise WallcheckFailure(f"{self.derivation.id} property {self.prop.id} ({text(self.prop.text)}): "
                                   f"{result['verdict']} after {result['examples']} examples\n"
                                   f"    counterexample: {cx or '?'}\n    reason: {why}")

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        if isinstance(excinfo.value, WallcheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        return self.path, None, f"property {self.prop.id} of {self.derivation.id}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "wallcheck: a derivation or property checked by wallcheck")

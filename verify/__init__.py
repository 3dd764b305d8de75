"""wallcheck's checker: replays derivations, runs independent routes, keeps the ledger.

Entry points: ``python -m verify`` (see ``--help``), :func:`verify.check` for one
derivation (registered or your own), :func:`verify.runner.run` for a whole report,
:func:`verify.properties.check` to property-test your own formulas.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

__all__ = ["__version__", "check"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("wallcheck")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0+unknown"


__version__ = _version()


def _latex_view(derivation: Any) -> str:
    from .latex import repr_latex
    return repr_latex(derivation)


def _register_views() -> None:
    """Give ``Derivation._repr_latex_`` (Jupyter) its writer: registered from above, since
    ``derivations`` never imports ``verify``. When ``derivations`` is not imported yet, the writer
    is registered as it is (importing it here would import SymPy into a warm run's replay)."""
    model = sys.modules.get(_MODEL)
    if model is not None:
        model.LATEX_VIEW = _latex_view
    elif not any(isinstance(finder, _ViewOnImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _ViewOnImport())


_MODEL = "derivations._model"


class _ViewOnImport:
    """A meta-path finder that, once, lets the normal finders find ``derivations._model`` and
    registers the LaTeX writer right after the module runs."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != _MODEL:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        run_module = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            run_module(module)
            module.LATEX_VIEW = _latex_view

        spec.loader.exec_module = exec_module
        return spec


_register_views()


def check(derivation: Any, *, dps: int = 50, properties: int = 0) -> dict[str, Any]:
    """Check one :class:`~derivations.Derivation`, registered or not; the report entry (JSON shape).

    Every step gets a verdict (``proved``, ``confirmed``, ``inconclusive``, ``failed``),
    the independent route is run, the claims are checked and, with ``properties > 0``,
    each property is tested on that many hypothesis examples.

    >>> import sympy as sp
    >>> from derivations import Derivation, Param, Premise, Positive, Differentiate
    >>> x = Param("x", Positive())
    >>> f = sp.Symbol("f")
    >>> d = Derivation(id="demo.cube", title="the derivative of a cube", source="demo",
    ...                symbols=(x,), premises=(Premise("cube", sp.Eq(f, x.symbol**3), "a definition"),),
    ...                steps=(Differentiate(x.symbol, expect=-3 * x.symbol**2),))
    >>> entry = check(d, dps=30)
    >>> entry["verdict"], entry["steps"][0]["verdict"]
    ('failed', 'failed')
    """
    from derivations import Derivation, DomainError
    from derivations._precision import MAX_DPS, MIN_DPS

    if not isinstance(derivation, Derivation):
        raise TypeError(f"derivation must be a derivations.Derivation, got {type(derivation).__name__}")
    if isinstance(dps, bool) or not isinstance(dps, int) or not MIN_DPS <= dps <= MAX_DPS:
        raise DomainError("dps", dps, f"an integer in [{MIN_DPS}, {MAX_DPS}]")
    if isinstance(properties, bool) or not isinstance(properties, int) or properties < 0:
        raise DomainError("properties", properties, "a non-negative integer")
    from .runner import check_one

    # The same entry a run of the CLI gives (the route's kind, failures annotated), uncached.
    return check_one(derivation, dps, properties=properties)

"""wallcheck's checker: replays derivations, runs independent routes, keeps the ledger.

Entry points: ``python -m verify`` (see ``--help``), :func:`verify.runner.run` for a
report as a dict, :func:`verify.properties.check` to property-test your own formulas.
"""

from __future__ import annotations

__all__ = ["__version__"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("wallcheck")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0+unknown"


__version__ = _version()

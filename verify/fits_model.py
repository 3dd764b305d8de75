"""Published scaling-law fits (issue 11): the records a fits file becomes, their error, and the
report's fixed points.

A :class:`Fit` is one validated ``[[fit]]`` table, its parameters as exact fractions and as
printed; a :class:`FitClaim` is one number its paper prints from it; a :class:`FitFileError`
names the file, the fit and the field that cannot be used. The constants fix where the report
evaluates every fit (sizes, levels, budgets) and the digits it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Mapping

__all__ = ["FitFileError", "FitClaim", "Fit", "SHIPPED", "SIZES", "LEVELS", "BUDGETS", "JSON_DIGITS", "FORMS",
           "TWO_TERM", "RELATIONS"]

#: The fits file shipped with the package, analysed by a plain ``python -m verify``.
SHIPPED = Path(__file__).parent / "data" / "fits.toml"
#: Sizes at which the report gives the pedestal ratio and the effective exponent.
SIZES = ("1e9", "1e10", "1e11", "1e12")
#: Levels of the effective exponent whose crossing sizes are reported: S's A band 0.05–0.1.
LEVELS = ("0.1", "0.05")
#: Budgets (FLOPs) at which the report gives the compute-optimal allocation.
BUDGETS = ("1e21", "5.76e23", "1e25")
#: Digits of the values in the JSON report (the values are certified to the run's precision).
JSON_DIGITS = 20

#: The forms a fit may take (``form`` in the file).
FORMS = ("two-term", "one-term")
#: The parameters of a two-term law.
TWO_TERM = ("E", "A", "B", "alpha", "beta")
#: How a claim may relate the printed value to the computed one (``~`` spelled ``∼``).
RELATIONS = {"=": "=", "≈": "≈", "~": "∼", "∼": "∼"}


class FitFileError(ValueError):
    """A fits file, a fit or one of its fields that cannot be used; names all three.

    >>> str(FitFileError("f.toml", "Chinchilla", "alpha", "missing"))
    "f.toml: fit 'Chinchilla': field 'alpha': missing"
    """

    def __init__(self, path: str, fit: str | None, field: str | None, reason: str):
        self.path, self.fit, self.field, self.reason = str(path), fit, field, reason
        where = [self.path]
        if fit is not None:
            where.append(f"fit {fit!r}")
        if field is not None:
            where.append(f"field {field!r}")
        super().__init__(": ".join(where) + f": {reason}")

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.path, "fit": self.fit, "field": self.field, "reason": self.reason,
                "message": str(self)}


@dataclass(frozen=True)
class FitClaim:
    """A number a paper prints from a fit: what it is, the printed value, the inputs."""

    what: str
    printed: str
    relation: str
    inputs: Mapping[str, Fraction]
    inputs_printed: Mapping[str, str]
    statement: str = ""
    where: str = ""
    erratum: str | None = None
    note: str = ""
    quoted: bool = False
    comment: str | None = None


@dataclass(frozen=True)
class Fit:
    """One validated fit: parameters as exact fractions and as printed."""

    name: str
    source: str
    form: str
    parameters: Mapping[str, Fraction]
    printed: Mapping[str, str]
    file: str
    variable: str = "N"
    claims: tuple[FitClaim, ...] = field(default_factory=tuple)
    notes: str = ""

    @property
    def scale_name(self) -> str:
        return f"{self.variable}_c"

"""What a derivation declares about its inputs: parameters with their domains, premises, sampling ranges.

Also the precision check and the conversion of validated parameters to mpmath numbers that
every section module's numeric code uses (:func:`to_mpf`, :func:`as_mp`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Mapping

import mpmath
import sympy

from ._domains import Domain, DomainError
from ._precision import MAX_DPS
from ._errors import RecordError

__all__ = [
    "Param",
    "Premise",
    "SampleRange",
    "to_mpf",
    "as_mp",
    "check_dps",
]


@dataclass(frozen=True)
class Param:
    """A symbol with its domain. ``name`` is the keyword used by ``evaluate``.

    The SymPy symbol is called ``name`` and carries the domain's assumptions;
    ``latex`` (e.g. ``r"\alpha"``, ``"L_0"``) only changes how the symbol is printed in
    the LaTeX document (:meth:`latex_name`), never the symbol itself.
    """

    name: str
    domain: Domain
    latex: str | None = None
    doc: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name or any(c.isspace() for c in self.name):
            raise RecordError(f"Param name must be a non-empty string without spaces, got {self.name!r}")
        if not isinstance(self.domain, Domain):
            raise RecordError(f"Param {self.name!r}: domain must be a Domain (Real(...), Positive(), Integer(...), "
                              f"...), got {type(self.domain).__name__} {self.domain!r:.40}")

    @functools.cached_property
    def symbol(self) -> sympy.Symbol:
        return sympy.Symbol(self.name, **self.domain.assumptions())

    def latex_name(self) -> str:
        """How the symbol is typeset: ``latex`` as SymPy's printer renders a name, or the name."""
        return sympy.latex(sympy.Symbol(self.latex or self.name))


@dataclass(frozen=True)
class Premise:
    """A named starting relation (``lhs = rhs`` or an inequality), with the sentence that justifies it.

    A premise is an assumption in plain sight: a definition, a modelling statement, a result
    carried over from another derivation. It must be a relation whose left-hand side names
    the quantity, e.g. ``Eq(L(x), L0 + (L1 - L0)*x**alpha)``.
    """

    name: str
    expr: Any
    text: str

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise RecordError(f"a premise's name must be a non-empty string, got {self.name!r}")
        try:
            expr = sympy.sympify(self.expr, strict=True)
        except (sympy.SympifyError, TypeError) as exc:
            raise RecordError(f"premise {self.name!r}: expr must be a SymPy relation, got {self.expr!r:.60}") from exc
        if not isinstance(expr, sympy.core.relational.Relational):
            raise ValueError(f"premise {self.name!r} must be a relation with a named left-hand side "
                             f"(e.g. Eq(L, ...)), got the bare expression {expr}")
        object.__setattr__(self, "expr", expr)


@dataclass(frozen=True)
class SampleRange:
    """A declared narrowing of where a symbol is sampled for numeric confirmation.

    Confirmation draws points from the whole declared domain; a narrower range is allowed
    only as this explicit, reported premise with its reason. A degenerate range is refused.
    """

    name: str
    lo: Any
    hi: Any
    reason: str

    def __post_init__(self) -> None:
        lo, hi = Fraction(str(self.lo)), Fraction(str(self.hi))
        if not lo < hi:
            raise ValueError(f"sample range for {self.name!r} is degenerate: [{self.lo}, {self.hi}]")
        if not self.reason.strip():
            raise ValueError(f"sample range for {self.name!r} needs a reason")
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)


def check_dps(dps: Any) -> int:
    """Validate a requested precision (decimal digits)."""
    if isinstance(dps, bool) or not isinstance(dps, int) or not 5 <= dps <= MAX_DPS:
        raise DomainError("dps", dps, f"an integer in [5, {MAX_DPS}]")
    return dps


def to_mpf(value: Any) -> mpmath.mpf:
    """A validated parameter (Fraction, int, mpf) as an mpf at the current precision."""
    if isinstance(value, Fraction):
        return mpmath.mpf(value.numerator) / value.denominator
    return mpmath.mpf(value)


def as_mp(values: Mapping[str, Any]) -> dict[str, Any]:
    """Validated parameters for numeric code: reals as mpf, integers as int, choices as str."""
    return {k: v if isinstance(v, (int, str)) else to_mpf(v) for k, v in values.items()}

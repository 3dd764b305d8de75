"""Independent routes and properties of a derivation: :class:`Agreement`, :class:`Measurement`, :class:`Property`.

A route computes the derived quantity without the closed form (see :data:`ROUTE_KINDS` for
what each kind can catch); a property is a statement over the domain that hypothesis samples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ._domains import Domain

__all__ = [
    "Agreement",
    "Measurement",
    "ROUTE_KINDS",
    "Property",
]


#: What an independent route is, as the report shows it (``Agreement.kind``, ``Measurement.kind``):
#: ``"measurement"``: a numerical experiment on the thing itself (sampling, floating-point runs,
#: a scheme whose operations are counted); ``"independent"``: the quantity computed from a more
#: primitive source than the derivation's premises (a probability law summed, an integral by
#: quadrature, the actual difference quotient), so a wrong premise would show; ``"consistency"``:
#: the derivation's own premises or defining equation re-solved numerically (root finding, numeric
#: differentiation or minimization): it catches slips in the steps, not a wrong premise.
ROUTE_KINDS = ("measurement", "independent", "consistency")


@dataclass(frozen=True)
class Agreement:
    """Independent route: a computation that never evaluates the closed form.

    ``compute(**params)`` runs at the current mpmath precision; the checker compares
    it with ``evaluate(**params)`` at every point in ``points`` and reports the
    digits of agreement. ``min_digits`` defaults to ``dps - 5`` (exact forms);
    routes with a known limited accuracy (e.g. a truncated series) say so here as a
    function of ``dps``. ``kind`` is ``"independent"`` or, for a route that only re-solves
    the derivation's own premises, ``"consistency"`` (:data:`ROUTE_KINDS`); the description of a
    consistency check says why no measurement exists.
    """

    description: str
    compute: Callable[..., Any]
    points: tuple[Mapping[str, Any], ...]
    min_digits: Callable[[int], float] | None = None
    kind: str = "independent"

    def __post_init__(self) -> None:
        if self.kind not in ("independent", "consistency"):
            raise ValueError(f"route kind={self.kind!r} is not 'independent' or 'consistency' (a measurement is a "
                             f"Measurement)")


@dataclass(frozen=True)
class Measurement:
    """Independent route that is a measurement (sampling, floating-point experiment).

    ``run(dps)`` returns ``(passed, digits, detail)``: whether the measurement agrees
    with the closed form within its stated threshold, the digits of agreement it
    reached (or ``None``), and a sentence with the statistic and the threshold.
    """

    description: str
    run: Callable[[int], tuple[bool, float | None, str]]

    @property
    def kind(self) -> str:
        """What the route is (see :data:`ROUTE_KINDS`): always ``"measurement"``."""
        return "measurement"


@dataclass(frozen=True)
class Property:
    """A property over the domain, for hypothesis: ``holds(**params) -> bool``."""

    id: str
    text: str
    holds: Callable[..., bool]
    over: Mapping[str, Domain]

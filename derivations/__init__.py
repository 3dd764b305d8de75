"""wallcheck's derivations: the registry of every catalogue entry.

>>> import derivations
>>> d = derivations.get("pedestal.p_crit")
>>> float(d.evaluate(dps=20, N=10**6, alpha_c="1/3"))
0.009900990099009901

The record types (:class:`Derivation`, :class:`Param`, :class:`Premise`, ...) and every
step rule are public here. One module per catalogue section (:data:`TOPICS`) lists the
section's entries in ``DERIVATIONS``; a large section keeps its subsections in modules named
after it (``rou_gaussian``, ``rou_cauchy``, ...), which that module imports. The records live
in ``_model`` and the modules it names, the rules in ``_rules`` and ``_rules_*``.
"""

from __future__ import annotations

import difflib
import importlib
from typing import Iterable

from ._domains import Choice, Domain, DomainDeclarationError, DomainError, Integer, Positive, Real, UnitInterval
from ._model import (Agreement, Claim, Derivation, DerivationError, EvaluationError, Measurement, Param, Premise,
                     Property, RecordError, SampleRange)
from . import _rules
from ._rules import (AddBoth, ApplyBoth, Determinant, Differentiate, DivideBoth, ExpBoth, Expand,
                     Inference, Integrate, JacobianMatrix, Limit, LogBoth, LogDerivative, MultiplyBoth,
                     Obligation, PowerBoth, Ref, Rewrite, Rule, RuleError, SeriesExpand, Simplify, SolveFor,
                     SolveInequality, Substitute)
from ._precision import DEFAULT_DPS

__all__ = [
    "all",
    "get",
    "select",
    "ids",
    "UnknownDerivationError",
    "TOPICS",
    "Derivation",
    "DerivationError",
    "EvaluationError",
    "RecordError",
    "DomainError",
    "DomainDeclarationError",
    "Domain",
    "Real",
    "Positive",
    "UnitInterval",
    "Integer",
    "Choice",
    "Param",
    "Premise",
    "Agreement",
    "Measurement",
    "Claim",
    "Property",
    "SampleRange",
    "DEFAULT_DPS",
]

# The rules: the only inferences a step may make (see derivations._rules).
__all__ += [n for n in _rules.__all__ if n not in ("as_relation", "BUILTIN_RULES", "is_name", "conditioned_symbols")]

#: Catalogue sections in catalogue order; each module defines ``DERIVATIONS``.
TOPICS = ("grid", "montecarlo", "llm", "pedestal", "manifold", "turbulence", "rou",
          "jacobian", "roundoff", "spurious", "softmax", "fits")

_registry: dict[str, Derivation] | None = None


class UnknownDerivationError(LookupError, ValueError):
    """No derivation has this id; the message lists the closest ones."""

    def __init__(self, key: str, known: Iterable[str]):
        self.key = key
        close = difflib.get_close_matches(key, list(known), n=5, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; run `python -m verify --list`"
        super().__init__(f"unknown derivation id {key!r}{hint}")


def _load() -> dict[str, Derivation]:
    global _registry
    if _registry is None:
        found: dict[str, Derivation] = {}
        for topic in TOPICS:
            module = importlib.import_module(f"{__name__}.{topic}")
            for d in module.DERIVATIONS:
                if d.id in found:
                    raise RuntimeError(f"duplicate derivation id {d.id!r} in {topic}")
                found[d.id] = d
        _registry = found
    return _registry


def all() -> tuple[Derivation, ...]:  # noqa: A001 - the name the catalogue asks for
    """Every registered derivation, in catalogue order."""
    return tuple(_load().values())


def ids() -> tuple[str, ...]:
    """Every registered id, in catalogue order."""
    return tuple(_load())


def get(id: str) -> Derivation:  # noqa: A002
    """The derivation with this exact id.

    >>> get("mc.crossover").title
    'Monte Carlo beats a grid above twice the order'
    """
    registry = _load()
    if not isinstance(id, str) or id not in registry:
        raise UnknownDerivationError(str(id), registry)
    return registry[id]


def select(patterns: Iterable[str]) -> tuple[Derivation, ...]:
    """Derivations whose id equals a pattern or starts with ``pattern + "."``.

    An empty selection means all of them; a pattern that matches nothing raises
    :class:`UnknownDerivationError` with close matches.
    """
    registry = _load()
    patterns = list(patterns)
    if not patterns:
        return tuple(registry.values())
    chosen: dict[str, Derivation] = {}
    for pat in patterns:
        hits = [d for k, d in registry.items() if k == pat or k.startswith(pat.rstrip(".") + ".")]
        if not hits:
            raise UnknownDerivationError(pat, list(registry) + sorted({k.split(".")[0] for k in registry}))
        for d in hits:
            chosen[d.id] = d
    return tuple(d for k, d in registry.items() if k in chosen)

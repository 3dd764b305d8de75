"""Factors of a condition positive on the whole domain, dropped before the holders' search (issue 20).

The holders' search (:mod:`derivations._holders`) decides whether a variable can keep a condition 0 while
another moves; to say "no" it runs to its end (a second per variable). A factor positive and finite at
every point of the domain, read from the domains alone, changes no zero: ``C³ c_β l^{3h + D − d_F − 2}
(3h + D − d_F − 1)`` is searched as ``3h + D − d_F − 1``, and ``C`` holds it nowhere, known at once.
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

from ._budget import TACTIC_SECONDS, within

__all__ = ["without_positive_factors"]

_SECONDS = TACTIC_SECONDS


def without_positive_factors(condition: Any, domains: Mapping) -> Any:
    """``condition`` without the factors that are positive and finite on the whole domain, read from the
    domains (``C³ c_β l^{3h + D − d_F − 2} (3h + D − d_F − 1)`` → ``3h + D − d_F − 1``): the same zero
    set, and a variable only in such a factor holds it nowhere, known without a search that must run
    to its end to say so (a second each)."""
    try:
        factored = within(_SECONDS, sympy.factor_terms, condition)
    except Exception:  # noqa: BLE001 - SymPy failing or out of time: searched as written
        return condition
    if not isinstance(factored, sympy.Mul):
        return condition
    kept = [f for f in factored.args if not (_positive(f, domains) or (f.is_Rational and f != 0))]
    return condition if len(kept) == len(factored.args) else sympy.Mul(*kept)


def _positive(e: Any, domains: Mapping) -> bool:
    """Whether ``e`` is positive and finite at every point of the domains, by its form alone: a positive
    rational, π or e, a symbol whose domain lies above 0, and products, real powers and exponentials
    of those (an exponent a polynomial in real variables, finite everywhere)."""
    if e.is_Rational:
        return e > 0
    if e in (sympy.pi, sympy.E):
        return True
    if isinstance(e, sympy.Symbol):
        d = domains.get(e)
        return d is not None and d.kind in ("real", "integer") and "positive" in d.assumptions()
    if isinstance(e, sympy.Mul):
        return all(_positive(a, domains) for a in e.args)
    if isinstance(e, sympy.Pow):
        return _positive(e.base, domains) and _finite_real(e.exp, domains)
    if isinstance(e, sympy.exp):
        return _finite_real(e.args[0], domains)
    return False


def _finite_real(e: Any, domains: Mapping) -> bool:
    """Whether ``e`` is a polynomial with rational coefficients in real or integer variables."""
    symbols = e.free_symbols
    if not all(getattr(domains.get(s), "kind", None) in ("real", "integer") for s in symbols):
        return False
    try:
        return e.is_polynomial(*symbols) and all(c.is_Rational for c in sympy.Poly(e, *symbols).coeffs()) \
            if symbols else e.is_Rational
    except Exception:  # noqa: BLE001 - not read as a polynomial: not known finite
        return False

"""Declarable properties: helpers that build :class:`derivations.Property` objects for the
common kinds, so a derivation states *what* holds and the checker tests (or proves) it.

Each helper takes the thing to test as a :class:`~derivations.Derivation` (evaluated at the
property precision) or any callable of keyword parameters, and the domains to draw from
(``over``; default: the derivation's own parameter domains). A failure is shrunk by
hypothesis to a small counterexample, reported with readable parameter values
(``p = 1 - 1e-300``, ``x = 1e-12``) and the reason.

>>> import derivations
>>> from verify.properties import run_property
>>> d = derivations.get("pedestal.running_exponent")
>>> from derivations import Real
>>> prop = bounds(d, lower=0, over={"x": Real(0, 1), "p": Real("0.01", "0.99"), "alpha": Real("0.05", 1)})
>>> run_property(prop, max_examples=20)["verdict"]
'confirmed'
>>> wrong = bounds(d, lower="0.001", over={"x": Real(0, 1), "p": Real("0.01", "0.99"), "alpha": Real("0.05", 1)})
>>> r = run_property(wrong, max_examples=50)
>>> r["verdict"], r["reason"], "x" in r["counterexample"]
('failed', 'property returned False', True)

Kinds: :func:`identity` (against the independent route or any other function),
:func:`bounds`, :func:`monotone`, :func:`at_boundary` (value or limit), :func:`inverse`,
:func:`asymptotic` (equivalence along a growing sequence) and :func:`ball_proof` (an
inequality *proved* over a box by ball arithmetic, :mod:`verify.balls`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import mpmath

from derivations import Derivation, Domain, Property
from derivations._precision import PROPERTY_DPS, close

from .balls import BallProof, Budget, prove

__all__ = ["identity", "bounds", "monotone", "at_boundary", "inverse", "asymptotic", "ball_proof",
           "BallCheck"]


def _fn(f: Any) -> Callable[..., Any]:
    if isinstance(f, Derivation):
        return lambda **kw: f.evaluate(dps=PROPERTY_DPS, **kw)
    if callable(f):
        return f
    raise TypeError(f"expected a Derivation or a callable of keyword parameters, got {type(f).__name__}")


def _over(f: Any, over: Mapping[str, Domain] | None) -> dict[str, Domain]:
    if over is not None:
        return dict(over)
    if isinstance(f, Derivation):
        return {n: f.param(n).domain for n in f.parameters}
    raise ValueError("over= is needed: the domains of the parameters (a callable has none of its own)")


def _name(f: Any) -> str:
    return f.id if isinstance(f, Derivation) else getattr(f, "__name__", "f")


def _mp(v: Any) -> Any:
    return mpmath.mpmathify(v) if isinstance(v, (str, int, float)) else v


def identity(f: Any, g: Any = None, *, over: Mapping[str, Domain] | None = None, id: str | None = None,
             text: str | None = None, dps: int = PROPERTY_DPS) -> Property:
    """``f == g`` to the property precision; ``g`` defaults to ``f``'s independent route
    (its :class:`~derivations.Agreement` computation).

    >>> import derivations
    >>> identity(derivations.get("pedestal.running_exponent")).id
    'pedestal.running_exponent.identity'
    """
    if g is None:
        route = getattr(f, "route", None)
        if not isinstance(f, Derivation) or not hasattr(route, "compute"):
            raise ValueError("identity() needs g= unless f is a Derivation with an Agreement route")
        g = route.compute
    ff, gg = _fn(f), _fn(g)
    return Property(id or f"{_name(f)}.identity", text or f"{_name(f)} equals {_name(g)}",
                    lambda **kw: close(ff(**kw), gg(**kw), dps), _over(f, over))


def bounds(f: Any, *, lower: Any = None, upper: Any = None, strict: bool = True,
           over: Mapping[str, Domain] | None = None, id: str | None = None, text: str | None = None) -> Property:
    """``lower < f < upper`` (``<=`` with ``strict=False``); a bound may be a number or a
    callable of the same parameters (``upper=lambda alpha, **_: alpha``).

    >>> from derivations import UnitInterval
    >>> bounds(lambda p: p * (1 - p), lower=0, upper="0.25", strict=False, over={"p": UnitInterval()}).text
    '<lambda> in [0, 0.25]'
    """
    if lower is None and upper is None:
        raise ValueError("bounds() needs lower=, upper= or both")
    ff = _fn(f)

    def value(b: Any, kw: dict) -> Any:
        return b(**kw) if callable(b) else _mp(b)

    def holds(**kw: Any) -> bool:
        v = ff(**kw)
        if lower is not None:
            lo = value(lower, kw)
            if not (v > lo if strict else v >= lo):
                return False
        if upper is not None:
            hi = value(upper, kw)
            if not (v < hi if strict else v <= hi):
                return False
        return True

    shown = lambda b: getattr(b, "__name__", "g") if callable(b) else str(b)  # noqa: E731
    open_, close_ = ("(", ")") if strict else ("[", "]")
    default = f"{_name(f)} in {open_}{shown(lower) if lower is not None else '-inf'}, " \
              f"{shown(upper) if upper is not None else 'inf'}{close_}"
    return Property(id or f"{_name(f)}.bounds", text or default, holds, _over(f, over))


def monotone(f: Any, param: str, *, increasing: bool = True, strict: bool = False,
             over: Mapping[str, Domain] | None = None, id: str | None = None, text: str | None = None) -> Property:
    """``f`` increases (or decreases) in ``param``: two values of it are drawn, the others shared.

    Non-strict comparisons allow equality to the property precision (values that agree to
    30 digits are not ordered by a 30-digit evaluation).

    >>> import derivations
    >>> monotone(derivations.get("pedestal.running_exponent"), "x").text
    'pedestal.running_exponent increasing in x'
    """
    ff = _fn(f)
    domains = _over(f, over)
    if param not in domains:
        raise ValueError(f"{param!r} is not a parameter of {_name(f)}: {sorted(domains)}")
    other = f"{param}_2"
    domains[other] = domains[param]

    def holds(**kw: Any) -> bool:
        a, b = kw.pop(param), kw.pop(other)
        if a == b:
            return True
        lo, hi = (a, b) if a < b else (b, a)
        fa, fb = ff(**{**kw, param: lo}), ff(**{**kw, param: hi})
        if not increasing:
            fa, fb = fb, fa
        return fa < fb if strict else (fa < fb or close(fa, fb))

    word = "increasing" if increasing else "decreasing"
    return Property(id or f"{_name(f)}.{word}_in_{param}", text or f"{_name(f)} {word} in {param}",
                    holds, domains)


def at_boundary(f: Any, param: str, at: Any, expect: Any, *, limit: bool = False, side: str = "+",
                over: Mapping[str, Domain] | None = None, id: str | None = None,
                text: str | None = None) -> Property:
    """The value of ``f`` at ``param = at`` (``limit=False``) or its limit as ``param → at``
    from ``side`` (``limit=True``: approached at ``at ± 10^-k`` for k = 10, 20, …, up to the
    property precision, the distance to ``expect`` must shrink to the tolerance).
    ``expect`` is a number or a callable of the other parameters.

    >>> import derivations
    >>> at_boundary(derivations.get("pedestal.running_exponent"), "x", 1,
    ...             lambda p, alpha: (1 - p) * alpha).text
    'pedestal.running_exponent at x = 1'
    """
    ff = _fn(f)
    domains = _over(f, over)
    domains.pop(param, None)

    def holds(**kw: Any) -> bool:
        target = expect(**kw) if callable(expect) else _mp(expect)
        if not limit:
            return close(ff(**{**kw, param: at}), target)
        gaps = []
        base = mpmath.mpf(at) if not isinstance(at, str) else mpmath.mpf(at)
        for k in (10, 20, PROPERTY_DPS * 2):
            eps = mpmath.mpf(10) ** -k
            gaps.append(abs(ff(**{**kw, param: base + eps if side == "+" else base - eps}) - target))
        scale = max(abs(target), 1)
        return gaps[-1] <= gaps[0] and gaps[-1] <= scale * mpmath.mpf(10) ** -(PROPERTY_DPS // 2)

    what = f"the limit {param} → {at}{side}" if limit else f"{param} = {at}"
    return Property(id or f"{_name(f)}.at_{param}", text or f"{_name(f)} at {what}", holds, domains)


def inverse(f: Any, g: Any, *, arg: str, result: str, over: Mapping[str, Domain] | None = None,
            id: str | None = None, text: str | None = None) -> Property:
    """``g(f(arg), ...) == arg``: ``f`` maps ``arg`` to a value that ``g`` takes as ``result``.

    >>> import derivations
    >>> inverse(derivations.get("pedestal.N_crit"), derivations.get("pedestal.p_crit"),
    ...         arg="p", result="N").text
    'pedestal.p_crit inverts pedestal.N_crit'
    """
    ff, gg = _fn(f), _fn(g)

    def holds(**kw: Any) -> bool:
        y = ff(**kw)
        rest = {k: v for k, v in kw.items() if k != arg}
        return close(gg(**{**rest, result: y}), kw[arg])

    return Property(id or f"{_name(g)}.inverts_{_name(f).split('.')[-1]}",
                    text or f"{_name(g)} inverts {_name(f)}", holds, _over(f, over))


def asymptotic(f: Any, g: Any, param: str, *, start: Any = 10, factor: Any = 100, terms: int = 6,
               over: Mapping[str, Domain] | None = None, id: str | None = None,
               text: str | None = None) -> Property:
    """``f ~ g`` as ``param → ∞``: along ``param = start·factor^k`` (k < ``terms``) the ratio
    ``f/g`` approaches 1 — its distance to 1 does not grow and ends below 10^-3 of where it began
    or below 10^-6.

    >>> lead = lambda N, alpha_c: mpmath.power(N, -alpha_c)
    >>> from derivations import Real
    >>> import derivations
    >>> asymptotic(derivations.get("pedestal.p_crit"), lead, "N", over={"alpha_c": Real("0.1", 1)}).text
    'pedestal.p_crit ~ <lambda> as N → ∞'
    """
    ff, gg = _fn(f), _fn(g)
    domains = _over(f, over)
    domains.pop(param, None)

    def holds(**kw: Any) -> bool:
        gaps = []
        for k in range(terms):
            n = mpmath.mpf(start) * mpmath.mpf(factor) ** k
            gaps.append(abs(ff(**{**kw, param: n}) / gg(**{**kw, param: n}) - 1))
        steady = all(b <= a * (1 + mpmath.mpf(10) ** -10) or b < mpmath.mpf(10) ** -20
                     for a, b in zip(gaps, gaps[1:]))
        return steady and (gaps[-1] <= gaps[0] * mpmath.mpf(10) ** -3 or gaps[-1] < mpmath.mpf(10) ** -6)

    return Property(id or f"{_name(f)}.asymptotic", text or f"{_name(f)} ~ {_name(g)} as {param} → ∞",
                    holds, domains)


# Declared as data in derivations (layers point down); re-exported here for the public API.
from derivations._ballcheck import BallCheck, ball_proof  # noqa: E402

"""Limits of oscillating forms: the phase frozen where probing would see only one phase.

A limit is certified numerically by evaluating the form along a ladder approaching the point
(``x = 10^k``, ``x0 ± 10^-k``). Along such a ladder the phase of ``sin(g(x))`` with ``g``
unbounded is some arbitrary number, and a form that fails only near the zeros of the
oscillation looks convergent: ``|sin x|^{1/x}`` at ``x = 10^k`` tends to 1, yet it is 0 at
every ``x = nπ`` (the limit does not exist). If ``lim f = L`` then ``f → L`` along every
sequence, in particular along the points where the phase ``g(x)`` is ``θ`` mod 2π; there
``f`` equals the form with ``sin(g)``, ``cos(g)``, ... replaced by their values at ``θ``.
:func:`phase_variants` builds those frozen forms (θ a multiple of π/6, the zeros and extremes
of the oscillation among them, the same θ for every unbounded phase; ``e^{ig}`` with ``g``
real is frozen as ``e^{iθ}``): each must converge to the claimed limit too, else the
certificate is inconclusive.

>>> import sympy as sp
>>> x = sp.Symbol("x", positive=True)
>>> [str(v) for v in phase_variants(sp.Abs(sp.sin(x))**(1 / x), x, [sp.Integer(10)**6, sp.Integer(10)**12], {})][:4]
['0', '(1/2)**(1/x)', '(sqrt(3)/2)**(1/x)', '1']
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath
import sympy

from .confirm import _value
from .verdicts import INCONCLUSIVE, StepVerdict

__all__ = ["phase_variants", "oscillating", "every_phase_agrees", "PERIODIC"]

#: Functions periodic in their argument (period 2π or π): frozen at a phase.
PERIODIC = (sympy.sin, sympy.cos, sympy.tan, sympy.cot, sympy.sec, sympy.csc)
#: Phases at which an oscillation is frozen: multiples of π/6, its zeros and extremes among them
#: (and where sin is ±1/2, cos ±√3/2: |sin x − 1/2|^{1/x} vanishes at the phase π/6).
_PHASES = tuple(j * sympy.pi / 6 for j in range(12))
#: A phase counts as unbounded when it exceeds this at the closest probe and has grown since.
_UNBOUNDED = mpmath.mpf(100)


def _unbounded(g: Any, x: Any, probes: list[Any], point: Mapping[Any, Any]) -> bool:
    """Whether ``|g|`` grows past :data:`_UNBOUNDED` along the probes (the last two)."""
    near, far = (_value(g, {**point, x: p}, 30) for p in probes[-2:])
    if near is None or far is None:
        return True  # not evaluable: treat as oscillating (the frozen forms decide)
    return abs(far) > _UNBOUNDED and abs(far) > 2 * abs(near)


def phase_variants(f: Any, x: Any, probes: list[Any], point: Mapping[Any, Any]) -> list[Any]:
    """``f`` with the phase of every periodic function whose argument grows without bound
    along ``probes`` (exact points, the last two the closest) frozen at each phase in turn;
    [] when ``f`` has no such oscillation."""
    f = sympy.sympify(f)
    nodes = [n for n in f.atoms(*PERIODIC) if n.args[0].has(x)]
    # e^{ig} with g real is periodic in g too: frozen as e^{iθ}
    turns = [n for n in f.atoms(sympy.exp) if n.args[0].has(x) and _phase_of(n) is not None]
    unbounded = {g for g in {n.args[0] for n in nodes} | {_phase_of(n) for n in turns}
                 if _unbounded(g, x, probes, point)}
    if not unbounded:
        return []
    variants = []
    for theta in _PHASES:
        frozen = {n: type(n)(theta) for n in nodes if n.args[0] in unbounded}
        frozen.update({n: sympy.exp(sympy.I * theta * _turn(n)) for n in turns if _phase_of(n) in unbounded})
        form = f.xreplace(frozen)
        if not form.has(sympy.zoo, sympy.nan):  # a pole of tan at the phase: f is undefined there too
            variants.append(form)
    return variants


def _phase_of(node: Any) -> Any | None:
    """``g`` when ``node`` is ``e^{±ig}`` with ``g`` real (sign-normalized: e^{ix} and e^{−ix}
    share the phase x), else None."""
    g = sympy.expand(node.args[0] / sympy.I)
    if g.is_extended_real is not True:
        return None
    return -g if g.could_extract_minus_sign() else g


def _turn(node: Any) -> int:
    """+1 for e^{ig}, −1 for e^{−ig} (``g`` the normalized phase)."""
    return -1 if sympy.expand(node.args[0] / sympy.I).could_extract_minus_sign() else 1


def oscillating(ob: Any, f: Any, frozen: Any, verdict: StepVerdict, point: Mapping[Any, Any]) -> StepVerdict:
    """The verdict when a frozen form does not tend to the claim: inconclusive (the limit is not
    shown to exist), with what was seen."""
    where = {str(k): str(v) for k, v in point.items()}
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: {f} oscillates, and with its phase frozen ({frozen}) it does not "
                                     f"tend to the claim, so the limit is not shown to exist",
                       {**where, **(verdict.counterexample or {}), "frozen form": str(frozen)})


def every_phase_agrees(ob: Any, f: Any, variants: list[Any], check: Any, point: Mapping[Any, Any]
                       ) -> bool | StepVerdict | None:
    """``check(frozen)`` for every phase-frozen form of ``f``: True when all agree, else the first
    verdict that does not (None: undecided; a refutation names the frozen form)."""
    for frozen in variants:
        verdict = check(frozen)
        if verdict is not True:
            return verdict if verdict is None else oscillating(ob, f, frozen, verdict, point)
    return True

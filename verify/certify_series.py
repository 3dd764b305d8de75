"""Infinite trigonometric series evaluated in balls with a proven tail (issue 16: SymPy proposes,
the kernel certifies).

SymPy often cannot evaluate ``Σ_{k≥1} sin(k a)/k`` at a point (its Euler–Maclaurin evalf runs out
of time), so a closed form ``(π − a)/2`` claimed for it could be neither confirmed nor refuted by
sampling. This module evaluates such a series itself, at a point, as a ball that contains the
exact value:

* the summand must be ``b_k · sin(kθ + φ)`` or ``b_k · cos(kθ + φ)`` (times ``(−1)^{αk+β}`` with
  integers α, β, which shifts θ and φ) with ``θ`` not a multiple of 2π, and
  ``b_k = C·Π (α_i k + β_i)^{−p_i}`` with ``α_i > 0``, ``p_i > 0``: a product of completely monotone
  factors, so every finite difference ``(−1)^j Δ^j b`` is ≥ 0 and tends to 0 (a divergent
  ``Σ sin(kθ)`` or ``Σ cos(kθ)``, with ``b`` constant, is never of this form: no value is given);
* with ``z_k = e^{ikθ}``, ``w = 1/(e^{iθ} − 1)`` and ``q = w e^{iθ}``, summation by parts ``m`` times
  gives, exactly, ``Σ_{k>N} b_k z_k = −w z_{N+1} Σ_{j<m} q^j (Δ^j b)_{N+1} + q^m Σ_{k>N} (Δ^m b)_k z_k``,
  and Abel's inequality bounds the last sum by ``(Δ^m b)_{N+1} / |sin(θ/2)|`` (partial sums of
  ``z_k`` are at most ``1/|sin(θ/2)|``, ``Δ^m b`` decreases to 0).

The series' value is the partial sum to ``N`` plus those terms plus a ball of that radius. Two
sides that hold such series are compared at exact points spread over the domain: a ball of their
difference that excludes 0 refutes the step there, as does a series whose terms provably do not
tend to 0 set equal to a finite form (:func:`series_refutes`, :func:`diverges`); balls that contain 0
and are narrower than the tolerance at every point confirm it (:func:`series_agree`), which is a
check at points, never a proof. Anything else gives no answer (None): the other checks decide.
"""

from __future__ import annotations

from typing import Any, Mapping

import flint
import sympy

from derivations._domain_points import point_across
from derivations._domains import Domain

from .rigorous import enclose
from .verdicts import CONFIRMED, StepVerdict

__all__ = ["series_ball", "diverges", "series_refutes", "series_agree", "SERIES_TERMS", "SERIES_ORDERS", "SERIES_SLACK",
           "SCAN_POINTS", "SCAN_JOINT", "SCAN_DIGITS", "SCAN_TERMS"]

#: Terms added up directly before the tail; the most summations by parts (the tail bound falls like
#: m!/N^(m+1)); a difference's ball must lie within 10^-(dps - SERIES_SLACK) of 0 for a point to count.
SERIES_TERMS, SERIES_ORDERS, SERIES_SLACK = 2000, 40, 5
#: Points of the scan that follows the precise points (one cell each across a bounded domain, at
#: SCAN_DIGITS with SCAN_TERMS added up: a bump 0.05 wide in (0, 2π) sits between twelve points).
SCAN_POINTS, SCAN_DIGITS, SCAN_TERMS = 256, 15, 120
#: Points of the scan where there are several parameters (a lattice over their joint domain).
SCAN_JOINT = 1024
#: Where a real parameter is sampled: these fractions of the way across its domain.
_FRACTIONS = tuple(sympy.Rational(i, 7) for i in (1, 3, 5, 2, 4, 6))


def _linear(e: Any, k: Any) -> tuple[Any, Any] | None:
    """``(α, β)`` with ``e = α k + β`` and both real numbers, else None."""
    e = sympy.expand(e)
    alpha = e.coeff(k, 1)
    beta = sympy.expand(e - alpha * k)
    if beta.has(k) or not (alpha.is_number and beta.is_number and alpha.is_real and beta.is_real):
        return None
    return alpha, beta


def _split(term: Any, k: Any) -> tuple[Any, list[tuple[Any, Any]], Any, Any, bool] | None:
    """``term`` as ``C · Π (α_i k + β_i)^{−p_i} · trig(θk + φ)``: ``(C, [(α_i k + β_i, p_i)], θ, φ, is_sin)``."""
    const, factors, theta, phi, trig = sympy.S.One, [], sympy.S.Zero, sympy.S.Zero, None
    for f in sympy.Mul.make_args(term):
        if not f.has(k):
            if not (f.is_number and f.is_real):
                return None
            const *= f
        elif isinstance(f, (sympy.sin, sympy.cos)) and trig is None:
            lin = _linear(f.args[0], k)
            if lin is None:
                return None
            trig, theta, phi = isinstance(f, sympy.sin), theta + lin[0], phi + lin[1]
        elif f.is_Pow and f.base == -1:  # (−1)^{αk+β} = e^{iπ(αk+β)}: a shift of θ and φ
            lin = _linear(f.exp, k)
            # Only for integers α, β is it real (±1, so cos(πα k)·trig = trig shifted): (−1)^{k/2}
            # or (−1)^{1/2} is complex, and the real or imaginary part taken below would be wrong.
            if lin is None or not (lin[0].is_integer and lin[1].is_integer):
                return None
            theta, phi = theta + sympy.pi * lin[0], phi + sympy.pi * lin[1]
        else:
            base, p = (f.base, -f.exp) if f.is_Pow else (f, sympy.S.NegativeOne)
            if p.has(k) or not (p.is_number and p.is_positive):
                return None  # not a completely monotone factor (e^{-k}, a growing k)
            pieces = [(base, 1)] if _linear(base, k) is not None or not p.is_Integer else \
                _linear_factors(base, k)
            if pieces is None:
                return None  # k^2 + 1: no real linear factors
            for piece, times in pieces:
                if piece.has(k):
                    lin = _linear(piece, k)
                    if lin is None or not lin[0].is_positive:
                        return None
                    factors.append((piece, p * times))
                else:
                    const *= piece ** (-p * times)
    if trig is None:  # (−1)^k alone: cos(πk); no oscillation at all: cos(0·k), a series of b_k alone
        trig = False
    return const, factors, theta, phi, trig


def _linear_factors(poly: Any, k: Any) -> list[tuple[Any, int]] | None:
    """``k² + k`` as ``[(k, 1), (k + 1, 1)]`` (with a constant factor first), or None."""
    try:
        c, pieces = sympy.factor_list(poly, k)
    except sympy.PolynomialError:
        return None
    if any(_linear(g, k) is None for g, _ in pieces):
        return None
    return [(c, 1), *pieces]


_K = sympy.Symbol("k_series")


def _ball(e: Any) -> flint.arb:
    return enclose(e, {}, dps=flint.ctx.dps)


def series_ball(node: Any, dps: int, terms: int = 0) -> flint.arb | None:
    """A ball containing the value of the infinite sum ``node`` (every symbol but its variable
    already given a number), or None when it is not a series this module can bound. ``terms``
    (default :data:`SERIES_TERMS`) are added up before the tail's bound takes over."""
    if not isinstance(node, sympy.Sum) or len(node.limits) != 1:
        return None
    k, lo, hi = node.limits[0]
    if hi != sympy.oo or not lo.is_Integer:
        return None
    body = sympy.expand(node.function.xreplace({k: _K}), multinomial=False, power_exp=False, power_base=False,
                        log=False)
    if body == 0:  # Σ sin(kπ)/k: every term is 0
        return flint.arb(0)
    if body.free_symbols - {_K}:
        return None
    parts = [_split(t, _K) for t in sympy.Add.make_args(body)]
    if any(p is None or not p[1] for p in parts):
        return None  # a term with no decreasing factor: Σ sin(kθ) diverges
    old = flint.ctx.dps
    flint.ctx.dps = 2 * dps + 40  # Δ^m b cancels m binomial coefficients' digits
    try:
        total = flint.arb(0)
        for const, factors, theta, phi, is_sin in parts:
            ball = _part(int(lo), factors, theta, phi, is_sin, dps, terms or SERIES_TERMS)
            if ball is None:
                return None
            total += _ball(const) * ball
        return total if total.is_finite() else None
    finally:
        flint.ctx.dps = old


def _part(lo: int, factors: list[tuple[Any, Any]], theta: Any, phi: Any, is_sin: bool, dps: int,
          terms: int) -> flint.arb | None:
    n = max(terms, lo + 1)
    lins = []
    for base, p in factors:  # every base positive from lo on (α > 0: from its value at lo)
        alpha, beta = _linear(base, _K)
        lin = (_ball(alpha), _ball(beta), int(p) if p.is_Integer else _ball(p))
        if not lin[0] * lo + lin[1] > 0:
            return None
        lins.append(lin)
    t, f = _ball(theta), _ball(phi)
    if (sympy.sympify(theta) / (2 * sympy.pi)).is_integer:
        return _at_whole_turn(lo, lins, f, is_sin)
    half = abs((t / 2).sin())
    if not half > 0:
        return None  # θ too near a multiple of 2π to tell: the partial sums are unbounded

    def b(j: int) -> flint.arb:
        out = flint.arb(1)
        for alpha, beta, p in lins:
            x = alpha * j + beta
            out *= 1 / x ** p if isinstance(p, int) else (-p * x.log()).exp()
        return out

    head = flint.acb(0)
    for j in range(lo, n + 1):
        head += b(j) * flint.acb(0, j * t).exp()
    e = flint.acb(0, t).exp()
    w = 1 / (e - 1)
    q = w * e
    values = [b(n + 1 + i) for i in range(SERIES_ORDERS + 2)]
    target = flint.arb(10) ** (-dps)
    tail, power = flint.acb(0), flint.acb(1)
    for m in range(SERIES_ORDERS + 1):
        diff = sum((values[i] * (-1) ** i * int(sympy.binomial(m, i)) for i in range(m + 1)), flint.arb(0))
        rest = abs(power) * diff / half
        if m == SERIES_ORDERS or rest.upper() < target:
            break
        tail -= w * flint.acb(0, (n + 1) * t).exp() * power * diff
        power *= q
    rest = rest.upper()
    z = (head + tail + flint.acb(flint.arb(0, rest), flint.arb(0, rest))) * flint.acb(0, f).exp()
    return z.imag if is_sin else z.real


def _at_whole_turn(lo: int, lins: list, phase: flint.arb, is_sin: bool) -> flint.arb | None:
    """``Σ_{k≥lo} b_k sin(φ)`` (or cos) at θ a multiple of 2π: every term's trigonometric factor is the
    same; with ``b_k = (αk + β)^{−p}``, ``p > 1``, the sum is ``α^{−p} ζ(p, lo + β/α)`` (Hurwitz);
    0 when that factor is. Anything else: None (Σ 1/k diverges there)."""
    trig = phase.sin() if is_sin else phase.cos()
    if trig == 0:
        return flint.arb(0)
    if len(lins) != 1 or isinstance(lins[0][2], int) and lins[0][2] <= 1 or \
            not isinstance(lins[0][2], int) and not lins[0][2] > 1:
        return None
    alpha, beta, p = lins[0]
    p = flint.arb(p)
    return trig * alpha ** (-p) * p.zeta(lo + beta / alpha)


def diverges(node: Any) -> bool:
    """Whether the infinite sum ``node`` (numbers but its variable) is ``Σ C·sin(kθ + φ)`` or
    ``Σ C·cos(kθ + φ)`` with ``C ≠ 0`` and ``sin θ ≠ 0``, proved in balls: its terms do not tend to 0
    (were sin(kθ + φ) → 0, sin((k+1)θ + φ) = sin(kθ + φ)cos θ + cos(kθ + φ)sin θ → 0 would force
    cos(kθ + φ) → 0 too), so it has no sum."""
    if not isinstance(node, sympy.Sum) or len(node.limits) != 1 or node.limits[0][2] != sympy.oo:
        return False
    k = node.limits[0][0]
    body = node.function.xreplace({k: _K})
    if body.free_symbols - {_K}:
        return False
    part = _split(body, _K)
    if part is None or part[1]:
        return False
    const, _, theta, _, _ = part
    old = flint.ctx.dps
    flint.ctx.dps = 50
    try:
        return bool(abs(_ball(const)) > 0 and abs(_ball(theta).sin()) > 0)
    finally:
        flint.ctx.dps = old


def _points(symbols: list[Any], domains: Mapping[Any, Domain], seed: str = "") -> list[dict[Any, Any]]:
    """Exact points spread over the real parameters' domains (interior ones only); none if a
    symbol is not a bounded real parameter. With ``seed`` (the forms compared), as many again at
    fractions drawn from it: a fixed set of points can be dodged by a term that vanishes there
    (``sin(7a/2)`` at ``a = 2πj/7``), points that move with the form cannot be aimed at."""
    fractions = list(_FRACTIONS)
    if seed:
        import hashlib
        import random
        rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))
        fractions += [sympy.Rational(rng.randrange(1, 10**6), 10**6) for _ in _FRACTIONS]
    spread = {}
    for s in symbols:
        d = domains.get(s)
        if getattr(d, "kind", None) != "real":
            return []
        spread[s] = [point_across(d, r) for r in fractions]
    points = [{s: v[i] for s, v in spread.items()} for i in range(len(fractions))]
    middle = {s: point_across(domains[s], sympy.Rational(3, 7)) for s in symbols}  # not π: sin(kπ) = 0
    for s in symbols:  # a closed end is in the domain: the series there (Σ sin(k·0)/k = 0, not π/2)
        d = domains[s]
        for end, is_open in ((d.lo_exact, d.lo_open), (d.hi_exact, d.hi_open)):
            if end is not None and not is_open:
                points.append({**middle, s: end})
    for s in symbols:  # a side without an end: far along it too, not only within 7 units of the other
        d = domains[s]
        for far in (10**2, 10**4, 10**8):
            if d.hi_exact is None:
                points.append({**middle, s: (d.lo_exact if d.lo_exact is not None else 0) + far})
            if d.lo_exact is None:
                points.append({**middle, s: (d.hi_exact if d.hi_exact is not None else 0) - far})
    return points


def _scan_points(symbols: list[Any], domains: Mapping[Any, Domain], seed: str) -> list[dict[Any, Any]]:
    """Points across the parameters' domains, seeded by the forms compared: one parameter,
    :data:`SCAN_POINTS`, a random point in each cell; several, :data:`SCAN_JOINT` points of a
    Kronecker lattice (``i·√p mod 1``, shifted at random), which reach every joint box of about
    ``2/SCAN_JOINT`` of the domain (review 14: cells paired at random left a box 0.016 × 0.06 of
    the domain unsampled). A side without an end is scanned out to ``10^8``, evenly in its logarithm
    beyond 7 units (review 14: nothing was sampled between the far points ``10², 10⁴, 10⁸``)."""
    import hashlib
    import math
    import random
    if any(getattr(domains.get(s), "kind", None) != "real" for s in symbols):
        return []
    rng = random.Random(int(hashlib.sha256(("scan/" + seed).encode()).hexdigest()[:16], 16))
    if len(symbols) == 1:
        fractions = [((i * 1000 + rng.randrange(1, 1000)) / (SCAN_POINTS * 1000),) for i in range(SCAN_POINTS)]
    else:
        steps = [math.sqrt(p) % 1 for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29)[:len(symbols)]]
        shifts = [rng.random() for _ in symbols]
        fractions = [tuple((i * a + b) % 1 for a, b in zip(steps, shifts)) for i in range(SCAN_JOINT)]
    return [{s: _scan_value(domains[s], min(max(f[j], 1e-6), 1 - 1e-6)) for j, s in enumerate(symbols)}
            for f in fractions]


def _scan_value(domain: Domain, r: float) -> Any:
    """The point a fraction ``r`` across ``domain``: evenly where it is bounded; on a side without
    an end, the first half within 7 units, the second out to ``10^8`` evenly in the logarithm."""
    lo, hi = domain.lo_exact, domain.hi_exact
    exact = sympy.Rational(round(r * 10**6), 10**6)
    if lo is not None and hi is not None:
        return point_across(domain, exact)
    if r < 0.5:
        return point_across(domain, 2 * exact)
    far = sympy.Rational(str(round(7 * (10**8 / 7) ** (2 * r - 1), 6)))
    if lo is not None:
        return lo + far
    if hi is not None:
        return hi - far
    return far if _far_side(r) else -far


def _far_side(r: float) -> bool:
    """On the whole line, which side a far scan point falls on (alternating with its fraction)."""
    return int(r * 10**6) % 2 == 0


def _scan_refutes(diff: Any, symbols: list[Any], domains: Mapping[Any, Domain]) -> dict[str, str] | None:
    """A point of the scan where the difference's ball excludes 0, or None (a point the balls
    cannot bound — near θ = 0, where the partial sums grow — is skipped). Scanned once per
    difference and domain: the refutation and the confirmation both ask."""
    key = (str(diff), tuple((str(s), repr(domains.get(s))) for s in symbols))
    if key not in _SCANNED:
        if len(_SCANNED) > 64:
            _SCANNED.clear()
        _SCANNED[key] = _scan(diff, symbols, domains)
    return _SCANNED[key]


_SCANNED: dict[tuple, dict[str, str] | None] = {}


def _scan(diff: Any, symbols: list[Any], domains: Mapping[Any, Domain]) -> dict[str, str] | None:
    points = _scan_points(symbols, domains, str(diff))
    for point in points:
        ball = _difference_ball(diff, point, SCAN_DIGITS, SCAN_TERMS)
        if ball is None or not ball.is_finite() or ball.rad() > 1:
            # near θ = 0 the partial sums grow: more terms before the tail's bound takes over
            ball = _difference_ball(diff, point, SCAN_DIGITS, SERIES_TERMS)
        if ball is not None and ball.is_finite() and not ball.contains(0):
            out = {str(s): str(v) for s, v in point.items()}
            out.update(difference=ball.str(10, radius=True),
                       how=f"each infinite series bounded in balls (partial sum, proven tail), scanned at "
                           f"{len(points)} points across the domain")
            return out
    return None


def _difference_ball(diff: Any, point: Mapping[Any, Any], dps: int, terms: int = 0) -> flint.arb | None:
    """A ball for ``diff`` at ``point``, each infinite sum bounded by :func:`series_ball`."""
    at = diff.xreplace(dict(point))
    sums = sorted(at.atoms(sympy.Sum), key=sympy.default_sort_key)
    if not sums:
        return None
    balls = {}
    for i, node in enumerate(sums):
        ball = series_ball(node, dps, terms)
        if ball is None:
            return None
        balls[sympy.Symbol(f"series_{i}")] = ball
    rest = at.xreplace({node: s for node, s in zip(sums, balls)})
    if rest.free_symbols - set(balls):
        return None
    old = flint.ctx.dps
    flint.ctx.dps = 2 * dps + 40
    try:
        from derivations._domain_bounds import arb_of
        return arb_of(rest, balls)
    except Exception:  # noqa: BLE001 - a form the ball translator does not cover: no answer
        return None
    finally:
        flint.ctx.dps = old


def _candidates(a: Any, b: Any) -> tuple[Any, list[Any]] | None:
    diff = sympy.sympify(a) - sympy.sympify(b)
    if not any(n.limits[0][2] == sympy.oo for n in diff.atoms(sympy.Sum) if len(n.limits) == 1):
        return None
    return diff, sorted(diff.free_symbols, key=sympy.default_sort_key)


def series_refutes(a: Any, b: Any, domains: Mapping[Any, Domain], dps: int) -> dict[str, str] | None:
    """A point of the domain where ``a`` and ``b`` provably differ, their infinite series bounded in
    balls (see the module), with the values there; None when none is found."""
    found = _candidates(a, b)
    if found is None:
        return None
    diff, symbols = found
    for point in _points(symbols, domains, str(diff)):
        at = diff.xreplace(point)
        nodes = at.atoms(sympy.Sum)
        if len(nodes) == 1 and diverges(next(iter(nodes))):  # S = Σ sin(ka) = a finite value: no S
            out = {str(s): str(v) for s, v in point.items()}
            out.update(how="the series diverges there: its terms, C·sin(kθ + φ) with sin θ ≠ 0, do not tend to 0")
            return out
        ball = _difference_ball(diff, point, dps)
        if ball is not None and not ball.contains(0):
            out = {str(s): str(v) for s, v in point.items()}
            out.update(difference=ball.str(10, radius=True),
                       how="each infinite series bounded in balls: its partial sum and a proven tail")
            return out
    return _scan_refutes(diff, symbols, domains)


def series_agree(a: Any, b: Any, domains: Mapping[Any, Domain], dps: int) -> StepVerdict | None:
    """CONFIRMED when, at every sampled point, the ball of ``a − b`` (series bounded as in the
    module) contains 0 and is within 10^-(dps − SERIES_SLACK) of it; None otherwise (a refutation is
    :func:`series_refutes`')."""
    found = _candidates(a, b)
    if found is None:
        return None
    diff, symbols = found
    points = _points(symbols, domains, str(diff))
    if not points:
        return None
    tol = flint.arb(10) ** (SERIES_SLACK - dps)
    for point in points:
        ball = _difference_ball(diff, point, dps)
        if ball is None or not ball.contains(0) or not abs(ball).upper() < tol:
            return None
    if _scan_refutes(diff, symbols, domains) is not None:  # twelve points miss a bump between them
        return None
    return StepVerdict(CONFIRMED, f"the series evaluated in balls with a proven tail bound (summation by parts, "
                                  f"Abel's inequality) agree with the closed form within 10^-{dps - SERIES_SLACK} "
                                  f"at {len(points)} points of the domain, and within 10^-{SCAN_DIGITS} wherever "
                                  f"bounded at {SCAN_POINTS if len(symbols) == 1 else SCAN_JOINT} more across it "
                                  f"(sampled: not a proof)")

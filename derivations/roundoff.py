"""The roundoff wall of a centered difference (W §4, Fig. 2).

Catalogue section 9: ``roundoff.wall`` (the centered difference has truncation error
``(h²/6)|f'''|`` and rounding error ``u|f|/h``; their sum ``E(h)`` has its minimum at
``h* = (3 u M₀/M₃)^{1/3}``, and the exponent of ``E`` in ``h`` turns from ``+2`` to ``−1``
exactly there), ``roundoff.optimal_step`` (``h*``) and ``roundoff.minimal_error``
(``E* = (9/8)^{1/3} M₃^{1/3} (u M₀)^{2/3}``). The wall is checked against a float32 and
float64 experiment with numpy, and W's statement that it appears "upon sending the
displacement below machine precision" is recorded as an erratum: it appears at
``h* ∼ u^{1/3}``, ten orders of magnitude above machine precision in double.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import mpmath
import sympy as sp

from ._domains import Positive, Real
from ._model import Agreement, Claim, Derivation, Measurement, Param, Premise, Property
from ._precision import PROPERTY_DPS, close
from ._rules import (Differentiate, Limit, LogDerivative, MultiplyBoth, Ref, SeriesExpand, SolveFor,
                     Substitute)

__all__ = ["DERIVATIONS", "wall", "optimal_step", "minimal_error", "UNIT_ROUNDOFF", "experiment"]

#: Unit roundoff (half the machine epsilon) of IEEE binary32 and binary64.
UNIT_ROUNDOFF = {"single": Fraction(1, 2**24), "double": Fraction(1, 2**53)}

u_ = Param("u", Real(0, 1, sample=(Fraction(1, 10**20), Fraction(1, 2)), log=True),
           doc="unit roundoff of the floating-point format ($2^{-24}$ single, $2^{-53}$ double)")
M0_ = Param("M0", Positive(sample=(Fraction(1, 1000), 1000), log=True), latex="M_0",
            doc="bound on $|f|$ near the point of differentiation")
M3_ = Param("M3", Positive(sample=(Fraction(1, 1000), 1000), log=True), latex="M_3",
            doc="bound on $|f'''|$ near the point of differentiation")
u, M0, M3 = u_.symbol, M0_.symbol, M3_.symbol
h = sp.Symbol("h", positive=True)
# f_k = f^(k)(x): Taylor coefficients at the point of differentiation. Plain symbols (not an
# undefined sp.Function) keep every step numerically checkable, so a wrong constant fails.
fk = sp.symbols("f_0:6", real=True)
f0, f1, f3 = fk[0], fk[1], fk[3]


def _taylor(s: sp.Expr) -> sp.Expr:
    """f(x + s) to fifth order: enough for the h⁴ terms of the centered quotient."""
    return sum(c * s**k / sp.factorial(k) for k, c in enumerate(fk))


# Relative rounding errors of the two computed function values, |δ±| ≤ u.
delta_p, delta_m = sp.symbols("delta_+ delta_-", real=True)
# The symbols the wall's steps specialize (to the worst case, to the bounds) are declared with
# their domains; they are not parameters of evaluate().
_WALL_SYMBOLS = (
    Param("delta_+", Real(-1, 1), doc=r"relative rounding error of the computed $f(x + h)$, $|\delta_+| \le u < 1$"),
    Param("delta_-", Real(-1, 1), doc=r"relative rounding error of the computed $f(x - h)$, $|\delta_-| \le u < 1$"),
    Param("f_0", Real(), doc="$f(x)$, the value at the point of differentiation"),
    Param("f_3", Real(), doc="$f'''(x)$, the third derivative at the point of differentiation"),
)
# Names of the quantities the premises define: the truncation error e_T of the quotient,
# its rounding error e_R(δ+, δ−), and the error bound E(h, f₀, f₃) in terms of |f| and |f'''|.
e_T = sp.Symbol("e_T", real=True)
e_R = sp.Function("e_R")
E = sp.Function("E")
# The worst-case error of the quotient itself, before its leading order is adopted as the model E.
E_w = sp.Function("E_w")

THIRD = sp.Rational(1, 3)
ERROR_MODEL = h**2 / 6 * M3 + u * M0 / h
H_STAR = (3 * u * M0 / M3) ** THIRD
E_STAR = sp.Rational(9, 8) ** THIRD * M3**THIRD * (u * M0) ** sp.Rational(2, 3)
EXPONENT = (2 * M3 * h**3 - 6 * u * M0) / (M3 * h**3 + 6 * u * M0)
SYMBOLS = (u_, M0_, M3_)
PARAMETERS = ("u", "M0", "M3")

#: The error bound as a function of the step, with the bounds M₀ ≥ |f| and M₃ ≥ |f'''|.
E_h = E(h, M0, M3)
#: Its local exponent d ln E / d ln h, written as LogDerivative writes it.
EXPONENT_NAME = h * sp.Derivative(E_h, h) / E_h

_model_premise = Premise(
    "error_model", sp.Eq(E_h, ERROR_MODEL),
    "$E(h) = (h^2/6) M_3 + u M_0/h$: truncation plus rounding error of the centered difference, with $|f'''| "
    r"\le M_3$ and $|f| \le M_0$ (derived step by step in roundoff.wall).")

_stationary_premise = Premise(
    "stationary", sp.Eq(sp.Derivative(E_h, h), 0),
    r"the optimal step $h^*$ is where the slope of the error bound vanishes, $dE/dh = 0$ ($E \to \infty$ as $h "
    r"\to 0$ and as $h \to \infty$, so its minimum on $h > 0$ is a stationary point)")

_wall_premise = Premise(
    "wall_condition", sp.Eq(EXPONENT_NAME, 0),
    r"W §4: a wall is signalled by a sign change of the local exponent $d \ln E/d \ln h$; the wall is where "
    "that exponent vanishes")


def _solve_steps(on: str | None = None) -> tuple[Any, ...]:
    """Minimize E(h): set dE/dh = 0 and solve for the step (h > 0)."""
    return (
        Differentiate(h, on=on, expect=M3 * h / 3 - u * M0 / h**2, name="slope",
                      note="truncation grows like $h^2$, rounding falls like $1/h$"),
        Substitute(using="stationary", expect=sp.Eq(0, M3 * h / 3 - u * M0 / h**2),
                   note="at the optimal step the slope vanishes"),
        MultiplyBoth(factor=h**2, expect=sp.Eq(0, M3 * h**3 / 3 - u * M0),
                     note="$h^2 > 0$: the same roots, now a cubic in $h$"),
        SolveFor(h, expect=sp.Eq(h, H_STAR), name="optimal_step",
                 note="the only real root, and $h > 0$; $d^{2}E/dh^2 = M_3/3 + 2uM_0/h^3 > 0$, so a minimum"),
    )


# -- independent routes ------------------------------------------------------------------------
def _error(u: Any, M0: Any, M3: Any) -> Any:
    return lambda step: step**2 * M3 / 6 + u * M0 / step


def _numeric_minimizer(u: Any, M0: Any, M3: Any) -> mpmath.mpf:
    """Root of E'(h) = 0 with E' by mpmath.diff, bracketed by halving/doubling from h = 1."""
    E = _error(u, M0, M3)
    slope = lambda step: mpmath.diff(E, step)  # noqa: E731
    step = mpmath.mpf(1)
    if slope(step) > 0:
        while slope(step / 2) > 0:
            step /= 2
        bracket = (step / 2, step)
    else:
        while slope(2 * step) < 0:
            step *= 2
        bracket = (step, 2 * step)
    return mpmath.findroot(slope, bracket, solver="anderson")


def _is_local_minimum(step: Any, E: Any) -> bool:
    return bool(E(step * mpmath.mpf("1.001")) > E(step) < E(step * mpmath.mpf("0.999")))


def _numeric_minimum(u: Any, M0: Any, M3: Any) -> mpmath.mpf:
    """E at its numerically located minimizer (E is flat there: errors in h enter squared)."""
    return _error(u, M0, M3)(_numeric_minimizer(u, M0, M3))


_ROUTE_POINTS = (
    {"u": UNIT_ROUNDOFF["double"], "M0": 1, "M3": 1},
    {"u": UNIT_ROUNDOFF["single"], "M0": "3/4", "M3": "1/2"},
    {"u": "9/10", "M0": 25, "M3": "1/7"},
    {"u": "1/10000000000000000000000", "M0": "1/1000", "M3": 1000},
)

# The experiment: differentiate sin at X0 in float32 and float64.
X0 = 1.0
GRID_PER_DECADE = 200
SMOOTH_POINTS = 41  # running geometric mean over 0.2 decade
SLOPE_TOLERANCE = 0.2
LOCATION_FACTOR = 3.0


def experiment(label: str) -> tuple[Any, Any]:
    """The experiment: steps h and the error |D_h sin(x0) − cos(x0)| of the centered
    difference of sin at x0 = 1 computed in ``label`` ("single": float32, "double": float64).

    Returns two float64 numpy arrays: the 2201-point log grid h = 10^-1 … 10^-12 (200 a
    decade, decreasing) and the absolute errors against cos(x0) to 30 digits. Deterministic
    (IEEE arithmetic, no sampling). ``_measure`` and the figure ``verify.figures`` use it.

    >>> steps, err = experiment("double")
    >>> len(steps), bool(err[0] > err[len(err) // 2])   # truncation error at h = 0.1 is large
    (2201, True)
    """
    import numpy as np

    dtypes = {"single": np.float32, "double": np.float64}
    if label not in dtypes:
        raise ValueError(f"label={label!r} must be one of {sorted(dtypes)}")
    dtype = dtypes[label]
    with mpmath.workdps(30):
        exact = float(mpmath.cos(mpmath.mpf(X0)))
    steps = np.logspace(-1, -12, 11 * GRID_PER_DECADE + 1)
    xs, hs = dtype(X0), steps.astype(dtype)
    quotient = (np.sin(xs + hs) - np.sin(xs - hs)) / (dtype(2) * hs)
    return steps, np.abs(quotient.astype(np.float64) - exact)


def _measure(dps: int) -> tuple[bool, float | None, str]:
    """Measured error of the float32/float64 centered difference of sin at x0 = 1.

    The minimum of the error curve (smoothed by a running geometric mean over 0.2
    decade, because in the roundoff regime the error is a random variable whose raw
    argmin is a lucky cancellation) must lie within a factor 3 of h* computed from the
    closed form with M₀ = |sin x0|, M₃ = |cos x0|; the log-log slopes must be +2 on
    [5h*, 10^-1] and −1 on [h*/1000, h*/20] within 0.2 (both ranges far from h*; the
    lower end stays ≥ 100 u|x0|, well above where x0 + h rounds to x0 and the
    float32 quotient saturates at |cos x0|).
    """
    import numpy as np

    M0v, M3v = abs(math.sin(X0)), abs(math.cos(X0))
    passed, worst_digits, parts = True, float("inf"), []
    for label in ("single", "double"):
        uu = UNIT_ROUNDOFF[label]
        h_star = float(optimal_step.evaluate(dps=20, u=uu, M0=M0v, M3=M3v))
        steps, err = experiment(label)
        # An exact zero (possible by cancellation) would make the log mean -inf.
        log_err = np.log10(np.maximum(err, float(uu) * 1e-3))
        kernel = np.ones(SMOOTH_POINTS) / SMOOTH_POINTS
        smooth = np.convolve(log_err, kernel, mode="valid")
        centres = steps[SMOOTH_POINTS // 2: len(steps) - SMOOTH_POINTS // 2]
        h_min = float(centres[int(np.argmin(smooth))])
        ratio = h_min / h_star
        raw_min = float(steps[int(np.argmin(err))])

        def slope(lo: float, hi: float) -> float:
            mask = (steps >= lo) & (steps <= hi)
            return float(np.polyfit(np.log10(steps[mask]), log_err[mask], 1)[0])

        s_trunc = slope(5 * h_star, 1e-1)
        s_round = slope(h_star / 1000, h_star / 20)
        # Constant c in err ≈ c u M₀/h on the roundoff side (the model takes c = 1, a bound).
        mask = (steps >= h_star / 1000) & (steps <= h_star / 20)
        c_rms = float(np.sqrt(np.mean((err[mask] * steps[mask] / (float(uu) * M0v)) ** 2)))
        resolved = h_star / 1000 >= 100 * float(uu) * X0  # fit range clear of saturation
        ok = (resolved and 1 / LOCATION_FACTOR <= ratio <= LOCATION_FACTOR
              and abs(s_trunc - 2) <= SLOPE_TOLERANCE and abs(s_round + 1) <= SLOPE_TOLERANCE)
        passed &= ok
        worst_digits = min(worst_digits, -math.log10(abs(ratio - 1)) if ratio != 1 else 15.0)
        parts.append(
            f"{label} (u = 2^{int(round(math.log2(float(uu))))}): h* = {h_star:.3g}, smoothed minimum at "
            f"{h_min:.3g} = {ratio:.2f} h* (raw argmin {raw_min:.3g}), slopes {s_trunc:+.3f} on "
            f"[5h*, 0.1] and {s_round:+.3f} on [h*/1000, h*/20]; on the roundoff side err ≈ c·uM₀/h "
            f"with rms c = {c_rms:.2f}, and (3cuM₀/M₃)^(1/3) = {h_star * c_rms ** (1 / 3):.3g}")
    detail = ("sin at x0 = 1, M₀ = |sin x0|, M₃ = |cos x0|, 2201-point log grid 10^-1…10^-12; "
              + "; ".join(parts) + ". Thresholds: minimum within a factor 3 of h*, slopes +2 and −1 "
              "within 0.2. The constant differs from the model: u|f|/h is the worst case (c = 1), the "
              "typical rounding error is about a third of it, so the measured minimum sits at about "
              "c^(1/3) h* ≈ 0.7 h* (the rounding of x0 ± h adds ≈ u|x0 f'|/h, of the same 1/h form).")
    return bool(passed), round(max(worst_digits, 0.0), 2), detail


@functools.cache
def _exponent_fn() -> Callable[..., Any]:
    """d ln E / d ln h as a function of (h, u, M0, M3): SymPy's output of the ``exponent`` step."""
    return sp.lambdify((h, u, M0, M3), wall.derived("exponent").rhs, modules="mpmath")


def _exponent(step: Any, u: Any, M0: Any, M3: Any) -> Any:
    return _exponent_fn()(step, u, M0, M3)


def _h_star(label: str, M0: Any = 1, M3: Any = 1) -> mpmath.mpf:
    return optimal_step.evaluate(dps=mpmath.mp.dps, u=UNIT_ROUNDOFF[label], M0=M0, M3=M3)


def _sign_change() -> bool:
    hs = _h_star("double")
    uu = mpmath.mpf(UNIT_ROUNDOFF["double"].numerator) / UNIT_ROUNDOFF["double"].denominator
    return bool(_exponent(10 * hs, uu, 1, 1) > 0 > _exponent(hs / 10, uu, 1, 1))


_W_WALL = ("W §4: “upon sending the displacement below machine precision, the discrete derivatives "
           "start to diverge from the continuum value as roundoff errors then dominate the "
           "discretization errors”")
_WHY = (r"for a centered difference roundoff overtakes truncation at $h^* = (3uM_0/M_3)^{1/3} \sim u^{1/3}$, "
        r"where the exponent of the error turns from $+2$ to $-1$, not at $h \sim u$")

_FORMULA = (r"W's sentence prints no number: it places the wall “below machine precision” $u$; the "
            r"centered-difference error is $\frac{M_3}{6}h^2 + \frac{u M_0}{h}$")

_WALL_CLAIMS = (
    Claim("roundoff.wall.double",
          _W_WALL + "; in double precision, which “offers an accuracy around the 16th digit”, this "
          r"places the wall at $h \approx 10^{-16}$",
          "W §4, Fig. 2 (the machine-precision reading 10^{-16} is ours; W prints no value)", "10^{-16}",
          lambda: _h_star("double"), relation="∼",
          erratum=_WHY + ": in double precision about $10^{10}$ times above machine precision.",
          correct=r"$h^* = (3\cdot2^{-53})^{1/3} \approx 6.9\cdot10^{-6}$ for $M_0 = M_3 = 1$ ($\approx "
                  r"8.0\cdot10^{-6}$ for sin at $x = 1$)",
          correct_value="0.000007", correct_relation="≈", severity="comment",
          formula=_FORMULA),
    Claim("roundoff.wall.single",
          _W_WALL + r"; for the single-precision curve of Fig. 2 this places the wall at $h \approx u = 2^{-24}$",
          "W §4, Fig. 2 (the machine-precision reading 2^{-24} is ours; W prints no value)", "2^{-24}",
          lambda: _h_star("single"), relation="∼",
          erratum=_WHY + ": in single precision about $10^{5}$ times above machine precision.",
          correct=r"$h^* = (3\cdot2^{-24})^{1/3} \approx 5.6\cdot10^{-3}$ for $M_0 = M_3 = 1$ ($\approx "
                  r"6.5\cdot10^{-3}$ for sin at $x = 1$)",
          correct_value="0.006", correct_relation="≈", severity="comment", formula=_FORMULA,
          note="W prints no number for single precision; its “machine precision” is read as the unit roundoff "
               "$2^{-24}$."),
    Claim("roundoff.wall.sign_change",
          "W §4: “walls are signalled by a sign change of the exponent” — the exponent of the "
          "centered-difference error is positive above $h^*$ and negative below (double, $M_0 = M_3 = 1$)",
          "W §4", "true", _sign_change),
    Claim("roundoff.wall.h_star_double",
          r"the wall of a centered difference in double precision sits at $h^* \approx 7\cdot10^{-6}$ ($M_0 = "
          "M_3 = 1$)",
          "CATALOGUE §9 (correct value for W §4)", "0.000007", lambda: _h_star("double"), relation="≈",
          note=r"printed $7\cdot10^{-6}$; written as a decimal so that the one digit shown sets the tolerance"),
    Claim("roundoff.wall.h_star_single",
          r"the wall of a centered difference in single precision sits at $h^* \approx 6\cdot10^{-3}$ ($M_0 = "
          "M_3 = 1$)",
          "CATALOGUE §9 (correct value for W §4)", "0.006", lambda: _h_star("single"), relation="≈",
          note=r"printed $6\cdot10^{-3}$; written as a decimal so that the one digit shown sets the tolerance"),
    Claim("roundoff.wall.digits_double",
          "W §4: “the standard double-precision IEEE representation of floating numbers offers an accuracy around "
          r"the 16th digit”: $-\log_{10}\delta$, $\delta$ the largest power of 2 with $1 + \delta = 1$ in this "
          "machine's float arithmetic (measured by halving)", "W §4", "16",
          lambda: -mpmath.log10(_measured_unit_roundoff()), relation="≈",
          note=r"measured $\delta = 2^{-53}$: $53 \log_{10} 2 = 15.95$ digits"),
    Claim("roundoff.wall.epsilon_double",
          "W §4: “numbers below [$10^{-16}$] are basically treated as pure noise”: the largest power of 2 "
          r"lost when added to 1 in double precision (measured by halving)", "W §4", "10^{-16}",
          lambda: _measured_unit_roundoff(), relation="∼",
          note=r"W's value is lost from the plain text; $10^{-16}$ is its sense. Measured: $2^{-53} \approx "
               r"1.1\cdot10^{-16}$, relative to 1."),
)


def _measured_unit_roundoff() -> mpmath.mpf:
    """The largest power of two δ with 1.0 + δ == 1.0 in Python's (IEEE double) floats, by halving."""
    delta = 1.0
    while 1.0 + delta != 1.0:
        delta /= 2
    return mpmath.mpf(delta)

_OVER = {"u": u_.domain, "M0": M0_.domain, "M3": M3_.domain}

def _exponent_sides(u: Any, M0: Any, M3: Any) -> bool:
    """The derived exponent changes sign at the derived wall h*. At h = c·h* the exponent of
    E = h²M₃/6 + uM₀/h, worked out by hand in units of the wall (M₃h³ = 3c³uM₀), is
    2(c³ − 1)/(c³ + 2): positive at 2h* and 1.01h*, negative at h*/1.01 and h*/2 (so h* off by
    more than 1% fails), ≈ +2 at 1000h* and ≈ −1 at h*/1000. The lambdified ``exponent`` step at
    the ``wall`` step's h* must agree with it to 20 digits at each of these c."""
    h_star = wall.evaluate(dps=PROPERTY_DPS, u=u, M0=M0, M3=M3)
    near = mpmath.mpf("1.01")
    scales = (mpmath.mpf(2), near, 1 / near, mpmath.mpf(1) / 2, mpmath.mpf(1000), mpmath.mpf(1) / 1000)
    return all(abs(_exponent(c * h_star, u, M0, M3) - 2 * (c**3 - 1) / (c**3 + 2)) < mpmath.mpf("1e-20")
               for c in scales)


_WALL_PROPERTIES = (
    Property("roundoff.wall.exponent_sides",
             r"the local exponent $d \ln E/d \ln h$ changes sign at the wall (positive at $2h^*$ and $1.01h^*$, "
             "negative at $h^*/1.01$ and $h^*/2$) and tends to $+2$ far above it and to $-1$ far below it",
             _exponent_sides, _OVER),
)


# -- the whole story ---------------------------------------------------------------------------
wall = Derivation(
    id="roundoff.wall",
    names=('e_T', 'f_1', 'f_2', 'f_4', 'f_5', 'h'),
    title="The roundoff wall of a centered difference",
    source="W §4, Fig. 2",
    summary="The centered difference has truncation error $(h^2/6)|f'''|$ and rounding error $u|f|/h$. Their "
            "sum is smallest at $h^* = (3uM_0/M_3)^{1/3}$, where the exponent of the error in $h$ changes sign "
            r"from $+2$ (truncation) to $-1$ (roundoff): the wall sits at $h^* \sim u^{1/3}$, far above machine "
            "precision.",
    symbols=SYMBOLS + _WALL_SYMBOLS,
    parameters=PARAMETERS,
    result_step="wall",
    premises=(
        Premise("centered_truncation", sp.Eq(e_T, (_taylor(h) - _taylor(-h)) / (2 * h) - f1),
                "the truncation error $e_T$ of the centered difference: $(f(x+h) - f(x-h))/(2h)$ minus the "
                r"derivative $f_1 = f'(x)$ it approximates, with $f(x \pm h) = \sum f_k (\pm h)^k/k!$ (Taylor, "
                r"$f_k = f^k(x)$, $k \le 5$)"),
        Premise("centered_rounding",
                sp.Eq(e_R(delta_p, delta_m), (_taylor(h) * delta_p - _taylor(-h) * delta_m) / (2 * h)),
                r"floating point returns $f(x\pm h)(1 + \delta_\pm)$ with $|\delta_\pm| \le u$; $e_R(\delta_+, "
                r"\delta_-)$ is the error this adds to the quotient"),
        Premise("error_budget", sp.Eq(E_w(h, f0, f3), e_T + e_R(u, -u)),
                "the error bound $E_w(h)$ of the computed quotient is the truncation error plus the rounding "
                r"error in the worst case $\delta_\pm = \pm u$ (the two rounding errors of opposite sign)"),
        Premise("error_model", sp.Eq(E_h, ERROR_MODEL),
                "the error model $E(h) = (h^2/6) M_3 + u M_0/h$, adopted at every $h > 0$: step leading_order "
                r"derives it as the leading terms of $E_w$ as $h \to 0$; near the wall, $h \sim u^{1/3}$, both "
                "terms are of order $u^{2/3}$ and the dropped ones of order $u^{4/3}$. The minimum, the wall and "
                "the exponent's limits below are statements about this model, not about the truncated series"),
        _stationary_premise,
        _wall_premise,
    ),
    steps=(
        SeriesExpand(h, 0, 4, on="centered_truncation", expect=h**2 / 6 * f3,
                     name="truncation", note="even terms cancel; the leading error is $h^2 f'''/6$"),
        Substitute({delta_p: u, delta_m: -u}, on="centered_rounding",
                   expect=u * (_taylor(h) + _taylor(-h)) / (2 * h),
                   note=r"worst case: the two rounding errors have opposite signs, $\delta_\pm = \pm u$"),
        SeriesExpand(h, 0, 1, expect=u * f0 / h, name="rounding",
                     note=r"leading order in $h$: $f(x\pm h) \to f(x)$"),
        Substitute({e_T: Ref("truncation"), e_R(u, -u): Ref("rounding")}, on="error_budget",
                   expect=h**2 / 6 * f3 + u * f0 / h),
        Substitute({f3: M3, f0: M0}, expect=ERROR_MODEL, name="leading_order",
                   note=r"the bound at the largest values $|f'''| \le M_3$ and $|f| \le M_0$ near $x$"),
        *_solve_steps(on="error_model"),
        Substitute({h: Ref("optimal_step")},
                   on="error_model", expect=E_STAR, name="minimal_error",
                   note="at $h^*$, truncation is one third of the error and rounding two thirds"),
        LogDerivative(h, on="error_model", expect=EXPONENT, name="exponent",
                      note="the local exponent of $E$ in $h$"),
        Limit(h, sp.oo, expect=2, name="exponent_large_h",
              note=r"$h \gg h^*$: truncation dominates, $E \propto h^2$"),
        Limit(h, 0, "+", on="exponent", expect=-1, name="exponent_small_h",
              note=r"$h \ll h^*$: roundoff dominates, $E \propto 1/h$ (the wall)"),
        Substitute(using="wall_condition", on="exponent", expect=sp.Eq(0, EXPONENT),
                   note="at the wall the exponent vanishes"),
        MultiplyBoth(factor=M3 * h**3 + 6 * u * M0, expect=sp.Eq(0, 2 * M3 * h**3 - 6 * u * M0),
                     note="its denominator $M_{3}h^3 + 6uM_0 > 0$: the exponent vanishes where its numerator does"),
        SolveFor(h, expect=sp.Eq(h, H_STAR), name="wall",
                 note="the exponent vanishes exactly at the minimum $h^*$: that is where the wall stands"),
    ),
    route=Measurement(
        r"numpy: centered difference of sin at $x_0 = 1$ in float32 and float64 over $h = 10^{-1}\ldots "
        "10^{-12}$; minimum of the measured error within a factor 3 of $h^*$, slopes $+2$ and $-1$ within 0.2",
        _measure,
    ),
    properties=_WALL_PROPERTIES,
    claims=_WALL_CLAIMS,
)


# -- the registry entries ------------------------------------------------------------------------
optimal_step = Derivation(
    id="roundoff.optimal_step",
    names=('h',),
    title="Optimal step of a centered difference in floating point",
    source="W §4, Fig. 2",
    summary="$dE/dh = M_{3}h/3 - uM_0/h^2$ vanishes at $h^* = (3uM_0/M_3)^{1/3}$.",
    symbols=SYMBOLS,
    parameters=PARAMETERS,
    result_step="optimal_step",
    premises=(_model_premise, _stationary_premise),
    steps=_solve_steps(),
    route=Agreement(
        "mpmath.findroot (Anderson, bracketed by halving/doubling from $h = 1$) on $E'(h) = 0$, $E'$ computed "
        "by mpmath.diff"
        "; consistency check: it re-solves the premised error bound numerically, so it catches slips in the steps, "
        "not a wrong premise; the floating-point errors themselves are measured by roundoff.wall (its minimum "
        "within a factor 3 of $h^*$), as precisely as rounding allows: actual errors scatter below the bound",
        _numeric_minimizer, points=_ROUTE_POINTS,
        kind="consistency"),
    properties=(
        Property("roundoff.optimal_step.minimum", "$E$ is larger 0.1% to either side of $h^*$",
                 lambda u, M0, M3: _is_local_minimum(
                     optimal_step.evaluate(dps=PROPERTY_DPS, u=u, M0=M0, M3=M3), _error(u, M0, M3)),
                 _OVER),
        Property("roundoff.optimal_step.cube_root", "eight times less roundoff halves the optimal step",
                 lambda u, M0, M3: close(2 * optimal_step.evaluate(dps=PROPERTY_DPS, u=u / 8, M0=M0, M3=M3),
                                         optimal_step.evaluate(dps=PROPERTY_DPS, u=u, M0=M0, M3=M3)),
                 _OVER),
    ),
)

minimal_error = Derivation(
    id="roundoff.minimal_error",
    names=('h',),
    title="Smallest attainable error of a centered difference in floating point",
    source="W §4, Fig. 2",
    summary="$E(h^*) = (9/8)^{1/3} M_3^{1/3} (uM_0)^{2/3}$: the best a centered difference can $do$ is about "
            "$u^{2/3}$, not $u$.",
    symbols=SYMBOLS,
    parameters=PARAMETERS,
    result_step="minimal_error",
    premises=(_model_premise, _stationary_premise),
    steps=(
        *_solve_steps(on="error_model"),
        Substitute({h: Ref("optimal_step")}, on="error_model", expect=E_STAR, name="minimal_error",
                   note="at $h^*$, truncation is one third of the error and rounding two thirds"),
    ),
    route=Agreement(
        "$E(h)$ evaluated at the minimizer found by mpmath.findroot on $E'(h) = 0$ ($E'$ by mpmath.diff)"
        "; consistency check: it re-solves the premised error bound numerically, so it catches slips in the steps, "
        "not a wrong premise; the floating-point errors themselves are measured by roundoff.wall (its minimum "
        "within a factor 3 of $h^*$), as precisely as rounding allows: actual errors scatter below the bound",
        _numeric_minimum, points=_ROUTE_POINTS,
        kind="consistency"),
    properties=(
        Property("roundoff.minimal_error.balance",
                 "$E^* = (3/2) u M_0 / h^*$: rounding is two thirds of the error",
                 lambda u, M0, M3: close(
                     minimal_error.evaluate(dps=PROPERTY_DPS, u=u, M0=M0, M3=M3),
                     3 * u * M0 / (2 * optimal_step.evaluate(dps=PROPERTY_DPS, u=u, M0=M0, M3=M3))),
                 _OVER),
        Property("roundoff.minimal_error.two_thirds", "eight times less roundoff divides $E^*$ by four",
                 lambda u, M0, M3: close(4 * minimal_error.evaluate(dps=PROPERTY_DPS, u=u / 8, M0=M0, M3=M3),
                                         minimal_error.evaluate(dps=PROPERTY_DPS, u=u, M0=M0, M3=M3)),
                 _OVER),
    ),
)

DERIVATIONS = (wall, optimal_step, minimal_error)

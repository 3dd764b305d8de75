"""A user's own derivation: the Chinchilla compute-optimal allocation.

Hoffmann et al. (2022) fit the loss of a model with ``N`` parameters trained on ``D``
tokens as ``L = E + A/N^α + B/D^β``; training costs ``C = 6ND`` FLOPs. At a fixed
budget ``C`` the loss is smallest at ``N_opt = (αA/(βB))^{1/(α+β)} (C/6)^{β/(α+β)}``,
so ``N_opt ∝ C^{β/(α+β)}``. Check it with::

    python -m verify examples/chinchilla.py
    pytest examples/chinchilla.py

The derivation uses only the public rules of ``derivations``; its independent route
minimizes the loss numerically (no closed form involved).
"""

from __future__ import annotations

import mpmath
import sympy as sp

from derivations import (AddBoth, Agreement, Claim, Derivation, Differentiate, MultiplyBoth, Param, Positive,
                         Premise, Property, Real, Ref, SolveFor, Substitute)

alpha_ = Param("alpha", Real(0, 1), latex=r"\alpha", doc="exponent of the parameter count")
beta_ = Param("beta", Real(0, 1), latex=r"\beta", doc="exponent of the token count")
A_ = Param("A", Positive(), doc="coefficient of the parameter term")
B_ = Param("B", Positive(), doc="coefficient of the data term")
C_ = Param("C", Positive(sample=(1, 10**30), log=True), doc="training compute in FLOPs")
N_ = Param("N", Positive(), doc="number of parameters")
D_ = Param("D", Positive(), doc="number of training tokens")
alpha, beta, A, B, C, N, D = (p.symbol for p in (alpha_, beta_, A_, B_, C_, N_, D_))
E = sp.Symbol("E", positive=True)       # the irreducible loss (drops out)
L = sp.Function("L")                    # the loss, a name
N_opt = sp.Symbol("N_opt", positive=True)

ON_BUDGET = L(N, C / (6 * N))           # the loss along the budget line D = C/(6N)
SLOPE = -alpha * A * N**(-alpha - 1) + beta * B * (6 / C)**beta * N**(beta - 1)
EXPONENT = beta / (alpha + beta)
MOST_DIGITS = 10_000                    # the most digits wallcheck works at (the --dps range)
CLOSED_FORM = (alpha * A / (beta * B))**(1 / (alpha + beta)) * (C / 6)**EXPONENT


def _loss(alpha, beta, A, B, C):
    """The loss at the budget as a function of log N (E omitted: it does not move the minimum)."""
    return lambda t: A * mpmath.exp(-alpha * t) + B * (6 * mpmath.exp(t) / C)**beta


def numeric_minimizer(alpha, beta, A, B, C):
    """N minimizing the loss at budget C: root of the numerical slope in log N, bracketed first."""
    slope = lambda t: mpmath.diff(_loss(alpha, beta, A, B, C), t)  # noqa: E731
    lo, hi = mpmath.mpf(0), mpmath.mpf(1)
    while slope(lo) > 0:
        lo -= 2 * (hi - lo)
    while slope(hi) < 0:
        hi += 2 * (hi - lo)
    return mpmath.exp(mpmath.findroot(slope, (lo, hi), solver="anderson"))


def _n_opt(alpha, beta, A, B, C, dps=None):
    return chinchilla.evaluate(dps=dps or mpmath.mp.dps, alpha=alpha, beta=beta, A=A, B=B, C=C)


def grows_with_compute(alpha, beta, A, B, C):
    """N_opt(2C) > N_opt(C), compared at the digits that tell the two apart.

    They differ by the factor 2^(β/(α+β)), within 1e-300 of 1 when β is tiny beside α: at 30
    digits the two values are equal. Each is certified to the digits asked of evaluate(), so
    the digits are doubled until the gap is well above the last one (or MOST_DIGITS is reached).
    """
    digits = mpmath.mp.dps
    while True:
        with mpmath.workdps(digits):
            low, high = _n_opt(alpha, beta, A, B, C, digits), _n_opt(alpha, beta, A, B, 2 * C, digits)
            if abs(high - low) > high * mpmath.mpf(10) ** (3 - digits) or 2 * digits > MOST_DIGITS:
                return high > low
        digits *= 2


chinchilla = Derivation(
    id="chinchilla.optimal_N",
    title="Compute-optimal model size of the Chinchilla loss law",
    source="Hoffmann et al. 2022, approach 3",
    symbols=(alpha_, beta_, A_, B_, C_, N_, D_),
    names=(E, N_opt),                   # names whose symbols carry assumptions (positive), declared
    parameters=("alpha", "beta", "A", "B", "C"),
    premises=(
        Premise("law", sp.Eq(L(N, D), E + A / N**alpha + B / D**beta), "the fitted loss law"),
        Premise("budget", sp.Eq(D, C / (6 * N)), "training costs C = 6ND FLOPs, solved for D"),
        Premise("optimum", sp.Eq(sp.Derivative(ON_BUDGET, N), 0),
                "the optimum is a stationary point: L → ∞ as N → 0 and as N → ∞ on the budget line"),
    ),
    steps=(
        Substitute(mapping={D: Ref("budget")}, on="law",
                   expect=sp.Eq(ON_BUDGET, E + A / N**alpha + B * (6 * N / C)**beta)),
        Differentiate(N, expect=SLOPE),
        Substitute(using="optimum", expect=sp.Eq(0, SLOPE)),
        AddBoth(term=alpha * A * N**(-alpha - 1),
                expect=sp.Eq(alpha * A * N**(-alpha - 1), beta * B * (6 / C)**beta * N**(beta - 1))),
        MultiplyBoth(factor=N**(alpha + 1), expect=sp.Eq(alpha * A, beta * B * (6 / C)**beta * N**(alpha + beta))),
        SolveFor(N, expect=sp.Eq(N_opt, CLOSED_FORM)),
    ),
    route=Agreement("minimize the loss numerically (mpmath.diff and findroot in log N)", numeric_minimizer,
                    points=({"alpha": "0.3392", "beta": "0.2849", "A": "406.4", "B": "410.7", "C": "5.76e23"},
                            {"alpha": "0.5", "beta": "0.5", "A": 1, "B": 1, "C": 6},
                            {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "C": "1e10"})),
    properties=(
        Property("grows_with_compute", "N_opt grows with the budget: N_opt(2C) > N_opt(C)",
                 grows_with_compute,
                 {"alpha": alpha_.domain, "beta": beta_.domain, "A": Positive(), "B": Positive(),
                  "C": C_.domain}),
    ),
    claims=(
        Claim("chinchilla.optimal_N.a", "N_opt ∝ C^a with a = β/(α+β) for the fitted α = 0.3392, β = 0.2849",
              "Hoffmann et al. 2022, Table 2 (approach 3)", "0.46",
              lambda: mpmath.log(_n_opt("0.3392", "0.2849", 1, 1, 2 * 10**20)
                                 / _n_opt("0.3392", "0.2849", 1, 1, 10**20), 2),
              relation="≈"),
    ),
)

"""The loss with a pedestal (S §3, eqs 3–4): ``pedestal.loss``, and the symbols of catalogue section 4.

``L(x) = L0 + (L1 − L0) x^α`` with ``x = 1/N`` (S eq 3), rescaled by ``L1`` to
``p + (1 − p) x^α`` (S eq 4). The symbols, the names and forms the author writes, and S
Fig. 1's data are shared by the section's other modules.
"""

from __future__ import annotations

import mpmath
import sympy as sp

from ._domains import Positive, Real, UnitInterval
from ._model import Agreement, Claim, Derivation, Param, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import DivideBoth, Limit, Ref, Simplify, SolveFor, Substitute

__all__ = [
    "A",
    "ALPHA_C_CHECKED",
    "A_",
    "CHINCHILLA",
    "E",
    "E_",
    "FIG1_P",
    "L0",
    "L0_",
    "L1",
    "L1_",
    "L_N",
    "L_p",
    "L_rescaled",
    "L_x",
    "N",
    "N_",
    "N_crit_form",
    "a_star",
    "a_star_",
    "alpha",
    "alpha_",
    "alpha_c",
    "alpha_c_",
    "alpha_crit",
    "alpha_eff_form",
    "alpha_eff_name",
    "alpha_p",
    "alpha_p_name",
    "loss",
    "p",
    "p_",
    "p_crit_form",
    "v",
    "v_",
    "x",
    "x_",
    "x_crit_form",
]


# -- symbols -------------------------------------------------------------------------------
x_ = Param("x", Positive(sample=("1e-12", 1), log=True), doc="inverse size $x = 1/N$")
p_ = Param("p", UnitInterval(), doc="pedestal ratio $p = L_0/L_1$")
alpha_ = Param("alpha", Positive(sample=("1/50", 2)), doc="scaling exponent of the power-law term")
alpha_c_ = Param("alpha_c", Positive(sample=("1/10", 1)), latex="alpha_C",
                 doc=r"Chinchilla-type exponent $\alpha_C$ of the power-law term")
N_ = Param("N", Positive(sample=(1, 10**12), log=True), doc="size (data set or parameter count)")
E_ = Param("E", Positive(sample=("1/10", 10), log=True), doc="irreducible loss of a fitted law")
A_ = Param("A", Positive(sample=(1, 10**4), log=True), doc="amplitude of the power-law term of a fitted law")
L0_ = Param("L0", Positive(), latex="L_0", doc=r"pedestal: the loss at $x = 0$ ($N \to \infty$)")
L1_ = Param("L1", Positive(), latex="L_1", doc="the loss at $x = 1$ ($N = 1$)")
a_star_ = Param("a_star", Positive(sample=("1/1000", "1/50")), latex="a_*",
                doc=r"a target value of the effective exponent (a band edge), $0 < a_* < \alpha$")
v_ = Param("v", Positive(sample=(1, 10**6), log=True), doc=r"$v = N^\alpha$, the power-law variable")

x, p, alpha, alpha_c, N = x_.symbol, p_.symbol, alpha_.symbol, alpha_c_.symbol, N_.symbol
E, A, L0, L1, a_star, v = E_.symbol, A_.symbol, L0_.symbol, L1_.symbol, a_star_.symbol, v_.symbol

# -- names (left-hand sides): undefined functions, defined by premises or by the step that names them
L_x = sp.Function("L")(x)                        # S eq (3), the loss as a function of x = 1/N
L_p = sp.Function("L_p")(x)                      # S eq (4), the rescaled loss L(x; p) = L(x)/L1
alpha_p_name = sp.Function("alpha_p")(x, p)      # S eq (5), the running exponent α_p(x)
L_N = sp.Function("L")(N)                        # a fitted law L(N) = E + A N^{−α}
alpha_eff_name = sp.Function("alpha_eff")(N)     # its effective exponent −d ln L/d ln N
alpha_crit = sp.Symbol("alpha_crit")              # the running exponent at the balance point x_crit

#: Chinchilla fit, Hoffmann et al. 2022, eq. (10): L(N, D) = E + A/N^α + B/D^β.
CHINCHILLA = {"E": "1.69", "A": "406.4", "alpha": "0.34"}
#: The pedestal ratios drawn in S Fig. 1.
FIG1_P = ("0.01", "0.05", "0.1", "0.2")
#: α_C range of the properties that need every digit of x_crit = e^{ln(p/(1−p))/α_C}:
#: evaluate() carries 15 guard digits and this form loses log10(|ln(p/(1−p))|/α_C) of them,
#: which stays below 6 here even for p = 5e-324; beyond 10 nothing new happens, and the
#: round trips re-validate x_crit, N_crit exactly (as fractions), cheap only in this range.
ALPHA_C_CHECKED = Real("0.01", 10)

# -- the forms the author writes (each is checked against what SymPy derives) --------------
L_rescaled = p + (1 - p) * x**alpha
alpha_p = (1 - p) * alpha * x**alpha / (p + (1 - p) * x**alpha)
x_crit_form = (p / (1 - p)) ** (1 / alpha_c)
N_crit_form = ((1 - p) / p) ** (1 / alpha_c)
p_crit_form = 1 / (1 + N**alpha_c)
alpha_eff_form = alpha * A * N**-alpha / (E + A * N**-alpha)


def _log_balance_root(p: mpmath.mpf, a: mpmath.mpf) -> mpmath.mpf:
    """Root t = ln x of the balance p = (1 − p) e^{a t} of the two terms of S eq (4), by findroot.

    Newton's method on the convex exponential; the root is never written in closed form.
    """
    f = lambda t: (1 - p) * mpmath.exp(a * t) - p  # noqa: E731
    df = lambda t: a * (1 - p) * mpmath.exp(a * t)  # noqa: E731
    return mpmath.findroot(f, mpmath.mpf(0), solver="newton", df=df, maxsteps=400)


# -- pedestal.loss -----------------------------------------------------------------------------

def _unscaled_ratio(x: mpmath.mpf, p: mpmath.mpf, alpha: mpmath.mpf) -> mpmath.mpf:
    """S eq (3) with an arbitrary scale L1 = π and L0 = p L1, divided by its own value at x = 1."""
    l1 = +mpmath.pi
    l0 = p * l1
    law = lambda z: l0 + (l1 - l0) * mpmath.power(z, alpha)  # noqa: E731
    return law(x) / law(mpmath.mpf(1))


loss = Derivation(
    id="pedestal.loss",
    title="Loss with a pedestal, rescaled by its value at $N = 1$",
    source="S §3, eqs (3)–(4)",
    summary=r"$L(x) = L_0 + (L_1 - L_0) x^\alpha$ with $x = 1/N$ interpolates between the pedestal $L_0 = L(0)$ "
            r"($N \to \infty$) and $L_1 = L(1)$ ($N = 1$). Dividing by $L_1$ and writing $p = L_0/L_1$ gives "
            r"$L(x; p) = p + (1 - p) x^\alpha$.",
    symbols=(x_, p_, alpha_, L0_, L1_),
    parameters=("x", "p", "alpha"),
    result_step="rescaled",
    premises=(
        Premise("loss", sp.Eq(L_x, L0 + (L1 - L0) * x**alpha),
                r"S eq (3): the pedestal $L_0$ plus a power law in $x = 1/N$ with exponent $\alpha > 0$."),
        Premise("ratio", sp.Eq(p, L0 / L1), "S: the pedestal ratio $p = L_0/L_1$."),
    ),
    steps=(
        Limit(x, 0, "+", expect=L0, note=r"continuum limit $N \to \infty$: the pedestal remains ($\alpha > 0$)"),
        Substitute({x: 1}, on="loss", expect=L1, note="$N = 1$: the large-scale value"),
        DivideBoth(divisor=L1, on="loss", expect=(L0 + (L1 - L0) * x**alpha) / L1, name="scaled",
                   note=r"rescale $L \to L/L_1$ ($L_1 > 0$)"),
        SolveFor(L0, on="ratio", expect=sp.Eq(L0, p * L1), name="pedestal"),
        Substitute({L0: Ref("pedestal")}, on="scaled",
                   expect=(p * L1 + (L1 - p * L1) * x**alpha) / L1),
        Simplify(expect=sp.Eq(L_p, L_rescaled), name="rescaled",
                 note=r"S eq (4): cancel $L_1$ and collect the $x^\alpha$ terms; names $L_p(x) = L(x)/L_1$"),
        Substitute({x: 1}, expect=sp.Integer(1), note="the rescaled loss is 1 at $N = 1$"),
        Limit(x, 0, "+", on="rescaled", expect=p, note="and $p$ in the continuum limit"),
    ),
    route=Agreement(
        r"S eq (3) evaluated with the arbitrary scale $L_1 = \pi$, $L_0 = p L_1$, divided by its value at $x = 1$"
        "; consistency check: it evaluates the premised law with a pedestal numerically, so it catches slips in the"
        " steps, not a wrong premise; no measurement exists: the law with a pedestal is S's postulate (eq. 3), and "
        "its consequences are algebra on it",
        _unscaled_ratio,
        points=({"x": "1/1000", "p": "1/10", "alpha": "1/3"}, {"x": "0.5", "p": "0.9", "alpha": "2"},
                {"x": "3", "p": "0.01", "alpha": "0.34"}, {"x": "1e-9", "p": "0.2", "alpha": "0.07"}),
        kind="consistency",
    ),
    properties=(
        Property("pedestal.loss.between", "for $x$ in (0, 1] the rescaled loss lies between $p$ and 1",
                 lambda x, p, alpha: p <= loss.evaluate(dps=PROPERTY_DPS, x=x, p=p, alpha=alpha) <= 1,
                 {"x": Real(0, 1, hi_open=False), "p": p_.domain, "alpha": alpha_.domain}),
    ),
    claims=(
        Claim("pedestal.loss.endpoints",
              r"S §3: $x \equiv 1/N$, $L_0 = L(x=0)$ the continuum limit, $L_1 = L(x=1)$ the large-scale limit "
              r"$N = 1$: the rescaled loss is 1 at $x = 1$ and tends to $p = L_0/L_1$ as $x \to 0$",
              "S §3, eq. (3)", "true", lambda: _endpoints_hold()),
        Claim("pedestal.loss.grows",
              r"S §3: “$\alpha > 0$ denotes the ‘no-wall’ regime in which $L$ grows with $x = 1/N$” "
              r"(checked at $x = 10^{-3}, 10^{-2}, 1$ for $\alpha = 0.05, 1/3$, $p = 0.1$)",
              "S §3", "true",
              lambda: all(loss.evaluate(dps=mpmath.mp.dps, x="1/1000", p="0.1", alpha=a)
                          < loss.evaluate(dps=mpmath.mp.dps, x="1/100", p="0.1", alpha=a)
                          < loss.evaluate(dps=mpmath.mp.dps, x=1, p="0.1", alpha=a) for a in ("0.05", "1/3"))),
        Claim("pedestal.loss.half_decade",
              r"S §3: “the loss function ... decays by about half a decade over several decades in $N$, the "
              r"pedestal value is well above 0.01”: with $\alpha_C = 1/3$ and six decades, the pedestal for which "
              r"$L(10^{-6}) = 10^{-1/2}$, found by root finding on eq. (4), exceeds ten times 0.01",
              "S §3, after eq. (8)", "true", lambda: _half_decade_pedestal("1/3") > mpmath.mpf("0.1"),
              note=r"The root is $p \approx 0.31$. The inference needs the exponent: with Kaplan's "
                   r"$\alpha_N = 0.076$ a pure power law decays by only 0.46 decades over six, and $p = 0$ fits."),
    ),
)


def _endpoints_hold() -> bool:
    """L(1; p) = 1 exactly and L(10^-300; p) − p below 10^-90 for three pedestals (α = 1/3)."""
    at = lambda x, p: loss.evaluate(dps=mpmath.mp.dps, x=x, p=p, alpha="1/3")
    return all(close(at(1, p), 1) and abs(at("1e-300", p) - mpmath.mpf(p)) < mpmath.mpf("1e-90")
               for p in ("0.01", "0.2", "0.9"))


def _half_decade_pedestal(alpha: str) -> mpmath.mpf:
    """The p with L(10^-6; p, α) = 10^-1/2 (eq. 4), by bisection on (0, 1)."""
    gap = lambda p: loss.evaluate(dps=mpmath.mp.dps, x="1e-6", p=p, alpha=alpha) - mpmath.mpf(10) ** mpmath.mpf("-0.5")
    return mpmath.findroot(gap, (mpmath.mpf("1e-9"), 1 - mpmath.mpf("1e-9")), solver="anderson")

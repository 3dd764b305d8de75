"""The Gaussian amplification ``A_p = ((p − 1)!!)^{1/p}`` and its Stirling asymptotics (W Appendix I, eq. 14): ``rou.gaussian``.

Derived from the Gaussian integral for a symbolic even ``p``, continued to real orders by the
absolute moment and the real branch of ``ln Γ``; checked against quadrature.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp

from ._model import Agreement, Claim, Derivation, Premise, Property, Reading
from ._precision import arb_quad, close, PROPERTY_DPS
from ._rules import ExpBoth, Integrate, LogBoth, Ref, Rewrite, SeriesExpand, Substitute
from .rou_moments import A, HALF, mu, p, p_, s_real, sigma, sigma_, x

__all__ = [
    "f_moment",
    "gaussian",
    "h_moment",
    "nu",
    "phi",
]


# -- rou.gaussian ----------------------------------------------------------------------------
phi = sp.exp(-x**2 / (2 * sigma**2)) / (sigma * sp.sqrt(2 * sp.pi))
f_moment = sp.Function("f")                     # f(x) = x^p φ(x): integrand of μ_p
h_moment = sp.Function("h")                     # h(x) = 2 x^s φ(x): integrand of ν_s on (0, ∞)
nu = sp.Function("nu", positive=True)           # ν(s): absolute moment of real order s
_GAMMA_FORM = 2 ** (p / 2) * sigma**p * sp.gamma((p + 1) / 2) / sp.sqrt(sp.pi)
_GAMMA_FORM_S = _GAMMA_FORM.subs(p, s_real)


def _gaussian_nodes(p: int) -> list[mpmath.mpf]:
    """Quadrature nodes on (0, T] for x^p e^{−x²/2}, with T where the neglected tail
    ∫_T^∞ x^p e^{−x²/2} dx < T^{p+1} e^{−T²/2} is below 10^{−(dps + 20)} of the integral.

    A finite cutoff keeps tanh-sinh away from the far-out nodes where e^{−x²/2} underflows
    into huge-exponent arithmetic; the interval is split at doublings so each piece is smooth.
    """
    digits = mpmath.mp.dps + 20
    T = mpmath.sqrt(2 * digits * mpmath.log(10) + 2 * (p + 2) * mpmath.log(p + 2)) + 2
    T = mpmath.sqrt(2 * digits * mpmath.log(10) + 2 * (p + 1) * mpmath.log(T) + 2 * (p + 2)) + 1
    nodes, edge = [mpmath.mpf(0)], mpmath.mpf(1)
    while edge < T:
        nodes.append(edge)
        edge *= 2
    nodes.append(T)
    return nodes


def _gaussian_pieces(p: int) -> list[mpmath.mpf]:
    """(0, T] of :func:`_gaussian_nodes` cut into pieces of width ≤ 3 for arb's integrator."""
    T = _gaussian_nodes(p)[-1]
    pieces = int(mpmath.ceil(T / 3))
    return [T * k / pieces for k in range(pieces + 1)]


def _gaussian_integral(p: int) -> mpmath.mpf:
    """∫_0^T x^p e^{−x²/2} dx by arb's rigorous integration (acb.integral), T as in
    :func:`_gaussian_nodes` (the neglected tail is below 10^{−(dps+20)} of the integral)."""
    return arb_quad(lambda z: z**p * (-z * z / 2).exp(), _gaussian_pieces(p))


@functools.cache
def _gaussian_mass_and_variance(prec: int) -> tuple[mpmath.mpf, mpmath.mpf]:
    """∫_0^∞ e^{−x²/2} dx and the variance of the unit Gaussian, by quadrature (once per precision)."""
    with mpmath.workprec(prec):
        mass = _gaussian_integral(0)
        return mass, _gaussian_integral(2) / mass


def _gaussian_amplification_quad(p: int) -> mpmath.mpf:
    """A_p = μ_p^{1/p}/σ of the unit Gaussian by rigorous quadrature of x^p e^{−x²/2}
    (its normalization and variance by quadrature too), over (0, T] with a certified-small tail."""
    mass, var = _gaussian_mass_and_variance(mpmath.mp.prec)
    mu_p = _gaussian_integral(p) / mass
    return mu_p ** (mpmath.mpf(1) / p) / mpmath.sqrt(var)


def _stirling_value(p: int) -> mpmath.mpf:
    """The derived Stirling approximant √(p/e)·2^{1/(2p)}·e^{−1/(12p²)} at p."""
    fn = _stirling_function()
    return fn(mpmath.mpf(p))


@functools.cache
def _stirling_function() -> Callable[[Any], Any]:
    return sp.lambdify([s_real], gaussian.derived("stirling").rhs, modules="mpmath")


def _A_gauss(p: int) -> mpmath.mpf:
    return gaussian.evaluate(dps=PROPERTY_DPS, p=p)


gaussian = Derivation(
    id="rou.gaussian",
    names=('s', 'x'),
    title="Gaussian amplification factors $A_p = ((p - 1)!!)^{1/p}$",
    source="W Appendix I, after eq. (15)",
    summary=r"Integrating $x^p$ against the Gaussian for a symbolic even $p$ gives $\mu_p = 2^{p/2} \Gamma((p + "
            r"1)/2) \sigma^p/\sqrt{\pi} = (p - 1)!! \sigma^p$, hence $A_p = ((p - 1)!!)^{1/p}$: $A_4 = 3^{1/4} "
            r"\approx 1.316$, $A_{10} \approx 1.984$. The absolute moment continues $\mu_p$ to real orders $s$, "
            r"and Stirling's series for $\ln \Gamma$ gives $\ln A_s = \tfrac{1}{2} \ln(s/e) + \ln 2/(2s) - "
            r"1/(12s^2) + O(s^{-4})$, i.e. $A_p \approx \sqrt{p/e}$ times the correction factor $2^{1/(2p)} "
            r"\approx 1 + \ln 2/(2p)$: the growth is only $\sqrt{p}$.",
    symbols=(p_, sigma_),
    parameters=("p",),
    result_step="amplification",
    premises=(
        Premise("integrand", sp.Eq(f_moment(x), x**p * phi),
                r"the integrand $x^p \varphi(x)$ of $\mu_p$, $\varphi$ the Gaussian density of mean 0 and "
                r"deviation $\sigma$"),
        Premise("moment", sp.Eq(mu(p), sp.Integral(f_moment(x), (x, -sp.oo, sp.oo))),
                r"$\mu_p = \int x^p \varphi(x) dx$: $\varphi$ has mean 0, so its central moments are raw moments"),
        Premise("amplification", sp.Eq(A(p), mu(p) ** (1 / p) / sigma),
                r"$A_p = \mu_p^{1/p}/\sigma$ (rou.central_moments)"),
        Premise("absolute_integrand", sp.Eq(h_moment(x), 2 * x**s_real * phi),
                r"for a real order $s > 0$, the absolute moment $\nu_s = \int |x|^s \varphi dx = 2 "
                r"\int_0^\infty x^s \varphi dx$ ($\varphi$ is even); at an even order $s = p$ it is $\mu_p$"),
        Premise("absolute_moment", sp.Eq(nu(s_real), sp.Integral(h_moment(x), (x, 0, sp.oo))),
                r"$\nu_s$, the absolute moment of real order $s > 0$ (its integrand above)"),
        Premise("continued_amplification", sp.Eq(A(s_real), nu(s_real) ** (1 / s_real) / sigma),
                r"$A_s = \nu_s^{1/s}/\sigma$ continues $A_p$ to real orders $s > 0$ ($\nu_p = \mu_p$ at even "
                "$p$), for the large-order expansion"),
        Premise("log_gamma", sp.Eq(sp.loggamma((s_real + 1) / 2), sp.log(sp.gamma((s_real + 1) / 2))),
                r"$\Gamma(z) > 0$ for $z > 0$, so $\ln \Gamma(z)$ is the real log-gamma function there (SymPy's "
                "loggamma, whose expansion at large argument is Stirling's series)"),
    ),
    steps=(
        Integrate(x, -sp.oo, sp.oo, on="integrand", expect=_GAMMA_FORM,
                  note=r"SymPy integrates for a symbolic even $p$ (a $\Gamma$-function integral)"),
        Substitute({sp.Integral(f_moment(x), (x, -sp.oo, sp.oo)): Ref("moment")},
                   expect=sp.Eq(mu(p), _GAMMA_FORM), name="gamma_form"),
        Rewrite(expect=sp.Eq(mu(p), sp.factorial2(p - 1) * sigma**p), name="mu_p",
                note=r"$2^{p/2} \Gamma((p + 1)/2)/\sqrt{\pi} = (p - 1)!!$ for even $p$ (duplication formula)"),
        Substitute({mu(p): Ref("mu_p")}, on="amplification",
                   expect=sp.Eq(A(p), (sp.factorial2(p - 1) * sigma**p) ** (1 / p) / sigma)),
        Rewrite(expect=sp.Eq(A(p), sp.factorial2(p - 1) ** (1 / p)), name="amplification",
                note=r"the $p$-th root of the product of two positive factors; $\sigma$ cancels"),
        # Large orders: continue to real s through the absolute moment.
        Integrate(x, 0, sp.oo, on="absolute_integrand", expect=_GAMMA_FORM_S,
                  note=r"the same $\Gamma$-function integral for a real order $s > 0$"),
        Substitute({sp.Integral(h_moment(x), (x, 0, sp.oo)): Ref("absolute_moment")},
                   expect=sp.Eq(nu(s_real), _GAMMA_FORM_S), name="absolute_gamma_form"),
        Substitute({nu(s_real): Ref("absolute_gamma_form")}, on="continued_amplification",
                   expect=sp.Eq(A(s_real), _GAMMA_FORM_S ** (1 / s_real) / sigma)),
        LogBoth(expect=sp.Eq(sp.log(A(s_real)), sp.log(_GAMMA_FORM_S ** (1 / s_real) / sigma))),
        Rewrite(expect=sp.Eq(sp.log(A(s_real)), sp.log(2) / 2 + sp.log(sp.gamma((s_real + 1) / 2)) / s_real
                             - sp.log(sp.pi) / (2 * s_real)),
                note=r"expand the logarithm (every factor is positive); $\sigma$ cancels"),
        Substitute({sp.log(sp.gamma((s_real + 1) / 2)): Ref("log_gamma")},
                   expect=sp.Eq(sp.log(A(s_real)), sp.log(2) / 2 + sp.loggamma((s_real + 1) / 2) / s_real
                                - sp.log(sp.pi) / (2 * s_real))),
        SeriesExpand(s_real, sp.oo, 3,
                     expect=sp.Eq(sp.log(A(s_real)),
                                  sp.log(s_real) / 2 - HALF + sp.log(2) / (2 * s_real) - 1 / (12 * s_real**2)),
                     note=r"Stirling's series for $\ln \Gamma$ at large argument; the $s^{-3}$ term vanishes "
                          "and the next one is $7/(360s^4)$"),
        ExpBoth(expect=sp.Eq(A(s_real), sp.sqrt(s_real) * sp.exp(-HALF) * sp.exp(sp.log(2) / (2 * s_real))
                             * sp.exp(-1 / (12 * s_real**2))),
                name="stirling",
                note=r"$A_p \approx \sqrt{p/e} \cdot 2^{1/(2p)} \cdot e^{-1/(12p^2)}$ at $s = p$: the "
                     r"correction factor to $\sqrt{p/e}$ is $2^{1/(2p)} = 1 + \ln 2/(2p) + O(p^{-2})$"),
    ),
    route=Agreement(
        "arb's rigorous quadrature (acb.integral) of $x^p e^{-x^2/2}$ (and of its normalization and variance) "
        r"over (0, T] with a bounded tail, then $\mu_p^{1/p}/\sigma$",
        _gaussian_amplification_quad,
        points=({"p": 2}, {"p": 6}, {"p": 16}),
    ),
    properties=(
        Property("rou.gaussian.increasing", "$A_p$ increases with the even order $p$",
                 lambda p: _A_gauss(p + 2) > _A_gauss(p), {"p": p_.domain}),
        Property("rou.gaussian.A2", "$A_p = 1$ exactly at $p = 2$ and only there",
                 lambda p: close(_A_gauss(p), 1) == (p == 2), {"p": p_.domain}),
        Property("rou.gaussian.stirling", r"the Stirling form $\sqrt{p/e}\cdot2^{1/(2p)}\cdot e^{-1/(12p^2)}$ "
                                          "is within $1/(40p^4)$ of $A_p$ (relative; the next term is "
                                          "$7/(360p^4)$)",
                 lambda p: abs(_stirling_value(p) / _A_gauss(p) - 1) <= mpmath.mpf(1) / (40 * p**4),
                 {"p": p_.domain}),
    ),
    claims=(
        Claim("rou.gaussian.mu4", r"for the Gaussian, the case $p = 4$ delivers $\mu_4 = 3\sigma^4$",
              "W Appendix I", "3", lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=4) ** 4),
        Claim("rou.gaussian.A4", r"the order-4 standard deviation is $\sigma_4 = 3^{1/4} \sigma$",
              "W Appendix I", "3^{1/4}", lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=4)),
        Claim("rou.gaussian.A6_exact", r"the Gaussian sequence “$A_6 = 15^{1/6}$”", "W Appendix I", "15^{1/6}",
              lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=6)),
        Claim("rou.gaussian.A4_decimal", r"$A_4 = 3^{1/4} \approx 1.316$", "W Appendix I", "1.316",
              lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=4), relation="≈"),
        Claim("rou.gaussian.A6", r"$A_6 = 15^{1/6} \approx 1.570$",
              "catalogue §7 restatement (W App. I value lost from the text)", "1.570",
              lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=6), relation="≈",
              note="W's plain text lost the number; 1.570 is the catalogue's restoration."),
        Claim("rou.gaussian.A8", r"$A_8 = 105^{1/8} \approx 1.789$", "W Appendix I", "1.789",
              lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=8), relation="≈"),
        Claim("rou.gaussian.A10", r"$A_{10} = 945^{1/10} \approx 1.984$", "W Appendix I", "1.984",
              lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=10), relation="≈"),
        Claim("rou.gaussian.almost_twice",
              r"the order-4 standard deviation is “almost twice the usual one” (W's definition of $\sigma_4$ "
              "is lost from the text)",
              "W Appendix I", "2", lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=4), relation="≈",
              reading=r"$\sigma_4 = \mu_4^{1/4}$, so $\sigma_4/\sigma = 3^{1/4}$",
              readings=(Reading(r"variance-type $\sigma_4^2 = \mu_4/\sigma^2$, so $\sigma_4/\sigma = \sqrt{3}$",
                                lambda: gaussian.evaluate(dps=mpmath.mp.dps, p=4) ** 2),),
              formula=r"$\mu_4 = 3\sigma^4$ for the Gaussian; the definition of $\sigma_4$ from $\mu_4$ is lost",
              note="Reading-dependent (CATALOGUE §7): not an erratum."),
    ),
)

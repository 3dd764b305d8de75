"""Softmax crowding: the logit margin a relevant token needs among N distractors (F §3.4, Lemma 4).

Catalogue section 11 (beyond W and S; source: the summary of "On the fundamental limits
of LLMs at scale", F). One relevant key scores ``s + Δ``, ``N`` distractors score ``s``.

* ``softmax.attention_weight``: the relevant token's attention ``w = e^Δ/(e^Δ + N)``;
  for fixed ``Δ``, ``w ∼ e^Δ/N → 0``.
* ``softmax.required_margin``: ``w ≥ 1 − δ`` iff ``Δ ≥ ln N + ln((1 − δ)/δ)``, a margin
  that grows like ``ln N`` (F: "Θ(ln N) logit margin").
* ``softmax.crowding``: the story with i.i.d. Gaussian distractor scores of variance
  ``τ²``: the expected partition sum ``N e^{s + τ²/2}`` raises the margin by ``τ²/2``.

Domains: ``N`` is an integer ≥ 1 (a count of tokens; integral values of other numeric
types are accepted), ``delta`` lies in ``(0, 1)``, ``Delta`` is any real, ``tau > 0``.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any, Sequence

import mpmath
import sympy as sp

from ._domains import Integer, Positive, Real
from ._measure import gaussian_partition_sums
from ._model import Agreement, Claim, Derivation, Measurement, Param, Premise, Property
from ._precision import PROPERTY_DPS, arb_exact, arb_quad, close
from ._rules import (AddBoth, Differentiate, Integrate, Limit, LogBoth, MultiplyBoth, Ref, Rewrite,
                     SolveFor, Substitute)

__all__ = ["DERIVATIONS", "attention_weight", "required_margin", "crowding", "softmax_weights"]

Delta_ = Param("Delta", Real(sample=(-20, 20)),
               doc="logit margin of the relevant token over the distractors")
N_ = Param("N", Integer(1, sample=(1, 10**6)), doc="number of distractor tokens")
delta_ = Param("delta", Real(0, 1, sample=("1/1000000", "999999/1000000")),
               doc=r"tolerated attention leak: the relevant token must keep weight $\ge 1 - \delta$")
tau_ = Param("tau", Positive(sample=("1/100", 10)),
             doc="standard deviation of the i.i.d. Gaussian distractor scores")
s_ = Param("s", Real(sample=(-10, 10)), doc="common score of the distractors")
Z_ = Param("Z", Positive(sample=("1/100", 10**6), log=True), doc="partition sum of the distractors")
u_ = Param("u", Real(sample=(-10, 10)), doc=r"standard normal variable $\xi = (s_j - s)/\tau$")
Delta, N, delta, tau, s, Z, u = (p.symbol for p in (Delta_, N_, delta_, tau_, s_, Z_, u_))
j = sp.Symbol("j", integer=True, positive=True)
# Names the premises define: the relevant token's weight w(Δ, N) against N equal distractors
# and w_Z(Δ, Z) against a partition sum Z; the Gaussian integrand g(u) and its integral (the
# moment generating function E[e^{τξ}]); the plain margin Δ₀ and the excess ΔΔ over it.
w_N = sp.Function("w")(Delta, N)
w_Z = sp.Function("w_Z")(Delta, Z)
g = sp.Function("g")
MGF = sp.Integral(g(u), (u, -sp.oo, sp.oo))
Delta_0 = sp.Symbol("Delta_0", real=True)
Delta_excess = sp.Symbol("Delta_excess", real=True)

#: Arbitrary common distractor score used by the numeric routes (the weight must not depend on it).
_S0 = mpmath.mpf(-37) / 7


def softmax_weights(scores: Sequence[Any]) -> list[mpmath.mpf]:
    """Softmax of explicit scores at the working precision (max-shifted, summed with fsum)."""
    top = max(scores)
    terms = [mpmath.exp(x - top) for x in scores]
    total = mpmath.fsum(terms)
    return [t / total for t in terms]


def _relevant_weight(Delta: Any, N: int, s: Any = _S0) -> mpmath.mpf:
    """Weight of the relevant token among N explicit distractor scores, by direct summation."""
    return softmax_weights([s + Delta] + [s] * N)[0]


def _relevant_leak(Delta: Any, N: int, s: Any = _S0) -> mpmath.mpf:
    """1 − w summed directly over the N distractors (no cancellation when w is close to 1)."""
    return mpmath.fsum(softmax_weights([s + Delta] + [s] * N)[1:])


def _log_root(log_leak: Any, log_weight: Any, delta: Any, start: Any) -> mpmath.mpf:
    """Root in Δ of ln(1 − w) = ln δ (δ < 1/2) or ln w = ln(1 − δ) (δ ≥ 1/2): the side
    that is small is the one solved for, and its logarithm is nearly linear in Δ."""
    if delta < mpmath.mpf(1) / 2:
        return mpmath.findroot(lambda D: log_leak(D) - mpmath.log(delta), start)
    return mpmath.findroot(lambda D: log_weight(D) - mpmath.log(1 - delta), start)


def _margin_by_root(N: int, delta: Any) -> mpmath.mpf:
    """The Δ at which the explicit softmax gives the relevant token 1 − δ (findroot)."""
    return _log_root(lambda D: mpmath.log(_relevant_leak(D, N)),
                     lambda D: mpmath.log(_relevant_weight(D, N)), delta, mpmath.log(N + 1))


def _gaussian_mgf(tau: Any) -> mpmath.mpf:
    """E[e^{τξ}] for ξ ~ N(0, 1) by quadrature around the integrand's peak u = τ; the
    window ±(√(2 ln 10 (dps + 20)) + 1) leaves out a Gaussian tail below the working precision."""
    half = mpmath.sqrt(2 * mpmath.log(10) * (mpmath.mp.dps + 20)) + 1
    # arb's rigorous integration (acb.integral) on pieces of width ≤ 3 around the peak.
    pieces = int(mpmath.ceil(half / 3))
    nodes = [tau + half * k / pieces for k in range(-pieces, pieces + 1)]
    t = arb_exact(mpmath.mpf(tau))
    integral = arb_quad(lambda x: (t * x - x * x / 2).exp(), nodes)
    return integral / mpmath.sqrt(2 * mpmath.pi)


def _gaussian_margin_by_root(N: int, delta: Any, tau: Any) -> mpmath.mpf:
    """Root in Δ of the weight with the distractors' expected partition sum N e^s E[e^{τξ}]."""
    partition = N * mpmath.exp(_S0) * _gaussian_mgf(tau)
    relevant = lambda D: mpmath.exp(_S0 + D)  # noqa: E731
    return _log_root(lambda D: mpmath.log(partition / (relevant(D) + partition)),
                     lambda D: mpmath.log(relevant(D) / (relevant(D) + partition)),
                     delta, mpmath.log(partition) - _S0)


def _gaussian_expectation(fn: Any, kink: Any) -> mpmath.mpf:
    """E[fn(ξ)] for ξ ~ N(0, 1) by quadrature, with a node at the integrand's ``kink``. Beyond
    ±(√(2 ln 10 (dps + 20)) + 1) the normal density is below the working precision."""
    half = mpmath.sqrt(2 * mpmath.log(10) * (mpmath.mp.dps + 20)) + 1
    nodes = sorted({-half, mpmath.mpf(0), half} | ({kink} if abs(kink) < half else set()))
    integral = mpmath.quad(lambda x: mpmath.exp(-x * x / 2) * fn(x), nodes)
    return integral / mpmath.sqrt(2 * mpmath.pi)


def _expected_leak_one_distractor(Delta: Any, tau: Any) -> mpmath.mpf:
    """E[1 − w] for N = 1 over the Gaussian distractor score s + τξ, ξ ~ N(0, 1), by quadrature:
    1 − w = 1/(1 + e^{Δ − τξ}) (the leak, so that no 1 − E[w] is differenced near 1). The
    integrand's logistic step sits at ξ = Δ/τ."""
    return _gaussian_expectation(lambda x: 1 / (1 + mpmath.exp(Delta - tau * x)), Delta / tau)


def _expected_weight_one_distractor(Delta: Any, tau: Any) -> mpmath.mpf:
    """E[w] for N = 1, w = 1/(1 + e^{τξ − Δ}), by the same quadrature."""
    return _gaussian_expectation(lambda x: 1 / (1 + mpmath.exp(tau * x - Delta)), Delta / tau)


def _jensen_holds(delta: Any, tau: Any) -> bool:
    """At the derived margin for N = 1 the expected weight over the Gaussian score is ≥ 1 − δ;
    the quadrature is checked by E[1 − w] + E[w] = 1 (it covers the whole normal mass)."""
    margin = crowding.evaluate(dps=mpmath.mp.dps, N=1, delta=delta, tau=tau)
    slack = mpmath.mpf(10) ** (10 - mpmath.mp.dps)
    leak = _expected_leak_one_distractor(margin, tau)
    whole = leak + _expected_weight_one_distractor(margin, tau)
    return bool(abs(whole - 1) <= slack and leak <= delta * (1 + slack))


def _w(Delta: Any, N: int) -> mpmath.mpf:
    return attention_weight.evaluate(dps=PROPERTY_DPS, Delta=Delta, N=N)


def _margin(N: int, delta: Any) -> mpmath.mpf:
    return required_margin.evaluate(dps=PROPERTY_DPS, N=N, delta=delta)


attention_weight = Derivation(
    id="softmax.attention_weight",
    title="Attention left on the relevant token among $N$ distractors",
    source="F, Lemma 4 (§3.4)",
    summary=r"Softmax over one score $s + \Delta$ and $N$ scores $s$: the common factor $e^s$ cancels and the "
            r"relevant token keeps $w = e^\Delta/(e^\Delta + N)$, which increases with $\Delta$ and, at fixed "
            r"$\Delta$, falls like $e^\Delta/N$ to 0.",
    symbols=(Delta_, N_, s_),
    parameters=("Delta", "N"),
    result_step="weight",
    premises=(
        Premise("softmax", sp.Eq(w_N, sp.exp(s + Delta) / (sp.exp(s + Delta) + sp.Sum(sp.exp(s), (j, 1, N)))),
                r"softmax weight $w$ of the relevant key (score $s + \Delta$) against $N$ distractors of score $s$"),
    ),
    steps=(
        Rewrite(expect=sp.exp(s + Delta) / (sp.exp(s + Delta) + N * sp.exp(s)),
                note="the sum of $N$ equal distractor terms $e^s$ is $N e^s$"),
        Rewrite(expect=sp.exp(Delta) / (sp.exp(Delta) + N), name="weight",
                note="cancel the common factor $e^s$"),
        Differentiate(Delta, expect=N * sp.exp(Delta) / (sp.exp(Delta) + N) ** 2,
                      note=r"positive: $w$ increases with $\Delta$, so $w \ge 1 - \delta$ exactly above one margin"),
        Limit(N, sp.oo, on="weight", expect=sp.Integer(0),
              note=r"at fixed $\Delta$ the relevant token's attention vanishes as $N$ grows"),
        MultiplyBoth(factor=N, on="weight", expect=N * sp.exp(Delta) / (sp.exp(Delta) + N)),
        Limit(N, sp.oo, expect=sp.exp(Delta), note=r"$N w \to e^\Delta$: $w \sim e^\Delta/N$ for large $N$"),
    ),
    route=Agreement(
        "softmax of the $N + 1$ explicit scores (distractors at $s = -37/7$), summed term by term",
        _relevant_weight,
        points=({"Delta": 0, "N": 1}, {"Delta": "5/2", "N": 7}, {"Delta": -3, "N": 100},
                {"Delta": "69/10", "N": 250}, {"Delta": 30, "N": 2}),
    ),
    properties=(
        Property("softmax.attention_weight.compensate",
                 r"twice the distractors are compensated by $\ln 2$ more margin: $w(\Delta + \ln 2, 2N) = "
                 r"w(\Delta, N)$",
                 lambda Delta, N: close(_w(Delta + mpmath.log(2), 2 * N), _w(Delta, N)),
                 {"Delta": Delta_.domain, "N": N_.domain}),
        Property("softmax.attention_weight.crowding", r"more distractors take attention away: $w(\Delta, 2N) < "
                                                      r"w(\Delta, N)$",
                 lambda Delta, N: _w(Delta, 2 * N) < _w(Delta, N),
                 {"Delta": Delta_.domain, "N": N_.domain}),
        Property("softmax.attention_weight.half", r"a margin of $\ln N$ gives the relevant token exactly $1/2$",
                 lambda N: close(_w(mpmath.log(N), N), mpmath.mpf(1) / 2),
                 {"N": N_.domain}),
    ),
    claims=(
        Claim("softmax.attention_weight.vanishes",
              "F §3.4: without a growing score margin, attention on the relevant token vanishes as the sequence "
              r"length $N$ increases ($\lim_{N\to\infty} w = 0$ at fixed $\Delta$)",
              "F §3.4 (Lemma 4)", "true",
              lambda: bool(sp.limit(attention_weight.value(attention_weight.result), N, sp.oo) == 0)),
    ),
)


required_margin = Derivation(
    id="softmax.required_margin",
    title=r"The logit margin that keeps attention $1 - \delta$ grows like $\ln N$",
    source="F, Lemma 4 (§3.4); summary: \"Θ(ln N) logit margin\"",
    summary=r"Solving $e^\Delta/(e^\Delta + N) = 1 - \delta$ gives $\Delta = \ln N + \ln((1 - \delta)/\delta)$; "
            r"since $w$ increases with $\Delta$, $w \ge 1 - \delta$ iff $\Delta$ is at least this. The margin "
            r"over $\ln N$ tends to 1.",
    symbols=(Delta_, N_, delta_),
    parameters=("N", "delta"),
    result_step="margin",
    premises=(
        Premise("weight", attention_weight.closed_form,
                "the relevant token's attention, derived in softmax.attention_weight"),
        Premise("target", sp.Eq(w_N, 1 - delta),
                r"the margin sought: $\Delta$ at which the relevant token keeps exactly the weight $1 - \delta$"),
    ),
    steps=(
        Substitute(using="target", expect=sp.Eq(1 - delta, sp.exp(Delta) / (sp.exp(Delta) + N)),
                   note=r"ask for weight $1 - \delta$"),
        SolveFor(Delta, expect=sp.Eq(Delta, sp.log(N) + sp.log((1 - delta) / delta)), name="margin",
                 note=r"$w$ is increasing in $\Delta$ (softmax.attention_weight), so $w \ge 1 - \delta$ iff "
                      r"$\Delta \ge$ this"),
        AddBoth(term=-sp.log(N), expect=sp.Eq(Delta - sp.log(N), sp.log((1 - delta) / delta)),
                note=r"the margin exceeds $\ln N$ by a constant independent of $N$: it is $\ln N + O(1)$, "
                     r"$\Theta(\ln N)$"),
    ),
    route=Agreement(
        r"findroot in $\Delta$ of the explicit softmax ($N + 1$ scores summed term by term) against $1 - \delta$",
        _margin_by_root,
        points=({"N": 1, "delta": "1/3"}, {"N": 10, "delta": "1/100"}, {"N": 64, "delta": "1/1000000"},
                {"N": 30, "delta": "9/10"}, {"N": 3, "delta": "9/10"}),
    ),
    properties=(
        Property("softmax.required_margin.inverse", r"at the required margin the weight is exactly $1 - \delta$",
                 lambda N, delta: close(_w(_margin(N, delta), N), 1 - delta),
                 {"N": N_.domain, "delta": delta_.domain}),
        Property("softmax.required_margin.doubling", r"doubling $N$ adds $\ln 2$ to the margin",
                 lambda N, delta: close(_margin(2 * N, delta) - _margin(N, delta), mpmath.log(2)),
                 {"N": N_.domain, "delta": delta_.domain}),
    ),
    claims=(
        Claim("softmax.required_margin.theta_ln_N",
              r"F: softmax crowding requires a “$\Theta(\ln N)$ logit margin” — the required margin over $\ln "
              r"N$ tends to 1 as $N \to \infty$ at fixed $\delta$",
              "F summary (Lemma 4)", "true",
              lambda: bool(sp.limit(required_margin.value(required_margin.result) / sp.log(N), N, sp.oo) == 1)),
    ),
)


#: Where the crowding margin is measured: (N, δ, τ), and R draws of the N distractor scores.
_SAMPLED_POINTS = ((1000, Fraction(1, 10), Fraction(1, 2), 2000), (100, Fraction(1, 100), Fraction(1), 20000),
                   (10**4, Fraction(1, 2), Fraction(3, 2), 200))
_SAMPLE_SEED = 20250720
#: Standard errors allowed between a sampled and a derived quantity.
_SIGMAS = 4


def _crowding_measurement() -> tuple[bool, float | None, str]:
    """Sampled Gaussian distractor scores against the derived margin (see the route)."""
    ok, worst, parts = True, 0.0, []
    for N, delta, tau, draws in _SAMPLED_POINTS:
        margin = float(crowding.evaluate(dps=15, N=N, delta=delta, tau=tau))
        z = gaussian_partition_sums(N, float(tau), draws, seed=_SAMPLE_SEED)  # Z e^{-s}, sampled
        odds = math.log((1 - delta) / delta)
        measured = math.log(z.mean()) + odds             # w(mean Z) = 1 - δ, solved for Δ
        stderr = z.std(ddof=1) / z.mean() / math.sqrt(draws)
        weight = math.exp(margin) / (math.exp(margin) + z)  # the relevant token's weight per draw
        w_mean, w_err = weight.mean(), weight.std(ddof=1) / math.sqrt(draws)
        agree = abs(measured - margin) <= _SIGMAS * stderr
        jensen = w_mean >= (1 - float(delta)) - _SIGMAS * w_err
        ok = ok and agree and jensen and stderr > 0  # a sample without spread is no sample
        worst = max(worst, abs(measured - margin) / abs(margin))
        parts.append(f"N = {N}, delta = {delta}, tau = {tau}: sampled margin {measured:.4f} ± {stderr:.4f}, "
                     f"closed form {margin:.4f}{'' if agree else ' (DISAGREE)'}; mean weight at the "
                     f"closed-form margin {w_mean:.5f} ± {w_err:.5f} against 1 - delta = {float(1 - delta):g}"
                     f"{'' if jensen else ' (BELOW)'}")
    detail = "; ".join(parts) + f" (seed {_SAMPLE_SEED}; bands of {_SIGMAS} standard errors)"
    return ok, None if worst == 0 else round(-math.log10(worst), 1), detail


crowding = Derivation(
    id="softmax.crowding",
    names=('Delta_0', 'Delta_excess'),
    title="Softmax crowding with Gaussian distractor scores",
    source="F, Lemma 4 (§3.4); Gaussian scores beyond F",
    summary=r"Distractor scores $s + \tau \xi_j$ with i.i.d. $\xi_j \sim N(0, 1)$ have expected partition sum "
            r"$N e^{s + \tau^2/2}$: they crowd like $N e^{\tau^2/2}$ equal distractors, so the relevant token "
            r"keeps $1 - \delta$ at the margin $\ln N + \tau^2/2 + \ln((1 - \delta)/\delta)$: noise costs "
            r"$\tau^2/2$ more.",
    symbols=(Delta_, N_, delta_, tau_, s_, Z_, u_),
    parameters=("N", "delta", "tau"),
    result_step="margin",
    premises=(
        Premise("mgf_integrand", sp.Eq(g(u), sp.exp(tau * u - u**2 / 2) / sp.sqrt(2 * sp.pi)),
                r"$g(u) = e^{\tau u} \varphi(u)$, whose integral over $u$ is $E[e^{\tau \xi}]$ for $\xi \sim "
                r"N(0, 1)$; the distractor scores are $s_j = s + \tau \xi_j$, so $e^{s_j} = e^s e^{\tau \xi_j}$"),
        Premise("annealed", sp.Eq(Z, N * sp.exp(s) * MGF),
                r"the distractors' partition sum $Z = \sum_j e^{s_j}$ is replaced by its mean $E[\sum_j "
                r"e^{s_j}] = N e^s E[e^{\tau \xi}]$ (linearity; an annealed estimate)"),
        Premise("weight_of_Z", sp.Eq(w_Z, sp.exp(s + Delta) / (sp.exp(s + Delta) + Z)),
                "the relevant token's weight when the distractors' partition sum is $Z$"),
        Premise("target", sp.Eq(w_Z, 1 - delta),
                r"the margin sought: $\Delta$ at which the weight at the partition sum $Z$ is exactly $1 - \delta$"),
        Premise("plain_margin", sp.Eq(Delta_0, required_margin.closed_form.rhs),
                r"$\Delta_0$, the margin against $N$ equal distractors, derived in softmax.required_margin"),
    ),
    steps=(
        Rewrite(expect=sp.exp(tau**2 / 2) * sp.exp(-(u - tau) ** 2 / 2) / sp.sqrt(2 * sp.pi),
                note=r"complete the square: $\tau u - u^2/2 = \tau^2/2 - (u - \tau)^2/2$"),
        Integrate(u, -sp.oo, sp.oo, expect=sp.exp(tau**2 / 2), name="mgf",
                  note=r"a normal density centred at $\tau$ integrates to 1: $E[e^{\tau \xi}] = e^{\tau^2/2}$"),
        Substitute({MGF: Ref("mgf")}, on="annealed", expect=N * sp.exp(s) * sp.exp(tau**2 / 2)),
        Rewrite(expect=N * sp.exp(s + tau**2 / 2), name="partition"),
        Differentiate(Z, order=2, on="weight_of_Z",
                      expect=2 * sp.exp(s + Delta) / (sp.exp(s + Delta) + Z) ** 3, name="convexity",
                      note=r"$w$ is convex in $Z$, so $E[w] \ge w(E[Z])$ (Jensen): the margin from the expected "
                           r"partition sum suffices for $E[w] \ge 1 - \delta$"),
        LogBoth(expect=sp.log(2) + s + Delta - 3 * sp.log(sp.exp(s + Delta) + Z),
                note=r"its logarithm is real: the rule's side condition $\partial^{2}w/\partial Z^2 > 0$, "
                     "proved from $Z > 0$, is the convexity Jensen needs"),
        Substitute({Z: Ref("partition")}, on="weight_of_Z",
                   expect=sp.exp(s + Delta) / (sp.exp(s + Delta) + N * sp.exp(s + tau**2 / 2))),
        Rewrite(expect=sp.exp(Delta) / (sp.exp(Delta) + N * sp.exp(tau**2 / 2)), name="weight",
                note="cancel $e^s$: softmax.attention_weight with $N$ replaced by the effective count $N "
                     r"e^{\tau^2/2}$"),
        Substitute({Z: Ref("partition")}, on="target", name="target_at_mean",
                   expect=sp.Eq(w_Z.subs(Z, N * sp.exp(s + tau**2 / 2)), 1 - delta)),
        Substitute(using="target_at_mean", on="weight",
                   expect=sp.Eq(1 - delta, sp.exp(Delta) / (sp.exp(Delta) + N * sp.exp(tau**2 / 2))),
                   note=r"ask for weight $1 - \delta$ at the expected partition sum"),
        SolveFor(Delta, expect=sp.Eq(Delta, sp.log(N) + tau**2 / 2 + sp.log((1 - delta) / delta)),
                 name="margin", note=r"the required margin at the effective count $N e^{\tau^2/2}$"),
        Substitute({Delta: Ref("margin")}, on="weight", expect=1 - delta,
                   note=r"at this margin the weight is exactly $1 - \delta$; it increases with $\Delta$, so "
                        r"$w(E[Z]) \ge 1 - \delta$ iff $\Delta$ is at least the margin"),
        AddBoth(term=-Delta_0, on="margin",
                expect=sp.Eq(Delta_excess, sp.log(N) + tau**2 / 2 + sp.log((1 - delta) / delta) - Delta_0),
                note=r"the excess $\Delta \Delta := \Delta - \Delta_0$ over the margin against equal scores"),
        Substitute({Delta_0: Ref("plain_margin")}, expect=tau**2 / 2, name="excess",
                   note="the price of noisy distractor scores"),
        Limit(tau, 0, "+", on="margin", expect=sp.log(N) + sp.log((1 - delta) / delta),
              note="noiseless scores recover softmax.required_margin"),
    ),
    route=Measurement(
        r"sampled (numpy, fixed seed): $R$ draws of $N$ i.i.d. Gaussian distractor scores $s + \tau \xi_j$ at "
        r"$(N, \delta, \tau) = (1000, 1/10, 1/2)$, $(100, 1/100, 1)$, $(10^4, 1/2, 3/2)$ ($N R \approx 2 \cdot 10^6$); "
        r"the margin at which the weight against the sampled mean partition sum is $1 - \delta$ must agree "
        r"with the closed form within 4 standard errors, and the sampled mean weight at the closed-form "
        r"margin must be at least $1 - \delta$ (Jensen) within 4 standard errors",
        lambda dps: _crowding_measurement(),
    ),
    properties=(
        Property("softmax.crowding.correction", r"Gaussian scores raise the margin by exactly $\tau^2/2$",
                 # Compared through exp: the margins may be near 0, their exponentials are not.
                 lambda N, delta, tau: close(
                     mpmath.exp(crowding.evaluate(dps=PROPERTY_DPS, N=N, delta=delta, tau=tau)),
                     mpmath.exp(_margin(N, delta)) * mpmath.exp(tau**2 / 2)),
                 {"N": N_.domain, "delta": delta_.domain, "tau": tau_.domain}),
        Property("softmax.crowding.jensen",
                 "$N = 1$: at the derived margin the expected weight over the Gaussian distractor score "
                 r"(quadrature over $\xi \sim N(0, 1)$) is at least $1 - \delta$, as Jensen's inequality "
                 "promises",
                 _jensen_holds, {"delta": delta_.domain, "tau": tau_.domain}),
    ),
    notes=(
        "The margin replaces the random partition sum by its mean (an annealed estimate). Because $w = "
        r"e^{s+\Delta}/(e^{s+\Delta} + Z)$ is convex in $Z$, Jensen gives $E[w] \ge w(E[Z])$, so at this margin "
        r"the expected weight is at least $1 - \delta$; it says nothing about $w$ itself with high probability.",
    ),
)

DERIVATIONS = (crowding, attention_weight, required_margin)

"""The measurement library (derivations._measure) and the routes that measure.

Each measurement must recover its exponent within the stated tolerance, and a mutation of
the measured quantity or of the closed form it is compared with must make the route fail.
"""

from __future__ import annotations

import dataclasses

import pytest
import sympy as sp

import derivations
from derivations import DomainError
from derivations import manifold as M
from derivations import montecarlo as MC
from derivations import softmax as SM
from derivations._measure import (SLOPE_TOLERANCE, SlopeFit, crossover_dimension, exponent_check, fit_slope,
                                  gaussian_partition_sums, interpolation_exponent, quadrature_exponent)
from verify.checker import check_route


# -- the library -----------------------------------------------------------------------------
@pytest.mark.parametrize("d", (1, 2, 3))
@pytest.mark.parametrize("scheme,numerator", (("constant", 2), ("linear", 4)))
def test_smooth_interpolation_recovers_its_exponent(d, scheme, numerator):
    fit = interpolation_exponent(d, scheme=scheme)
    assert abs(fit.slope - numerator / d) <= 0.03 * numerator / d, fit
    assert fit.stderr < 0.02
    assert len(fit.sizes) == len(fit.errors) >= 6
    assert list(fit.sizes) == sorted(fit.sizes) and list(fit.errors) == sorted(fit.errors, reverse=True)


@pytest.mark.parametrize("d", (1, 2, 3))
def test_rough_interpolation_gives_2h_over_d_not_4h_over_d(d):
    h = 1 / 3
    for scheme in ("rough", "rough_constant"):
        fit = M._fit(d, scheme, M._MEASURED_H)  # seed 0, shared with the route
        assert fit.within(2 * h / d), fit
        assert not fit.within(4 * h / d), fit


def test_another_seed_gives_the_same_exponent():
    fit = interpolation_exponent(3, scheme="rough", h=1 / 3, seed=7)
    assert fit.within(2 / 9) and not fit.within(4 / 9)
    assert fit != M._fit(3, "rough", M._MEASURED_H)


def test_rough_exponent_follows_h():
    # h = 0.7 in d = 2: 0.7, far from h = 1/3's 1/3.
    fit = interpolation_exponent(2, scheme="rough", h=0.7)
    assert fit.within(0.7)


def test_measurements_are_deterministic():
    assert interpolation_exponent(1, scheme="rough", h=0.5, seed=3) == \
        interpolation_exponent(1, scheme="rough", h=0.5, seed=3)


@pytest.mark.parametrize("kwargs,name", [
    (dict(d=4, scheme="linear"), "d"),
    (dict(d=True, scheme="linear"), "d"),
    (dict(d=2, scheme="cubic"), "scheme"),
    (dict(d=2, scheme="rough"), "h"),
    (dict(d=2, scheme="rough", h=0.0), "h"),
    (dict(d=2, scheme="rough", h=1.5), "h"),
    (dict(d=2, scheme="linear", h=0.5), "h"),
    (dict(d=2, scheme="linear", seed=-1), "seed"),
])
def test_bad_input_names_the_parameter(kwargs, name):
    d = kwargs.pop("d")
    with pytest.raises(DomainError) as info:
        interpolation_exponent(d, **kwargs)
    assert info.value.name == name


def test_fit_slope_and_its_standard_error():
    exact = fit_slope([1, 10, 100, 1000], [3.0, 0.3, 0.03, 0.003])
    assert abs(exact.slope - 1) < 1e-12 and exact.stderr < 1e-12
    noisy = fit_slope([1, 10, 100, 1000], [3.0, 0.4, 0.03, 0.004])
    assert noisy.stderr > 0.01
    with pytest.raises(ValueError):
        fit_slope([1, 10, 100], [1.0, 0.0, 0.1])


def test_exponent_check_requires_the_rival_to_be_rejected():
    fit = SlopeFit(0.5, 0.01, (1, 2, 3), (1.0, 0.7, 0.5))
    assert exponent_check([("x", fit, 0.5)])[0]
    assert not exponent_check([("x", fit, 0.5 * (1 + 2 * SLOPE_TOLERANCE))])[0]
    # A rival within the tolerance is not rejected: the check fails.
    assert not exponent_check([("x", fit, 0.5)], rival=("other", [0.52]))[0]
    assert exponent_check([("x", fit, 0.5)], rival=("other", [1.0]))[0]


def test_exponent_check_requires_a_fit_that_resolves_the_tolerance():
    # Mutation survivors of fit_slope's standard error (resid + k·xm, max(·, 1.0), · (xm @ xm)):
    # the slope is checked only when its scatter is well inside the tolerance band.
    from derivations._measure import STDERR_SHARE
    band = SLOPE_TOLERANCE * 0.5
    sharp = SlopeFit(0.5, 0.9 * STDERR_SHARE * band, (1, 2, 3), (1.0, 0.7, 0.5))
    loose = dataclasses.replace(sharp, stderr=1.1 * STDERR_SHARE * band)
    assert exponent_check([("x", sharp, 0.5)])[0]
    ok, _, detail = exponent_check([("x", loose, 0.5)])
    assert not ok and "standard error too large" in detail
    assert not exponent_check([("x", dataclasses.replace(sharp, stderr=float("nan")), 0.5)])[0]


def test_a_mutated_standard_error_fails_the_sk_routes(monkeypatch):
    # fit_slope's standard error as it would come out with the residuals' sum of squares replaced
    # by 1 (a mutant that survived before exponent_check looked at the standard error).
    real = M._fit

    def inflated(d, scheme, h=None):
        fit = real(d, scheme, h)
        n = len(fit.sizes)
        import numpy as np
        x = np.log(np.asarray(fit.sizes, dtype=float))
        return dataclasses.replace(fit, stderr=float(np.sqrt(1 / (n - 2) / ((x - x.mean()) @ (x - x.mean())))))
    monkeypatch.setattr(M, "_fit", inflated)
    for entry in (M.rough_signal, M.piecewise_constant):
        report = _route(entry)
        assert report["verdict"] == "failed" and "standard error too large" in report["detail"], entry.id


# -- the sk routes measure, and fail on a mutated closed form ---------------------------------
def _route(entry):
    return check_route(entry, 30)


_NAMES = {e.id: name for name in ("piecewise_constant", "piecewise_linear", "grid_exponent", "rough_signal")
          for e in (getattr(M, name),)}


@pytest.mark.parametrize("entry,wrong", [
    (M.piecewise_constant, 4 / M.d),       # the linear exponent for the constant approximant
    (M.piecewise_constant, 1 / M.d),
    (M.piecewise_linear, 2 / M.d),         # the constant exponent for the linear approximant
    (M.piecewise_linear, 5 / M.d),
    (M.rough_signal, 4 * M.h / M.d),       # S's eq (17): the erratum
    (M.rough_signal, M.h / M.d),
    (M.grid_exponent, 2 * M.a / M.D),
], ids=lambda v: str(v) if isinstance(v, sp.Basic) else v.id)
def test_a_mutated_closed_form_fails_its_measurement(entry, wrong, monkeypatch):
    # The closed form the route compares with is the module's entry: replace it by one whose
    # derived exponent is wrong, as a mutated premise or step would make it.
    mutated = dataclasses.replace(entry, value=lambda result: wrong)
    monkeypatch.setattr(M, _NAMES[entry.id], mutated)
    report = _route(mutated)
    assert report["verdict"] == "failed", report


@pytest.mark.parametrize("entry", (*M.DERIVATIONS, MC.crossover, SM.crowding), ids=lambda e: e.id)
def test_the_unmutated_routes_are_confirmed(entry):
    assert _route(entry)["verdict"] == "confirmed"


def test_rough_route_rejects_s_eq_17_by_measurement():
    detail = _route(M.rough_signal)["detail"]
    assert detail.count("S's 4h/d") == 6 and "NOT rejected" not in detail


def test_a_mutated_measurement_fails_the_rough_route(monkeypatch):
    # Interpolating a smooth field instead of the rough one gives 4/d, which must fail.
    def smooth(d, scheme, h=None):
        return M._fit.__wrapped__(d, "linear")
    monkeypatch.setattr(M, "_fit", smooth)
    assert _route(M.rough_signal)["verdict"] == "failed"
    assert _route(M.piecewise_constant)["verdict"] == "failed"


def test_routes_are_measurements():
    for entry in (*M.DERIVATIONS, MC.crossover, SM.crowding):
        assert isinstance(entry.route, derivations.Measurement), entry.id


# -- mc.crossover ------------------------------------------------------------------------------

@pytest.mark.parametrize("rule,order", (("midpoint", 2), ("simpson", 4)))
def test_grid_rules_have_their_order_over_d(rule, order):
    from derivations._measure import RULE_ORDERS
    # The route takes each rule's order from RULE_ORDERS (it was an unused constant: a mutant survived).
    assert RULE_ORDERS[rule] == order and (rule, order) in [(r, o) for r, o, _ in MC._MEASURED_RULES]
    for d in (1, 3, 6):
        fit = quadrature_exponent(d, rule=rule)
        assert abs(fit.slope - order / d) <= 0.03 * order / d, (d, fit)


def test_monte_carlo_exponent_is_one_half_in_every_dimension():
    for d in (1, 5, 9):
        assert abs(quadrature_exponent(d, rule="montecarlo").slope - 0.5) < 0.03


def test_crossover_dimension_is_measured_near_2a():
    assert abs(crossover_dimension("midpoint", range(1, 8))[0] - 4) < 0.2
    with pytest.raises(ValueError):
        crossover_dimension("midpoint", range(6, 9))  # no crossing there


def test_crossover_is_the_root_of_the_line_through_every_gap():
    # 2a is an integer, so the crossing sits on a measured dimension (gap ≈ 0 there): the former
    # interpolation between the two bracketing dimensions hardly moved it, and its mutants (sign
    # of g0 dropped, g1 − g0 → g1 + g0) survived. The crossing is now the root of the fitted line.
    import numpy as np
    for rule, dims, expected in (("midpoint", range(1, 8), 4), ("simpson", range(5, 12), 8)):
        d_star, rows = crossover_dimension(rule, dims)
        x = np.array([d for d, _, _ in rows], dtype=float)
        gap = np.array([1 / g.slope - 1 / m.slope for _, g, m in rows])
        k, c = np.linalg.lstsq(np.vstack([x, np.ones_like(x)]).T, gap, rcond=None)[0]
        assert abs(d_star + c / k) < 1e-9 and abs(d_star - expected) < 0.02 * expected, (rule, d_star)


@pytest.mark.parametrize("wrong", (MC.a, 2 * MC.a + 1, 3 * MC.a))
def test_a_mutated_crossover_fails_its_measurement(wrong, monkeypatch):
    mutated = dataclasses.replace(MC.crossover, value=lambda result: wrong)
    monkeypatch.setattr(MC, "crossover", mutated)
    assert _route(mutated)["verdict"] == "failed"


def test_a_mutated_measured_error_fails_the_crossover(monkeypatch):
    # A grid rule one order better than it is (its measured exponent doubled) moves the crossing.
    real = MC.crossover_dimension

    def wrong(rule, dims):
        d_star, rows = real(rule, dims)
        return 2 * d_star, rows
    monkeypatch.setattr(MC, "crossover_dimension", wrong)
    assert _route(MC.crossover)["verdict"] == "failed"


# -- softmax.crowding --------------------------------------------------------------------------
def test_sampled_partition_sums_have_the_lognormal_mean():
    z = gaussian_partition_sums(50, 0.5, 4000, seed=1)
    assert abs(z.mean() / 50 - 1.1331484530668263) < 0.01  # e^{1/8}
    with pytest.raises(DomainError):
        gaussian_partition_sums(0, 0.5, 10)


@pytest.mark.parametrize("wrong", (
    SM.sp.log(SM.N) + SM.sp.log((1 - SM.delta) / SM.delta),                       # no noise term
    SM.sp.log(SM.N) + SM.tau**2 + SM.sp.log((1 - SM.delta) / SM.delta),           # tau² not tau²/2
    SM.sp.log(SM.N) + SM.tau**2 / 2 + SM.sp.log((1 - SM.delta) / SM.delta) - SM.sp.Rational(1, 20),
))
def test_a_mutated_crowding_margin_fails_its_sampling(wrong, monkeypatch):
    mutated = dataclasses.replace(SM.crowding, value=lambda result: wrong)
    monkeypatch.setattr(SM, "crowding", mutated)
    assert _route(mutated)["verdict"] == "failed"


def test_the_annealed_partition_sum_is_not_a_measurement(monkeypatch):
    # Feeding the annealed E[Z] = N e^{τ²/2} instead of samples has no spread: the route fails.
    import numpy as np
    monkeypatch.setattr(SM, "gaussian_partition_sums",
                        lambda N, tau, draws, seed=0: np.full(draws, N * np.exp(tau**2 / 2)))
    assert _route(SM.crowding)["verdict"] == "failed"


# -- roundoff.wall: the measured floating-point wall ------------------------------------------
from derivations import roundoff as R  # noqa: E402


@pytest.mark.parametrize("wrong", (
    sp.sqrt(R.u * R.M0 / R.M3),                          # the one-sided difference's u^(1/2) scaling
    (30 * R.u * R.M0 / R.M3) ** sp.Rational(1, 3),       # the right power, a constant 10 times off
    (R.u * R.M0 / (10 * R.M3)) ** sp.Rational(1, 3),
), ids=("sqrt(u)", "30u", "u/10"))
def test_a_mutated_optimal_step_fails_the_measured_wall(wrong, monkeypatch):
    mutated = dataclasses.replace(R.optimal_step, value=lambda result: wrong)
    monkeypatch.setattr(R, "optimal_step", mutated)
    assert _route(R.wall)["verdict"] == "failed"


def test_the_wall_measured_without_roundoff_fails(monkeypatch):
    # The error curve of exact arithmetic (truncation only, no wall) in place of the IEEE runs.
    import numpy as np
    real = R.experiment

    def exact(label):
        steps, _ = real(label)
        return steps, steps**2 / 6 * abs(np.cos(R.X0))
    monkeypatch.setattr(R, "experiment", exact)
    assert _route(R.wall)["verdict"] == "failed"


# -- computed notes ----------------------------------------------------------------------------
def test_notes_with_numbers_are_computed_when_rendered(monkeypatch):
    from derivations import rou, spurious
    for entry in (rou.cauchy_asymptotic, rou.sample_size, spurious.calude_longo):
        assert any(callable(n) for n in entry.notes), entry.id
    text = " ".join(rou.cauchy_asymptotic.note_texts() + rou.sample_size.note_texts())
    assert "A_4 \\approx 5.4" in text and "7.2\\cdot10^{3}" in text and "\\approx 29$" in text
    # The numbers follow the computation: another cutoff gives other numbers.
    monkeypatch.setattr(rou, "_LAMBDA_50", 10**4)
    moved = " ".join(rou.sample_size.note_texts())
    assert "5.4" not in moved and "1.0\\cdot10^{4}" in moved


# -- grid.cost_exponent: explicit schemes, operations counted ------------------------------------
from derivations import grid as G  # noqa: E402
from derivations import llm as LLM  # noqa: E402
from derivations._measure import (EXPLICIT_SCHEMES, SCHEME_SIZES, SchemeMeasurement,  # noqa: E402
                                  explicit_scheme_exponent, stability_limit)


@pytest.mark.parametrize("scheme,n,d,limit", [
    ("ftcs", 16, 1, 1 / (2 * 16**2)), ("ftcs", 24, 3, 1 / (6 * 24**2)),      # h²/(2dν), ν = 1
    ("upwind", 32, 2, 1 / (2 * 32)),                                         # h/d, velocity (1, …, 1)
    ("central_rk3", 16, 1, 3**0.5 / 16), ("central_rk3", 12, 3, 3**0.5 / 36),  # √3 h/d
])
def test_the_measured_stability_limit_is_the_known_one(scheme, n, d, limit):
    assert abs(stability_limit(scheme, n, d) / limit - 1) < 1e-9


@pytest.mark.parametrize("scheme", tuple(EXPLICIT_SCHEMES))
def test_explicit_schemes_show_their_order_and_time_step(scheme):
    kind, order = EXPLICIT_SCHEMES[scheme]
    q = 1 if kind == "propagation" else 2
    for d in SCHEME_SIZES[scheme]:
        m = explicit_scheme_exponent(scheme, d)
        assert isinstance(m, SchemeMeasurement) and (m.scheme, m.d) == (scheme, d)
        assert abs(m.timestep.slope - q) < 1e-6, (d, m.timestep)
        assert abs(m.order.slope - order) <= 0.05 * order, (d, m.order)
        assert abs(m.cost.slope - order / (d + q)) <= 0.05 * order / (d + q), (d, m.cost)
        assert list(m.cost.errors) == sorted(m.cost.errors, reverse=True)
        assert list(m.cost.sizes) == sorted(m.cost.sizes)


@pytest.mark.parametrize("call,name", [
    (lambda: explicit_scheme_exponent("leapfrog", 1), "scheme"),
    (lambda: explicit_scheme_exponent("upwind", 3), "d"),
    (lambda: explicit_scheme_exponent("ftcs", True), "d"),
    (lambda: stability_limit("ftcs", 2, 1), "n"),
])
def test_scheme_bad_input_names_the_parameter(call, name):
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.name == name


def test_cost_route_is_a_measurement_and_passes():
    assert isinstance(G.cost_exponent.route, derivations.Measurement)
    r = _route(G.cost_exponent)
    assert r["verdict"] == "confirmed", r
    assert r["detail"].count("rejected") == 8 and "NOT rejected" not in r["detail"]


@pytest.mark.parametrize("wrong", (
    G.a / G.d,                 # time steps not counted: D = d
    G.a / (G.d + 2),           # the diffusive D for every kind
    G.a / (G.d + 1),           # the propagating D for every kind
    G.a / (G.d + 2 * G.q),     # a wrong D from the right q
    2 * G.a / (G.d + G.q),     # a wrong order
), ids=("a/d", "a/(d+2)", "a/(d+1)", "a/(d+2q)", "2a/(d+q)"))
def test_a_mutated_cost_exponent_fails_its_measurement(wrong, monkeypatch):
    mutated = dataclasses.replace(G.cost_exponent, value=lambda result: wrong)
    monkeypatch.setattr(G, "cost_exponent", mutated)
    assert _route(mutated)["verdict"] == "failed"


def test_the_right_closed_form_written_by_hand_passes(monkeypatch):
    # The mutation harness itself: a/(d + q) typed in by hand is confirmed.
    mutated = dataclasses.replace(G.cost_exponent, value=lambda result: G.a / (G.d + G.q))
    monkeypatch.setattr(G, "cost_exponent", mutated)
    assert _route(mutated)["verdict"] == "confirmed"


def test_a_cost_that_forgets_the_time_steps_fails(monkeypatch):
    # Fitting the error against the number of nodes n^d instead of the counted operations gives a/d.
    real = G.explicit_scheme_exponent

    def nodes_only(scheme, d):
        m = real(scheme, d)
        sizes = SCHEME_SIZES[scheme][d]
        return dataclasses.replace(m, cost=fit_slope([n ** d for n in sizes], m.cost.errors))
    monkeypatch.setattr(G, "explicit_scheme_exponent", nodes_only)
    assert _route(G.cost_exponent)["verdict"] == "failed"


def test_a_time_step_not_at_the_stability_limit_fails(monkeypatch):
    # A fixed Δt (no stability limit: its exponent q = 0) fails the q check.
    real = G.explicit_scheme_exponent

    def fixed_step(scheme, d):
        m = real(scheme, d)
        flat = fit_slope(m.timestep.sizes, [1e-3 * (1 + 1e-9 * i) for i in range(len(m.timestep.sizes))])
        return dataclasses.replace(m, timestep=flat)
    monkeypatch.setattr(G, "explicit_scheme_exponent", fixed_step)
    assert _route(G.cost_exponent)["verdict"] == "failed"


def test_grid_equivalent_route_is_a_measurement():
    assert isinstance(LLM.grid_equivalent.route, derivations.Measurement)


# -- what each route is: measurement, independent computation, consistency check ---------------
from derivations._model import ROUTE_KINDS, Agreement  # noqa: E402


def test_route_kinds_are_declared_and_checked():
    assert derivations.Measurement("m", lambda dps: (True, None, "")).kind == "measurement"
    assert Agreement("a", lambda: 1, ()).kind == "independent"
    assert Agreement("a", lambda: 1, (), kind="consistency").kind == "consistency"
    with pytest.raises(ValueError, match="kind"):
        Agreement("a", lambda: 1, (), kind="measurement")  # a measurement is a Measurement


def test_every_route_says_what_it_is():
    kinds = {d.id: d.route.kind for d in derivations.all()}
    assert set(kinds.values()) <= set(ROUTE_KINDS)
    for d in derivations.all():
        text = d.route.description
        # A consistency check says so, and says why there is no measurement (or where it is).
        assert ("consistency check" in text) == (d.route.kind == "consistency"), d.id
        if d.route.kind == "consistency":
            assert "measure" in text and "wrong premise" in text, d.id
    for ident in ("grid.cost_exponent", "llm.grid_equivalent", "mc.crossover", "sk.rough_signal"):
        assert kinds[ident] == "measurement"
    for ident in ("llm.loss_law", "grid.error_law", "fits.n_opt", "pedestal.x_crit"):
        assert kinds[ident] == "consistency"


def test_the_report_shows_the_route_kind():
    from verify.report import render_failures, render_summary, render_table
    from verify.runner import check_one, summarize
    entries = [check_one(derivations.get(i), 20) for i in ("llm.loss_law", "llm.grid_equivalent")]
    assert [e["numeric"]["kind"] for e in entries] == ["consistency", "measurement"]
    assert list(entries[0]["numeric"])[:2] == ["route", "kind"]
    report = {"derivations": entries, "summary": summarize(entries, 0.0)}
    assert report["summary"]["routes"] == {"measurement": 1, "independent": 0, "consistency": 1}
    table = render_table(report).splitlines()
    assert table[0].split()[3] == "route"
    assert table[2].split()[3] == "consistency" and table[3].split()[3] == "measurement"
    assert "routes: 1 measurement, 0 independent, 1 consistency check only;" in render_summary(report)
    failed = dict(entries[0], numeric={**entries[0]["numeric"], "verdict": "failed"})
    assert "llm.loss_law consistency check (not independent) (" in render_failures({"derivations": [failed]})
    from verify.runner import render_failures as runner_failures
    assert "llm.loss_law consistency check (not independent) (" in runner_failures({"derivations": [failed]})

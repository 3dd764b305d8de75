"""Transformers as maps of distributions (catalogue section 8): registry values, properties,
bad input, the sampling check, the kurtosis note and the checker's verdicts."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import DomainError, jacobian
from derivations._model import as_mp
from derivations._precision import PROPERTY_DPS
from verify.checker import check_derivation
from verify.claims import check_claim
from verify.properties import strategy

DPS = 30
TOL = mpmath.mpf(10) ** -20  # far below the required 1e-10

change = jacobian.change_of_variables
two = jacobian.two_neuron
density = jacobian.tanh_density
bimodality = jacobian.tanh_bimodality

outputs = st.fractions(Fraction(-999, 1000), Fraction(999, 1000), max_denominator=1000)
weights = st.fractions(Fraction(1, 20), Fraction(6), max_denominator=1000)
signed_weights = st.tuples(weights, st.sampled_from([1, -1])).map(lambda t: t[0] * t[1])
biases = st.fractions(Fraction(-3), Fraction(3), max_denominator=1000)
entries = st.fractions(Fraction(-3), Fraction(3), max_denominator=100)


def mp(q: Fraction) -> mpmath.mpf:
    return mpmath.mpf(q.numerator) / q.denominator


def rel(a, b) -> mpmath.mpf:
    return abs(mpmath.mpf(a) / mpmath.mpf(b) - 1)


# -- jacobian.tanh_density -------------------------------------------------------------------
def cdf_derivative(y, w, b):
    """d/dy P(tanh(wX + b) ≤ y) for any w ≠ 0, by numeric differentiation of the normal CDF
    (through the lower tail, Φ(z) or 1 − Φ(z) = Φ(−z), so that nothing is differenced next to 1)."""
    def z(t):
        return (mpmath.atanh(t) - b) / w
    up = 1 if w > 0 else -1                       # P(wX + b ≤ u) = Φ(up·z)
    tail = 1 if up * z(y) <= 0 else -1            # Φ(s) = 1 − Φ(−s) in the upper tail
    return tail * mpmath.diff(lambda t: mpmath.ncdf(tail * up * z(t)), y)


@given(outputs, signed_weights, biases)
def test_tanh_density_is_the_derivative_of_the_cdf(y, w, b):
    value = density.evaluate(dps=DPS, y=y, w=w, b=b)
    with mpmath.workdps(DPS + 15):
        expected = cdf_derivative(mp(y), mp(w), mp(b))
    assert rel(value, expected) < TOL


@given(outputs, weights, biases)
def test_tanh_density_depends_on_the_weight_through_its_modulus(y, w, b):
    """A negative weight gives the same law as its modulus (X and −X agree in law)."""
    value = density.evaluate(dps=DPS, y=y, w=-w, b=b)
    with mpmath.workdps(DPS + 15):
        negative = cdf_derivative(mp(y), -mp(w), mp(b))
    assert rel(value, negative) < TOL
    assert rel(value, density.evaluate(dps=DPS, y=y, w=w, b=b)) < TOL
    assert value > 0


@pytest.mark.parametrize("w", ["-7/10", "-5/2", "-1/10"])
def test_tanh_density_route_handles_negative_weights(w):
    """The entry's route (CDF derivative) at a negative weight, against the test's own."""
    with mpmath.workdps(DPS + 15):
        wq = -mp(-Fraction(w))
        for y, b in (("3/5", "1/4"), ("-1/3", -2), ("9/10", 1)):
            yq, bq = mp(Fraction(y)), mp(Fraction(b))
            assert rel(jacobian._tanh_density_reference(yq, wq, bq), cdf_derivative(yq, wq, bq)) < TOL


@pytest.mark.parametrize("w, b", [("1/10", 0), (1, "1/2"), ("5/2", -1)])
def test_tanh_density_interval_probability(w, b):
    """∫ p over [a, c] is Φ at the two inverse images: quadrature of the registry value."""
    a, c = mpmath.mpf("-0.3"), mpmath.mpf("0.6")
    with mpmath.workdps(DPS + 5):
        wq, bq = mpmath.mpf(Fraction(w).numerator) / Fraction(w).denominator, mpmath.mpf(b)
        integral = mpmath.quad(lambda t: density.evaluate(dps=DPS + 5, y=t, w=w, b=b), [a, c])
        exact = mpmath.ncdf((mpmath.atanh(c) - bq) / wq) - mpmath.ncdf((mpmath.atanh(a) - bq) / wq)
    assert rel(integral, exact) < TOL


def test_tanh_density_known_value():
    # y = 0, w = 1, b = 0: φ(0) · 1 = 1/√(2π).
    assert rel(density.evaluate(dps=40, y=0, w=1, b=0), 1 / mpmath.sqrt(2 * mpmath.pi)) < mpmath.mpf(10) ** -38


# -- jacobian.two_neuron ---------------------------------------------------------------------
def gaussian_layer_density(y1, y2, W, b):
    """Density of tanh(W x + b): N(b, W Wᵀ) density of z = atanh y (matrix inverse and
    determinant of the covariance) times the exact derivatives 1/(1 − y_i²) of atanh."""
    W = mpmath.matrix(W)
    cov = W * W.T
    z = mpmath.matrix([mpmath.atanh(y1) - b[0], mpmath.atanh(y2) - b[1]])
    quad = (z.T * mpmath.inverse(cov) * z)[0]
    pz = mpmath.exp(-quad / 2) / (2 * mpmath.pi * mpmath.sqrt(mpmath.det(cov)))
    return pz / ((1 - y1**2) * (1 - y2**2))


@given(outputs, outputs, entries, entries, entries, entries, biases, biases)
@settings(max_examples=40)
def test_two_neuron_matches_the_gaussian_law_of_the_preactivations(y1, y2, a, b_, c, d, e, f):
    if a * d == b_ * c:
        return
    value = two.evaluate(dps=DPS, y1=y1, y2=y2, w11=a, w12=b_, w21=c, w22=d, b1=e, b2=f)
    with mpmath.workdps(DPS + 15):
        expected = gaussian_layer_density(mp(y1), mp(y2), [[mp(a), mp(b_)], [mp(c), mp(d)]], [mp(e), mp(f)])
    assert rel(value, expected) < TOL


def test_two_neuron_integrates_to_one():
    params = dict(w11=1, w12="1/2", w21="-1/3", w22="4/5", b1="1/5", b2="-1/2")
    # Integrate over the pre-activations u = atanh y (dy = (1 − y²) du), where the integrand is
    # a Gaussian of standard deviation ≈ 1: a 40 × 40 Gauss–Legendre rule on [−9, 9]².
    t, wt = np.polynomial.legendre.leggauss(40)
    u, wu = 9 * t, 9 * wt
    total = mpmath.mpf(0)
    for u1, w1 in zip(u, wu):
        y1 = mpmath.tanh(u1)
        for u2, w2 in zip(u, wu):
            y2 = mpmath.tanh(u2)
            p = two.evaluate(dps=15, y1=y1, y2=y2, **params)
            total += w1 * w2 * p * (1 - y1**2) * (1 - y2**2)
    assert abs(total - 1) < 1e-9


def test_two_neuron_reduces_to_one_neuron_for_diagonal_weights():
    y1, y2, w1, w2, b1, b2 = "1/3", "-4/5", "3/2", "1/4", "-1/2", 1
    joint = two.evaluate(dps=DPS, y1=y1, y2=y2, w11=w1, w12=0, w21=0, w22=w2, b1=b1, b2=b2)
    single = density.evaluate(dps=DPS, y=y1, w=w1, b=b1) * density.evaluate(dps=DPS, y=y2, w=w2, b=b2)
    assert rel(joint, single) < TOL


def test_jacobian_determinant_is_derived_in_factored_form():
    """W eqs (18)–(21): det J = σ'(z₁)σ'(z₂) det W, and for tanh it depends on x."""
    det = two.derived("det_J").rhs
    det_tanh = two.derived("det_J_tanh").rhs
    point = {jacobian.x1: sp.Rational(1, 3), jacobian.x2: sp.Rational(-2, 5), jacobian.w11: 1,
             jacobian.w12: sp.Rational(1, 2), jacobian.w21: -2, jacobian.w22: 3,
             jacobian.b1: 0, jacobian.b2: sp.Rational(1, 7)}
    z1 = 1 * sp.Rational(1, 3) + sp.Rational(1, 2) * sp.Rational(-2, 5)
    z2 = -2 * sp.Rational(1, 3) + 3 * sp.Rational(-2, 5) + sp.Rational(1, 7)
    expected = (1 - sp.tanh(z1) ** 2) * (1 - sp.tanh(z2) ** 2) * (3 + 1)
    assert abs(sp.N(det_tanh.xreplace(point) - expected, 30)) < 1e-25
    assert det.has(sp.Subs) and {jacobian.x1, jacobian.x2} <= det_tanh.free_symbols
    assert not two.derived("det_J_linear").rhs.free_symbols & {jacobian.x1, jacobian.x2}
    # the name is the determinant of the Jacobian matrix of the layer's map
    assert two.derived("det_J").lhs == jacobian.det(jacobian._JY)


def test_two_neuron_tanh_jacobian_in_the_outputs():
    """σ' = 1 − σ²: |det J| = (1 − y₁²)(1 − y₂²)|det W|, derived from σ = tanh."""
    y1, y2, D = jacobian.y1, jacobian.y2, jacobian._detW
    assert sp.expand(two.derived("det_J_y").rhs - (1 - y1**2) * (1 - y2**2) * D) == 0
    assert two.closed_form.lhs == jacobian.p_out


def test_linear_layer_has_a_constant_hessian():
    """σ linear: ∂² ln p_out/∂y² is constant and its determinant is 1/det(W)²."""
    for name in ("h11", "h22", "h12", "hessian"):
        assert not two.derived(name).rhs.free_symbols & {jacobian.y1, jacobian.y2}
    D = jacobian._detW
    assert sp.cancel(two.derived("hessian").rhs - 1 / D**2) == 0
    point = {jacobian.w11: 2, jacobian.w12: sp.Rational(1, 3), jacobian.w21: -1, jacobian.w22: sp.Rational(5, 4)}
    assert two.derived("hessian").rhs.xreplace(point) == 1 / (2 * sp.Rational(5, 4) + sp.Rational(1, 3)) ** 2


def test_the_inverse_premises_are_checked():
    """Cramer's rule and u = atanh y are premises; substituting them back is a proved identity."""
    checks = [o for o in two.replay() if o.rule.note.startswith("check:")]
    assert len(checks) == 4 and all(o.error is None and sp.cancel(o.output.lhs - o.output.rhs) == 0
                                    for o in checks)
    check = next(o for o in density.replay() if o.rule.note.startswith("check:"))
    assert check.output.lhs == check.output.rhs == jacobian.y


# -- jacobian.change_of_variables: the sampling check ----------------------------------------
def test_change_of_variables_measurement_passes():
    passed, digits, detail = change.route.run(50)
    assert passed, detail
    assert digits is not None and digits > 2.5
    assert "p = " in detail and "threshold" in detail


def test_chi_square_rejects_a_wrong_jacobian():
    """The χ² check can fail: dropping one eigenvalue from the Jacobian factor is rejected."""
    wrong = jacobian._sinh_map_density(lambda pin, l1, l2: pin / np.abs(l1))
    assert jacobian.chi_square_sinh_map(wrong)["p_value"] < 1e-6
    # ... and so is the right density with the eigenvalues taken as real parts only.
    real_parts = jacobian._sinh_map_density(lambda pin, l1, l2: pin / np.abs(np.real(l1) * np.real(l2)))
    assert jacobian.chi_square_sinh_map(real_parts)["p_value"] < 1e-6


def test_chi_square_guards_its_expected_counts():
    """A density scaled by 1.1 puts more than the whole mass in the box: rejected, never a negative χ²."""
    scaled = jacobian._sinh_map_density(lambda pin, l1, l2: 1.1 * pin / np.abs(l1 * l2))
    r = jacobian.chi_square_sinh_map(scaled)
    assert r["p_value"] == 0 and r["statistic"] == float("inf") and "mass" in r["invalid"]
    negative = jacobian._sinh_map_density(lambda pin, l1, l2: -pin / np.abs(l1 * l2))
    assert "negative" in jacobian.chi_square_sinh_map(negative)["invalid"]
    # A slightly light density leaves a small pooled cell: merged, and still a fair test.
    light = jacobian._sinh_map_density(lambda pin, l1, l2: 0.999 * pin / np.abs(l1 * l2))
    r = jacobian.chi_square_sinh_map(light)
    assert "invalid" not in r and r["statistic"] >= 0


def test_dropping_the_absolute_value_fails_on_the_orientation_reversing_map():
    """det J < 0 for y = B sinh(x): p_in/(λ₁λ₂) without |·| is negative there and is rejected,
    while on the A map (complex eigenvalues, det J > 0) it cannot be told apart."""
    entries_fn, _ = jacobian._sinh_map("B")
    j = np.array(entries_fn(0.3, -0.7), dtype=float).reshape(2, 2)
    assert np.linalg.det(j) < 0 and np.isreal(np.linalg.eigvals(j)).all()
    no_abs = lambda pin, l1, l2: pin / (l1 * l2)  # noqa: E731
    assert jacobian.chi_square_sinh_map(jacobian._sinh_map_density(no_abs, "A"))["p_value"] > 1e-3
    r = jacobian.chi_square_sinh_map(jacobian._sinh_map_density(no_abs, "B"), which="B")
    assert r["p_value"] == 0 and "negative" in r["invalid"]


def test_the_route_fails_when_the_derivation_drops_the_absolute_value(monkeypatch):
    import dataclasses
    L1, L2, PIN = jacobian.lam1, jacobian.lam2, jacobian.p_in
    mutated = dataclasses.replace(change, value=lambda result: PIN * sp.exp(-sp.log(L1) - sp.log(L2)))
    monkeypatch.setattr(jacobian, "change_of_variables", mutated)
    passed, _, detail = mutated.route.run(30)
    assert not passed and "y = B sinh(x)" in detail and "rejected" in detail


def test_sampled_map_has_complex_eigenvalues():
    entries_fn, _ = jacobian._sinh_map()
    j = np.array(entries_fn(0.0, 0.0), dtype=float).reshape(2, 2)
    assert np.iscomplex(np.linalg.eigvals(j)).all()


@given(*(st.fractions(Fraction(-3), Fraction(3), max_denominator=50) for _ in range(4)))
@settings(max_examples=40)
def test_eigenvalue_form_equals_the_determinant_form(a, b, c, d):
    """p_out = p_in·exp(−Σ ln|λ_i|) with mpmath's eigenvalues equals p_in/|det J|."""
    if a * d == b * c:
        return
    expr = change.value(change.result)
    f = sp.lambdify([jacobian.p_in, jacobian.lam1, jacobian.lam2], expr, "mpmath")
    with mpmath.workdps(40):
        J = mpmath.matrix([[mp(a), mp(b)], [mp(c), mp(d)]])
        lam, _ = mpmath.eig(J)
        pin = mpmath.mpf("0.37")
        p = f(pin, lam[0], lam[1])
        expected = pin / abs(mp(a) * mp(d) - mp(b) * mp(c))
        assert abs(mpmath.im(p)) < mpmath.mpf(10) ** -30
        assert abs(mpmath.re(p) / expected - 1) < mpmath.mpf(10) ** -30


def test_eigenvalue_product_is_derived_from_the_characteristic_polynomial():
    """det(t I − J) = t² − tr J·t + det J and (t − λ₁)(t − λ₂) at t = 0 give λ₁λ₂ = det J."""
    J11, J12, J21, J22, t = jacobian.J11, jacobian.J12, jacobian.J21, jacobian.J22, jacobian.t
    charpoly = change.derived("charpoly").rhs
    assert sp.expand(charpoly - (t**2 - (J11 + J22) * t + J11 * J22 - J12 * J21)) == 0
    assert change.derived("eigen_product") == sp.Eq(jacobian.lam1 * jacobian.lam2, J11 * J22 - J12 * J21)
    det_J = change.derived("det_J")
    assert det_J.lhs == sp.Determinant(jacobian.J_) and det_J.rhs == jacobian.lam1 * jacobian.lam2
    layers = change.derived("layers")
    assert layers.lhs == sp.Determinant(jacobian.K_ * jacobian.J_)
    K11, K12, K21, K22 = jacobian.K11, jacobian.K12, jacobian.K21, jacobian.K22
    assert sp.expand(layers.rhs - (K11 * K22 - K12 * K21) * (J11 * J22 - J12 * J21)) == 0


# -- jacobian.tanh_bimodality -----------------------------------------------------------------
def test_threshold_is_one_over_root_two():
    value = bimodality.evaluate(dps=60)
    with mpmath.workdps(70):
        assert rel(value, 1 / mpmath.sqrt(2)) < mpmath.mpf(10) ** -58


def _second_log_derivative_at_zero(w):
    return mpmath.diff(lambda t: mpmath.log(density.evaluate(dps=mpmath.mp.dps, y=t, w=w, b=0)), 0, 2)


@pytest.mark.parametrize("w, shape", [("1/2", "peak"), ("7/10", "peak"), ("71/100", "dip"), (2, "dip")])
def test_mode_switch_at_threshold(w, shape):
    """Below 1/√2 the density has its maximum at 0, above it a local minimum (numerically)."""
    q = Fraction(w)
    with mpmath.workdps(30):
        c = _second_log_derivative_at_zero(w)
        assert (c < 0) == (shape == "peak")
        assert abs(c - (2 - mpmath.mpf(q.denominator**2) / q.numerator**2)) < 1e-20


def test_flatness_is_checked_numerically():
    """The flat claim's numeric curvature vanishes only at the threshold: 2 − 1/w² elsewhere."""
    with mpmath.workdps(30):
        assert abs(jacobian._log_density_derivative(1 / mpmath.sqrt(2), 2)) < mpmath.mpf(10) ** -25
        off = jacobian._log_density_derivative(mpmath.mpf("0.75"), 2)
        assert abs(off - (2 - 1 / mpmath.mpf("0.75") ** 2)) < 1e-20 and off > 0.2
        assert abs(jacobian._log_density_derivative(1 / mpmath.sqrt(2), 4) + 4) < 1e-10
        assert jacobian._flat_at_threshold() is True


def test_bimodal_density_has_two_modes():
    """For w = 2 the maxima sit at ±y* ≠ 0 with p(y*) > p(0)."""
    with mpmath.workdps(30):
        def f(t):
            return density.evaluate(dps=30, y=t, w=2, b=0)
        peak = mpmath.findroot(lambda t: mpmath.diff(f, t), 0.6)
        assert 0.1 < peak < 0.999
        assert f(peak) > f(0) and abs(f(-peak) - f(peak)) < 1e-25


# -- kurtosis of tanh(w x) --------------------------------------------------------------------
def test_kurtosis_limits():
    assert abs(jacobian.tanh_kurtosis("1e-3", 20) - (3 - 8e-6)) < 1e-9  # 3 − 8w² + O(w⁴)
    assert abs(jacobian.tanh_kurtosis(10**4, 20) - 1) < 1e-3


def test_kurtosis_decreases_between_the_gaussian_and_the_sign():
    values = [jacobian.tanh_kurtosis(w, 10) for w in ("0.05", "0.2", "0.5", "0.7071", "1", "2", "5", "20")]
    assert all(1 < v < 3 for v in values)
    assert all(a > b for a, b in zip(values, values[1:]))


def test_kurtosis_sequence_falls_from_3_towards_1():
    seq = jacobian.kurtosis_sequence()
    assert len(seq) >= 8 and seq[0][1] > 2.95 and seq[-1][1] < 1.05
    assert jacobian._kurtosis_falls_from_3_towards_1()


def test_kurtosis_claim_fails_on_a_non_monotone_kurtosis(monkeypatch):
    seq = list(jacobian.kurtosis_sequence())
    seq[4], seq[5] = seq[5], seq[4]  # one rise along the weights
    monkeypatch.setattr(jacobian, "kurtosis_sequence", lambda dps=10: tuple(seq))
    assert not jacobian._kurtosis_falls_from_3_towards_1()


def test_kurtosis_agrees_with_the_moments_of_the_density():
    """⟨y⁴⟩/⟨y²⟩² from quadrature of the registry density in y."""
    w = "3/4"
    with mpmath.workdps(25):
        m = [mpmath.quad(lambda t: t**k * density.evaluate(dps=25, y=t, w=w, b=0), [-1, 0, 1]) for k in (2, 4)]
        assert abs(m[1] / m[0] ** 2 - jacobian.tanh_kurtosis(mpmath.mpf(3) / 4, 20)) < 1e-15


# -- properties of the catalogue entries (hypothesis, over the declared domains) -----------------
ALL_PROPERTIES = [p for d in jacobian.DERIVATIONS for p in d.properties]


@pytest.mark.parametrize("prop", ALL_PROPERTIES, ids=lambda p: p.id)
def test_property(prop):
    @given(st.fixed_dictionaries({name: strategy(dom) for name, dom in prop.over.items()}))
    @settings(max_examples=15)
    def run(values):
        with mpmath.workdps(PROPERTY_DPS):
            assert prop.holds(**as_mp(values)) is True
    run()


def test_column_sign_property_rejects_singular_weights():
    prop = next(p for p in ALL_PROPERTIES if p.id == "jacobian.two_neuron.column_sign")
    values = dict(y1=0, y2=0, w11=1, w12=2, w21=2, w22=4, b1=0, b2=0)
    with mpmath.workdps(PROPERTY_DPS):
        assert prop.holds(**{k: mpmath.mpf(v) for k, v in values.items()}) is True


# -- bad input -------------------------------------------------------------------------------
GOOD = {"y": "1/2", "w": 1, "b": 0}


@pytest.mark.parametrize("name, value", [
    ("y", 1.5), ("y", 1), ("y", -1), ("y", float("nan")), ("y", float("inf")), ("y", "half"),
    ("w", 0), ("w", "0"), ("w", -0.0), ("w", Fraction(0)), ("w", float("nan")), ("w", None), ("w", [1]),
    ("w", 1 + 2j), ("w", float("-inf")),
    ("b", float("-inf")), ("b", "abc"), ("b", True),
])
def test_tanh_density_rejects_bad_input(name, value):
    with pytest.raises(DomainError, match=name) as info:
        density.evaluate(dps=20, **dict(GOOD, **{name: value}))
    assert isinstance(info.value, ValueError) and info.value.name == name


def test_zero_weight_message_says_why():
    with pytest.raises(DomainError, match="nonzero") as info:
        density.evaluate(dps=20, y="1/2", w=0, b=0)
    assert "point mass" in str(info.value)


def test_tanh_density_rejects_unknown_and_missing_parameters():
    with pytest.raises(DomainError, match="sigma"):
        density.evaluate(dps=20, sigma=1, **GOOD)
    with pytest.raises(DomainError, match="b"):
        density.evaluate(dps=20, y="1/2", w=1)


TWO = dict(y1="1/2", y2="-1/4", w11=1, w12="1/2", w21="-1/3", w22=2, b1=0, b2="1/5")


@pytest.mark.parametrize("name, value", [("y1", "3/2"), ("y2", -1), ("w12", float("nan")),
                                         ("b2", "x"), ("w21", float("inf"))])
def test_two_neuron_rejects_bad_input(name, value):
    with pytest.raises(DomainError, match=name):
        two.evaluate(dps=20, **dict(TWO, **{name: value}))


def test_two_neuron_rejects_a_singular_weight_matrix():
    with pytest.raises(DomainError, match="w22") as info:
        two.evaluate(dps=20, **dict(TWO, w11=1, w12=2, w21="1/2", w22=1))
    assert "singular" in str(info.value)


def test_bimodality_takes_no_parameters():
    with pytest.raises(DomainError, match="w"):
        bimodality.evaluate(dps=20, w=1)


def test_kurtosis_rejects_zero_weight():
    with pytest.raises(DomainError, match="w"):
        jacobian.tanh_kurtosis(0)


# -- the checker and the claims ledger -----------------------------------------------------------


@pytest.mark.parametrize("claim", [c for d in jacobian.DERIVATIONS for c in d.claims], ids=lambda c: c.id)
def test_claims_verified(claim):
    # Section 8 has no errata: every qualitative statement of W holds for tanh.
    assert claim.erratum is None
    assert check_claim(claim, 30)["status"] == "verified"


def test_claims_would_fail_if_printed_false():
    """The yes/no claims are computed, not constant: flipping the printed value fails them."""
    import dataclasses
    for d in jacobian.DERIVATIONS:
        for claim in d.claims:
            flipped = dataclasses.replace(claim, printed="false")
            assert check_claim(flipped, 30)["status"] == "failed"


@pytest.mark.parametrize("d", jacobian.DERIVATIONS, ids=lambda d: d.id)
def test_every_step_is_proved(d, full_entry):
    """Every step is an inference the checker proves symbolically; routes and claims pass."""
    report = full_entry(d.id)  # the session's full run (tests/conftest.py)
    assert report["verdict"] == "proved"
    assert [s["verdict"] for s in report["steps"]] == ["proved"] * len(report["steps"])
    assert report["numeric"]["verdict"] == "confirmed"
    assert all(c["status"] == "verified" for c in report["claims"])


def _premises_behind(d):
    """For each step, the premises its chain of inputs and references rests on."""
    named, behind = {}, []
    last = {d.premises[0].name}
    for rule in d.steps:
        used = set()
        for source in [rule.on] + list(rule.references()):
            if source is None:
                used |= last
            else:
                used |= behind[named[source]] if source in named else {source}
        behind.append(used)
        last = used
        if rule.name:
            named[rule.name] = len(behind) - 1
    return behind


def test_the_two_activation_cases_never_meet():
    """σ = tanh and σ linear are alternative premises (two cases); no step rests on both."""
    behind = _premises_behind(two)
    assert not any({"case_tanh", "case_linear"} <= used for used in behind)
    names = [s.name for s in two.steps]
    assert "case_tanh" in behind[names.index("p_out")] and "case_linear" not in behind[names.index("p_out")]
    for name in ("p_out_linear", "hessian", "det_J_linear"):
        assert "case_linear" in behind[names.index(name)] and "case_tanh" not in behind[names.index(name)]


def test_a_wrong_step_is_refuted():
    """Control: a wrong sign in |dy/dx| or a wrong curvature is caught, not passed."""
    import dataclasses
    steps = list(density.steps)
    i = next(k for k, s in enumerate(steps) if s.name == "abs_slope")
    steps[i] = dataclasses.replace(steps[i], expect=sp.Abs(jacobian.w) * (1 + jacobian.y**2))
    report = check_derivation(dataclasses.replace(density, steps=tuple(steps)), 30)
    assert report["verdict"] == "failed" and report["steps"][i]["verdict"] == "failed"
    steps = list(bimodality.steps)
    i = next(k for k, s in enumerate(steps) if s.name == "curvature_at_0")
    steps[i] = dataclasses.replace(steps[i], expect=1 - 1 / jacobian.wm**2)
    report = check_derivation(dataclasses.replace(bimodality, steps=tuple(steps)), 30)
    assert report["steps"][i]["verdict"] == "failed"


def test_module_exports():
    assert set(jacobian.__all__) >= {"DERIVATIONS", "tanh_kurtosis"}
    assert [d.id for d in jacobian.DERIVATIONS] == [
        "jacobian.change_of_variables", "jacobian.two_neuron", "jacobian.tanh_density",
        "jacobian.tanh_bimodality"]

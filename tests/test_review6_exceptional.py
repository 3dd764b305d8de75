"""Review 6, finding A: exceptional parameter values that a one-parameter solve skipped — a root on
the curve a = b, an integer parameter, a factor SymPy cannot solve — are found and re-certified,
or left undecided (the step inconclusive), never skipped."""

from __future__ import annotations

from pathlib import Path

import sympy as sp

from derivations import Integer, Param, Real
from derivations._rules_exceptional import certify_at_exceptional, exceptional_points

ROOT = Path(__file__).resolve().parents[1]
x_, a_, b_ = Param("x", Real(0, 1)), Param("a", Real(-1, 1)), Param("b", Real(-1, 1))
x, a, b = x_.symbol, a_.symbol, b_.symbol
DOMAINS = {x: x_.domain, a: a_.domain, b: b_.domain}


def test_a_root_on_a_curve_of_two_parameters_is_found_at_sampled_points():
    found, undecided = exceptional_points([-(a - b)**2], x, DOMAINS)
    assert found and all(p[a] == p[b] for p in found)
    assert undecided == []


def test_an_integer_parameter_is_tested_at_every_value():
    n_ = Param("n", Integer(0, 5))
    n = n_.symbol
    assert exceptional_points([n - 2], x, {x: x_.domain, n: n_.domain}) == ([{n: 2}], [])
    m_ = Param("n", Integer(3, 5))
    assert exceptional_points([m_.symbol - 2], x, {x: x_.domain, m_.symbol: m_.domain}) == ([], [])


def test_an_unbounded_integer_parameter_is_undecided():
    n_ = Param("n", Integer(0))
    n = n_.symbol
    assert exceptional_points([n - 2], x, {x: x_.domain, n: n_.domain}) == ([], [n - 2])


def test_a_factor_sympy_cannot_solve_is_undecided_not_skipped():
    c = -(a - sp.cos(a))**2
    assert exceptional_points([c], x, DOMAINS) == ([], [c])
    kinds = [o.kind for o in certify_at_exceptional("integral_value", x, x, None, 1, (0, 1), DOMAINS, "w",
                                                    critical=[c])]
    assert kinds == ["uncertified"]


def test_a_factor_proved_non_zero_on_the_domain_has_no_exceptional_value():
    ap, bp = Param("a", Real(sp.Rational(1, 2), 1)), Param("b", Real(-1, 0))
    domains = {x: x_.domain, ap.symbol: ap.domain, bp.symbol: bp.domain}
    assert exceptional_points([-(ap.symbol - bp.symbol)**2], x, domains) == ([], [])
    assert exceptional_points([ap.symbol - sp.cos(ap.symbol) + 1], x, domains) == ([], [])


def test_a_root_outside_the_domain_of_one_parameter_is_decided():
    assert exceptional_points([a - 2], x, DOMAINS) == ([], [])
    assert exceptional_points([a**2], x, DOMAINS) == ([{a: 0}], [])


ATTACKS = ["r6_exc_two_param_integral.py", "r6_exc_two_param_integral_numeric.py", "r6_exc_two_param_series.py",
           "r6_exc_two_param_limit_ratio.py", "r6_exc_integer_param.py", "r6_exc_transcendental_root.py"]
CONTROLS = ["r6_exc_two_param_integral_ok.py", "r6_exc_two_param_limit_ratio_ok.py", "r6_exc_integer_param_ok.py"]


def test_the_attacks_are_refused_and_the_controls_pass_in_the_attack_corpus():
    """Each file runs through ``python -m verify FILE --no-cache`` in the attack batch of
    tests/test_attacks.py (``test_attack_in_batch``: an attack rejected, a control passed, no
    Traceback): one process for the corpus instead of one per file here. This checks that the
    batch holds them with these expectations."""
    import tomllib
    expected = tomllib.loads((ROOT / "tests" / "attacks" / "EXPECTED.toml").read_text())
    for name in ATTACKS + CONTROLS:
        assert (ROOT / "tests" / "attacks" / name).is_file(), name
        entry = expected[name]
        assert entry["expected"] == ("pass" if name in CONTROLS else "reject"), name
        assert not entry.get("alone") and not entry.get("after"), name  # in the --no-cache batch

"""verify.balls: inequalities proved over boxes by ball arithmetic, decided only by ball bounds."""

from __future__ import annotations

import pytest
import sympy as sp

import derivations
from verify.balls import Budget, NotTranslatable, prove
from verify.properties import run_property
from verify.property_kinds import ball_proof

x, p, a = sp.symbols("x p alpha", positive=True)
RUNNING = a * x**a * (1 - p) / (p + x**a * (1 - p))
BOX = {"x": ("1e-12", 1), "p": ("0.01", "0.99"), "alpha": ("0.05", 1)}


def test_running_exponent_bounds_proved():
    d = derivations.get("pedestal.running_exponent")
    upper = prove(d, "<", BOX, rhs=a)
    assert upper.proved and str(upper).startswith("proved by ball arithmetic on the box x ∈ [1e-12, 1]")
    assert prove(RUNNING, ">", BOX).proved


def test_false_inequality_is_disproved_with_a_point():
    r = prove(RUNNING, "<", BOX, rhs=a / 2)
    assert r.verdict == "disproved" and set(r.counterexample) == {"x", "p", "alpha"}


def test_budget_gives_inconclusive_never_a_guess():
    r = prove(RUNNING, "<", BOX, rhs=a, budget=Budget(max_boxes=3))
    assert r.verdict == "inconclusive" and "undecided" in str(r)


def test_equality_at_a_point_is_not_proved_strictly():
    # x/(1+x) > 1/2 fails only at x = 1: balls touching the bound decide nothing
    r = prove(x / (1 + x), ">", {"x": (1, 2)}, rhs=sp.Rational(1, 2), budget=Budget(max_boxes=200))
    assert not r.proved
    assert r.verdict == "inconclusive"  # never disproved: it holds
    assert prove(x / (1 + x), ">", {"x": ("1.001", 2)}, rhs=sp.Rational(1, 2)).proved


def test_untranslatable_is_refused():
    with pytest.raises(NotTranslatable):
        prove(sp.sin(x), ">", {"x": (0, 1)})


def test_shipped_ball_properties_are_proved():
    for did in ("pedestal.running_exponent", "pedestal.effective_exponent"):
        proofs = [run_property(q) for q in derivations.get(did).properties if "proved" in q.id]
        assert proofs and all(r["verdict"] in ("proved", "confirmed") and r["method"] == "ball arithmetic"
                              for r in proofs), proofs
        assert all(s.startswith("proved by ball arithmetic on the box") for r in proofs for s in r["proof"])


def test_declared_ball_property_fails_with_a_point():
    prop = ball_proof(RUNNING, ("<", a / 2), BOX, id="mine.too_low")
    r = run_property(prop)
    assert r["verdict"] == "failed" and "disproved by ball arithmetic" in r["reason"]

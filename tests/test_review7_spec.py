"""Review 7, findings A and F: the values a specialisation chain speaks at come from a literal, a
condition premise substituted ``using=`` or a ``Ref`` to a solved step, composed along the chain;
the premises are solved again at them, a defined name is read there (checker and derived value),
a parameter already fixed (or absent) is not given a value, and the premises' cached verdict is
keyed on the values."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import sympy as sp

from derivations import Derivation, Param, Premise, Real, Substitute
from derivations._definitions import chain_values
from verify.checker import check_derivation
from verify.premises import check_premises
from verify.specialisation import respecialised

ROOT = Path(__file__).resolve().parents[1]
ATTACKS = ROOT / "tests" / "attacks"


def _load(stem: str) -> Derivation:
    spec = importlib.util.spec_from_file_location(f"r7spec_{stem}", ATTACKS / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (derivation,) = module.DERIVATIONS
    return derivation


@pytest.mark.parametrize("stem", ["r7_spec_then_condition", "r7_spec_then_solved_ref"])
def test_a_condition_premise_or_a_solved_ref_enters_the_chain_values(stem):
    d = _load(stem)
    a, b = d.param("a").symbol, d.param("b").symbol
    assert chain_values(d)[-1] == {a: sp.Rational(1, 4), b: sp.Rational(1, 4)}


@pytest.mark.parametrize("stem", ["r7_spec_then_condition", "r7_spec_then_solved_ref", "r7_spec_then_relation"])
def test_the_premises_are_solved_again_at_the_composed_values(stem):
    r = check_premises(_load(stem))
    assert r["verdict"] in ("failed", "inconclusive"), r
    assert "specialises to a = " in r["method"]


@pytest.mark.parametrize("stem", ["r7_spec_then_condition_ok", "r7_spec_then_solved_ref_ok", "r7_spec_then_relation_ok"])
def test_the_controls_premises_hold_at_their_values(stem):
    assert check_premises(_load(stem))["verdict"] == "proved"


def test_a_name_is_read_at_a_pinned_value_in_the_check_and_the_evaluation():
    ok = _load("r7_spec_pinned_momentum_ok")
    report = check_derivation(ok, 30)
    assert report["verdict"] == "proved", report
    assert ok.evaluate(m=2) == 9
    bad = check_derivation(_load("r7_spec_pinned_momentum"), 30)
    assert bad["steps"][2]["verdict"] == "failed"


def test_a_parameter_fixed_twice_or_absent_is_refused_with_its_reason():
    assert "already fixed along this chain (x = 2)" in respecialised(_load("r7_spec_twice"), 1)
    assert "y does not occur in the input" in respecialised(_load("r7_spec_absent"), 0)
    ok = _load("r7_spec_twice_ok")
    assert respecialised(ok, 0) is None and respecialised(ok, 1) is None


def test_a_reparametrisation_leaves_the_parameter_free():
    x_, a_ = Param("x", Real(0, 4)), Param("a", Real(1, 2))
    x, a = x_.symbol, a_.symbol
    g = sp.Symbol("g")
    d = Derivation(id="r7spec.reparam", title="t", source="control", symbols=(x_, a_), parameters=(),
                   premises=(Premise("def", sp.Eq(g, a * x**2), "g"),),
                   steps=(Substitute(mapping={x: x / 2}, expect=a * x**2 / 4),
                          Substitute(mapping={x: 2}, expect=a)))
    assert respecialised(d, 1) is None
    assert chain_values(d)[-1] == {x: 1}


_EDITED = '''import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute
x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(1, 3))
x, a = x_.symbol, a_.symbol
V = sp.Rational({value}, 2)
DERIVATIONS = [Derivation(
    id="r7spec.edited", title="t", source="attack", symbols=(x_, a_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, on="law", expect=sp.Eq(x, a - 1)), Substitute(mapping={{a: V}}, expect=V - 1)),
    route=Agreement("arithmetic", lambda: V - 1, points=({{}},)),
)]
'''


def test_an_edited_specialisation_value_is_not_answered_from_the_cache(tmp_path, cli_in_process):
    # a = 3/2 leaves x = 1/2 in (0, 1); edited to a = 5/2 the premise has no solution: the
    # premises' cached verdict (keyed on the premises and the chain) must not be reused. Both runs
    # share one verdict cache (the edited file is never replayed: its bytes changed).
    path = tmp_path / "edited.py"
    codes = []
    for value in (3, 5):
        path.write_text(_EDITED.format(value=value))
        run = cli_in_process([path.name, "-q"], tmp_path)
        codes.append((run.returncode, run.stdout))
    assert codes[0][0] == 0, codes[0][1]
    assert codes[1][0] != 0 and "specialises to a = 5/2" in codes[1][1], codes[1][1]

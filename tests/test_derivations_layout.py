"""The layout of the derivations package (issue 20, items 1-2): one topic per module.

Every module of ``derivations/`` is at most 500 lines, opens with a docstring and declares
``__all__`` naming only what it binds; the section modules (``TOPICS``) still list their
entries, and the re-exporting modules keep every name their importers use.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import derivations

PACKAGE = Path(derivations.__file__).parent
MODULES = sorted(PACKAGE.glob("*.py"))
MAX_LINES = 500


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_the_package_has_the_split_modules():
    names = {p.stem for p in MODULES}
    assert {"_rules_base", "_rules_calculus", "_declarations", "_evaluation", "rou_gaussian",
            "jacobian_two_neuron", "_measure_schemes"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_is_at_most_500_lines(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_opens_with_a_docstring_and_declares_all(path):
    tree = _tree(path)
    assert ast.get_docstring(tree), f"{path.name} has no opening docstring"
    assigned = [n for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
                and any(isinstance(t, ast.Name) and t.id == "__all__"
                        for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    assert assigned, f"{path.name} declares no __all__"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_all_names_only_what_the_module_binds(path):
    module = __import__(f"derivations.{path.stem}", fromlist=["__all__"]) if path.stem != "__init__" else derivations
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert not missing, f"{path.name}: __all__ names {missing}, which it does not bind"


@pytest.mark.parametrize("facade,names", [
    ("_model", ("Derivation", "Param", "Premise", "Claim", "Reading", "Agreement", "Measurement", "Property",
                "StepOutcome", "RecordError", "EvaluationError", "as_mp", "to_mpf", "check_dps", "_rhs",
                "LATEX_VIEW")),
    ("_rules", ("BUILTIN_RULES", "Rule", "Ref", "Obligation", "Inference", "Substitute", "Integrate", "SolveFor",
                "ApplyBoth", "Determinant", "as_relation", "is_name", "bound_entries")),
    ("_measure", ("fit_slope", "SlopeFit", "exponent_check", "interpolation_exponent", "quadrature_exponent",
                  "crossover_dimension", "gaussian_partition_sums", "explicit_scheme_exponent", "SCHEME_SIZES")),
])
def test_the_re_exporting_modules_keep_their_names(facade, names):
    module = __import__(f"derivations.{facade}", fromlist=["__all__"])
    assert [n for n in names if not hasattr(module, n)] == []
    assert "re-export" in module.__doc__


def test_every_rule_is_public_from_the_package():
    from derivations import _rules
    assert set(_rules.BUILTIN_RULES) == {getattr(derivations, t.__name__) for t in _rules.BUILTIN_RULES}

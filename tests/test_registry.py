"""The registry: every catalogue id with its fixed keyword names, each entry complete."""

from __future__ import annotations

import pytest

import derivations
from derivations import DomainError, UnknownDerivationError

#: The catalogue's "Registry ids" table: id -> keyword names of evaluate().
CATALOGUE_TABLE = {
    "grid.error_law": {"N", "N_c", "a", "d"},
    "grid.centered_difference": {"L", "ell"},
    "grid.cost_exponent": {"a", "d", "kind"},
    "mc.crossover": {"a"},
    "llm.resource_factor": {"F", "alpha"},
    "llm.information_doubling": {"alpha"},
    "pedestal.running_exponent": {"x", "p", "alpha"},
    "pedestal.x_crit": {"p", "alpha_c"},
    "pedestal.N_crit": {"p", "alpha_c"},
    "pedestal.p_crit": {"N", "alpha_c"},
    "pedestal.effective_exponent": {"N", "E", "A", "alpha"},
    "sk.piecewise_constant": {"d"},
    "sk.piecewise_linear": {"d"},
    "turbulence.beta_model": {"d_F", "D"},
    "turbulence.she_leveque": {"p"},
    "rou.gaussian": {"p"},
    "rou.cauchy_truncated": {"p", "Lambda"},
    "rou.cauchy_asymptotic": {"p", "Lambda"},
    "jacobian.tanh_density": {"y", "w", "b"},
    "jacobian.tanh_bimodality": set(),
    "roundoff.optimal_step": {"u", "M0", "M3"},
    "roundoff.minimal_error": {"u", "M0", "M3"},
    "spurious.calude_longo": {"n", "k"},
    "softmax.attention_weight": {"Delta", "N"},
    "softmax.required_margin": {"N", "delta"},
}


@pytest.mark.parametrize("ident", sorted(CATALOGUE_TABLE))
def test_catalogue_ids_are_registered_with_their_keywords(ident):
    d = derivations.get(ident)
    assert set(d.parameters) == CATALOGUE_TABLE[ident]


def test_ids_are_unique_and_ordered_by_topic():
    ids = derivations.ids()
    assert len(ids) == len(set(ids))
    prefixes = [i.split(".")[0] for i in ids]
    # Each section's entries are contiguous.
    seen = []
    for p in prefixes:
        if not seen or seen[-1] != p:
            assert p not in seen, f"section {p} is split"
            seen.append(p)


@pytest.mark.parametrize("d", derivations.all(), ids=lambda d: d.id)
def test_every_entry_is_complete(d):
    assert d.title and d.source and d.premises and d.steps
    assert d.route is not None, "every derivation needs an independent numeric route"
    for rule in d.steps:
        assert rule.expect is not None
        assert type(rule).__doc__, "each rule states its rewrite"
    # The module opens with a docstring naming its paper section and defines __all__.
    import importlib
    module = importlib.import_module(_module_of(d))
    assert module.__doc__ and ("§" in module.__doc__ or "Appendix" in module.__doc__)
    assert "DERIVATIONS" in module.__all__


def _module_of(d):
    for topic in derivations.TOPICS:
        import importlib
        m = importlib.import_module(f"derivations.{topic}")
        if d in m.DERIVATIONS:
            return m.__name__
    raise LookupError(d.id)


def test_unknown_id_lists_close_matches():
    with pytest.raises(UnknownDerivationError, match="pedestal.p_crit") as info:
        derivations.get("pedestal.pcrit")
    assert isinstance(info.value, ValueError)


def test_select_by_prefix():
    chosen = derivations.select(["mc"])
    assert [d.id for d in chosen] == ["mc.error_law", "mc.crossover"]
    with pytest.raises(UnknownDerivationError):
        derivations.select(["nosuchsection"])


@pytest.mark.parametrize("ident", sorted(k for k, v in CATALOGUE_TABLE.items() if v))
def test_bad_input_is_refused_by_name(ident):
    d = derivations.get(ident)
    name = sorted(d.parameters)[0]
    good = {n: _a_value(d.param(n).domain) for n in d.parameters}
    for bad in (float("nan"), float("inf"), "not a number", None, True):
        with pytest.raises(DomainError) as info:
            d.evaluate(dps=20, **{**good, name: bad})
        assert isinstance(info.value, ValueError) and str(info.value).startswith(f"{name}=")
    with pytest.raises(DomainError, match="unknown parameter"):
        d.evaluate(dps=20, **good, bogus=1)
    with pytest.raises(DomainError, match="missing parameter"):
        d.evaluate(dps=20, **{k: v for k, v in good.items() if k != name})
    with pytest.raises(DomainError, match="dps"):
        d.evaluate(dps=0, **good)


def _a_value(domain):
    import random
    return domain.draw(random.Random(0)) if domain.kind != "choice" else domain.choices[0]


@pytest.mark.parametrize("d", derivations.all(), ids=lambda d: d.id)
def test_every_derivation_is_proved_and_agrees_with_its_route(d):
    from derivations import Agreement
    from verify.checker import check_derivation
    report = check_derivation(d, 30, properties=5)
    assert [s["verdict"] for s in report["steps"]] == ["proved"] * len(d.steps), report["steps"]
    assert report["numeric"]["verdict"] == "confirmed", report["numeric"]
    if isinstance(d.route, Agreement):
        assert report["numeric"]["digits"] >= 25
    # issue 17: every status but an undecided or failed one (verify.claims.STATUSES)
    assert all(c["status"] not in ("inconclusive", "failed") for c in report["claims"]), report["claims"]
    assert all(p["verdict"] in ("confirmed", "proved") for p in report["properties"]), report["properties"]
    assert all(p["verdict"] == "confirmed" or p.get("method") == "ball arithmetic" for p in report["properties"])
    assert report["verdict"] == "proved"


def test_the_manifest_read_from_the_sources_is_the_registry():
    """The ids a run on a user's file treats as taken (read without importing) are exactly the registry's."""
    import importlib

    from verify.manifest import defining_file, shipped_ids
    assert shipped_ids() == set(derivations.ids())
    for topic in derivations.TOPICS:
        module = importlib.import_module(f"derivations.{topic}")
        for d in module.DERIVATIONS:
            assert defining_file(d.id) is not None, d.id
    assert defining_file("user.not_shipped") is None

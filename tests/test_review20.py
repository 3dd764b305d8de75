"""Review 20: the holes found in review 19's own additions, and the speed-ups of the holders' search.

* An inequality premise is read by a step's side conditions only where the step's input rests on it,
  or where no form rests on it (a standing assumption, then checked satisfiable with every set).
* Where SymPy's condition for an integral fails, every sampled point must converge: one that no
  quadrature sums, or whose sums do not settle, leaves the step undecided.
* A closed limit whose numbers disagree with SymPy gets no value at all.
* The holders' search drops factors positive on the whole domain (the same zero set).
"""

from __future__ import annotations

import sympy as sp

from derivations import Derivation, MultiplyBoth, Param, Positive, Premise, Real


def _cases() -> Derivation:
    x_ = Param("x", Real(0, 2))
    x = x_.symbol
    return Derivation(
        id="test.r20.cases", title="cases", source="test", symbols=(x_,), parameters=("x",),
        premises=(Premise("above", sp.Gt(x, 1), "case A"), Premise("below", sp.Lt(x, 1), "case B"),
                  Premise("standing", sp.Gt(x, sp.Rational(1, 10)), "for the whole derivation")),
        steps=(MultiplyBoth(factor=2, on="above", expect=sp.Gt(2 * x, 2)),
               MultiplyBoth(factor=3, on="below", expect=sp.Lt(3 * x, 3))))


def test_a_step_reads_its_own_case_and_the_standing_premises_only():
    from verify.premise_inequalities import standing_inequalities, usable_inequalities
    d = _cases()
    x = d.symbols[0].symbol
    assert standing_inequalities(d) == ("standing",)
    first, second = d.replay()
    assert set(usable_inequalities(d, first)) == {sp.Gt(x, 1), sp.Gt(x, sp.Rational(1, 10))}
    assert set(usable_inequalities(d, second)) == {sp.Lt(x, 1), sp.Gt(x, sp.Rational(1, 10))}


def test_a_standing_premise_is_checked_with_every_case():
    from verify.premises import _contexts
    assert _contexts(_cases()) == [frozenset({"above", "standing"}), frozenset({"below", "standing"})]


def test_convergence_is_shown_by_a_dominating_function_without_oscillation():
    from verify.certify_quadrature import converges_absolutely, dominating
    x = sp.Symbol("x", positive=True)
    assert dominating(sp.exp(-x) * sp.cos(10**7 * x), x) == sp.exp(-x)
    assert converges_absolutely(sp.exp(-x) * sp.cos(10**7 * x), x, 0, sp.oo)
    assert not converges_absolutely(sp.exp(x / 10) * sp.cos(x), x, 0, sp.oo)
    assert not converges_absolutely(sp.cos(x), x, 0, sp.oo)
    assert not converges_absolutely(sp.cos(x) / (1 + x) ** sp.Rational(3, 4), x, 0, sp.oo)


def test_a_divergent_part_where_sympys_condition_fails_is_never_confirmed():
    from derivations._domains import Real as R
    from derivations._rules import Obligation
    from verify.certify_integrals import certify_condition
    x, t = sp.Symbol("x", positive=True), sp.Symbol("t", real=True)
    f, value = sp.exp(t * x) * sp.cos(x), -t / (t**2 + 1)
    # SymPy's condition for this transform, false for every real t; the integral diverges at t ≥ 0
    cond = sp.Abs(2 * sp.arg(t) + 2 * sp.pi) < sp.pi
    ob = Obligation("integral_condition", sp.Tuple(cond, f, x, 0, sp.oo, value), "the condition", x)
    verdict = certify_condition(ob, {t: R(-3, 2), x: Positive()}, "test.r20", 50, {})
    assert verdict.verdict == "inconclusive", verdict


def test_positive_factors_leave_the_search():
    from derivations._holders import _without_positive_factors
    C, l, h, D = (sp.Symbol(n, positive=True) for n in ("C", "l", "h", "D"))
    domains = {C: Positive(), l: Positive(), h: Real(), D: Real()}
    condition = sp.expand(C**3 * l**(3 * h + D - 2) * (3 * h + D - 1))
    assert _without_positive_factors(condition, domains) == 3 * h + D - 1
    y = sp.Symbol("y", real=True)
    kept = sp.expand(y * (h - 1))  # y may vanish: its factor stays
    assert _without_positive_factors(kept, {**domains, y: Real()}) == kept
    # an exponent with a pole (1/h) is not known finite: the factor stays
    assert _without_positive_factors(C**(1 / h) * (h - 1), domains) == C**(1 / h) * (h - 1)

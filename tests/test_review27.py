"""Review 27's holes, closed: a function's definition read through a tie only at a root shown in the
tied variable's domain, an equation in a kept variable searched between its tried values, a standing
equation exempt only as a value of the operated variable, cache keys that carry a function's
assumptions and the file a derivation came from, and masks no user's name can take."""

from __future__ import annotations

import mpmath
import sympy

from derivations import Real
from derivations._definitions import TIED_AT_SEVERAL, body_at
from derivations._form_text import form_text
from derivations._search_region import admits
from verify.fingerprints import user_file_digest
from verify.premise_inequalities import _value_of
from verify.term_order import form_str

N, Nc, h, y, z, w = sympy.symbols("N N_c h y z w", real=True)
E = sympy.Function("E")


def test_a_tie_solved_off_the_tied_variables_domain_is_not_read():
    # not read, and (review 33) not read as written either: h moves with N, so nothing holds a condition there
    assert body_at(E(N), h, (Nc,), [sympy.Eq(sympy.tan(h), N)], {h: Real(2, 4)}) is TIED_AT_SEVERAL
    assert body_at(E(N), h, (Nc,), [sympy.Eq(2 * h, N)], {h: Real(0, 10)}) is TIED_AT_SEVERAL  # N_c/2 not shown inside
    assert body_at(E(N), h, (Nc,), [sympy.Eq(2 * h, N)], {}) == Nc / 2              # no domain declared


def test_an_equation_in_a_kept_variable_is_searched_between_its_tried_values():
    resonance = 10 * sympy.exp(-10**6 * (z - sympy.Rational(3, 5))**2)
    tune = ("solvable", 16 * y**2 - sympy.Rational(1, 2) - w - resonance)
    doms = {z: Real(0, 1), w: Real(0, 1)}
    assert not admits((tune,), {y}, doms, fixed={z})({y: mpmath.mpf(0.25)})
    flat = ("solvable", 16 * y**2 - sympy.Rational(1, 2) - w - z / 10)
    assert admits((flat,), {y}, doms, fixed={z})({y: mpmath.mpf(0.25)})     # w = ½ − z/10 at every z


def test_only_a_value_of_the_operated_variable_is_exempt():
    x = sympy.Symbol("x", real=True)
    assert _value_of(sympy.Eq(y, 2), {y})
    assert not _value_of(sympy.Eq(x + 48 * y**2, 5 * z + x), {x})         # x cancels: no value of x
    assert not _value_of(sympy.Eq(48 * y**2, 5 * z + x / 100), {x})


def test_a_functions_assumptions_are_in_its_text():
    t = sympy.Symbol("t")
    positive, real = sympy.Function("y", positive=True)(t), sympy.Function("y", real=True)(t)
    assert sympy.srepr(positive) == sympy.srepr(real)                      # SymPy's own text drops them
    assert form_text(positive) != form_text(real)


def test_two_files_of_one_directory_have_different_digests(tmp_path):
    (tmp_path / "a.py").write_text("DERIVATIONS = []\n")
    (tmp_path / "b.py").write_text("DERIVATIONS = []\n")
    assert user_file_digest(tmp_path / "a.py") != user_file_digest(tmp_path / "b.py")


def test_a_users_name_beside_a_closed_integral_is_printed():
    t, x = sympy.symbols("t x")
    mine = sympy.Symbol("_closed0")
    shown = form_str(x + mine + sympy.Integral(sympy.exp(-t**2), (t, 0, 1)))
    assert "_closed0" in shown and "Integral" in shown and "x" in shown


def test_a_periodic_tie_has_no_single_root_and_a_monotone_one_has():
    from derivations import Positive
    L, d = sympy.symbols("L d", positive=True)
    hp, Np = sympy.symbols("h N", positive=True)
    assert body_at(E(Np), hp, (Nc,), [sympy.Eq(sympy.tan(hp), Np)], {hp: Positive()}) is TIED_AT_SEVERAL
    assert body_at(E(Np), hp**2, (Nc,), [sympy.Eq(Np, (L / hp)**d)], {hp: Positive()}) == L**2 / Nc**(2 / d)


def test_a_tie_whose_roots_do_not_move_with_the_argument_is_no_tie():
    """Review 31 (closing review 28's hole): ``A(kN)^{−α} = A N^{−α}/2`` is A times a condition free of A, and
    gives ``α = log 2/log k`` at every N: the body is read with A and α as they are. Review 33: ties SymPy
    cannot solve, or solves to nothing, and chains of equations are not read."""
    from derivations import Positive
    A, alpha, k, Np = sympy.symbols("A alpha k N", positive=True)
    tie = sympy.Eq(A * (k * Np)**-alpha, A * Np**-alpha / 2)
    read = body_at(E(Np), A * Np**-alpha, (k * Np,), [tie], {A: Positive(), alpha: Positive()})
    assert read == A * (k * Np)**-alpha
    hp, T = sympy.symbols("h T", positive=True)
    assert body_at(E(Np), hp, (Nc,), [sympy.Eq(Np, hp**5 + hp)], {hp: Positive()}) is TIED_AT_SEVERAL
    assert body_at(E(Np), hp, (Nc,), [sympy.Eq(Np, hp + sympy.atan(hp))], {hp: Positive()}) is TIED_AT_SEVERAL
    assert body_at(E(Np), hp, (Nc,), [sympy.Eq(T, 2 * Np), sympy.Eq(hp, sympy.sqrt(T))], {}) is TIED_AT_SEVERAL
    assert body_at(E(Np), hp, (Nc,), [sympy.Eq(hp, sympy.sqrt(2 * Np))], {}) == sympy.sqrt(2 * Nc)


def test_a_condition_through_a_periodic_tie_is_held_by_no_variable():
    """Review 28: E(1) = 0 with E(N) = (x − ½)(y − h) and tan h = N, h > 0: read as written, y = h would hold
    it while x moves; h is π/4 + jπ, so x is pinned at every j ≥ 1. Nothing holds it."""
    from derivations import Positive
    from derivations._context import premise_constraints
    x, y, hp, Np = sympy.symbols("x y h N", positive=True)
    defs: dict = {}
    params = {x, y, hp, Np}
    premise_constraints("Edef", sympy.Eq(E(Np), (x - sympy.Rational(1, 2)) * (y - hp)), params, defs)
    (c,) = premise_constraints("cond", sympy.Eq(E(1), 0), params, defs, domains={hp: Positive()},
                               ties=[sympy.Eq(Np, sympy.tan(hp))])
    assert c.holders == frozenset()


def test_a_band_no_free_value_can_solve_is_found_where_the_middle_value_nearly_does():
    band = sympy.Rational(3, 5) * ((z - sympy.Rational(5, 8))**2 - sympy.Rational(1, 100))
    tune = ("solvable", 16 * y**2 - 1 + (w - sympy.Rational(1, 2))**2 - band)
    assert not admits((tune,), {y}, {z: Real(0, 1), w: Real(0, 1)}, fixed={z})({y: mpmath.mpf(0.25)})


def test_a_value_of_the_operated_variable_is_read_through_definitions():
    x, T = sympy.Symbol("x", real=True), sympy.Function("T")
    names = {T: (T(x), 48 * y**2 - 5 * z - x / 100)}
    assert not _value_of(sympy.Eq(T(x), 0), {x}, names)
    assert _value_of(sympy.Eq(T(x), 0), {x}, {T: (T(x), x - 2)})

"""The kernel runs no user code (issue 16, item 5): user files as a user writes them, through
``python -m verify FILE`` in a subprocess; and the safe reader of ``srepr`` the kernel relies on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sympy as sp
from hypothesis import given
from hypothesis import strategies as st

from verify.wire import ReadError, from_wire, number_to_wire, read_form, to_wire

ROOT = Path(__file__).resolve().parents[1]

HEAD = """
import mpmath
import sympy as sp
from derivations import (Agreement, Claim, Derivation, Differentiate, Measurement, Param, Positive, Premise,
                         Property, Rewrite)
x = Param("x", Positive())
f = sp.Function("f")
CUBE = Premise("cube", sp.Eq(f(x.symbol), x.symbol**3), "definition")
P3 = ({"x": 1}, {"x": 2}, {"x": "0.5"})
def make(ident, steps=None, **kw):
    return Derivation(id=ident, title="t", source="s", symbols=(x,), parameters=("x",), premises=(CUBE,),
                      steps=steps or (Differentiate(x.symbol, expect=3 * x.symbol**2),), **kw)
def slope(x):
    return mpmath.diff(lambda t: t**3, x)
"""


def _verify(tmp_path: Path, name: str, body: str, *args: str, cache: str = "cache") -> subprocess.CompletedProcess:
    """Write ``body`` to ``tmp_path/name`` and run ``python -m verify name`` there, as a user would."""
    (tmp_path / name).write_text(textwrap.dedent(HEAD) + textwrap.dedent(body))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WALLCHECK_CACHE_DIR": str(tmp_path / cache)}
    return subprocess.run([sys.executable, "-m", "verify", name, "--properties", "3", *args], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=600)


def _entries(proc: subprocess.CompletedProcess) -> dict[str, dict]:
    return {d["id"]: d for d in json.loads(proc.stdout)["derivations"]}


FORGE = """
import verify.checker
from verify.checker import StepVerdict
forged = lambda *a, **k: StepVerdict("proved", "forged")
verify.checker.prove_equal = verify.checker.compare = verify.checker.check_step = forged
wrong = make("mine.wrong", steps=(Differentiate(x.symbol, expect=5 * x.symbol**2),),
             route=Agreement("numeric derivative", slope, P3))
"""

HONEST = """
wrong = make("mine.wrong", steps=(Differentiate(x.symbol, expect=5 * x.symbol**2),),
             route=Agreement("numeric derivative", slope, P3))
"""


def test_a_monkeypatched_checker_forges_nothing_and_poisons_no_cache(tmp_path):
    forged = _verify(tmp_path, "forge.py", FORGE, "--json", "-")
    assert forged.returncode == 1, forged.stderr
    entry = _entries(forged)["mine.wrong"]
    assert entry["verdict"] == "failed" and entry["steps"][0]["verdict"] == "failed"
    assert "forged" not in forged.stdout
    # The same wrong step from an honest file, with the cache the forging run left: still failed.
    honest = _verify(tmp_path, "honest.py", HONEST, "--json", "-")
    assert honest.returncode == 1 and _entries(honest)["mine.wrong"]["steps"][0]["verdict"] == "failed"


SUBCLASSES = """
class Mine(Derivation):
    pass
class MyRule(Rewrite):
    pass
sub = Mine(id="mine.sub", title="t", source="s", symbols=(x,), premises=(CUBE,),
           steps=(Differentiate(x.symbol, expect=3 * x.symbol**2),))
fine = make("mine.fine", route=Agreement("numeric derivative", slope, P3))
"""


def test_subclasses_are_refused_in_one_line_each(tmp_path):
    proc = _verify(tmp_path, "subs.py", SUBCLASSES, "-q")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr + proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("python -m verify: error:")]
    assert len(errors) == 1, proc.stderr
    assert "'mine.sub' is a Mine (defined in subs.py), a Derivation subclass" in errors[0]
    assert "1 derivation: 1 proved" in proc.stdout  # the well-formed one is still checked


@pytest.mark.parametrize("steps, field", [("(MyRule(expect=3 * x.symbol**2),)", "must be one of the package's rules"),
                                          ("('Differentiate',)", "got str 'Differentiate'"),
                                          ("(Differentiate,)", "is the rule class Differentiate")])
def test_a_malformed_step_is_refused_when_written_at_the_users_line(tmp_path, steps, field):
    body = "class MyRule(Rewrite):\n    pass\n" + f"bad = make('mine.bad', steps={steps})\n"
    proc = _verify(tmp_path, "bad.py", body, "-q")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr + proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("python -m verify: error:")]
    assert len(errors) == 1 and "RecordError: mine.bad: steps[0]" in errors[0] and field in errors[0], proc.stderr
    assert "bad.py, line" in errors[0]  # the user's line, not the package's


MALFORMED = """
a = Derivation(id="mine.a", title="t", source="s", symbols=(x.symbol,), premises=(CUBE,),
               steps=(Differentiate(x.symbol, expect=3 * x.symbol**2),))
b = make("mine.b").__class__(id="mine.b", title="t", source="s", symbols=(x,), premises=(sp.Eq(f(x.symbol), 1),),
                             steps=(Differentiate(x.symbol, expect=3 * x.symbol**2),))
c = make("mine.c", properties=(Property("p", "t", lambda x: True, {"x": 1.5}),))
class MyF(sp.Function):
    @classmethod
    def eval(cls, arg):
        return None
    def _eval_derivative(self, s):
        return sp.Integer(0)
d = make("mine.d", steps=(Differentiate(x.symbol, expect=sp.Eq(sp.Derivative(f(x.symbol), x.symbol), MyF(x.symbol))),))
g = make("mine.g", route="numeric")
"""


@pytest.mark.parametrize("name, field", [
    ("a", "mine.a: symbols[0] must be a Param, got Symbol"),
    ("b", "mine.b: premises[0] must be a Premise, got Equality"),
    ("c", "mine.c: properties[0].over['x'] must be a Domain"),
    ("g", "mine.g: route must be an Agreement or a Measurement, got str"),
])
def test_malformed_records_are_refused_naming_the_field(tmp_path, name, field):
    # A malformed record is refused where it is written: one line, the field, the user's line.
    lines = MALFORMED.strip("\n").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{name} = "))
    end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" ")), len(lines))
    proc = _verify(tmp_path, f"malformed_{name}.py", "\n".join(lines[start:end]) + "\n", "-q")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr + proc.stdout
    errors = "\n".join(line for line in proc.stderr.splitlines() if line.startswith("python -m verify: error:"))
    assert field in errors, proc.stderr


def test_a_user_function_class_is_refused_in_a_form(tmp_path):
    body = MALFORMED[MALFORMED.index("class MyF"):MALFORMED.index("g = make")]
    proc = _verify(tmp_path, "myf.py", body, "-q")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr + proc.stdout
    assert "the form names 'MyF', which is not a SymPy class or function" in proc.stderr


ROUTES = """
import os, sys
with open("where.txt", "a") as fh:
    fh.write(f"{os.getpid()} {sys.argv[0]}\\n")
print("a user's print goes to stderr, never into the protocol")
good = make("mine.good", route=Agreement("numeric derivative", slope, P3),
            properties=(Property("positive", "the slope is positive", lambda x: 3 * x**2 > 0, {"x": Positive()}),),
            claims=(Claim("mine.good.c", "slope at 1", "notes", "3", lambda: slope(1), relation="≈"),))
none = make("mine.none", route=Agreement("no points", slope, ()))
one = make("mine.one", route=Agreement("one point", slope, ({"x": 1},)))
lax = make("mine.lax", route=Agreement("wrong but lax", lambda x: slope(x) * (1 + mpmath.mpf(10)**-3), P3,
                                       min_digits=lambda dps: 0))
cheat = make("mine.cheat", route=Agreement("the closed form", lambda x: cheat.evaluate(dps=mpmath.mp.dps, x=x), P3))
_saved = Derivation.evaluate
hidden = make("mine.hidden", route=Agreement("saved", lambda x: _saved(hidden, dps=mpmath.mp.dps, x=x), P3))
pair = make("mine.pair", route=Agreement("a tuple", lambda x: (slope(x), 0), P3))
forty_two = make("mine.value42", route=Agreement("numeric derivative", slope, P3), value=lambda r: sp.Integer(42))
picked = make("mine.picked", route=Agreement("numeric derivative", slope, P3), value=lambda r: r.rhs)
bad_claim = make("mine.bad_claim", route=Agreement("numeric derivative", slope, P3),
                 claims=(Claim("mine.bad_claim.c", "a pair", "notes", "3", lambda: (3, 3)),))
honest_ev = make("mine.honest_ev", route=Agreement("numeric derivative", slope, P3),
                 evaluator=lambda e, v: 3 * mpmath.mpf(v["x"]) ** 2 if isinstance(v["x"], int)
                 else 3 * (mpmath.mpf(v["x"].numerator) / v["x"].denominator) ** 2)
lying_ev = make("mine.lying_ev", route=Agreement("numeric derivative", slope, P3), evaluator=lambda e, v: 7)
measured = make("mine.measured", route=Measurement("a measurement", lambda dps: (True, 12, "agrees to 12 digits")))
"""


def test_routes_hooks_and_claims_run_in_the_child_and_return_numbers(tmp_path):
    proc = _verify(tmp_path, "routes.py", ROUTES, "--json", "-")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    runs = (tmp_path / "where.txt").read_text().splitlines()
    assert runs and all("isolation_child" in line for line in runs)  # imported in the child only
    assert "a user's print goes to stderr" in proc.stderr
    refused = [line for line in proc.stderr.splitlines() if "refused" in line]
    assert any("mine.none: route.points has 0 distinct points; an independent route needs at least 3" in r for r in refused)
    assert any("mine.one: route.points has 1 distinct point;" in r for r in refused)
    got = _entries(proc)
    assert got["mine.good"]["verdict"] == "proved"
    assert got["mine.good"]["claims"][0]["status"] == "verified"
    assert got["mine.good"]["properties"][0]["verdict"] == "confirmed"
    assert got["mine.measured"]["verdict"] == "proved"
    lax = got["mine.lax"]["numeric"]
    assert lax["verdict"] == "failed" and "need 25" in lax["detail"]  # min_digits=0 meets the floor
    for ident in ("mine.cheat", "mine.hidden"):
        assert got[ident]["numeric"]["verdict"] == "failed"
        assert "reaches the closed form (Derivation.evaluate)" in got[ident]["numeric"]["detail"]
    assert "returned a tuple, not a number" in got["mine.pair"]["numeric"]["detail"]
    assert got["mine.bad_claim"]["claims"][0]["status"] == "failed"
    assert got["mine.value42"]["verdict"] == "failed"
    assert got["mine.value42"]["hooks"][0]["verdict"] == "failed"
    assert "the value= hook returns 42, which the steps did not derive" in got["mine.value42"]["hooks"][0]["detail"]
    assert got["mine.picked"]["verdict"] == "proved" and got["mine.picked"]["hooks"][0]["verdict"] == "proved"
    assert got["mine.honest_ev"]["hooks"] == [{"hook": "evaluator", "verdict": "confirmed", "detail":
                                               "agrees with the kernel's evaluation of the derived value at 3 points"}]
    lying = got["mine.lying_ev"]["hooks"][0]
    assert lying["verdict"] == "failed" and "the evaluator gives 7 but the derived value is 3.0" in lying["detail"]


HYPER = """
from derivations import Integrate
t = sp.Symbol("t", positive=True)
g, F = sp.Function("g"), sp.Function("F")
hyper_step = Derivation(id="mine.hyper", title="t", source="s", symbols=(x,),
    premises=(Premise("g", sp.Eq(g(t), 1 / sp.sqrt(1 + t**4)), "definition"),),
    steps=(Integrate(t, 0, x.symbol, expect=sp.Eq(F(x.symbol), x.symbol * sp.hyper(
        (sp.Rational(1, 4), sp.Rational(1, 2)), (sp.Rational(5, 4),), -x.symbol**4))),))
"""


def test_the_same_verdicts_with_and_without_the_cache(tmp_path):
    """A rule output SymPy cannot read back from srepr (hyper's TupleArg) is never memoised."""
    runs = [_verify(tmp_path, "hyper.py", HYPER, "--json", "-", "--allow-inconclusive") for _ in range(2)]
    runs.append(_verify(tmp_path, "hyper.py", HYPER, "--json", "-", "--allow-inconclusive", "--no-cache"))
    verdicts = [[(s["verdict"], s.get("method", "")) for s in _entries(r)["mine.hyper"]["steps"]] for r in runs]
    assert verdicts[0] == verdicts[1] == verdicts[2]
    assert "TupleArg" not in json.dumps(verdicts[1])


# -- the safe reader ---------------------------------------------------------------------------------

X = sp.Symbol("x", positive=True)
FORMS = [sp.Eq(sp.Function("f")(X), 3 * X**2 / 7 + sp.sqrt(2) * sp.exp(-X)), sp.Piecewise((X, X > 1), (0, True)),
         sp.Limit(X, X, sp.oo, "-"), sp.hyper([1], [2], X), sp.Float("1.5"), sp.Lambda(X, X**2), sp.log,
         sp.ImmutableMatrix([[X, 1]]), sp.Eq(X, X, evaluate=False), sp.Mul(2, X + 1, evaluate=False),
         sp.Integral(X, (X, 0, 1)), sp.Subs(sp.Function("f")(X), X, 1), sp.S.Reals, sp.zoo, sp.LambertW(X, -1),
         -sp.oo, sp.Integral(sp.exp(-X**2), (X, -sp.oo, sp.oo)), sp.Limit(1 / X, X, -sp.oo)]


@pytest.mark.parametrize("form", FORMS, ids=[sp.srepr(f)[:30] for f in FORMS])
def test_read_form_reads_back_exactly(form):
    assert sp.srepr(read_form(sp.srepr(form))) == sp.srepr(form)


@pytest.mark.parametrize("text", ["__import__('os').system('true')", "sin('__import__(1)')", "Symbol('x').subs",
                                  "Float('1; import os')", "S('x')", "(lambda: 1)()", "Function('f')('x + 1')",
                                  "Add(Integer(1),Integer(2))", "open('/etc/passwd')", "Integer(1) + Integer(2)"])
def test_read_form_refuses_everything_but_sympy_data(text):
    with pytest.raises(ReadError):
        read_form(text)


@given(st.fractions(), st.integers(-10**30, 10**30), st.floats(allow_nan=False, allow_infinity=False))
def test_numbers_cross_exactly(q, n, x):
    assert from_wire(to_wire(q)) == q and from_wire(to_wire(n)) == n and from_wire(to_wire(x)) == x
    import mpmath
    with mpmath.workdps(60):
        v = mpmath.mpf(q.numerator) / q.denominator if q.denominator else mpmath.mpf(0)
        assert from_wire(number_to_wire(v, 60)) == v


def test_a_tuple_is_not_a_number():
    with pytest.raises(ValueError, match="returned a tuple, not a number"):
        number_to_wire((1, 2), 30)


def test_modules_in_the_users_directory_never_load_into_the_kernel(tmp_path):
    """``python -m verify`` puts the current directory first on ``sys.path``: a ``tomllib.py`` or
    ``hypothesis.py`` beside the user's file, imported lazily by the kernel, would run in its
    process and could rewrite the report. The kernel drops that entry; the child may import them."""
    for name in ("tomllib", "hypothesis"):
        (tmp_path / f"{name}.py").write_text(
            "import os, sys\n"
            "if 'isolation_child' not in ' '.join(sys.argv):\n"
            f"    open(os.path.join({str(tmp_path)!r}, 'kernel-imported-{name}'), 'w').close()\n"
            "raise ImportError('shadow')\n")
    proc = _verify(tmp_path, "mine.py", """
wrong = make("mine.wrong", steps=(Differentiate(x.symbol, expect=5 * x.symbol**2),),
             route=Agreement("numeric derivative", slope, P3))
""", "--no-cache")
    assert not list(tmp_path.glob("kernel-imported-*")), proc.stdout + proc.stderr
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
    assert "mine.wrong" in proc.stdout and "failed" in proc.stdout


def test_a_file_loaded_again_is_never_answered_with_an_earlier_versions_derivation(tmp_path):
    """One child serves every load of a process (the API, the pytest plugin, a test worker): a file
    edited and loaded again drops its old module, and a freed derivation's ``id()`` may be reused by
    the new one, which the child once answered as "the same as" the old token (the old derivation)."""
    from verify.isolation import load_file
    law = tmp_path / "law.py"
    for version in range(60):  # the reuse came about once in ten loads
        law.write_text(textwrap.dedent(HEAD) + f"\nd = make('mine.v{version}')\n")
        found = load_file(law).found
        assert [(d.id if d is not None else refusal) for _, d, refusal in found] == [f"mine.v{version}"]

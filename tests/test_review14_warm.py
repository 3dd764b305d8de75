"""Review 14 (issue 16: "the same verdict with and without the cache"): a module whose derivations
depend on ``datetime.now()`` or an unseeded random draw was replayed warm (review 10's known limits);
such a module is now volatile, a seeded one is not (:mod:`verify.outside_values`)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap

import pytest

from test_review10_warm import ROOT, _recorded
from verify.outside_reads import VOLATILE

CLOCK, RANDOM = VOLATILE + "clock", VOLATILE + "random"


@pytest.mark.parametrize("body", [
    "import datetime\nN = datetime.datetime.now().second % 2 + 2\n",
    "from datetime import datetime\nN = datetime.utcnow().year\n",
    "from datetime import date\nN = date.today().day\n",
    "import datetime as dt\nclass Mine(dt.datetime):\n    pass\nN = Mine.now().year\nassert type(Mine.now()) is Mine\n",
])
def test_the_calendar_read_through_datetime_makes_the_module_volatile(tmp_path, body):
    assert CLOCK in _recorded(tmp_path, body)


def test_a_given_datetime_reads_no_clock_and_stays_what_it_was(tmp_path):
    reads = _recorded(tmp_path, '''
        import datetime, pickle, copy
        d = datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        e = datetime.datetime.fromtimestamp(0)
        assert isinstance(d, datetime.datetime) and isinstance(d, datetime.date)
        assert pickle.loads(pickle.dumps(e)) == e and copy.deepcopy(d) == d
        assert issubclass(type(e), datetime.datetime)
    ''')
    assert CLOCK not in reads, reads


def test_an_original_datetime_pickles_to_a_process_without_the_watch(tmp_path):
    script = textwrap.dedent('''
        import datetime, pickle, sys
        from verify.outside_reads import install_recorder
        install_recorder()
        sys.stdout.buffer.write(pickle.dumps([datetime.datetime(2020, 1, 2, 3, 4, 5), datetime.date(2021, 5, 6)]))
    ''')
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    import datetime
    assert pickle.loads(done.stdout) == [datetime.datetime(2020, 1, 2, 3, 4, 5), datetime.date(2021, 5, 6)]


@pytest.mark.parametrize("body", [
    "import random\nN = random.choice([2, 3])\n",
    "from random import randint\nN = randint(2, 3)\n",
    "import random\nN = random.Random().randint(2, 3)\n",
    "import random\nrandom.seed()\nN = 2\n",
    "import os\nN = os.urandom(1)[0] % 2 + 2\n",
    "import numpy as np\nN = int(np.random.rand() * 2) + 2\n",
    "import numpy as np\nN = int(np.random.default_rng().integers(2, 4))\n",
])
def test_an_unseeded_random_draw_makes_the_module_volatile(tmp_path, body):
    assert RANDOM in _recorded(tmp_path, body)


@pytest.mark.parametrize("body", [
    "import random\nrandom.seed(7)\nN = random.choice([2, 3])\n",
    "import random\nN = random.Random(7).randint(2, 3)\n",
    "import numpy as np\nnp.random.seed(7)\nN = int(np.random.rand() * 2) + 2\n",
    "import numpy as np\nN = int(np.random.default_rng(7).integers(2, 4))\n",
    "import sympy\nN = sympy.nsimplify(2)\n",  # a library's own draws are not the user's
])
def test_a_seeded_draw_or_a_librarys_leaves_the_module_cacheable(tmp_path, body):
    reads = _recorded(tmp_path, body)
    assert RANDOM not in reads and CLOCK not in reads, reads


CLOCK_MODULE = '''
import datetime
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

N = 2 if datetime.datetime.now().year > 2000 else 3
x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="user.clock_power", title="slope of a power", source="user", symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**N), "the power law"),),
    steps=(Differentiate(x, expect=2 * x),),
    route=Agreement("value", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
'''


def test_a_module_that_reads_datetime_now_is_checked_again_on_every_run(tmp_path):
    (tmp_path / "mod").mkdir()
    (tmp_path / "mod" / "clock_power.py").write_text(CLOCK_MODULE)
    env = {**os.environ, "WALLCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-m", "verify", "mod/clock_power.py", "-q"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=300) for _ in range(3)]
    assert [r.returncode for r in runs] == [0, 0, 0], runs[0].stdout + runs[0].stderr
    assert "cached" not in runs[2].stdout, runs[2].stdout


def test_a_stat_relative_to_a_directory_descriptor_is_recorded_by_its_path(tmp_path):
    outside = tmp_path / "ext"
    outside.mkdir()
    (outside / "flag").write_text("")
    reads = _recorded(tmp_path, f'''
        import os
        fd = os.open({str(outside)!r}, os.O_RDONLY)
        N = 2 if os.path.exists("/nonexistent") else (3 if os.stat("flag", dir_fd=fd).st_size == 0 else 4)
        os.lstat("flag", dir_fd=fd)
        os.close(fd)
    ''')
    flag = os.path.realpath(outside / "flag")
    assert "stat:" + flag in reads and "lstat:" + flag in reads, reads


def test_clock_gettime_read_by_user_code_makes_the_module_volatile(tmp_path):
    """Review 15: a SolveFor choose= predicate read time.clock_gettime(CLOCK_REALTIME), not wrapped."""
    assert CLOCK in _recorded(tmp_path, "import time\nN = 2 if time.clock_gettime(time.CLOCK_REALTIME) > 0 else 3\n")
    assert CLOCK in _recorded(tmp_path, "from time import clock_gettime_ns, CLOCK_REALTIME\nN = clock_gettime_ns(CLOCK_REALTIME)\n")

"""The README's every ``python -m verify`` command, run as written in a fresh directory (issue 18).

Its own file so that this long walk (fourteen commands) runs beside the other CLI tests when the
suite is spread over processes. Its user has run the checker before: the verdict cache starts as
the suite's one full run left it (the first, cold ``python -m verify`` is CI's, before the suite);
``--dps 100`` and ``--no-cache`` still run cold, as written.
"""

from __future__ import annotations

import os
import shutil

from test_cli import ROOT, _readme_blocks, _readme_commands, verify_cli


def test_readme_commands_run_as_written_and_write_only_where_asked(tmp_path, full_report_cache):
    """Each command of the README in a fresh directory holding the files it names (a fits file
    from the README's TOML block, a derivation module of one's own): exit status 0, no trace, and
    nothing written beyond what the commands ask for."""
    fits = _readme_blocks("toml")[0]
    (tmp_path / "my_fits.toml").write_text(fits)
    (tmp_path / "other.toml").write_text(fits.replace('name = "Chinchilla"', 'name = "Chinchilla, again"')
                                         .replace('name = "Kaplan et al. L(N)"', 'name = "Kaplan, again"'))
    shutil.copy(ROOT / "examples" / "chinchilla.py", tmp_path / "my_law.py")
    shutil.copy(ROOT / "examples" / "smallness_sec3.tex", tmp_path / "paper.tex")
    before = set(os.listdir(tmp_path))
    user_cache = tmp_path / "xdg-cache" / "wallcheck"
    shutil.copytree(full_report_cache, user_cache)  # warm (a user's second session), not a replay
    seeded = set(os.listdir(user_cache))
    assert seeded and not (user_cache / "runs").exists()
    commands = _readme_commands()
    assert [] in commands and ["my_law.py"] in commands and ["paper.tex"] in commands and len(commands) >= 10
    # Each command once: the README shows ``--figures`` twice, and a second drawing into the same
    # directory (byte for byte the same files) is tests/test_figures.py's end-to-end rerun.
    for args in map(list, dict.fromkeys(map(tuple, commands))):
        proc = verify_cli(args, tmp_path)
        assert proc.returncode == 0, (args, proc.stdout[-2000:], proc.stderr[-2000:])
        assert "Traceback" not in proc.stdout + proc.stderr, args
    written = set(os.listdir(tmp_path)) - before
    assert written == {"xdg-cache", "report.json", "latex", "figures", "paper.wcaux"}, written
    assert set(os.listdir(user_cache)) > seeded  # the runs' own cache went where $XDG_CACHE_HOME says

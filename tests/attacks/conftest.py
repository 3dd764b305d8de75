"""The attack files are user modules, run by ``tests/test_attacks.py`` through ``python -m verify``.

pytest must never import them (``--doctest-modules`` would): some patch the checker or SymPy
on import, others fail to import on purpose.
"""

collect_ignore_glob = ["*.py"]

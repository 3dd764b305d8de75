"""Mutation score of ``python -m verify``: change one constant or operator in ``derivations/``
and see whether the run rejects it (exit status ≠ 0).

Every mutation site is found with :mod:`ast` in the section modules (records, steps,
routes, claims): integer and float literals (``k → k + 1``, ``x → 2x``, ``0 ↔ 1``),
arithmetic operators (``+ ↔ −``, ``* ↔ /``, ``** → *``), comparisons (``< ↔ >``, ``<= ↔ >=``)
and unary minus (dropped). Sites inside docstrings, strings, ``sample=`` / ``SampleRange``
and route ``points=`` (sampling settings: where a check looks, not what it checks) are
skipped. A seeded sample of ``--count`` sites is mutated one at a time in a scratch copy of
the package, and ``python -m verify --no-cache -q`` is run on the copy.

By default the section modules are mutated (files starting with ``_`` are skipped); ``--files``
names the files to mutate instead, helpers included (``derivations/_measure.py``). ``--ids``
restricts each verify run to those ids or prefixes (passed to ``python -m verify``), so that a
mutant of one library costs seconds; ``--jobs`` runs that many mutants at once, each in its own
scratch copy (each verify run then uses one worker).

    python benchmarks/mutation.py --count 100 --seed 1 [--jobs 2] [--json mutation.json]
    python benchmarks/mutation.py --files derivations/_measure.py --ids sk mc grid llm softmax \
        --count 150 --seed 1 --jobs 2

Prints the share rejected and lists every survivor (file, line, the change), which must
be explained (an equivalent mutant) or fixed.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import queue
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["Site", "find_sites", "mutate", "main"]

ROOT = Path(__file__).resolve().parents[1]
SKIP_KEYWORDS = {"sample", "points", "sampling", "doc", "note", "text", "title", "summary", "statement"}
SKIP_CALLS = {"SampleRange"}
BINOPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.Pow: ast.Mult}
CMPOPS = {ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE}


@dataclass(frozen=True)
class Site:
    """One mutation: a file, a position, what it was and what it becomes."""

    path: str
    line: int
    col: int
    kind: str
    before: str
    after: str
    end_line: int = 0  # where the node ends: nested operators starting at one column differ here
    end_col: int = 0


def _end(node: ast.AST) -> tuple[int, int]:
    return node.end_lineno, node.end_col_offset


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str, source: str):
        self.path, self.source, self.sites = path, source, []
        self._skip_depth = 0

    def _skipping(self, node: ast.AST) -> bool:
        return self._skip_depth > 0

    def visit_keyword(self, node: ast.keyword) -> None:
        if node.arg in SKIP_KEYWORDS:
            self._skip_depth += 1
            self.generic_visit(node)
            self._skip_depth -= 1
        else:
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name in SKIP_CALLS:
            return
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if self._skipping(node) or isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            return
        v = node.value
        after = {0: 1, 1: 0}.get(v, v + 1 if isinstance(v, int) else v * 2)
        self.sites.append(Site(self.path, node.lineno, node.col_offset, "constant", repr(v), repr(after), *_end(node)))

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if not self._skipping(node) and type(node.op) in BINOPS:
            self.sites.append(Site(self.path, node.lineno, node.col_offset, "operator",
                                   type(node.op).__name__, BINOPS[type(node.op)].__name__, *_end(node)))
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        if not self._skipping(node) and len(node.ops) == 1 and type(node.ops[0]) in CMPOPS:
            self.sites.append(Site(self.path, node.lineno, node.col_offset, "comparison",
                                   type(node.ops[0]).__name__, CMPOPS[type(node.ops[0])].__name__, *_end(node)))
        self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if not self._skipping(node) and isinstance(node.op, ast.USub):
            self.sites.append(Site(self.path, node.lineno, node.col_offset, "unary", "USub", "drop", *_end(node)))
        self.generic_visit(node)

    def visit_Expr(self, node: ast.Expr) -> None:  # docstrings and bare strings
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return
        self.generic_visit(node)


def find_sites(root: Path = ROOT, files: list[str] | None = None) -> list[Site]:
    """Every mutation site in the section modules of ``derivations/`` (or in ``files``, paths
    relative to ``root``, helpers starting with ``_`` included), in a stable order."""
    sites = []
    if files:
        paths = []
        for name in files:
            path = (root / name).resolve()
            if path.suffix != ".py" or not path.is_file() or root / "derivations" not in path.parents:
                raise ValueError(f"--files {name!r}: not a Python file under derivations/")
            paths.append(path)
        paths = sorted(set(paths))
    else:
        paths = [p for p in sorted((root / "derivations").glob("*.py")) if not p.name.startswith("_")]
    for path in paths:
        source = path.read_text()
        finder = _Finder(str(path.relative_to(root)), source)
        finder.visit(ast.parse(source))
        sites.extend(finder.sites)
    return sites


class _Mutator(ast.NodeTransformer):
    def __init__(self, site: Site):
        self.site, self.done = site, False

    def _here(self, node: ast.AST) -> bool:
        return (getattr(node, "lineno", None) == self.site.line and getattr(node, "col_offset", None) == self.site.col
                and (not self.site.end_line or _end(node) == (self.site.end_line, self.site.end_col)))

    def visit_Constant(self, node):
        if self.site.kind == "constant" and self._here(node) and not self.done:
            self.done = True
            return ast.copy_location(ast.Constant(ast.literal_eval(self.site.after)), node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if self.site.kind == "operator" and self._here(node) and not self.done \
                and type(node.op).__name__ == self.site.before:
            self.done = True
            node.op = getattr(ast, self.site.after)()
        return node

    def visit_Compare(self, node):
        self.generic_visit(node)
        if self.site.kind == "comparison" and self._here(node) and not self.done:
            self.done = True
            node.ops = [getattr(ast, self.site.after)()]
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if self.site.kind == "unary" and self._here(node) and not self.done:
            self.done = True
            return node.operand
        return node


def mutate(source: str, site: Site) -> str:
    """``source`` with the one change ``site`` describes (as unparsed Python)."""
    tree = ast.parse(source)
    mutator = _Mutator(site)
    tree = mutator.visit(tree)
    if not mutator.done:
        raise LookupError(f"site not found: {site}")
    return ast.unparse(ast.fix_missing_locations(tree))


def _run(site: Site, scratch: Path, timeout: float, extra: list[str] = ()) -> dict:
    target = scratch / site.path
    original = target.read_text()  # the snapshot taken when the run began
    target.write_text(mutate(original, site))
    env = {**os.environ, "PYTHONPATH": str(scratch), "WALLCHECK_CACHE_DIR": str(scratch / ".cache")}
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "verify", "--no-cache", "-q", *extra], cwd=scratch, env=env,
                              capture_output=True, text=True, timeout=timeout)
        code, tail = proc.returncode, (proc.stdout + proc.stderr).strip().splitlines()[-3:]
    except subprocess.TimeoutExpired:
        code, tail = -1, ["timed out"]
    finally:
        target.write_text(original)
    return {**asdict(site), "exit": code, "rejected": code != 0, "seconds": round(time.perf_counter() - start, 1),
            "tail": tail}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100, help="mutants to try (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="sampling seed (default 1)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per run before it counts as rejected")
    parser.add_argument("--json", metavar="PATH", help="write every outcome as JSON")
    parser.add_argument("--list", action="store_true", help="only count and list the sites")
    parser.add_argument("--files", nargs="+", metavar="PATH",
                        help="mutate these files (relative to the repository, helpers such as "
                             "derivations/_measure.py included) instead of every section module")
    parser.add_argument("--lines", nargs="+", type=int, metavar="N",
                        help="only the sites on these lines (to re-run survivors after a fix)")
    parser.add_argument("--ids", nargs="+", metavar="ID",
                        help="check only these derivation ids or prefixes in each verify run")
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once, each in its own copy (default 1)")
    parser.add_argument("--properties", type=int, metavar="N",
                        help="hypothesis examples per property in each verify run (verify's default if not given)")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error(f"--jobs {args.jobs}: must be at least 1")
    try:
        sites = find_sites(ROOT, args.files)
    except ValueError as exc:
        parser.error(str(exc))
    if args.lines:
        sites = [s for s in sites if s.line in set(args.lines)]
    if args.list:
        for s in sites:
            print(f"{s.path}:{s.line}:{s.col}-{s.end_line}:{s.end_col} {s.kind} {s.before} -> {s.after}")
        print(f"{len(sites)} sites")
        return 0
    chosen = random.Random(args.seed).sample(sites, min(args.count, len(sites)))
    # the sources as mutated (the survivors' lines are shown from these, not from a file edited since)
    sources = {path: (ROOT / path).read_text().splitlines() for path in {s.path for s in chosen}}
    extra = [*(["--jobs", "1"] if args.jobs > 1 else []),
             *(["--properties", str(args.properties)] if args.properties is not None else []), *(args.ids or [])]
    outcomes: list[dict | None] = [None] * len(chosen)
    done = 0
    with tempfile.TemporaryDirectory() as tmp:
        scratches: queue.Queue[Path] = queue.Queue()
        for j in range(args.jobs):  # one copy per concurrent mutant: each mutates its copy in place
            scratch = Path(tmp) / f"copy{j}"
            for pkg in ("derivations", "verify"):
                shutil.copytree(ROOT / pkg, scratch / pkg, ignore=shutil.ignore_patterns("__pycache__"))
            scratches.put(scratch)

        def one(i: int) -> tuple[int, dict]:
            scratch = scratches.get()
            try:
                return i, _run(chosen[i], scratch, args.timeout, extra)
            finally:
                scratches.put(scratch)

        with ThreadPoolExecutor(args.jobs) as pool:
            for i, outcome in (f.result() for f in as_completed([pool.submit(one, i) for i in range(len(chosen))])):
                outcomes[i], done = outcome, done + 1
                site = chosen[i]
                mark = "rejected" if outcome["rejected"] else "SURVIVED"
                print(f"[{done}/{len(chosen)}] {mark:8s} {site.path}:{site.line} {site.kind} {site.before} -> "
                      f"{site.after} ({outcome['seconds']} s)", flush=True)
    rejected = sum(o["rejected"] for o in outcomes)
    print(f"\nmutation score: {rejected}/{len(outcomes)} rejected ({100 * rejected / max(1, len(outcomes)):.0f}%) "
          f"from {len(sites)} sites, seed {args.seed}" + (f", verify {' '.join(args.ids)}" if args.ids else ""))
    survivors = [o for o in outcomes if not o["rejected"]]
    if survivors:
        print("survivors:")
        for o in survivors:
            line = sources[o["path"]][o["line"] - 1].strip()
            print(f"  {o['path']}:{o['line']} {o['kind']} {o['before']} -> {o['after']}: {line[:100]}")
    if args.json:
        Path(args.json).write_text(json.dumps({"seed": args.seed, "sites": len(sites), "files": args.files,
                                               "ids": args.ids, "outcomes": outcomes},
                                              indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutation score of ``python -m verify``: change one constant or operator in ``derivations/``
and see whether the run rejects it (exit status ≠ 0).

Every mutation site is found with :mod:`ast` in the section modules (records, steps,
routes, claims): integer and float literals (``k → k + 1``, ``x → 2x``, ``0 ↔ 1``),
arithmetic operators (``+ ↔ −``, ``* ↔ /``, ``** → *``), comparisons (``< ↔ >``, ``<= ↔ >=``)
and unary minus (dropped). Sites inside docstrings, strings, ``sample=`` / ``SampleRange``
and route ``points=`` (sampling settings: where a check looks, not what it checks) are
skipped. A seeded sample of ``--count`` sites is mutated one at a time in a scratch copy of
the package, and ``python -m verify --no-cache -q`` is run on the copy.

    python benchmarks/mutation.py --count 100 --seed 1 [--jobs 2] [--json mutation.json]

Prints the share rejected and lists every survivor (file, line, the change), which must
be explained (an equivalent mutant) or fixed.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
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
        self.sites.append(Site(self.path, node.lineno, node.col_offset, "constant", repr(v), repr(after)))

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if not self._skipping(node) and type(node.op) in BINOPS:
            self.sites.append(Site(self.path, node.lineno, node.col_offset, "operator",
                                   type(node.op).__name__, BINOPS[type(node.op)].__name__))
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        if not self._skipping(node) and len(node.ops) == 1 and type(node.ops[0]) in CMPOPS:
            self.sites.append(Site(self.path, node.lineno, node.col_offset, "comparison",
                                   type(node.ops[0]).__name__, CMPOPS[type(node.ops[0])].__name__))
        self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if not self._skipping(node) and isinstance(node.op, ast.USub):
            self.sites.append(Site(self.path, node.lineno, node.col_offset, "unary", "USub", "drop"))
        self.generic_visit(node)

    def visit_Expr(self, node: ast.Expr) -> None:  # docstrings and bare strings
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return
        self.generic_visit(node)


def find_sites(root: Path = ROOT) -> list[Site]:
    """Every mutation site in the section modules of ``derivations/``, in a stable order."""
    sites = []
    for path in sorted((root / "derivations").glob("*.py")):
        if path.name.startswith("_"):
            continue
        source = path.read_text()
        finder = _Finder(str(path.relative_to(root)), source)
        finder.visit(ast.parse(source))
        sites.extend(finder.sites)
    return sites


class _Mutator(ast.NodeTransformer):
    def __init__(self, site: Site):
        self.site, self.done = site, False

    def _here(self, node: ast.AST) -> bool:
        return getattr(node, "lineno", None) == self.site.line and getattr(node, "col_offset", None) == self.site.col

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


def _run(site: Site, scratch: Path, timeout: float) -> dict:
    target = scratch / site.path
    original = target.read_text()  # the snapshot taken when the run began
    target.write_text(mutate(original, site))
    env = {**os.environ, "PYTHONPATH": str(scratch), "WALLCHECK_CACHE_DIR": str(scratch / ".cache")}
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "verify", "--no-cache", "-q"], cwd=scratch, env=env,
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
    args = parser.parse_args(argv)
    sites = find_sites()
    if args.list:
        for s in sites:
            print(f"{s.path}:{s.line}:{s.col} {s.kind} {s.before} -> {s.after}")
        print(f"{len(sites)} sites")
        return 0
    chosen = random.Random(args.seed).sample(sites, min(args.count, len(sites)))
    outcomes = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for pkg in ("derivations", "verify"):
            shutil.copytree(ROOT / pkg, scratch / pkg, ignore=shutil.ignore_patterns("__pycache__"))
        for i, site in enumerate(chosen, 1):
            outcome = _run(site, scratch, args.timeout)
            outcomes.append(outcome)
            mark = "rejected" if outcome["rejected"] else "SURVIVED"
            print(f"[{i}/{len(chosen)}] {mark:8s} {site.path}:{site.line} {site.kind} {site.before} -> {site.after}"
                  f" ({outcome['seconds']} s)", flush=True)
    rejected = sum(o["rejected"] for o in outcomes)
    print(f"\nmutation score: {rejected}/{len(outcomes)} rejected ({100 * rejected / max(1, len(outcomes)):.0f}%) "
          f"from {len(sites)} sites, seed {args.seed}")
    survivors = [o for o in outcomes if not o["rejected"]]
    if survivors:
        print("survivors:")
        for o in survivors:
            line = (ROOT / o["path"]).read_text().splitlines()[o["line"] - 1].strip() if (ROOT / o["path"]).exists() else ""
            print(f"  {o['path']}:{o['line']} {o['kind']} {o['before']} -> {o['after']}: {line[:100]}")
    if args.json:
        Path(args.json).write_text(json.dumps({"seed": args.seed, "sites": len(sites), "outcomes": outcomes},
                                              indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

r"""Check the derivation in your own paper: ``python -m verify paper.tex``.

A LaTeX file marked up with wallcheck's commands (:data:`MARKUP_STY`, loaded by
``\usepackage{wallcheck}``; they typeset nothing) is read as text — nothing in it is
executed — and every ``wccheck`` becomes the same :class:`derivations.Derivation`
the Python API builds, checked by the same kernel:

* :mod:`~verify.texinput.scanner` finds the markup and the rows of displayed equations,
  with their line numbers;
* :mod:`~verify.texinput.mathparse` reads each row with SymPy's LaTeX parser through the
  author's names (``\newcommand`` macros expanded);
* :mod:`~verify.texinput.operations` turns a line's ``\wcby{...}`` into a built-in rule;
* :mod:`~verify.texinput.build` and :mod:`~verify.texinput.numbers` build the records;
  :mod:`~verify.texinput.reads` computes a claim from the derived forms, each read only where
  it was derived;
* :mod:`~verify.texinput.report` puts the author's file and line on every verdict and
  writes the ``.wcaux`` file the markup reads on the next LaTeX pass.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from .build import Origin, TexError
from .report import annotate_report, render_tex_failures, write_aux
from .sty import MARKUP_STY

__all__ = ["load_tex", "TexError", "Origin", "MARKUP_STY", "annotate_report", "render_tex_failures",
           "write_aux", "origin_of", "loader_entries"]

_ORIGIN = "_wallcheck_tex_origin"


def origin_of(derivation: Any) -> Origin | None:
    """Where a derivation loaded by :func:`load_tex` came from (None for any other)."""
    return getattr(derivation, _ORIGIN, None)


def load_tex(path: str | Path, display: str | None = None) -> tuple[list[Any], list[TexError]]:
    """Every marked derivation of the ``.tex`` file at ``path``, and the errors of those that cannot be built.

    ``display`` is how the path is shown in messages (default: as given). A derivation with
    an error is left out and its error (at its line) reported; the others are still built.
    """
    from .build import build_derivation
    from .numbers import make_claim, make_route
    from .printed import expand_edges
    from .route import default_route
    from .scanner import ScanError, expand_macros, scan

    shown = display or str(path)
    try:
        source = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [], [TexError(shown, 1, f"the file is not UTF-8 text ({exc.reason})")]
    try:
        scanned = scan(source)
    except ScanError as exc:
        return [], [TexError(shown, exc.line, exc.message, exc.text)]
    found: list[Any] = []
    errors: list[TexError] = []
    by_start = sorted(scanned.blocks, key=lambda b: b.line)
    loose = list(scanned.loose_claims)
    for item in loose:
        if item.kind != "claim":
            errors.append(TexError(shown, item.line, f"\\wc{item.kind} outside a wccheck environment", item.text))
    for block in by_start:
        try:
            d, origin, claims, route, names = build_derivation(block, shown, scanned.macros)
            # A claim in the text after a derivation (before the next one) belongs to it.
            nxt = min([b.line for b in by_start if b.line > block.line], default=10**9)
            claims = claims + [i for i in loose if i.kind == "claim" and block.line < i.line < nxt]
            claims = [replace(i, text=expand_macros(i.text, scanned.macros)) for i in claims]
            claims = [replace(i, before=b, after=a) for i in claims  # a macro beside a claim prints its body
                      for b, a in [expand_edges(i.before, i.after, scanned.macros)]]
            records = [make_claim(item, k + 1, d, names, shown) for k, item in enumerate(claims)]
            if records:
                d.claims = tuple(records)
            if route is not None:
                d.route = make_route(replace(route, text=expand_macros(route.text, scanned.macros)), d, names, shown)
            else:
                d.route = default_route(d)
        except TexError as exc:
            errors.append(exc)
            continue
        except ValueError as exc:  # a record refused its fields (the model's own validation)
            errors.append(TexError(shown, block.line, str(exc)))
            continue
        origin.file = str(Path(path).resolve())
        setattr(d, _ORIGIN, origin)
        found.append(d)
    first = min((b.line for b in by_start), default=10**9)
    for item in loose:
        if item.kind == "claim" and item.line < first:
            errors.append(TexError(shown, item.line, "\\wcclaim before any wccheck: put it after the "
                                                     "derivation whose names it uses", item.text))
    ids = [d.id for d in found]
    for d in found:
        if ids.count(d.id) > 1:
            errors.append(TexError(shown, origin_of(d).line, f"derivation id {d.id!r} is used twice in this file"))
            found = [x for x in found if x.id != d.id]
    return found, errors


def loader_entries(path: Path, shown: str, errors: list[Any]) -> list[tuple[str, Any]]:
    """For :func:`verify.loader.load_paths`: ``(place, derivation)`` pairs; errors appended as ``LoadError``."""
    from verify.loader import LoadError

    class TexLoadError(LoadError):
        """A load error at a line of a ``.tex`` file: ``paper.tex:8: message`` and the line as written."""

        def __str__(self) -> str:
            return f"{self.path}: {self.error}" + (f" (the line: {self.frame})" if self.frame else "")

    found, tex_errors = load_tex(path, shown)
    errors += [TexLoadError(f"{e.path}:{e.line}", e.message, e.text) for e in tex_errors]
    return [(f"line {origin_of(d).line}", d) for d in found]

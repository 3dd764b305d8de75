"""Figures that reproduce the papers' plots from verified closed forms and real measurements.

``python -m verify --figures [DIR]`` (default ``figures/``) writes, for every figure of
:data:`FIGURES`, ``NAME.png`` and ``NAME.pdf``, plus ``DIR/captions.md`` (what each figure
shows and what it was computed from) and ``DIR/.wallcheck``, a manifest of the files
wallcheck wrote with their SHA-256 and the captions. Every curve is a registry value
(``derivations.get(ID).evaluate(...)``) or one of the package's own measurements; nothing
plotted is typed in. Runs are deterministic: a rerun is byte-identical.

A file in ``DIR`` that wallcheck did not write (not in the manifest, or changed since) is
never overwritten unless ``force=True`` (``--force``).

The figures: S Fig. 1 (the running exponent, with the erratum of its caption's
normalization), S Fig. 2 (``N_crit(p)``), W Fig. 1 (error against resources), W Fig. 2 (the
roundoff wall measured in float32 and float64), W Fig. 3 (tanh output densities), the
resilience-of-uncertainty amplification factors (W App. I), the Sharma–Kaplan exponents
measured (S §4–5), and the effective exponent of published scaling-law fits.

Each figure module has pure ``data_*`` functions (numpy arrays, no matplotlib: the tests
check the data) and ``draw_*`` functions (matplotlib, the ``plots`` extra).

>>> [f.name for f in FIGURES][:2]
['s_fig1_running_exponent', 's_fig2_N_crit']
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path, PurePosixPath
from typing import Any, Sequence

from ._base import Figure
from .fits import FITS
from .pedestal import S_FIG1, S_FIG2
from .rou import ROU
from .sk import SK
from .tanh import W_FIG3
from .wall import W_FIG1, W_FIG2

__all__ = ["Figure", "FIGURES", "MANIFEST", "CAPTIONS", "PLOTS_EXTRA", "MissingMatplotlibError",
           "require_matplotlib", "foreign_files", "write_figures", "render_captions", "latex_section", "select"]

#: Every figure, in the order of the captions file and the LaTeX section.
FIGURES: tuple[Figure, ...] = (S_FIG1, S_FIG2, W_FIG1, W_FIG2, W_FIG3, ROU, SK, FITS)
#: The manifest of the files wallcheck wrote in a figure directory (JSON).
MANIFEST = ".wallcheck"
#: The captions file.
CAPTIONS = "captions.md"
#: How to install matplotlib with the package.
PLOTS_EXTRA = 'pip install -e ".[plots]" (or pip install "wallcheck[plots]")'
_GENERATOR = "wallcheck figures"


class MissingMatplotlibError(ImportError):
    """matplotlib, which drawing needs, is not installed (the ``plots`` extra)."""


def require_matplotlib() -> None:
    """Raise :class:`MissingMatplotlibError` naming the extra if matplotlib cannot be imported."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise MissingMatplotlibError(f"--figures needs matplotlib, from the plots extra: {PLOTS_EXTRA}") from exc


def select(names: Sequence[str] | None = None) -> tuple[Figure, ...]:
    """The figures called ``names`` (all by default); an unknown name is a ValueError naming it.

    >>> [f.name for f in select(["s_fig2_N_crit"])]
    ['s_fig2_N_crit']
    """
    if names is None:
        return FIGURES
    by_name = {f.name: f for f in FIGURES}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise ValueError(f"figure={unknown[0]!r} is not one of {', '.join(by_name)}")
    return tuple(by_name[n] for n in names)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_manifest(directory: Path) -> dict[str, Any] | None:
    """The manifest if wallcheck wrote it; ``None`` if there is none; raises if it is foreign."""
    path = directory / MANIFEST
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("generator") != _GENERATOR:
        return {"foreign": True}
    return data


def _foreign(directory: Path, names: Sequence[str]) -> list[Path]:
    """The target files that exist and are not, byte for byte, what wallcheck last wrote there."""
    manifest = _read_manifest(directory)
    if manifest is not None and manifest.get("foreign"):
        return [directory / MANIFEST]
    known = (manifest or {}).get("files", {})
    return [directory / n for n in names
            if (directory / n).exists() and known.get(n) != _sha256(directory / n)]


def foreign_files(directory: str | Path, names: Sequence[str] | None = None) -> list[Path]:
    """The files :func:`write_figures` would overwrite in ``directory`` that wallcheck did not
    write (or that changed since): refused without ``force``. Cheap: nothing is drawn.

    >>> foreign_files("no/such/directory")
    []
    """
    directory = Path(directory)
    if not directory.is_dir():
        return []
    targets = [n for f in select(names) for n in (f"{f.name}.png", f"{f.name}.pdf")] + [CAPTIONS]
    return _foreign(directory, targets)


def render_captions(figures: Sequence[Figure], captions: dict[str, str]) -> str:
    """``captions.md``: one section per figure — title, the PNG, the caption, its sources."""
    lines = ["# Figures", "",
             "Written by `python -m verify --figures` (wallcheck). Every curve is a closed form of the",
             "registry evaluated with `derivations.get(ID).evaluate(...)`, or the package's own measurement;",
             "the ids after each caption are what it was computed from.", ""]
    from verify.prose import plain
    for f in figures:  # a title's math as text (``N_crit(p)``); captions keep ``$...$`` for Markdown math
        lines += [f"## {plain(f.title)}", "", f"![{plain(f.title)}]({f.name}.png)", "", captions[f.name], "",
                  f"*Reproduces:* {f.source}. *Computed from:* " + ", ".join(f"`{c}`" for c in f.computed_from)
                  + f". Files: `{f.name}.png`, `{f.name}.pdf`.", ""]
    return "\n".join(lines)


def write_figures(directory: str | Path = "figures", *, force: bool = False,
                  names: Sequence[str] | None = None) -> list[Path]:
    """Compute, draw and write the figures (PNG and PDF), ``captions.md`` and the manifest.

    Refuses (:class:`verify.report.OverwriteError`, before any work) to overwrite a file
    wallcheck did not write, unless ``force``. Returns the paths written. Needs matplotlib
    (:class:`MissingMatplotlibError` otherwise).
    """
    from verify.report import OverwriteError

    require_matplotlib()
    from ._base import save

    directory = Path(directory)
    figures = select(names)
    if directory.exists() and not directory.is_dir():
        raise OverwriteError(f"--figures {directory}: is a file, not a directory; give a directory for the figures")
    foreign = foreign_files(directory, names)
    if foreign and not force:
        raise OverwriteError(f"{foreign[0]} exists and was not written by wallcheck (or was changed since); "
                             "pass --force to overwrite it")
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    captions: dict[str, str] = {}
    for f in figures:
        data = f.data()
        written += save(f, data, directory)
        captions[f.name] = f.caption(data)
    (directory / CAPTIONS).write_text(render_captions(figures, captions), encoding="utf-8")
    written.append(directory / CAPTIONS)
    previous = _read_manifest(directory) or {}
    files = dict(previous.get("files", {})) if not previous.get("foreign") else {}
    files.update({p.name: _sha256(p) for p in written})
    entries = {e["name"]: e for e in previous.get("figures", [])} if not previous.get("foreign") else {}
    entries.update({f.name: {"name": f.name, "title": f.title, "source": f.source, "caption": captions[f.name],
                             "computed_from": list(f.computed_from)} for f in figures})
    order = [f.name for f in FIGURES if f.name in entries]
    manifest = {"generator": _GENERATOR, "files": dict(sorted(files.items())),
                "figures": [entries[n] for n in order]}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return written + [directory / MANIFEST]


def latex_section(figure_dir: str | Path, relative_to: str | Path) -> str:
    r"""A LaTeX section including every figure wallcheck wrote in ``figure_dir`` (its PDF), with
    its caption; paths relative to ``relative_to`` (the directory of the ``.tex`` file).

    Needs ``\usepackage{graphicx}`` in the preamble. Returns ``""`` when the directory holds
    no figures written by wallcheck (run ``python -m verify --figures`` first). Reads the
    captions from the manifest: nothing is recomputed.
    """
    from verify.prose import latex as prose_latex

    figure_dir = Path(figure_dir)
    manifest = _read_manifest(figure_dir) if figure_dir.exists() else None
    if not manifest or manifest.get("foreign"):
        return ""
    files = manifest.get("files", {})
    chunks = []
    for entry in manifest.get("figures", []):
        pdf = figure_dir / f"{entry['name']}.pdf"
        if not pdf.exists() or files.get(pdf.name) != _sha256(pdf):
            continue
        rel = PurePosixPath(Path(os.path.relpath(pdf.resolve(), Path(relative_to).resolve())).as_posix())
        chunks.append("\n".join([
            r"\begin{figure}[htbp]", r"\centering",
            rf"\includegraphics[width=\linewidth]{{{rel}}}",
            rf"\caption{{{prose_latex(entry['title'])}. {prose_latex(entry['caption'])}}}",
            rf"\label{{fig:{entry['name']}}}", r"\end{figure}"]))
    if not chunks:
        return ""
    intro = prose_latex("The figures below are drawn by python -m verify --figures from the closed forms of the "
                        "registry and the package's own measurements; each caption names what it was computed "
                        "from.")
    return "\n\n".join([r"\section{Figures}", intro, *chunks, r"\clearpage"]) + "\n"

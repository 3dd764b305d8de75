r"""LaTeX emitter: a package, one fragment per derivation, one file per section, ``main.tex``.

``write_latex(report, DIR)`` writes

* ``DIR/wallcheck.sty`` — every macro the output uses (``\verdict``, ``\wcstep``, ...) and
  the packages it needs (amsmath, amssymb, tabularx); ``\texorpdfstring`` is provided when
  hyperref is not loaded;
* ``DIR/derivations/<id>.tex`` — one fragment per derivation, which a plain
  ``\documentclass{article}\usepackage{amsmath,wallcheck}`` can ``\input``: its symbols,
  premises (numbered relations with their left-hand sides), the steps as one aligned chain
  (each line related to the one before by ``=``, ``\implies`` or ``\simeq``, with its rule
  and verdict at the right), the result (numbered, boxed, labelled ``wc:<id>``), the
  independent route, the properties and the claims as a table, errata set apart;
* ``DIR/<topic>.tex`` — a section that inputs its fragments, and ``DIR/main.tex``.

Every expression is printed by :mod:`verify.notation` (one symbol registry, the papers'
order of terms) and every piece of prose by :func:`verify.prose.latex`.
:func:`check_equations` parses each emitted equation back — strictly with pylatexenc, and
into SymPy with ``sympy.parsing.latex.parse_latex`` — and shows it numerically equal to the
verified expression. The output carries no dates or timings, so it is byte-identical from
run to run; a file that does not start with wallcheck's marker line is never overwritten
without ``force``.

One module per output: :mod:`~verify.latex.package` (``wallcheck.sty``),
:mod:`~verify.latex.printer` (prose, ids and numbers as LaTeX), :mod:`~verify.latex.chains`
(premises, the chain of steps, the result), :mod:`~verify.latex.layout` (displays that fit a
column), :mod:`~verify.latex.fragments` (a derivation's full account and its parts),
:mod:`~verify.latex.document` (``main.tex``, the sections, writing the directory),
:mod:`~verify.latex.parseback` (each equation parsed back) and :mod:`~verify.latex.jupyter`
(one MathJax display). This module is their one way in.
"""

from __future__ import annotations

from .chains import Equation
from .document import (DEFAULT_AUTHOR, DEFAULT_TITLE, FIGURE_DIR, OWN_TITLE, TOPIC_TITLES, check_target,
                       foreign_targets, render_document, write_latex)
from .fragments import (FragmentRenderer, equations, fragment_path, render_derivation, render_fragment,
                        render_parts)
from .jupyter import repr_latex
from .package import MARKER, STY, sty
from .parseback import EquationCheck, check_equations
from .parseback import _check_side  # noqa: F401 - the tests' way in
from .printer import _plain_prose, _prose, _value, number_tex, text  # noqa: F401 - the tests' way in

#: The renderer of a derivation's full account, by its old name (:mod:`verify.show` uses it).
_Renderer = FragmentRenderer

__all__ = ["MARKER", "TOPIC_TITLES", "STY", "sty", "foreign_targets", "render_document", "render_derivation",
           "render_fragment", "render_parts", "repr_latex", "number_tex",
           "write_latex", "text", "Equation", "equations", "check_equations", "EquationCheck",
           "fragment_path", "check_target", "DEFAULT_TITLE", "OWN_TITLE", "DEFAULT_AUTHOR", "FIGURE_DIR"]

r"""The LaTeX side of the markup: commands that typeset nothing, and the optional verdict marks.

:data:`MARKUP_STY` is appended to the generated ``wallcheck.sty`` (so ``\usepackage{wallcheck}``
provides it) and shipped alone as ``latex/wallcheck-markup.sty``
(``\usepackage{wallcheck-markup}``). Every command is a no-op for typesetting: a paper
typesets exactly as it did without them. With the option ``marks`` (or ``\wcshowmarks``
in the preamble) each displayed equation of a derivation gets a margin mark with the
verdicts of its lines, read from ``\jobname.wcaux``, which ``python -m verify paper.tex``
writes (like BibTeX's ``.bbl``: run LaTeX again after it); with ``footnotes`` (or
``\wcshowfootnotes``) each derivation ends with a footnote giving its verdict. Without
either, no hook is installed at all.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["MARKUP_STY", "MARKUP_PACKAGE", "write_markup_package"]

#: The markup commands (the body shared by ``wallcheck.sty`` and ``wallcheck-markup.sty``).
MARKUP_STY = r"""% -- wallcheck markup (verify/texinput/sty.py): a derivation in your own paper, checked by
% `python -m verify paper.tex`. These commands typeset nothing.
\providecommand{\wc@ifmarks}{\@gobble}
\newif\ifwc@marks \newif\ifwc@footnotes
\@ifundefined{DeclareOption}{}{%
  \DeclareOption{marks}{\wc@markstrue}\DeclareOption{footnotes}{\wc@footnotestrue}%
  \DeclareOption*{}\ProcessOptions\relax}
\newcommand{\wcshowmarks}{\wc@markstrue}
\newcommand{\wcshowfootnotes}{\wc@footnotestrue}
\newcounter{wc@display}
\def\wc@id{}
\newenvironment{wccheck}[2]{\def\wc@id{#1}\setcounter{wc@display}{0}\ignorespaces}%
  {\ifwc@footnotes\wc@footnote\fi\ignorespacesafterend}
\newcommand{\wcsymbol}[1]{\ignorespaces}
\newcommand{\wcassume}[3][]{\ignorespaces}
\newcommand{\wcpremise}[2][]{}
\newcommand{\wcby}[1]{}
\newcommand{\wcfrom}[1]{}
\newcommand{\wcname}[1]{}
\newcommand{\wcskip}{}
\newcommand{\wcroute}[2][]{\ignorespaces}
\newcommand{\wcclaim}[3][]{#3}
% The verdicts python -m verify wrote (\jobname.wcaux): \wcverdict{id}{verdict}, \wcmark{id}{n}{text}.
\newcommand{\wcverdict}[2]{\expandafter\gdef\csname wc@v@#1\endcsname{#2}}
\newcommand{\wcmark}[3]{\expandafter\gdef\csname wc@m@#1@#2\endcsname{#3}}
\newcommand{\wcmarkstyle}[1]{\textsf{\scriptsize #1}}
\def\wc@footnote{\@ifundefined{wc@v@\wc@id}{}{\ifvmode\else\unskip\fi
  \footnote{\textsf{wallcheck}: derivation \texttt{\expandafter\detokenize\expandafter{\wc@id}}\
  \textsf{\csname wc@v@\wc@id\endcsname}.}}}
\def\wc@markdisplay{\ifx\wc@id\@empty\else\stepcounter{wc@display}%
  \@ifundefined{wc@m@\wc@id @\arabic{wc@display}}{}{\ifhmode\else\leavevmode\fi
    \marginpar{\raggedright\wcmarkstyle{\csname wc@m@\wc@id @\arabic{wc@display}\endcsname}}}\fi}
\AtBeginDocument{%
  \ifwc@marks\wc@readaux\wc@hookdisplays\else\ifwc@footnotes\wc@readaux\fi\fi}
\def\wc@readaux{\InputIfFileExists{\jobname.wcaux}{}{\typeout{wallcheck: no \jobname.wcaux yet;
  run python -m verify \jobname.tex, then LaTeX again}}}
\def\wc@hookdisplays{\@for\wc@env:=equation,equation*,align,align*,gather,gather*,multline,multline*,%
  flalign,flalign*,alignat,alignat*\do{\expandafter\wc@hook\expandafter{\wc@env}}}
\def\wc@hook#1{\expandafter\let\csname wc@orig@#1\expandafter\endcsname\csname #1\endcsname
  \expandafter\edef\csname #1\endcsname{\noexpand\wc@markdisplay\expandafter\noexpand\csname wc@orig@#1\endcsname}}
% -- end of the wallcheck markup
"""

#: The markup as a package of its own (``latex/wallcheck-markup.sty``).
MARKUP_PACKAGE = (r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesPackage{wallcheck-markup}[2026/01/01 wallcheck: mark up a derivation to check it]
""" + MARKUP_STY + "\\endinput\n")


def write_markup_package(directory: str | Path) -> Path:
    """Write ``wallcheck-markup.sty`` into ``directory`` (it is ours: always the same bytes)."""
    path = Path(directory) / "wallcheck-markup.sty"
    path.write_text(MARKUP_PACKAGE, encoding="utf-8")
    return path

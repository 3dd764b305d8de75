r"""Text TeX never typesets as mathematics: verbatim text, comment environments, the false branch of a conditional.

The checker reads what TeX prints, so what TeX skips is blanked (its line breaks kept, so every
line number stays the file's) before the markup is scanned:

* the text of a verbatim environment (``verbatim``, ``Verbatim``, ``lstlisting``, ``minted``) and of
  ``\verb|...|``: TeX prints it as it stands, so no command in it acts;
* a ``comment`` environment (the comment and verbatim packages), and any environment declared with
  ``\excludecomment{name}``; ``\includecomment{name}`` (or ``\specialcomment``) keeps its text. As in
  the comment package, such an environment opens and closes on lines of their own;
* the false branch of a conditional whose value is written out: ``\iffalse``, ``\iftrue``, ``\if00``
  (two characters compared), each with its ``\else``, and ``\unless`` before one of them.

A conditional whose value the text does not show (``\ifx``, ``\ifdefined``, ``\ifnum``, a flag of
``\newif``, etoolbox's ``\ifbool{...}{...}{...}``, ifthen's ``\ifthenelse``...) is kept as an
:class:`Undecided` span: the scanner refuses a derivation, a claim or a macro it reads inside one.

>>> text, spans = drop_untypeset("a\n\\iffalse\nb\n\\else c\\fi\nd\n")
>>> text.replace("\x1f", " ").split("\n")
['a', '        ', ' ', '      c   ', 'd', '']
>>> spans
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markup import SKIPPED, ScanError, line_of, read_group, strip_comments

__all__ = ["Undecided", "drop_verbatim", "drop_comment_environments", "drop_conditionals", "drop_untypeset"]


@dataclass(frozen=True)
class Undecided:
    """A conditional whose branch TeX takes the text does not show: its name and first and last lines."""

    construct: str
    line: int
    last: int


_DECLARE = re.compile(r"\\(excludecomment|includecomment|specialcomment|processcomment)\s*\{([^{}]*)\}")
_BEGIN = re.compile(r"\\begin\s*\{([A-Za-z*@]+)\}")


def drop_comment_environments(source: str) -> str:
    """``source`` with the text of every excluded comment environment blanked (see the module)."""
    raw = source.split("\n")
    visible = strip_comments(source).split("\n")  # a % comment declares and opens nothing
    excluded = {"comment"}
    out: list[str] = []
    k = 0
    while k < len(raw):
        line = visible[k]
        events = sorted([(m.start(), "declare", m) for m in _DECLARE.finditer(line)]
                        + [(m.start(), "begin", m) for m in _BEGIN.finditer(line)], key=lambda e: e[0])
        opened = None
        for _, kind, m in events:
            if kind == "declare":
                names = {n.strip() for n in m.group(2).split(",") if n.strip()}
                excluded = excluded | names if m.group(1) == "excludecomment" else excluded - names
            elif m.group(1) in excluded:
                opened = m
                break
        if opened is None:
            out.append(raw[k])
            k += 1
            continue
        name, first = opened.group(1), k + 1
        out.append(line[:opened.start()])  # the rest of the opening line is skipped too
        end = re.compile(r"\\end\s*\{" + re.escape(name) + r"\}")
        k += 1
        while k < len(raw) and not re.match(r"\s*" + end.pattern, raw[k]):
            if end.search(raw[k]):
                raise ScanError(k + 1, f"\\end{{{name}}} of the comment environment opened at line {first} is "
                                       f"not at the start of its line: the comment package ends the environment "
                                       f"only at a line that begins with \\end{{{name}}}, so what TeX skips is "
                                       f"unclear; put \\end{{{name}}} on a line of its own")
            out.append("")
            k += 1
        if k == len(raw):
            raise ScanError(first, f"\\begin{{{name}}} (a comment environment, skipped by TeX) is never closed: "
                                   f"TeX would skip the rest of the file")
        out.append("")
        k += 1
    return "\n".join(out)


#: Conditionals that take braced arguments (etoolbox, ifthen, xifthen): undecided, no \fi.
_ARGUMENT_FORMS = re.compile(r"(?:ifthenelse|ifboolexpr|ifboolexpe|if(?:not)?bool|if(?:not)?toggle|ifdef(?!ined$)\w*|"
                             r"ifndef|ifundef|ifcs(?!name$)\w*|ifstr\w*|ifblank|ifnum(?:comp|equal|greater|less|odd)|ifdim\w+|"
                             r"ifinlist\w*|ifinlistcs|ifltx\w+|ifpatchable\w*|ifrmnum|ifbibstring|ifentrytype)")
_TOKEN = re.compile(r"\\(newif\s*\\if[A-Za-z@]*|unless\s*\\if[A-Za-z@]*|if(?!f(?![A-Za-z@]))[A-Za-z@]*|else|or|fi)"
                    r"(?![A-Za-z@])")  # \iff is the relation, not a conditional


def _blank(chars: list[str], start: int, end: int, blank: str = " ") -> None:
    if blank != " " and end > start and chars[end - 1].isalpha():  # \fi x: TeX skips the spaces after a word
        while end < len(chars) and chars[end] in " \t":
            end += 1
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = blank


def _value(text: str, m: "re.Match[str]") -> tuple[bool | None, int]:
    r"""The branch a conditional takes when the text shows it (``\iffalse``, ``\if01``), else None;
    and where the test ends (after the two characters ``\if`` compares)."""
    word = m.group(1)
    unless = word.startswith("unless")
    name = word.split("\\")[-1]
    value: bool | None = None
    end = m.end()
    if name == "iftrue":
        value = True
    elif name == "iffalse":
        value = False
    elif name == "if":
        pair = re.compile(r"\s*([^\s\\{}%])([^\s\\{}%])").match(text, m.end())
        if pair is not None:
            value, end = pair.group(1) == pair.group(2), pair.end()
    return (None if value is None else value != unless), end


def drop_conditionals(text: str) -> tuple[str, list[Undecided]]:
    """``text`` (comments stripped) with the branches TeX skips blanked, and the undecided conditionals."""
    chars = list(text)
    stack: list[dict] = []
    spans: list[tuple[int, int, str]] = []
    decided: list[tuple[int, int, int | None, int, bool]] = []  # (if start, if end, else, fi start/end, value)
    for m in _TOKEN.finditer(text):
        word = m.group(1)
        if word.startswith("newif"):
            continue  # \newif\ifdraft declares a flag: no conditional opens here
        if word.startswith(("if", "unless")):
            name = word.split("\\")[-1]
            rest = text[m.end():].lstrip(" \t\n")
            if _ARGUMENT_FORMS.fullmatch(name) or rest.startswith("{"):
                end = m.end()
                for k in range(4):  # the arguments: braced groups (the first may be a bare \name)
                    g = read_group(text, end)
                    n = re.compile(r"\s*\\[A-Za-z@]+").match(text, end) if g is None and k == 0 else None
                    if g is None and n is None:
                        break
                    end = g[1] if g is not None else n.end()
                spans.append((m.start(), end, "\\" + name))
                continue
            value, end = _value(text, m)
            stack.append({"start": m.start(), "end": end, "name": "\\" + "".join(word.split()), "value": value,
                          "else": None})
        elif word == "else" and stack:
            stack[-1]["else"] = stack[-1]["else"] if stack[-1]["else"] is not None else m.start()
        elif word == "or" and stack:
            stack[-1]["value"] = None  # \ifcase: undecided
        elif word == "fi" and stack:
            frame = stack.pop()
            if frame["value"] is None:
                spans.append((frame["start"], m.end(), frame["name"]))
            else:
                decided.append((frame["start"], frame["end"], frame["else"], m.start(), frame["value"]))
    for frame in stack:  # never closed: TeX takes the rest of the file into it
        spans.append((frame["start"], len(text), frame["name"]))
    for start, end, other, fi, value in decided:
        if value:  # the tokens TeX skips print nothing, not a space
            _blank(chars, start, end, SKIPPED)
            _blank(chars, other if other is not None else fi, fi + 3, SKIPPED)
        else:
            _blank(chars, start, other + 5 if other is not None else fi + 3, SKIPPED)
            _blank(chars, fi, fi + 3, SKIPPED)
    out = "".join(chars)
    undecided = [Undecided(name, line_of(text, start), line_of(text, end))
                 for start, end, name in sorted(spans) if out[start] not in (" ", SKIPPED)]
    return out, undecided


#: Environments whose text TeX prints as it stands (no command in them acts), and \verb|...|.
_VERBATIM = re.compile(r"\\begin\s*\{(verbatim\*?|Verbatim\*?|BVerbatim|LVerbatim|lstlisting|minted)\}"
                       r"|\\verb\*?([^A-Za-z\s*])")
_COMMENT_START = re.compile(r"(?<!\\)(?:\\\\)*%")


def drop_verbatim(source: str) -> str:
    r"""``source`` with the text of verbatim environments and ``\verb`` blanked: TeX prints it as it
    stands, so a ``\begin{equation}`` or a ``\wcpremise`` in it is no markup."""
    chars, pos = list(source), 0
    while (m := _VERBATIM.search(source, pos)) is not None:
        start_of_line = source.rfind("\n", 0, m.start()) + 1
        comment = _COMMENT_START.search("".join(chars[start_of_line:m.start()]))  # a % already blanked is text
        if comment is not None:  # % before it on its line: a comment, nothing opens
            pos = m.end()
            continue
        if m.group(2) is not None:  # \verb|...|: to the next delimiter on the line
            end = source.find(m.group(2), m.end())
            newline = source.find("\n", m.end())
            if end < 0 or 0 <= newline < end:
                raise ScanError(line_of(source, m.start()), f"\\verb{m.group(2)} is not closed on its line")
            _blank(chars, m.end(), end)
            pos = end + 1
            continue
        close = re.compile(r"\\end\s*\{" + re.escape(m.group(1)) + r"\}").search(source, m.end())
        if close is None:
            raise ScanError(line_of(source, m.start()), f"\\begin{{{m.group(1)}}} is never closed: TeX would print "
                                                        f"the rest of the file as it stands")
        _blank(chars, m.end(), close.start())
        pos = close.end()
    return "".join(chars)


def drop_untypeset(source: str) -> tuple[str, list[Undecided]]:
    """``source`` as TeX reads it: verbatim text, comments, comment environments and skipped branches
    blanked."""
    return drop_conditionals(strip_comments(drop_comment_environments(drop_verbatim(source))))

r"""The records of the markup scanner and the text primitives it reads LaTeX with.

:class:`Item`, :class:`Block` and :class:`Scanned` are what :func:`verify.texinput.scanner.scan`
finds in a ``.tex`` file; :func:`strip_comments` and :func:`read_group` read LaTeX as text
(nothing is executed), and :class:`ScanError` names the line of malformed markup.

>>> read_group("{a{b}c} rest", 0)
('a{b}c', 7)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

__all__ = ["SKIPPED", "ScanError", "Item", "Block", "Scanned", "strip_comments", "comment_breaks", "join_comments",
           "read_group", "line_of", "DISPLAY_ENVIRONMENTS"]

#: Displayed-equation environments whose rows are lines of a chain (their starred forms too).
#: What a conditional's skipped tokens are blanked to (not a space: TeX prints nothing there, so
#: ``5,\iffalse\fi25`` is 5,25); whitespace to str.split and ``\s``, removed where a claim's page is read.
SKIPPED = "\x1f"
DISPLAY_ENVIRONMENTS = ("equation", "align", "gather", "multline", "flalign", "alignat")


class ScanError(ValueError):
    """The markup itself is malformed (an unclosed brace or environment, a missing argument)."""

    def __init__(self, line: int, message: str, text: str = ""):
        self.line, self.message, self.text = line, message, text
        super().__init__(f"line {line}: {message}")


@dataclass(frozen=True)
class Item:
    """One piece of a derivation: ``kind`` is ``symbol``, ``assume``, ``claim``, ``row`` or ``route``.

    ``text`` is the argument (or the row as written); ``option`` an optional ``[...]``
    argument; ``extra`` a second argument (a claim's printed value); ``display`` the
    1-based number of the displayed environment a row belongs to within its derivation;
    ``before`` and ``after`` (a claim's) the source on either side of it, up to
    :data:`~verify.texinput.printed.CONTEXT` characters: what the page shows beside its number.
    """

    kind: str
    line: int
    text: str
    option: str | None = None
    extra: str | None = None
    display: int = 0
    before: str = ""
    after: str = ""
    math: bool = False  # a claim's: typeset in math mode (a letter beside it is a product)
    # a claim's: why & right before / right after it does not end the number ("" where it does): a
    # tabular whose column spec joins cells (@{.}), the two columns of an alignment's pair
    joined: tuple[str, str] = ("", "")
    page: str = ""  # a claim's: why the page hides it or prints it otherwise (a colour), or ""


@dataclass
class Block:
    """One ``wccheck`` environment: its id, title, first line and items in order."""

    id: str
    title: str
    line: int
    items: list[Item] = field(default_factory=list)


@dataclass
class Scanned:
    """What a file holds: its derivations and the claims written outside of any of them."""

    blocks: list[Block] = field(default_factory=list)
    loose_claims: list[Item] = field(default_factory=list)
    macros: dict[str, str] = field(default_factory=dict)


_COMMENT = re.compile(r"(?<!\\)(?:\\\\)*%")


def strip_comments(text: str) -> str:
    r"""``text`` without ``%`` comments (an escaped ``\%`` stays); line breaks are kept (lines keep
    their numbers: :func:`comment_breaks` tells which of them a comment eats)."""
    out = []
    for line in text.split("\n"):
        m = _COMMENT.search(line)
        out.append(line if m is None else line[:m.end() - 1])
    return "\n".join(out)


def comment_breaks(raw: str, text: str) -> list[int]:
    """The positions in ``text`` (``raw`` with its comments stripped, same lines) of the line breaks a
    comment eats: TeX's ``%`` eats the rest of its line, its line break and the next line's leading
    spaces (review 13: ``{5}%⏎%⏎0`` prints 50; a comment-only line is no paragraph break)."""
    commented = {k for k, line in enumerate(raw.split("\n")) if _COMMENT.search(line)}
    return [p for k, p in enumerate(i for i, c in enumerate(text) if c == "\n") if k in commented]


def join_comments(text: str, start: int, end: int, breaks: list[int]) -> str:
    r"""``text[start:end]`` as TeX reads it: each line break in ``breaks`` (sorted) dropped with the next
    line's leading spaces; a command keeps its end (``\relax%⏎x`` is ``\relax x``).

    >>> raw = "{5}%a\n%b\n  0 units"
    >>> text = strip_comments(raw)
    >>> join_comments(text, 0, len(text), comment_breaks(raw, text))
    '{5}0 units'
    """
    out, i = [], start
    for p in breaks[bisect_left(breaks, start):bisect_left(breaks, end)]:
        out.append(text[i:p].replace(SKIPPED, ""))
        i = p + 1
        while i < end and text[i] in " \t":
            i += 1
        if re.search(r"\\[A-Za-z]+\Z", "".join(out[-1:])) and text[i:i + 1].isalpha():
            out.append(" ")
    out.append(text[i:end].replace(SKIPPED, ""))
    return "".join(out)


def read_group(text: str, start: int, open_: str = "{", close: str = "}") -> tuple[str, int] | None:
    """The balanced group opening at ``text[start]`` (after spaces): its content and the end index."""
    i = start
    while i < len(text) and text[i] in " \t\n":
        i += 1
    if i >= len(text) or text[i] != open_:
        return None
    depth, j = 0, i
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == open_ or (open_ != "{" and c == "{"):
            depth += 1 if c == open_ else 0
        if c == close:
            depth -= 1
            if depth == 0:
                return text[i + 1:j], j + 1
        if open_ == "[" and c == "{":  # braces inside an optional argument
            inner = read_group(text, j)
            if inner is None:
                return None
            j = inner[1]
            continue
        j += 1
    return None


def line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1

r"""Markup scanner: the wallcheck environments, commands and display lines of a ``.tex`` file.

Reads LaTeX as text (nothing is executed): comments are dropped, the author's argument-less
``\newcommand``/``\renewcommand``/``\def`` macros are expanded, and every
``wccheck`` environment is cut into the items the record builder needs, each with the
line of the file it starts on: declarations (``\wcsymbol``), claims (``\wcclaim``) and
the logical lines (``\\``-separated rows) of its displayed equations.

>>> src = "\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n\\begin{align}\n y &= x \\\\\n &= 2x\n\\end{align}\n\\end{wccheck}\n"
>>> [(i.kind, i.line, i.text) for i in scan(src).blocks[0].items]
[('symbol', 2, 'x > 0'), ('row', 4, 'y &= x'), ('row', 5, '&= 2x')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["ScanError", "Item", "Block", "Scanned", "scan", "strip_comments", "read_group", "DISPLAY_ENVIRONMENTS"]

#: Displayed-equation environments whose rows are lines of a chain (their starred forms too).
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
    1-based number of the displayed environment a row belongs to within its derivation.
    """

    kind: str
    line: int
    text: str
    option: str | None = None
    extra: str | None = None
    display: int = 0


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


def strip_comments(text: str) -> str:
    r"""``text`` without ``%`` comments (an escaped ``\%`` stays); line breaks are kept."""
    out = []
    for line in text.split("\n"):
        m = re.search(r"(?<!\\)(?:\\\\)*%", line)
        out.append(line if m is None else line[:m.end() - 1])
    return "\n".join(out)


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


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


_NEWCOMMAND = re.compile(r"\\(?:newcommand|renewcommand|providecommand|DeclareRobustCommand)\*?\s*"
                         r"(?:\{\s*(\\[A-Za-z]+)\s*\}|(\\[A-Za-z]+))")
_DEF = re.compile(r"\\def\s*(\\[A-Za-z]+)\s*\{")


def _macros(text: str) -> dict[str, str]:
    r"""The author's argument-less macros: ``\newcommand{\Ncrit}{N_{\mathrm{crit}}}``."""
    found: dict[str, str] = {}
    for m in _NEWCOMMAND.finditer(text):
        name = m.group(1) or m.group(2)
        rest = m.end()
        if read_group(text, rest, "[", "]") is not None:
            continue  # a macro with arguments is not a symbol
        body = read_group(text, rest)
        if body is not None:
            found[name] = body[0]
    for m in _DEF.finditer(text):
        body = read_group(text, m.end() - 1)
        if body is not None:
            found[m.group(1)] = body[0]
    return found


def expand_macros(text: str, macros: dict[str, str]) -> str:
    """``text`` with every argument-less macro of ``macros`` replaced by its body (to depth 8)."""
    if not macros:
        return text
    pattern = re.compile(r"(" + "|".join(re.escape(k) for k in sorted(macros, key=len, reverse=True))
                         + r")(?![A-Za-z])")
    for _ in range(8):
        new = pattern.sub(lambda m: "{" + macros[m.group(1)] + "}", text)
        if new == text:
            break
        text = new
    return text


_ENV = re.compile(r"\\(begin|end)\s*\{([A-Za-z*]+)\}|(?<!\\)\\(\[|\])")
_COMMAND = re.compile(r"\\(wcsymbol|wcclaim|wcroute|wcassume)(?![A-Za-z])")


def _commands(text: str, offset: int, body: str, items: list[Item], display: int) -> None:
    """Declarations and claims in ``body`` (which starts at ``offset`` of ``text``)."""
    for m in _COMMAND.finditer(body):
        pos = m.end()
        line = _line_of(text, offset + m.start())
        option = read_group(body, pos, "[", "]")
        if option is not None:
            pos = option[1]
        first = read_group(body, pos)
        if first is None:
            raise ScanError(line, f"\\{m.group(1)} needs its argument in braces")
        extra = None
        if m.group(1) in ("wcclaim", "wcassume"):
            second = read_group(body, first[1])
            if second is None:
                raise ScanError(line, r"\wcclaim needs two arguments: \wcclaim{formula}{printed value}"
                                if m.group(1) == "wcclaim" else r"\wcassume needs two arguments: \wcassume{name}{relation}")
            extra = second[0].strip()
        kind = {"wcsymbol": "symbol", "wcclaim": "claim", "wcroute": "route", "wcassume": "assume"}[m.group(1)]
        items.append(Item(kind, line, first[0].strip(), option[0].strip() if option else None, extra, display))


def _rows(text: str, offset: int, body: str, display: int) -> list[Item]:
    r"""The logical rows of a display body: split at top-level ``\\``, each with its first line."""
    rows, depth, start, i = [], 0, 0, 0
    while i <= len(body):
        if i == len(body) or (depth == 0 and body.startswith("\\\\", i)):
            chunk = body[start:i]
            stripped = chunk.strip()
            if stripped:
                inner = re.match(r"\s*(?:\\begin\s*\{(?:split|aligned|gathered|multlined)\}\s*)*", chunk)
                lead = inner.end() if inner and chunk[inner.end():].strip() else len(chunk) - len(chunk.lstrip())
                rows.append(Item("row", _line_of(text, offset + start + lead), " ".join(stripped.split()),
                                 display=display))
            i += 2
            # An optional spacing argument: \\[2pt]
            j = i
            while j < len(body) and body[j] in " \t":
                j += 1
            if j < len(body) and body[j] == "[":
                grp = read_group(body, j, "[", "]")
                if grp is not None:
                    i = grp[1]
            start = i
            continue
        c = body[i]
        if c == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(c, 0)
        i += 1
    return rows


def scan(source: str) -> Scanned:
    """Every ``wccheck`` of ``source`` (the file's text), with its items and their lines."""
    text = strip_comments(source)
    out = Scanned(macros=_macros(text))
    pos, block, stack = 0, None, []
    display, display_start = None, 0
    for m in _ENV.finditer(text):
        kind, name = m.group(1), m.group(2)
        if m.group(3):  # \[ ... \]: a display LaTeX gives no hook to, so it gets no margin mark
            kind, name = ("begin" if m.group(3) == "[" else "end"), "\\["
        line = _line_of(text, m.start())
        if name == "wccheck":
            if kind == "begin":
                if block is not None:
                    raise ScanError(line, "a wccheck cannot contain another one")
                args, end = [], m.end()
                for _ in range(2):
                    g = read_group(text, end)
                    if g is None:
                        raise ScanError(line, r"\begin{wccheck} needs two arguments: {id}{title}")
                    args.append(g[0].strip())
                    end = g[1]
                _commands(text, pos, text[pos:m.start()], out.loose_claims, 0)
                block = Block(" ".join(args[0].split()), " ".join(args[1].split()), line)
                block_count = 0
                pos = end
            else:
                if block is None:
                    raise ScanError(line, r"\end{wccheck} without \begin{wccheck}")
                if display is not None:
                    raise ScanError(line, f"\\end{{wccheck}} inside an unclosed {display}")
                _commands(text, pos, text[pos:m.start()], block.items, 0)
                out.blocks.append(block)
                block, pos = None, m.end()
            continue
        base = name.rstrip("*")
        if base not in DISPLAY_ENVIRONMENTS and name != "\\[":
            continue
        if kind == "begin":
            if display is not None:
                continue  # a nested display (alignat inside equation): part of the outer one
            display, display_start = name, m.end()
            if block is not None:
                _commands(text, pos, text[pos:m.start()], block.items, 0)
                block_count += name != "\\["
                if base == "alignat":  # its column count is an argument, not a row
                    g = read_group(text, display_start)
                    if g is not None:
                        display_start = g[1]
            else:
                _commands(text, pos, text[pos:m.start()], out.loose_claims, 0)
        elif display == name or (display == "\\[" and name == "\\["):
            body = text[display_start:m.start()]
            if block is not None:
                items: list[Item] = []
                _commands(text, display_start, body, items, block_count)
                block.items += [i for i in items if i.kind != "row"]
                block.items += _rows(text, display_start, body, block_count if name != "\\[" else 0)
            else:
                _commands(text, display_start, body, out.loose_claims, 0)
            display, pos = None, m.end()
    if block is not None:
        raise ScanError(block.line, f"\\begin{{wccheck}}{{{block.id}}} is never closed")
    _commands(text, pos, text[pos:], out.loose_claims, 0)
    return out

r"""Markup scanner: the wallcheck environments, commands and display lines of a ``.tex`` file.

Reads LaTeX as text (nothing is executed): what TeX skips is dropped (comments, comment
environments, the false branch of ``\iffalse``/``\iftrue``; a derivation inside a conditional the
text does not settle is refused: :mod:`~verify.texinput.conditionals`), the author's argument-less
``\newcommand``/``\renewcommand``/``\def`` macros are expanded (a macro defined twice, one
with arguments, or a redefinition of a command the checker reads is refused), and every
``wccheck`` environment is cut into the items the record builder needs, each with the
line of the file it starts on: declarations (``\wcsymbol``), claims (``\wcclaim``) and
the logical lines (``\\``-separated rows) of its displayed equations.

>>> src = "\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n\\begin{align}\n y &= x \\\\\n &= 2x\n\\end{align}\n\\end{wccheck}\n"
>>> [(i.kind, i.line, i.text) for i in scan(src).blocks[0].items]
[('symbol', 2, 'x > 0'), ('row', 4, 'y &= x'), ('row', 5, '&= 2x')]
"""

from __future__ import annotations

import re

from .conditionals import Undecided, drop_comment_environments, drop_untypeset, drop_verbatim
from .macros import (MacroDefinition, blank_definition_bodies, check_definitions, check_macro_uses, check_opaque,
                     definitions_in, expand_macros, macros_in)
from .markup import (DISPLAY_ENVIRONMENTS, Block, Item, Scanned, ScanError, comment_breaks, join_comments, line_of,
                     read_group, strip_comments)
from .cells import column_text, joined_cells, math_columns
from .mathmode import in_math, math_openers
from .page import colour_hiding, unicode_definitions, with_unicode
from .printed import CONTEXT

# The records and macro checks are re-exported: callers read the scanner's whole vocabulary here.
__all__ = ["ScanError", "Item", "Block", "Scanned", "MacroDefinition", "scan", "check_definitions", "check_opaque",
           "check_macro_uses", "strip_comments", "read_group", "expand_macros", "DISPLAY_ENVIRONMENTS"]

_ENV = re.compile(r"\\(begin|end)\s*\{([A-Za-z*]+)\}|(?<!\\)\\(\[|\])")
_COMMAND = re.compile(r"\\(wcsymbol|wcclaim|wcroute|wcassume)(?![A-Za-z])")


def _commands(text: str, offset: int, body: str, items: list[Item], display: int, breaks: list[int],
              macros: dict[str, str], in_display: str = "", unicode: dict[str, str] | None = None,
              colours: dict[str, str] | None = None) -> None:
    """Declarations and claims in ``body`` (which starts at ``offset`` of ``text``); ``breaks``: the
    line breaks of ``text`` a comment eats (a claim's neighbours are read across them); ``macros`` the
    document's macros and environments that open math; ``in_display``: the display environment ``body``
    is the body of (in math), or ""; ``unicode``: the characters the document makes print something else;
    ``colours``: the document's argument-less macros that set a colour (read as their bodies)."""
    for m in _COMMAND.finditer(body):
        pos = m.end()
        line = line_of(text, offset + m.start())
        option = read_group(body, pos, "[", "]")
        if option is not None:
            pos = option[1]
        first = read_group(body, pos)
        if first is None:
            raise ScanError(line, f"\\{m.group(1)} needs its argument in braces")
        extra, before, after, math, joined, page = None, "", "", False, ("", ""), ""
        if m.group(1) in ("wcclaim", "wcassume"):
            second = read_group(body, first[1])
            if second is None:
                raise ScanError(line, r"\wcclaim needs two arguments: \wcclaim{formula}{printed value}"
                                if m.group(1) == "wcclaim" else r"\wcassume needs two arguments: \wcassume{name}{relation}")
            extra = second[0].strip()
            if m.group(1) == "wcclaim":  # what the page shows beside the printed number
                at, end = offset + m.start(), offset + second[1]
                # in text, the page runs on across wccheck's begin and end, which print nothing (5\end{wccheck}0)
                lo, hi = (offset, offset + len(body)) if in_display else (0, len(text))
                before = join_comments(text, max(lo, at - 4 * CONTEXT), at, breaks)[-CONTEXT:]
                after = join_comments(text, end, min(hi, end + 4 * CONTEXT), breaks)[:CONTEXT]
                before, after = with_unicode(before, unicode or {}), with_unicode(after, unicode or {})
                prefix = join_comments(text, offset, at, breaks)
                math = bool(in_display) or in_math(prefix, macros) or math_columns(prefix, text[:at])
                joined = joined_cells(prefix, in_display, text[:at])
                page = _page(colour_hiding(text[:at], colours), column_text(prefix, text[:at]))
        kind = {"wcsymbol": "symbol", "wcclaim": "claim", "wcroute": "route", "wcassume": "assume"}[m.group(1)]
        items.append(Item(kind, line, first[0].strip(), option[0].strip() if option else None, extra, display,
                          before, after, math, joined, page))


#: Displays of one line: TeX sets no row break at ``\\`` in them (only inside a split or aligned).
_ONE_LINE = ("equation", "equation*", "\\[", "displaymath", "math")


def _page(colour: str | None, column: str | None) -> str:
    """Why the page hides a claim or prints more than it (a colour, a column that adds text), with what to
    write instead; "" when neither does."""
    if colour:
        return f"{colour}, which the reader may not see or may read otherwise; typeset the claim in the text's " \
               f"own colour (black, with no \\color, \\textcolor or dark background around it)"
    if column:
        return f"it is {column}; put the number in a column whose spec adds nothing (l, c, r, p{{..}})"
    return ""


def _rows(text: str, offset: int, body: str, display: int, name: str = "") -> list[Item]:
    r"""The logical rows of a display body: split at top-level ``\\``, each with its first line. In a
    display of one line (``equation``) a ``\\`` outside an inner ``split``/``aligned`` is refused: TeX
    prints nothing there and sets one line (review 14: ``f'(x) = 2 \\ 0`` prints f'(x) = 20)."""
    rows, depth, start, i, nested = [], 0, 0, 0, 0
    while i <= len(body):
        if i < len(body) and depth == 0 and name in _ONE_LINE and nested == 0 and body.startswith("\\\\", i):
            raise ScanError(line_of(text, offset + i), f"\\\\ in {name} breaks no line: TeX sets the display on "
                                                       f"one line, so what stands either side of it prints as one "
                                                       f"row; use align (or split inside the equation) for several "
                                                       f"rows")
        if i == len(body) or (depth == 0 and body.startswith("\\\\", i)):
            chunk = body[start:i]
            stripped = chunk.strip()
            if stripped:
                inner = re.match(r"\s*(?:\\begin\s*\{(?:split|aligned|gathered|multlined)\}\s*)*", chunk)
                lead = inner.end() if inner and chunk[inner.end():].strip() else len(chunk) - len(chunk.lstrip())
                rows.append(Item("row", line_of(text, offset + start + lead), " ".join(stripped.split()),
                                 display=display))
            i += 2
            # \\* (no page break here) and an optional spacing argument \\[2pt]: amsmath takes them only
            # right after the \\ (no space), so \\ [x+1]^2 starts a row with [x+1]^2, as TeX prints it.
            if body.startswith("*", i):
                i += 1
            if body.startswith("[", i):
                grp = read_group(body, i, "[", "]")
                if grp is not None:
                    i = grp[1]
            start = i
            continue
        c = body[i]
        if c == "\\":
            env = re.match(r"\\(begin|end)\s*\{", body[i:])
            nested += (1 if env.group(1) == "begin" else -1) if env else 0
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(c, 0)
        i += 1
    return rows


def scan(source: str) -> Scanned:
    """Every ``wccheck`` of ``source`` (the file's text), with its items and their lines."""
    text, undecided = drop_untypeset(source)  # what TeX skips (comments, comment environments, false branches)
    definitions = definitions_in(text)
    spans: list[tuple[int, int]] = []  # each wccheck's first and last line
    out = Scanned(macros=macros_in(text))
    openers = math_openers(text, out.macros)  # the document's macros and environments that open math
    unicode = unicode_definitions(text)  # \newunicodechar{ö}{0}: ö prints 0
    colours = {name: body for name, body in out.macros.items() if "color" in body}  # \newcommand{\w}{\color{white}}
    text = blank_definition_bodies(text)  # a display in a macro's body is typeset where the macro is used
    breaks = comment_breaks(drop_comment_environments(drop_verbatim(source)), text)
    pos, block = 0, None
    display, display_start = None, 0
    for m in _ENV.finditer(text):
        kind, name = m.group(1), m.group(2)
        if m.group(3):  # \[ ... \]: a display LaTeX gives no hook to, so it gets no margin mark
            kind, name = ("begin" if m.group(3) == "[" else "end"), "\\["
        line = line_of(text, m.start())
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
                _commands(text, pos, text[pos:m.start()], out.loose_claims, 0, breaks, openers, "", unicode, colours)
                block = Block(" ".join(args[0].split()), " ".join(args[1].split()), line)
                block_count = 0
                pos = end
            else:
                if block is None:
                    raise ScanError(line, r"\end{wccheck} without \begin{wccheck}")
                if display is not None:
                    raise ScanError(line, f"\\end{{wccheck}} inside an unclosed {display}")
                _commands(text, pos, text[pos:m.start()], block.items, 0, breaks, openers, "", unicode, colours)
                out.blocks.append(block)
                spans.append((block.line, line))
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
                _commands(text, pos, text[pos:m.start()], block.items, 0, breaks, openers, "", unicode, colours)
                block_count += name != "\\["
                if base == "alignat":  # its column count is an argument, not a row
                    g = read_group(text, display_start)
                    if g is not None:
                        display_start = g[1]
            else:
                _commands(text, pos, text[pos:m.start()], out.loose_claims, 0, breaks, openers, "", unicode, colours)
        elif display == name or (display == "\\[" and name == "\\["):
            body = text[display_start:m.start()]
            if block is not None:
                items: list[Item] = []
                _commands(text, display_start, body, items, block_count, breaks, openers, name, unicode, colours)
                block.items += [i for i in items if i.kind != "row"]
                block.items += _rows(text, display_start, body, block_count if name != "\\[" else 0, name)
            else:
                _commands(text, display_start, body, out.loose_claims, 0, breaks, openers, name, unicode, colours)
                if _COMMAND.search(body):  # a claim beside a \\ that breaks no line: refused as in a derivation
                    _rows(text, display_start, body, 0, name)
            display, pos = None, m.end()
    if block is not None:
        raise ScanError(block.line, f"\\begin{{wccheck}}{{{block.id}}} is never closed")
    _commands(text, pos, text[pos:], out.loose_claims, 0, breaks, openers, "", unicode, colours)
    read = [i for b in out.blocks for i in b.items] + out.loose_claims
    _check_undecided(undecided, spans, read, definitions)
    check_opaque(definitions, read)
    check_definitions(definitions, read)
    check_macro_uses(read, definitions)
    return out


def _check_undecided(undecided: list[Undecided], spans: list[tuple[int, int]], read: list[Item],
                     definitions: list[MacroDefinition]) -> None:
    r"""Refuse a derivation, a claim or a macro the checker reads inside (or around) a conditional
    whose branch the text does not show (``\ifx``, ``\ifdefined``, a ``\newif`` flag): TeX may skip it."""
    if not undecided:
        return
    used = {n for i in read for n in re.findall(r"\\[A-Za-z]+", " ".join(filter(None, (i.text, i.extra, i.option))))}
    for u in undecided:
        where = next((f"the derivation at line {first}" for first, last in spans if first <= u.last and u.line <= last),
                     None)
        where = where or next((f"the \\wcclaim at line {i.line}" for i in read if u.line <= i.line <= u.last), None)
        where = where or next((f"the definition of {d.name} (line {d.line}), which the checker reads"
                               for d in definitions if u.line <= d.line <= u.last and d.name in used), None)
        if where is not None:
            raise ScanError(u.line, f"{u.construct} (lines {u.line}-{u.last}) is a conditional whose branch the "
                                    f"checker cannot tell from the text, and {where} stands inside it or around it: "
                                    f"TeX may typeset it or skip it. Move the derivation out of the conditional (an "
                                    f"\\iffalse ... \\fi or a comment environment is read as TeX reads it)")

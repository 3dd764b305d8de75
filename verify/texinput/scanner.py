r"""Markup scanner: the wallcheck environments, commands and display lines of a ``.tex`` file.

Reads LaTeX as text (nothing is executed): comments are dropped, the author's argument-less
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
from dataclasses import dataclass, field

__all__ = ["ScanError", "Item", "Block", "Scanned", "MacroDefinition", "scan", "check_definitions", "check_opaque",
           "check_macro_uses", "strip_comments", "read_group", "DISPLAY_ENVIRONMENTS"]

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


#: Commands that define a macro named by their first argument, read as text (LaTeX, xparse, etoolbox,
#: mathtools, xargs, the TeX primitives). Only a plain ``\newcommand``/``\renewcommand``/``\providecommand``/
#: ``\DeclareRobustCommand`` without arguments and a ``\def``/``\gdef`` without parameters have a body
#: the checker expands; every other one is a definition it does not understand (refused where read).
_DEFINING = ("newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "DeclareMathOperator",
             "NewDocumentCommand", "RenewDocumentCommand", "ProvideDocumentCommand", "DeclareDocumentCommand",
             "NewExpandableDocumentCommand", "RenewExpandableDocumentCommand",
             "ProvideExpandableDocumentCommand", "DeclareExpandableDocumentCommand", "NewCommandCopy",
             "RenewCommandCopy", "DeclareCommandCopy", "DeclarePairedDelimiter", "DeclarePairedDelimiterX",
             "DeclarePairedDelimiterXPP", "newrobustcmd", "renewrobustcmd", "providerobustcmd", "newcommandx",
             "renewcommandx", "providecommandx", "DeclareRobustCommandx", "def", "edef", "gdef", "xdef", "let",
             "futurelet", "chardef", "mathchardef", "countdef", "dimendef", "skipdef", "toksdef", "muskipdef",
             "DeclareMathSymbol", "DeclareMathDelimiter", "DeclareMathRadical", "DeclareMathAccent",
             "patchcmd", "xpatchcmd", "apptocmd", "pretocmd", "xapptocmd", "xpretocmd", "robustify")
#: Only these give an expandable text body (when they take no arguments).
_PLAIN = {"newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "def", "gdef"}
_DEFINER = re.compile(r"\\(" + "|".join(sorted(_DEFINING, key=len, reverse=True)) + r")(?![A-Za-z@])\*?")
#: The name a definition defines: ``\K``, ``{\K}``, ``\@K`` (after \makeatletter) or a control symbol ``\!``.
_DEFINED_NAME = re.compile(r"\s*(?:\{\s*(\\(?:[A-Za-z@]+|[^A-Za-z@\s]))\s*\}|(\\(?:[A-Za-z@]+|[^A-Za-z@\s])))")
#: Constructs that define or change the meaning of a name the scanner cannot read as text: a name built
#: with \csname, expl3, catcode/mathcode changes, active characters, \scantokens, \lowercase tricks,
#: etoolbox's \csdef family and LaTeX's \@namedef. Refused before or inside what the checker reads.
_OPAQUE = re.compile(r"\\(csname|ExplSyntaxOn|cs_(?:new|set|gset)[A-Za-z_]*:[A-Za-z]*|catcode|mathcode|lccode|"
                     r"uccode|scantokens|lowercase|uppercase|active|@namedef|@namelet|csdef|csgdef|csedef|csxdef|"
                     r"cslet|letcs|csletcs|aftergroup|afterassignment|DeclareMathAlphabet|SetMathAlphabet|"
                     r"DeclareSymbolFont|SetSymbolFont|everymath|everydisplay|AtBeginEnvironment|"
                     r"BeforeBeginEnvironment|AddToHook|renewenvironment|RenewDocumentEnvironment|"
                     r"input|include|InputIfFileExists|subfile|import|subimport|inputfrom|includefrom)(?![A-Za-z])")
#: Of those, the ones that read another file (whose definitions the checker never sees).
_READS_FILE = {"input", "include", "InputIfFileExists", "subfile", "import", "subimport", "inputfrom", "includefrom"}


@dataclass(frozen=True)
class MacroDefinition:
    r"""One definition of a macro in the file: ``\newcommand``, ``\renewcommand``, ``\def``, ``\let`` ...

    ``body`` is the replacement text of an argument-less definition, None when it cannot be
    expanded as text (arguments, ``\let``, ``\DeclareMathOperator``).
    """

    name: str
    command: str
    line: int
    body: str | None


def _interpreted_commands() -> frozenset[str]:
    """The commands the front end reads with a meaning of its own (a redefinition would be ignored)."""
    from .mathparse import _KNOWN_COMMANDS, GREEK
    return frozenset(_KNOWN_COMMANDS | GREEK | {
        "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
        "Biggl", "Biggr", "displaystyle", "textstyle", "nonumber", "notag", "quad", "qquad", "label", "tag",
        "dfrac", "tfrac", "mathrm", "mathit", "text", "textrm", "rm", "operatorname", "leq", "geq", "leqslant",
        "geqslant", "prime", "begin", "end", "mathbb", "in", "implies", "iff", "Rightarrow", "Leftrightarrow",
        "Longleftrightarrow", "Longrightarrow", "rightarrow", "approx", "sim", "simeq", "ll", "gg", "propto",
        "cong", "equiv", "wcsymbol", "wcclaim", "wcroute", "wcassume", "wcby", "wcfrom", "wcpremise", "wcname",
        "wcskip", "wcmark", "wcverdict", "newcommand", "renewcommand", "def", "let",
    })


def _definitions(text: str) -> list[MacroDefinition]:
    r"""Every macro definition of ``text``, in file order (what TeX sees, one after the other).

    A definition whose name cannot be read (``\def\csname K\endcsname``, ``\def~``), and every
    construct of :data:`_OPAQUE`, is a definition with the name ``?`` and no body: the checker
    cannot know what it changes.
    """
    found: list[tuple[int, MacroDefinition]] = []
    for m in _DEFINER.finditer(text):
        command, line = m.group(1), _line_of(text, m.start())
        named = _DEFINED_NAME.match(text, m.end())
        if named is None:
            found.append((m.start(), MacroDefinition("?", command, line, None)))
            continue
        name, rest, body = named.group(1) or named.group(2), named.end(), None
        if command in _PLAIN and re.fullmatch(r"\\[A-Za-z]+", name):
            if command in ("def", "gdef"):
                group = read_group(text, rest)
                # \def\K#1{...} or \def\K.{...}: a parameter text before the body
                if group is not None and text[rest:].lstrip().startswith("{"):
                    body = group[0]
            elif read_group(text, rest, "[", "]") is None:
                group = read_group(text, rest)
                body = group[0] if group is not None else None
        found.append((m.start(), MacroDefinition(name, command, line, body)))
    for m in _OPAQUE.finditer(text):
        found.append((m.start(), MacroDefinition("?", m.group(1), _line_of(text, m.start()), None)))
    return [d for _, d in sorted(found, key=lambda pair: pair[0])]


def check_opaque(definitions: list[MacroDefinition], items: list[Item]) -> None:
    r"""Refuse a definition the checker cannot read (:data:`_OPAQUE`, a name built with ``\csname``, a
    control symbol or active character redefined) at or before the last line it reads: TeX may typeset a
    meaning there the checker does not see. One after everything the checker reads changes nothing it read.
    """
    if not items:
        return
    last = max(i.line for i in items)
    for d in definitions:
        opaque = d.name == "?" or not re.fullmatch(r"\\[A-Za-z@]+", d.name)
        if opaque and d.line <= last:
            what = f"\\{d.command}" + ("" if d.name == "?" else f" of {d.name}")
            if d.command in _READS_FILE:
                raise ScanError(d.line, f"{what} reads another file before or inside the derivations the checker "
                                        f"reads, and the checker reads only this one: a definition there would "
                                        f"change the typeset mathematics unseen. Put the derivations, and the "
                                        f"macros they use, in this file (an \\input after the last is fine)")
            raise ScanError(d.line, f"{what} defines or changes a command in a way the checker cannot read as "
                                    f"text, before or inside the derivations it checks: the typeset mathematics "
                                    f"could differ from what it reads. Use an argument-less \\newcommand of a "
                                    f"new name, or move this after the last checked derivation")


def _macros(text: str) -> dict[str, str]:
    r"""The author's argument-less macros, ``\newcommand{\Ncrit}{N_{\mathrm{crit}}}``, defined once each.

    A macro defined more than once, or with arguments, is left out: :func:`check_macro_uses`
    refuses it where the checker would read it.
    """
    definitions = _definitions(text)
    counts: dict[str, int] = {}
    for d in definitions:
        counts[d.name] = counts.get(d.name, 0) + 1
    return {d.name: d.body for d in definitions if d.body is not None and counts[d.name] == 1}


def check_definitions(definitions: list[MacroDefinition], items: list[Item] | None = None) -> None:
    r"""Refuse a redefinition of a command the checker reads itself (``\renewcommand{\frac}``...)
    where the checker reads it: in ``items`` (rows, declarations, claims, routes), directly or
    through a macro (every item when ``items`` is None).

    TeX would typeset the new meaning while the checker reads the old one, so such a file
    could show one statement and have another proved. A redefinition used only in the
    paper's prose (``\renewcommand{\epsilon}{\varepsilon}`` in the preamble) is left alone.
    """
    interpreted = _interpreted_commands()
    redefined = [d for d in definitions if d.name[1:] in interpreted]
    if not redefined:
        return
    used = None if items is None else _commands_read(items, definitions)
    for d in redefined:
        if used is None or d.name in used:
            raise ScanError(d.line, f"\\{d.command} redefines {d.name}, a command the checker reads with its "
                                    f"usual meaning: the checker would not see the new one. Define a macro of "
                                    f"another name instead")


def _commands_read(items: list[Item], definitions: list[MacroDefinition]) -> set[str]:
    """Every ``\\name`` the checker reads in ``items``, following the bodies of the author's macros."""
    bodies: dict[str, list[str]] = {}
    for d in definitions:
        bodies.setdefault(d.name, []).append(d.body or "")
    pattern = re.compile(r"\\[A-Za-z]+")
    pending = pattern.findall(" ".join(" ".join(filter(None, (i.text, i.extra, i.option))) for i in items))
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        for body in bodies.get(name, ()):
            pending += pattern.findall(body)
    return seen


def check_macro_uses(items: list[Item], definitions: list[MacroDefinition]) -> None:
    r"""Refuse a macro the checker cannot expand faithfully where it reads it (a row, a declaration, a claim).

    A macro defined more than once (TeX uses the meaning in force where it is written; the
    refusal names every line), one with arguments or defined by ``\let``/``\DeclareMathOperator``,
    and one used before its only definition.
    """
    by_name: dict[str, list[MacroDefinition]] = {}
    for d in definitions:
        by_name.setdefault(d.name, []).append(d)
    if not by_name:
        return
    pattern = re.compile(r"\\[A-Za-z]+")
    for item in items:
        seen: set[str] = set()
        pending = [m for m in pattern.findall(" ".join(filter(None, (item.text, item.extra, item.option))))]
        while pending:
            name = pending.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            defs = by_name[name]
            lines = ", ".join(str(d.line) for d in defs)
            if len(defs) > 1:
                raise ScanError(item.line, f"{name} is defined {len(defs)} times in this file (lines {lines}); the "
                                           f"checker cannot tell which meaning is typeset here: define it once",
                                item.text)
            d = defs[0]
            if d.body is None:
                raise ScanError(item.line, f"{name} (\\{d.command} at line {d.line}) takes arguments or is not "
                                           f"a plain text replacement, so the checker cannot expand it faithfully: "
                                           f"write its expansion here, or make it an argument-less \\newcommand",
                                item.text)
            if d.line > item.line:
                raise ScanError(item.line, f"{name} is used here but defined only at line {d.line}, after it",
                                item.text)
            pending += pattern.findall(d.body)


def expand_macros(text: str, macros: dict[str, str]) -> str:
    """``text`` with every argument-less macro of ``macros`` replaced by its body (to depth 8)."""
    if not macros:
        return text
    pattern = re.compile(r"(" + "|".join(re.escape(k) for k in sorted(macros, key=len, reverse=True))
                         + r")(?![A-Za-z])")
    for _ in range(8):
        new = pattern.sub(lambda m: _expansion(m, macros[m.group(1)]), text)
        if new == text:
            break
        text = new
    return text


#: An operator at the top level of a macro's body: TeX inserts the body as text, so `2\sh`
#: with `\sh` = `x+1` prints 2x+1, not 2(x+1).
_TOP_OPERATOR = re.compile(r"[-+=<>,/]|\\(pm|mp|cdot|times|le|ge|leq|geq|ne|neq|div)(?![A-Za-z])")
_ONE_TOKEN = re.compile(r"\s*(\\[A-Za-z]+|[A-Za-z0-9])\s*")


def _top_level(body: str) -> str:
    """``body`` without what sits inside braces."""
    out, depth = [], 0
    for ch in body:
        depth += ch == "{"
        if depth == 0:
            out.append(ch)
        depth -= ch == "}" and depth > 0
    return "".join(out)


def _expansion(m: "re.Match[str]", body: str) -> str:
    """What TeX reads where the macro stands, as text the parser reads the same way: the body in
    braces when that changes nothing, the bare body where TeX would split it (an operator at its
    top level); a use where the two readings differ and no text says both is refused."""
    text, start, end = m.string, m.start(), m.end()
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    core = body.strip()
    group = read_group(core, 0) if core.startswith("{") else None
    single = _ONE_TOKEN.fullmatch(body) is not None or (group is not None and group[1] == len(core))
    if before.endswith(("^", "_")) and not single:
        raise ValueError(f"{m.group(1)} after {before[-1]} takes only the first token of its body "
                         f"{body!r} in TeX: write {before[-1]}{{{m.group(1)}}}")
    if (core[:1].isdigit() and before[-1:].isdigit()) or (core[-1:].isdigit() and after[:1].isdigit()):
        raise ValueError(f"{m.group(1)} ({body!r}) stands beside a digit: TeX prints the digits as one "
                         f"number; write a \\cdot or braces")
    if _TOP_OPERATOR.search(_top_level(body)):
        return body
    return "{" + body + "}"


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
    definitions = _definitions(text)
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
    read = [i for b in out.blocks for i in b.items] + out.loose_claims
    check_opaque(definitions, read)
    check_definitions(definitions, read)
    check_macro_uses(read, definitions)
    return out

r"""The author's macros in a ``.tex`` file: their definitions, the checks on them, their expansion.

Only an argument-less ``\newcommand``/``\renewcommand``/``\providecommand``/``\DeclareRobustCommand``
or a parameterless ``\def``/``\gdef`` has a body the checker expands, as TeX inserts it; any other
definition (arguments, ``\let``, xparse, \csname-built names, catcode changes, a file read with
``\input``) is refused where it could change what the checker reads, and so is a macro defined
twice, after its use, or over a command the checker reads with a meaning of its own. A
``\providecommand`` of a name that already has a meaning (LaTeX's ``\hbar``, or an earlier definition)
does nothing in TeX and is no definition here either; a ``\newcommand`` of one is a TeX error, refused.

>>> expand_macros(r"y = \sh", {r"\sh": "x+1"})
'y = x+1'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markup import Item, ScanError, line_of, read_group

__all__ = ["MacroDefinition", "definitions_in", "predefined", "blank_definition_bodies", "macros_in", "check_definitions", "check_opaque",
           "check_macro_uses", "expand_macros"]


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
#: Definitions TeX skips when the name already has a meaning (LaTeX's, a package's or an earlier one).
_PROVIDING = {"providecommand", "ProvideDocumentCommand", "ProvideExpandableDocumentCommand", "providerobustcmd",
              "providecommandx"}
#: Definitions TeX refuses with an error when the name already has a meaning (the old one stays).
_NEW = {"newcommand", "NewDocumentCommand", "NewExpandableDocumentCommand", "newrobustcmd", "newcommandx",
        "DeclareMathOperator", "NewCommandCopy"}
#: Math commands LaTeX, amsmath and amssymb define, beyond those the checker reads itself: a
#: ``\providecommand`` of one does nothing in TeX, a ``\newcommand`` of one is a TeX error.
_LATEX_MATH = frozenset("""
    hbar hslash ell imath jmath wp Re Im aleph beth gimel daleth nabla partial infty emptyset varnothing
    forall exists nexists neg lnot top bot angle triangle surd flat natural sharp clubsuit diamondsuit heartsuit
    spadesuit prime backprime dag ddag dagger ddagger S P copyright pounds dots cdots ldots vdots ddots dotsc
    dotsb dotsm dotsi dotso colon cdot times div pm mp ast star circ bullet oplus ominus otimes oslash odot
    wedge vee cap cup setminus sqcap sqcup uplus amalg wr bigcirc land lor le ge lt gt ne neq leq geq ll gg
    equiv sim simeq approx cong propto doteq models perp parallel mid subset supset subseteq supseteq in ni
    notin owns vdash dashv smile frown bowtie asymp prec succ preceq succeq to gets leftarrow rightarrow
    Leftarrow Rightarrow leftrightarrow Leftrightarrow mapsto longmapsto uparrow downarrow iff implies impliedby
    sum prod coprod int iint iiint oint bigcap bigcup bigsqcup bigvee bigwedge bigodot bigotimes bigoplus
    biguplus sin cos tan cot sec csc arcsin arccos arctan sinh cosh tanh coth exp ln log lg lim liminf limsup
    sup inf max min det dim ker hom arg deg gcd Pr bmod pmod mod pod frac dfrac tfrac cfrac binom dbinom
    tbinom sqrt hat check tilde acute grave dot ddot breve bar vec widehat widetilde overline underline
    overbrace underbrace overrightarrow overleftarrow mathrm mathit mathbf mathsf mathtt mathcal mathbb
    mathfrak boldsymbol text textrm operatorname left right big Big bigg Bigg quad qquad lfloor rfloor lceil
    rceil langle rangle vert Vert lvert rvert lVert rVert backslash cdotp ldotp square blacksquare checkmark
    complement mho eth Finv Game Bbbk digamma varkappa varGamma varDelta varTheta varLambda varXi varPi
    varSigma varUpsilon varPhi varPsi varOmega epsilon varepsilon theta vartheta phi varphi rho varrho pi
    varpi sigma varsigma alpha beta gamma delta zeta eta iota kappa lambda mu nu xi omicron tau upsilon chi psi
    omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega lesssim gtrsim leqslant geqslant
    therefore because mathring not stackrel overset underset substack phantom hphantom vphantom smash
    displaystyle textstyle scriptstyle scriptscriptstyle tag label ref eqref cite emph textbf textit
""".split())
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


def definitions_in(text: str) -> list[MacroDefinition]:
    r"""Every macro definition of ``text``, in file order (what TeX sees, one after the other).

    A definition whose name cannot be read (``\def\csname K\endcsname``, ``\def~``), and every
    construct of :data:`_OPAQUE`, is a definition with the name ``?`` and no body: the checker
    cannot know what it changes.
    """
    found: list[tuple[int, MacroDefinition]] = []
    for m in _DEFINER.finditer(text):
        command, line = m.group(1), line_of(text, m.start())
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
        found.append((m.start(), MacroDefinition("?", m.group(1), line_of(text, m.start()), None)))
    ordered, earlier = [], set()
    for _, d in sorted(found, key=lambda pair: pair[0]):
        if d.command in _PROVIDING and (predefined(d.name) or d.name in earlier):
            continue  # \providecommand{\hbar}{1}: TeX keeps \hbar's meaning, so the checker does too
        earlier.add(d.name)
        ordered.append(d)
    return ordered


#: The markup whose arguments the checker reads.
_MARKUP = re.compile(r"\\(?:wcpremise|wcby|wcfrom|wcsymbol|wcclaim|wcassume|wcroute|wcname|wcskip)(?![A-Za-z])"
                     r"|\\begin\s*\{wccheck\}")


def blank_definition_bodies(text: str) -> str:
    r"""``text`` with the body of every definition blanked (line breaks kept): TeX typesets a body where
    the macro is used, not where it is defined, so a display in one is no row where it stands. A body
    holding wallcheck markup is refused: the checker would read it nowhere, TeX wherever it is used."""
    chars = list(text)
    for m in _DEFINER.finditer(text):
        named = _DEFINED_NAME.match(text, m.end())
        if named is None:
            continue
        pos = named.end()
        while (opt := read_group(text, pos, "[", "]")) is not None:  # [n] arguments, [default]
            pos = opt[1]
        if m.group(1) in ("def", "gdef", "edef", "xdef"):  # a parameter text (#1#2) before the body
            pos = text.find("{", pos) if re.match(r"[^{}\n]*\{", text[pos:]) else pos
        for _ in range(2 if "Document" in m.group(1) else 1):  # xparse: the argument spec, then the body
            group = read_group(text, pos)
            if group is None:
                break
            body_start = text.index("{", pos) + 1
            own = (named.group(1) or named.group(2)).startswith("\\wc")  # the package's own, pasted in
            if not own and _MARKUP.search(group[0]):
                raise ScanError(line_of(text, m.start()), f"the body of {named.group(1) or named.group(2)} (\\"
                                f"{m.group(1)}) holds wallcheck markup: TeX typesets it where the macro is used, "
                                f"the checker cannot follow it there; write the markup in the document itself")
            for i in range(body_start, group[1] - 1):
                if chars[i] != "\n":
                    chars[i] = " "
            pos = group[1]
    return "".join(chars)


def predefined(name: str) -> bool:
    r"""Whether ``name`` (``\hbar``) has a meaning before the file defines it: LaTeX's, amsmath's, amssymb's,
    or one the checker reads with a meaning of its own."""
    return name[1:] in _LATEX_MATH or name[1:] in _interpreted_commands()


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


def macros_in(text: str) -> dict[str, str]:
    r"""The author's argument-less macros, ``\newcommand{\Ncrit}{N_{\mathrm{crit}}}``, defined once each.

    A macro defined more than once, or with arguments, is left out: :func:`check_macro_uses`
    refuses it where the checker would read it.
    """
    definitions = definitions_in(text)
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
    redefined = [d for d in definitions if d.name[1:] in interpreted or (d.command in _NEW and predefined(d.name))]
    if not redefined:
        return
    used = None if items is None else _commands_read(items, definitions)
    for d in redefined:
        if (used is None or d.name in used) and d.command in _NEW and predefined(d.name):
            raise ScanError(d.line, f"\\{d.command} redefines {d.name}, which LaTeX already defines: TeX stops "
                                    f"with an error here and {d.name} keeps its usual meaning, while the checker would read "
                                    f"the new body. Define a macro of another name instead")
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

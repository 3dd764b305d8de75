r"""What may stand beside a ``\wcclaim``'s printed number: a whitelist, not a blacklist (review 12).

Review 9 refused known ways of continuing the number (a digit, a sign, a power, a product...),
review 11 saw through a few commands that print nothing or wrap text. Review 12 found any other
command (``\num{0}``, ``\texttt{0}``, ``\nobreak0``, ``\sqrt{2}``, a ``\let`` macro) or an open
wrapper (``1\mbox{\wcclaim..{5}}``, ``\left(\wcclaim..{5}\right)^{2}``) still changed the number
the page shows while the claim checked the bare one. So the page beside a claim is walked token by
token, on either side, after the gaps (spaces, braces, ``$``, ``\,``), what prints nothing
(``\relax``, ``\label{..}``, ``\color{..}``) and the wrappers that print their argument as it is
(``\text{..}``, ``\texttt{..}``, ``\textcolor{c}{..}``), and the first token that is left must end
the number: a word (in any script), punctuation not joining digits, a relation, a unit
(``\si{\metre}``, ``^{\circ}``; not ``\si{\percent}``), the end of a row or paragraph; a closing
delimiter after (an opening one before) is stepped over, so that ``)^{2}`` and ``2(`` are still
seen. wallcheck's own commands are read as its package prints them (``\wcby{..}`` nothing,
``\wcclaim`` its number); wide spaces (``\quad``) are gaps, not ends (``5\enspace 000`` is a digit
group). Anything else -- an unknown command, a macro the document defines with arguments, a
digit, sign or operator, a context that runs out in what prints nothing -- is refused, naming it.
Review 13: in math mode (seen through ``\ensuremath{``, breqn's and other packages' environments, a
document macro or environment that opens math; not through a ``$`` in ``\url{..}``) a sign, a bracket,
``\eqref``, a letter in any script or a variable in a wrapper beside the number is arithmetic; in a
tabular whose column spec joins cells (``r@{.}l``) ``&`` does not end it; a ``\textsuperscript`` of
letters is an ordinal.
Review 14: what prints nothing is looked through in math too (``5\relax a`` is 5a); a negative space
beside the number is refused (:func:`why_negative`: ``5,\!25``, ``\hspace{-1em}--``); the end or start of
an inline environment (``\end{math}``, ``\end{tabular}``) is looked through, a display's or a list's ends
the number; common unit symbols end it (``~$\mu$m``, ``\Omega``, ``\AA``, a ``5$\sigma$`` level), and a
``\times`` before a word in text is a fold. Math mode and cells are read in :mod:`verify.texinput.mathmode`
and :mod:`verify.texinput.cells`.

>>> why_after(r"\nobreak0") is not None, why_after(r"\,\si{\metre}, as measured")
(True, None)
>>> why_before(r"is 1\mbox{") is not None, why_before(r"the value is \left(")
(True, None)
"""

from __future__ import annotations

import re

from .markup import read_group
from .cells import joined_cells
from .mathmode import MATH_ENVS, in_math, math_openers

# in_math and math_openers live in verify.texinput.mathmode, the cells in verify.texinput.cells.
__all__ = ["GAP", "NEGATIVE", "as_printed", "why_after", "why_before", "why_in_math", "why_negative", "in_math",
           "in_joined_cells", "math_openers", "without_invisible"]

# What separates nothing on the page: spaces (not a paragraph break), braces, math shifts, thin
# spaces. A claim inside {...} or $...$ still stands beside what follows the group.
GAP = (r"(?:[ \t\r\n{}$~]|\\[,;:!> ()]|\\(?:thinspace|negthinspace|medspace|negmedspace|thickspace"
       r"|negthickspace|enspace|enskip|quad|qquad)(?![A-Za-z]))*")

#: Commands that print nothing (removed) before anything is looked at: ``{8}\relax 0`` prints "80".
_INVISIBLE = re.compile(
    r"\\(?:relax|strut|null|empty|nobreak|allowbreak|unskip|ignorespaces|leavevmode|noindent|xspace|hfil|hfill"
    r"|hss|nolinebreak|linebreak|displaystyle|textstyle|scriptstyle|normalfont|rmfamily|upshape|mdseries|nonumber"
    r"|notag)(?![A-Za-z])|(?<!\\)\\[-/@]"
    r"|\\(?:hspace|vspace|hphantom|vphantom|phantom|label|index|color)\*?\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}"
    r"|\\(?:kern|hskip|mkern|mskip)\s*-?[\d.]+\s*[A-Za-z]*|\\penalty\s*-?\d+")
#: Wrappers that print their argument as it is (in another font or colour), replaced by it:
#: ``{5}\texttt{0}`` prints "50". Any other command with an argument is refused beside a claim.
_WRAPPERS = re.compile(
    r"\\(?:text|textrm|textup|textnormal|textbf|textit|textsf|texttt|textsl|textsc|textmd|emph|underline"
    r"|mathrm|mathbf|mathit|mathsf|mathtt|mathnormal|mathbb|mathcal|boldsymbol|bm|pmb|oldstylenums|mbox|hbox"
    r"|ensuremath|boxed|fbox|textcolor\s*\{[^{}]*\})\s*\{([^{}]*)\}")
_SCRIPTS = re.compile(r"\\text(super|sub)script\s*\{([^{}]*)\}")
#: The opening of such a wrapper (or a switch) left open around the claim, seen from inside.
_OPEN_WRAPPER = re.compile(r"\\(?:text|textrm|textup|textnormal|textbf|textit|textsf|texttt|textsl|textsc|textmd"
                           r"|emph|underline|mathrm|mathbf|mathit|mathsf|mathtt|mathnormal|boldsymbol|bm|pmb"
                           r"|oldstylenums|mbox|hbox|ensuremath|boxed|fbox|textcolor\s*\{[^{}]*\})\s*\{" + GAP + r"\Z")

_NAME = r"(?![A-Za-z])"
_RELATIONS = ("approx", "sim", "simeq", "equiv", "cong", "le", "leq", "leqslant", "ge", "geq", "geqslant", "ne",
              "neq", "lt", "gt", "ll", "gg", "lesssim", "gtrsim", "propto", "to", "rightarrow", "Rightarrow",
              "leftarrow", "Leftarrow", "implies", "iff", "pm", "mp", "longrightarrow", "Longrightarrow",
              "longleftarrow", "Longleftarrow", "leftrightarrow", "Leftrightarrow", "mapsto", "approxeq", "doteq",
              "asymp", "coloneqq", "coloneq", "eqqcolon", "triangleq", "lessapprox", "gtrapprox", "leqq", "geqq",
              "therefore", "because")
#: What ends the number after it: a relation, a new row, paragraph or environment, a
#: citation (prints "[3]"), an equation reference (prints "(2)"), a degree sign.
_ENDS_AFTER = re.compile(
    r"(?:\\(?:" + "|".join(_RELATIONS) + r"|par|item|cite[A-Za-z]*|eqref|degree|textdegree"
    r"|ldots|dots|cdots|tag|AA|Omega|ohm|textohm|angstrom|micro|textmu|sigma|celsius)" + _NAME
    + r"|\\mu(?=[{}$\s]*[A-Za-z])|\\end\s*\{|\\\\|\\\]|[=<>&]"
    r"|\^\s*(?:\{\s*\\circ\s*\}|\\circ" + _NAME + r"))")
#: A unit: siunitx's \si{..}/\unit{..} whose argument does not start with a number.
_UNIT = re.compile(r"\\(?:si|unit)\s*(?:\[[^\]]*\]\s*)?\{\s*(?![\d.,+\-])")
_CLOSE = re.compile(r"[)\]|]|\\(?:right|bigr|Bigr|biggr|Biggr)\s*(?:[.)\]|]|\\[A-Za-z]+|\\[{}|])|\\(?:rangle|rvert"
                    r"|rVert|rbrace)" + _NAME + r"|\\\}")
_OPEN = re.compile(r"(?:\\(?:left|bigl|Bigl|biggl|Biggl)\s*(?:[.(\[|]|\\[A-Za-z]+|\\[{|])|\\(?:langle|lvert|lVert"
                   r"|lbrace)|\\\{|[(\[|])\s*\Z")
#: A command with its (flat) arguments ending right before the claim.
_ARGUMENTS = re.compile(r"\\([A-Za-z]+)\*?\s*(?:\[[^\]]*\]\s*)*(?:\{[^{}]*\}\s*)+" + GAP + r"\Z")
_SIGN = re.compile(r"(?:-{1,3}|[+−–—])")


#: wallcheck's own commands (latex/wallcheck.sty): (optional argument, arguments, which one is printed).
_WALLCHECK = {"wcsymbol": (0, 1, None), "wcassume": (1, 2, None), "wcpremise": (1, 1, None), "wcby": (0, 1, None),
              "wcfrom": (0, 1, None), "wcname": (0, 1, None), "wcskip": (0, 0, None), "wcroute": (1, 1, None),
              "wcclaim": (1, 2, 1)}


def _wallcheck(source: str) -> str:
    r"""``source`` with wallcheck's commands as they print: nothing (``\wcby{..}``), or a claim's
    number (``\wcclaim{..}{3}`` prints 3). One whose arguments the context cuts is left as is."""
    out, i = [], 0
    for m in re.finditer(r"\\(" + "|".join(_WALLCHECK) + r")(?![A-Za-z])", source):
        if m.start() < i:
            continue
        optional, count, shown = _WALLCHECK[m.group(1)]
        pos, groups = m.end(), []
        if optional and re.match(r"\s*\[", source[pos:]):
            group = read_group(source, pos, "[", "]")
            pos = group[1] if group else len(source) + 1
        while len(groups) < count and pos <= len(source):
            group = read_group(source, pos)
            if group is None:
                break
            groups.append(group[0])
            pos = group[1]
        if len(groups) < count:
            continue
        out.append(source[i:m.start()] + ("{" + groups[shown] + "}" if shown is not None else ""))
        i = pos
    return "".join(out) + source[i:]


#: An English ordinal's suffix raised in math: ``^{\text{th}}``, ``^{\mathrm{nd}}``, ``^{th}``.
_ORDINAL = re.compile(r"\^\s*\{\s*(?:\\(?:text|textrm|mathrm|textup)\s*\{\s*(st|nd|rd|th)\s*\}|(st|nd|rd|th))\s*\}")


def _script(m: re.Match) -> str:
    r"""A text super- or subscript as the checker reads it: a superscript of letters only is an ordinal
    (``5\textsuperscript{th}`` prints 5th, a word glued on), anything else a power or an index."""
    if m.group(1) == "super" and re.fullmatch(r"\s*[^\W\d_]{2,4}\s*", m.group(2)):
        return m.group(2).strip() + " "
    return ("^{" if m.group(1) == "super" else "_{") + m.group(2) + "}"


#: Environments whose end (or start) ends the number: a display, a list, a float, a paragraph-level block.
#: Any other (math, tabular, minipage, a theorem; wccheck, which prints nothing) is looked through:
#: ``\end{math}0`` prints "50" (review 14).
_BLOCK = (r"(?:equation|align|alignat|gather|multline|flalign|eqnarray|displaymath|dmath|dgroup|itemize|enumerate"
          r"|description|center|flushleft|flushright|figure|table|quote|quotation|verse|abstract|document"
          r"|thebibliography|list|trivlist)\*?")
_INLINE_ENV = re.compile(r"\\begin\s*\{wccheck\}\s*\{[^{}]*\}\s*\{[^{}]*\}|\\end\s*\{(?!" + _BLOCK + r"\})[A-Za-z*]+\}|\\begin\s*\{(?:(?:tabular|tabular\*|array|tabularx"
                         r"|tabulary)\}\s*(?:\[[^\]]*\]\s*)?(?:\{[^{}]*\}\s*)?\{(?:[^{}]|\{[^{}]*\})*\}|(?!" + _BLOCK
                         + r"\})[A-Za-z*]+\})")


def _inline_edge(m: re.Match) -> str:
    r"""An inline environment's end or start, looked through where what lies beyond it would join the
    number (``\end{math}0``, ``1\begin{tabular}{c}``); kept, ending the number, where a space or a
    command stands beyond it (``\end{tabular}~N``, ``\centering\begin{tabular}{lr}``); wccheck's always
    looked through (it prints nothing)."""
    text, token = m.string, m.group(0)
    if "wccheck" in token:
        return ""
    if token.startswith("\\end"):
        beyond = text[m.end():]
        keep = not beyond or re.match(r"[\s~]|\\(?:\\|[A-Za-z])", beyond) is not None
    else:
        behind = text[:m.start()]
        keep = not behind or re.search(r"(?:[\s~]|\\[A-Za-z]+\*?)\Z", behind) is not None
    return token if keep else ""


def without_invisible(source: str) -> str:
    """``source`` with what prints nothing removed (``\\relax``, ``\\kern1pt``): in math ``5\\relax a`` is 5a."""
    for _ in range(8):
        old, source = source, _INVISIBLE.sub("", source)
        if source == old:
            break
    return source


def _unwrapped(m: re.Match) -> str:
    r"""A wrapper's argument as printed; ``{}`` keeps it apart from a command before it (``\mu\mathrm{m}``)."""
    return ("{}" if re.search(r"\\[A-Za-z]+\Z", m.string[:m.start()]) else "") + m.group(1)


def as_printed(source: str) -> str:
    """``source`` with what prints nothing removed and wrappers replaced by what they print."""
    source = _wallcheck(source)
    for _ in range(8):
        old = source
        source = _INVISIBLE.sub("", source)
        source = _INLINE_ENV.sub(_inline_edge, source)
        source = _SCRIPTS.sub(_script, source)
        source = _ORDINAL.sub(lambda m: (m.group(1) or m.group(2)) + " ", source)  # $5^{\text{th}}$: an ordinal too
        source = _WRAPPERS.sub(_unwrapped, source)
        if source == old:
            break
    return source


#: A negative space: it moves what follows back over the number (``5\hspace{-1em}--`` prints –5) or joins
#: what a space would part (``5,\!25`` prints 5,25; a next cell's ``\hspace*{-2\tabcolsep}``).
NEGATIVE = (r"(?:\\!|\\neg(?:thin|med|thick)space(?![A-Za-z])|\\[hv]space\*?\s*\{\s*-[^{}]*\}|\\(?:kern|hskip|mkern"
            r"|mskip)\s*-\s*[\d.]*\s*(?:[a-z]{2}|\\[A-Za-z]+)?)")
#: What may stand between the number and such a space: no letter (a word ends the number first).
_QUIET = r"(?:(?!\n[ \t]*\n)[^A-Za-z\\]|\\[^A-Za-z!]|\\(?:begin|end)\s*\{[^{}]*\}|\\[A-Za-z]+\*?)"


def why_negative(before: str, after: str) -> str | None:
    r"""Why a negative space near the claim (before the next word on either side) may change what the
    page shows beside the number; ``None`` when there is none."""
    m = re.match(_QUIET + "*?(" + NEGATIVE + ")", after)
    n = None if m else re.search("(" + NEGATIVE + ")" + _QUIET + r"*\Z", before)
    found = m or n
    if found is None:
        return None
    return f"{'followed' if m else 'preceded'} by the negative space {' '.join(found.group(1).split())}, which moves " \
           f"what is set beside the number over it or joins it to the number (5,\\!25 prints 5,25)"


def _paragraph(gap: str) -> bool:
    """Whether ``gap`` holds a paragraph break: what lies across it is not beside the claim."""
    return re.search(r"\n[ \t\r]*\n", gap) is not None


def _token(text: str) -> str:
    """The token that starts ``text``, as the message shows it."""
    m = re.match(r"\\[A-Za-z]+\*?(?:\s*\{[^{}]{0,20}\})?|\\.|.", text, re.S)
    return " ".join(m.group(0).split()) if m else text[:1]


def _word(text: str, n: int = 1) -> bool:
    """Whether ``text`` starts with ``n`` letters of a word, in any script (à, é; not ², ½)."""
    return len(text) >= n and text[:n].isalpha()


def _spaced(gap: str) -> bool:
    """Whether ``gap`` prints a space (not only braces or math shifts)."""
    return re.search(r"[ \t\r\n~]|\\[,;:! ]|\\(?:thin|negthin)space", gap) is not None


def _unit(rest: str) -> str | None:
    r"""Why a siunitx unit right after a claim changes its number (``\si{\percent}``, ``\si{0}``,
    ``\si{\num{0}}``); ``None`` for an ordinary unit (``\si{\metre}``, ``\si{m^{2}}``)."""
    group = read_group(rest, _UNIT.match(rest).end() - 1)
    body = group[0] if group else rest
    if re.search(r"%|\\(?:percent|permil|permille|ppm|ppb|ppt|num|SI|qty|numlist|numrange)(?![A-Za-z])", body):
        return f"followed by {_token(rest)}: a percent sign, a per-mille sign or a number, not a unit"
    if re.search(r"\d", re.sub(r"[\^_]\s*(?:\{[^{}]*\}|-?\d+(?:\.\d+)?)", "", body)):
        return f"followed by {_token(rest)}: a digit in a unit prints beside the number"
    return None


def why_after(after: str, cut: bool = False) -> str | None:
    """Why the first thing typeset after a claim (past gaps and closing delimiters) is not on the
    whitelist of what ends a number (see the module); ``None`` when it is. ``cut``: ``after`` is
    cut at the scanner's context, so running out of it decides nothing. The checks of the known
    ways to continue a number come first, in :mod:`verify.texinput.printed`."""
    rest, carried = after, False
    for _ in range(16):
        gap = re.match(GAP, rest)
        if gap and _paragraph(gap.group(0)):
            return None
        spaced = carried or bool(gap and _spaced(gap.group(0)))
        carried = False
        rest = rest[gap.end():] if gap else rest
        # an opening wrapper cut by the context's end: its argument is read in place, after the same gap
        opened = re.match(r"\\(?:textcolor\s*\{[^{}]*\}|[A-Za-z]+)\s*\{", rest)
        if opened and _OPEN_WRAPPER.match(rest[:opened.end()]):
            rest, carried = rest[opened.end():], spaced
            continue
        if not rest:
            return "followed by more than the checker reads of what prints nothing" if cut else None
        close = _CLOSE.match(rest)
        if close:  # (5)^{2}: a power or a digit after a closing delimiter still binds the number
            rest = rest[close.end():]
            nxt = rest.lstrip(" ~")
            if re.match(r"[\^_!'\d]", nxt):
                return f"followed by {close.group(0)}{_token(nxt)}: the page shows a power or a product of the " \
                       f"claimed number"
            continue
        if re.match(r"[eE]" + GAP + r"[-+−]?" + GAP + r"\d", rest) or (
                not spaced and re.match(r"[eE](?![A-Za-z])", rest)):
            return f"followed by {' '.join(rest[:12].split())}: TeX prints an exponent or a product with e"
        if _UNIT.match(rest):
            return _unit(rest)
        if not spaced and _word(rest) and not _word(rest[1:]):  # 5x, 5m: a product or a unit glued on
            return f"followed by the letter {rest[0]} with no space: the page shows a product (5x)"
        if _word(rest) or _ENDS_AFTER.match(rest):
            return None
        if re.match(r"[.,;:?'\"`]", rest):  # 5:30, 5'2 print one figure; 5: two prints punctuation
            return f"followed by {rest[:1]} and a digit: the page shows one figure" \
                if re.match(r".\d", rest) else None
        sign = _SIGN.match(rest)
        if sign:  # -fold, --- as: a dash before a word is punctuation; before anything else arithmetic
            nxt = re.match(GAP, rest[sign.end():])
            word = rest[sign.end() + (nxt.end() if nxt else 0):]
            if _word(word, 2) or re.match(r"-{2,3}|—|–", sign.group(0)) and _word(word):
                return None
            return f"followed by a dash or a sign ({sign.group(0)}) and then " \
                   f"{_token(word) or 'nothing'}: the page may show arithmetic"
        if rest[:1] in "([":  # a parenthesis of words: (see above); (2) after a number is a product
            if not spaced and re.match(r"[(\[]\s*[^\W\d_](?![^\W\d_])", rest):  # 5(x+1): a product too
                return f"followed by {rest[:4]} with no space: the page shows a product"
            if _word(rest[1:].lstrip()):
                return None
            return f"followed by {_token(rest)}{_token(rest[1:].lstrip())}: the page may show a product"
        if re.match(r"\\times" + _NAME + GAP + r"[^\W\d_]{2}", rest) and re.match(r"\\times" + _NAME + r"[$}]*[ ~]", rest):
            return None  # a 5$\times$ increase: a fold, the number as it is (in math, \times is a product)
        if re.match(r"\\footnote" + _NAME, rest):
            return "followed by \\footnote: its mark prints as a raised figure right after the number (5 and the " \
                   "mark 1 read as 5¹); put the footnote after the punctuation or the next word"
        return f"followed by {_token(rest)}, which the checker does not know to leave the number as it is " \
               f"(an unknown command, a macro with arguments, an operator)"
    return None


#: Commands that may stand right before a number: they end a paragraph or a row or draw a rule between
#: rows (``\hline 5``); none prints beside it.
_LAYOUT = frozenset(("par", "item", "noindent", "indent", "cite", "eqref", "colon", "hline", "toprule", "midrule",
                     "bottomrule", "newline", "smallskip", "medskip", "bigskip"))
#: Switches of alignment, font or size: they print nothing, so what stands before them is beside the number.
_SWITCHES = frozenset(("centering", "raggedright", "raggedleft", "bfseries", "itshape", "mdseries", "rmfamily",
                       "sffamily", "ttfamily", "upshape", "slshape", "scshape", "normalfont", "small", "footnotesize",
                       "normalsize", "large", "Large"))


def why_before(before: str, cut: bool = False) -> str | None:
    """Why what is typeset right before a claim (past gaps and opening delimiters or wrappers) is
    not on the whitelist of what may precede a number; ``None`` when it is. ``cut`` as for
    :func:`why_after`."""
    head = before
    for _ in range(16):
        tail = re.search(GAP + r"\Z", head)
        if tail and _paragraph(tail.group(0)):
            return None
        opened = _OPEN_WRAPPER.search(head)
        if opened:  # 1\mbox{\wcclaim..}: what precedes the open wrapper prints beside the number
            head = head[:opened.start()]
            continue
        argument = _ARGUMENTS.search(head)
        if argument and not re.fullmatch(r"begin|end", argument.group(1)):  # \ref{e}, \frac{a}{b}
            return f"preceded by {' '.join(argument.group(0).split())}, which the checker does not know to leave " \
                   f"the number as it is (a command that prints something)"
        spaced = bool(tail and _spaced(tail.group(0)))
        head = head[:tail.start()] if tail else head
        if not head:
            return "preceded by more than the checker reads of what prints nothing" if cut else None
        opening = _OPEN.search(head)
        if opening:  # 2(\wcclaim..): what precedes the opening delimiter is beside the number too
            head = head[:opening.start()]
            if re.search(r"\\$", head):  # \( or \[: math begins
                return None
            continue
        command = re.search(r"\\([A-Za-z]+)\*?\Z", head)
        if command:
            name = command.group(1)
            if name in _SWITCHES:  # -\bfseries 5 prints -5: look through it
                head = head[:command.start()]
                continue
            if name in _RELATIONS or name in _LAYOUT:
                return None
            return f"preceded by \\{name}, which the checker does not know to leave the number as it is " \
                   f"(an unknown command, a macro with arguments, an operator)"
        # 3,5, 3{,}5 and 5:30 print one figure; a point right before the number makes it a decimal (.5, 0{.}5)
        if not spaced and re.search(r"(?:\d[{}]*[,;:'.]|\.)\Z", head):
            return f"preceded by {head[-4:].split()[-1]}: the page shows one figure"
        if not spaced and head[-1:].isalpha() and not head[-2:-1].isalpha() and head[-2:-1] != "\\":
            return f"preceded by the letter {head[-1]} with no space: the page shows a product (x5)"
        if head[-1:].isalpha() or re.search(r"(?:\\\\|[=<>&,;:?.'\"`]|---|\\begin\{[^{}]*|\\end\{[^{}]*|\\\[)\Z", head):
            return None
        if re.search(r"(?:\(ref\)|\[cite\]|(?:\\\\|\\item)\s*\[[^\]]*\])\Z", head):
            return None  # a reference or citation (as printed.py marks them), a row's spacing, an item's label
        return f"preceded by {' '.join(head[-12:].split())!r}, which the checker does not know to leave the number " \
               f"as it is (a digit, sign or operator outside a wrapper or delimiter around the claim)"
    return None


#: What prints nothing between two things in math mode; unlike :data:`GAP`, a math shift ends it.
_MATH_GAP = GAP.replace("{}$~", "{}~")
#: A bold, italic or accented wrapper around letters is a variable in math (\boldsymbol{v}, \vec{v}); upright,
#: only Euler's number and the imaginary unit (\mathrm{e}) are: \,\mathrm{m} is a unit.
_MATH_LETTER = re.compile(r"\\(?:(?:mathbf|boldsymbol|bm|pmb|mathit|mathnormal|mathsf|mathtt|mathcal|mathscr"
                          r"|mathbb|mathfrak|vec|hat|bar|tilde|dot|ddot|check|breve|widehat|widetilde|overline"
                          r")\s*\{\s*[^\W\d_]|(?:mathrm|text|textrm|textup|mathup|operatorname|textnormal)"
                          r"\s*\{\s*[eij]\s*\})")
#: What continues the number in math whatever follows: a sign (5 - xy, 5--x), a bracket (5(x+1)), an
#: equation reference (5\eqref{a} prints 5(1)), a product sign.
_MATH_AFTER = re.compile(r"-|\+|[−–—(\[]|\\(?:left|bigl|Bigl|biggl|Biggl|eqref|ref|cdot|times|ast)(?![A-Za-z])")


def why_in_math(before: str, after: str) -> str | None:
    r"""Why a claim in math mode stands beside what makes arithmetic with it (spaces do not print in
    math): a letter in any script (``$\wcclaim..{5} x$`` prints 5x, ``2 π`` is 2π), a variable in a
    wrapper (``\,\boldsymbol{v}``, ``\mathrm{e}``), a sign or a bracket after it (``5 - xy``,
    ``5(x+1)``, ``5\eqref{a}``); ``None`` when neither side has one. A unit in a wrapper
    (``\,\mathrm{m}``, ``\,\mathrm{km}``) or a relation (``\sim``) is read by :func:`why_after` and
    :func:`why_before` as usual."""
    boundary = r"\\(?:begin|end)\s*\{" + MATH_ENVS + r"\}|\\[()\[\]]"  # \begin{math}: what lies beyond is text
    # an array's or a tabular's start and end print nothing beside the number (its spec {cc} is no product)
    before, after = (_INLINE_ENV.sub("", re.sub(boundary, "$", without_invisible(side))) for side in (before, after))
    gap = re.match(_MATH_GAP, after)
    rest = after[gap.end():] if gap else after
    if rest[:1].isalpha():
        return f"followed by the letter {rest[0]} in math mode: the page shows a product (5x), spaces do not print"
    if _MATH_LETTER.match(rest):
        return f"followed by {_token(rest)} in math mode: a variable or a constant, the page shows a product (5v)"
    # a Greek letter read as a unit in text (5$\sigma$, 5~$\Omega$) is a variable in math unless set apart
    # as units are (5\,\Omega, 5\,\mu\mathrm{m}); \sigma there is always a product (5σ)
    greek = re.match(r"\\(sigma|Omega|mu)(?![A-Za-z])", rest)
    if greek and (greek.group(1) == "sigma" or not (gap and _spaced(gap.group(0)))):
        return f"followed by \\{greek.group(1)} in math mode: a variable, the page shows a product (5{greek.group(0)})"
    wide = bool(gap and re.search(r"\\q?quad(?![A-Za-z])", gap.group(0)))  # 5 \quad (x = 2): set apart
    if _MATH_AFTER.match(rest) and not (wide and rest[:1] in "(["):
        return f"followed by {_token(rest)} in math mode: the page shows arithmetic or a product with the number"
    tail = re.search(_MATH_GAP + r"\Z", before)
    head = before[:tail.start()] if tail else before
    if re.search(r"(?:\A|[^\\A-Za-z])[^\W\d_]+\Z", head):  # letters, not the end of a command (\sim)
        return f"preceded by the letter {head[-1]} in math mode: the page shows a product (x5), spaces do not print"
    if re.search(r"(?:" + _MATH_LETTER.pattern + r")\Z", head):
        return f"preceded by {head[-14:].split()[-1]} in math mode: a variable or a constant, the page shows " \
               f"a product (v5)"
    return None


def in_joined_cells(prefix: str) -> bool:
    r"""Whether ``&`` beside a claim at the end of ``prefix`` (in text) does not end its number
    (:func:`verify.texinput.cells.joined_cells`): ``r@{.}l`` prints ``5 & 25`` as 5.25.

    >>> in_joined_cells(r"\begin{tabular}{lr@{.}l} a & "), in_joined_cells(r"\begin{tabular}{ll} a & ")
    (True, False)
    """
    return any(joined_cells(prefix, ""))

r"""Whether ``&`` beside a ``\wcclaim`` ends its number: the cells of a tabular or an alignment
(reviews 13 and 14).

A tabular sets ``\tabcolsep`` on both sides of every cell, so ``5 & 25`` prints "5  25" -- but only
when nothing changes that: ``r@{.}l`` or ``!{..}`` puts text between the cells (5.25), ``r<{.5}`` and
``>{1}l`` add text to every cell, a column type of the document (``\newcolumntype{R}{r@{.}}``) may do
either, ``\setlength{\tabcolsep}{0pt}`` removes the gap, and an environment the checker does not know
(nicematrix's ``NiceTabular``) may do anything. So ``&`` ends the number only in a tabular whose spec is
plainly ``l``, ``c``, ``r``, ``p{..}``, ``m{..}``, ``b{..}``, ``X``, siunitx's ``S`` and rules (with
``>{..}``/``<{..}`` that print nothing: ``>{\raggedright\arraybackslash}``, ``>{$}``; the document's column
types written out), with the default gap; a
next cell that starts with a negative space is refused where the claim is read
(:mod:`verify.texinput.beside`).

In an alignment, the two columns of a pair are set with no space between them (``f(2) &= 5 & 0``:
the second ``&`` of ``align`` adds space, the first does not), and ``alignat``'s pairs have none at all:
there ``&`` never ends the number.

>>> joined_cells(r"\begin{tabular}{lr@{.}l} a & ", ""), joined_cells(r"\begin{tabular}{ll} a & ", "")
(('in a tabular whose column spec joins cells (lr@{.}l)', 'in a tabular whose column spec joins cells (lr@{.}l)'), ('', ''))
>>> joined_cells(r"f(2) &= 5 & ", "align")[0] == "", joined_cells(r"f(2) &= ", "align")[0] != ""
(True, True)
"""

from __future__ import annotations

import re

from .markup import read_group

__all__ = ["column_text", "joined_cells", "math_columns"]

_TABULARS = ("tabular", "tabular*", "tabularx", "tabulary", "array", "longtable", "longtable*", "supertabular",
             "xtabular", "tabu")
_WIDTH_FIRST = ("tabular*", "tabularx", "tabulary", "xtabular")
#: Alignments whose pairs (r&l) are set apart by space; in alignat-like ones nothing separates pairs.
_PAIRED = ("align", "align*", "flalign", "flalign*", "aligned", "split")
_UNSPACED = ("alignat", "alignat*", "alignedat", "xalignat", "xalignat*", "xxalignat")
#: Other environments with & whose cells are set apart (matrices, cases): & ends the number there.
_SPACED = re.compile(r"[pbBvV]?matrix\*?|smallmatrix|cases\*?|dcases\*?|rcases|eqnarray\*?|gather\*?|gathered|multline\*?")
#: What a column spec may hold for & to separate: plain columns and rules.
_COLUMN = r"(?:\s|[lcrX|]|[pmb]\s*\{[^{}]*\}|S\s*(?:\[[^\[\]]*\])?)"  # S: siunitx's number column
_PLAIN_SPEC = re.compile(r"(?:" + _COLUMN + r"|\*\s*\{\s*\d+\s*\}\s*\{" + _COLUMN + r"*\})*")
#: An empty @{} at either edge of a spec (booktabs' @{}l r@{}) trims the outer padding only; a leading
#: @{\extracolsep{\fill}} (tabular*) only stretches the gaps.
_EDGES = re.compile(r"\A\s*@\s*\{\s*(?:\\extracolsep\s*\{[^{}]*\}\s*)?\}|@\s*\{\s*\}\s*\Z")
#: What a >{..} or <{..} may hold and print nothing: math shifts, alignment and font switches.
_SILENT = re.compile(r"\s|\$|\\[()]|\\(?:centering|raggedright|raggedleft|arraybackslash|bfseries|itshape|mdseries"
                     r"|upshape|rmfamily|sffamily|ttfamily|normalfont|small|footnotesize|scriptsize|large|Large|hspace"
                     r"\s*\{\s*0pt\s*\})(?![A-Za-z])")
_COLSEP = re.compile(r"\\(?:tabcolsep|arraycolsep)(?![A-Za-z])")
_ENV = re.compile(r"\\(begin|end)\s*\{([A-Za-z*]+)\}")


_UNITS_PT = {"pt": 1.0, "mm": 2.845, "cm": 28.45, "in": 72.27, "bp": 1.00375, "em": 10.0, "ex": 4.3, "pc": 12.0}


def _colsep_wide(text: str) -> bool:
    r"""Whether every setting of ``\tabcolsep``/``\arraycolsep`` in ``text`` is a plain length of at least
    2pt (cells 4pt apart, more than a thin space); any other mention (0pt, a negative space made of it,
    ``\addtolength``, an expression) is not."""
    for m in _COLSEP.finditer(text):
        head = text[max(0, m.start() - 12):m.start()]
        tail = text[m.end():m.end() + 40]
        if not re.search(r"\\setlength\s*\{?\s*\Z", head):
            return False
        value = re.match(r"\s*\}?\s*(?:\{\s*|=\s*)?(\d*\.?\d+)\s*(pt|mm|cm|in|bp|em|ex|pc)\s*\}", tail)
        if value is None or float(value.group(1)) * _UNITS_PT[value.group(2)] < 2:
            return False
    return True


def _cells_env(prefix: str) -> re.Match | None:
    """The innermost environment with cells still open at the end of ``prefix``."""
    stack: list[re.Match] = []
    for m in _ENV.finditer(prefix):
        name = m.group(2)
        if not (name in _TABULARS or name in _PAIRED or name in _UNSPACED or _SPACED.fullmatch(name)
                or re.search(r"(?i)tabular|array|matrix|tblr|tabu", name)):
            continue
        if m.group(1) == "begin":
            stack.append(m)
        elif stack and stack[-1].group(2) == name:
            stack.pop()
    return stack[-1] if stack else None


def _column_types(document: str) -> dict[str, str]:
    r"""The document's column types: ``\newcolumntype{R}{r@{.}}`` maps R to ``r@{.}``."""
    out: dict[str, str] = {}
    for m in re.finditer(r"\\newcolumntype\s*\{?\s*([A-Za-z])\s*\}?\s*(?:\[\d\]\s*)?(?=\{)", document):
        body = read_group(document, m.end())
        if body is not None:
            out[m.group(1)] = body[0]
    return out


def _spec(prefix: str, top: re.Match, document: str = "") -> str | None:
    """The column spec of the tabular that ``top`` begins, with the document's column types
    written out, or None when it cannot be read."""
    pos = top.end()
    option = read_group(prefix, pos, "[", "]")
    pos = option[1] if option else pos
    spec = read_group(prefix, pos)
    if spec and top.group(2) in _WIDTH_FIRST:  # a width comes first
        spec = read_group(prefix, spec[1])
    if spec is None:
        return None
    text, types = spec[0], _column_types(document)
    for _ in range(4):  # a type may use another
        old, text = text, _written_out(text, types)
        if text == old:
            break
    return text


def _written_out(spec: str, types: dict[str, str]) -> str:
    """``spec`` with each column letter of ``types`` at its top level (not in a command's name or an
    argument) replaced by its definition."""
    out, i = [], 0
    while i < len(spec):
        c = spec[i]
        if c == "\\":
            m = re.compile(r"\\(?:[A-Za-z]+|.)?", re.S).match(spec, i)  # a lone \ at the end too
            out.append(m.group(0))
            i = m.end()
        elif c == "{":
            group = read_group(spec, i)
            end = group[1] if group else len(spec)
            out.append(spec[i:end])
            i = end
        else:
            out.append(types.get(c, c))
            i += 1
    return "".join(out)


def column_text(prefix: str, document: str = "") -> str | None:
    r"""Why every cell of the tabular around the end of ``prefix`` may print more than it holds: a
    ``>{..}``/``<{..}`` that prints something (``r<{.5}`` makes 5 print 5.5), or text set before the
    first or after the last column (``@{0}``); ``None`` when nothing is added to the cells."""
    top = _cells_env(prefix)
    spec = _spec(prefix, top, document) if top is not None and top.group(2) in _TABULARS else None
    if spec is None:
        return None
    for m in re.finditer(r"([<>])\s*\{((?:[^{}]|\{[^{}]*\})*)\}", spec):
        if _SILENT.sub("", m.group(2)):
            return f"in a tabular whose column spec adds {m.group(1)}{{{m.group(2)}}} to every cell of its column"
    edge = re.search(r"\A\s*[@!]\s*\{([^{}]*)\}|[@!]\s*\{([^{}]*)\}\s*\Z", spec)
    if edge and _SILENT.sub("", re.sub(r"\\extracolsep\s*\{[^{}]*\}", "", edge.group(1) or edge.group(2) or "")):
        return f"in a tabular whose column spec sets {' '.join(edge.group(0).split())} beside the first or last cell"
    return None


def _silent_additions(spec: str) -> str:
    r"""``spec`` without the ``>{..}``/``<{..}`` that print nothing (``>{\raggedright\arraybackslash}``, ``>{$}``)."""
    return re.sub(r"[<>]\s*\{((?:[^{}]|\{[^{}]*\})*)\}", lambda m: "" if not _SILENT.sub("", m.group(1)) else m.group(0),
                  spec)


def math_columns(prefix: str, document: str = "") -> bool:
    r"""Whether the tabular around the end of ``prefix`` typesets cells in math (``>{$}l<{$}``)."""
    top = _cells_env(prefix)
    spec = _spec(prefix, top, document) if top is not None and top.group(2) in _TABULARS else None
    return spec is not None and re.search(r"\$|\\\(|\\ensuremath", spec) is not None


def _ampersands(row: str) -> int:
    """How many cell separators ``row`` has (not ``\\&``)."""
    return len(re.findall(r"(?<!\\)&", row))


def joined_cells(prefix: str, display: str, document: str = "") -> tuple[str, str]:
    r"""Why ``&`` right before and right after the claim at the end of ``prefix`` does not end its
    number ("" where it does): ``display`` is the display environment ``prefix`` starts in ("" for
    text), ``document`` the file's text before the claim (a ``\tabcolsep`` set there)."""
    top = _cells_env(prefix)
    name = top.group(2) if top is not None else display
    body = prefix[top.end():] if top is not None else prefix
    if not name:
        return "", ""
    if name in _TABULARS:
        spec = _spec(prefix, top, document) if top is not None else None
        if spec is None:
            why = "in a tabular whose column spec the checker cannot read"
        elif not _PLAIN_SPEC.fullmatch(_EDGES.sub("", _silent_additions(spec))):
            why = f"in a tabular whose column spec joins cells ({' '.join(spec.split())})"
        elif not _colsep_wide(document + prefix):
            why = "in a tabular after \\tabcolsep or \\arraycolsep is set to less than 2pt or to what the " \
                  "checker cannot measure (0pt joins cells)"
        else:
            why = ""
        return why, why
    if name in _UNSPACED:
        why = f"in {name}, whose columns are set with no space between them"
        return why, why
    if name in _PAIRED:
        k = _ampersands(re.split(r"(?<!\\)\\\\", body)[-1])
        why = f"in {name}, whose two columns of a pair are set with no space between them"
        return (why if k % 2 == 1 else ""), (why if k % 2 == 0 else "")
    if _SPACED.fullmatch(name):
        return "", ""
    why = f"in the environment {name}, whose cells the checker does not know to be set apart"
    return why, why

r"""What the page does to a ``\wcclaim`` beyond its neighbours: the colour it is printed in, and
characters the document makes print something else (review 14).

* A claim typeset in a colour other than black (``\textcolor{white}{..}``, ``{\color{white}..}``, a
  ``\color`` switch still in force, ``\pagecolor`` other than white, black redefined) may be invisible
  or read as something else: it is refused, with what to write instead (no colour around the claim).
* ``\DeclareUnicodeCharacter{00F6}{0}``, ``\newunicodechar{ö}{0}`` (and inputenc's ``\DeclareInputText{246}{0}``)
  make ``ö`` print ``0``: around a
  claim such a character is read as its definition (``5öö`` prints 500).

>>> colour_hiding(r"the value is {\color{white}"), colour_hiding(r"{\color{red} warning} the value is ")
('it is typeset in the colour white (\\color{white})', None)
>>> unicode_definitions(r"\newunicodechar{ö}{0}")
{'ö': '0'}
"""

from __future__ import annotations

import re

from .markup import read_group

__all__ = ["colour_hiding", "unicode_definitions", "with_unicode"]

_COLOURS = re.compile(r"\\(color|textcolor|pagecolor|colorbox|fcolorbox|cellcolor|rowcolor)\s*(?:\[[^\]]*\]\s*)?\{([^{}]*)\}")
_REDEFINED = re.compile(r"\\(?:definecolor|colorlet|providecolor|definecolorset)\s*(?:\[[^\]]*\]\s*)?\{\s*(black|white)"
                        r"\s*\}")
_BLACK = {"black", "."}


def _in_force(text: str, pos: int, opened: bool) -> bool:
    r"""Whether what starts at ``pos`` (a switch; with ``opened``, a group opening there) is still in
    force at the end of ``text``: no ``}`` or ``\end`` closes the group it stands in."""
    depth = 0
    for m in re.finditer(r"\\[{}]|\\(begin|end)\s*\{[^{}]*\}|[{}]", text[pos:]):
        token = m.group(0)
        if token in ("\\{", "\\}"):
            continue
        depth += 1 if token == "{" or m.group(1) == "begin" else -1
        if depth < (1 if opened else 0):
            return False
    return not opened or depth >= 1


def colour_hiding(before: str, macros: dict[str, str] | None = None) -> str | None:
    """Why the claim after ``before`` (the file's text up to it) is printed in a colour the reader may
    not see as the text's; ``None`` when it is black on white. ``macros``: argument-less macros that set
    a colour, read as their bodies (``\\w`` for ``\\color{white}``)."""
    for name, body in (macros or {}).items():
        before = re.sub(re.escape(name) + r"(?![A-Za-z@])", lambda _: body, before)
    found = _REDEFINED.search(before)
    if found is not None:
        return f"the document redefines the colour {found.group(1)} ({' '.join(found.group(0).split())})"
    text_colour: tuple[str, str] | None = None
    for m in _COLOURS.finditer(before):
        command, colour = m.group(1), " ".join(m.group(2).split())
        if command in ("cellcolor", "rowcolor"):  # a table's background: hides black text if black
            if colour == "black" and _in_force(before, m.end(), False):
                return f"it is on a {colour} background (\\{command}{{{colour}}})"
            continue
        if command == "pagecolor":
            if colour != "white" and _in_force(before, m.end(), False):
                return f"the page is coloured {colour} (\\pagecolor{{{colour}}})"
            continue
        if command in ("colorbox", "fcolorbox"):  # a background: hides black text only if dark
            opened = re.match(r"\s*(?:\{[^{}]*\}\s*)?\{", before[m.end():]) if command == "fcolorbox" else \
                re.match(r"\s*\{", before[m.end():])
            if colour == "black" and opened and _in_force(before, m.end() + opened.end() - 1, True):
                return f"it is on a {colour} background (\\{command}{{{colour}}})"
            continue
        if command == "textcolor":
            opened = re.match(r"\s*\{", before[m.end():])
            if opened and _in_force(before, m.end() + opened.end() - 1, True):
                text_colour = (colour, command)
        elif _in_force(before, m.end(), False):
            text_colour = (colour, command)
    # the text's colour is the last setting still in force (\color{red}..\color{black} is black again)
    if text_colour is not None and text_colour[0] not in _BLACK:
        return f"it is typeset in the colour {text_colour[0]} (\\{text_colour[1]}{{{text_colour[0]}}})"
    return None


def unicode_definitions(text: str) -> dict[str, str]:
    r"""The characters the document makes print something else: ``\newunicodechar{ö}{0}``,
    ``\DeclareUnicodeCharacter{00F6}{0}``."""
    out: dict[str, str] = {}
    for m in re.finditer(r"\\(newunicodechar|DeclareUnicodeCharacter|DeclareInputText|DeclareInputMath)\s*(?=\{)", text):
        first = read_group(text, m.end())
        second = read_group(text, first[1]) if first else None
        if second is None:
            continue
        key = first[0].strip()
        if m.group(1) != "newunicodechar":  # a code: hexadecimal for Unicode, decimal for inputenc's 8 bits
            try:
                key = chr(int(key, 16 if m.group(1) == "DeclareUnicodeCharacter" else 10))
            except (ValueError, OverflowError):
                continue
        if len(key) == 1:
            out[key] = second[0]
    return out


def with_unicode(source: str, definitions: dict[str, str]) -> str:
    """``source`` with each character the document defines replaced by its definition, in braces."""
    return "".join("{" + definitions[c] + "}" if c in definitions else c for c in source) if definitions else source

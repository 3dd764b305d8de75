"""Prose in the records (titles, summaries, notes, premise texts, claims): one source, two renderings.

Every piece of prose a record carries is written once, as LaTeX-flavoured text: its
mathematics between ``$...$`` (``$\\alpha_p(x)$``), spelled as the symbol registry prints
it (``$\\alpha_C$``, ``$d_F$``, ``$\\Lambda$``, ``$\\ell$``); its text plain (ASCII, or the
Unicode letters and punctuation that pdflatex with T1 accepts: ``é``, ``§``, dashes, curly
quotes). Greek letters, relations (``≈``, ``≤``), ``×``, superscripts and the like belong in
math. A literal dollar in text is written ``\\$``. :func:`latex` gives the LaTeX the
document inserts; :func:`plain` gives the readable text the terminal and the JSON show.

>>> s = r"the exponent $\\alpha_p(x)$ falls below $1/3$ at 50% of $N^{-2h/d}$"
>>> print(latex(s))
the exponent $\\alpha_p(x)$ falls below $1/3$ at 50\\% of $N^{-2h/d}$
>>> plain(s)
'the exponent α_p(x) falls below 1/3 at 50% of N^(−2h/d)'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

__all__ = ["ProseError", "latex", "plain", "segments", "MATH_ONLY", "brace_group", "significant_digits"]

#: A math segment: ``$...$`` whose dollars are not escaped.
_MATH = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$", re.S)

#: Characters that are mathematics and must not appear in the text parts of prose.
MATH_ONLY = re.compile(
    "[\u0370-\u03ff\u1f00-\u1fff"          # Greek
    "\u2070-\u209f\u00b2\u00b3\u00b9\u1d2c-\u1dbf"  # superscripts and subscripts
    "\u2200-\u22ff\u27c0-\u27ef\u2980-\u2aff"  # mathematical operators, brackets
    "\u2190-\u21ff"                          # arrows
    "\u00b1\u00d7\u00f7\u00b7\u00ac\u00bc-\u00be\u2032\u2033\u2102\u2115\u211a\u211d\u2124\u2113"
    "\u0300-\u036f]"                         # combining accents (x̄)
)


class ProseError(ValueError):
    """A prose string that cannot be rendered: an unbalanced ``$``, a character pdflatex
    cannot set in text, non-ASCII mathematics. Names the string and the reason.

    >>> latex("x ≈ 1")
    Traceback (most recent call last):
    ...
    verify.prose.ProseError: prose 'x ≈ 1': '≈' (ALMOST EQUAL TO) is mathematics: write it inside $...$ as a LaTeX command
    """

    def __init__(self, prose: str, reason: str):
        self.prose, self.reason = prose, reason
        shown = prose if len(prose) <= 120 else prose[:117] + "..."
        super().__init__(f"prose {shown!r}: {reason}")


def segments(s: str) -> list[tuple[bool, str]]:
    r"""``s`` cut into ``(is_math, text)`` pieces; math pieces without their dollars.

    >>> segments(r"cost \$5 when $x^2 > 1$.")
    [(False, 'cost \\$5 when '), (True, 'x^2 > 1'), (False, '.')]
    >>> segments("an odd $ sign")
    Traceback (most recent call last):
    ...
    verify.prose.ProseError: prose 'an odd $ sign': unbalanced $ (write a literal dollar as \$)
    """
    if not isinstance(s, str):
        raise ProseError(repr(s), f"prose must be a string, not {type(s).__name__}")
    out: list[tuple[bool, str]] = []
    last = 0
    for m in _MATH.finditer(s):
        if m.start() > last:
            out.append((False, s[last:m.start()]))
        out.append((True, m.group(1)))
        last = m.end()
    if last < len(s):
        out.append((False, s[last:]))
    for is_math, part in out:
        if not is_math and re.search(r"(?<!\\)\$", part):
            raise ProseError(s, r"unbalanced $ (write a literal dollar as \$)")
    return out


# -- LaTeX ----------------------------------------------------------------------------------

_TEXT_ESCAPES = {
    "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
    "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}", '"': r"\textquotedbl{}",
    "\u201c": "``", "\u201d": "''", "\u2018": "`", "\u2019": "'",
    "\u2013": "--", "\u2014": "---", "\u2026": r"\ldots{}", "\u00a7": r"\S{}", "\u00b6": r"\P{}",
    "\u00a0": "~", "\u00b0": r"\textdegree{}", "\u00ab": r"\guillemotleft{}", "\u00bb": r"\guillemotright{}",
}


@functools.lru_cache(maxsize=None)
def _letter(ch: str) -> str | None:
    """An accented Latin letter (é, ü, ç) as a LaTeX accent command, or ``None``."""
    if not unicodedata.category(ch).startswith("L") or not unicodedata.name(ch, "").startswith("LATIN"):
        return None
    from pylatexenc.latexencode import unicode_to_latex
    out = unicode_to_latex(ch, unknown_char_warning=False)
    return out if out.isascii() else None


def _text_latex(s: str, part: str) -> str:
    out = []
    i = 0
    while i < len(part):
        ch = part[i]
        if ch == "\\" and part[i + 1:i + 2] == "$":
            out.append(r"\$")
            i += 2
            continue
        if ch in _TEXT_ESCAPES:
            out.append(_TEXT_ESCAPES[ch])
        elif " " <= ch <= "~" or ch in "\n\t":
            out.append(ch)
        elif MATH_ONLY.match(ch):
            raise ProseError(s, f"{ch!r} ({unicodedata.name(ch, 'U+%04X' % ord(ch))}) is mathematics: "
                                f"write it inside $...$ as a LaTeX command")
        elif (letter := _letter(ch)) is not None:
            out.append(letter)
        else:
            raise ProseError(s, f"{ch!r} ({unicodedata.name(ch, 'U+%04X' % ord(ch))}) cannot be set in text "
                                f"by pdflatex")
        i += 1
    return "".join(out)


def _math_latex(s: str, part: str) -> str:
    bad = [c for c in part if not (" " <= c <= "~" or c in "\n\t")]
    if bad:
        ch = bad[0]
        raise ProseError(s, f"{ch!r} ({unicodedata.name(ch, 'U+%04X' % ord(ch))}) in math: spell it as a "
                            f"LaTeX command (\\alpha, \\approx, ^{{2}})")
    depth = 0
    for i, c in enumerate(part):
        if c in "{}" and i and part[i - 1] == "\\":
            continue
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            break
    if depth:
        raise ProseError(s, f"unbalanced braces in the math ${part}$")
    if re.search(r"(?<!\\)%", part):
        raise ProseError(s, f"an unescaped % in the math ${part}$ would start a comment")
    return part


def latex(s: str) -> str:
    r"""Prose as LaTeX: math segments verbatim, the text between them escaped for pdflatex.

    The result is ASCII. Curly quotes nest as LaTeX quotes; a character that pdflatex cannot
    set (or a math symbol outside ``$...$``) raises :class:`ProseError`.

    >>> print(latex(r"50% of “W §3: ‘taking $N \to \infty$’” – a_1 & b"))
    50\% of ``W \S{}3: `taking $N \to \infty$''' -- a\_1 \& b
    >>> print(latex("Lévy’s bound"))
    L\'evy's bound
    """
    return "".join(f"${_math_latex(s, p)}$" if is_math else _text_with_numbers(s, p) for is_math, p in segments(s))


#: A number in Python's float syntax (``8.03e-06``, ``1.0e+20``, ``619.0``) inside text.
_PY_FLOAT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[eE]([+-]?\d+)(?!\w|\.\w)|(?<![\w.])(\d+)\.0(?!\w|\.\w)")
#: A command-line option (``--figures``): two hyphens that must not become an en-dash.
_OPTION = re.compile(r"(?<![\w)\]])--(?=[a-z])")


def number_latex(mantissa: str, exponent: str | None = None) -> str:
    r"""A number as the papers set it, from Python's float syntax: ``10^{20}``, ``8.03 \times 10^{-6}``, ``3``.

    >>> number_latex("1.0", "+20"), number_latex("8.03", "-06"), number_latex("3.0")
    ('10^{20}', '8.03 \\times 10^{-6}', '3')
    """
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    if exponent is None:
        return mantissa
    e = int(exponent)
    if e == 0:
        return mantissa
    return f"10^{{{e}}}" if mantissa == "1" else rf"{mantissa} \times 10^{{{e}}}"


#: A power written TeX-style in text (``10^{-16}``, ``2^{-24}``): typeset as the math it is.
_TEXT_POWER = re.compile(r"(?<![\\\w])[A-Za-z0-9.]+\^\{[-+A-Za-z0-9/ ]*\}")


def _text_with_numbers(s: str, part: str) -> str:
    """Text as LaTeX, with Python float syntax typeset as numbers, a TeX-style power as math,
    and ``--option`` kept two hyphens."""
    out, last = [], 0
    for m in _TEXT_POWER.finditer(part):
        out.append(_text_numbers(s, part[last:m.start()]))
        out.append(f"${m.group(0)}$")
        last = m.end()
    out.append(_text_numbers(s, part[last:]))
    return "".join(out)


def _text_numbers(s: str, part: str) -> str:
    out, last = [], 0
    for m in _PY_FLOAT.finditer(part):
        out.append(_text_latex(s, part[last:m.start()]))
        out.append(f"${number_latex(m.group(1), m.group(2))}$" if m.group(1) else number_latex(m.group(3) + ".0"))
        last = m.end()
    out.append(_text_latex(s, part[last:]))
    return _OPTION.sub("-{}-", "".join(out))


# -- plain text -----------------------------------------------------------------------------

#: Macros latex2text renders badly or not at all.
_SYMBOLS = {
    "det": "det", "implies": "⟹", "iff": "⟺", "|": "‖", "colon": ":", "prime": "′", "epsilon": "ε",
    "quad": " ", "qquad": " ", ",": " ", ";": " ", ":": " ", " ": " ", "!": "", "left": "", "right": "",
    "big": "", "Big": "", "bigg": "", "Bigg": "", "bigl": "", "bigr": "", "Bigl": "", "Bigr": "",
    "displaystyle": "", "textstyle": "", "limits": "", "nolimits": "", "sim": "∼", "lesssim": "≲",
    "gtrsim": "≳", "ast": "*", "star": "*", "ldots": "…", "dots": "…", "cdots": "⋯", "\\": " ",
    "$": "$", "%": "%", "#": "#", "&": "&", "_": "_", "{": "{", "}": "}",
}
_ACCENTS = {"bar": "\u0304", "overline": "\u0304", "hat": "\u0302", "widehat": "\u0302", "tilde": "\u0303",
            "widetilde": "\u0303", "dot": "\u0307", "ddot": "\u0308", "vec": "\u20d7"}
_STYLES = ("mathrm", "text", "textrm", "textit", "mathit", "mathbf", "textbf", "boldsymbol", "mathsf", "mathtt",
           "operatorname", "emph", "mbox", "textup", "mathnormal")
_BLACKBOARD = {"R": "ℝ", "C": "ℂ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "E": "𝔼", "P": "ℙ"}
_ATOM = re.compile(r"[−+]?(\d+(\.\d+)?|[^\W\d_]+['′*]*|∞)|[*′+−±∓]")


@functools.lru_cache(maxsize=None)
def _symbol(name: str) -> str:
    if name in _SYMBOLS:
        return _SYMBOLS[name]
    from pylatexenc.latex2text import LatexNodes2Text
    out = LatexNodes2Text(math_mode="text").latex_to_text("\\" + name)
    return out if out else name


def brace_group(m: str, i: int) -> tuple[str, int]:
    r"""The argument starting at ``m[i]`` (a brace group, a macro, or one character) and the index after it;
    escaped braces (``\{``) inside a group do not count.

    >>> brace_group(r"^{a\}b} c", 1), brace_group(r"\alpha x", 0), brace_group("xy", 0)
    (('a\\}b', 7), ('\\alpha', 6), ('x', 1))
    """
    while i < len(m) and m[i] == " ":
        i += 1
    if i >= len(m):
        return "", i
    if m[i] == "{":
        depth, j = 0, i
        while j < len(m):
            if m[j] == "\\":
                j += 2
                continue
            depth += {"{": 1, "}": -1}.get(m[j], 0)
            if depth == 0:
                return m[i + 1:j], j + 1
            j += 1
        return m[i + 1:], len(m)
    if m[i] == "\\":
        name = re.match(r"\\([A-Za-z]+|.)", m[i:]).group(0)
        return name, i + len(name)
    return m[i], i + 1


def _wrap(text: str) -> str:
    return text if _ATOM.fullmatch(text) else f"({text})"


def _math_plain(m: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(m):
        c = m[i]
        if c == "\\":
            name = re.match(r"\\([A-Za-z]+|.?)", m[i:]).group(1)
            i += 1 + len(name)
            if name in ("frac", "tfrac", "dfrac"):
                num, i = brace_group(m, i)
                den, i = brace_group(m, i)
                out.append(f"{_wrap(_math_plain(num))}/{_wrap(_math_plain(den))}")
            elif name == "sqrt":
                index = None
                if m[i:i + 1] == "[":
                    j = m.index("]", i)
                    index, i = m[i + 1:j], j + 1
                arg, i = brace_group(m, i)
                body = _math_plain(arg)
                out.append(f"{_wrap(body)}^(1/{_math_plain(index)})" if index else
                           ("√" + body if _ATOM.fullmatch(body) else f"√({body})"))
            elif name in _STYLES:
                arg, i = brace_group(m, i)
                out.append(_math_plain(arg) if not name.startswith("text") else arg)
            elif name in _ACCENTS:
                arg, i = brace_group(m, i)
                body = _math_plain(arg)
                out.append(body + _ACCENTS[name] if len(body) == 1 else f"({body}){_ACCENTS[name]}")
            elif name in ("rm", "it", "bf", "sf", "tt", "cal", "displaystyle", "textstyle"):
                i += 1 if m[i:i + 1] == " " else 0  # an old-style font switch: the text it sets stays
            elif name in ("left", "right") and m[i:i + 1] == ".":
                i += 2 if m[i + 1:i + 2] == " " else 1  # an invisible delimiter (an evaluation bar's side)
            elif name in ("mathbb", "mathcal", "mathscr", "mathfrak"):
                arg, i = brace_group(m, i)
                out.append(_BLACKBOARD.get(arg, arg) if name == "mathbb" else arg)
            else:
                out.append(_symbol(name))
                # the space that ends a control word is not text, unless the macro was spaced off
                if name.isalpha() and m[i:i + 1] == " " and m[i - len(name) - 2:i - len(name) - 1] not in ("", " "):
                    i += 1
        elif c in "^_":
            arg, i = brace_group(m, i + 1)
            out.append(c + _wrap(_math_plain(arg)))
        elif c == "{":
            arg, i = brace_group(m, i)
            out.append(_math_plain(arg))
        elif c == "}":
            i += 1
        else:
            out.append({"-": "−", "~": " ", "'": "′"}.get(c, c))
            i += 1
    return "".join(out)


def plain(s: str) -> str:
    r"""Prose as plain Unicode text: the math converted by pylatexenc's latex-to-text, with
    fractions, roots, powers and indices made readable; no ``$`` and no backslash remain
    (an escaped ``\$`` in the text becomes ``$``).

    >>> plain(r"$N^{-2h/d}$ and $\sqrt{2}$, $\sqrt{2\pi}$, $\alpha_C$, $\frac{a}{b}$, $\frac{1}{1+x}$")
    'N^(−2h/d) and √2, √(2π), α_C, a/b, 1/(1+x)'
    >>> plain(r"$E = (N_c/N)^{2/d}$, $D^{\alpha}$, $\alpha_{\mathrm{eff}} \approx 0.1$, $\bar{x}$")
    'E = (N_c/N)^(2/d), D^α, α_eff ≈ 0.1, x̄'
    >>> plain(r"$10^{-3} \le x \le \infty$, $d_F$ and $\ell$; \$5")
    '10^−3 ≤ x ≤ ∞, d_F and ℓ; $5'
    >>> plain(r"$\left. p \right|_{\alpha_C = 1/3}$"), plain(r"$N_{\rm crit}$")
    ('p |_(α_C = 1/3)', 'N_crit')
    """
    out = "".join(_math_plain(p) if is_math else p.replace(r"\$", "$") for is_math, p in segments(s))
    return unicodedata.normalize("NFC", out)


def significant_digits(printed: Any) -> int:
    """The significant digits of the first number in a printed value (0 if it has none).

    >>> significant_digits("0.0340"), significant_digits("1024"), significant_digits("≈ 2.7 × 10^3")
    (3, 4, 2)
    """
    m = re.search(r"\d+(?:\.\d+)?", str(printed))
    if not m:
        return 0
    digits = m.group(0).replace(".", "").lstrip("0")
    return len(digits) if "." in m.group(0) else len(digits.rstrip("0")) or 1

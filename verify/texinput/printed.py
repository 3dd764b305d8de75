r"""What a ``\wcclaim`` typesets: its printed value, read as the one number TeX prints, and the
material typeset right beside it, which must not change that number (review 9).

``\wcclaim[=]{f(x), x = 2}{5}`` prints ``5`` where it stands, and the ledger checks 5. But the
reader sees the page, not the argument:

* the printed value must be one number as TeX prints it (a numeral, ``1/3``, ``10^{-2}``,
  ``2.7 \times 10^{3}``): ``2--3`` prints the range "2–3", ``1-2`` is arithmetic, ``e`` a letter;
  all are refused (:func:`read_printed`, through :func:`verify.claims.parse_printed`);
* what is typeset beside it must not continue the number: a digit or a decimal point on either
  side (``{5}0`` prints "50"), a sign before it (``-\wcclaim..{5}`` prints "−5"), a power,
  product or fraction around it (``{5.0}\times 10^{3}``, ``10^{\wcclaim..}``), an exponent
  ``e3``, a percent sign after it. We refuse such a claim (:func:`beside_claim`) rather than
  read the page's number from the surrounding text: the claim's braces must hold the whole
  number (``{-5}``, ``{5.0 \times 10^{3}}``). A unit, punctuation, a relation or words beside
  it are fine;
* and, past those known ways, whatever is left beside it must be known to end a number (review 12,
  :mod:`verify.texinput.beside`): an unknown command, a macro, a digit before an open wrapper
  around the claim or a power after a closing delimiter is refused, never read as printing nothing.

>>> print(beside_claim("f(2) = ", "0$."))
it is followed by the digit 0: TeX prints the two as one number; put the whole number inside the claim's braces
>>> beside_claim("is ", ", as expected") is None
True
"""

from __future__ import annotations

import re

from .beside import GAP, as_printed, why_after, why_before, why_in_math, why_negative

__all__ = ["CONTEXT", "read_printed", "beside_claim", "expand_edges", "shows_order"]

#: How many characters either side of a claim the scanner keeps to look at (only the nearest count).
CONTEXT = 80

# What separates nothing on the page: spaces (not a paragraph break), braces, math shifts, thin
# spaces. A claim inside {...} or $...$ still stands beside what follows the group.
_GAP = GAP
#: Commands that may follow a sentence's full stop right after a number: they end the row or the
#: paragraph, or print nothing or a space.
_STRUCTURAL = (r"(?:end|par|item|label|footnote|newline|linebreak|hfill|noindent|cite[A-Za-z]*|tag|quad|qquad"
               r"|enspace|thinspace|medskip|smallskip|bigskip)(?![A-Za-z])")
_NUMBER_WORDS = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                 r"|hundred|thousand|half)(?![A-Za-z])")
#: Fractions in words, singular or plural: half, thirds, a quarter, fifth .. twelfth, -teenth, -tieth, hundredth.
_FRACTIONS = (r"halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|elevenths?"
              r"|twelfths?|[a-z]+teenths?|[a-z]+tieths?|hundredths?|thousandths?|millionths?|billionths?")
#: Fractions counted after a number (5 fifths, 5 thirds); a singular (5 half-lives) is a word of its own.
_PLURAL_FRACTIONS = (r"halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|elevenths|twelfths"
                     r"|[a-z]+teenths|[a-z]+tieths|hundredths|thousandths|millionths|billionths")
#: What "to the" raises to: an ordinal, a power, a number or mathematics.
_POWERS = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth"
           r"|hundredth|thousandth|millionth|[a-z]th|power|square|cube|minus|\d|\$|\\|\{)")
_AFTER = [  # (pattern on what follows the gap, why)
    (r"\d", "followed by the digit {0}: TeX prints the two as one number"),
    (r"\.\s*\d", "followed by a decimal point and digits ({0}): TeX prints them as one number"),
    (r",[{}]*\d", "followed by a decimal comma and digits ({0}): TeX prints them as one number"),  # not ", 7"
    # review 13: a point joined (through braces, no space) to a digit, a letter or a command is part of the
    # number ({5}.{}5, {1}.\overline{6}); what ends a sentence or a row may follow it (5.\end{..}, 5.\\)
    (r"\.(?:[{}]|\\[,!])*(?:\d|[^\W\d_]|\\(?!" + _STRUCTURAL + r")[A-Za-z])",
     "followed by a point joined to what comes next ({0}): TeX prints them as one number"),
    (r"(?:-{1,3}|[+−–—])" + _GAP + r"\d", "followed by a dash or a sign and a number ({0}): the page shows a "
                                          "range or arithmetic, not the claimed number"),
    (r"(?:\\times|\\cdot|\\ast|[×·*/])(?![A-Za-z])" + _GAP + r"\d",
     "followed by a product or a quotient with a number ({0}): the page shows another number"),
    (r"\^(?!\s*\{?\s*\\circ(?![A-Za-z]))", "followed by a power ({0}): the page shows another number"),
    (r"_", "followed by a subscript ({0}): the page shows another number"),
    (r"[eE]\s*[-+−]?\s*\d", "followed by an exponent ({0}): TeX prints it as part of the number"),
    (r"\\%|\\(?:percent|permil|textperthousand)(?![A-Za-z])", "followed by a percent sign ({0}): the page shows "
                                                              "a hundredth of the claimed number"),
    (r"!", "followed by ! ({0}): the page shows a factorial"),
    # review 13: a word that is a number (5 thousand, 5 percent, 5 squared), or an operation with a number
    # or a term after it (5 times 3, 5 minus the offset; not "repeated 5 times.", "5 over the interval")
    (r"(?i:(?:thousand|million|billion|trillion|hundred|dozen|lakh|crore)s?|(?:tenth|hundredth|thousandth"
     r"|millionth)s?|per[\s~]*cent(?:age)?|percent(?:age)?|per[\s~]*mill?e|permill?e|pct|ppm|ppb|squared|cubed"
     r"|factorial"
     r"|(?:to|raised)[\s~]+the[\s~]+power|and[\s~]+a[\s~]+(?:half|quarter|third))(?![A-Za-z])",
     "followed by the word {0}: the page shows another number"),
    # review 14: a power or a fraction in words after the number (5 raised to.., 5 to the fourth, 5 and one
    # half, 5 fifths), and number words of other languages (5 mille, 5 virgule 25)
    (r"(?i:raised|elevated|grand|to[\s~]+the(?=[\s~]+" + _POWERS + r")|and[\s~]+(?:\$?\\[dt]?frac|\d+\s*/\s*\d"
     r"|[½⅓⅔¼¾⅕⅛])|and[\s~]+(?:an?|one|two|three|four|five|six|seven|eight|nine|\d+)[\s~]+"
     r"(?:" + _FRACTIONS + r")|(?:an?|one|two|three|four|five|six|seven|eight|nine|\d+)[-\s~]+(?:" + _FRACTIONS
     + r")|(?:" + _PLURAL_FRACTIONS + r")(?!-)|mille|milliers?|millions?|milliards?|centaines?|dizaines?"
     r"|douzaines?|doubled|tripled|quadrupled|halved|virgule|pour[\s~]*cent|pourcent|tausend|millionen|milliarden|prozent|komma|mil|mila|milioni"
     r"|miliardi|mill[oó]n(?:es)?|por[\s~]*ciento|virgola|coma|Mio|Mrd)(?![A-Za-z])",
     "followed by the word {0}: the page shows another number"),
    (r"(?i:(?:times|plus|minus|divided|multiplied)(?=[\s~]+(?:the|an?|its)[\s~])|(?:times|plus|minus|divided"
     r"|multiplied|over|point|x|X)(?=[\s~]*(?:[\d$\\{]|" + _NUMBER_WORDS + r")))",
     "followed by the word {0} and a term: the page shows arithmetic with the number"),
    (r"\\(?:overline|dot|bar)\s*\{?\s*\d", "followed by repeating digits ({0}): TeX prints them as one number"),
]
_BEFORE = [  # (pattern on what precedes the gap, at its end, why)
    (r"\d", "preceded by the digit {0}: TeX prints the two as one number"),
    (r"\d\{,|\d(?:[{}]|\\[,!])*\.", "preceded by {0}: TeX prints them as one number"),  # 3{,}, 3., 0{.}
    # a hyphen or an en dash reads as a minus (or closes a range); an em dash (---) is punctuation
    (r"(?<!-)-{1,2}|[+−–]|\\(?:pm|mp)(?![A-Za-z])", "preceded by a sign or a dash ({0}): the page shows another "
                                                   "number (or a range)"),
    (r"(?:\\times|\\cdot|\\ast|[×·*/])", "preceded by a product or a quotient ({0}): the page shows another "
                                         "number"),
    (r"[\^_]", "raised or lowered ({0}): the page shows another number"),
    # review 14: a fraction of it (one fifth of 5), a power of something (ten to the 5, the power of 5)
    (r"(?<![\\A-Za-z])(?i:(?:" + _FRACTIONS + r")[\s~]+of|(?:\d|(?<![A-Za-z])[A-Za-z]|" + _NUMBER_WORDS + r")[}$]*[\s~]*to[\s~]+the|(?:raised|elevated|taken)[\s~]+to(?:[\s~]+the)?|power[\s~]+of)",
     "preceded by the words {0}: the page shows another number"),
    (r"(?<![\\A-Za-z])(?i:minus|negative|plus|times|twice|thrice|double|triple|quadruple|(?:\d|" + _NUMBER_WORDS + r")[\s~]*(?:over|point|x)"
     r"|(?:divided|multiplied)[\s~]+by|(?:root|power|half"
     r"|quarter|third|square|cube|inverse|reciprocal|log|logarithm|exponential)[\s~]+of|the[\s~]+power)",
     "preceded by the word {0}: the page shows another number"),
    (r"\\(?:[dt]?frac|sqrt|binom|exp|log|ln|lg|sin|cos|tan|sinh|cosh|tanh|arcsin|arccos|arctan|overline|bar|dot)",
     "the argument of {0}: the page shows another number"),
]


def read_printed(extra: str, math: bool = False) -> str:
    r"""The claim's printed value as the ledger reads it (``\cdot`` as ·, ``\times`` as ×); a
    ``ValueError`` names why it is not one number as TeX prints it (``math``: the claim is in math
    mode, where ``0.5e1`` prints 0.5·e·1, e a variable)."""
    from verify.claims import parse_printed

    from .typeset import check_digit_spacing, check_scripts
    printed = " ".join(extra.split()).strip("$ ")
    if math and re.search(r"\d[\s{}]*[eE]", printed):
        raise ValueError(f"in math mode TeX prints {printed} with the letter e, a variable (0.5e1 reads 0.5·e·1): "
                         f"write the number itself, or 0.5 \\times 10^{{1}}")
    check_digit_spacing(printed)  # 1\,000, 2\;3: digit groups or products, not one numeral
    check_scripts(printed)  # 10^12 prints 10¹2, 10^-3 prints 10⁻3
    ledger = re.sub(r"\\times(?![A-Za-z])", "×", re.sub(r"\\cdot(?![A-Za-z])", "·", printed))
    parse_printed(ledger)
    return ledger


def _paragraph(gap: str) -> bool:
    """Whether ``gap`` holds a paragraph break: what lies across it is not beside the claim."""
    return re.search(r"\n[ \t\r]*\n", gap) is not None


#: Markup before a claim that prints no digit next to it: a label or an index entry (nothing), a
#: citation ([3]) or an equation reference ((2)), shown as what ends it.
_INERT = [(re.compile(r"\\(?:label|index)\s*\{[^{}]*\}(" + _GAP + r")\Z"), ""),
          (re.compile(r"\\cite[A-Za-z]*\*?\s*(?:\[[^\]]*\]\s*)*\{[^{}]*\}(" + _GAP + r")\Z"), "[cite]"),
          (re.compile(r"\\eqref\s*\{[^{}]*\}(" + _GAP + r")\Z"), "(ref)")]


#: A space a reader sees between two cells: a quad, an en space, a thick or interword space, a positive \hspace.
_WIDE = r"(?:\\(?:q?quad|enspace|enskip|[;:> ])(?![A-Za-z])|\\hspace\*?\s*\{\s*[\d.]|\\hskip\s*[\d.])"


def _apart(side: str, why: str, after: bool) -> bool:
    r"""Whether a visible space stands between the claim and the cell beyond the ``&`` on ``side``
    (``5 &\quad& \text{..}`` in alignat); not in a tabular whose spec puts text between the cells."""
    if "spec" in why:
        return False
    if after:
        m = re.match(r"(" + _GAP + r")&((?:" + _GAP + r"|&)*)", side)
        return m is not None and (re.search(_WIDE, m.group(1) + m.group(2)) is not None
                                  or re.match(_WIDE, side[m.end():]) is not None)
    m = re.search(r"&(" + _GAP + r")\Z", side)
    return m is not None and re.search(_WIDE, m.group(1)) is not None


def beside_claim(before: str, after: str, math: bool = False,
                 joined: bool | tuple[str, str] = ("", "")) -> str | None:
    """Why what TeX typesets right before or after a claim changes the number the page shows
    (``before`` and ``after`` are the source on either side, ``math`` whether the claim is in math
    mode, ``joined`` why ``&`` right before and right after it does not end the number, as
    :func:`verify.texinput.cells.joined_cells` says, or True for both); ``None`` when nothing does."""
    raw = before, after
    if isinstance(joined, bool):
        joined = ("in a tabular whose column spec joins cells",) * 2 if joined else ("", "")
    cells = (joined[1] if re.match(_GAP + "&", as_printed(after)) and not _apart(after, joined[1], True) else "") or \
        (joined[0] if re.search("&" + _GAP + r"\Z", as_printed(before)) and not _apart(before, joined[0], False) else "")
    if cells:
        return f"it is {cells}, so the next cell prints beside the number (r@{{.}}l prints 5 & 25 as 5.25, " \
               f"alignat 5 & 0 as 50); put the whole number in one cell"
    if (why := why_negative(before, after)) is not None:
        return "it is " + why + "; put the whole number inside the claim's braces and no negative space beside it"
    if math and (why := why_in_math(before, after)) is not None:
        return "it is " + why + "; put the whole number inside the claim's braces"
    before, after = as_printed(before), as_printed(after)
    for _ in range(8):
        old = before
        for pattern, shown in _INERT:
            before = pattern.sub(lambda m: shown + m.group(1), before)
        if before == old:
            break
    gap = re.match(_GAP, after)
    rest = after[gap.end():] if gap else after
    if not (gap and _paragraph(gap.group(0))):
        for pattern, why in _AFTER:
            m = re.match(pattern, rest)
            if m:
                more = re.match(r"[\d.^{}+\-]*", rest[m.end():])  # the rest of the number it makes
                shown = " ".join((rest[:m.end()] + (more.group(0) if more else "")).split())
                return "it is " + why.format(shown) + "; put the whole number inside the claim's braces"
    tail = re.search(_GAP + r"\Z", before)
    head = before[:tail.start()] if tail else before
    for pattern, why in _BEFORE if not (tail and _paragraph(tail.group(0))) else ():
        m = re.search(r"(?:" + pattern + r")\Z", head)
        if m:
            shown = " ".join(m.group(0).split())
            return "it is " + why.format(shown) + "; put the whole number inside the claim's braces"
    # review 12: what is left beside the number must be on the whitelist of what ends one
    why = why_after(after, len(raw[1]) >= CONTEXT) or why_before(before, len(raw[0]) >= CONTEXT)
    return None if why is None else "it is " + why + "; put the whole number inside the claim's braces"


def expand_edges(before: str, after: str, macros: dict[str, str]) -> tuple[str, str]:
    r"""``before`` and ``after`` with the author's argument-less macro nearest the claim replaced
    by its body (to depth 8): ``\wcclaim{..}{5}\zero`` with ``\zero`` = 0 prints "50"."""
    for _ in range(8):
        m = re.match(r"(" + _GAP + r")(\\[A-Za-z]+)(?![A-Za-z])", after)
        if not (m and m.group(2) in macros):
            break
        after = m.group(1) + macros[m.group(2)] + after[m.end():]
    for _ in range(8):
        m = re.search(r"(\\[A-Za-z]+)(" + _GAP + r")\Z", before)
        if not (m and m.group(1) in macros):
            break
        before = before[:m.start()] + macros[m.group(1)] + m.group(2)
    return before, after


#: What shows the reader that a number is an order of magnitude or an estimate, right before it.
_LOOSE = re.compile(r"(?:\\(?:sim|approx|simeq|lesssim|gtrsim|asymp|thicksim|thickapprox|backsim|propto)(?![A-Za-z])"
                    r"|[≈∼≃]|\\textasciitilde\{?\}?|(?<![A-Za-z])(?i:about|around|roughly|approximately|approx\.?|circa"
                    r"|ca\.|some|nearly|almost|order(?:[\s~]+of)?(?:[\s~]+magnitude(?:[\s~]+of)?)?|of[\s~]+order"
                    r"|estimated[\s~]+(?:at|as)|typically|\\mathcal\{O\}|O))(?:" + _GAP + r"|\\(?:left|big|Big)?\(|\()*\Z")


def shows_order(before: str) -> bool:
    r"""Whether the page shows a looseness marker right before a claim (``\sim``, ``\approx``, "about",
    "of order", ``\mathcal{O}(``): a ``[\sim]`` claim checks only the order of magnitude, so the page must
    say so (review 14).

    >>> shows_order(r"$p \sim "), shows_order("of order "), shows_order("$f(2) = "), shows_order("is ")
    (True, True, False, False)
    """
    return _LOOSE.search(as_printed(before)) is not None

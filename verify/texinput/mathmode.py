r"""Whether a ``\wcclaim`` stands in math mode, where spaces do not print and a letter beside the
number is a product (reviews 13 and 14).

Math opens at ``$``, ``$$``, ``\(``, ``\[``, the math environments (amsmath's, breqn's, IEEEtrantools',
empheq, mathpartir's ``mathpar``) and their command forms (``\math ... \endmath``), ``\ensuremath{``,
and whatever the document makes open it: an argument-less macro whose body opens math (``\be``),
an environment built on one (``\def\eqn{\[}`` used as ``\begin{eqn}``, ``\newenvironment``), a macro
with arguments whose body opens math (``\newcommand{\m}[1]{\ensuremath{#1}}``, read as
``\ensuremath``: its argument is taken to be in math) and ``\let\m\ensuremath``. A ``$`` that opens
nothing is not counted: ``\$``, ``\string$``, one inside ``\url{..}`` or ``\lstinline``.
"""

from __future__ import annotations

import re

from .markup import read_group

__all__ = ["MATH_ENVS", "in_math", "math_openers"]

MATH_ENVS = (r"(?:equation|align|alignat|gather|multline|flalign|eqnarray|math|displaymath|dmath|dseries|dgroup"
             r"|darray|IEEEeqnarray|IEEEeqnarraybox|empheq|xalignat|xxalignat|mathpar|numcases|subnumcases|tikzcd)\*?")
#: A math environment's command form: \math ... \endmath is \begin{math} ... \end{math}.
_COMMAND_FORM = r"\\(end)?(?:math|displaymath|equation|eqnarray|mathpar|dmath)(?![A-Za-z@*])"
_SHIFTS = re.compile(r"\\[\\$]|\$\$|\$|\\[()\[\]]|\\(begin|end)\s*\{" + MATH_ENVS + r"\}|" + _COMMAND_FORM
                     + r"|\n[ \t]*\n")
#: What opens or closes math in a document macro's body (\newcommand{\be}{\begin{equation*}}).
_MATH_TOKEN = re.compile(r"\$|\\[()\[\]]|\\(?:begin|end)\s*\{" + MATH_ENVS + r"\}|\\ensuremath(?![A-Za-z])"
                         + r"|" + _COMMAND_FORM)
#: Arguments printed as they stand: a $ in \url{a$b} or \lstinline|a$b| is no math shift; \string$ prints $.
_LITERAL_ARGUMENT = re.compile(r"\\(?:url|path|nolinkurl|href|lstinline|Verb|mintinline\s*\{[^{}]*\})\s*(?:\[[^\]]*\]\s*)?"
                               r"(?:\{[^{}]*\}|([^\w\s{])(?:(?!\1).)*\1)|\\string\s*(?:\\[A-Za-z]+|\\.|.)")
#: A definition with arguments (or a parameter text): the name, then where its parameters start.
_DEFINITION = re.compile(r"\\(?:newcommand|renewcommand|providecommand|DeclareRobustCommand|def|gdef|edef|xdef"
                         r"|NewDocumentCommand|RenewDocumentCommand|ProvideDocumentCommand|DeclareDocumentCommand"
                         r"|NewExpandableDocumentCommand|newrobustcmd|renewrobustcmd)\*?\s*\{?\s*(\\[A-Za-z@]+)\s*\}?")
_LET = re.compile(r"\\(?:let|global\s*\\let)\s*(\\[A-Za-z@]+)\s*=?\s*(\\[A-Za-z@]+|\\[()\[\]]|\$)")


def _body_with_arguments(text: str, pos: int) -> str | None:
    r"""The body of a definition whose parameters start at ``pos`` when it takes arguments
    (``[1]{..}``, ``#1{..}``, xparse's ``{m}{..}``); ``None`` for an argument-less one."""
    params = re.compile(r"\s*(?:\[[^\]]*\]\s*)+|(?:\s*#\d)+|[^{\\\n]*?#\d[^{]*").match(text, pos)
    if params is not None and params.end() > pos:
        group = read_group(text, params.end())
        return group[0] if group else None
    spec = read_group(text, pos)  # xparse: {m m}{body}
    if spec is not None and re.fullmatch(r"[\smoOdDrRvbtegsEl+!>{}=,.\\A-Za-z]*", spec[0]) and spec[0].strip():
        group = read_group(text, spec[1])
        return group[0] if group else None
    return None


def math_openers(text: str, macros: dict[str, str]) -> dict[str, str]:
    r"""The document's macros and environments whose text opens or closes math, for :func:`in_math`:
    ``\be`` for ``\begin{equation*}``, ``\begin{eq}`` for ``\newenvironment{eq}{\begin{equation}}{..}``,
    ``\begin{eqn}`` for ``\def\eqn{\[}``, ``\m`` for ``\ensuremath`` when ``\m``'s argument is typeset in math."""
    out = {name: body for name, body in macros.items() if _MATH_TOKEN.search(body)}
    for m in _DEFINITION.finditer(text):
        body = _body_with_arguments(text, m.end())
        if m.group(1) not in macros and body is not None and _MATH_TOKEN.search(body):
            out[m.group(1)] = "\\ensuremath"  # its argument: taken to be typeset in math
    for _ in range(2):  # \let\m\ensuremath; \let\b\be after \be is known
        for m in _LET.finditer(text):
            target = m.group(2)
            if _MATH_TOKEN.fullmatch(target) or target in out:
                out[m.group(1)] = out.get(target, target)
    for name, body in list(out.items()):  # \def\eqn{\[}: \begin{eqn} runs \eqn, \end{eqn} runs \endeqn
        if re.fullmatch(r"\\end[A-Za-z]+", name):
            out[f"\\end{{{name[4:]}}}"] = body
        elif re.fullmatch(r"\\[A-Za-z]+", name):
            out[f"\\begin{{{name[1:]}}}"] = body
    for m in re.finditer(r"\\(?:newenvironment|NewDocumentEnvironment|DeclareDocumentEnvironment)\*?\s*\{([^{}]+)\}",
                         text):
        pos, groups = m.end(), []
        while len(groups) < 3 and (group := read_group(text, pos, "[", "]") or read_group(text, pos)) is not None:
            groups.append(group[0])
            pos = group[1]
        name = m.group(1).strip()
        if any(_MATH_TOKEN.search(g) for g in groups[-2:]):
            out[f"\\begin{{{name}}}"], out[f"\\end{{{name}}}"] = "\\begin{equation}", "\\end{equation}"
    return out


def in_math(prefix: str, macros: dict[str, str] | None = None) -> bool:
    r"""Whether the source after ``prefix`` is in math mode: ``$``, ``$$``, ``\(``, ``\[``, the math
    environments (amsmath's, breqn's, IEEEtrantools', empheq, mathpar; also as ``\math``..``\endmath``)
    and ``\ensuremath{`` opened and not closed since the last paragraph break (math cannot span one).
    ``macros``: the document's openers (:func:`math_openers`), each read as its body.

    >>> in_math(r"so $p = "), in_math(r"so $p$ is "), in_math(r"it costs \$ "), in_math("$x$ and \\(y = ")
    (True, False, False, True)
    >>> in_math(r"see \url{a$b}, "), in_math(r"is \ensuremath{f = "), in_math(r"\be f = ", {r"\be": r"\[ "})
    (False, True, True)
    >>> in_math(r"costs \string$ 3, so $f = "), in_math(r"is \math f = ")
    (True, True)
    """
    prefix = re.sub(r"(?<!\\)%[^\n]*", "", prefix)  # comments print nothing, their $ neither
    for _ in range(4):
        old = prefix
        for name, body in (macros or {}).items():
            if _MATH_TOKEN.search(body):
                tail = "" if name.endswith("}") else r"(?![A-Za-z])"
                prefix = re.sub(re.escape(name) + tail, lambda _: body, prefix)
        if prefix == old:
            break
    prefix = _LITERAL_ARGUMENT.sub("", prefix)
    inline = display = False
    envs, paragraph = 0, 0
    for m in _SHIFTS.finditer(prefix):
        token = m.group(0)
        if token.startswith("\n"):
            inline = display = False
            envs, paragraph = 0, m.end()
        elif token in ("\\$", "\\\\"):
            continue
        elif token == "$$":
            display = not display
        elif token == "$":
            inline = not inline
        elif token in ("\\(", "\\["):
            inline = True
        elif token in ("\\)", "\\]"):
            inline = display = False
        elif m.group(1):  # environments nest (a dmath inside a dgroup)
            envs = envs + 1 if m.group(1) == "begin" else max(0, envs - 1)
        else:  # the command form: \math opens, \endmath closes
            envs = max(0, envs - 1) if m.group(2) else envs + 1
    if inline or display or envs:
        return True
    last = prefix[paragraph:]
    return any(read_group(last, m.end() - 1) is None for m in re.finditer(r"\\ensuremath\s*\{", last))

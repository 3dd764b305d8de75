r"""Record builder: the scanned items of one ``wccheck`` as a :class:`derivations.Derivation`.

The records are exactly those the Python API builds: ``Param`` with a ``Domain`` from
``\wcsymbol{0 < p < 1}``, ``Premise`` from a line marked ``\wcpremise{name}``, one
built-in rule per chain line (:mod:`verify.texinput.operations`), ``Claim`` from
``\wcclaim`` and an ``Agreement`` from ``\wcroute``. Every line's rule continues from the
line before it (explicitly: ``on=`` that line's name), so the chain the kernel replays is
the chain the author typeset. Where each record came from is kept in :class:`Origin`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import sympy
from sympy.core.relational import Relational

from derivations import Derivation, Integer, Param, Premise, Real, Rewrite
from derivations._domain_bounds import BoundError, compare, irrational_bound, rational_bracket
from derivations._domains import DomainDeclarationError

from .mathparse import MathError, NameTable, clean, parse_math, split_top
from .operations import OperationError, parse_operation
from .scanner import Block, Item, read_group

__all__ = ["TexError", "Origin", "LineOrigin", "build_derivation", "parse_domain"]

_RELATIONS = ("=", "<", ">", "\\le", "\\ge", "\\lt", "\\gt")
_CONNECTIVES = ("\\implies", "\\Longrightarrow", "\\Rightarrow", "\\iff", "\\Leftrightarrow",
                "\\Longleftrightarrow")
_REFUSED = ("\\approx", "\\sim", "\\simeq", "\\ll", "\\gg", "\\propto", "\\neq", "\\ne", "\\equiv", "\\cong")
_MAKE_REL = {"=": lambda a, b: sympy.Eq(a, b, evaluate=False), "<": sympy.StrictLessThan,
             "\\lt": sympy.StrictLessThan, ">": sympy.StrictGreaterThan, "\\gt": sympy.StrictGreaterThan,
             "\\le": sympy.LessThan, "\\ge": sympy.GreaterThan}


@dataclass
class TexError(ValueError):
    """Bad markup or an unreadable line, at a line of a ``.tex`` file: ``path:line: message``."""

    path: str
    line: int
    message: str
    text: str = ""
    kind: str = "markup"

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        shown = f"\n    {self.text}" if self.text else ""
        return f"{self.path}:{self.line}: {self.message}{shown}"


@dataclass(frozen=True)
class LineOrigin:
    """Where one step came from: its line, the row as written and its display's number."""

    line: int
    text: str
    display: int


@dataclass
class Origin:
    """Where a built derivation came from: file, first line, and one :class:`LineOrigin` per step."""

    path: str
    line: int
    steps: list[LineOrigin] = field(default_factory=list)
    file: str = ""
    premises: dict[str, LineOrigin] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def parse_domain(text: str, names: NameTable) -> tuple[str, Any]:
    r"""``0 < p < 1``, ``N > 0``, ``-\pi < \phi < \pi``, ``n \ge 1, n \in \mathbb{Z}`` -> (name, Domain).

    A bound is an exact constant real number (``\frac{\pi}{2}``, ``\sqrt{2}``), kept exactly.

    >>> parse_domain(r"0 < p \le 1", NameTable())[1].describe()
    'a real number in (0, 1]'
    """
    name = None
    integer = False
    lows: list[tuple[Any, bool]] = []   # (bound, strict): every lower bound written; the tightest holds
    highs: list[tuple[Any, bool]] = []
    natural = False
    for part in [p.strip() for p in split_top(clean(text), (",",)) if p.strip() and p.strip() != ","]:
        m = re.fullmatch(r"(.+?)\\in\s*\\mathbb\s*\{?\s*([RZN])\s*\}?(?:_\{?\s*(>|\\ge)\s*0\s*\}?)?", part)
        if m:
            pname = names.declare(m.group(1).strip())
            if name not in (None, pname):
                raise MathError("parse", f"one \\wcsymbol declares one symbol; {text!r} names {name} and {pname}")
            name = pname
            if m.group(2) in "ZN":
                integer = True
            natural = natural or m.group(2) == "N"
            if m.group(3):
                lows.append((Fraction(0), m.group(3) == ">"))
            continue
        pieces = [p.strip() for p in split_top(part, _RELATIONS)]
        terms, rels = pieces[0::2], pieces[1::2]
        if not rels or any(r == "=" for r in rels):
            raise MathError("parse", f"{part!r} is not a domain: write e.g. 0 < p < 1, N > 0, x \\in \\mathbb{{R}} "
                                     f"or n \\ge 1, n \\in \\mathbb{{Z}}")
        infinite = [i for i, t in enumerate(terms) if t.replace(" ", "") in ("\\infty", "+\\infty", "-\\infty")]
        which = [i for i, t in enumerate(terms) if not _is_number(t, names, rational=True) and i not in infinite]
        if len(which) > 1:  # -\pi < \phi < \pi: the symbol is the one term that is no constant (a lone e is one)
            which = [i for i in which if not _is_number(terms[i], names)]
        if len(which) != 1:
            raise MathError("parse", f"{part!r}: a domain is one symbol between numbers (0 < p < 1)")
        k = which[0]
        pname = names.declare(terms[k])
        if name not in (None, pname):
            raise MathError("parse", f"one \\wcsymbol declares one symbol; {text!r} names {name} and {pname}")
        name = pname
        for i, rel in enumerate(rels):
            a, b = i, i + 1
            if a in infinite or b in infinite:
                continue  # an infinite end is no bound
            less = rel in ("<", "\\lt", "\\le")
            strict = rel in ("<", ">", "\\lt", "\\gt")
            if k == b:  # number REL symbol
                (lows if less else highs).append((_number(terms[a], names), strict))
            elif k == a:  # symbol REL number
                (highs if less else lows).append((_number(terms[b], names), strict))
            else:
                raise MathError("parse", f"{part!r}: a domain is one symbol between numbers (0 < p < 1)")
    if name is None:
        raise MathError("parse", f"{text!r} declares no symbol")
    if natural and not lows:  # \mathbb{N} starts at 1 or at 0 by convention: a bound written wins
        lows.append((Fraction(1), False))
    try:
        return name, _domain(text, integer, lows, highs)
    except (BoundError, DomainDeclarationError) as exc:
        raise MathError("parse", f"{text!r}: {exc}") from None


def _domain(text: str, integer: bool, lows: list[tuple[Any, bool]], highs: list[tuple[Any, bool]]) -> Any:
    """The Domain of the tightest bounds written; irrational ones compared exactly (balls, never floats)."""
    lo, lo_open, hi, hi_open = None, True, None, True
    for value, strict in lows:  # the largest lower bound, strict first at a tie
        c = 1 if lo is None else compare(value, lo)
        if c > 0 or (c == 0 and strict):
            lo, lo_open = value, strict
    for value, strict in highs:  # the smallest upper bound, strict first at a tie
        c = -1 if hi is None else compare(value, hi)
        if c < 0 or (c == 0 and strict):
            hi, hi_open = value, strict
    if integer:
        # Rounded inward: n >= 2.5 is n >= 3, n > 2 is n >= 3, n <= 7/2 is n <= 3, n < 3 is n <= 2.
        low = None if lo is None else _ceil(lo) + (1 if lo_open and compare(Fraction(_ceil(lo)), lo) == 0 else 0)
        high = None if hi is None else _floor(hi) - (1 if hi_open and compare(Fraction(_floor(hi)), hi) == 0 else 0)
        if low is not None and high is not None and low > high:
            raise MathError("parse", f"{text!r} contains no integer")
        return Integer(low, high)
    if lo is not None and hi is not None:
        c = compare(lo, hi)
        if c > 0 or (c == 0 and (lo_open or hi_open)):
            raise MathError("parse", f"{text!r} contains no number")
    return Real(lo, hi, lo_open=lo_open, hi_open=hi_open)


def _floor(value: Any) -> int:
    """The exact floor of a Fraction or an exact irrational real (decided by balls)."""
    if isinstance(value, Fraction):
        return math.floor(value)
    n = math.floor(rational_bracket(value)[0])
    while compare(Fraction(n + 1), value) <= 0:
        n += 1
    return n


def _ceil(value: Any) -> int:
    return -_floor(-value if isinstance(value, Fraction) else sympy.Mul(-1, value))


def _is_number(tex: str, names: NameTable, rational: bool = False) -> bool:
    try:
        return isinstance(_number(tex, names), Fraction) or not rational
    except (MathError, ValueError, TypeError):
        return False


def _number(tex: str, names: NameTable) -> Any:
    """A bound: a Fraction, or an exact irrational SymPy real (π/2, √2, e where e is no symbol here)."""
    value = parse_math(tex, names)  # the file's names: e is Euler's number only where it is no symbol
    if value in (sympy.oo, -sympy.oo):
        raise ValueError("infinite bound")
    value = sympy.nsimplify(value) if isinstance(value, sympy.Float) else value
    if isinstance(value, sympy.Rational):
        return Fraction(int(value.p), int(value.q))
    exact = irrational_bound(value)
    if exact is None:
        raise MathError("parse", f"a domain's bound must be a constant real number, got {tex!r}")
    return exact


_DIRECTIVE = re.compile(r"\\(wcpremise|wcby|wcfrom|wcname|label)\s*(\[[^\]]*\])?\s*\{")


def _directives(row: str) -> dict[str, Any]:
    r"""The wallcheck directives and the ``\label`` of one row."""
    out: dict[str, Any] = {"skip": bool(re.search(r"\\wcskip(?![A-Za-z])", row))}
    for m in _DIRECTIVE.finditer(row):
        g = read_group(row, m.end() - 1)
        if g is None:
            continue
        out[m.group(1)] = " ".join(g[0].split())
        if m.group(2):
            out[m.group(1) + "_option"] = m.group(2)[1:-1].strip()
    return out


class _Builder:
    """Builds one derivation; every error is a :class:`TexError` at the row's line."""

    def __init__(self, block: Block, path: str, macros: dict[str, str]):
        self.block, self.path, self.macros = block, path, macros
        self.names = NameTable()
        self.symbols: list[Param] = []
        self.premises: list[Premise] = []
        self.steps: list[Any] = []
        self.labels: dict[str, str] = {}   # premise name or \label -> the form's name
        self.forms: dict[str, Any] = {}    # form name -> the written relation
        self.previous: str | None = None
        self.skipped = False               # the row before was marked \wcskip
        self.origin = Origin(path, block.line, file=path)
        self.claims: list[Item] = []
        self.route: Item | None = None

    def error(self, item: Item, message: str, kind: str = "markup") -> TexError:
        return TexError(self.path, item.line, message, item.text, kind)

    def expand(self, text: str) -> str:
        from .scanner import expand_macros
        return expand_macros(text, self.macros)

    # -- declarations ------------------------------------------------------------------
    def symbol(self, item: Item) -> None:
        try:
            name, domain = parse_domain(self.expand(item.text), self.names)
        except MathError as exc:
            raise self.error(item, f"\\wcsymbol: {exc}") from None
        if name in self.names.params:
            raise self.error(item, f"\\wcsymbol: {self.names.latex.get(name, name)} is declared twice")
        if name in self.names.defined:
            raise self.error(item, f"\\wcsymbol: {name} is declared after a line already defined it")
        param = Param(name, domain, latex=self.names.latex.get(name))
        self.names.params[name] = param.symbol
        self.symbols.append(param)

    # -- rows ---------------------------------------------------------------------------
    def row(self, item: Item) -> None:
        d = _directives(item.text)
        after_skip, self.skipped = self.skipped, d["skip"]
        if d["skip"]:
            return
        text = self.expand(item.text)
        try:
            body = clean(text)
        except MathError as exc:  # what TeX typesets differs from what the row seems to say
            raise self.error(item, str(exc), exc.kind) from None
        if not body:
            self.skipped = after_skip  # an empty row typesets nothing: the skipped line is still the one above
            return
        parts = self.checked_part(item, [p.strip() for p in split_top(body, _RELATIONS + _CONNECTIVES + _REFUSED)])
        connective = None
        if parts[0] == "" and len(parts) > 1:
            connective = parts[1]
            parts = parts[2:]
        if after_skip and connective is not None:  # "= x + 1" under "= 3x \wcskip" reads 3x = x + 1
            raise self.error(item, f"this line continues (with {connective}) a line marked \\wcskip, which is not "
                                   f"checked: the page relates it to that line, not to the chain; write its "
                                   f"left-hand side (f = ...), or drop the \\wcskip")
        if "wcpremise" in d:
            self.premise(item, d, parts, connective)
            return
        if self.previous is None:
            raise self.error(item, "the chain has no premise to start from: mark the first relation with "
                                   "\\wcpremise{name} (or skip this line with \\wcskip)")
        self.step(item, d, parts, connective)

    def checked_part(self, item: Item, parts: list[str]) -> list[str]:
        r"""The part of a row joined by checkable relations: ``x \ll x_c = (...)`` -> ``x_c = (...)``.

        ``\ll``, ``\gg``, ``\sim``, ``\approx`` ... are read as prose around the checked relation;
        a row with checkable relations on both sides of one of them is refused.
        """
        segments, current = [], []
        for k, piece in enumerate(parts):
            if k % 2 == 1 and piece in _REFUSED:
                segments.append(current)
                current = []
                continue
            current.append(piece)
        segments.append(current)
        if len(segments) == 1:
            return parts
        with_relation = [s for s in segments if len(s) >= 3 or (len(s) >= 2 and s[0] == "")]
        if len(with_relation) != 1:
            refused = next(p for p in parts[1::2] if p in _REFUSED)
            raise self.error(item, f"{refused} is not a relation the checker can establish: a chain line is "
                                   f"related to the one before by =, <, >, \\le, \\ge or \\implies; mark a line "
                                   f"you do not want checked with \\wcskip", "parse")
        return with_relation[0]

    def assume(self, item: Item) -> None:
        r"""``\wcassume[text]{name}{relation}``: a premise stated in the markup, typeset nowhere."""
        try:
            name, body = item.text, clean(self.expand(item.extra or ""))
        except MathError as exc:
            raise self.error(item, str(exc), exc.kind) from None
        parts = [p.strip() for p in split_top(body, _RELATIONS)]
        d = {"skip": False, "wcpremise": name}
        if item.option:
            d["wcpremise_option"] = item.option
        self.premise(item, d, parts, None)

    def parse(self, item: Item, tex: str, allow_new: bool = False) -> Any:
        try:
            return parse_math(tex, self.names, allow_new=allow_new)
        except MathError as exc:
            raise self.error(item, str(exc), exc.kind) from None

    def relation(self, item: Item, lhs_tex: str, rel: str, rhs_tex: str) -> Relational:
        standard = re.fullmatch(r"\\(Gamma)\s*\(.*\)", clean(lhs_tex))
        if standard:  # \Gamma(x) = ... defines the author's own \Gamma, not Euler's
            self.names.defined.add(standard.group(1))
        lhs = self.parse(item, lhs_tex, allow_new=True)
        fresh = {s.name for s in lhs.free_symbols} - set(self.names.params) - self.names.defined
        whole = isinstance(lhs, sympy.Symbol) or isinstance(lhs, sympy.core.function.AppliedUndef)
        if fresh and not whole:
            shown = ", ".join(sorted(self.names.latex.get(n, n) for n in fresh))
            raise self.error(item, f"undeclared symbol {shown} on the left-hand side: declare it with \\wcsymbol, "
                                   f"or make the whole left-hand side a new name", "undeclared")
        if isinstance(lhs, sympy.Symbol) and lhs.name not in self.names.params:
            self.names.defined.add(lhs.name)
        if isinstance(lhs, sympy.core.function.AppliedUndef):
            self.names.defined.add(lhs.func.__name__)
            if all(isinstance(a, sympy.Symbol) for a in lhs.args):
                self.names.functions.setdefault(lhs.func.__name__, lhs.args)
        rhs = self.parse(item, rhs_tex)
        try:
            return _MAKE_REL[rel](lhs, rhs)
        except TypeError as exc:
            raise self.error(item, f"cannot form the relation: {exc}", "parse") from None

    def premise(self, item: Item, d: dict[str, Any], parts: list[str], connective: str | None) -> None:
        if len(parts) > 3 and connective is None and parts[1] not in _CONNECTIVES:
            # L = a = b: the premise is L = a; each further piece is a line continuing it.
            self.premise(item, d, parts[:3], None)
            rest = {k: v for k, v in d.items() if k not in ("wcpremise", "wcpremise_option", "label")}
            self.step(item, rest, parts[4:], parts[3])
            return
        if connective is not None or len(parts) != 3 or parts[1] in _CONNECTIVES:
            raise self.error(item, "a premise is one relation with a left-hand side that names the quantity "
                                   "(L(x) = ...), with no connective before it")
        name = d["wcpremise"]
        if not re.fullmatch(r"[A-Za-z][\w:.\-]*", name):
            raise self.error(item, f"\\wcpremise{{{name}}}: a premise name is a word (letters, digits, : . - _)")
        if name in self.forms:
            raise self.error(item, f"\\wcpremise{{{name}}}: the name is used twice")
        rel = self.relation(item, parts[0], parts[1], parts[2])
        text = d.get("wcpremise_option") or f"{self.path}, line {item.line}: {item.text}"
        try:
            self.premises.append(Premise(name, rel, text))
        except ValueError as exc:
            raise self.error(item, str(exc)) from None
        self.remember(name, d, rel)
        self.origin.premises[name] = LineOrigin(item.line, item.text, item.display)

    def remember(self, name: str, d: dict[str, Any], rel: Any) -> None:
        self.forms[name] = rel
        self.labels[name] = name
        if "label" in d:
            self.labels[d["label"]] = name
        if "wcname" in d:
            self.labels[d["wcname"]] = name
        self.previous = name

    def step(self, item: Item, d: dict[str, Any], parts: list[str], connective: str | None) -> None:
        prev_name = self.labels.get(d["wcfrom"]) if "wcfrom" in d else self.previous
        if prev_name is None:
            raise self.error(item, f"\\wcfrom{{{d['wcfrom']}}}: no premise or labelled line is called that")
        prev = self.forms[prev_name]
        if connective in _CONNECTIVES or connective is None:
            if len(parts) < 3:
                raise self.error(item, "this line has no relation: write lhs = rhs, or continue the line before "
                                       "with = rhs", "parse")
            pieces = [(parts[0], parts[1], parts[2])]
            parts = parts[3:]
        else:
            lhs_tex = None
            pieces = [(lhs_tex, connective, parts[0])]
            parts = parts[1:]
        while len(parts) >= 2:  # a = b = c: each further piece continues the same left-hand side
            pieces.append((None, parts[0], parts[1]))
            parts = parts[2:]
        by = d.get("wcby")
        if connective in ("\\implies", "\\Longrightarrow", "\\Rightarrow") and by is None:
            raise self.error(item, f"{connective} joins a line that is not an equivalence: name its operation, e.g. "
                                   f"\\wcby{{differentiate in N}}, \\wcby{{solve for x}}, \\wcby{{substitute law}}")
        for k, (lhs_tex, rel, rhs_tex) in enumerate(pieces):
            prev = self.forms[prev_name]
            if rel not in _MAKE_REL:
                raise self.error(item, f"{rel} cannot continue a line: continue with =, <, >, \\le or \\ge", "parse")
            if lhs_tex is None:
                if not isinstance(prev, Relational):
                    raise self.error(item, "nothing to continue")
                if rel != "=" and (k > 0 or by is None):
                    raise self.error(item, f"a bound ({rel}) between two lines is not an inference the checker "
                                           f"makes: state it as a \\wcpremise, or derive the inequality with an "
                                           f"operation (\\wcby{{solve for x}}, \\wcby{{divide by c}}, ...)", "parse")
                rhs = self.parse(item, rhs_tex)
                try:
                    written = _MAKE_REL[rel](prev.lhs, rhs)
                except TypeError as exc:
                    raise self.error(item, f"cannot form the relation: {exc}", "parse") from None
            else:
                written = self.relation(item, lhs_tex, rel, rhs_tex)
            if k == 0 and by is not None:
                try:
                    op = parse_operation(self.expand(by), self.names, self.labels, prev)
                except OperationError as exc:
                    raise self.error(item, str(exc)) from None
            else:
                op = None
            name = f"{self.path}:{item.line}" + (f"#{k + 1}" if k else "")
            # A continued line (= rhs) keeps the rule's own left-hand side, as a bare expect does in Python.
            expect = written.rhs if lhs_tex is None and rel == "=" else written
            kw = {"expect": expect, "name": name, "on": prev_name,
                  "note": f"{self.path}, line {item.line}"}
            rule = op.make(**kw) if op is not None else Rewrite(**kw)
            self.steps.append(rule)
            self.origin.steps.append(LineOrigin(item.line, item.text, item.display))
            self.remember(name, d if k == len(pieces) - 1 else {}, written)
            prev_name = name

    # -- the record ---------------------------------------------------------------------
    def derivation(self) -> Derivation:
        if not self.premises:
            raise TexError(self.path, self.block.line, f"derivation {self.block.id!r} has no premise: mark a "
                                                      f"relation with \\wcpremise{{name}}")
        if not self.steps:
            raise TexError(self.path, self.block.line, f"derivation {self.block.id!r} has no chain: after its "
                                                      f"premises, write at least one line derived from them")
        last = self.steps[-1].expect
        last = sympy.sympify(last)
        value = last.rhs if isinstance(last, Relational) else last
        params = tuple(p.name for p in self.symbols if p.symbol in value.free_symbols)
        d = Derivation(
            id=self.block.id, title=self.block.title, source=f"{self.path}, line {self.block.line}",
            symbols=tuple(self.symbols), premises=tuple(self.premises), steps=tuple(self.steps),
            parameters=params)
        self.origin.names = dict(self.names.latex)
        return d


def build_derivation(block: Block, path: str, macros: dict[str, str]) -> tuple[Derivation, Origin, list[Item],
                                                                                Item | None, NameTable]:
    """The :class:`Derivation` of ``block``, where each step came from, and its claims and route items."""
    b = _Builder(block, path, macros)
    for item in block.items:  # declarations first: a symbol may be declared where it is first used
        if item.kind == "symbol":
            b.symbol(item)
    for item in block.items:
        if item.kind == "row":
            b.row(item)
        elif item.kind == "assume":
            b.assume(item)
        elif item.kind == "claim":
            b.claims.append(item)
        elif item.kind == "route":
            if b.route is not None:
                raise b.error(item, "a derivation has one \\wcroute")
            b.route = item
    return b.derivation(), b.origin, b.claims, b.route, b.names

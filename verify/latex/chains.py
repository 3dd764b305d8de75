r"""The chain of a derivation as LaTeX: its premises, its steps as one ``align``, its result.

:class:`ChainRenderer` prints one derivation's relations (each an :class:`Equation`, kept for
the parse-back of :mod:`verify.latex.parseback`), describes each step's rule, lays each display
out for a column (:mod:`verify.latex.layout`) and labels premises, steps and the result
(``wc:<id>``). The full account around it is :mod:`verify.latex.fragments`'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import sympy

from derivations import Derivation

from .. import notation
from . import layout
from .printer import _prose, text

__all__ = ["Equation", "ChainRenderer"]


@dataclass
class Equation:
    """One emitted relation: its two sides as printed, and the verified relation they print."""

    where: str              # e.g. "pedestal.loss premise loss", "pedestal.loss step 3", "... result"
    relation: Any            # the SymPy relation (what the checker verified)
    lhs: str                 # LaTeX of the left-hand side, as emitted
    rel: str                 # the relation symbol, as emitted
    rhs: str                 # LaTeX of the right-hand side, as emitted
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def tex(self) -> str:
        return f"{self.lhs} {self.rel} {self.rhs}"


class ChainRenderer:
    """Renders the relations of one derivation with its report entry (premises, chain, result);
    collects every equation it emits."""

    def __init__(self, d: Derivation, result: Mapping[str, Any]):
        self.d, self.result = d, result
        self.names = notation.names_for(d)
        self.equations: list[Equation] = []
        self.labels: dict[str, str] = {}
        for prem in d.premises:
            self.labels[prem.name] = f"wc:{d.id}:{prem.name}"

    def math(self, expr: Any) -> str:
        return notation.latex(expr, self.names)

    def relation(self, where: str, rel: Any, approximate: bool = False) -> Equation:
        rel = sympy.sympify(rel)
        if isinstance(rel, sympy.core.relational.Relational):
            eq = Equation(where, rel, self.math(rel.lhs), notation.relation_symbol(rel, approximate),
                          self.math(rel.rhs), self.names)
        else:  # never for a checked chain (every form is a relation); kept printable all the same
            eq = Equation(where, rel, "", "", self.math(rel), self.names)
        self.equations.append(eq)
        return eq

    def ref(self, name: str) -> str:
        label = self.labels.get(name)
        return rf"\eqref{{{label}}}" if label else rf"\emph{{{text(name)}}}"

    # -- rule descriptions --------------------------------------------------------------------
    def rule_tex(self, rule: Any) -> str:
        kind = type(rule).__name__
        m = self.math
        text_ = getattr(rule, "text", "")
        if text_:
            return _prose(text_)
        if kind in ("Rewrite", "Simplify", "Expand"):
            return {"Rewrite": "rewrite", "Simplify": "simplify", "Expand": "expand"}[kind]
        if kind == "Substitute":
            parts = []
            if getattr(rule, "using", None):
                parts.append(self.ref(rule.using))
            for k, v in rule.mapping.items():
                if type(v).__name__ == "Ref":
                    parts.append(f"${m(k)}$ from {self.ref(v.name)}")
                else:
                    parts.append(rf"${m(k)} \to {m(v)}$")
            return "substitute " + ", ".join(parts)
        if kind == "Differentiate":
            order = getattr(rule, "order", 1)
            return f"differentiate in ${m(rule.var)}$" + (f" ({order} times)" if order > 1 else "")
        if kind == "LogDerivative":
            return rf"$\mathrm{{d}}\ln / \mathrm{{d}}\ln {m(rule.var)}$"
        if kind == "Integrate":
            if rule.lower is None:
                return f"integrate in ${m(rule.var)}$"
            lo = self.ref(rule.lower.name) if type(rule.lower).__name__ == "Ref" else f"${m(rule.lower)}$"
            hi = self.ref(rule.upper.name) if type(rule.upper).__name__ == "Ref" else f"${m(rule.upper)}$"
            return f"integrate in ${m(rule.var)}$ from {lo} to {hi}"
        if kind == "Limit":
            side = {"+": "^{+}", "-": "^{-}"}.get(rule.direction or "", "") if rule.point != sympy.oo else ""
            return rf"limit ${m(rule.var)} \to {m(rule.point)}{side}$"
        if kind == "SeriesExpand":
            return rf"series in ${m(rule.var)}$ at ${m(rule.point)}$ to order {rule.order}"
        if kind in ("SolveFor", "SolveInequality"):
            return f"solve for ${m(rule.var)}$"
        if kind == "MultiplyBoth":
            return f"multiply by ${m(rule.factor)}$"
        if kind == "DivideBoth":
            return f"divide by ${m(rule.divisor)}$"
        if kind == "AddBoth":
            return f"add ${m(rule.term)}$"
        if kind == "PowerBoth":
            return f"raise to the power ${m(rule.exponent)}$"
        if kind == "LogBoth":
            return "take logarithms"
        if kind == "ExpBoth":
            return "exponentiate"
        if kind == "Determinant":
            return "take determinants"
        if kind == "JacobianMatrix":
            return "Jacobian matrix"
        return _prose(rule.describe())

    def display(self, eq: Equation, lead: str | None = None) -> str:
        """``eq`` laid out for a column (:func:`verify.latex.layout.display`): the right-hand side
        broken at its top-level signs when the line is long; ``lead`` replaces the left-hand side."""
        rhs = eq.relation.rhs if isinstance(eq.relation, sympy.core.relational.Relational) else eq.relation
        pieces = notation.Printer(self.names).add_pieces(rhs)
        if "".join(pieces) != eq.rhs:  # never expected; the unbroken side is always right
            pieces = [eq.rhs]
        return layout.display(eq.lhs if lead is None else lead, eq.rel, pieces)

    def premises(self) -> list[str]:
        out = [r"\wchead{Premises}", r"\begin{itemize}"]
        for prem in self.d.premises:
            eq = self.relation(f"{self.d.id} premise {prem.name}", prem.expr)
            out += [rf"\item \emph{{{text(prem.name)}}} --- {_prose(prem.text)}",
                    r"\begin{equation}", f"  {self.display(eq)}", rf"  \label{{{self.labels[prem.name]}}}",
                    r"\end{equation}"]
        out.append(r"\end{itemize}")
        return out

    def chain(self) -> list[str]:
        r"""The steps as one ``align``: each line flush left, its rule and verdict on a small
        line above it (``\wcstep``, where a column has room for it), its number at the right."""
        d = self.d
        outcomes = list(d.replay())
        steps = list(self.result.get("steps") or [])
        rows: list[str] = []
        notes: list[str] = []
        previous_name: str | None = None
        previous_form: Any = None
        for k, outcome in enumerate(outcomes):
            rule = outcome.rule
            verdict = steps[k]["verdict"] if k < len(steps) else "not checked"
            label = f"wc:{d.id}:{rule.name}" if rule.name and rule.name not in self.labels else f"wc:{d.id}:step{k + 1}"
            form = outcome.expect if outcome.expect is not None else rule.expect
            source = rule.on if rule.on else previous_name
            restart = k == 0 or (rule.on is not None and rule.on != previous_name)
            annotation = self.rule_tex(rule)
            if k == 0:
                given = outcome.given
                first = self._premise_named(given) if rule.on is None else rule.on
                if given is not None:
                    eq = self.relation(f"{d.id} input of step 1", given)
                    rows.append(rf"\wcgiven{{{self.ref(first) if first else 'the input'}}}" + "\n"
                                + f"  &{self.display(eq)} \\nonumber")
                restart = False
            elif restart:
                annotation = f"from {self.ref(source)}: " + annotation
            approx = bool(outcome.approximate)
            rel = sympy.sympify(form)
            eq = self.relation(f"{d.id} step {k + 1}", rel, approximate=approx)
            same_lhs = (not restart and rule.kind == "equivalence" and isinstance(rel, sympy.Eq)
                        and isinstance(previous_form, sympy.Eq) and rel.lhs == previous_form.lhs)
            lead = "{}" if same_lhs else rf"\implies {eq.lhs}"
            rows.append(rf"\wcstep{{{annotation}}}{{{text(verdict)}}}" + "\n"
                        + f"  &{self.display(eq, lead)} \\label{{{label}}}")
            if rule.name:
                self.labels.setdefault(rule.name, label)
            if rule.note:
                notes.append(rf"\eqref{{{label}}} {_prose(rule.note)}")
            previous_name = rule.name or f"\0step{k}"
            self.labels.setdefault(previous_name, label)
            previous_form = rel
        out = [r"\wchead{Derivation}", r"\begin{align}"]
        out.append(" \\\\\n".join(rows))
        out.append(r"\end{align}")
        if notes:
            out += [r"\begin{wcnotes}", "; ".join(notes) + ".", r"\end{wcnotes}"]
        return out

    def _premise_named(self, given: Any) -> str | None:
        for prem in self.d.premises:
            if prem.expr == given:
                return prem.name
        return None

    def result_block(self) -> list[str]:
        """The result: one numbered equation, boxed, labelled ``wc:<id>`` (after its heading)."""
        d = self.d
        try:
            form = d.closed_form
        except Exception as exc:  # noqa: BLE001 - a broken chain is reported by its steps
            return [r"\wchead{Result}", "not derived: " + text(str(exc)) + r"\par"]
        approx = bool(self.result.get("approximate"))
        eq = self.relation(f"{d.id} result", form, approximate=approx)
        body = self.display(eq).replace(r"\wcfit{", r"\wcfit[\wcboxroom]{", 1)
        return [r"\wchead{Result}", r"\begin{equation}", rf"  \boxed{{{body}}}", rf"  \label{{wc:{d.id}}}",
                r"\end{equation}"]

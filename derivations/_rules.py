"""Step rules: the only inferences a derivation may make.

Every form in a chain is a *relation* (``Eq``, ``<``, ``>``, ``≤``, ``≥``) whose
left-hand side names the quantity. A rule takes the previous form (or a named premise or
earlier step, ``on="name"``) and produces the next one by an inference with a fixed
meaning; the checker (:mod:`verify.checker`) then establishes that the form the author
wrote (``expect``) is that output, and discharges the rule's *side conditions*
(obligations) on the declared domain. There are two kinds of inference:

**Equivalences** — :class:`Rewrite` (and its aliases :class:`Simplify`, :class:`Expand`):
the output is the author's form itself, and the checker must prove it equal, side by
side, to the input on the domain.

**Operations with a fixed meaning**, re-derived by the rule itself:

* :class:`Differentiate`, :class:`LogDerivative` — both sides (the left-hand side stays
  an unevaluated ``d/dx`` of the name); ``LogDerivative`` needs ``f ≠ 0``;
* :class:`Integrate` — definite or indefinite; every condition SymPy attaches to the
  value (convergence) becomes an obligation;
* :class:`Limit` — from a stated side, which must be a side on which the variable's
  domain approaches the point;
* :class:`SeriesExpand` — to a stated order (the form becomes an approximation, ``≃``);
* :class:`SolveFor`, :class:`SolveInequality` — every solution is accounted for: each one
  discarded becomes an obligation to lie outside the variable's domain;
* :class:`Substitute` — an equation that is a premise or an earlier step (``Ref``), or a
  specialization of a symbol to a value, which must lie in the symbol's domain;
* :class:`ApplyBoth` and its named cases (:class:`MultiplyBoth`, :class:`DivideBoth`,
  :class:`AddBoth`, :class:`PowerBoth`, :class:`LogBoth`, :class:`ExpBoth`): one function
  (a ``sympy.Lambda`` of one variable, applied by the rule to each side) with the side
  conditions that keep the relation true (a divisor ≠ 0; a positive factor for
  inequalities; positive sides under a logarithm or a real power);
* :class:`Determinant`, :class:`JacobianMatrix` — for relations between matrices.

Nothing else: a modelling statement is a :class:`~derivations.Premise`.

The author may give ``expect`` as a relation, or as a bare right-hand side, which then
means "the rule's left-hand side = expect". A written left-hand side that differs from the
rule's must be proved equal to it, or be a *fresh* name (not a parameter, not in any
premise or earlier form), which the step then defines.

This module re-exports the rules from their modules, one kind of operation each:
:mod:`derivations._rules_base` (the protocol and relation helpers),
:mod:`derivations._rules_equivalence` (rewrites, substitution),
:mod:`derivations._rules_calculus`, :mod:`derivations._rules_solve` and
:mod:`derivations._rules_both_sides` (one function on both sides, matrices); it defines
:data:`BUILTIN_RULES`, the closed list of rules.
"""

from __future__ import annotations

from ._rules_base import Inference, Obligation, Ref, Rule, RuleError, as_relation, conditioned_symbols, is_name
from ._rules_both_sides import (AddBoth, ApplyBoth, Determinant, DivideBoth, ExpBoth, JacobianMatrix, LogBoth,
                                MultiplyBoth, PowerBoth)
from ._rules_calculus import Differentiate, Integrate, Limit, LogDerivative, SeriesExpand
from ._rules_equivalence import Expand, Rewrite, Simplify, Substitute, bound_entries, sum_conditions
from ._rules_solve import SolveFor, SolveInequality
from . import _rules_base, _rules_both_sides, _rules_calculus, _rules_equivalence, _rules_solve

__all__ = [*_rules_base.__all__, *_rules_equivalence.__all__, *_rules_calculus.__all__, *_rules_solve.__all__,
           *_rules_both_sides.__all__, "BUILTIN_RULES"]


#: The only rules a derivation may use, by exact type, with the kind of inference each makes.
#: The checker takes the kind from here, never from an instance (a subclass could lie).
BUILTIN_RULES: dict[type, str] = {
    Rewrite: "equivalence", Simplify: "equivalence", Expand: "equivalence",
    Substitute: "operation", Differentiate: "operation", LogDerivative: "operation", Integrate: "operation",
    Limit: "operation", SeriesExpand: "operation", SolveFor: "operation", SolveInequality: "operation",
    ApplyBoth: "operation", MultiplyBoth: "operation", DivideBoth: "operation", AddBoth: "operation",
    PowerBoth: "operation", LogBoth: "operation", ExpBoth: "operation", Determinant: "operation",
    JacobianMatrix: "operation",
}

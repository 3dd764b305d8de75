"""Control (review 3, a physicist's ordinary derivation): continuous compounding, lim_{x→∞} (1 + a/x)^x = e^a, a ∈ (0, 5). Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 5))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3c.compound_limit_ok", title="continuous compounding", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, (1 + a / x)**x), "compounding x times"),),
    steps=(Limit(x, sp.oo, expect=sp.exp(a)),),
    route=Agreement("compounding N = 10^80 times", lambda a: mpmath.exp(mpmath.mpf(10)**80 * mpmath.log1p(mpmath.mpf(a) / mpmath.mpf(10)**80)),
                    points=({"a": 1}, {"a": 2}, {"a": "0.5"})),
)]

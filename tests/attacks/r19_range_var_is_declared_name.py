"""Class 1 (review 19, calculus where a form holds at one point): an integral (or a limit) over a declared real name that is no parameter skips the along-the-range check, so a form that holds only for k in (9, 10) is integrated over (0, 1).

`verify/along_range.off_its_range` returns None unless the operated variable's domain kind is "real" (or an integer
for a limit); a name declared in `names=` (Symbol("k", real=True)) has no domain, so no point of the range is looked
at. The holders' test (`pinning_condition`) only asks that the form hold on an open set of k, which it does: C = k + y − 10
= 0 is held by y while k moves, but only for k in (9, 10), since y is in (0, 1). f = 3 + C·k is 3 on the condition;
∫₀¹ f dk = 3 is proved. On (0, 1) the condition holds nowhere (y = 10 − k would be in (9, 10)); the same file with k a
Param on (0, 20) is refused ("at k = 0.618, premise 'cond' holds for no value of y"). Counterexample: y = ½,
∫₀¹ (3 + (k − 9.5)k) dk = 3 + 1/3 − 4.75 ≈ −1.417, not 3. The second derivation takes lim_{k→0⁺} of f = 3 + C (3 on
the condition): proved 3, though near k = 0 the condition fails and lim (3 + k + y − 10) = y − 7 (−6.5 at y = ½).
Sound: a variable without a domain is a real on the whole line (or its sign's half-line, as `unknown_domains` gives
it) for the range check too; refuse, exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Limit, Param, Premise, Real, Substitute

y_ = Param("y", Real(0, 1))
y = y_.symbol
k = sp.Symbol("k", real=True)
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [
    Derivation(
        id="attack.r19.range_var_is_declared_name", title="load integral", source="attack",
        symbols=(y_,), parameters=("y",), names=(k,),
        premises=(Premise("Cdef", sp.Eq(C, k + y - 10), "imbalance"),
                  Premise("fdef", sp.Eq(f, 3 + C * k), "response"),
                  Premise("cond", sp.Eq(C, 0), "balanced")),
        steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3)),
               Integrate(k, 0, 1, expect=sp.Eq(sp.Integral(f, (k, 0, 1)), 3))),
        route=Agreement("value", lambda y: 3, points=({"y": "0.25"}, {"y": "0.5"}, {"y": "0.75"})),
    ),
    Derivation(
        id="attack.r19.range_var_is_declared_name.limit", title="light-load limit", source="attack",
        symbols=(y_,), parameters=("y",), names=(k,),
        premises=(Premise("Cdef", sp.Eq(C, k + y - 10), "imbalance"),
                  Premise("fdef", sp.Eq(f, 3 + C), "response"),
                  Premise("cond", sp.Eq(C, 0), "balanced")),
        steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3)),
               Limit(k, 0, "+", expect=sp.Eq(sp.Limit(f, k, 0, "+"), 3))),
        route=Agreement("value", lambda y: 3, points=({"y": "0.25"}, {"y": "0.5"}, {"y": "0.75"})),
    ),
]

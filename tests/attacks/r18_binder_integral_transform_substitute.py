"""Class 2 (review 18, substitution into bound variables): an equation in x substituted inside LaplaceTransform(…, x, s), a binder the kernel does not list.

`derivations._rules_equivalence._BINDERS` is (Limit, Derivative, Integral, Sum, Product, Lambda, Subs). SymPy's
integral transforms (LaplaceTransform, FourierTransform, MellinTransform, their inverses, Sine/Cosine/Hankel
transforms: `IntegralTransform`, a Function, not an Integral) bind their variable too, so `bound_entries` and
`_refuse_bound_substitution` never look inside them. Here F = L{x²}(s) is defined and a condition x² = 1/9 holds
(x = 1/3 on (0, 1)); substituting it rewrites the transform's integrand pointwise: F = L{1/9}(s) = 1/(9s), proved.
But L{x²}(s) = ∫₀^∞ x² e^{−sx} dx = 2/s³, which is not 1/(9s) (s = 1: 2 against 0.111). Sound: treat every
IntegralTransform (any expression with bound symbols, e.g. read `bound_symbols`/`variables` generically) as a
binder: the substitution is refused because the condition constrains x; exit != 0.
"""
import sympy as sp
from sympy.integrals.transforms import LaplaceTransform
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, Rewrite, Substitute

x_ = Param("x", Real(0, 1)); s_ = Param("s", Positive())
x, s = x_.symbol, s_.symbol
F = sp.Symbol("F")
DERIVATIONS = [Derivation(
    id="attack.r18.binder_integral_transform_substitute", title="transform at the operating point", source="attack",
    symbols=(x_, s_), parameters=("s",),
    premises=(Premise("Fdef", sp.Eq(F, LaplaceTransform(x**2, x, s)), "transform of the gain"),
              Premise("op", sp.Eq(x**2, sp.Rational(1, 9)), "operating point"),),
    steps=(Substitute(using="op", on="Fdef", expect=sp.Eq(F, LaplaceTransform(sp.Rational(1, 9), x, s))),
           Rewrite(expect=sp.Eq(F, 1 / (9 * s))),),
    route=Agreement("value", lambda s: 1 / (9 * s), points=({"s": 1}, {"s": 2}, {"s": 3})),
)]

"""Class 1 (review 18, calculus where the form holds at one point): ApplyBoth with a Laplace transform in x applied to a form that holds only at x = 1/3.

`ApplyBoth` refuses a function with Derivative, Integral, Limit or Subs (`_VALUE_ONLY_BANNED`) and review 17
refused a Sum/Product over a constrained variable, but an `IntegralTransform` (LaplaceTransform(u, x, s)) is
none of these: it integrates the side over x, an operation in x, yet it is taken as acting on values. Premises
G = x² (definition) and G = x/3 (a condition: x = 1/3 on (0, 1)); applying u ↦ L_x{u}(s) gives
L{G}(s) = L{x/3}(s) = 1/(3s²), proved. With G = x², L{G}(s) = 2/s³ (s = 1: 2 against 1/3); the condition held
at one x, not on the whole half-line the transform integrates over. Sound: a function applied to both sides
that binds a variable of the form (any IntegralTransform, or generically anything with bound symbols) is an
operation in it and is refused under a condition on it (as `_summed_over_the_form` does for Σ); exit != 0.
"""
import sympy as sp
from sympy.integrals.transforms import LaplaceTransform
from derivations import Agreement, ApplyBoth, Derivation, Param, Positive, Premise, Real, Rewrite

x_ = Param("x", Real(0, 1)); s_ = Param("s", Positive())
x, s = x_.symbol, s_.symbol
u = sp.Symbol("u")
G = sp.Symbol("G")
DERIVATIONS = [Derivation(
    id="attack.r18.apply_both_integral_transform", title="transform of a balance", source="attack",
    symbols=(x_, s_), parameters=("s",),
    premises=(Premise("gdef", sp.Eq(G, x**2), "gain"),
              Premise("balance", sp.Eq(G, x / 3), "balanced gain"),),
    steps=(ApplyBoth(fn=sp.Lambda(u, LaplaceTransform(u, x, s)), on="balance",
                     expect=sp.Eq(LaplaceTransform(G, x, s), LaplaceTransform(x / 3, x, s))),
           Rewrite(expect=sp.Eq(LaplaceTransform(G, x, s), 1 / (3 * s**2))),),
    route=Agreement("value", lambda s: 1 / (3 * s**2), points=({"s": 1}, {"s": 2}, {"s": 3})),
)]

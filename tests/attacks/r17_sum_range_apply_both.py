"""Class 1 (review 17, calculus where a form holds at a point): ApplyBoth with a Lambda that sums over x (Σ_{x=1}^{8}) is no operation in x: the sum runs over values of x where the condition cannot hold.

z = y + 19/2 + 3cos²(πx/2), x in (0, 8), y in (0, 1); condition z = 10; f = z is 10 on the condition. The step applies
Lambda(u, Σ_{x=1}^{8} u) to both sides: Σ_{x=1}^{8} f = 80 is proved. _VALUE_ONLY_BANNED keeps d/dx, ∫, lim and Subs out
of ApplyBoth's function, but not Sum or Product, and judgments.operation_variables lists no variable for ApplyBoth, so
neither the pinning test nor along_range looks at x: the Integrate version of the same form is refused (review 16,
r16_integral_range_between_probes). At even x, cos²(πx/2) = 1 and z = y + 12.5 > 10 for every y in (0, 1): the premises
hold at no even x. The function f = z summed over x = 1..8 is 4(y + 9.5) + 4(y + 12.5) = 88 + 8y, not 80 (y = ½: 92).
Sound: a Lambda whose body binds a variable of the form (Σ, Π over x) must be refused in ApplyBoth, or treated as an
operation in x (the condition held at every term of the range); refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, ApplyBoth, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 8)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z, u = sp.Symbol("f"), sp.Symbol("z"), sp.Symbol("u")
DERIVATIONS = [Derivation(
    id="attack.r17.sum_range_apply_both", title="accumulated total over eight samples", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, y + sp.Rational(19, 2) + 3 * sp.cos(sp.pi * x / 2)**2), "periodic total"),
              Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           ApplyBoth(fn=sp.Lambda(u, sp.Sum(u, (x, 1, 8))), expect=sp.Eq(sp.Sum(f, (x, 1, 8)), 80))),
    route=Agreement("value", lambda y: 80, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

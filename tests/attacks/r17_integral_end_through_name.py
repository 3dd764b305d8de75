"""Class 1 (review 17, calculus where a form holds at a point): an integral whose end is written through a name (8/(1 + w²), w = 0 by a premise) is never checked along its range.

Review 16's attack r16_integral_range_between_probes, with the upper end written 8/(1 + w²) and a premise w = 0:
z = y + 19/2 + 3cos²(πx/2), x in (0, 8), y in (0, 1), condition z = 10, which y can keep only within about 0.27 of
an odd x. f = z = 10 on the condition is integrated from 0 to 8/(1 + w²), then wdef puts w = 0: ∫₀⁸ f dx = 80 is
confirmed (exit 0). With the literal end 8 the step is refused ("cannot operate in x over the range"), but
along_range.range_values returns None, so nothing is looked at, as soon as an end has a free symbol that is not a
parameter (w is a name). On about 73 % of [0, 8] no y satisfies the premises; the function f = z integrates to
88 + 8y, not 80 (y = ½: 92). Sound: an end's names must be read through their definitions (or the end's names
searched as unknowns, as the holders' search does), and an end the check cannot reach must refuse the step, not
skip the check; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 8)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z, L = sp.Symbol("f"), sp.Symbol("z"), sp.Symbol("w")
U = 8 / (1 + L**2)
DERIVATIONS = [Derivation(
    id="attack.r17.integral_end_through_name", title="accumulated total over four periods", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, y + sp.Rational(19, 2) + 3 * sp.cos(sp.pi * x / 2)**2), "periodic total"),
              Premise("wdef", sp.Eq(L, 0), "detuning of the record (none)"),
              Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           Integrate(x, 0, U, expect=sp.Eq(sp.Integral(f, (x, 0, U)), 10 * U)),
           Substitute(using="wdef", expect=sp.Eq(sp.Integral(f, (x, 0, 8)), 80))),
    route=Agreement("value", lambda y: 80, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]

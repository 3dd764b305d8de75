"""Class 1 (review 16, calculus where a form holds at a point): y holds the condition only for values of a fixed parameter a the form is not at.
C = (x - 1/2)(y - a), x in (0, 1), y in (0, 1), a in (0, 10); condition C = 0; f = x(3 + C) + a is 3x + a on it, and
the form keeps a fixed. For a in (0, 1) y = a holds C = 0 for every x; for a ≥ 1 (90 % of a's domain) y = a is
outside (0, 1) and C = 0 pins x = 1/2. The holder search probes a across its whole domain, finds y following the
zero set at a probe a < 1, and counts y as a holder for every a. df/dx = 3 is proved; at the premise point a = 5,
x = 1/2, y = 1/2 the premises hold only at x = 1/2 and the slope of f with y fixed is 3 + (y - a)/2 = 3/4, not 3.
Sound: a holder must keep the condition at the fixed variables' own values (refuse), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); a_ = Param("a", Real(0, 10))
x, y, a = x_.symbol, y_.symbol, a_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r16.pin_holder_at_other_fixed_value", title="response at the balance point", source="attack",
    symbols=(x_, y_, a_), parameters=("a",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - a)), "imbalance against the setting a"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + a), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + a)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda a: 3, points=({"a": "0.5"}, {"a": "5"}, {"a": "9"})),
)]

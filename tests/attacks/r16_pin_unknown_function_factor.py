"""Class 1 (review 16, calculus where a form holds at a point): an unknown function in a never-vanishing factor switches the holder search off.
C = (x - 1/2)(1 + g(y)²) with g an unknown function (no premise defines it), x in (0, 1), y in (0, 1); condition C = 0.
Whatever g is, 1 + g(y)² ≥ 1, so C = 0 pins x = 1/2 (review 14's r14_pin_factor_nonvanishing with 1 + y²). But a
condition holding an unknown function is not searched (_searchable), and every variable of it, y and g(y) included,
is kept as a holder. f = x(3 + C) = 3x and df/dx = 3 are proved; at x = 1/2 (the only point of the premises) the slope
of f with y fixed is 3 + (1 + g(y)²)/2 ≥ 3.5. Sound: a factor that cannot vanish must not make its variables holders
(or an unsearchable condition must count its variables out, as an unevaluable one does); refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
g = sp.Function("g")
DERIVATIONS = [Derivation(
    id="attack.r16.pin_unknown_function_factor", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (1 + g(y)**2)), "imbalance with a gain profile g"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

"""Class 1 (review 16, calculus where a form holds at a point): an unevaluated limit in a condition switches the holder search off.
C = (x - 1/2)(y² + L) with L = lim_{t→0} sin t / t (= 1, written unevaluated), x in (0, 1), y in (0, 1); condition C = 0.
y² + 1 never vanishes, so C = 0 pins x = 1/2 (review 14's r14_pin_factor_nonvanishing, with the 1 written as a limit).
A condition holding a Limit is not searched (_searchable) and every variable is kept: y is counted as a holder.
f = x(3 + C) = 3x and df/dx = 3 are proved; at x = 1/2 (the only point of the premises) the slope of f with y fixed
is 3 + (y² + 1)/2 ≥ 3.5. Sound: refuse the derivative (cond pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C, t = sp.Symbol("f"), sp.Symbol("C"), sp.Symbol("t", real=True)
DERIVATIONS = [Derivation(
    id="attack.r16.pin_unevaluated_limit_factor", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y**2 + sp.Limit(sp.sin(t) / t, t, 0))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

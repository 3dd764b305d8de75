"""Class 1 (review 24, calculus where a form holds at a point): the holders' search takes round-off at 15 digits for a root, so a factor that never vanishes is "held".

E = √(p² + 1) (energy in units of mc², p ∈ (0, ∞) the momentum), C = (x − ½)(E − p), condition C = 0. E − p = 1/(E + p)
is positive for every p, so C = 0 pins x = ½. The search (`_holders._ZeroSet`, `_DPS = 15`) evaluates E − p along p's
grid, which reaches 10⁸ … 10³⁰⁰: there √(p² + 1) − p is pure round-off (0 or ± one ulp of p), its sign flips between
grid points, the bisection lands on an exact 0 (`vm == 0` is "settled"), and `follows` finds such flips again beside
it. So p "holds" C = 0 while x moves and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: p = 1, x = ½:
true slope 3 + ½(√2 − 1) = 3.207. The same condition under ∫₀¹ f dx = 3/2 also exits 0 (true 3/2 + (E − p)/12), and
the search calls p a holder of (x − ½)((1 + p)³ − p³ − 3p² − 3p), whose second factor is identically 1. Sound: a root
must be one at a precision that resolves the values (re-evaluated at higher precision, or a sign change that
survives it; an exact 0 from cancellation is no root), or the variable is no holder.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); p_ = Param("p", Positive())
x, p = x_.symbol, p_.symbol
f, C, E = sp.Symbol("f"), sp.Symbol("C"), sp.Symbol("E")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r24.roundoff_root", title="response at the balance point", source="attack",
    symbols=(x_, p_), parameters=("p",),
    premises=(Premise("Edef", sp.Eq(E, sp.sqrt(p**2 + 1)), "energy in units of mc², momentum in units of mc"),
              Premise("Cdef", sp.Eq(C, (x - half) * (E - p)), "imbalance times the light-cone energy E − p"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda p: 3, points=({"p": "1"}, {"p": "2"}, {"p": "0.5"})),
)]

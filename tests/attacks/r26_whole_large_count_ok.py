"""Control (review 26). Must pass.

n is declared integer and defined n = 3y, y ∈ (0, 10¹³) (a count read off a real extent), C = (x − ½)(n − 10¹²),
cond: C = 0. At y = 10¹²/3, n = 10¹² is whole and C = 0 for every x, so y holds the condition while x moves and
f = x(3 + C) = 3x on an open set of x: d/dx f = 3 is correct. The search's root is narrowed to 60 significant
digits (`refined_root`: the bracket is 10⁻⁶⁰·|y| ≈ 3·10⁻⁴⁹ wide, and y = 10¹²/3 is not dyadic, so it is never hit
exactly), so n is read as 10¹² ± ~10⁻⁴⁸, while wholeness is absolute at 10^(9 − 60) = 10⁻⁵¹
(`_search_region._whole_tolerance`): the point is refused and the step fails. Any whole count above ~10⁹ (the
same file with 8·10⁹ fails; 4·10⁹ passes) is refused the same way; before this commit the 15-digit read refused
4·10⁹ and 8·10⁹ too, so the refusal is not new, only moved up. Sound: read wholeness relative to the point's digits
(|n − nint(n)| ≤ 10^-digits·|n|·c), or solve the root on the whole values exactly.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 10**(12 + 1)))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
n = sp.Symbol("n", integer=True)
DERIVATIONS = [Derivation(
    id="attack.r26.whole_large_count_ok", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(n,),
    premises=(Premise("ndef", sp.Eq(n, 3 * y), "count"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (n - 10**12)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "1"}, {"y": "5"}, {"y": "7"})),
)]

"""Class 3 (review 19, SymPy trusted): the holders' search carries out a closed Limit in a condition with SymPy's doit(), uncertified; SymPy's wrong value puts the condition's zero set within y's reach, and df/dx = 3 is proved where x is pinned.

Review 16 made a closed limit in a condition searchable by `a.doit()` (`derivations._holders._searchable_form`).
L = lim_{t→0⁺} Ei(−1 + it)·Ei(−1 − it): SymPy says Ei(−1)² ≈ 0.0481 (README cites it as a refuted Limit), the true
value is |Ei(−1) + iπ|² = Ei(−1)² + π² ≈ 9.9177. C = (x − ½)(y − L), x, y in (0, 1); condition C = 0; f = x(3 + C) is
3x on the condition; df/dx = 3 is proved: with SymPy's L, y = 0.048 holds the condition while x moves. With the true
L ≈ 9.92 no y in (0, 1) does, so C = 0 pins x = ½ (control: the same file with L written as Ei(−1)² + π² is refused,
"pins x"). Counterexample: at x = ½ (the premises' only point), ∂f/∂x with y fixed is 3 + (y − L)/2, e.g.
3 + (0.5 − 9.918)/2 ≈ −1.71 at y = ½, not 3. The same reading feeds `verify/along_range.py`. Sound: a closed
limit (derivative, substitution) in a condition is evaluated only through the kernel's certificate (the Limit
rule's probing), or left unsearchable (every variable kept out, i.e. not counted as a holder); refuse, exit != 0.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
t = sp.Symbol("t", real=True)
L = sp.Limit(sp.Ei(-1 + sp.I * t) * sp.Ei(-1 - sp.I * t), t, 0, "+")
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r19.holder_closed_limit_doit", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - L)), "imbalance against a limiting level"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]

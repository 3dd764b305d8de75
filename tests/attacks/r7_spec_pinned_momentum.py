"""Class 4 (review 7, a defined name read at a pinned value): p = m v, E = p²/(2m), premise v = 3. Substituting p, then the
speed (using=), gives E = 9m/2; the last step writes it as 2p, which is 6m at v = 3, not 9m/2 (and at no other speed can the
chain be read: v = 3 is stated). A sound kernel: exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, Substitute

m_ = Param("m", Real(0, None)); v_ = Param("v", Real(0, 10))
m, v = m_.symbol, v_.symbol
p, E = sp.symbols("p E")
DERIVATIONS = [Derivation(
    id="attack.r7.spec_pinned_momentum", title="energy at the stated speed, miswritten", source="attack",
    symbols=(m_, v_), parameters=("m",),
    premises=(Premise("mom", sp.Eq(p, m * v), "momentum"), Premise("en", sp.Eq(E, p**2 / (2 * m)), "kinetic energy"),
              Premise("speed", sp.Eq(v, 3), "the speed in this experiment")),
    steps=(Substitute(using="mom", on="en", expect=m * v**2 / 2),
           Substitute(using="speed", expect=sp.Rational(9, 2) * m),
           Rewrite(expect=2 * p)),
    route=Agreement("direct", lambda m: mpmath.mpf(m) * 6, points=({"m": 1}, {"m": 2}, {"m": "0.3"})),
)]

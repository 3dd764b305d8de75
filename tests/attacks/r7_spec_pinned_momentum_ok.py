"""Control (review 7). Must pass. Kinetic energy at a stated speed, written with the momentum: p = m v, E = p²/(2m), and the
premise v = 3 (the speed in this experiment). Substituting p, then the speed (using=), gives E = 9m/2, which is 3p/2 (p = 3m
there): the rewrite is read at the pinned value, and the derived value evaluates there."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, Substitute

m_ = Param("m", Real(0, None)); v_ = Param("v", Real(0, 10))
m, v = m_.symbol, v_.symbol
p, E = sp.symbols("p E")
DERIVATIONS = [Derivation(
    id="attack.r7.spec_pinned_momentum_ok", title="energy at the stated speed", source="control",
    symbols=(m_, v_), parameters=("m",),
    premises=(Premise("mom", sp.Eq(p, m * v), "momentum"), Premise("en", sp.Eq(E, p**2 / (2 * m)), "kinetic energy"),
              Premise("speed", sp.Eq(v, 3), "the speed in this experiment")),
    steps=(Substitute(using="mom", on="en", expect=m * v**2 / 2),
           Substitute(using="speed", expect=sp.Rational(9, 2) * m),
           Rewrite(expect=3 * p / 2)),
    route=Agreement("direct", lambda m: mpmath.mpf(m) * 9 / 2, points=({"m": 1}, {"m": 2}, {"m": "0.3"})),
)]

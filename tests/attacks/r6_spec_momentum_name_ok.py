"""Control (review 6). Must pass. Control: E = p²/(2m), p = m v; substituted, E = m v²/2; at v = 3: E = 3p/2 (p = 3m there). Must pass."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Ref, Substitute
m_ = Param("m", Positive()); v_ = Param("v", Positive()); m, v = m_.symbol, v_.symbol
E, p = sp.symbols("E p")
DERIVATIONS = [Derivation(id="attack.r6.spec_momentum_name_ok", title="kinetic energy", source="control",
    symbols=(m_, v_), parameters=("m",),
    premises=(Premise("ke", sp.Eq(E, p**2 / (2 * m)), "kinetic energy"), Premise("mom", sp.Eq(p, m * v), "momentum")),
    steps=(Substitute(mapping={p: Ref("mom")}, expect=sp.Eq(E, m * v**2 / 2)),
           Substitute(mapping={v: 3}, expect=sp.Eq(sp.Subs(E, v, 3), 3 * p / 2))),
    route=Agreement("num", lambda m: 4.5 * float(m), points=({"m": 1}, {"m": 2}, {"m": "1/3"})))]

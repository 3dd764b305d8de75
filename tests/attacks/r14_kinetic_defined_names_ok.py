"""Control (review 14). Must pass. calculus through names defined through other names. p = m v, K = p²/(2m) (listed before p's definition),
dK/dv = m v = p. Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

m_ = Param("m", Positive()); v_ = Param("v", Real(-10, 10))
m, v = m_.symbol, v_.symbol
K, p = sp.symbols("K p")
DERIVATIONS = [Derivation(
    id="attack.r14.kinetic_defined_names_ok", title="kinetic energy and momentum", source="control",
    symbols=(m_, v_), parameters=("m", "v"),
    premises=(Premise("Kdef", sp.Eq(K, p**2 / (2 * m)), "kinetic energy"),
              Premise("pdef", sp.Eq(p, m * v), "momentum")),
    steps=(Substitute(using="pdef", on="Kdef", expect=sp.Eq(K, m * v**2 / 2)),
           Differentiate(v, expect=sp.Eq(sp.Derivative(K, v), m * v))),
    route=Agreement("p", lambda m, v: sp.Float(m) * sp.Float(v) if False else float(m) * float(v),
                    points=({"m": 1, "v": 2}, {"m": 3, "v": -1}, {"m": "0.5", "v": 4})),
)]

"""Class A (review 6, an exceptional parameter value the single-parameter solve skipped): Exceptional value of an integer parameter: ∫_0^1 (n−2)²/(x + (n−2)²)² dx = 1/(1 + (n−2)²) for n ≠ 2, n in
Integer(0, 5); at n = 2 the integrand is 0 and the integral 0, not 1. Specialised n → 2 the chain boxes 1.
(exceptional_values only solves for real-domain parameters.) Sound: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integer, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); n_ = Param("n", Integer(0, 5))
x, n = x_.symbol, n_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_integer_param", title="concentrating density, integer", source="attack",
    symbols=(x_, n_), parameters=(),
    premises=(Premise("def", sp.Eq(g, (n - 2)**2 / (x + (n - 2)**2)**2), "the density"),),
    steps=(Integrate(x, 0, 1, expect=1 / (1 + (n - 2)**2)),
           Substitute(mapping={n: 2}, expect=1)),
    route=Agreement("one", lambda: 1, points=({},)),
)]

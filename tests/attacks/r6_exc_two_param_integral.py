"""Class A (review 6, an exceptional parameter value the single-parameter solve skipped): Exceptional value depending on two parameters: ∫_0^1 c²/(x + c²)² dx = 1/(1 + c²) with c = a − b, a, b in (−1, 1).
At a = b the integrand vanishes on (0,1] and the integral is 0, not 1. Specialised a -> b the chain boxes 1.
A sound kernel: refuse/fail the specialisation (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(-1, 1)); b_ = Param("b", Real(-1, 1))
x, a, b = x_.symbol, a_.symbol, b_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_two_param_integral", title="concentrating density, two params", source="attack",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("def", sp.Eq(g, (a - b)**2 / (x + (a - b)**2)**2), "the density"),),
    steps=(Integrate(x, 0, 1, expect=1 / (1 + (a - b)**2)),
           Substitute(mapping={a: b}, expect=1)),
    route=Agreement("one", lambda: 1, points=({},)),
)]

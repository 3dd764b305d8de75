"""Control (review 34). Must pass.

A finite product with a parameter bound, P = prod_{n=1}^{N} (1 + a/n^2), rewritten as prod (n^2 + a)/n^2, with
a route that multiplies it out in mpmath at N = 3, 5, 8. Correct: each factor is the same rational function.
The derived value keeps its Product, so evaluate() lambdifies it (derivations._evaluation.mpmath_function),
and the review-33 printer (like SymPy's own) has no Product method: every route point fails with
PrintMethodNotImplementedError ("Unsupported by _MpmathPrinter: Product"), the route is failed and the file
refused. A sound kernel must evaluate a finite product as it now does a finite sum (mpmath.fprod over an mpf
index), or say the derived value cannot be evaluated rather than fail the route.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite, Integer

a_ = Param("a", Positive()); N_ = Param("N", Integer(1, 1000))
a, N = a_.symbol, N_.symbol
n = sp.Symbol("n", integer=True, positive=True)
P = sp.Symbol("P")


def route(a, N):
    out = mpmath.mpf(1)
    for nn in range(1, int(N) + 1):
        out *= 1 + a / mpmath.mpf(nn) ** 2
    return out


DERIVATIONS = [Derivation(
    id="attack.r34.product_route_ok", title="a finite product", source="attack",
    symbols=(a_, N_), parameters=("a", "N"),
    premises=(Premise("def", sp.Eq(P, sp.Product(1 + a / n**2, (n, 1, N))), "finite product"),),
    steps=(Rewrite(expect=sp.Product((n**2 + a) / n**2, (n, 1, N))),),
    route=Agreement("value", route, points=({"a": 1, "N": 3}, {"a": 2, "N": 5}, {"a": "0.5", "N": 8})),
)]

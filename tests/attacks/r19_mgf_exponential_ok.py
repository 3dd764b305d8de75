"""Control (review 19). Must pass.

Moment generating function of an Exponential(λ) law, λ > 1, at t < 1 (so t < λ and the integral converges):
M(t) = ∫_0^∞ e^{tx} λ e^{−λx} dx = λ/(λ − t). Its derivative λ/(λ − t)², at t = 0, is the mean 1/λ.
The checker fails step 1 (Integrate): "side condition: SymPy's condition Abs(arg(t) + pi) <= pi/2 holds: false in
the domain", counterexample t = −99999999 (where the integral plainly converges, to λ/(λ + 10^8)). Guess: SymPy's
convergence condition is a sufficient condition for complex t from the Meijer-G route, false for every real t; the
kernel turns it into an obligation and calls its falsity a counterexample, although its own quadrature could
certify the value. A condition SymPy attaches that is false should at most make the step inconclusive (or be
replaced by the kernel's own convergence check), never fail a correct integral.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Integrate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); t_ = Param("t", Real(None, 1)); l_ = Param("lam", Real(1, None), latex=r"\lambda")
x, t, lam = (q.symbol for q in (x_, t_, l_))
w, M = sp.symbols("w M")

DERIVATIONS = [Derivation(
    id="attack.r19.mgf_exponential_ok", title="MGF of an exponential law and its mean", source="control",
    symbols=(x_, t_, l_), parameters=("lam",),
    premises=(Premise("weighted", sp.Eq(w, sp.exp(t * x) * lam * sp.exp(-lam * x)), "e^{tx} times the density"),
              Premise("mgf", sp.Eq(M, lam / (lam - t)), "the MGF in closed form")),
    steps=(Integrate(x, 0, sp.oo, on="weighted", expect=sp.Eq(sp.Integral(w, (x, 0, sp.oo)), lam / (lam - t))),
           Differentiate(t, on="mgf", expect=sp.Eq(sp.Derivative(M, t), lam / (lam - t)**2)),
           Substitute(mapping={t: 0}, expect=sp.Eq(sp.Subs(sp.Derivative(M, t), t, 0), 1 / lam))),
    route=Agreement("mean by quadrature of x against the density",
                    lambda lam: mpmath.quad(lambda s: s * mpmath.mpf(lam) * mpmath.exp(-mpmath.mpf(lam) * s), [0, mpmath.inf]),
                    points=({"lam": 2}, {"lam": "1.5"}, {"lam": 40})),
)]

"""The Kaplan exponents W quotes, the symbols of catalogue section 3 and its numeric helpers (W §3, §3.2, §7; S §1–2).

The exponents are *inputs* quoted by W (Kaplan et al. 2020), not results; the claims that use
them read them through :mod:`derivations.llm`.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Callable

import mpmath
import sympy as sp

from ._domains import Integer, Positive, Real
from ._model import Param

__all__ = [
    "A",
    "A_",
    "D0",
    "D0_",
    "D_ps",
    "F",
    "F_",
    "KAPLAN_ALPHA_C",
    "KAPLAN_ALPHA_D",
    "KAPLAN_ALPHA_N",
    "L",
    "L_",
    "N",
    "N1",
    "N1_",
    "N2",
    "N2_",
    "N_",
    "N_c",
    "N_c_",
    "P_br",
    "P_br_",
    "P_dc",
    "P_dc_",
    "REFERENCE_ALPHA",
    "T",
    "T_",
    "a",
    "a_",
    "a_star",
    "a_star_",
    "alpha",
    "alpha_",
    "count_",
    "d",
    "d_",
    "d_text",
    "data",
    "delta",
    "delta_",
    "f",
    "grid_exponent",
    "info",
    "k",
    "k_",
    "letters_",
    "loss",
    "n",
    "n0",
    "n_l",
    "n_mol",
    "n_mol_",
    "n_rot",
    "n_rot_",
    "n_tr",
    "n_tr_",
    "n_w",
    "r",
    "r_",
    "reference_",
    "rho",
    "t",
    "t_",
    "words_",
]


#: Kaplan et al. (2020) as quoted by W §3: loss exponent in the number of parameters.
KAPLAN_ALPHA_N = Fraction("0.076")
#: ... in the size of the data set.
KAPLAN_ALPHA_D = Fraction("0.095")
#: ... in the compute (W's "computational cost", the α_C of §3.2 and §7).
KAPLAN_ALPHA_C = Fraction("0.050")
#: W's "generous" reference exponent, an upper bound to the three above.
REFERENCE_ALPHA = Fraction("0.1")

# -- symbols ---------------------------------------------------------------------------
_EXPONENT = Positive(sample=(Fraction(1, 100), 2), log=True)

alpha_ = Param("alpha", _EXPONENT, doc="scaling exponent of the loss (or of information)")
A_ = Param("A", Positive(sample=(Fraction(1, 100), 100), log=True), doc="prefactor of the loss law")
N_ = Param("N", Positive(sample=(1, 10**12), log=True), doc="resource: parameters, data or compute")
N_c_ = Param("N_c", Positive(sample=(1, 10**12), log=True), doc="critical scale of the loss law")
L_ = Param("L", Positive(), doc="loss")
F_ = Param("F", Real(1, None, sample=(Fraction(101, 100), 1000), log=True),
           doc="factor by which the loss is to be cut ($> 1$)")
N1_ = Param("N_1", Positive(sample=(1, 10**9), log=True), doc="resources before")
N2_ = Param("N_2", Positive(sample=(1, 10**9), log=True), doc="resources after")
r_ = Param("r", Positive(sample=(1, 10**6), log=True), doc="resource growth $N_2/N_1$")
a_ = Param("a", Positive(sample=(Fraction(1, 4), 200), log=True), doc="order of accuracy of a grid method")
a_star_ = Param("a_star", Positive(), latex="a^*", doc=r"the order of a grid method whose exponent is $\alpha$")
d_ = Param("d", Positive(sample=(1, 10**4), log=True), doc="dimension of the grid problem")
words_ = Param("n_w", Integer(1, sample=(1, 1000)), doc="words in a text")
letters_ = Param("n_l", Integer(1, sample=(1, 30)), doc="letters per word")
D0_ = Param("D_0", Positive(sample=(1, 10**6), log=True), doc="data size at $t = 0$")
k_ = Param("k", Positive(), doc=r"prefactor of $I \propto D^\alpha$")
t_ = Param("t", Real(sample=(0, 100)), doc="time in units of the data-doubling time")
T_ = Param("T", Real(), doc="the time at which the information has doubled")
count_ = Param("count", Positive(sample=(Fraction(1, 1000), 10**20), log=True), latex="n",
               doc="the larger of two counts")
reference_ = Param("reference", Positive(sample=(Fraction(1, 1000), 10**20), log=True), latex="n_0",
                   doc="the count it is compared with")
delta_ = Param("delta", Real(), doc="decades between two counts")
P_dc_ = Param("P_dc", Positive(sample=(1, 10**10), log=True), doc="power drawn by LLM data centres (W)")
P_br_ = Param("P_brain", Positive(sample=(1, 100)), doc="power drawn by a human brain (W)")
n_mol_ = Param("n_mol", Integer(1, sample=(1, 1000)), doc="number of rigid molecules")
n_tr_ = Param("n_tr", Integer(0, sample=(0, 3)), doc="translational coordinates of one molecule")
n_rot_ = Param("n_rot", Integer(0, sample=(0, 3)), doc="rotational coordinates of one molecule")

alpha, A, N, N_c, L = alpha_.symbol, A_.symbol, N_.symbol, N_c_.symbol, L_.symbol
F, N1, N2, r = F_.symbol, N1_.symbol, N2_.symbol, r_.symbol
a, a_star, d, n_w, n_l = a_.symbol, a_star_.symbol, d_.symbol, words_.symbol, letters_.symbol
D0, k, t = D0_.symbol, k_.symbol, t_.symbol
n, n0, delta = count_.symbol, reference_.symbol, delta_.symbol
P_dc, P_br = P_dc_.symbol, P_br_.symbol
n_mol, n_tr, n_rot = n_mol_.symbol, n_tr_.symbol, n_rot_.symbol
T = T_.symbol

# Named quantities that depend on others: the premises state them as functions.
loss = sp.Function("L")  # the loss as a function of the resources
info = sp.Function("I")  # the information as a function of time
data = sp.Function("D")  # the data size as a function of time
grid_exponent = sp.Function(r"\alpha_{\rm grid}")  # the error exponent of a grid of order a in d dims
d_text = sp.Function("d")  # the dimension of a text of n_w words of n_l letters
rho = sp.Function("rho")  # ratio of two powers
f = sp.Function("f")  # phase-space degrees of freedom of one molecule
D_ps = sp.Function("D_ps")  # dimension of the phase space of n_mol molecules


# -- helpers -----------------------------------------------------------------------------
def _at(expr: Any, values: dict[sp.Symbol, Any] | None = None) -> mpmath.mpf:
    """A derived relation's canonical right-hand side at exact values, as an mpf."""
    if isinstance(expr, sp.core.relational.Relational):
        expr = expr.rhs if isinstance(expr, sp.Eq) else expr.canonical.rhs
    subs = {s: sp.sympify(v) for s, v in (values or {}).items()}
    return mpmath.mpmathify(sp.N(sp.sympify(expr).xreplace(subs), mpmath.mp.dps + 5))


def _monotone_root(fn: Callable[[mpmath.mpf], mpmath.mpf]) -> mpmath.mpf:
    """Root of a monotone function on the real line: bracket it by stepping out from 0
    to ±1, ±2, ±4, ... and polish with mpmath's Anderson–Björk bracketing solver."""
    f0 = fn(mpmath.mpf(0))
    if f0 == 0:
        return mpmath.mpf(0)
    step = mpmath.mpf(1)
    for _ in range(40):
        for hi in (step, -step):
            if mpmath.sign(fn(hi)) != mpmath.sign(f0):
                return mpmath.findroot(fn, (hi / 2 if abs(hi) > 1 else mpmath.mpf(0), hi), solver="anderson")
        step *= 2
    raise ArithmeticError("no sign change found within 2^40 of the origin")

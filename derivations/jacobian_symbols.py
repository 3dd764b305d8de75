"""The symbols of catalogue section 8 (W §3.1, Appendix II) and the helpers its modules share.

Densities ``p_in``, ``p_out``, eigenvalues ``λ₁, λ₂``, the matrices ``J`` and ``K``; an
unevaluated equation (a matrix equation must not be decided by SymPy) and a small numpy
lambdify.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import sympy as sp

from ._domains import Positive, Real
from ._model import Param

__all__ = [
    "C",
    "J11",
    "J12",
    "J21",
    "J22",
    "J_",
    "K11",
    "K12",
    "K21",
    "K22",
    "K_",
    "det",
    "lam1",
    "lam1_",
    "lam2",
    "lam2_",
    "p_in",
    "p_in_",
    "p_out",
    "p_out_",
    "t",
    "t_",
]


# -- shared helpers --------------------------------------------------------------------------


def _eq(lhs: Any, rhs: Any) -> sp.Eq:
    """An unevaluated equation (a matrix equation must not be decided by SymPy)."""
    return sp.Eq(lhs, rhs, evaluate=False)


#: The name of a determinant as the Determinant rule writes it for a non-matrix name.
det = sp.Function("det")


_NUMPY = {"Abs": np.abs, "exp": np.exp, "log": np.log, "sqrt": np.sqrt, "cosh": np.cosh,
          "sinh": np.sinh, "pi": np.pi}


def _np_lambdify(args: list[sp.Symbol], expr: Any) -> Callable[..., Any]:
    """lambdify for numpy arrays through a small namespace (``modules="numpy"`` imports
    numpy's whole namespace, f2py included: a third of a second)."""
    return sp.lambdify(args, expr, modules=[_NUMPY])


# -- symbols: densities, eigenvalues, the layer Jacobians J and K ----------------------------

p_out_ = Param("p_out", Positive(), latex=r"p_{\mathrm{out}}", doc="output density at $y$")
p_in_ = Param("p_in", Positive(), latex=r"p_{\mathrm{in}}", doc="input density at $x(y)$")
lam1_ = Param("lambda1", Real(sample=(-3, 3)), latex=r"\lambda_1", doc="first eigenvalue of $J$")
lam2_ = Param("lambda2", Real(sample=(-3, 3)), latex=r"\lambda_2", doc="second eigenvalue of $J$")
t_ = Param("t", Real(), doc=r"variable of the characteristic polynomial $\det(t I - J)$")
_J_ = tuple(Param(f"J{i}{j}", Real(sample=(-3, 3)), latex=f"J_{{{i}{j}}}", doc="Jacobian entry")
            for i in (1, 2) for j in (1, 2))
_K_ = tuple(Param(f"K{i}{j}", Real(sample=(-3, 3)), latex=f"K_{{{i}{j}}}",
                  doc="entry of the next layer's Jacobian") for i in (1, 2) for j in (1, 2))
p_out, p_in = p_out_.symbol, p_in_.symbol
lam1, lam2, t = lam1_.symbol, lam2_.symbol, t_.symbol
J11, J12, J21, J22 = (p.symbol for p in _J_)
K11, K12, K21, K22 = (p.symbol for p in _K_)
_Jmat = sp.ImmutableMatrix([[J11, J12], [J21, J22]])
_Kmat = sp.ImmutableMatrix([[K11, K12], [K21, K22]])
#: The Jacobian J = ∂y/∂x of a two-dimensional layer and that of the next layer, K.
J_, K_ = sp.MatrixSymbol("J", 2, 2), sp.MatrixSymbol("K", 2, 2)
#: C(t) = t I − J, the characteristic matrix of J.
C = sp.Function("C")
_detJ_entries = J11 * J22 - J12 * J21

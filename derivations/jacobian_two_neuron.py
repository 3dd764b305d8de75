"""The two-neuron layer ``y = σ(W x + b)`` (W Appendix II, eqs 16–21): ``jacobian.two_neuron``.

Its Jacobian determinant ``σ'(z₁) σ'(z₂) det W`` and, for ``σ = tanh``, the output density; for
linear ``σ`` the Jacobian is constant and Gaussian inputs give Gaussian outputs. Its properties
compare it with the one-neuron density.
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath
import sympy as sp

from ._domains import DomainError, Positive, Real
from ._model import Agreement, Claim, Derivation, Param, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import Determinant, Differentiate, JacobianMatrix, LogBoth, Ref, Rewrite, Substitute
from .jacobian_symbols import _eq, det, p_in, p_in_, p_out, p_out_
from .jacobian_tanh_density import tanh_density

__all__ = [
    "Y",
    "absJ",
    "absJ_",
    "b1",
    "b2",
    "hessian_det",
    "q",
    "q_",
    "sigma",
    "sigma_lin",
    "two_neuron",
    "u1",
    "u2",
    "w11",
    "w12",
    "w21",
    "w22",
    "x1",
    "x2",
    "xi_",
    "y1",
    "y2",
]


_y2_ = tuple(Param(f"y{i}", Real(-1, 1, sample=(-0.95, 0.95)), latex=f"y_{i}",
                   doc=f"output of neuron {i}") for i in (1, 2))
_w2_ = tuple(Param(f"w{i}{j}", Real(sample=(-2, 2)), latex=f"w_{{{i}{j}}}",
                   doc=f"weight from input {j} to neuron {i}") for i in (1, 2) for j in (1, 2))
_b2_ = tuple(Param(f"b{i}", Real(sample=(-1, 1)), latex=f"b_{i}", doc=f"bias of neuron {i}")
             for i in (1, 2))
_x2_ = tuple(Param(f"x{i}", Real(sample=(-3, 3)), latex=f"x_{i}", doc=f"input {i}") for i in (1, 2))
_u2_ = tuple(Param(f"u{i}", Real(sample=(-3, 3)), latex=f"u_{i}",
                   doc=f"pre-activation of neuron {i} at the point $x(y)$, $u_{i} = \\sigma^{{-1}}(y_{i})$")
             for i in (1, 2))
absJ_ = Param("absJ", Positive(), latex=r"|\det J|", doc="absolute Jacobian determinant at $x(y)$")
q_ = Param("q", Positive(), latex="q", doc="squared norm $|x|^2$ of the input")
xi_ = Param("xi", Real(), latex=r"\xi", doc=r"argument of the activation function $\sigma$")
y1, y2 = (p.symbol for p in _y2_)
w11, w12, w21, w22 = (p.symbol for p in _w2_)
b1, b2 = (p.symbol for p in _b2_)
x1, x2 = (p.symbol for p in _x2_)
u1, u2 = (p.symbol for p in _u2_)
absJ, q = absJ_.symbol, q_.symbol
_xi = xi_.symbol
sigma = sp.Function("sigma")
#: The activation of case 2, a name of its own: a name is defined once (σ is tanh in case 1).
sigma_lin = sp.Function("sigma_lin")
#: The layer's output vector y = σ(W x + b), and the name of its Jacobian matrix J(y) = ∂y/∂x.
Y = sp.MatrixSymbol("y", 2, 1)
_JY = sp.Function("Jacobian")(Y, x1, x2)
#: Case 2's output (linear σ) and its Jacobian, names of their own: a name is defined once, and case 1's
#: y = σ(z) with σ = tanh and y = σ_lin(z) with σ_lin = id would be the condition tanh z = z.
Y_LIN = sp.MatrixSymbol("y_lin", 2, 1)
_JY_LIN = sp.Function("Jacobian")(Y_LIN, x1, x2)
_detW = w11 * w22 - w12 * w21
_z1 = w11 * x1 + w12 * x2 + b1
_z2 = w21 * x1 + w22 * x2 + b2


def _dsigma(z: sp.Expr) -> sp.Expr:
    """σ'(z), as SymPy writes the derivative of an undefined function at a compound argument."""
    return sp.Subs(sp.Derivative(sigma(_xi), _xi), _xi, z)


def _quadratic(v1: sp.Expr, v2: sp.Expr) -> sp.Expr:
    """|W⁻¹(v − b)|², the squared input norm at pre-activations v, written by hand."""
    return ((w22 * (v1 - b1) - w12 * (v2 - b2)) ** 2
            + (w11 * (v2 - b2) - w21 * (v1 - b1)) ** 2) / _detW**2


_GAUSS = sp.exp(-q / 2) / (2 * sp.pi)
_p_out_u = sp.Eq(p_out, sp.exp(-_quadratic(u1, u2) / 2) / (2 * sp.pi * absJ))
_log_p_linear = -_quadratic(y1, y2) / 2 - sp.log(2 * sp.pi) - sp.log(sp.Abs(_detW))
#: Second partial derivatives of ln p_out in y, the entries of its Hessian.
_h11 = sp.Derivative(sp.log(p_out), (y1, 2))
_h22 = sp.Derivative(sp.log(p_out), (y2, 2))
_h12 = sp.Derivative(sp.log(p_out), y1, y2)
hessian_det = sp.Symbol("H")


def _invertible(values: Mapping[str, Any]) -> None:
    if values["w11"] * values["w22"] == values["w12"] * values["w21"]:
        raise DomainError("w22", values["w22"], "a real number with w11·w22 − w12·w21 ≠ 0",
                          "the weight matrix W is singular: the layer is not invertible and "
                          "its output has no density")


def _two_neuron_reference(y1: Any, y2: Any, w11: Any, w12: Any, w21: Any, w22: Any,
                          b1: Any, b2: Any) -> Any:
    """Density of tanh(W x + b) without any Jacobian determinant.

    z = W x + b is Gaussian with mean b and covariance S = W Wᵀ (an affine image of a
    standard Gaussian); its density is the marginal of z₁ times the conditional of z₂
    given z₁. The coordinatewise map y = tanh z has joint CDF F_Y(y) = F_Z(atanh y), so the
    chain rule contributes the two numeric derivatives d atanh(y_i)/dy_i.
    """
    s11, s22 = w11**2 + w12**2, w21**2 + w22**2
    s12 = w11 * w21 + w12 * w22
    z1, z2 = mpmath.atanh(y1), mpmath.atanh(y2)
    mean2 = b2 + s12 / s11 * (z1 - b1)
    var2 = s22 - s12**2 / s11
    pz = mpmath.npdf(z1, b1, mpmath.sqrt(s11)) * mpmath.npdf(z2, mean2, mpmath.sqrt(var2))
    return pz * mpmath.diff(mpmath.atanh, y1) * mpmath.diff(mpmath.atanh, y2)


def _log_is_quadratic(density: sp.Expr) -> bool:
    """Whether log(density) is a quadratic polynomial in (y₁, y₂) (a Gaussian): every third
    partial derivative vanishes identically and the Hessian is not singular."""
    # Not a step: a claim's test of a density the chain derived as exp(−Q/2)/(2π|det W|), a
    # product of positive factors, whose logarithm therefore splits (force only skips the
    # positivity test SymPy cannot do on |det W| as a symbol).
    log_p = sp.expand_log(sp.log(density), force=True)
    if not log_p.is_polynomial(y1, y2):
        return False
    for i in range(4):
        third = sp.diff(log_p, *([y1] * i + [y2] * (3 - i)))
        if third != 0 and sp.cancel(third) != 0:
            return False
    return sp.hessian(log_p, (y1, y2)).det(method="berkowitz") != 0


def _claim_linear_gaussian() -> bool:
    constant = not (two_neuron.derived("det_J_linear").rhs.free_symbols & {x1, x2})
    hessian = two_neuron.derived("hessian").rhs
    return (constant and not hessian.free_symbols & {y1, y2}
            and _log_is_quadratic(two_neuron.derived("p_out_linear").rhs))


def _claim_tanh_not_gaussian() -> bool:
    varies = bool(two_neuron.derived("det_J_tanh").rhs.free_symbols & {x1, x2})
    return varies and not _log_is_quadratic(two_neuron.derived("p_out").rhs)


def _jacobian_of(f1: sp.Expr, f2: sp.Expr) -> sp.ImmutableMatrix:
    """The Jacobian matrix of (f₁(z₁), f₂(z₂)) in x, written out: row i is f_i'(z_i)·(w_i1, w_i2)."""
    return sp.ImmutableMatrix([[w11 * f1, w12 * f1], [w21 * f2, w22 * f2]])


two_neuron = Derivation(
    id="jacobian.two_neuron",
    title=r"Two neurons: Jacobian determinant and output density of $y = \sigma(W x + b)$",
    source="W Appendix II, eqs (16)–(21)",
    summary=r"For $y_i = \sigma(\sum_j w_{ij} x_j + b_i)$ the Jacobian determinant is $\sigma'(z_1)\sigma'(z_2) "
            r"\det W$. With $\sigma = \tanh$, $\sigma' = 1 - y^2$, so a standard Gaussian input gives "
            r"$p_{\mathrm{out}}(y) = p_{\mathrm{in}}(W^{-1}(\operatorname{atanh} y - b))/(|\det W|(1 - y_1^2)(1 "
            r"- y_2^2))$. With linear $\sigma$ the Jacobian is the constant $\det W$ and the output is Gaussian "
            r"(constant Hessian of $\ln p_{\mathrm{out}}$).",
    symbols=(*_y2_, *_w2_, *_b2_, *_x2_, *_u2_, p_out_, p_in_, absJ_, q_, xi_),
    parameters=("y1", "y2", "w11", "w12", "w21", "w22", "b1", "b2"),
    premises=(
        Premise("map", _eq(Y, sp.ImmutableMatrix([sigma(_z1), sigma(_z2)])),
                r"W eqs (16)–(17): $y_i = \sigma(z_i)$, $z_i = \sum_j w_{ij} x_j + b_i$, one input and one "
                "output layer"),
        Premise("neuron1", sp.Eq(y1, sigma(_z1)), r"the first component of the map: $y_1 = \sigma(z_1)$"),
        Premise("neuron2", sp.Eq(y2, sigma(_z2)), r"the second component of the map: $y_2 = \sigma(z_2)$"),
        Premise("case_tanh", sp.Eq(sigma(_xi), sp.tanh(_xi)), r"case 1, W §3.1: the activation $\sigma = \tanh$"),
        Premise("case_linear", sp.Eq(sigma_lin(_xi), _xi),
                r"case 2, W Appendix II: a linear activation $\sigma_{\rm lin}(\xi) = \xi$"),
        Premise("map_linear", _eq(Y_LIN, sp.ImmutableMatrix([sigma_lin(_z1), sigma_lin(_z2)])),
                r"case 2: the same layer with the linear activation, $y_i = \sigma_{\rm lin}(z_i)$"),
        Premise("neuron1_linear", sp.Eq(y1, sigma_lin(_z1)), r"case 2: $y_1 = \sigma_{\rm lin}(z_1)$"),
        Premise("neuron2_linear", sp.Eq(y2, sigma_lin(_z2)), r"case 2: $y_2 = \sigma_{\rm lin}(z_2)$"),
        Premise("inverse_tanh1", sp.Eq(u1, sp.atanh(y1)),
                r"case 1: the pre-activation at $x(y)$ is $u_1 = \tanh^{-1}(y_1) = \operatorname{atanh} y_1$ "
                r"(tanh is a bijection of $\mathbb{R}$ onto $(-1, 1)$)"),
        Premise("inverse_tanh2", sp.Eq(u2, sp.atanh(y2)), r"case 1: $u_2 = \operatorname{atanh} y_2$"),
        Premise("preact1", sp.Eq(u1, _z1), "$u_1 = w_{11}x_1 + w_{12}x_2 + b_1$, the pre-activation at the "
                                           "input $x = x(y)$"),
        Premise("preact2", sp.Eq(u2, _z2), "$u_2 = w_{21}x_1 + w_{22}x_2 + b_2$, the pre-activation at the "
                                           "input $x = x(y)$"),
        Premise("inverse1", sp.Eq(x1, (w22 * (u1 - b1) - w12 * (u2 - b2)) / _detW),
                r"Cramer's rule: the input with pre-activations $u = W x + b$ is $x = \operatorname{adj}(W)(u - "
                r"b)/\det W$ ($\det W \neq 0$, the entry's constraint); first component"),
        Premise("inverse2", sp.Eq(x2, (w11 * (u2 - b2) - w21 * (u1 - b1)) / _detW),
                "Cramer's rule, second component"),
        Premise("cov", sp.Eq(p_out, p_in / absJ),
                r"change of variables (jacobian.change_of_variables): $p_{\mathrm{out}}(y) = "
                r"p_{\mathrm{in}}(x(y))/|\det J(x(y))|$"),
        Premise("abs_jacobian", sp.Eq(absJ, sp.Abs(det(_JY))),
                r"the absolute Jacobian determinant $|\det J(y)|$ of the layer, at $x(y)$"),
        Premise("abs_jacobian_linear", sp.Eq(absJ, sp.Abs(det(_JY_LIN))),
                r"case 2: the absolute Jacobian determinant $|\det J(y_{\rm lin})|$ of the linear layer"),
        Premise("input", sp.Eq(p_in, _GAUSS),
                r"independent standard Gaussian inputs: $p_{\mathrm{in}}(x) = \exp(-q/2)/(2\pi)$, $q = |x|^2$ "
                "(another mean and variance only rescale $W$ and shift $b$)"),
        Premise("quadratic", sp.Eq(q, x1**2 + x2**2), "the squared norm of the input"),
        Premise("hessian_det", sp.Eq(hessian_det, _h11 * _h22 - _h12**2),
                r"$H$, the determinant of the Hessian of $\ln p_{\mathrm{out}}$ in $(y_1, y_2)$"),
    ),
    steps=(
        # Any activation σ.
        JacobianMatrix(variables=(x1, x2), on="map", expect=_jacobian_of(_dsigma(_z1), _dsigma(_z2)),
                       note=r"W eqs (18)–(21): $\partial y_i/\partial x_j = \sigma'(z_i) w_{ij}$"),
        Determinant(expect=_dsigma(_z1) * _dsigma(_z2) * _detW, name="det_J"),
        # Case 1: σ = tanh.
        Substitute({_xi: _z1}, on="case_tanh", expect=sp.Eq(sigma(_z1), sp.tanh(_z1)), name="tanh_1"),
        Substitute({_xi: _z2}, on="case_tanh", expect=sp.Eq(sigma(_z2), sp.tanh(_z2)), name="tanh_2"),
        Substitute({sigma(_z1): Ref("tanh_1"), sigma(_z2): Ref("tanh_2")}, on="map",
                   expect=sp.ImmutableMatrix([sp.tanh(_z1), sp.tanh(_z2)])),
        JacobianMatrix(variables=(x1, x2),
                       expect=_jacobian_of(1 - sp.tanh(_z1) ** 2, 1 - sp.tanh(_z2) ** 2)),
        Determinant(expect=(1 - sp.tanh(_z1) ** 2) * (1 - sp.tanh(_z2) ** 2) * _detW, name="det_J_tanh",
                    note="the Jacobian depends on $x$: the map is not affine"),
        Substitute({sigma(_z1): Ref("tanh_1")}, on="neuron1", expect=sp.tanh(_z1), name="y1_tanh"),
        Substitute({sigma(_z2): Ref("tanh_2")}, on="neuron2", expect=sp.tanh(_z2), name="y2_tanh"),
        Substitute({sp.tanh(_z1): Ref("y1_tanh"), sp.tanh(_z2): Ref("y2_tanh")}, on="det_J_tanh",
                   expect=(1 - y1**2) * (1 - y2**2) * _detW, name="det_J_y", note=r"$\sigma' = 1 - \sigma^2 = 1 "
                                                                                  "- y_i^2$"),
        Substitute({det(_JY): Ref("det_J_y")}, on="abs_jacobian",
                   expect=sp.Abs((1 - y1**2) * (1 - y2**2) * _detW)),
        Rewrite(expect=(1 - y1**2) * (1 - y2**2) * sp.Abs(_detW), name="abs_det_J",
                note="$1 - y_i^2 > 0$ since $|y_i| < 1$"),
        # The pre-activations at x(y): u_i = atanh y_i.
        Substitute({_z1: Ref("preact1")}, on="y1_tanh", expect=sp.tanh(u1)),
        Substitute({u1: Ref("inverse_tanh1")}, expect=y1, note=r"check: $\tanh(\operatorname{atanh} y_1) = y_1$"),
        Substitute({_z2: Ref("preact2")}, on="y2_tanh", expect=sp.tanh(u2)),
        Substitute({u2: Ref("inverse_tanh2")}, expect=y2, note=r"check: $\tanh(\operatorname{atanh} y_2) = y_2$"),
        # Cramer's rule inverts the layer: W x(u) + b = u.
        Substitute({x1: Ref("inverse1"), x2: Ref("inverse2")}, on="preact1", expect=u1,
                   note="check: the input $x(u)$ has pre-activation $u_1$"),
        Substitute({x1: Ref("inverse1"), x2: Ref("inverse2")}, on="preact2", expect=u2,
                   note="check: the input $x(u)$ has pre-activation $u_2$"),
        Substitute({x1: Ref("inverse1"), x2: Ref("inverse2")}, on="quadratic",
                   expect=_quadratic(u1, u2), name="q_u"),
        # The output density.
        Substitute({p_in: Ref("input")}, on="cov", expect=_GAUSS / absJ, name="p_out_q"),
        Substitute({q: Ref("q_u")}, expect=_p_out_u, name="p_out_u",
                   note=r"any invertible $\sigma$: $u_i = \sigma^{-1}(y_i)$, $|\det J|$ still to be inserted"),
        Substitute({u1: Ref("inverse_tanh1"), u2: Ref("inverse_tanh2")}, note="tanh: $u_i = "
                                                                              r"\operatorname{atanh} y_i$",
                   expect=sp.exp(-_quadratic(sp.atanh(y1), sp.atanh(y2)) / 2) / (2 * sp.pi * absJ)),
        Substitute({absJ: Ref("abs_det_J")}, name="p_out",
                   expect=sp.exp(-_quadratic(sp.atanh(y1), sp.atanh(y2)) / 2)
                   / (2 * sp.pi * sp.Abs(_detW) * (1 - y1**2) * (1 - y2**2))),
        # Case 2: linear σ.
        Substitute({_xi: _z1}, on="case_linear", expect=sp.Eq(sigma_lin(_z1), _z1), name="linear_1"),
        Substitute({_xi: _z2}, on="case_linear", expect=sp.Eq(sigma_lin(_z2), _z2), name="linear_2"),
        Substitute({sigma_lin(_z1): Ref("linear_1"), sigma_lin(_z2): Ref("linear_2")}, on="map_linear",
                   expect=sp.ImmutableMatrix([_z1, _z2])),
        JacobianMatrix(variables=(x1, x2), expect=_jacobian_of(1, 1)),
        Determinant(expect=_detW, name="det_J_linear", note="a constant: no dependence on $x$"),
        Substitute({det(_JY_LIN): Ref("det_J_linear")}, on="abs_jacobian_linear", expect=sp.Abs(_detW),
                   name="abs_det_J_linear"),
        Substitute({sigma_lin(_z1): Ref("linear_1")}, on="neuron1_linear", expect=_z1),
        Substitute({_z1: Ref("preact1")}, expect=u1, name="y1_linear", note=r"$\sigma$ the identity: $u_1 = y_1$"),
        Substitute({sigma_lin(_z2): Ref("linear_2")}, on="neuron2_linear", expect=_z2),
        Substitute({_z2: Ref("preact2")}, expect=u2, name="y2_linear", note=r"$\sigma$ the identity: $u_2 = y_2$"),
        Substitute({u1: Ref("y1_linear"), u2: Ref("y2_linear")}, on="p_out_u",
                   expect=sp.exp(-_quadratic(y1, y2) / 2) / (2 * sp.pi * absJ)),
        Substitute({absJ: Ref("abs_det_J_linear")}, name="p_out_linear",
                   expect=sp.exp(-_quadratic(y1, y2) / 2) / (2 * sp.pi * sp.Abs(_detW))),
        # Linear σ: ln p_out is quadratic in y, with a constant Hessian.
        LogBoth(on="p_out_q", expect=sp.Eq(sp.log(p_out), -q / 2 - sp.log(2 * sp.pi) - sp.log(absJ))),
        Substitute({q: Ref("q_u")},
                   expect=sp.Eq(sp.log(p_out), -_quadratic(u1, u2) / 2 - sp.log(2 * sp.pi) - sp.log(absJ))),
        Substitute({u1: Ref("y1_linear"), u2: Ref("y2_linear")},
                   expect=sp.Eq(sp.log(p_out), -_quadratic(y1, y2) / 2 - sp.log(2 * sp.pi) - sp.log(absJ))),
        Substitute({absJ: Ref("abs_det_J_linear")}, expect=sp.Eq(sp.log(p_out), _log_p_linear),
                   name="log_p_linear", note=r"$|\det J| = |\det W|$ does not depend on $y$"),
        Differentiate(y1, 2, expect=-(w21**2 + w22**2) / _detW**2, name="h11"),
        Differentiate(y2, 2, on="log_p_linear", expect=-(w11**2 + w12**2) / _detW**2, name="h22"),
        Differentiate(y1, on="log_p_linear",
                      expect=(w22 * (w22 * (y1 - b1) - w12 * (y2 - b2)) - w21 * (w11 * (y2 - b2) - w21 * (y1 - b1)))
                      / -_detW**2),
        Differentiate(y2, expect=(w11 * w21 + w12 * w22) / _detW**2, name="h12"),
        Substitute({_h11: Ref("h11"), _h22: Ref("h22"), _h12: Ref("h12")}, on="hessian_det",
                   expect=1 / _detW**2, name="hessian",
                   note="constant: the output is $N(b, W W^T)$, whose precision matrix $(W W^T)^{-1}$ has "
                        r"determinant $1/\det(W)^2$"),
    ),
    result_step="p_out",
    constraint=_invertible,
    route=Agreement(
        r"Gaussian law $N(b, W W^T)$ of the pre-activations $z = W x + b$ (marginal $\times$ conditional, "
        "mpmath.npdf) times the numeric derivatives (mpmath.diff) of atanh from the joint CDF $F_Y(y) = "
        r"F_Z(\operatorname{atanh} y)$: no Jacobian determinant",
        _two_neuron_reference,
        points=(
            {"y1": "1/3", "y2": "-1/2", "w11": 1, "w12": "1/2", "w21": "-1/4", "w22": "3/2",
             "b1": "1/10", "b2": "-3/10"},
            {"y1": "-9/10", "y2": "7/10", "w11": "1/2", "w12": 2, "w21": 1, "w22": "-1/3",
             "b1": 0, "b2": "1/2"},
            {"y1": "1/20", "y2": "99/100", "w11": 3, "w12": -1, "w21": 2, "w22": "1/5",
             "b1": -1, "b2": "2/3"},
            {"y1": "-1/4", "y2": "-3/5", "w11": "-1/7", "w12": "5/4", "w21": "9/5", "w22": "2/9",
             "b1": "1/3", "b2": 0},
        ),
    ),
    properties=(),  # filled in below, after tanh_density exists
    claims=(
        Claim("jacobian.two_neuron.linear_gaussian",
              "if the activation function is linear, the Jacobian is a constant and ... Gaussian "
              "inputs yield Gaussian outputs", "W §3.1; Appendix II", "true", _claim_linear_gaussian,
              note=r"computed: $\det J = \det W$ has no $x$ in it, and $\log p_{\mathrm{out}}$ is a quadratic "
                   r"polynomial in $y$ with Hessian determinant $1/\det(W)^2$"),
        Claim("jacobian.two_neuron.tanh_non_gaussian",
              r"unless $\sigma$ is linear, the Jacobian is not a constant, hence the output distribution is "
              "non-Gaussian", "W Appendix II", "true", _claim_tanh_not_gaussian,
              note=r"computed for $\sigma = \tanh$: $\det J$ depends on $x$, and $\log p_{\mathrm{out}}$ is not "
                   "a polynomial in $y$"),
    ),
)


# -- two_neuron properties (they use the one-neuron density) --------------------------------

_pos = Positive(sample=(1 / 4, 4), log=True)


def _diagonal_factorizes(y1: Any, y2: Any, w1: Any, w2: Any, b1: Any, b2: Any) -> bool:
    joint = two_neuron.evaluate(dps=PROPERTY_DPS, y1=y1, y2=y2, w11=w1, w12=0, w21=0, w22=w2, b1=b1, b2=b2)
    single = (tanh_density.evaluate(dps=PROPERTY_DPS, y=y1, w=w1, b=b1)
              * tanh_density.evaluate(dps=PROPERTY_DPS, y=y2, w=w2, b=b2))
    return close(joint, single)


def _column_sign(y1: Any, y2: Any, w11: Any, w12: Any, w21: Any, w22: Any, b1: Any, b2: Any) -> bool:
    p = dict(y1=y1, y2=y2, w11=w11, w12=w12, w21=w21, w22=w22, b1=b1, b2=b2)
    if w11 * w22 == w12 * w21:
        try:
            two_neuron.evaluate(dps=PROPERTY_DPS, **p)
        except DomainError:
            return True
        return False
    flipped = dict(p, w12=-w12, w22=-w22)
    return close(two_neuron.evaluate(dps=PROPERTY_DPS, **flipped), two_neuron.evaluate(dps=PROPERTY_DPS, **p))


_two_over = {p.name: p.domain for p in (*_y2_, *_w2_, *_b2_)}
two_neuron.properties = (
    Property("jacobian.two_neuron.diagonal",
             r"with $W = \operatorname{diag}(w_1, w_2)$ the output density is the product of two one-neuron "
             "densities",
             _diagonal_factorizes,
             {"y1": _y2_[0].domain, "y2": _y2_[1].domain, "w1": _pos, "w2": _pos,
              "b1": _b2_[0].domain, "b2": _b2_[1].domain}),
    Property("jacobian.two_neuron.column_sign",
             "flipping the sign of a column of $W$ leaves the density unchanged ($x_2$ and $-x_2$ have the same "
             "law); a singular $W$ is rejected",
             _column_sign, _two_over),
)

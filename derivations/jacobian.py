"""Transformers as maps of distributions (W §3.1, eqs 8–11; Appendix II, eqs 16–21).

Catalogue section 8:

* ``jacobian.change_of_variables`` — W eqs (10)–(11): ``p_out = p_in/|det J|`` and, with
  ``det J = Π λ_i``, ``ln p_out = ln p_in − Σ ln|λ_i|`` (W's ``p_in · exp(−Σ ln|λ_i|)``);
  checked by sampling a nonlinear two-dimensional map whose Jacobian has complex
  eigenvalues (a χ² goodness-of-fit test);
* ``jacobian.two_neuron`` — W eqs (16)–(21): the two-neuron layer ``y = σ(W x + b)``, its
  Jacobian determinant ``σ'(z₁) σ'(z₂) det W`` and, for ``σ = tanh``, the output density;
  for linear ``σ`` the Jacobian is constant and Gaussian inputs give Gaussian outputs;
* ``jacobian.tanh_density`` — one neuron: the density of ``tanh(w x + b)``, ``x ~ N(0, 1)``;
* ``jacobian.tanh_bimodality`` (beyond the papers) — ``tanh(w x)`` is unimodal for
  ``w < 1/√2``, flat at ``w = 1/√2`` and bimodal above: W's "small weights: narrow; large
  weights: bimodal; in between: flat" as an exact threshold. Its kurtosis falls from 3
  (``w → 0``) towards 1 (``w → ∞``): tanh makes outputs lighter-tailed than a Gaussian.

The one-neuron weight ``w`` is any nonzero real: for ``x ~ N(0, 1)`` the law of
``tanh(w x + b)`` depends on ``w`` only through ``|w|`` (``x`` and ``−x`` have the same
law), and ``w = 0`` gives a point mass with no density (rejected by the entry's
``constraint``). The bimodality threshold is stated for ``|w|``, i.e. ``w > 0``.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Mapping

import mpmath
import numpy as np
import sympy as sp

from ._domains import DomainError, Positive, Real
from ._model import Agreement, Claim, Derivation, Measurement, Param, Premise, Property
from ._precision import GUARD_DIGITS, PROPERTY_DPS, close
from ._rules import Determinant, Differentiate, JacobianMatrix, LogBoth, Ref, Rewrite, SolveFor, Substitute

__all__ = [
    "DERIVATIONS",
    "change_of_variables",
    "two_neuron",
    "tanh_density",
    "tanh_bimodality",
    "tanh_kurtosis",
    "kurtosis_sequence",
    "chi_square_sinh_map",
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


# -- 1. change of variables (W eqs 10–11) ---------------------------------------------------

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

# The maps the sampling check pushes Gaussian samples through: y = A sinh(x). With _A_SINH the
# Jacobian A·diag(cosh x₁, cosh x₂) is not symmetric and has complex eigenvalues near x = 0, so
# the check exercises |λ| as a modulus, not just real eigenvalues; but det J = |λ|² > 0 there, so
# the absolute value in p_in/|det J| would go untested. With _B_SINH (det B < 0) the map reverses
# orientation: det J < 0 everywhere, the eigenvalues are real and of opposite signs, and a density
# without the absolute value is negative (or undefined) and fails.
_A_SINH = sp.ImmutableMatrix([[1, sp.Rational(-4, 5)], [sp.Rational(3, 5), sp.Rational(9, 10)]])
_B_SINH = sp.ImmutableMatrix([[sp.Rational(3, 5), sp.Rational(9, 10)], [1, sp.Rational(-4, 5)]])
_MAPS = {"A": _A_SINH, "B": _B_SINH}
_SEED = 20250719
_SAMPLES = 200_000
_BINS = 24
_BOX = 4.0
_P_MIN = 1e-3
#: Fewest expected samples in a χ² cell; smaller cells are pooled.
_MIN_EXPECTED = 5


@functools.lru_cache(maxsize=None)
def _sinh_map(which: str = "A") -> tuple[Callable[..., Any], np.ndarray]:
    """The Jacobian of y = M sinh(x) (M = _MAPS[which]), lambdified from SymPy, and M⁻¹."""
    x1, x2 = sp.symbols("x1 x2", real=True)
    matrix = _MAPS[which]
    jac = (matrix * sp.Matrix([sp.sinh(x1), sp.sinh(x2)])).jacobian([x1, x2])
    entries = _np_lambdify([x1, x2], list(jac))
    return entries, np.array(matrix.inv().tolist(), dtype=float)


def _sinh_map_density(derived: Callable[..., Any], which: str = "A") -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """Output density of y = M sinh(x), x ~ N(0, I₂), from a formula in (p_in, λ₁, λ₂)."""
    entries, a_inv = _sinh_map(which)

    def density(v1: np.ndarray, v2: np.ndarray) -> np.ndarray:
        s1 = np.arcsinh(a_inv[0, 0] * v1 + a_inv[0, 1] * v2)
        s2 = np.arcsinh(a_inv[1, 0] * v1 + a_inv[1, 1] * v2)
        pin = np.exp(-(s1**2 + s2**2) / 2) / (2 * np.pi)
        j = [np.broadcast_to(e, s1.shape) for e in entries(s1, s2)]
        lam = np.linalg.eigvals(np.stack(j, axis=-1).reshape(s1.shape + (2, 2)))
        with np.errstate(invalid="ignore", divide="ignore"):
            out = np.asarray(derived(pin, lam[..., 0], lam[..., 1]))
        # A value with an imaginary part is no density: it becomes NaN and fails the χ² guard.
        return np.where(np.abs(np.imag(out)) <= 1e-12 * np.abs(out), np.real(out), np.nan)
    return density


def chi_square_sinh_map(density: Callable[[np.ndarray, np.ndarray], np.ndarray], *,
                        samples: int = _SAMPLES, seed: int = _SEED, which: str = "A") -> dict[str, Any]:
    """χ² goodness of fit of ``density`` to samples of y = M sinh(x), x ~ N(0, I₂) (M = A or B).

    Bins: a 24 × 24 grid on [−4, 4]²; cells expecting fewer than 5 samples are pooled with
    everything outside the box into one cell. Expected cell probabilities come from a
    6 × 6 Gauss–Legendre rule on each bin. Guarded: a density that is negative or not finite
    anywhere on the nodes, or whose mass in the kept cells exceeds 1 so that the pooled cell
    would expect a non-positive count, is *rejected* (``invalid`` says why, the statistic is
    infinite and the p-value 0) — a χ² with a non-positive expected count is never computed.
    A pooled cell expecting fewer than 5 samples is merged with the smallest kept cell.
    Returns the statistic, degrees of freedom, p-value and the largest absolute difference of
    a cell's observed and expected probability.
    """
    rng = np.random.default_rng(seed)
    x = np.sinh(rng.standard_normal((samples, 2)))
    a = np.array(_MAPS[which].tolist(), dtype=float)
    y = np.stack([a[0, 0] * x[:, 0] + a[0, 1] * x[:, 1], a[1, 0] * x[:, 0] + a[1, 1] * x[:, 1]], axis=1)
    edges = np.linspace(-_BOX, _BOX, _BINS + 1)
    inside = y[(np.abs(y) < _BOX).all(axis=1)]
    cell = np.minimum(((inside + _BOX) / (2 * _BOX) * _BINS).astype(int), _BINS - 1)
    observed = np.bincount(cell[:, 0] * _BINS + cell[:, 1], minlength=_BINS**2).reshape(_BINS, _BINS)
    t, wt = np.polynomial.legendre.leggauss(6)
    half = (edges[1] - edges[0]) / 2
    nodes = ((edges[:-1] + edges[1:]) / 2)[:, None] + half * t[None, :]
    g1, g2 = np.meshgrid(nodes.ravel(), nodes.ravel(), indexing="ij")
    values = np.asarray(density(g1, g2), dtype=float).reshape(_BINS, 6, _BINS, 6)

    def rejected(reason: str) -> dict[str, Any]:
        return {"statistic": float("inf"), "dof": 0, "p_value": 0.0, "max_deviation": 1.0,
                "outside": float("nan"), "invalid": reason}
    if not np.all(np.isfinite(values)):
        return rejected("the density is not a finite real number at some quadrature nodes")
    if np.any(values < 0):
        return rejected(f"the density is negative at {int(np.sum(values < 0))} quadrature nodes")
    prob = np.einsum("iajb,a,b->ij", values, wt, wt) * half**2
    keep = prob * samples >= _MIN_EXPECTED
    o = np.append(observed[keep], samples - observed[keep].sum()).astype(float)
    e = np.append(prob[keep], 1 - prob[keep].sum()) * samples
    if e[-1] <= 0:
        return rejected(f"the density's mass in the kept cells is {prob[keep].sum():.6g} > 1: the pooled "
                        f"cell would expect {e[-1]:.3g} samples")
    if e[-1] < _MIN_EXPECTED:  # merge the pooled cell into the smallest kept cell
        k = int(np.argmin(e[:-1]))
        o[k], e[k] = o[k] + o[-1], e[k] + e[-1]
        o, e = o[:-1], e[:-1]
    stat = float(np.sum((o - e) ** 2 / e))
    dof = int(o.size - 1)
    p_value = float(mpmath.gammainc(mpmath.mpf(dof) / 2, stat / 2, mpmath.inf, regularized=True))
    return {"statistic": stat, "dof": dof, "p_value": p_value,
            "max_deviation": float(np.max(np.abs(o - e)) / samples), "outside": float(e[-1] / samples)}


def _change_of_variables_measurement(dps: int) -> tuple[bool, float | None, str]:
    derived = _np_lambdify([p_in, lam1, lam2], change_of_variables.value(change_of_variables.result))
    passed, worst, parts = True, 0.0, []
    for which, what in (("A", "complex eigenvalues near 0, det J > 0"),
                        ("B", "det J < 0 everywhere: real eigenvalues of opposite signs")):
        seed = _SEED + "AB".index(which)  # independent samples for the two maps
        r = chi_square_sinh_map(_sinh_map_density(derived, which), which=which, seed=seed)
        ok = r["p_value"] >= _P_MIN
        passed, worst = passed and ok, max(worst, r["max_deviation"])
        if "invalid" in r:
            parts.append(f"y = {which} sinh(x) ({what}): rejected, {r['invalid']}")
        else:
            parts.append(f"y = {which} sinh(x) ({what}): χ² = {r['statistic']:.1f} on {r['dof']} degrees of "
                         f"freedom, p = {r['p_value']:.3g}")
    digits = round(float(-np.log10(worst)), 1) if worst > 0 else None
    detail = ("; ".join(parts) + f" (threshold p ≥ {_P_MIN:g}; {_SAMPLES} samples each, seed {_SEED}; "
              f"largest cell-probability difference {worst:.2g})")
    return passed, digits, detail


#: W eq. (11) as W writes it: p_in·exp(−Σ ln|λ_i|) (SymPy displays it as p_in/(|λ₁||λ₂|)).
_w_eq_11 = p_in * sp.exp(-sp.log(sp.Abs(lam1)) - sp.log(sp.Abs(lam2)))

change_of_variables = Derivation(
    id="jacobian.change_of_variables",
    names=("K",),
    title="Output density of a layer: input density over the Jacobian determinant",
    source="W §3.1, eqs (10)–(11)",
    summary=r"Probability is conserved by an invertible map $y = F(x)$: $p_{\mathrm{out}}(y) = "
            r"p_{\mathrm{in}}(x(y))/|\det J|$. $\det J$ is the product of the eigenvalues of $J$ (the "
            r"characteristic polynomial $\det(t I - J) = (t - \lambda_1)(t - \lambda_2)$ at $t = 0$), so "
            r"$p_{\mathrm{out}} = p_{\mathrm{in}}\cdot\exp(-\sum \ln|\lambda_i|)$, i.e. $\ln p_{\mathrm{out}} = "
            r"\ln p_{\mathrm{in}} - \sum \ln|\lambda_i|$; across layers the Jacobians multiply and the "
            "exponents add.",
    symbols=(p_out_, p_in_, lam1_, lam2_, t_, *_J_, *_K_),
    premises=(
        Premise("cov", sp.Eq(p_out, p_in / sp.Abs(sp.Determinant(J_))),
                r"W eq. (10): $p_{\mathrm{out}}(y) d^{n}y = p_{\mathrm{in}}(x) d^{n}x$ for an invertible map, "
                r"so $p_{\mathrm{out}}(y) = p_{\mathrm{in}}(x(y))/|\det J(x(y))|$ (the change-of-variables "
                "formula)."),
        Premise("jacobian", _eq(J_, _Jmat), r"the Jacobian $J = \partial y/\partial x$ of a two-dimensional "
                                            "layer at $x(y)$"),
        Premise("char_matrix", _eq(C(t), t * sp.eye(2) - _Jmat),
                "the characteristic matrix of $J$: $C(t) = t I - J$"),
        Premise("characteristic", sp.Eq(det(C(t)), (t - lam1) * (t - lam2)),
                r"the eigenvalues $\lambda_1$, $\lambda_2$ of $J$ are the roots, with multiplicity, of its "
                r"characteristic polynomial $\det(t I - J)$, which is monic of degree 2 (over $\mathbb{C}$; "
                "real here)"),
        Premise("two_layers", _eq(K_ * J_, _Kmat * _Jmat),
                r"two layers in a row: the chain rule multiplies their Jacobians, $K\cdot J$"),
    ),
    steps=(
        Determinant(on="jacobian", expect=_detJ_entries, name="det_entries"),
        Determinant(on="char_matrix", expect=t**2 - (J11 + J22) * t + _detJ_entries, name="charpoly",
                    note=r"the characteristic polynomial $t^2 - \operatorname{tr} J\cdot t + \det J$"),
        Substitute({t: 0}, expect=_detJ_entries, name="charpoly_at_0"),
        Substitute({t: 0}, on="characteristic", expect=lam1 * lam2, name="roots_at_0"),
        Substitute({det(C(0)): Ref("roots_at_0")}, on="charpoly_at_0",
                   expect=sp.Eq(lam1 * lam2, _detJ_entries), name="eigen_product",
                   note=r"$\prod \lambda_i = \det J$ for every $2\times2$ matrix, diagonalizable or not"),
        Substitute({_detJ_entries: Ref("eigen_product")}, on="det_entries", expect=lam1 * lam2, name="det_J"),
        Substitute({sp.Determinant(J_): Ref("det_J")}, on="cov", expect=p_in / sp.Abs(lam1 * lam2)),
        Rewrite(expect=_w_eq_11, name="density",
                note=r"W eq. (11): $|\lambda_1\lambda_2| = |\lambda_1||\lambda_2|$ and $1/|\lambda| = "
                     r"\exp(-\ln|\lambda|)$"),
        Determinant(on="two_layers", expect=(K11 * K22 - K12 * K21) * _detJ_entries, name="layers",
                    note=r"$\det(K J) = \det K \cdot \det J$: over several layers the $\sum \ln|\lambda_i|$ of "
                         "each layer add up"),
    ),
    result_step="density",
    route=Measurement(
        r"$\chi^2$ goodness of fit: $2\cdot10^5$ samples $x \sim N(0, I_2)$ (numpy, fixed seed) pushed through "
        r"$y = A \sinh(x)$, binned on $[-4, 4]^2$, against $p_{\mathrm{in}}(x(y))\cdot\exp(-\sum "
        r"\ln|\lambda_i|)$ with $\lambda_i$ the eigenvalues (numpy) of the map's Jacobian at $x(y)$, integrated "
        "over each bin",
        _change_of_variables_measurement,
    ),
    notes=(
        r"The sampled map has complex eigenvalues near $x = 0$; $|\lambda|$ is their modulus there, and "
        r"$|\lambda_1||\lambda_2| = |\det J|$ still holds.",
    ),
)


# -- 2. the two-neuron layer (W eqs 16–21) --------------------------------------------------

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
        Premise("map_linear", _eq(Y, sp.ImmutableMatrix([sigma_lin(_z1), sigma_lin(_z2)])),
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
        Substitute({det(_JY): Ref("det_J_linear")}, on="abs_jacobian", expect=sp.Abs(_detW),
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


# -- 3. one neuron: the density of tanh(w x + b) -------------------------------------------

y_ = Param("y", Real(-1, 1, sample=(-0.95, 0.95)), doc="output of the neuron, in $(-1, 1)$")
w_ = Param("w", Real(sample=(-5, 5)), doc="weight, any nonzero real (only $|w|$ matters; $w = 0$ has no density)")
b_ = Param("b", Real(sample=(-2, 2)), doc="bias")
x_ = Param("x", Real(sample=(-3, 3)), doc=r"input, $x \sim N(0, 1)$")
slope_ = Param("slope", Positive(), latex=r"|\mathrm{d}y/\mathrm{d}x|", doc="$|dy/dx|$ at $x(y)$")
y, w, b, x, slope = y_.symbol, w_.symbol, b_.symbol, x_.symbol, slope_.symbol
_tanh_density_form = sp.exp(-(sp.atanh(y) - b) ** 2 / (2 * w**2)) / (sp.sqrt(2 * sp.pi) * sp.Abs(w) * (1 - y**2))


def _nonzero_weight(values: Mapping[str, Any]) -> None:
    """w = 0 maps every input to tanh(b): a point mass, which has no density."""
    if values["w"] == 0:
        raise DomainError("w", values["w"], "a nonzero real number", "tanh(0·x + b) is a point mass")


@functools.lru_cache(maxsize=1)
def _tanh_density_fn() -> Callable[..., Any]:
    """The derived density of tanh(w x + b) as an mpmath function of (y, w, b)."""
    return sp.lambdify([y, w, b], tanh_density.value(tanh_density.result), "mpmath")


def _tanh_density_reference(y: Any, w: Any, b: Any) -> Any:
    """d/dy of the CDF P(tanh(wX + b) ≤ y), by numeric differentiation.

    In the upper tail the complementary CDF −Φ(−z) (same derivative) avoids differencing
    numbers next to 1.
    """
    # P(wX + b ≤ u) = P(X ≤ (u − b)/w) = Φ((u − b)/w) for w > 0; for w < 0 it is
    # P(X ≥ (u − b)/w) = Φ(−(u − b)/w).
    orient = 1 if w > 0 else -1

    def z(t: Any) -> Any:
        return orient * (mpmath.atanh(t) - b) / w

    sign = 1 if z(y) <= 0 else -1
    return sign * mpmath.diff(lambda t: mpmath.ncdf(sign * z(t)), y)


def _normalized(w: Any, b: Any) -> bool:
    f = _tanh_density_fn()
    with mpmath.workdps(15):
        total = mpmath.quad(lambda t: f(t, w, b), [-1, mpmath.tanh(b), 1])
    return close(total, 1, 12)


# Beyond w ≈ 3 a 15-digit quadrature misses the mass within 10⁻¹⁵ of y = ±1.
_w_normalized = Positive(sample=(1 / 10, 5 / 2), log=True)
# Weight moduli for the properties (w = 0 is outside the entry's domain).
_w_modulus = Positive(sample=(1 / 10, 5), log=True)


tanh_density = Derivation(
    id="jacobian.tanh_density",
    title="Density of one tanh neuron with a Gaussian input",
    source="W §3.1 and Appendix II (one neuron)",
    summary=r"For $y = \tanh(w x + b), x \sim N(0, 1)$, $w \neq 0$: $x(y) = (\operatorname{atanh} y - b)/w$ and "
            r"$|dy/dx| = |w|(1 - y^2)$, so $p_{\mathrm{out}}(y) = \exp(-(\operatorname{atanh} y - "
            r"b)^2/(2w^2))/(\sqrt{2\pi} |w| (1 - y^2))$: the sign of $w$ does not matter.",
    symbols=(y_, w_, b_, x_, slope_, p_out_, p_in_),
    parameters=("y", "w", "b"),
    constraint=_nonzero_weight,
    premises=(
        Premise("map", sp.Eq(y, sp.tanh(w * x + b)), r"one neuron, W eq. (8): $y = \tanh(w x + b)$"),
        Premise("inverse", sp.Eq(x, (sp.atanh(y) - b) / w),
                r"$x(y) = (\operatorname{atanh} y - b)/w$, the input the neuron maps to $y$ ($w \neq 0$, the "
                "entry's constraint; tanh is increasing, so it is the only one)"),
        Premise("slope_def", sp.Eq(slope, sp.Abs(sp.Derivative(y, x))), "$|dy/dx|$, the slope's modulus at $x(y)$"),
        Premise("cov", sp.Eq(p_out, p_in / slope),
                r"change of variables in one dimension (jacobian.change_of_variables): $p_{\mathrm{out}}(y) = "
                r"p_{\mathrm{in}}(x(y))/|dy/dx|$"),
        Premise("input", sp.Eq(p_in, sp.exp(-x**2 / 2) / sp.sqrt(2 * sp.pi)), r"standard Gaussian input $x \sim "
                                                                              "N(0, 1)$"),
    ),
    steps=(
        Substitute({x: Ref("inverse")}, on="map", expect=y,
                   note=r"check: the neuron maps $x(y)$ to $\tanh(\operatorname{atanh} y) = y$"),
        Differentiate(x, on="map", expect=w * (1 - sp.tanh(w * x + b) ** 2)),
        Substitute({sp.tanh(w * x + b): Ref("map")}, expect=w * (1 - y**2), name="dydx"),
        Substitute({sp.Derivative(y, x): Ref("dydx")}, on="slope_def", expect=sp.Abs(w * (1 - y**2))),
        Rewrite(expect=sp.Abs(w) * (1 - y**2), name="abs_slope", note="$1 - y^2 > 0$ ($w$ of either sign)"),
        Substitute({x: Ref("inverse")}, on="input",
                   expect=sp.Eq(p_in, sp.exp(-(sp.atanh(y) - b) ** 2 / (2 * w**2)) / sp.sqrt(2 * sp.pi)),
                   name="p_in_y"),
        Substitute({p_in: Ref("p_in_y"), slope: Ref("abs_slope")}, on="cov",
                   expect=sp.Eq(p_out, _tanh_density_form), name="density"),
    ),
    result_step="density",
    route=Agreement(
        r"numeric derivative (mpmath.diff) of the CDF $P(\tanh(wX + b) \le y) = \Phi((\operatorname{atanh} y - "
        "b)/w)$ (mpmath.ncdf)",
        _tanh_density_reference,
        points=({"y": "1/2", "w": 1, "b": 0}, {"y": "-9/10", "w": "1/3", "b": "-1/2"},
                {"y": "99/100", "w": 4, "b": "3/2"}, {"y": "1/100", "w": "1/10", "b": "1/5"},
                {"y": "-1/3", "w": "-7/10", "b": -2}, {"y": "3/5", "w": "-5/2", "b": "1/4"}),
    ),
    properties=(
        Property("jacobian.tanh_density.normalized", "the density integrates to 1 over $(-1, 1)$",
                 _normalized, {"w": _w_normalized, "b": b_.domain}),
        Property("jacobian.tanh_density.reflection", "$p(-y; w, -b) = p(y; w, b)$",
                 lambda y, w, b: close(tanh_density.evaluate(dps=PROPERTY_DPS, y=-y, w=w, b=-b),
                                       tanh_density.evaluate(dps=PROPERTY_DPS, y=y, w=w, b=b)),
                 {"y": y_.domain, "w": _w_modulus, "b": b_.domain}),
        Property("jacobian.tanh_density.weight_sign",
                 "$p(y; -w, b) = p(y; w, b)$: the law depends on $|w|$ only",
                 lambda y, w, b: close(tanh_density.evaluate(dps=PROPERTY_DPS, y=y, w=-w, b=b),
                                       tanh_density.evaluate(dps=PROPERTY_DPS, y=y, w=w, b=b)),
                 {"y": y_.domain, "w": _w_modulus, "b": b_.domain}),
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


# -- 4. bimodality threshold and kurtosis of tanh(w x) -------------------------------------

#: The weight's modulus |w|: the law of tanh(w x) depends on w only through it.
wm_ = Param("w", Positive(sample=(1 / 10, 5), log=True), doc="modulus $|w|$ of the weight")
wm = wm_.symbol

#: atanh y = ½ ln((1 + y)/(1 − y)) on (−1, 1), in the form whose finiteness SymPy can see.
_atanh_log = sp.log((1 + y) / (1 - y)) / 2
_density_b0 = sp.exp(-_atanh_log**2 / (2 * wm**2)) / (1 - y**2)
_log_density = -_atanh_log**2 / (2 * wm**2) - sp.log(1 - y**2)
_curvature = (2 * (1 + y**2) - 1 / wm**2 - 2 * y * _atanh_log / wm**2) / (1 - y**2) ** 2
_fourth = 4 * (3 * wm**2 * (y**4 + 6 * y**2 + 1) - 6 * y * (y**2 + 1) * _atanh_log - 9 * y**2 - 2) \
    / (wm**2 * (1 - y**2) ** 4)
#: The (unnormalized) density of tanh(w x) and its curvature at y = 0, d² ln p/dy² there.
p_tanh = sp.Function("p")
_curvature_at_0 = sp.Derivative(sp.log(p_tanh(y)), (y, 2)).subs(y, 0)


def tanh_kurtosis(w: Any, dps: int | None = None) -> mpmath.mpf:
    """Kurtosis ⟨y⁴⟩/⟨y²⟩² of y = tanh(w x), x ~ N(0, 1), by quadrature.

    >>> 1 < tanh_kurtosis(1) < 3
    True
    """
    dps = mpmath.mp.dps if dps is None else dps
    with mpmath.workdps(dps + GUARD_DIGITS):
        w = abs(mpmath.mpf(w))
        if w == 0:
            raise DomainError("w", w, "a nonzero real number", "tanh(0·x) = 0 has no kurtosis")
        # Even integrands, cut where the Gaussian tail drops below the working precision; for
        # large w they turn over at |x| ≈ 1/w.
        cut = mpmath.sqrt(2 * mpmath.log(10) * (mpmath.mp.dps + 5)) + 1
        pts = [0] + [p for p in (1 / w, 10 / w) if p < cut / 2] + [cut / 2, cut]
        m2 = 2 * mpmath.quad(lambda t: mpmath.tanh(w * t) ** 2 * mpmath.npdf(t), pts)
        m4 = 2 * mpmath.quad(lambda t: mpmath.tanh(w * t) ** 4 * mpmath.npdf(t), pts)
        out = m4 / m2**2
    with mpmath.workdps(dps):
        return +out


#: The weights along which the kurtosis of tanh(w x) is followed: w = 2^k/20, k = 0, …, 9.
_KURTOSIS_WEIGHTS = tuple(mpmath.mpf(2) ** k / 20 for k in range(10))


@functools.lru_cache(maxsize=4)
def kurtosis_sequence(dps: int = 10) -> tuple[tuple[mpmath.mpf, mpmath.mpf], ...]:
    """``(w, kurtosis of tanh(w x))`` along w = 1/20, 1/10, …, 25.6 (doubling), by quadrature.

    >>> ks = [k for _, k in kurtosis_sequence()]
    >>> ks[0] > 2.95 and ks[-1] < 1.05 and all(a > b for a, b in zip(ks, ks[1:]))
    True
    """
    return tuple((w, tanh_kurtosis(w, dps)) for w in _KURTOSIS_WEIGHTS)


def _kurtosis_falls_from_3_towards_1() -> bool:
    """Along the doubling weights the kurtosis falls strictly, starts within 0.05 of the Gaussian 3,
    ends within 0.05 of 1 (the sign function's), and never exceeds 3: no tanh output is fat-tailed."""
    ks = [k for _, k in kurtosis_sequence()]
    return bool(all(a > b for a, b in zip(ks, ks[1:])) and 3 - mpmath.mpf("0.05") < ks[0] < 3
                and 1 < ks[-1] < 1 + mpmath.mpf("0.05"))


def _curvature_at_zero(value: Any) -> Any:
    """The derived second derivative of log p_out at y = 0, at weight ``value``."""
    return tanh_bimodality.derived("curvature_at_0").rhs.subs(wm, value)


def _bimodality_reference() -> Any:
    """The weight at which the density of tanh(wX) at y = 0 turns from a maximum into a minimum.

    By symmetry p'(0) = 0, so (log p)''(0) = 0 exactly when p''(0) = 0, i.e. when the third
    derivative of the CDF Φ(atanh(y)/w) vanishes at y = 0 (mpmath.diff; root in w by findroot).
    """
    return mpmath.findroot(lambda s: mpmath.diff(lambda t: mpmath.ncdf(mpmath.atanh(t) / s), 0, 3),
                           mpmath.mpf("0.7"))


@functools.lru_cache(maxsize=1)
def _curvature_fn() -> Callable[..., Any]:
    return sp.lambdify([wm], tanh_bimodality.derived("curvature_at_0").rhs, "mpmath")


def _curvature_matches(w: Any) -> bool:
    # evaluate() at mpmath's current precision: diff raises it to absorb the cancellation.
    numeric = mpmath.diff(lambda t: mpmath.log(tanh_density.evaluate(dps=mpmath.mp.dps, y=t, w=w, b=0)), 0, 2)
    return close(numeric, _curvature_fn()(w), PROPERTY_DPS - 10)


def _log_density_derivative(w: Any, order: int) -> mpmath.mpf:
    """d^order/dy^order of ln p_out at y = 0 for tanh(w x), numerically (mpmath.diff) from the
    density of jacobian.tanh_density (b = 0), evaluated at mpmath's current precision."""
    return mpmath.diff(lambda t: mpmath.log(tanh_density.evaluate(dps=mpmath.mp.dps, y=t, w=w, b=0)), 0, order)


def _flat_at_threshold() -> bool:
    """W's "flat" in between: the numeric curvature of ln p_out at y = 0 vanishes at the derived
    threshold and changes sign across it (w = 0.70: a peak, w = 0.72: a dip); the numeric fourth
    derivative there is negative, so the top is flat but still a single maximum."""
    threshold = tanh_bimodality.evaluate(dps=mpmath.mp.dps)
    tolerance = mpmath.mpf(10) ** (5 - mpmath.mp.dps)
    return bool(abs(_log_density_derivative(threshold, 2)) < tolerance
                and _log_density_derivative(mpmath.mpf("0.70"), 2) < 0
                and _log_density_derivative(mpmath.mpf("0.72"), 2) > 0
                and _log_density_derivative(threshold, 4) < 0)


tanh_bimodality = Derivation(
    id="jacobian.tanh_bimodality",
    title=r"$\tanh(w x)$ turns bimodal at $w = 1/\sqrt{2}$",
    source="W §3.1 and Appendix II, Fig. 3 (beyond the papers)",
    summary=r"For $y = \tanh(w x), x \sim N(0, 1)$, $\log p_{\mathrm{out}} = -\operatorname{atanh}(y)^2/(2w^2) "
            r"- \ln(1 - y^2) + \mathrm{const}$. Its second derivative at $y = 0$ is $2 - 1/w^2$: negative (a "
            r"single peak) for $w < 1/\sqrt{2}$, zero (flat) at $w = 1/\sqrt{2}$, positive (a dip between two "
            "peaks) above.",
    symbols=(y_, wm_),
    result_step="threshold",
    premises=(
        Premise("density", sp.Eq(p_tanh(y), _density_b0),
                "jacobian.tanh_density with $b = 0$ and $w = |w| > 0$ (only $|w|$ matters), without its "
                r"normalization $1/(\sqrt{2\pi} w)$, which no derivative of $\ln p$ in $y$ sees; "
                r"$\operatorname{atanh} y$ written as $\tfrac{1}{2} \ln((1 + y)/(1 - y))$"),
        Premise("flat", sp.Eq(_curvature_at_0, 0),
                "the threshold between a peak and a dip at $y = 0$ (where $p'(0) = 0$ by symmetry): the density "
                r"is flat there, its curvature $d^2 \ln p/dy^2$ at $y = 0$ vanishes"),
    ),
    steps=(
        LogBoth(expect=sp.Eq(sp.log(p_tanh(y)), _log_density), name="log_density",
                note=r"$\ln(e^a/(1 - y^2)) = a - \ln(1 - y^2)$, $1 - y^2 > 0$"),
        Differentiate(y, 2, expect=_curvature, name="curvature"),
        Substitute({y: 0}, expect=2 - 1 / wm**2, name="curvature_at_0"),
        Substitute({_curvature_at_0: Ref("curvature_at_0")}, on="flat", expect=sp.Eq(2 - 1 / wm**2, 0)),
        SolveFor(wm, expect=sp.Eq(wm, 1 / sp.sqrt(2)), name="threshold",
                 note=r"the root $-1/\sqrt{2}$ is not a modulus $|w| > 0$"),
        Differentiate(y, 2, on="curvature", expect=_fourth, name="quartic"),
        Substitute({y: 0}, expect=12 - 8 / wm**2),
        Substitute({wm: Ref("threshold")}, expect=-4, name="quartic_at_threshold",
                   note="negative: at the threshold the top is flat to fourth order, still one maximum"),
    ),
    route=Agreement(
        "mpmath.findroot in $w$ of the third numeric derivative (mpmath.diff) at $y = 0$ of the CDF "
        r"$P(\tanh(wX) \le y) = \Phi(\operatorname{atanh}(y)/w)$ (mpmath.ncdf)",
        _bimodality_reference,
        points=({},),
    ),
    properties=(
        Property("jacobian.tanh_bimodality.curvature",
                 r"the derived curvature $2 - 1/w^2$ equals the numeric second derivative at $y = 0$ of $\log "
                 r"p_{\mathrm{out}}$ from jacobian.tanh_density ($b = 0$)",
                 _curvature_matches, {"w": wm_.domain}),
    ),
    claims=(
        Claim("jacobian.tanh_bimodality.narrow",
              "small weights lead to a narrow Gaussian centered about 0", "W §3.1", "true",
              lambda: bool(_curvature_at_zero(sp.Rational(1, 10)) < 0
                           and abs(tanh_kurtosis(mpmath.mpf(1) / 10, 10) - 3) < mpmath.mpf(1) / 10),
              note="computed at $w = 1/10$: a single peak at $y = 0$ (curvature $2 - 1/w^2 = -98$) and kurtosis "
                   "2.92, within 0.1 of the Gaussian 3 (it is $3 - 8w^2 + O(w^4)$); unimodal for every $w < "
                   r"1/\sqrt{2}$"),
        Claim("jacobian.tanh_bimodality.bimodal",
              "large weights give a bimodal distribution", "W §3.1", "true",
              lambda: bool(_curvature_at_zero(2) > 0),
              note="computed at $w = 2$: the density has a minimum at $y = 0$ (curvature $7/4 > 0$); bimodal "
                   r"for every $w > 1/\sqrt{2}$"),
        Claim("jacobian.tanh_bimodality.flat",
              "intermediate values provide flat distributions", "W §3.1; Appendix II, Fig. 3", "true",
              _flat_at_threshold,
              note=r"computed numerically (mpmath.diff of $\ln p_{\mathrm{out}}$ from jacobian.tanh_density, $b "
                   r"= 0$): at the derived threshold $w = 1/\sqrt{2}$ the second derivative at $y = 0$ vanishes "
                   "to the working precision, it is negative at $w = 0.70$ and positive at $w = 0.72$, and the "
                   "fourth derivative is negative (derived: $-4$): a flat top"),
        Claim("jacobian.tanh_bimodality.light_tails",
              "non-Gaussianity does not necessarily imply a fat-tailed distribution", "W Appendix II",
              "true", _kurtosis_falls_from_3_towards_1,
              note=r"on W's argument: the kurtosis of $\tanh(w x)$ falls from 3 ($w \to 0$) towards 1 ($w \to "
                   r"\infty$), so the flat and bimodal outputs are lighter-tailed than a Gaussian; a tanh layer "
                   "by itself cannot produce the fat tails Appendix I's resilience of uncertainty needs"),
    ),
    notes=(
        "W §3.1 credits small weights with taming long tails; among tanh outputs the smallest weights give the "
        r"most Gaussian, i.e. the heaviest-tailed (kurtosis $\to 3$), shape.",
        lambda: "The kurtosis of $\\tanh(w x)$ along doubling weights (quadrature; claim "
                "jacobian.tanh_bimodality.light_tails checks that it falls strictly): "
                + ", ".join(f"${mpmath.nstr(w, 3)}$: ${mpmath.nstr(k, 4)}$" for w, k in kurtosis_sequence()) + ".",
    ),
)

DERIVATIONS = (change_of_variables, two_neuron, tanh_density, tanh_bimodality)

"""The data a user's child process and the kernel exchange (issue 16, item 5): a safe reader of
``sympy.srepr`` text and the JSON encoding of values.

The kernel never evaluates text it receives: :func:`read_form` parses ``srepr`` with :mod:`ast`
and builds only SymPy classes and functions (by name, from SymPy's own namespace), numeric
literals, tuples, lists and keywords; a string is accepted only as the name of a ``Symbol``,
``Dummy``, ``Function``, ``Str`` or as the digits of a ``Float``. The form it builds must print
back to the same text, so what the kernel checks is exactly what the user wrote.

>>> import sympy
>>> x = sympy.Symbol("x", positive=True)
>>> read_form(sympy.srepr(sympy.Eq(x**2, 1, evaluate=False))) == sympy.Eq(x**2, 1, evaluate=False)
True
>>> read_form("__import__('os')")
Traceback (most recent call last):
...
verify.wire.ReadError: the form names '__import__', which is not a SymPy class or function
"""

from __future__ import annotations

import ast
import functools
import re
from fractions import Fraction
from typing import Any

import mpmath
import sympy

from derivations._form_text import form_text as _srepr

__all__ = ["ReadError", "WireError", "read_form", "form_text", "to_wire", "from_wire", "NUMBER", "number_to_wire"]

#: Calls whose first positional argument may be a string (a name, or a Float's digits).
_NAMED = ("Symbol", "Dummy", "Function", "Str", "Wild", "Float")
_FLOAT_TEXT = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?|[-+]?inf|nan", re.IGNORECASE)
#: The tag of a wire value that is a number (see :func:`number_to_wire`).
NUMBER = ("int", "frac", "mpf", "mpc", "float")


class ReadError(ValueError):
    """``srepr`` text the kernel will not read (a name outside SymPy, code, a form that changes)."""


class WireError(ValueError):
    """A value that cannot cross between the user's process and the kernel (not data)."""


@functools.lru_cache(maxsize=1)
def _namespace() -> dict[str, Any]:
    """SymPy's classes, functions and singletons by name: the only names a form may use."""
    names: dict[str, Any] = {}
    todo = [sympy.Basic]
    seen: set[type] = set()
    while todo:  # every class SymPy itself defines (ExprCondPair, TupleArg, ...), not only exported ones
        cls = todo.pop()
        for sub in type.__subclasses__(cls):
            if sub in seen:
                continue
            seen.add(sub)
            if (getattr(sub, "__module__", None) or "").startswith("sympy.") and not isinstance(sub, sympy.core.function.UndefinedFunction):
                names.setdefault(sub.__name__, sub)
            todo.append(sub)
    for name, value in vars(sympy).items():
        if name.startswith("_"):
            continue
        if isinstance(value, type) and (issubclass(value, sympy.Basic) or issubclass(value, sympy.MatrixBase)):
            names[name] = value
        elif isinstance(value, (sympy.Basic, sympy.FunctionClass)):
            names[name] = value
    for banned in ("S", "sympify", "Lambda_", "lambdify", "parse_expr"):
        names.pop(banned, None)
    names.update(Function=sympy.Function, ImmutableDenseMatrix=sympy.ImmutableDenseMatrix,
                 MutableDenseMatrix=sympy.MutableDenseMatrix, true=sympy.true, false=sympy.false)
    return names


def _build(node: ast.AST, depth: int = 0) -> Any:
    if depth > 400:
        raise ReadError("the form is nested too deeply")
    if isinstance(node, ast.Constant):
        if isinstance(node.value, (bool, int)) or node.value is None:
            return node.value
        if isinstance(node.value, str):
            raise ReadError(f"a string ({node.value[:40]!r}) may only name a Symbol or Function")
        raise ReadError(f"the literal {node.value!r} is not a number SymPy writes in srepr")
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)) \
            and isinstance(node.operand, ast.Constant) and type(node.operand.value) is int:
        return -node.operand.value if isinstance(node.op, ast.USub) else node.operand.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) \
            and isinstance(node.operand, ast.Name) and node.operand.id in ("oo", "zoo"):
        return -_build(node.operand, depth + 1)  # srepr writes -oo as "-oo", not NegativeInfinity
    if isinstance(node, ast.Name):
        table = _namespace()
        if node.id not in table:
            raise ReadError(f"the form names {node.id!r}, which is not a SymPy class or function")
        return table[node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        items = [_build(e, depth + 1) for e in node.elts]
        return tuple(items) if isinstance(node, ast.Tuple) else items
    if isinstance(node, ast.Call):
        func = _build(node.func, depth + 1)
        named = isinstance(node.func, ast.Name) and node.func.id in _NAMED
        if not (isinstance(func, type) or isinstance(func, sympy.FunctionClass)):
            raise ReadError(f"{ast.unparse(node.func)[:60]} cannot be called")
        args = []
        for i, a in enumerate(node.args):
            if named and i == 0 and isinstance(a, ast.Constant) and isinstance(a.value, str):
                if node.func.id == "Float" and not _FLOAT_TEXT.fullmatch(a.value):
                    raise ReadError(f"Float({a.value[:40]!r}) is not a decimal numeral")
                args.append(a.value)
            else:
                args.append(_build(a, depth + 1))
        kwargs = {}
        for k in node.keywords:
            if k.arg is None or not isinstance(k.value, ast.Constant) or not isinstance(k.value.value, (bool, int)):
                raise ReadError("a keyword of a SymPy call may only be a flag or an integer")
            kwargs[k.arg] = k.value.value
        try:
            # Evaluated as SymPy evaluates, unless the author wrote this node unevaluated (it would
            # then print differently): either way the node is the one the text describes.
            with sympy.evaluate(True):
                obj = func(*args, **kwargs)
            if isinstance(obj, sympy.Basic) and not isinstance(obj, sympy.FunctionClass) \
                    and _srepr(obj) != ast.unparse(node):
                with sympy.evaluate(False):
                    obj = func(*args, **kwargs)
            return obj
        except ReadError:
            raise
        except Exception as exc:  # noqa: BLE001 - SymPy refusing the arguments is a refusal of the form
            raise ReadError(f"{ast.unparse(node.func)[:60]}(...) cannot be built: {type(exc).__name__}: {exc}") \
                from None
    raise ReadError(f"the form contains {type(node).__name__}, which srepr never writes")


def _dummy_floor(form: Any) -> None:
    """Kernel Dummies are numbered after every Dummy a form brought in, so none is mistaken for one."""
    for d in getattr(form, "atoms", lambda *_: ())(sympy.Dummy):
        sympy.Dummy._count = max(sympy.Dummy._count, d.dummy_index + 1)


def form_text(form: Any) -> str:
    """A SymPy object (an expression, a function class, a matrix) as ``srepr`` text (with an undefined
    function's assumptions; :mod:`derivations._form_text`)."""
    return _srepr(form)


def read_form(text: str) -> Any:
    """Build the SymPy object ``text`` (``srepr``) describes; never evaluates code.

    The object must print back as ``text`` exactly (forms written unevaluated are read
    unevaluated), else :class:`ReadError`: the kernel checks what was written, or nothing.
    """
    if not isinstance(text, str):
        raise ReadError(f"a form must arrive as srepr text, got {type(text).__name__}")
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise ReadError(f"the form is not srepr text: {type(exc).__name__}") from None
    try:
        form = _build(tree.body)
        back = _srepr(form)
    except RecursionError:
        raise ReadError("the form is nested too deeply") from None
    if back != text:
        raise ReadError(f"the form {text[:120]} does not read back identically (it reads {back[:120]})")
    _dummy_floor(form)
    return form


# -- values ---------------------------------------------------------------------------------------

def _mpf_wire(x: mpmath.mpf) -> list[Any]:
    sign, man, exp, bc = x._mpf_
    return [sign, hex(man), exp, bc]


def _mpf_read(v: Any) -> mpmath.mpf:
    if not (isinstance(v, list) and len(v) == 4 and all(isinstance(p, (int, str)) for p in v)):
        raise WireError("a malformed mpf")
    sign, man, exp, bc = v
    with mpmath.workprec(max(53, int(bc) + 8)):
        return mpmath.mpf((int(sign), int(man, 16), int(exp), int(bc)))


def number_to_wire(value: Any, dps: int) -> dict[str, Any]:
    """A number returned by user code, exactly (an mpf as its mantissa and exponent).

    A SymPy rational stays exact; another SymPy number is evaluated at ``dps`` + guard digits; anything else (a tuple, a string,
    a symbolic expression) is a :class:`WireError` naming its type.
    """
    if isinstance(value, bool) or value is None:
        raise WireError(f"returned {value!r}, not a number")
    if isinstance(value, int):
        return {"$": "int", "v": str(value)}
    if isinstance(value, Fraction):
        return {"$": "frac", "v": f"{value.numerator}/{value.denominator}"}
    if isinstance(value, float):
        return {"$": "float", "v": repr(value)}
    if isinstance(value, mpmath.mpf):
        return {"$": "mpf", "v": _mpf_wire(value)}
    if isinstance(value, mpmath.mpc):
        return {"$": "mpc", "v": [_mpf_wire(value.real), _mpf_wire(value.imag)]}
    if isinstance(value, mpmath.ctx_mp_python._constant):  # mpmath.pi, mpmath.e: at the requested digits
        with mpmath.workdps(dps + 15):
            return number_to_wire(+value, dps)
    if isinstance(value, sympy.Rational):  # exactly, as a Fraction (review 31: 1 + 10⁻³⁰⁰ arrived as 1.0)
        return number_to_wire(int(value) if value.q == 1 else Fraction(int(value.p), int(value.q)), dps)
    if isinstance(value, sympy.Basic) and getattr(value, "is_number", False):
        with mpmath.workdps(dps + 15):
            out = mpmath.mpmathify(value.evalf(dps + 15))
        return number_to_wire(out, dps)
    if hasattr(value, "__float__") and type(value).__module__.startswith("numpy"):
        return number_to_wire(float(value), dps)
    raise WireError(f"returned a {type(value).__name__}, not a number")


def to_wire(value: Any) -> Any:
    """A parameter value, a point or a record field as JSON: None, bools, ints and strings as
    they are; fractions, mpmath and SymPy values, tuples and mappings tagged."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, (Fraction, float, mpmath.mpf, mpmath.mpc)):
        return number_to_wire(value, mpmath.mp.dps)
    if isinstance(value, (sympy.Basic, sympy.MatrixBase)) or isinstance(value, sympy.FunctionClass):
        return {"$": "sym", "v": form_text(value)}
    if isinstance(value, (tuple, list)):
        return {"$": "tuple", "v": [to_wire(v) for v in value]}
    if isinstance(value, dict):
        return {"$": "map", "v": [[to_wire(k), to_wire(v)] for k, v in value.items()]}
    raise WireError(f"a {type(value).__name__} is not data the kernel accepts")


def from_wire(value: Any, *, lenient: bool = False) -> Any:
    """The inverse of :func:`to_wire` (SymPy values through :func:`read_form`).

    ``lenient`` (the user's child only, never the kernel) falls back to SymPy's own parser for a
    form :func:`read_form` will not take.
    """
    if lenient and isinstance(value, dict) and value.get("$") == "sym":
        try:
            return read_form(value.get("v"))
        except ReadError:
            return sympy.sympify(value.get("v"))
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, list):
        raise WireError("an untagged list")
    if not isinstance(value, dict) or "$" not in value:
        raise WireError(f"a {type(value).__name__} is not a wire value")
    tag, v = value["$"], value.get("v")
    if tag == "int":
        return int(v)
    if tag == "frac":
        return Fraction(str(v))
    if tag == "float":
        return float(v)
    if tag == "mpf":
        return _mpf_read(v)
    if tag == "mpc":
        return mpmath.mpc(_mpf_read(v[0]), _mpf_read(v[1]))
    if tag == "sym":
        return read_form(v)
    if tag == "tuple":
        return tuple(from_wire(x, lenient=lenient) for x in v)
    if tag == "map":
        return {from_wire(k, lenient=lenient): from_wire(x, lenient=lenient) for k, x in v}
    raise WireError(f"unknown wire tag {tag!r}")

"""Class 6 (routes, hooks and user code trusted): the file monkeypatches SymPy itself.

``sympy.simplify`` and friends are replaced by functions that return 0, so every
difference "simplifies to zero"; the wrong step ``x² = x³`` then passes symbolically. The
kernel must not share a process with user code: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.patch_sympy", title="a power", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),),
    steps=(Rewrite(expect=x**3),),
    route=Agreement("the power", lambda x: x**3, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

# Patched after the records are built, so that only the checker sees it.
for _name in ("simplify", "expand", "cancel", "together", "factor", "trigsimp", "powsimp", "radsimp", "nsimplify"):
    setattr(sp, _name, lambda *args, **kwargs: sp.Integer(0))
sp.Expr.equals = lambda self, other, failing_expression=False: True

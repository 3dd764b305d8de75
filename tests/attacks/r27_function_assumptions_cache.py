"""Class 9 (review 27, determinism and cache): the verdict cache's key drops an unknown function's assumptions, so a step checked with y positive is replayed for y any real.

w = log(y(x)²) − 2 log y(x) with `y = Function("y", real=True)`; Rewrite w = 0. For y(x) < 0 this is false
(w = −2πi: `--no-cache` fails it at y(x) = −1861). Run after `r27_function_assumptions_cache_primer_ok.py` (the
same derivation, same id, with `Function("y", positive=True)`, where w = 0 is right and is proved) in the same
cache directory, it exits 0: the step is "proved symbolically, all 1 cached". Review 17 made the wire write a
function's assumptions (`verify/wire._FormPrinter`), but `verify/checker._cache_key` still hashes
`sympy.srepr`, which prints both functions as `Function('y')`, and nothing else in the key (domains are the
parameters') carries them. Sound: the key must print forms as the wire does (`form_text`), with every
function's assumptions, so the same file gives the same verdict with and without the cache (failed).
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
y = sp.Function("y", real=True)
w = sp.Symbol("w")
DERIVATIONS = [Derivation(
    id="attack.r27.function_assumptions_cache", title="log of a square", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("wdef", sp.Eq(w, sp.log(y(x)**2) - 2 * sp.log(y(x))), "a log of a square, less twice the log"),),
    steps=(Rewrite(expect=sp.Eq(w, 0)),),
    route=Agreement("value", lambda x: 0, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]

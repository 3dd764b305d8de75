"""The Calude–Longo counting bound on compressible strings (W Appendix III).

Catalogue section 10: ``spurious.calude_longo``. There are ``2^{m+1} − 1`` binary
programs of length at most ``m``; a string of length ``n`` compressible by ``k`` bits
has a program of length at most ``n − k``, so at most ``2^{n−k+1} − 1`` of the ``2^n``
strings are, and the compressible fraction ``(2^{n−k+1} − 1)/2^n`` lies in
``[2^{−k}, 2^{1−k})``. It decays exponentially in ``n`` only when ``k`` grows with
``n`` (``k = c n``); at fixed ``k`` it tends to ``2^{1−k}``.

Domains: ``n ≥ 1`` and ``1 ≤ k ≤ n``. ``k = 0`` ("compressible by no bits") is left
out because the bound ``(2^{n+1} − 1)/2^n`` then exceeds 1 and says nothing; ``k > n``
would need a program of negative length. The per-parameter domains cannot express
``k ≤ n``, so the entry's ``constraint`` checks it and raises a ``DomainError`` naming ``k``.
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath
import sympy as sp

from ._domains import DomainError, Integer, Real
from ._model import Agreement, Claim, Derivation, Param, Premise, Property
from ._precision import PROPERTY_DPS, close
from ._rules import AddBoth, ApplyBoth, DivideBoth, Limit, Ref, Rewrite, Simplify, Substitute

__all__ = ["DERIVATIONS", "calude_longo", "index_ratio", "LOST_VALUE_GRID"]

n_ = Param("n", Integer(1, sample=(1, 4096)), doc="length of the binary string (bits)")
k_ = Param("k", Integer(1, sample=(1, 4096)),
           doc=r"bits by which the string is compressible, $1 \le k \le n$ (checked at evaluation)")
m_ = Param("m", Integer(0, sample=(0, 4096)), doc="maximal program length (bits)")
c_ = Param("c", Real(0, 1, hi_open=False), doc="compressibility index $k/n$")
n, k, m, c = n_.symbol, k_.symbol, m_.symbol, c_.symbol
l = sp.Symbol("l", integer=True, nonnegative=True)
y = sp.Dummy("y")  # the argument of a function applied to both sides

# -- names (left-hand sides): undefined functions, defined by a premise or by the step naming them
programs_name = sp.Function("P")(m)        # the number of binary programs of length at most m
fraction_name = sp.Function("f")(n, k)     # the fraction of length-n strings compressible by k bits
bound_name = sp.Function("U")(k)           # its limit at fixed k, the upper bound 2^{1−k}

#: The (n, c) pairs at which W's lost TC/FC values are restated as 2^{−c n}.
LOST_VALUE_GRID: tuple[tuple[int, str], ...] = tuple((nn, cc) for nn in (16, 1024)
                                                     for cc in ("0.1", "0.25", "0.5"))


def index_ratio(n: int, c: Any) -> mpmath.mpf:
    """``2^{−c n}``: the compressible fraction, up to the factor 2 of the bound, at ``k = c n``."""
    return mpmath.mpf(2) ** (-mpmath.mpf(c) * n)


def _lost_values_note() -> str:
    with mpmath.workdps(20):
        cells = "; ".join(f"$n = {nn}$, $c = {cc}$: {mpmath.nstr(index_ratio(nn, cc), 6)}"
                          for nn, cc in LOST_VALUE_GRID)
    return ("W's compressibility index (“can hardly exceed the value …”) and its two TC/FC values "
            "(the 16-bit example “approximately …” and the 1024-bit string “approximately …!”) "
            "were lost from the text, so there is no printed number to compare. With the index "
            "$c = k/n$ the ratio is $2^{-c n}$ (the bound $2^{1-k}$ is twice this): " + cells + ".")


def _k_at_most_n(values: Mapping[str, Any]) -> None:
    """The joint condition k ≤ n, which no single domain can state."""
    if values["k"] > values["n"]:
        raise DomainError("k", values["k"], f"an integer in [1, n] = [1, {values['n']}]",
                          "a string cannot be compressed by more bits than it has")


def _enumerated_fraction(n: int, k: int) -> mpmath.mpf:
    """Programs of each length 0..n−k counted one length at a time with Python integers
    (2^l of length l), divided by the 2^n strings; no closed form of the sum is used."""
    programs = 0
    for length in range(n - k + 1):
        programs += 1 << length
    return mpmath.mpf(programs) / (mpmath.mpf(2) ** n)


def _fold(n: int, k: int) -> int:
    """Map a drawn k into 1..n (the domains cannot express k ≤ n)."""
    return 1 + (k - 1) % n


def _f(n: int, k: int) -> mpmath.mpf:
    """The fraction with enough digits to resolve its 2^{−n} gap to the bound 2^{1−k}."""
    dps = PROPERTY_DPS + (n * 31) // 100 + 5
    with mpmath.workdps(dps):
        return calude_longo.evaluate(dps=dps, n=n, k=k)


def _decays_when_proportional() -> bool:
    """k = n/4: doubling n multiplies the fraction by about 2^{−n/4} (log₂ within 1 bit);
    the exponential decay holds in the proportional regime only."""
    dps = mpmath.mp.dps
    ok = True
    for nn in (64, 256, 1024):
        small = calude_longo.evaluate(dps=dps, n=nn, k=nn // 4)
        big = calude_longo.evaluate(dps=dps, n=2 * nn, k=nn // 2)
        ok &= abs(mpmath.log(big / small, 2) + nn // 4) <= 1
    return bool(ok)


calude_longo = Derivation(
    id="spurious.calude_longo",
    title="Few strings are compressible: the Calude–Longo counting bound",
    source="W Appendix III (Calude & Longo 2017)",
    summary="Counting programs: at most $2^{n-k+1} - 1$ of the $2^n$ strings of length $n$ have a description "
            "$k$ bits shorter than themselves, a fraction below $2^{1-k}$. It decays exponentially in $n$ only "
            "if $k = c n$; at fixed $k$ it tends to $2^{1-k}$.",
    symbols=(n_, k_, m_, c_),
    parameters=("n", "k"),
    result_step="fraction",
    constraint=_k_at_most_n,
    premises=(
        Premise("programs", sp.Eq(programs_name, sp.Sum(2**l, (l, 0, m))),
                r"there are $2^l$ binary programs of length $l$, so $P(m) = \sum_{l=0}^m 2^l$ programs of "
                "length at most $m$; each outputs at most one string"),
        Premise("budget", sp.Eq(m, n - k),
                r"a string of length $n$ compressible by $k$ bits has complexity $\le n - k$, i.e. a program of "
                r"length $\le n - k$ ($1 \le k \le n$); distinct strings need distinct programs"),
        Premise("proportional", sp.Eq(k, c * n),
                "the proportional regime: the compressibility index $c = k/n$ is held fixed as $n$ grows"),
    ),
    steps=(
        Simplify(expect=2 ** (m + 1) - 1, note="evaluate the geometric sum"),
        Substitute({m: Ref("budget")}, expect=2 ** (n - k + 1) - 1, name="count",
                   note="the programs of length at most $n - k$"),
        DivideBoth(divisor=2**n, text="divide by the $2^n$ strings of length $n$",
                   expect=sp.Eq(fraction_name, (2 ** (n - k + 1) - 1) / 2**n), name="fraction",
                   note="names the fraction $f(n, k) = P(n - k)/2^n$"),
        ApplyBoth(fn=sp.Lambda(y, 2 ** (1 - k) - y), text="subtract the fraction from $2^{1-k}$",
                  expect=2 ** (-n), on="fraction",
                  note="the gap is $2^{-n} > 0$, so the fraction is strictly below $2^{1-k}$"),
        AddBoth(term=-2 ** (-k), text="subtract $2^{-k}$ from the fraction",
                expect=(2 ** (n - k) - 1) / 2**n, on="fraction",
                note=r"$\ge 0$ because $k \le n$: the bound $2^{1-k}$ is tight to a factor 2"),
        Limit(n, sp.oo, on="fraction", expect=2 ** (1 - k), name="fixed_k",
              note="at fixed $k$ the fraction tends to $2^{1-k}$: it does not decay with $n$"),
        Rewrite(expect=sp.Eq(bound_name, 2 ** (1 - k)), name="bound",
                note=r"name the limit at fixed $k$: $U(k) = \lim_{n\to\infty} f(n, k) = 2^{1-k}$, the upper bound"),
        Substitute({k: Ref("proportional")}, expect=2 ** (1 - c * n),
                   note="compressibility index proportional to the length, $k = c n$"),
        ApplyBoth(fn=sp.Lambda(y, sp.log(y, 2) / n), text=r"take $\log_2$ and divide by $n$ (bits per string bit)",
                  expect=(1 - c * n) / n),
        Limit(n, sp.oo, expect=-c,
              note="the upper bound $2^{1-cn}$ decays at $c$ bits per bit; the lower bound $2^{-cn}$ (step 5) "
                   "at the same rate, so the fraction decays as $2^{-cn}$"),
    ),
    route=Agreement(
        "exact count of programs of length $0..n-k$, one length at a time in Python integers, over the $2^n$ "
        "strings"
        "; consistency check: it sums the premised count of programs term by term, so it catches slips in the "
        "steps, not a wrong premise; no measurement exists: Kolmogorov complexity is uncomputable, so the "
        "compressible strings cannot be counted, only bounded by the programs",
        _enumerated_fraction,
        points=({"n": 1, "k": 1}, {"n": 16, "k": 4}, {"n": 16, "k": 16}, {"n": 100, "k": 1},
                {"n": 1024, "k": 256}, {"n": 1024, "k": 512}, {"n": 3000, "k": 37}),
        kind="consistency",
    ),
    properties=(
        Property("spurious.calude_longo.bracket", r"$2^{-k} \le$ fraction $< 2^{1-k}$ for $1 \le k \le n$",
                 lambda n, k: (mpmath.mpf(2) ** (-_fold(n, k)) <= _f(n, _fold(n, k))
                               < mpmath.mpf(2) ** (1 - _fold(n, k))),
                 {"n": n_.domain, "k": k_.domain}),
        Property("spurious.calude_longo.one_more_bit",
                 "one more bit of compression: $f(n, k+1) = (f(n, k) - 2^{-n})/2$",
                 lambda n, k: _fold(n, k) == n or close(
                     _f(n, _fold(n, k) + 1), (_f(n, _fold(n, k)) - mpmath.mpf(2) ** (-n)) / 2),
                 {"n": n_.domain, "k": k_.domain}),
        Property("spurious.calude_longo.fixed_k_grows", "at fixed $k$ the fraction grows with $n$",
                 lambda n, k: _f(n + 1, _fold(n, k)) > _f(n, _fold(n, k)),
                 {"n": n_.domain, "k": k_.domain}),
    ),
    claims=(
        Claim("spurious.calude_longo.decay",
              "W: the ratio “decays exponentially with the string length” — holds when the compressibility "
              "index $k$ grows in proportion to $n$ ($k = c n$, rate $c$ bits per bit)",
              "W Appendix III", "true", _decays_when_proportional,
              note="Only in that reading: at fixed $k$ the fraction tends to $2^{1-k}$ and does not decay with "
                   r"$n$; W's sentence leaves the condition $k \propto n$ implicit (a note, not an erratum)."),
    ),
    notes=(
        "W's wording: “The authors prove that the number of such strings is … over a total of …, so that the "
        "ratio decays exponentially with the string length.” That is true when $k = c n$ (the fraction is then "
        "between $2^{-cn}$ and $2^{1-cn}$); at fixed $k$ it tends to $2^{1-k}$, independent of $n$.",
        _lost_values_note,  # computed when the note is rendered
    ),
)

DERIVATIONS = (calude_longo,)

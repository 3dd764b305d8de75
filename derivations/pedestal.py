"""Pedestal and running exponent (S §3, eqs 3–8).

Catalogue section 4. A loss with a pedestal, ``L(x) = L0 + (L1 − L0) x^α`` with
``x = 1/N`` (S eq 3), rescaled by ``L1`` to ``p + (1 − p) x^α`` (S eq 4), has the
running exponent ``α_p(x) = x L'/L`` (S eq 5), which slides from ``α`` to 0 as the
pedestal takes over. The crossover of the two terms gives ``x_crit`` (S eq 6), its
reciprocal ``N_crit`` (S eq 7) and the inverse ``p_crit(N)`` (S eq 8). Beyond the
papers, ``pedestal.effective_exponent`` is the same running exponent for a fitted law
``E + A N^{−α}`` and is applied to the Chinchilla fit (Hoffmann et al. 2022).

Entries: ``pedestal.loss``, ``pedestal.running_exponent``, ``pedestal.x_crit``,
``pedestal.N_crit``, ``pedestal.p_crit``, ``pedestal.effective_exponent``.

This module re-exports the section's entries and symbols from its subsections and lists its
entries (``DERIVATIONS``) for the registry: :mod:`derivations.pedestal_law` (the symbols; S eqs
3–4: ``pedestal.loss``), :mod:`derivations.pedestal_running` (the running exponents: S eq 5,
``pedestal.running_exponent``, and ``pedestal.effective_exponent`` with the Chinchilla fit)
and :mod:`derivations.pedestal_crossover` (S eqs 6–8: ``pedestal.x_crit``,
``pedestal.N_crit``, ``pedestal.p_crit``).
"""

from __future__ import annotations

from .pedestal_crossover import N_crit, p_crit, x_crit
from .pedestal_law import (A, a_star, alpha, alpha_c, alpha_eff_name, alpha_p_name, CHINCHILLA, E, FIG1_P, L_p, loss,
                           N, p, x)
from .pedestal_running import A_BAND, chinchilla_table, crossing_size, effective_exponent, running_exponent

__all__ = [
    "DERIVATIONS",
    "loss",
    "running_exponent",
    "x_crit",
    "N_crit",
    "p_crit",
    "effective_exponent",
    "CHINCHILLA",
    "crossing_size",
    "chinchilla_table",
]


DERIVATIONS = (loss, running_exponent, x_crit, N_crit, p_crit, effective_exponent)

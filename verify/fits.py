"""Published scaling-law fits from TOML files: validation, analysis, claims, report.

A fits file holds one ``[[fit]]`` table per fit: its ``name``, ``source`` (paper, table or
equation), ``form`` (``"two-term"``: ``L(N, D) = E + A/N^α + B/D^β``; ``"one-term"``:
``L = (X_c/X)^α`` in one variable ``X``), its parameters exactly as printed, as strings
(``alpha = "0.34"``), and optionally the numbers the paper prints from the fit
(``[[fit.claims]]``), each of which becomes a claim of the ledger (:mod:`verify.claims`),
computed through the registry entries of :mod:`derivations.fits`. See the README for the
format. The shipped file ``verify/data/fits.toml`` holds Chinchilla (Hoffmann et al.
2022), its replication (Besiroglu et al. 2024) and Kaplan et al. (2020).

A bad file or fit is refused with a :class:`FitFileError` (a ``ValueError``) naming the
file, the fit and the field; the other fits of the file are still analysed.

This module is the package's one way in; the work is done, one concern each, by
:mod:`verify.fits_model` (the records and their error), :mod:`verify.fits_file` (the TOML
format, read and validated), :mod:`verify.fits_quantities` (what a claim can name),
:mod:`verify.fits_claims` (a printed number through the ledger), :mod:`verify.fits_analysis`
(the report's ``fits`` section) and :mod:`verify.fits_report` (terminal text and LaTeX).

>>> fits, errors = load_text('''
... [[fit]]
... name = "toy"
... source = "nowhere"
... form = "two-term"
... parameters = {E = "1", A = "1", B = "1", alpha = "0.5", beta = "0.5"}
... ''', "toy.toml")
>>> result = analyse_fit(fits[0], dps=20)
>>> result["derived"]["a"], errors
('0.5', [])
"""

from __future__ import annotations

from .fits_analysis import FIT_ENTRIES, analyse_files, analyse_fit, files_for, merge_summary
from .fits_claims import check_fit_claim, fit_slug
from .fits_file import load_file, load_text, parse_number
from .fits_model import BUDGETS, LEVELS, SHIPPED, SIZES, Fit, FitClaim, FitFileError
from .fits_quantities import CLAIM_KINDS, ONE_TERM_KINDS
from .fits_report import render_latex, render_summary, render_table

__all__ = [
    "FIT_ENTRIES",
    "FitFileError",
    "Fit",
    "FitClaim",
    "SHIPPED",
    "SIZES",
    "LEVELS",
    "BUDGETS",
    "CLAIM_KINDS",
    "ONE_TERM_KINDS",
    "load_text",
    "load_file",
    "parse_number",
    "fit_slug",
    "analyse_fit",
    "analyse_files",
    "check_fit_claim",
    "render_table",
    "render_summary",
    "render_latex",
    "files_for",
    "merge_summary",
]

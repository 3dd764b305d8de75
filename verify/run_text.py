"""What ``python -m verify`` prints after a run, and the exit status it returns.

The text is the table (unless ``-q``), the fits' table, every failure, the closing summary line,
the fits' summary and what did not load; it is returned split at the wall time that ends the
summary line, so that a replay of a stored run (:mod:`verify.warm_run`) can put its own there.
"""

from __future__ import annotations

import argparse
from typing import Any, Sequence

__all__ = ["run_text", "exit_status", "narrowed_ids"]


def narrowed_ids(report: dict[str, Any]) -> list[str]:
    """The entries confirmed only on a declared sample range (reported; they fail by default)."""
    return [r["id"] for r in report["derivations"] if r.get("rests_on_sample_range")]


def run_text(report: dict[str, Any], args: argparse.Namespace, load_errors: Sequence[Any] = ()) -> tuple[str, str]:
    """The text of a run, ``(before, after)`` the wall time that ends its summary line
    (:func:`verify.report.time_part` of ``report``)."""
    from . import fits as fits_mod  # fits region (issue 11): published fits and their claims
    from .report import render_summary, render_table, time_part
    from .runner import render_failures
    from .texinput import render_tex_failures  # texinput region (issue 21): failures at the .tex line

    head: list[str] = []
    # --fits alone: the fits are the answer; the shipped entries they rest on are checked, not tabled
    fits_alone = bool(args.fits) and not args.ids
    if not args.quiet:
        if not fits_alone:
            head.append(render_table(report) + "\n\n")
        if report.get("fits", {}).get("fits"):  # fits region
            head.append(fits_mod.render_table(report["fits"]) + "\n\n")
    failures = render_failures(report)
    if failures:
        head.append(failures + "\n\n")
    tex_failures = render_tex_failures(report)
    if tex_failures:
        head.append(tex_failures + "\n\n")
    summary, wall = render_summary(report), time_part(report)
    head.append(summary[:len(summary) - len(wall)])
    tail = ["\n"]
    if "fits" in report:  # fits region
        tail.append(fits_mod.render_summary(report["fits"]) + "\n")
    if load_errors:
        tail.append(f"{len(load_errors)} module{'s' if len(load_errors) > 1 else ''} could not be imported: "
                    + "; ".join(str(e) for e in load_errors) + "\n")
    # kernel (issue 16): a confirmation on a narrowed sample range is reported and does not pass by default
    narrowed = narrowed_ids(report)
    if narrowed and not args.allow_sample_range:
        tail.append(f"{len(narrowed)} verdict{'s' if len(narrowed) > 1 else ''} rest on a declared sample range "
                    f"({', '.join(narrowed)}): exit 1 (--allow-sample-range lets them pass)\n")
    return "".join(head), "".join(tail)


def exit_status(report: dict[str, Any], args: argparse.Namespace, load_errors: Sequence[Any] = ()) -> int:
    """0 when everything checked passed (see the README's exit status table), else 1."""
    s = report["summary"]
    bad = s["failed"] + s["claims_failed"] + (0 if args.allow_inconclusive else s["inconclusive"])
    bad += s.get("fits_refused", 0)  # fits region: a refused fit fails the run
    bad += 0 if args.allow_inconclusive else s.get("claims_inconclusive", 0)  # errata (issue 17): undecided claims
    if not args.allow_sample_range:
        bad += len(narrowed_ids(report))
    return 1 if bad or load_errors else 0

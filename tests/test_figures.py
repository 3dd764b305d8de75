"""Figures (issue 12): the data behind each figure, the files, determinism, the guards.

The data are checked, not the pixels: slopes, minima, crossings, goodness of fit, the
erratum differences. One end-to-end run on a subset of the figures checks the files and
that a rerun is byte-identical.
"""

from __future__ import annotations

import hashlib
import math
import sys
from fractions import Fraction

import numpy as np
import pytest

import derivations
from derivations import pedestal
from verify import figures
from verify.figures import fits as fig_fits
from verify.figures import pedestal as fig_pedestal
from verify.figures import rou as fig_rou
from verify.figures import sk as fig_sk
from verify.figures import tanh as fig_tanh
from verify.figures import wall as fig_wall


def _crossing_from_curve(x: np.ndarray, y: np.ndarray, level: float) -> float:
    """Where a monotone sampled curve passes ``level`` (log-linear interpolation)."""
    k = int(np.flatnonzero(np.diff(np.sign(y - level)))[0])
    t = (level - y[k]) / (y[k + 1] - y[k])
    return float(10 ** (np.log10(x[k]) + t * (np.log10(x[k + 1]) - np.log10(x[k]))))


# -- S Fig. 1 ---------------------------------------------------------------------------------

def test_s_fig1_normalization_erratum_is_visible_in_the_data():
    d = fig_pedestal.data_s_fig1()
    claim = next(c for c in pedestal.running_exponent.claims if c.id == "pedestal.fig1_normalization")
    assert d["printed"] == float(claim.printed) == 1.0
    # S's normalization gives α_C = 1/3 at x = 1 for every p, not the printed 1 ...
    assert np.allclose(d["at_one"], 1 / 3, rtol=0, atol=1e-13)
    assert np.allclose(d["printed"] - d["at_one"], 2 / 3, rtol=0, atol=1e-13)
    # ... and the plotted normalized curves end there (x = 1 is the last point).
    assert d["x"][-1] == 1.0
    assert np.allclose(d["divided"][:, -1], d["alpha_c"], atol=1e-13)
    assert np.allclose(d["raw"][:, -1], (1 - d["p"]) * d["alpha_c"], atol=1e-13)


def test_s_fig1_curves_fall_with_N_and_cross_the_band_where_the_closed_form_says():
    d = fig_pedestal.data_s_fig1()
    assert np.all(np.diff(d["raw"], axis=1) > 0)            # increasing in x = 1/N
    assert np.all(np.diff(d["raw"], axis=0) < 0)            # decreasing in p
    assert np.all(d["raw"][:, 0] < 0.05)                    # inside the A band's floor by N = 10^12
    step = 10 ** (1 / 10)                                   # the grid has ten points a decade
    for i, p in enumerate(pedestal.FIG1_P):
        with_curve = 1 / _crossing_from_curve(d["x"], d["raw"][i], 0.1)
        exact = float(pedestal.crossing_size(p, 1 - Fraction(p), "1/3", "0.1"))
        assert exact / step < with_curve < exact * step


# -- S Fig. 2 ---------------------------------------------------------------------------------

def test_s_fig2_boundary_slope_and_S_example():
    d = fig_pedestal.data_s_fig2()
    assert d["N_crit"][-1] == pytest.approx(1, abs=1e-13)   # p = 1/2: the two terms balance at N = 1
    assert np.all(np.diff(d["N_crit"]) < 0)
    slope = np.polyfit(np.log(d["p"][:10]), np.log(d["N_crit"][:10]), 1)[0]
    assert slope == pytest.approx(-1 / d["alpha_c"], abs=0.01)   # N_crit ∼ p^{-3} for small p
    assert d["p_mark"] == pytest.approx(1 / 101, rel=1e-14)
    on_curve = float(derivations.get("pedestal.N_crit").evaluate(dps=20, p=d["p_mark"], alpha_c="1/3"))
    assert on_curve == pytest.approx(d["N_mark"], rel=1e-10)


# -- W Fig. 1 ---------------------------------------------------------------------------------

def test_w_fig1_slopes_and_the_cost_of_a_tenfold_reduction():
    d = fig_wall.data_w_fig1()
    kinds = [m["kind"] for m in d["methods"]]
    assert kinds.count("grid") == 2 and kinds.count("mc") == 1 and kinds.count("llm") == 3
    for m in d["methods"]:
        assert np.polyfit(np.log(d["R"]), np.log(m["E"]), 1)[0] == pytest.approx(-m["s"], abs=1e-12)
        assert m["R10"] ** -m["s"] == pytest.approx(1 / d["F"], rel=1e-10)   # the marker is on the line
    s = {m["kind"] + str(i): m["s"] for i, m in enumerate(d["methods"])}
    assert s["mc2"] == pytest.approx(0.5, abs=1e-12)
    assert (s["grid0"], s["grid1"]) == (pytest.approx(2 / 2), pytest.approx(2 / 5))   # a/(d+1), a/(d+2)
    llm = sorted(m["R10"] for m in d["methods"] if m["kind"] == "llm")
    assert llm[0] == pytest.approx(1e10, rel=1e-12) and llm[-1] == pytest.approx(1e20, rel=1e-12)


# -- W Fig. 2 ---------------------------------------------------------------------------------

def test_w_fig2_measured_wall_matches_the_closed_forms():
    d = fig_wall.data_w_fig2()
    assert [f["label"] for f in d["formats"]] == ["single", "double"]
    for f in d["formats"]:
        assert f["slope_trunc"] == pytest.approx(2, abs=0.2)
        assert f["slope_round"] == pytest.approx(-1, abs=0.2)
        assert 1 / 3 <= f["h_min"] / f["h_star"] <= 3
        # E* bounds the error (worst-case rounding); the typical measured minimum is below it.
        assert f["E_star"] / 20 < f["err_min"] <= f["E_star"]
        # The model drawn has its minimum E* at h* (to the grid's resolution).
        k = int(np.argmin(f["model"]))
        assert f["model"][k] == pytest.approx(f["E_star"], rel=1e-3)
        assert f["h"][k] == pytest.approx(f["h_star"], rel=0.02)
        # The erratum: the wall is far above machine precision.
        assert f["h_star"] > 1e4 * f["u"]


def test_w_fig2_reuses_the_package_experiment():
    from derivations import roundoff
    d = fig_wall.data_w_fig2()
    h, err = roundoff.experiment("double")
    assert np.array_equal(d["formats"][1]["h"], h) and np.array_equal(d["formats"][1]["err"], err)


# -- W Fig. 3 ---------------------------------------------------------------------------------

def _expected_counts(edges: np.ndarray, w: float, n: int) -> np.ndarray:
    """Bin probabilities of tanh(w x), x ~ N(0, 1), from the normal CDF (not the closed form)."""
    cdf = [0.5 * (1 + math.erf(math.atanh(e) / (w * math.sqrt(2)))) if abs(e) < 1 else (e > 0) * 1.0
           for e in edges]
    return n * np.diff(cdf)


def _chi2(counts: np.ndarray, expected: np.ndarray) -> float:
    keep = expected >= 5                           # guard against tiny expected counts
    return float(np.sum((counts[keep] - expected[keep]) ** 2 / expected[keep])), int(keep.sum()) - 1


def test_w_fig3_histograms_fit_the_exact_density_and_a_wrong_weight_does_not():
    d = fig_tanh.data_w_fig3()
    assert d["threshold"] == pytest.approx(1 / math.sqrt(2), rel=1e-14)
    for k, w in enumerate(d["w"]):
        chi2, dof = _chi2(d["counts"][k], _expected_counts(d["edges"], w, d["samples"]))
        assert chi2 < dof + 5 * math.sqrt(2 * dof)
        wrong, _ = _chi2(d["counts"][k], _expected_counts(d["edges"], 1.1 * w, d["samples"]))
        assert wrong > dof + 5 * math.sqrt(2 * dof)
        # The exact curve is the density: its mass on the drawn grid is the CDF's mass there.
        edge = d["y"][-1]
        mass = math.erf(math.atanh(edge) / (w * math.sqrt(2)))
        assert np.trapezoid(d["density"][k], d["y"]) == pytest.approx(mass, abs=2e-3)


def test_w_fig3_small_flat_and_bimodal():
    d = fig_tanh.data_w_fig3()
    i0 = int(np.argmin(np.abs(d["y"])))
    assert d["y"][i0] == pytest.approx(0, abs=1e-12)
    log_p = np.log(d["density"])
    curvature = log_p[:, i0 + 1] + log_p[:, i0 - 1] - 2 * log_p[:, i0]
    small, threshold, large = curvature
    assert small < 0 < large
    assert abs(threshold) < 1e-3 * abs(small)          # flat at y = 0 at the threshold
    assert int(np.argmax(d["density"][0])) == i0       # unimodal at 0 for the small weight
    assert d["density"][2][i0] < d["density"][2].max() / 2   # a minimum between two modes


# -- resilience of uncertainty ----------------------------------------------------------------

def test_rou_gaussian_and_its_stirling_forms():
    d = fig_rou.data_rou()
    assert d["A_gauss"][0] == pytest.approx(1, abs=1e-14) and d["A_gauss"][1] ** 4 == pytest.approx(3, rel=1e-13)
    assert np.all(np.diff(d["A_gauss"]) > 0)
    for p_value, idx in ((2.0, 0), (40.0, -1)):
        assert d["s"][idx] == p_value
        a_p = d["A_gauss"][list(d["p"]).index(p_value)]
        assert abs(d["stirling"][idx] / a_p - 1) <= 1 / (40 * p_value**4)
    ratio = d["A_gauss"] / np.sqrt(d["p"] / math.e)           # → 1 from above, slowly
    assert np.all(ratio > 1) and np.all(np.diff(ratio) < 0) and ratio[-1] < 1.01


def test_rou_truncated_cauchy_approaches_its_asymptote():
    d = fig_rou.data_rou()
    for k, p in enumerate(d["cauchy_orders"]):
        rel = np.abs(d["A_cauchy"][k] / d["A_asym"][k] - 1)
        assert rel[-1] < 1e-6 and np.all(np.diff(rel[-10:]) < 0)
        slope = np.polyfit(np.log(d["Lambda"][-8:]), np.log(d["A_cauchy"][k][-8:]), 1)[0]
        assert slope == pytest.approx(0.5 - 1 / p, abs=1e-3)


# -- Sharma–Kaplan exponents --------------------------------------------------------------------

def test_sk_measured_exponents_match_2_over_d_4_over_d_and_2h_over_d_not_4h_over_d():
    from derivations._measure import SLOPE_TOLERANCE
    d = fig_sk.data_sk()
    assert d["h"] == pytest.approx(1 / 3, abs=1e-15)
    expected = {"constant": 2 / d["d"], "linear": 4 / d["d"], "rough": 2 * d["h"] / d["d"]}
    for s in d["schemes"]:
        assert np.allclose(s["expected"], expected[s["scheme"]], rtol=1e-13)
        assert np.all(np.abs(s["slope"] - s["expected"]) <= SLOPE_TOLERANCE * s["expected"])
    rough = next(s for s in d["schemes"] if s["scheme"] == "rough")
    assert np.allclose(d["s_form_at"], 2 * rough["expected"], rtol=1e-13)
    assert np.all(np.abs(rough["slope"] - d["s_form_at"]) > 0.4 * d["s_form_at"])   # S's 4h/d is refuted


# -- effective exponent of published fits -------------------------------------------------------

def test_fits_effective_exponent_and_crossings():
    d = fig_fits.data_fits()
    names = [f["name"] for f in d["fits"]]
    assert names[0] == "Chinchilla"
    chin = d["fits"][0]
    assert {k: str(float(v)) for k, v in chin["params"].items()} == \
        {k: str(float(Fraction(v))) for k, v in pedestal.CHINCHILLA.items()}
    for f in d["fits"]:
        assert np.all(np.diff(f["alpha_eff"]) < 0)
        assert set(f["crossings"]) == {0.05, 0.1}
        assert f["crossings"][0.1] < f["crossings"][0.05]
        for level, n in f["crossings"].items():
            at = float(derivations.get("pedestal.effective_exponent").evaluate(dps=20, N=n, **f["params"]))
            assert at == pytest.approx(level, rel=1e-12)
            assert _crossing_from_curve(d["N"], f["alpha_eff"], level) == pytest.approx(n, rel=0.13)


def test_fits_fall_back_to_chinchilla_without_a_fits_file(monkeypatch):
    import verify.fits
    monkeypatch.setattr(verify.fits, "load_file", lambda path: ([], ["no such file"]))
    assert fig_fits.two_term_fits() == [("Chinchilla", {k: Fraction(v) for k, v in pedestal.CHINCHILLA.items()})]


# -- files, determinism, guards, CLI, LaTeX ------------------------------------------------------

SUBSET = ["s_fig2_N_crit", "w_fig3_tanh_densities"]


def _hashes(directory) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_end_to_end_files_and_byte_identical_rerun(tmp_path):
    pytest.importorskip("matplotlib")
    first, second = tmp_path / "a", tmp_path / "b"
    written = figures.write_figures(first, names=SUBSET)
    expected = {f"{n}.{ext}" for n in SUBSET for ext in ("png", "pdf")} | {"captions.md", ".wallcheck"}
    assert {p.name for p in written} == expected == {p.name for p in first.iterdir()}
    figures.write_figures(second, names=SUBSET)
    assert _hashes(first) == _hashes(second)
    for name in expected - {"captions.md", ".wallcheck"}:
        blob = (first / name).read_bytes()
        assert b"matplotlib" not in blob.lower() and b"CreationDate" not in blob
    captions = (first / "captions.md").read_text()
    assert "pedestal.N_crit" in captions and "jacobian.tanh_density" in captions and "seed" in captions


def test_foreign_files_are_not_overwritten_without_force(tmp_path):
    pytest.importorskip("matplotlib")
    from verify.report import OverwriteError
    (tmp_path / "captions.md").write_text("my own notes\n")
    with pytest.raises(OverwriteError, match="captions.md"):
        figures.write_figures(tmp_path, names=SUBSET[:1])
    assert (tmp_path / "captions.md").read_text() == "my own notes\n"
    assert not (tmp_path / "s_fig2_N_crit.png").exists()       # refused before any work
    figures.write_figures(tmp_path, names=SUBSET[:1], force=True)
    before = _hashes(tmp_path)
    figures.write_figures(tmp_path, names=SUBSET[:1])          # a rerun in place: ours, so allowed
    assert _hashes(tmp_path) == before
    # A figure changed since wallcheck wrote it is the user's now.
    (tmp_path / "s_fig2_N_crit.png").write_bytes(b"edited")
    with pytest.raises(OverwriteError, match="s_fig2_N_crit.png"):
        figures.write_figures(tmp_path, names=SUBSET[:1])
    other = tmp_path / "other"
    other.mkdir()
    (other / ".wallcheck").write_text("not ours")
    with pytest.raises(OverwriteError, match=".wallcheck"):
        figures.write_figures(other, names=SUBSET[:1])


def test_latex_section_includes_the_written_pdfs(tmp_path):
    pytest.importorskip("matplotlib")
    assert figures.latex_section(tmp_path, tmp_path) == ""
    out = tmp_path / "figs"
    figures.write_figures(out, names=SUBSET[:1])
    tex = figures.latex_section(out, tmp_path / "latex")
    assert r"\section{Figures}" in tex
    assert r"\includegraphics[width=\linewidth]{../figs/s_fig2_N_crit.pdf}" in tex
    assert r"pedestal.N\_crit" in tex and r"\label{fig:s_fig2_N_crit}" in tex
    assert "w_fig3" not in tex                                 # only figures that exist


def test_unknown_figure_name_is_refused():
    with pytest.raises(ValueError, match="figure='nope'"):
        figures.select(["nope"])


def test_cli_without_matplotlib_names_the_extra_and_exits_2(monkeypatch, capsys, tmp_path):
    from verify.__main__ import main
    monkeypatch.setitem(sys.modules, "matplotlib", None)       # import matplotlib raises ImportError
    assert main(["--figures", str(tmp_path / "f")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "plots" in err[0] and "matplotlib" in err[0]
    assert not (tmp_path / "f").exists()


def test_seeded_data_recomputed_is_identical():
    again = fig_tanh.data_w_fig3.__wrapped__()
    assert np.array_equal(again["counts"], fig_tanh.data_w_fig3()["counts"])


def test_cached_data_is_read_only():
    d = fig_wall.data_w_fig1()
    with pytest.raises(ValueError):
        d["R"][0] = 5.0


def _drawn(figure):
    """The matplotlib figure of ``figure`` drawn (Agg) as :func:`verify.figures._base.save` draws it."""
    import matplotlib.style
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    from verify.figures._base import STYLE
    with matplotlib.style.context("default"), matplotlib.rc_context(STYLE):
        fig = MplFigure(figsize=figure.size, layout="constrained")
        FigureCanvasAgg(fig)
        figure.draw(figure.data(), fig)
        fig.canvas.draw()
    return fig


def test_w_fig1_cost_labels_do_not_overlap_and_every_cost_is_shown():
    """The ×10^{1/s} labels of the grid and Monte Carlo dots (within 1.5 decades) once overlapped."""
    pytest.importorskip("matplotlib")
    fig = _drawn(fig_wall.W_FIG1)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer).padded(3) for t in ax.texts]   # 3 px apart at least
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), (a, b)
    shown = " ".join([t.get_text() for t in ax.texts] + [t.get_text() for t in ax.get_legend().get_texts()])
    for m in fig_wall.data_w_fig1()["methods"]:
        assert f"\\times{fig_wall._power10(m['R10'])}" in shown, m["label"]


def test_w_fig2_slope_labels_are_legible_over_the_data():
    pytest.importorskip("matplotlib")
    ax = _drawn(fig_wall.W_FIG2).axes[0]
    labels = [t for t in ax.texts if "slope" in t.get_text()]
    assert len(labels) == 4
    assert all(t.get_bbox_patch() is not None and t.get_bbox_patch().get_facecolor()[:3] == (1, 1, 1)
               for t in labels)


def test_titles_are_prose_with_their_math_typeset():
    """S Fig. 2's title once printed N\\_crit(p) in the LaTeX captions; captions.md shows it as text."""
    from verify import prose
    for f in figures.FIGURES:
        assert r"\_" not in prose.latex(f.title) and "\\" not in prose.plain(f.title), f.title
    assert "$N_{\\mathrm{crit}}(p)$" in fig_pedestal.S_FIG2.title
    assert "## S Fig. 2: the boundary N_crit(p) between" in figures.render_captions(
        [fig_pedestal.S_FIG2], {fig_pedestal.S_FIG2.name: "c"})

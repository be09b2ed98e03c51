"""Sphinx configuration of the infogeom documentation (built in CI with ``-W``).

infogeom must be importable (installed, or ``PYTHONPATH=python`` on a developer build). At build
time this file writes ``_generated/``: one page per family (from the class docstrings and the
family objects themselves), the outputs and figures of the tutorial's examples
(``docs/examples/*.py``, each run only when the features it needs exist in this build).
"""

from __future__ import annotations

import contextlib
import io
import runpy
from pathlib import Path

import infogeom as ig

project = "infogeom"
author = "the infogeom developers"
copyright = "2025, the infogeom developers"
release = version = ig.__version__

extensions = ["sphinx.ext.autodoc", "sphinx.ext.autosummary", "sphinx.ext.napoleon",
              "sphinx.ext.mathjax"]
autosummary_generate = True
autodoc_typehints = "none"          # the numpydoc sections carry the types and shapes
autodoc_member_order = "groupwise"
napoleon_numpy_docstring = True
napoleon_google_docstring = False
napoleon_use_rtype = False
exclude_patterns = ["_build"]
html_theme = "alabaster"

HERE = Path(__file__).resolve().parent
GEN = HERE / "_generated"

FAMILIES = [
    ("Bernoulli", "ig.Bernoulli()"), ("Binomial", "ig.Binomial(10)"),
    ("Categorical", "ig.Categorical(4)"), ("Poisson", "ig.Poisson()"),
    ("Geometric", "ig.Geometric()"), ("NegativeBinomial", "ig.NegativeBinomial(3.5)"),
    ("Exponential", "ig.Exponential()"), ("Normal", "ig.Normal()"),
    ("DiagonalNormal", "ig.DiagonalNormal(3)"), ("MultivariateNormal", "ig.MultivariateNormal(3)"),
    ("Gamma", "ig.Gamma()"), ("Beta", "ig.Beta()"), ("Dirichlet", "ig.Dirichlet(3)"),
    ("InverseGaussian", "ig.InverseGaussian()"), ("LogNormal", "ig.LogNormal()"),
    ("Rayleigh", "ig.Rayleigh()"), ("VonMises", "ig.VonMises()"), ("Wishart", "ig.Wishart(2)"),
]


# ---------------------------------------------------------------------- closed form or numerical
# What each family page says about the operations its class docstring does not cover: the
# divergences and the Fisher–Rao geometry. Whether the Fisher–Rao geometry is closed form is read
# from the family (``closed_form_geodesic``, i.e. whether the C++ family has the geodesic hooks of
# cpp/include/infogeom/geodesic.hpp); the entries below only describe the method and quote the
# tolerances the tests assert (tests/test_geodesic.py, tests/test_geodesic_numeric.py,
# tests/test_divergence.py), and _numerics_table checks that they agree with the flag.

# closed-form Fisher–Rao geometry: the model space (cpp/include/infogeom/detail/geodesic_closed.hpp);
# one-parameter families through a chart φ with d = abs(φ(q) − φ(p)) (Atkinson & Mitchell,
# "Rao's distance measure", Sankhyā A 43, 1981)
def _chart(phi: str) -> str:
    return (f"the chart ``{phi}``, an isometry onto an interval: ``d = abs(φ(q) − φ(p))``, the "
            f"geodesic linear in φ")


GEODESIC_CLOSED = {
    "Bernoulli": _chart("φ = 2 asin √p"),
    "Binomial": _chart("φ = 2√n asin √p"),
    "Categorical": "the sphere through √p: ``d = 2 acos Σ √(p_i q_i)``",
    "Poisson": _chart("φ = 2√λ"),
    "Geometric": _chart("φ = 2 atanh √(1 − p)"),
    "NegativeBinomial": _chart("φ = 2√r atanh √(1 − p)"),
    "Exponential": _chart("φ = log λ"),
    "Rayleigh": _chart("φ = log(−θ) = −log(2σ²)"),
    "Normal": "the hyperbolic half-plane in ``(μ/√2, σ)``: ``d = √2 d_H`` (Costa, Santos & "
              "Strapasson, Discrete Appl. Math. 197, 2015)",
    "LogNormal": "the Normal half-plane, in the (μ, σ) of log x",
    "DiagonalNormal": "a product of d Normal half-planes: ``d = √(Σ d_i²)``",
}
# measured maximum relative error of the distance against the mpmath references (the module
# docstring of tests/test_geodesic.py)
GEODESIC_CLOSED_MEASURED = {
    "Bernoulli": "9.8e-16", "Binomial": "6.7e-16", "Categorical": "2.2e-16", "DiagonalNormal": "1.9e-16",
    "Exponential": "1.5e-16", "Geometric": "9.2e-16", "LogNormal": "6.5e-16", "NegativeBinomial": "3.7e-16",
    "Normal": "4.6e-16", "Poisson": "1.9e-16", "Rayleigh": "2.1e-16",
}
# numerical Fisher–Rao geometry: how the solver is checked for this family (tests/test_geodesic_numeric.py)
_CONSISTENCY = ("symmetry ``d(q, p) = d(p, q)`` to 1e-9, ``‖log_p(q)‖_G = d`` to 1e-9, "
                "``exp_p(log_p q)`` within 1e-8·d of q (Fisher norm, d < 4), the midpoint at d/2 to "
                "1e-8, parallel transport keeping the Fisher norm to 1e-8 and carrying ``log_p(q)`` "
                "to ``−log_q(p)`` to 1e-7 relative")
GEODESIC_NUMERIC = {
    "Gamma": "the log map against an independent integration of the geodesic equation (scipy "
             "DOP853 at rtol 1e-13 in (k, β)): endpoint within 1e-9·d of q, d equal to the Fisher "
             "length of the initial velocity to 1e-10; invariance under rescaling x ↦ cx to 1e-9; "
             + _CONSISTENCY,
    "Beta": "the symmetric line Beta(a, a) – Beta(b, b) (totally geodesic) against its arc length "
            "by 30-digit mpmath quadrature, to 1e-9 relative; " + _CONSISTENCY,
    "Dirichlet": "the symmetric line Dirichlet(x, …, x) – Dirichlet(y, …, y) against its arc length "
                 "by 30-digit mpmath quadrature, to 1e-9 relative; nearly identical points "
                 "(``d = ‖Δ‖_G + O(‖Δ‖²)``, 1e-7)",
    "InverseGaussian": "no independent reference: " + _CONSISTENCY,
    "VonMises": "no independent reference: " + _CONSISTENCY,
    "Wishart": "Wishart(1) against the Gamma family (the same θ and T(x)) to 1e-9; Wishart(2): "
               "symmetry to 1e-9 and the midpoint at d/2 to 1e-8",
    "MultivariateNormal": "the closed-form sub-cases (equal covariances: ``2√2 asinh(Δ/(2√2))``; "
                          "equal means: ``√(½ Σ log² λ_i(Σ₁⁻¹Σ₂))``) against mpmath/scipy to 1e-12, "
                          "nearly equal pairs included, and the solver against them to 1e-9; "
                          "MultivariateNormal(1) against the Normal closed form to 1e-9; invariance "
                          "under x ↦ Mx + b to 1e-8; symmetry to 1e-9, ``‖log_p(q)‖_G = d`` to "
                          "1e-10, ``exp_p(log_p q)`` within 1e-8·d of q, the midpoint at d/2 to "
                          "1e-8, parallel transport keeping the norm to 1e-8 and carrying "
                          "``log_p(q)`` to ``−log_q(p)`` to 1e-6 relative",
}
# how jensen_shannon is evaluated (cpp/include/infogeom/detail/jensen_shannon.hpp) and the
# accuracy tests/test_divergence.py asserts against 50-digit mpmath references
_JS_FINITE = "closed form: the finite sum over the support; ≤ 1e-12 relative"
_JS_SERIES = ("numerical: the series summed outwards from the modes until a rigorous tail bound is "
              "below 2⁻⁵⁴ of the sum{}; ≤ 1e-12 relative")
_JS_SLOW_TAIL = " (a slowly decaying tail, small p: an Euler–Maclaurin estimate)"
_JS_QUAD = ("numerical: adaptive Gauss–Kronrod quadrature (error estimate ≤ 1e-12 of the total, "
            "else ValueError)")
JENSEN_SHANNON = {
    "Bernoulli": _JS_FINITE, "Categorical": _JS_FINITE, "Binomial": _JS_SERIES.format(""),
    "Poisson": _JS_SERIES.format(""), "Geometric": _JS_SERIES.format(_JS_SLOW_TAIL),
    "NegativeBinomial": _JS_SERIES.format(_JS_SLOW_TAIL),
    **{n: _JS_QUAD + "; ≤ 1e-11 relative" for n in ("Normal", "Exponential", "Gamma", "Beta",
                                                   "InverseGaussian", "VonMises")},
    **{n: _JS_QUAD + " (not compared with a reference in the tests)" for n in ("LogNormal", "Rayleigh")},
    **{n: "not available (ValueError): the mixture's integral is multivariate" for n in
       ("DiagonalNormal", "MultivariateNormal", "Wishart", "Dirichlet")},
}


def _numerics_table(name: str, fam: ig.ExponentialFamily) -> list[str]:
    """The rst of the "closed form or numerical" table of a family page."""
    closed = bool(fam.closed_form_geodesic)
    if closed != (name in GEODESIC_CLOSED) or closed == (name in GEODESIC_NUMERIC):
        raise RuntimeError(f"docs/conf.py: the geodesic entry of {name} disagrees with "
                           f"{name}.closed_form_geodesic = {closed}")
    if closed:
        geo = ("Closed form: " + GEODESIC_CLOSED[name] + ". Distances within 4e-15 relative of "
               "50-digit mpmath references, nearly identical pairs included (measured "
               f"{GEODESIC_CLOSED_MEASURED[name]}); ``exp_p(log_p q)`` within 1e-12·d of q, "
               "``d(p, γ(t)) = t·d`` to 1e-12, parallel transport preserving Fisher inner "
               "products to 1e-12 (tests/test_geodesic.py). ``return_info`` reports 0 iterations.")
    else:
        if name == "MultivariateNormal":
            how = ("the closed-form exponential map of Eriksen (1987) (no ODE), Newton on the initial "
                   "velocity (relative residual 1e-12 in the Fisher norm at q); ``fisher_rao`` is the "
                   "Fisher norm of ``log_p(q)`` except for pairs with equal covariances or equal "
                   "means, whose distance is taken in closed form (Pinele, Strapasson & Costa, "
                   "Entropy 22, 2020; 0 iterations); ``geodesic`` the points ``exp_p(t·log_p q)``, "
                   "``parallel_transport`` integrates the transport equation (Gragg–Bulirsch–Stoer)")
        else:
            how = ("the geodesic equation integrated by Gragg–Bulirsch–Stoer extrapolation (order 14, "
                   "step-size control, local error 1e-13 relative to the speed in the Fisher norm), "
                   "Newton on the initial velocity (relative residual 1e-12 in the Fisher norm at q, "
                   "continuation along the e-geodesic for far points); ``fisher_rao`` is the arc length "
                   "of the final trajectory, ``geodesic`` its points, ``parallel_transport`` integrates "
                   "the transport equation along it")
        geo = ("Numerical: shooting with " + how + ". ``return_info=True`` gives iterations, "
               "residual and converged (also True for a stalled Newton below 1e-9), and rows where "
               "the solver failed are then NaN instead of raising ValueError. "
               "Tested (tests/test_geodesic_numeric.py): " + GEODESIC_NUMERIC[name] + ".")
    rows = [
        ("``log_partition``, ``to_mean``, ``to_natural``, ``conjugate``, ``entropy``, ``fisher``",
         "As the class description below states (“closed form” there refers to these)."),
        ("``kl``, ``bregman``, ``jeffreys``, ``renyi``, ``chernoff``, ``bhattacharyya``, ``hellinger``",
         "Closed form in F (the family's stable form where it has one); where the direct form "
         "would cancel (nearly identical p and q), adaptive Gauss–Kronrod quadrature of the Fisher "
         "curvature along [θp, θq], in which nothing cancels. ≤ 1e-12 relative "
         "against 90-digit mpmath, nearly identical pairs included (or 10 times the conditioning of "
         "the value, for ill-conditioned parameters)."),
        ("``chernoff_information``",
         "Numerical: α* by safeguarded Newton on KL(p_α‖p) = KL(p_α‖q) to a step of 4ε. Tested: "
         "the two KLs agree to 1e-9 relative at α*, which is a maximum of ``chernoff``."),
        ("``jensen_shannon``", JENSEN_SHANNON[name][0].upper() + JENSEN_SHANNON[name][1:] + "."),
        ("``fisher_rao``, ``log_map``, ``exp_map``, ``geodesic(kind='fisher')``, "
         "``parallel_transport``", geo),
        ("``geodesic(kind='e')``, ``geodesic(kind='m')``",
         "Closed form: θ linear in t (e); η linear in t then ``to_natural`` (m)."),
    ]
    out = ["Closed form or numerical", "------------------------", "",
           ".. list-table::", "   :header-rows: 1", "   :widths: 30 70", "",
           "   * - Operation", "     - Method and accuracy asserted by the tests"]
    for op, text in rows:
        out += [f"   * - {op}", f"     - {text}"]
    return out + [""]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def _family_page(name: str, ctor: str) -> str:
    cls = getattr(ig, name)
    title = f"{name}"
    lines = [title, "=" * len(title), "", f".. currentmodule:: infogeom", ""]
    try:
        fam = eval(ctor, {"ig": ig})
    except AttributeError:  # a developer build without this family compiled in
        fam = None
    if fam is not None:
        src = ", ".join(f"``{k}`` {'scalar' if not s else 'shape ' + str(s)}"
                        for k, s in fam.source_params.items())
        ev = "scalar" if fam.event_shape == () else f"shape {fam.event_shape}"
        divs = ", ".join(f"``{d}``" for d in fam._core.pairwise_divergences)
        lines += [
            ".. list-table::", "   :stub-columns: 1", "",
            "   * - Example", f"     - ``{ctor}``",
            "   * - Dimension D", f"     - {fam.dim}",
            "   * - Source parameters", f"     - {src}",
            "   * - Observation", f"     - {ev}",
            "   * - Pairwise divergences", f"     - {divs}",
            "",
        ]
        lines += _numerics_table(name, fam)
    lines += ["Class description", "-----------------", "",
              "Layout, closed forms, numerical solves and their measured accuracy, as documented on "
              "the class:", "",
              f".. autoclass:: {cls.__name__}", "   :no-members:", ""]
    return "\n".join(lines)


def _run_example(script: str, needs: bool) -> str:
    """Runs docs/examples/<script> when its features exist; returns an rst snippet with its output."""
    if not needs:
        return (".. note::\n\n   This example needs a feature that is not in this build yet; its "
                "output appears here once it is.\n")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        runpy.run_path(str(HERE / "examples" / script), init_globals={"OUTDIR": str(GEN)},
                       run_name="__main__")
    out = buf.getvalue().rstrip()
    snippet = "Output:\n\n.. code-block:: text\n\n" + "".join(f"   {l}\n" for l in out.splitlines())
    fig = GEN / (Path(script).stem + ".png")
    if fig.exists():
        snippet += f"\n.. image:: /_generated/{fig.name}\n   :width: 80%\n"
    return snippet


def _generate() -> None:
    GEN.mkdir(exist_ok=True)
    toc = ["Families", "========", "",
           "One page per family, generated from the family objects, a table of methods in "
           "docs/conf.py and the class docstrings: the parameter layout, which operations are "
           "closed form and which are numerical, and how accurate the tests show them to be.", "",
           ".. toctree::", "   :maxdepth: 1", ""]
    for name, ctor in FAMILIES:
        _write(GEN / "families" / f"{name}.rst", _family_page(name, ctor))
        toc.append(f"   families/{name}")
    _write(GEN / "families.rst", "\n".join(toc) + "\n")
    have_kmeans = hasattr(getattr(ig, "cluster", None), "BregmanKMeans")
    have_geodesic = hasattr(ig.ExponentialFamily, "geodesic")
    import matplotlib
    matplotlib.use("Agg")
    for script, needs in (("kl_matrix.py", True), ("kmeans_kl.py", have_kmeans),
                          ("geodesic_halfplane.py", have_geodesic)):
        _write(GEN / (Path(script).stem + "_output.inc"), _run_example(script, needs))


_generate()

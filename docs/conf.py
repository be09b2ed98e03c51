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
    lines += ["Layout, closed forms, numerical solves and their measured accuracy, as documented on "
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
           "One page per family, generated from the class docstrings (the parameter layout, which "
           "operations are closed form and which are numerical, and how accurate they are).", "",
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

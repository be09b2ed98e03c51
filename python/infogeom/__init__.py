"""infogeom: information geometry of exponential families, in batch and at hardware speed.

Every family p(x; θ) = h(x) exp(θ·T(x) − F(θ)) is a dually flat manifold; a family object computes
its log-partition F, the Legendre maps θ ↔ η, the conjugate F*, the Fisher metric, entropies,
densities, maximum-likelihood fits and samples, for any batch of parameters.

>>> import infogeom as ig
>>> fam = ig.Gamma()
>>> theta = fam.natural(shape=[0.5, 2.0], rate=1.0)
>>> bool(abs(fam.to_natural(fam.to_mean(theta)) - theta).max() < 1e-12)
True
"""

from __future__ import annotations

from pathlib import Path as _Path
from types import ModuleType as _ModuleType

from . import _core
from ._families import (
    Bernoulli, Beta, Binomial, Categorical, DiagonalNormal, Dirichlet, Exponential, Gamma,
    Geometric, InverseGaussian, LogNormal, MultivariateNormal, NegativeBinomial, Normal, Poisson,
    Rayleigh, VonMises, Wishart,
)
from ._cuda import has_cuda
from ._family import ExponentialFamily
from ._scipy import from_scipy
from ._geodesic import GeodesicInfo
from . import bregman
from . import manifolds

__version__ = "0.1.0"

__all__ = [
    "ExponentialFamily", "Bernoulli", "Binomial", "Categorical", "Poisson", "Geometric",
    "NegativeBinomial", "Exponential", "Normal", "DiagonalNormal", "MultivariateNormal", "Gamma",
    "Beta", "Dirichlet", "InverseGaussian", "LogNormal", "Rayleigh", "VonMises", "Wishart",
    "set_num_threads", "get_num_threads", "get_include", "get_cmake_dir", "bregman", "from_scipy",
    "manifolds", "cluster", "has_cuda", "GeodesicInfo",
]


def __getattr__(name: str) -> _ModuleType:  # lazy: ``ig.cluster`` imports scikit-learn only when used
    if name == "cluster":
        import importlib
        return importlib.import_module(".cluster", __name__)
    raise AttributeError(f"module 'infogeom' has no attribute {name!r}")


def set_num_threads(n: int) -> None:
    """Set the number of threads of the batch loops (default: all cores, or the environment
    variable ``INFOGEOM_NUM_THREADS``).

    >>> import infogeom as ig
    >>> n = ig.get_num_threads()
    >>> ig.set_num_threads(1); ig.get_num_threads()
    1
    >>> ig.set_num_threads(n)
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"set_num_threads: n must be a positive integer, got {n!r}")
    _core.set_num_threads(n)


def get_num_threads() -> int:
    """Number of threads the batch loops use."""
    return int(_core.get_num_threads())


def get_include() -> str:
    """Directory holding the C++ headers (``#include <infogeom/infogeom.hpp>``)."""
    here = _Path(__file__).resolve().parent
    installed = here / "include"
    if (installed / "infogeom").is_dir():
        return str(installed)
    source_tree = here.parent.parent / "cpp" / "include"
    return str(source_tree)


def get_cmake_dir() -> str:
    """Directory holding ``infogeomConfig.cmake`` (pass it as ``infogeom_DIR``)."""
    return str(_Path(__file__).resolve().parent / "share" / "cmake" / "infogeom")

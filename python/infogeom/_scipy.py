"""scipy.stats interoperability: frozen distributions ↔ (family, θ).

``from_scipy(frozen)`` maps a frozen scipy.stats distribution to ``(family, theta)``;
``ExponentialFamily.to_scipy(theta)`` goes back. The parametrisations differ, and are mapped as
follows (scipy name and arguments → infogeom family and source parameters):

==============================================  =============================================
scipy.stats                                     infogeom
==============================================  =============================================
``norm(loc, scale)``                            ``Normal``: mean = loc, std = scale
``lognorm(s, scale)``                           ``LogNormal``: mu = log(scale), sigma = s
``expon(scale)``                                ``Exponential``: rate = 1/scale
``gamma(a, scale)``                             ``Gamma``: shape = a, rate = 1/scale
``beta(a, b)``                                  ``Beta``: a, b
``dirichlet(alpha)``                            ``Dirichlet(k)``: alpha
``multivariate_normal(mean, cov)``              ``MultivariateNormal(d)``: mean, cov
``poisson(mu)``                                 ``Poisson``: rate = mu
``binom(n, p)``                                 ``Binomial(n)``: p
``bernoulli(p)``                                ``Bernoulli``: p
``geom(p, loc=-1)``                             ``Geometric``: p (scipy counts trials from 1;
                                                infogeom counts failures from 0, hence loc=−1)
``nbinom(n, p)``                                ``NegativeBinomial(r=n)``: p
``vonmises(kappa, loc)``                        ``VonMises``: mu = loc (principal value), kappa
``invgauss(mu, scale)``                         ``InverseGaussian``: mean = mu·scale,
                                                shape = scale
``rayleigh(scale)``                             ``Rayleigh``: scale
``wishart(df, scale)``                          ``Wishart(d)``: df, scale
``multinomial(1, p)``                           ``Categorical(k)``: probs = p
==============================================  =============================================

Families without a location parameter need ``loc == 0`` (``loc == -1`` for ``geom``) and, where
there is no scale, ``scale == 1``; anything else raises ``ValueError``. ``DiagonalNormal`` goes to
``multivariate_normal`` with a diagonal covariance (which comes back as ``MultivariateNormal``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

if TYPE_CHECKING:
    from ._family import ExponentialFamily

__all__ = ["from_scipy", "to_scipy"]

_MULTIVARIATE = ("Categorical", "Dirichlet", "MultivariateNormal", "DiagonalNormal", "Wishart")


def _all_equal(x: Any, value: float) -> bool:
    return bool(np.all(np.asarray(x, dtype=np.float64) == value))


def _require(name: str, what: str, x: Any, value: float) -> None:
    if not _all_equal(x, value):
        raise ValueError(f"from_scipy: scipy.stats.{name} with {what} = {x!r} has no infogeom "
                         f"family (the family needs {what} = {value:g})")


def from_scipy(dist: Any) -> tuple[ExponentialFamily, Any]:
    """The infogeom family and natural parameters θ of a frozen scipy.stats distribution.

    Parameters
    ----------
    dist : frozen scipy.stats distribution
        One of ``norm, lognorm, expon, gamma, beta, dirichlet, multivariate_normal, poisson, binom,
        bernoulli, geom, nbinom, vonmises, invgauss, rayleigh, wishart`` or ``multinomial(1, p)``
        (a categorical distribution). Univariate distributions with array parameters give a batch
        of θ (the parameters broadcast).

    Returns
    -------
    family : ExponentialFamily
    theta : ndarray, shape (..., D)

    Raises
    ------
    ValueError
        For an unsupported distribution, or a ``loc``/``scale`` the family cannot represent
        (``loc`` must be 0 where the family has no location parameter; ``geom`` needs ``loc=-1``
        since infogeom's Geometric counts failures from 0).

    Examples
    --------
    >>> import scipy.stats as st, infogeom as ig
    >>> fam, theta = ig.from_scipy(st.gamma(2.5, scale=0.5))
    >>> fam, fam.source(theta)
    (Gamma(), {'shape': np.float64(2.5), 'rate': np.float64(2.0)})
    """
    from . import _families as F

    cls = type(dist).__name__
    if cls == "multivariate_normal_frozen":
        mean = np.asarray(dist.mean, dtype=np.float64)
        fam: ExponentialFamily = F.MultivariateNormal(int(mean.shape[-1]))
        return fam, fam.natural(mean=mean, cov=np.asarray(dist.cov, dtype=np.float64))
    if cls == "dirichlet_frozen":
        alpha = np.asarray(dist.alpha, dtype=np.float64)
        fam = F.Dirichlet(int(alpha.shape[-1]))
        return fam, fam.natural(alpha=alpha)
    if cls == "wishart_frozen":
        wscale = np.atleast_2d(np.asarray(dist.scale, dtype=np.float64))
        fam = F.Wishart(int(dist.dim))
        return fam, fam.natural(df=float(dist.df), scale=wscale)
    if cls == "multinomial_frozen":
        if not _all_equal(dist.n, 1):
            raise ValueError(f"from_scipy: scipy.stats.multinomial with n = {dist.n!r} has no infogeom "
                             f"family (multinomial(1, p) is the Categorical distribution)")
        p = np.asarray(dist.p, dtype=np.float64)
        fam = F.Categorical(int(p.shape[-1]))
        return fam, fam.natural(probs=p)
    sub = getattr(dist, "dist", None)
    name = getattr(sub, "name", None)
    if cls not in ("rv_continuous_frozen", "rv_discrete_frozen", "rv_frozen") or sub is None or name is None:
        raise ValueError(f"from_scipy: unsupported distribution {dist!r}")
    parsed = sub._parse_args(*dist.args, **dist.kwds)
    shapes, loc = parsed[0], parsed[1]
    scale = parsed[2] if len(parsed) > 2 else 1.0
    if name == "norm":
        fam = F.Normal()
        return fam, fam.natural(mean=loc, std=scale)
    if name == "vonmises":
        _require(name, "scale", scale, 1.0)
        mu = np.asarray(loc, dtype=np.float64)
        mu = np.where(np.abs(mu) <= math.pi, mu, np.mod(mu + math.pi, 2 * math.pi) - math.pi)
        fam = F.VonMises()
        return fam, fam.natural(mu=mu, kappa=shapes[0])
    if name == "geom":
        _require(name, "loc", loc, -1.0)
        fam = F.Geometric()
        return fam, fam.natural(p=shapes[0])
    _require(name, "loc", loc, 0.0)
    if name == "lognorm":
        fam = F.LogNormal()
        return fam, fam.natural(mu=np.log(scale), sigma=shapes[0])
    if name == "expon":
        fam = F.Exponential()
        return fam, fam.natural(rate=1.0 / np.asarray(scale, dtype=np.float64))
    if name == "gamma":
        fam = F.Gamma()
        return fam, fam.natural(shape=shapes[0], rate=1.0 / np.asarray(scale, dtype=np.float64))
    if name == "invgauss":
        s = np.asarray(scale, dtype=np.float64)
        fam = F.InverseGaussian()
        return fam, fam.natural(mean=np.asarray(shapes[0], dtype=np.float64) * s, shape=s)
    if name == "rayleigh":
        fam = F.Rayleigh()
        return fam, fam.natural(scale=scale)
    _require(name, "scale", scale, 1.0)
    if name == "beta":
        fam = F.Beta()
        return fam, fam.natural(a=shapes[0], b=shapes[1])
    if name == "poisson":
        fam = F.Poisson()
        return fam, fam.natural(rate=shapes[0])
    if name == "bernoulli":
        fam = F.Bernoulli()
        return fam, fam.natural(p=shapes[0])
    if name == "binom":
        n = np.asarray(shapes[0])
        if n.ndim != 0 or float(n) != int(n):
            raise ValueError(f"from_scipy: scipy.stats.binom needs one integer n (a fixed "
                             f"Binomial(n) family), got n = {shapes[0]!r}")
        fam = F.Binomial(int(n))
        return fam, fam.natural(p=shapes[1])
    if name == "nbinom":
        r = np.asarray(shapes[0])
        if r.ndim != 0:
            raise ValueError(f"from_scipy: scipy.stats.nbinom needs one n (a fixed "
                             f"NegativeBinomial(r) family), got n = {shapes[0]!r}")
        fam = F.NegativeBinomial(float(r))
        return fam, fam.natural(p=shapes[1])
    raise ValueError(f"from_scipy: scipy.stats.{name} is not an infogeom family (supported: norm, "
                     f"lognorm, expon, gamma, beta, dirichlet, multivariate_normal, poisson, binom, "
                     f"bernoulli, geom, nbinom, vonmises, invgauss, rayleigh, wishart, "
                     f"multinomial(1, p))")


def to_scipy(fam: ExponentialFamily, theta: ArrayLike) -> Any:
    """The frozen scipy.stats distribution of θ (see :meth:`ExponentialFamily.to_scipy`)."""
    import scipy.stats as st

    name = type(fam).__name__
    arr = np.asarray(theta)
    if name in _MULTIVARIATE and arr.ndim != 1:
        raise ValueError(f"{fam.name}.to_scipy: scipy's multivariate distributions take one "
                         f"parameter set: theta must have shape ({fam.dim},), got shape {arr.shape} "
                         f"(convert a batch one row at a time)")
    src = {k: np.asarray(v, dtype=np.float64) for k, v in fam.source(arr).items()}
    args = dict(fam._args)
    if name == "Normal":
        return st.norm(loc=src["mean"], scale=src["std"])
    if name == "LogNormal":
        return st.lognorm(src["sigma"], scale=np.exp(src["mu"]))
    if name == "Exponential":
        return st.expon(scale=1.0 / src["rate"])
    if name == "Gamma":
        return st.gamma(src["shape"], scale=1.0 / src["rate"])
    if name == "Beta":
        return st.beta(src["a"], src["b"])
    if name == "Dirichlet":
        return st.dirichlet(src["alpha"])
    if name == "MultivariateNormal":
        return st.multivariate_normal(src["mean"], src["cov"])
    if name == "DiagonalNormal":
        return st.multivariate_normal(src["mean"], np.diag(src["std"] ** 2))
    if name == "Poisson":
        return st.poisson(src["rate"])
    if name == "Binomial":
        return st.binom(args["n"], src["p"])
    if name == "Bernoulli":
        return st.bernoulli(src["p"])
    if name == "Geometric":
        return st.geom(src["p"], loc=-1)
    if name == "NegativeBinomial":
        return st.nbinom(args["r"], src["p"])
    if name == "VonMises":
        return st.vonmises(src["kappa"], loc=src["mu"])
    if name == "InverseGaussian":
        return st.invgauss(src["mean"] / src["shape"], scale=src["shape"])
    if name == "Rayleigh":
        return st.rayleigh(scale=src["scale"])
    if name == "Wishart":
        return st.wishart(df=float(src["df"]), scale=src["scale"])
    if name == "Categorical":
        return st.multinomial(1, src["probs"])
    raise ValueError(f"{fam.name}.to_scipy: no scipy.stats equivalent")

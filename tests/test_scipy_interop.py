"""scipy.stats interoperability: ``ig.from_scipy`` and ``fam.to_scipy``.

The references are scipy's own logpdf/logpmf, entropy and mean of the frozen distribution, and
the source parameters worked out by hand from scipy's parametrisation (documented in
``infogeom/_scipy.py``)."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pytest
import scipy.stats as st

import infogeom as ig

SQ2 = np.sqrt(2.0)
WISHART_SCALE = np.array([[2.0, 0.3], [0.3, 0.5]])
MVN_COV = np.array([[1.5, 0.4, 0.1], [0.4, 1.0, -0.2], [0.1, -0.2, 0.7]])

# (scipy frozen distribution, family name, expected source parameters, support points,
#  E[X] as a function of the infogeom source parameters)
Case = tuple[Any, str, dict[str, Any], list[Any], Callable[[dict[str, Any]], Any]]
CASES: dict[str, Case] = {
    "norm": (st.norm(1.5, 0.25), "Normal", {"mean": 1.5, "std": 0.25}, [1.5, -0.3, 4.0],
             lambda s: s["mean"]),
    "lognorm": (st.lognorm(0.7, scale=np.exp(0.4)), "LogNormal", {"mu": 0.4, "sigma": 0.7},
                [0.2, 1.0, 9.0], lambda s: np.exp(s["mu"] + s["sigma"] ** 2 / 2)),
    "expon": (st.expon(scale=2.0), "Exponential", {"rate": 0.5}, [0.0, 0.1, 7.5],
              lambda s: 1 / s["rate"]),
    "gamma": (st.gamma(2.5, scale=0.5), "Gamma", {"shape": 2.5, "rate": 2.0}, [0.01, 1.0, 6.0],
              lambda s: s["shape"] / s["rate"]),
    "beta": (st.beta(0.5, 3.0), "Beta", {"a": 0.5, "b": 3.0}, [0.001, 0.5, 0.99],
             lambda s: s["a"] / (s["a"] + s["b"])),
    "poisson": (st.poisson(3.5), "Poisson", {"rate": 3.5}, [0, 3, 20], lambda s: s["rate"]),
    "binom": (st.binom(12, 0.3), "Binomial", {"p": 0.3}, [0, 4, 12], lambda s: 12 * s["p"]),
    "bernoulli": (st.bernoulli(0.2), "Bernoulli", {"p": 0.2}, [0, 1], lambda s: s["p"]),
    # scipy's geom counts trials (support 1, 2, ...): loc = −1 counts failures, as infogeom does
    "geom": (st.geom(0.3, loc=-1), "Geometric", {"p": 0.3}, [0, 1, 15],
             lambda s: (1 - s["p"]) / s["p"]),
    "nbinom": (st.nbinom(4.5, 0.35), "NegativeBinomial", {"p": 0.35}, [0, 5, 40],
               lambda s: 4.5 * (1 - s["p"]) / s["p"]),
    "vonmises": (st.vonmises(2.0, loc=0.5), "VonMises", {"mu": 0.5, "kappa": 2.0}, [0.5, -1.0, 3.0],
                 lambda s: s["mu"]),
    # invgauss(μ', scale=s) has mean μ' s and shape λ = s
    "invgauss": (st.invgauss(0.4, scale=3.0), "InverseGaussian", {"mean": 1.2, "shape": 3.0},
                 [0.05, 1.0, 8.0], lambda s: s["mean"]),
    "rayleigh": (st.rayleigh(scale=1.7), "Rayleigh", {"scale": 1.7}, [0.0, 1.0, 6.0],
                 lambda s: s["scale"] * np.sqrt(np.pi / 2)),
    "dirichlet": (st.dirichlet([0.5, 2.0, 3.0]), "Dirichlet", {"alpha": [0.5, 2.0, 3.0]},
                  [[0.2, 0.3, 0.5], [0.01, 0.5, 0.49]], lambda s: s["alpha"] / s["alpha"].sum()),
    "multivariate_normal": (st.multivariate_normal([1.0, -2.0, 0.5], MVN_COV), "MultivariateNormal",
                            {"mean": [1.0, -2.0, 0.5], "cov": MVN_COV},
                            [[1.0, -2.0, 0.5], [0.0, 0.0, 3.0]], lambda s: s["mean"]),
    "wishart": (st.wishart(4.5, WISHART_SCALE), "Wishart", {"df": 4.5, "scale": WISHART_SCALE},
                [np.array([[3.0, 0.5], [0.5, 1.0]]), np.array([[10.0, -1.0], [-1.0, 0.4]])],
                lambda s: s["df"] * s["scale"]),
    "multinomial": (st.multinomial(1, [0.2, 0.5, 0.3]), "Categorical", {"probs": [0.2, 0.5, 0.3]},
                    [0, 1, 2], lambda s: s["probs"]),
}


def _x_ours(name: str, x: Any) -> Any:
    if name == "wishart":
        return np.asarray(x).reshape(-1)
    return x


def _logpdf_scipy(name: str, d: Any, x: Any) -> float:
    if name == "multinomial":
        return float(d.logpmf(np.eye(3)[x]))
    if hasattr(d, "logpmf"):
        return float(d.logpmf(x))
    return float(d.logpdf(x))


@pytest.mark.parametrize("name", sorted(CASES))
def test_from_scipy_matches_scipy(name: str) -> None:
    dist, famname, source, xs, mean_of = CASES[name]
    fam, theta = ig.from_scipy(dist)
    assert type(fam).__name__ == famname
    src = fam.source(theta)
    for k, v in source.items():
        np.testing.assert_allclose(src[k], v, rtol=1e-14, atol=1e-15)
    for x in xs:
        np.testing.assert_allclose(fam.log_prob(_x_ours(name, x), theta), _logpdf_scipy(name, dist, x),
                                   rtol=1e-12)
    np.testing.assert_allclose(fam.entropy(theta), dist.entropy(), rtol=1e-12)
    mean = dist.mean() if callable(dist.mean) else dist.mean  # an attribute of multivariate_normal
    np.testing.assert_allclose(mean_of({k: np.asarray(v) for k, v in src.items()}), mean, rtol=1e-13)


@pytest.mark.parametrize("name", sorted(CASES))
def test_round_trip(name: str) -> None:
    dist, _, _, xs, _ = CASES[name]
    fam, theta = ig.from_scipy(dist)
    back = fam.to_scipy(theta)
    fam2, theta2 = ig.from_scipy(back)
    assert fam2 == fam
    np.testing.assert_allclose(theta2, theta, rtol=1e-14, atol=1e-300)
    for x in xs:
        np.testing.assert_allclose(_logpdf_scipy(name, back, x), _logpdf_scipy(name, dist, x), rtol=1e-13)


def test_batch_parameters() -> None:
    fam, theta = ig.from_scipy(st.gamma([0.5, 2.0, 7.0], scale=[[1.0], [0.25]]))
    assert theta.shape == (2, 3, 2)
    np.testing.assert_allclose(fam.source(theta)["rate"], np.broadcast_to([[1.0], [4.0]], (2, 3)))
    back = fam.to_scipy(theta)  # one frozen distribution with array parameters
    np.testing.assert_allclose(back.mean(), st.gamma([0.5, 2.0, 7.0], scale=[[1.0], [0.25]]).mean(),
                               rtol=1e-14)
    mvn = ig.MultivariateNormal(2)
    th = mvn.natural(mean=np.zeros((3, 2)), cov=np.eye(2))
    with pytest.raises(ValueError, match=r"theta must have shape \(5,\)"):
        mvn.to_scipy(th)


def test_diagonal_normal_goes_to_multivariate_normal() -> None:
    fam = ig.DiagonalNormal(2)
    theta = fam.natural(mean=[1.0, -1.0], std=[0.5, 2.0])
    d = fam.to_scipy(theta)
    np.testing.assert_allclose(d.cov, np.diag([0.25, 4.0]))
    x = np.array([0.3, 0.1])
    np.testing.assert_allclose(fam.log_prob(x, theta), d.logpdf(x), rtol=1e-13)


@pytest.mark.parametrize("dist, match", [
    (st.gamma(2.0, loc=1.0), "loc"),
    (st.expon(loc=-0.5), "loc"),
    (st.geom(0.3), "loc"),               # trials from 1: not the failures-from-0 family
    (st.beta(2.0, 3.0, scale=2.0), "scale"),
    (st.vonmises(1.0, scale=2.0), "scale"),
    (st.poisson(2.0, loc=3), "loc"),
    (st.multinomial(5, [0.5, 0.5]), "multinomial"),
    (st.binom([3, 4], 0.5), "binom"),
    (st.t(3.0), "not an infogeom family"),
    (st.cauchy(), "not an infogeom family"),
])
def test_unsupported(dist: Any, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        ig.from_scipy(dist)


def test_not_a_distribution() -> None:
    with pytest.raises(ValueError, match="unsupported distribution"):
        ig.from_scipy(object())


def test_vonmises_location_is_wrapped() -> None:
    fam, theta = ig.from_scipy(st.vonmises(1.5, loc=0.5 + 2 * np.pi))
    np.testing.assert_allclose(fam.source(theta)["mu"], 0.5, rtol=1e-14)

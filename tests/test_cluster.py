"""Bregman k-means and exponential-family mixtures (issue 5)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.stats as st
from scipy.special import logsumexp

import infogeom as ig

sklearn = pytest.importorskip("sklearn")
from sklearn.metrics import adjusted_rand_score  # noqa: E402

from infogeom.cluster import BregmanKMeans, ExponentialFamilyMixture  # noqa: E402


def _need(*names: str) -> None:
    missing = [n for n in names if n not in ig._core.family_names]
    if missing:
        pytest.skip(f"{', '.join(missing)} not in this build")


def _poisson_data(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    rates = np.array([3.0, 30.0, 120.0])
    y = rng.integers(3, size=1500)
    return rng.poisson(rates[y])[:, None].astype(float), y


def _gamma_data(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    shape, scale = np.array([2.0, 60.0, 400.0]), np.array([1.0, 1.0, 1.0])
    y = rng.integers(3, size=1500)
    return rng.gamma(shape[y], scale[y])[:, None], y


def _normal_data(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    mu, sd = np.array([-10.0, 0.0, 12.0]), np.array([1.0, 0.5, 2.0])
    y = rng.integers(3, size=1500)
    return rng.normal(mu[y], sd[y])[:, None], y


DATA = {"poisson": ("Poisson", _poisson_data), "gamma": ("Gamma", _gamma_data),
        "normal": ("Normal", _normal_data)}


# ------------------------------------------------------------------ recovery
@pytest.mark.parametrize("name", sorted(DATA))
def test_recovers_well_separated_mixtures(name: str, rng: np.random.Generator) -> None:
    fam_name, make = DATA[name]
    _need(fam_name)
    X, y = make(rng)
    km = BregmanKMeans(fam_name, n_clusters=3, n_init=2, random_state=0).fit(X)
    assert adjusted_rand_score(y, km.labels_) >= 0.95
    assert np.array_equal(km.predict(X), km.labels_)
    gm = ExponentialFamilyMixture(fam_name, n_components=3, random_state=0).fit(X)
    assert adjusted_rand_score(y, gm.predict(X)) >= 0.95
    assert gm.converged_


def test_recovers_clusters_of_parameter_points(rng: np.random.Generator) -> None:
    _need("Normal")
    fam = ig.Normal()
    y = rng.integers(3, size=300)
    mu = np.array([-5.0, 0.0, 5.0])[y] + 0.3 * rng.normal(size=300)
    sd = np.array([1.0, 0.2, 3.0])[y] * np.exp(0.1 * rng.normal(size=300))
    P = fam.natural(mean=mu, std=sd)
    for div in ("kl", "bregman", "jeffreys"):
        km = BregmanKMeans(fam, 3, divergence=div, input_kind="params", random_state=1).fit(P)
        assert adjusted_rand_score(y, km.labels_) >= 0.95, div
        # each centroid is the matching centroid of its cluster
        kind = {"kl": "right", "bregman": "left", "jeffreys": "jeffreys"}[div]
        for c in range(3):
            want = fam.centroid(P[km.labels_ == c], kind=kind)
            np.testing.assert_allclose(km.cluster_centers_[c], want, rtol=1e-12, atol=0)


# ------------------------------------------------------------------ EM
def test_em_loglik_monotone_and_score_samples_independent(rng: np.random.Generator) -> None:
    _need("Gamma")
    X, _ = _gamma_data(rng)
    X = X[:600]
    gm = ExponentialFamilyMixture("gamma", n_components=3, reg=0.0, tol=0.0, max_iter=40,
                                  init="random", random_state=3).fit(X)
    h = np.array(gm.log_likelihood_history_)
    assert np.all(np.diff(h) >= -1e-12 * np.abs(h[1:])), np.diff(h)
    # independent log-density: scipy's Gamma pdf with the fitted (shape, rate)
    src = ig.Gamma().source(gm.natural_params_)
    lp = st.gamma.logpdf(X, a=src["shape"], scale=1 / src["rate"]) + np.log(gm.weights_)
    np.testing.assert_allclose(gm.score_samples(X), logsumexp(lp, axis=1), rtol=1e-12)
    np.testing.assert_allclose(gm.predict_proba(X), np.exp(lp - logsumexp(lp, axis=1, keepdims=True)),
                               rtol=1e-10, atol=1e-300)
    assert gm.score(X) == pytest.approx(np.mean(logsumexp(lp, axis=1)), rel=1e-12)
    n, p = X.shape[0], 3 * 2 + 2
    assert gm.bic(X) == pytest.approx(-2 * n * gm.score(X) + p * np.log(n), rel=1e-12)
    assert gm.aic(X) == pytest.approx(-2 * n * gm.score(X) + 2 * p, rel=1e-12)


def test_em_normal_matches_sklearn_gaussian_mixture(rng: np.random.Generator) -> None:
    _need("Normal")
    from sklearn.mixture import GaussianMixture
    X, _ = _normal_data(rng)
    gm = ExponentialFamilyMixture("normal", 3, reg=0.0, tol=1e-12, max_iter=500, random_state=0).fit(X)
    sk = GaussianMixture(3, tol=1e-12, max_iter=500, reg_covar=0.0, random_state=0).fit(X)
    o1, o2 = np.argsort(ig.Normal().source(gm.natural_params_)["mean"]), np.argsort(sk.means_[:, 0])
    np.testing.assert_allclose(gm.weights_[o1], sk.weights_[o2], rtol=1e-6)
    np.testing.assert_allclose(ig.Normal().source(gm.natural_params_)["mean"][o1], sk.means_[o2, 0], rtol=1e-6)
    assert gm.score(X) == pytest.approx(sk.score(X), rel=1e-9)


# ------------------------------------------------------------------ robustness
def test_empty_cluster_is_reseeded(rng: np.random.Generator) -> None:
    _need("Poisson")
    fam = ig.Poisson()
    X, _ = _poisson_data(rng)
    init = fam.natural(rate=[3.0, 30.0, 1e6])  # the third centroid attracts nobody
    km = BregmanKMeans(fam, 3, init=init, random_state=0).fit(X)
    assert np.bincount(km.labels_, minlength=3).min() > 0


def test_degenerate_component(rng: np.random.Generator) -> None:
    _need("Normal")
    X = np.concatenate([rng.normal(size=50), np.full(20, 7.0)])[:, None]
    init = ig.Normal().natural(mean=[[0.0], [7.0]], std=[[1.0], [1.0]])[:, 0]
    with pytest.raises(ValueError, match="component 1 is degenerate"):
        BregmanKMeans("normal", 2, init=init, reg=0.0).fit(X)
    km = BregmanKMeans("normal", 2, init=init).fit(X)  # default reg: tiny positive variance
    assert np.bincount(km.labels_).tolist() == [50, 20]
    with pytest.raises(ValueError, match="lies on the boundary"):
        BregmanKMeans("normal", 2).fit(np.full((10, 1), 3.0))


def test_input_validation(rng: np.random.Generator) -> None:
    _need("Poisson")
    X = np.array([[1.0], [2.0], [-1.0]])
    with pytest.raises(ValueError, match=r"Poisson\.fit: X at row \[2\]"):
        BregmanKMeans("poisson", 2).fit(X)
    with pytest.raises(ValueError, match="n_samples=2 should be >= n_clusters=3"):
        BregmanKMeans("poisson", 3).fit(X[:2])
    with pytest.raises(ValueError, match="family must be"):
        BregmanKMeans("nosuchfamily", 2).fit(X[:2])
    with pytest.raises(ValueError, match="needs input_kind='params'"):
        BregmanKMeans("poisson", 2, divergence="jeffreys").fit(X[:2])


# ------------------------------------------------------------------ scikit-learn conformance
@pytest.mark.parametrize("est", [BregmanKMeans(n_clusters=3, random_state=0, max_iter=50),
                                 ExponentialFamilyMixture(n_components=3, random_state=0, max_iter=50)],
                         ids=["kmeans", "mixture"])
def test_check_estimator(est) -> None:
    _need("DiagonalNormal")
    from sklearn.utils.estimator_checks import check_estimator
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check_estimator(est)


def test_recovers_correlated_gaussians_with_mvn(rng: np.random.Generator) -> None:
    # correlated, elongated clusters: a full-covariance family is needed (KMeans splits them)
    _need("MultivariateNormal")
    y = rng.integers(3, size=1500)
    mu = np.array([[0.0, 0.0], [6.0, 0.0], [0.0, 6.0]])
    X = mu[y] + rng.normal(size=(1500, 2)) @ np.array([[1.0, 0.8], [0.0, 0.5]])
    fam = ig.MultivariateNormal(2)
    assert adjusted_rand_score(y, BregmanKMeans(fam, 3, random_state=0).fit(X).labels_) >= 0.95
    gm = ExponentialFamilyMixture(fam, 3, reg=0.0, tol=0.0, max_iter=1000, random_state=0).fit(X)
    assert adjusted_rand_score(y, gm.labels_) >= 0.95
    # at the EM fixed point the parameters are the responsibility-weighted sample means and
    # covariances (the M-step, computed here independently in source coordinates)
    R = gm.predict_proba(X)
    for c in range(3):
        m = R[:, c] @ X / R[:, c].sum()
        C = (R[:, c, None] * (X - m)).T @ (X - m) / R[:, c].sum()
        src = fam.source(gm.natural_params_[c])
        np.testing.assert_allclose(src["mean"], m, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(src["cov"], C, rtol=1e-10)

"""Bregman k-means and exponential-family mixtures (issue 5)."""

from __future__ import annotations

import warnings
from fractions import Fraction

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


def _svec2(A: np.ndarray) -> np.ndarray:
    """svec of 2x2 matrices (..., 2, 2): (A00, A11, √2·A10), the packing of MultivariateNormal/Wishart."""
    return np.stack([A[..., 0, 0], A[..., 1, 1], np.sqrt(2.0) * A[..., 1, 0]], axis=-1)


def _diag_normal_params(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, object]:
    mu, sd = rng.normal(size=(40, 2)), rng.uniform(0.5, 2.0, size=(40, 2))
    return ig.DiagonalNormal(2).natural(mean=mu, std=sd), np.concatenate([mu, mu**2 + sd**2], 1), ig.DiagonalNormal(2)


def _mvn_params(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, object]:
    mu, A = rng.normal(size=(40, 2)), rng.normal(size=(40, 2, 2))
    cov = A @ np.swapaxes(A, 1, 2) + 0.5 * np.eye(2)
    eta = np.concatenate([mu, _svec2(cov + mu[:, :, None] * mu[:, None, :])], 1)
    return ig.MultivariateNormal(2).natural(mean=mu, cov=cov), eta, ig.MultivariateNormal(2)


def _categorical_params(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, object]:
    probs = rng.dirichlet(np.ones(4), size=40)
    return ig.Categorical(4).natural(probs=probs), probs[:, :3], ig.Categorical(4)


@pytest.mark.parametrize("spec, make", [(None, _diag_normal_params), ("diagonal_normal", _diag_normal_params),
                                        (ig.DiagonalNormal, _diag_normal_params),
                                        ("MultivariateNormal", _mvn_params), (ig.Categorical, _categorical_params)],
                         ids=["none", "diag-name", "diag-class", "mvn-name", "categorical-class"])
def test_family_class_or_name_sized_by_parameter_columns(spec, make, rng: np.random.Generator) -> None:
    # input_kind="params": the size comes from the D natural-parameter columns (DiagonalNormal(d)
    # from 2d, MultivariateNormal(d) from d + d(d+1)/2, Categorical(k) from k − 1); one "kl" cluster
    # is the right centroid, whose mean parameters are the average of η (computed here from the
    # source parameters)
    P, eta, fam = make(rng)
    _need(type(fam).__name__)
    km = BregmanKMeans(spec, 1, input_kind="params").fit(P)
    assert km.family_ == fam
    np.testing.assert_allclose(km.cluster_means_[0], eta.mean(axis=0), rtol=1e-13, atol=1e-15)


def test_family_name_sized_by_sample_columns(rng: np.random.Generator) -> None:
    # Wishart(d) observations have d² columns; one component's mean parameters are the average of
    # T(X) = (log det X, svec(X)), computed here with NumPy
    _need("Wishart")
    fam = ig.Wishart(2)
    A = rng.normal(size=(200, 2, 5))
    X = A @ np.swapaxes(A, 1, 2)  # Wishart(df=5, I) draws
    want = np.concatenate([[np.linalg.slogdet(X)[1].mean()], _svec2(X).mean(axis=0)])
    gm = ExponentialFamilyMixture("wishart", 1, reg=0.0).fit(X.reshape(200, 4))
    assert gm.family_ == fam
    np.testing.assert_allclose(gm.mean_params_[0], want, rtol=1e-13)
    km = BregmanKMeans(ig.Wishart, 1, reg=0.0).fit(X.reshape(200, 4))
    assert km.family_ == fam
    np.testing.assert_allclose(km.cluster_means_[0], want, rtol=1e-13)


def test_family_size_not_determined_by_columns() -> None:
    # Binomial(n), NegativeBinomial(r) and Categorical(k) observations are one column whatever the
    # size: an instance is needed (these were built as Binomial(1), NegativeBinomial(1.0), ...)
    X = np.array([[0.0], [1.0], [2.0], [2.0]])
    for spec, arg in (("binomial", "n"), (ig.NegativeBinomial, "r"), ("categorical", "k")):
        with pytest.raises(ValueError, match=f"does not determine the argument '{arg}'"):
            ExponentialFamilyMixture(spec, 2).fit(X)
    # no Wishart(d) has 5 natural parameters (1 + d(d+1)/2)
    with pytest.raises(ValueError, match="5 columns .* fits no value of the argument 'd' of Wishart"):
        BregmanKMeans("wishart", 1, input_kind="params").fit(np.ones((3, 5)))
    # the abstract base class is not a family
    with pytest.raises(ValueError, match="family must be an infogeom family"):
        BregmanKMeans(ig.ExponentialFamily, 2).fit(X)


def test_reg_accepts_any_real_number() -> None:
    # reg = 1/2 as a Fraction (a numbers.Real; np.isfinite rejected it): one Lloyd step from
    # centroids at rates 2 and 21, then η_c = (Σ_c x + reg·x̄) / (n_c + reg), by hand
    _need("Poisson")
    fam = ig.Poisson()
    X = np.array([[1.0], [2.0], [3.0], [20.0], [21.0], [22.0]])
    km = BregmanKMeans(fam, 2, init=fam.natural(rate=[2.0, 21.0]), reg=Fraction(1, 2), max_iter=1).fit(X)
    reg, xbar = Fraction(1, 2), Fraction(69, 6)
    want = [float((6 + reg * xbar) / (3 + reg)), float((63 + reg * xbar) / (3 + reg))]
    assert km.labels_.tolist() == [0, 0, 0, 1, 1, 1]
    np.testing.assert_allclose(km.cluster_means_[:, 0], want, rtol=2e-16)
    with pytest.raises(ValueError, match="reg must be a finite number"):
        BregmanKMeans(fam, 2, reg=float("inf")).fit(X)


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

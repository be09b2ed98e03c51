"""Centroids on the manifold (issue 5): closed forms, optimality conditions, batching, validation."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
import scipy.special as sc
from scipy.optimize import minimize

import infogeom as ig
from helpers import assert_close, fd_jacobian


def _need(*names: str) -> None:
    missing = [n for n in names if n not in ig._core.family_names]
    if missing:
        pytest.skip(f"{', '.join(missing)} not in this build")


def _gamma_points(rng: np.random.Generator, n: int) -> tuple[ig.Gamma, np.ndarray]:
    fam = ig.Gamma()
    return fam, fam.natural(shape=rng.uniform(0.5, 8.0, n), rate=rng.uniform(0.2, 5.0, n))


def _mvn_points(rng: np.random.Generator, n: int) -> tuple[ig.MultivariateNormal, np.ndarray]:
    fam = ig.MultivariateNormal(2)
    A = rng.normal(size=(n, 2, 2))
    cov = A @ np.swapaxes(A, 1, 2) + 0.5 * np.eye(2)
    return fam, fam.natural(mean=rng.normal(size=(n, 2)), cov=cov)


def _fd_grad(f, theta: np.ndarray) -> np.ndarray:
    return fd_jacobian(f, theta, rel_step=1e-3)[0]


# ------------------------------------------------------------------ closed forms
def test_normal_right_centroid_is_moment_matching(rng: np.random.Generator) -> None:
    _need("Normal")
    fam = ig.Normal()
    mu, sd = rng.normal(size=7), rng.uniform(0.3, 3.0, 7)
    w = rng.uniform(0.1, 1.0, 7)
    c = fam.source(fam.centroid(fam.natural(mean=mu, std=sd), weights=w))
    wn = w / w.sum()
    m = wn @ mu
    var = wn @ (sd**2 + (mu - m) ** 2)  # law of total variance: mixture moments
    assert_close(c["mean"], m, 1e-14, "mean")
    assert_close(c["std"], np.sqrt(var), 1e-14, "std")


def test_left_centroid_is_theta_mean(rng: np.random.Generator) -> None:
    _need("Gamma")
    fam, P = _gamma_points(rng, 5)
    w = rng.uniform(0.1, 1.0, 5)
    shape, rate = fam.source(P)["shape"], fam.source(P)["rate"]
    # θ = (k − 1, −β): the left centroid averages the shapes and the rates
    c = fam.source(fam.centroid(P, weights=w, kind="left"))
    assert_close(c["shape"], w @ shape / w.sum(), 1e-14, "shape")
    assert_close(c["rate"], w @ rate / w.sum(), 1e-14, "rate")


def test_poisson_jeffreys_centroid_lambert_w(rng: np.random.Generator) -> None:
    # 1-D: r(θ) = λ − η̄ + λ(θ − θ̄) = 0  ⇒  λ = η̄ / W(η̄ e^{1 − θ̄}) (Nielsen, IEEE SPL 20, 2013)
    _need("Poisson")
    fam = ig.Poisson()
    lam = np.array([[0.5, 3.0, 40.0], [1e-3, 1e-2, 7.0]])
    w = np.array([[0.2, 0.5, 0.3], [1.0, 1.0, 2.0]])
    wn = w / w.sum(1, keepdims=True)
    ebar, tbar = (wn * lam).sum(1), (wn * np.log(lam)).sum(1)
    want = ebar / sc.lambertw(ebar * np.exp(1 - tbar)).real
    c, info = fam.centroid(fam.natural(rate=lam), weights=w, kind="jeffreys", return_info=True)
    assert_close(np.exp(c[:, 0]), want, 4e-15, "λ")
    assert info.converged.all()
    # the optimum is NOT where the sided terms balance, KL(c_R‖c) = KL(c‖c_L) (the mixed-type
    # bisector of Nielsen & Nock 2009): for rates (1, 4) the balance point is 2.242969, the
    # Jeffreys centroid 2.242906
    P2 = fam.natural(rate=[1.0, 4.0])
    c2 = fam.centroid(P2, kind="jeffreys")
    cR, cL = fam.centroid(P2), fam.centroid(P2, kind="left")
    gap = fam.kl(cR, c2) - fam.kl(c2, cL)
    assert abs(gap) > 1e-6 * fam.kl(cR, c2)
    assert_close(np.exp(c2[0]), 2.5 / sc.lambertw(2.5 * np.exp(1 - np.log(2.0))).real, 4e-15, "λ(1, 4)")


# ------------------------------------------------------------------ optimality conditions
@pytest.mark.parametrize("maker", [_gamma_points, _mvn_points], ids=["gamma", "mvn2"])
def test_sided_centroid_gradients_vanish(maker, rng: np.random.Generator) -> None:
    _need("Gamma", "MultivariateNormal")
    fam, P = maker(rng, 6)
    w = rng.uniform(0.2, 1.0, 6)
    wn = w / w.sum()
    for kind, obj in (("right", lambda c: wn @ fam.kl(P, c)), ("left", lambda c: wn @ fam.kl(c, P))):
        c = fam.centroid(P, weights=w, kind=kind)
        g = _fd_grad(obj, c)
        # each term's gradient is O(|η|); the weighted sum cancels to the FD accuracy (~1e-10)
        scale = np.abs(fam.to_mean(P)).max() + np.abs(P).max()
        assert np.abs(g).max() <= 1e-9 * scale, (kind, g)


@pytest.mark.parametrize("maker", [_gamma_points, _mvn_points], ids=["gamma", "mvn2"])
def test_jeffreys_centroid_gradient_vanishes(maker, rng: np.random.Generator) -> None:
    _need("Gamma", "MultivariateNormal")
    fam, P = maker(rng, 5)
    w = rng.uniform(0.2, 1.0, 5)
    wn = w / w.sum()
    c, info = fam.centroid(P, weights=w, kind="jeffreys", return_info=True)
    assert info.converged and info.grad_norm < 1e-10
    g = _fd_grad(lambda t: wn @ fam.jeffreys(P, t), c)
    scale = np.abs(fam.to_mean(P)).max() + np.abs(P).max()
    assert np.abs(g).max() <= 1e-9 * scale, g
    # independent minimiser of the same objective: nothing does better
    res = minimize(lambda t: wn @ fam.jeffreys(P, t, validate=False) if fam._core.domain_mask(
        np.ascontiguousarray(t[None]), "theta")[0] else np.inf, c + 1e-3 * np.abs(c),
        method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 20000})
    assert wn @ fam.jeffreys(P, c) <= res.fun * (1 + 1e-14)


def test_jeffreys_centroid_is_off_the_mixture_geodesic(rng: np.random.Generator) -> None:
    # For D ≥ 2 the exact Jeffreys centroid is not on the mixture geodesic between the sided
    # centroids; the solver's first stage (the best point on that geodesic) is improved upon.
    _need("Normal")
    fam = ig.Normal()
    P = fam.natural(mean=[0.0, 3.0, -1.0], std=[1.0, 0.5, 4.0])
    c = fam.centroid(P, kind="jeffreys")
    eR, eL = fam.to_mean(fam.centroid(P)), fam.to_mean(fam.centroid(P, kind="left"))
    lam = np.linspace(0.0, 1.0, 2001)[:, None]
    on_geo = fam.to_natural(eR + lam * (eL - eR))
    best_geo = (fam.jeffreys(P[None], on_geo[:, None]).mean(1)).min()
    assert fam.jeffreys(P, c).mean() < best_geo * (1 - 1e-5)


# ------------------------------------------------------------------ batching, dtypes, validation
def test_groups_and_weight_broadcasting(rng: np.random.Generator) -> None:
    _need("Gamma")
    fam, P = _gamma_points(rng, 12)
    P = P.reshape(2, 2, 3, 2)
    w = rng.uniform(0.1, 1.0, 3)
    for kind in ("right", "left", "jeffreys"):
        c = fam.centroid(P, weights=w, kind=kind)
        assert c.shape == (2, 2, 2)
        for i in range(2):
            for j in range(2):
                assert_close(c[i, j], fam.centroid(P[i, j], weights=w, kind=kind), 1e-14, kind)


def test_float32_in_float32_out(rng: np.random.Generator) -> None:
    _need("Gamma")
    fam, P = _gamma_points(rng, 4)
    c = fam.centroid(P.astype(np.float32))
    assert c.dtype == np.float32
    assert_close(c, fam.centroid(P), 1e-6, "float32")


def test_validation_messages(rng: np.random.Generator) -> None:
    _need("Gamma")
    fam, P = _gamma_points(rng, 6)
    P = P.reshape(2, 3, 2).copy()
    P[1, 2, 1] = 1.0  # rate < 0
    with pytest.raises(ValueError, match=r"Gamma\.centroid: P at index \[1, 2\]"):
        fam.centroid(P)
    with pytest.raises(ValueError, match=r"Gamma\.centroid: weights at index \[1\]"):
        fam.centroid(P[0], weights=[1.0, -1.0, 1.0])
    with pytest.raises(ValueError, match=r"weights of group \[\] sum to zero"):
        fam.centroid(P[0], weights=[0.0, 0.0, 0.0])
    with pytest.raises(ValueError, match=r"does not broadcast"):
        fam.centroid(P[0], weights=[1.0, 1.0])
    with pytest.raises(ValueError, match=r"unknown kind 'median'"):
        fam.centroid(P[0], kind="median")
    with pytest.raises(ValueError, match=r"shape \(\.\.\., N, 2\)"):
        fam.centroid(P[0, 0])


def test_tol_and_max_iter_accept_any_real_and_integer() -> None:
    # NumPy integers and Fractions are numbers.Integral / numbers.Real: accepted, same result
    # (the Lambert-W closed form of the Poisson Jeffreys centroid, rates 1 and 4)
    _need("Poisson")
    fam = ig.Poisson()
    P = fam.natural(rate=[1.0, 4.0])
    want = 2.5 / sc.lambertw(2.5 * np.exp(1 - np.log(2.0))).real
    c = fam.centroid(P, kind="jeffreys", tol=Fraction(1, 10**13), max_iter=np.int64(50))
    assert_close(np.exp(c[0]), want, 4e-15, "λ(1, 4)")
    for bad in (0, 2.5, True, "10"):
        with pytest.raises(ValueError, match="max_iter must be a positive integer"):
            fam.centroid(P, kind="jeffreys", max_iter=bad)
    for bad in (0.0, -1e-3, float("nan"), True, "1e-9"):
        with pytest.raises(ValueError, match="tol must be positive"):
            fam.centroid(P, kind="jeffreys", tol=bad)


# ------------------------------------------------------------------ Fisher–Rao (Karcher) mean
def test_fisher_rao_karcher_mean_poisson() -> None:
    # Poisson: d_FR = 2|√λ₁ − √λ₂| (the map λ ↦ 2√λ is an isometry onto a half-line), so the
    # Karcher mean has √λ = Σ w √λ_i.
    _need("Poisson")
    fam = ig.Poisson()
    lam = np.array([0.5, 4.0, 30.0])
    w = np.array([0.3, 0.3, 0.4])
    c, info = fam.centroid(fam.natural(rate=lam), weights=w, kind="fisher_rao", return_info=True)
    assert_close(np.exp(c[0]), (w @ np.sqrt(lam)) ** 2, 1e-13, "λ")
    assert info.converged


@pytest.mark.parametrize("name", ["Normal", "Categorical"])
def test_fisher_rao_karcher_mean_gradient_vanishes(name: str, rng: np.random.Generator) -> None:
    # Normal: hyperbolic half-plane; Categorical: the positive orthant of a sphere (closed forms)
    _need(name)
    if name == "Normal":
        fam = ig.Normal()
        P = fam.natural(mean=rng.normal(size=5), std=rng.uniform(0.5, 2.0, 5))
    else:
        fam = ig.Categorical(4)
        P = fam.natural(probs=rng.dirichlet(np.ones(4), 5))
    c, info = fam.centroid(P, kind="fisher_rao", return_info=True)
    assert info.converged and info.grad_norm < 1e-10
    g = _fd_grad(lambda t: (fam.fisher_rao(P, t) ** 2).mean(), c)
    assert np.abs(g).max() <= 1e-8, g


# ------------------------------------------------------------------ every family
def test_every_family_centroid_optimality(case) -> None:
    """For each family of the generic suite: the right, left and Jeffreys centroids of its
    finite-difference parameter sets zero the finite-difference gradient of their objectives
    (evaluated with the elementwise kl / jeffreys, an independent code path)."""
    fam = case.make()
    pts = list(case.fd_params or case.params[:2])
    P = np.stack([np.asarray(fam.natural(**p), dtype=np.float64) for p in pts])
    w = np.linspace(1.0, 2.0, len(pts))
    wn = w / w.sum()
    scale = np.abs(fam.to_mean(P)).max() + np.abs(P).max()
    objectives = {"right": lambda c: wn @ fam.kl(P, c), "left": lambda c: wn @ fam.kl(c, P),
                  "jeffreys": lambda c: wn @ fam.jeffreys(P, c)}
    for kind, obj in objectives.items():
        c, info = fam.centroid(P, weights=w, kind=kind, return_info=True)
        assert info.converged, kind
        g = _fd_grad(obj, c)
        assert np.abs(g).max() <= 1e-8 * scale, (kind, g, scale)


def test_nan_group_gives_nan(rng: np.random.Generator) -> None:
    _need("Gamma")
    fam, P = _gamma_points(rng, 6)
    P = P.reshape(2, 3, 2).copy()
    P[0, 1, 0] = np.nan
    for kind in ("right", "left", "jeffreys"):
        c, info = fam.centroid(P, kind=kind, return_info=True)
        assert np.isnan(c[0]).all() and np.isfinite(c[1]).all(), kind
        assert_close(c[1], fam.centroid(P[1], kind=kind), 0.0, kind)

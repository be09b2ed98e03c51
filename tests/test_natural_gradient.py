"""Natural gradient, mirror descent steps and Cramér–Rao bounds (issue 5)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.special as sc

import infogeom as ig
from helpers import assert_close, fd_jacobian


def _need(*names: str) -> None:
    missing = [n for n in names if n not in ig._core.family_names]
    if missing:
        pytest.skip(f"{', '.join(missing)} not in this build")


def _points(name: str, rng: np.random.Generator) -> tuple[ig.ExponentialFamily, np.ndarray]:
    if name == "gamma":
        fam = ig.Gamma()
        return fam, fam.natural(shape=rng.uniform(0.3, 9.0, 4), rate=rng.uniform(0.2, 5.0, 4))
    if name == "normal":
        fam = ig.Normal()
        return fam, fam.natural(mean=rng.normal(size=4), std=rng.uniform(0.2, 3.0, 4))
    if name == "categorical":
        fam = ig.Categorical(4)
        return fam, fam.natural(probs=rng.dirichlet(np.ones(4), 4))
    fam = ig.MultivariateNormal(2)
    A = rng.normal(size=(4, 2, 2))
    return fam, fam.natural(mean=rng.normal(size=(4, 2)), cov=A @ np.swapaxes(A, 1, 2) + 0.3 * np.eye(2))


FAMS = ["gamma", "normal", "categorical", "mvn2"]
_BUILT = {"gamma": "Gamma", "normal": "Normal", "categorical": "Categorical", "mvn2": "MultivariateNormal"}


@pytest.mark.parametrize("name", FAMS)
def test_natural_gradient_solves_the_fisher_system(name: str, rng: np.random.Generator) -> None:
    _need(_BUILT[name])
    fam, th = _points(name, rng)
    g = rng.normal(size=th.shape)
    ng = fam.natural_gradient(th, g)
    G = fam.fisher(th)
    assert ng.shape == th.shape
    for i in range(th.shape[0]):
        # backward error: G·ng reproduces g to rounding (independent of how ng was obtained)
        assert_close(G[i] @ ng[i], g[i], 1e-12 * np.linalg.cond(G[i]), f"{name}[{i}]")


@pytest.mark.parametrize("name", FAMS)
def test_natural_gradient_is_the_gradient_in_mean_coordinates(name: str, rng: np.random.Generator) -> None:
    _need(_BUILT[name])
    fam, th = _points(name, rng)
    a = rng.normal(size=fam.dim)

    def f_theta(t: np.ndarray) -> float:  # f(θ) = a·θ + ½|θ|², ∇_θ f = a + θ
        return float(a @ t + 0.5 * t @ t)

    for t in th[:2]:
        ng = fam.natural_gradient(t, a + t)
        eta = fam.to_mean(t)
        g_eta = fd_jacobian(lambda e: f_theta(fam.to_natural(e)), eta, rel_step=2e-4)[0]
        assert_close(ng, g_eta, 1e-9, name)


def test_natural_gradient_is_invariant_under_reparameterisation() -> None:
    # Normal in source coordinates ξ = (μ, σ): θ = (μ/σ², −1/(2σ²)), J = ∂θ/∂ξ exact. The natural
    # gradient step in ξ, pushed forward by J, is the natural gradient step in θ; in η = ∇F(θ)
    # coordinates (metric G⁻¹) the step G·(G⁻¹g) is the same tangent vector.
    _need("Normal")
    fam = ig.Normal()
    mu, s = 0.7, 1.9
    th = fam.natural(mean=mu, std=s)
    g_theta = np.array([0.3, -1.1])
    J = np.array([[1 / s**2, -2 * mu / s**3], [0.0, 1 / s**3]])
    I_xi = fam.fisher(th, coords="source")
    step_xi = np.linalg.solve(I_xi, J.T @ g_theta)
    ng = fam.natural_gradient(th, g_theta)
    assert_close(J @ step_xi, ng, 1e-14, "source vs natural")
    g_eta = ng  # ∇_η f = G⁻¹ ∇_θ f
    step_eta = np.linalg.solve(fam.fisher(th, coords="mean"), g_eta)
    assert_close(step_eta, fam.fisher(th) @ ng, 1e-14, "mean vs natural (as dη = G dθ)")


def test_natural_gradient_broadcast_float32_nan_and_errors(rng: np.random.Generator) -> None:
    _need("Gamma")
    fam, th = _points("gamma", rng)
    ng = fam.natural_gradient(th, [1.0, 0.0])
    assert ng.shape == (4, 2)
    assert fam.natural_gradient(th.astype(np.float32), np.ones(2, np.float32)).dtype == np.float32
    t = th.copy()
    t[2, 0] = np.nan
    assert np.isnan(fam.natural_gradient(t, [1.0, 0.0])[2]).all()
    t[1, 1] = 3.0
    with pytest.raises(ValueError, match=r"Gamma\.natural_gradient: theta at index \[1\]"):
        fam.natural_gradient(t, [1.0, 0.0])
    with pytest.raises(ValueError, match="last axis of length 2"):
        fam.natural_gradient(th, [1.0, 0.0, 0.0])


# ------------------------------------------------------------------ mirror descent
def test_mirror_step_categorical_is_exponentiated_gradient(rng: np.random.Generator) -> None:
    _need("Categorical")
    fam = ig.Categorical(5)
    p = rng.dirichlet(np.ones(5))
    gp = rng.normal(size=5)  # ∂f/∂p_i
    lr = 0.7
    g_eta = gp[:-1] - gp[-1]  # η = p[:-1], p_k = 1 − Σ η: chain rule
    new = fam.mirror_step(fam.natural(probs=p), g_eta, lr, grad_coords="mean")
    eg = p * np.exp(-lr * gp)
    assert_close(fam.source(new)["probs"], eg / eg.sum(), 1e-15, "EG")


def test_mirror_step_natural_moves_the_mean_linearly(rng: np.random.Generator) -> None:
    _need("Poisson", "Gamma")
    fam = ig.Poisson()
    new = fam.mirror_step(fam.natural(rate=[2.0, 5.0]), [[1.0], [-2.0]], 0.25)
    assert_close(np.exp(new[:, 0]), [1.75, 5.5], 1e-15, "Poisson rate")
    gam = ig.Gamma()
    th = gam.natural(shape=3.0, rate=2.0)  # η = (ψ(k) − log β, k/β)
    g = np.array([0.2, -0.4])
    new = gam.mirror_step(th, g, 0.5)
    k, b = gam.source(new)["shape"], gam.source(new)["rate"]
    want = np.array([sc.digamma(3.0) - np.log(2.0), 1.5]) - 0.5 * g
    assert_close([sc.digamma(k) - np.log(b), k / b], want, 1e-14, "Gamma mean")


def test_mirror_step_small_lr_follows_the_natural_gradient(rng: np.random.Generator) -> None:
    # ∇F(θ') = ∇F(θ) − lr·g ⇒ θ' = θ − lr G⁻¹g + O(lr²): the second-order remainder halves... by 4
    _need("Gamma")
    fam, th = _points("gamma", rng)
    g = rng.normal(size=th.shape)
    ng = fam.natural_gradient(th, g)
    e1 = np.abs(fam.mirror_step(th, g, 1e-3) - th + 1e-3 * ng).max()
    e2 = np.abs(fam.mirror_step(th, g, 5e-4) - th + 5e-4 * ng).max()
    assert 3.5 < e1 / e2 < 4.5


def test_mirror_step_errors(rng: np.random.Generator) -> None:
    _need("Poisson", "Gamma")
    fam = ig.Poisson()
    with pytest.raises(ValueError, match=r"Poisson\.mirror_step: the step leaves the mean parameter domain"):
        fam.mirror_step(fam.natural(rate=1.0), [1.0], 2.0)
    gam = ig.Gamma()
    with pytest.raises(ValueError, match=r"Gamma\.mirror_step: the step leaves the natural parameter space at index \[1\]"):
        gam.mirror_step(gam.natural(shape=[2.0, 2.0], rate=[1.0, 0.1]), [[0.0, 0.0], [0.0, -1.0]], 1.0,
                        grad_coords="mean")
    with pytest.raises(ValueError, match="grad_coords must be"):
        fam.mirror_step(fam.natural(rate=1.0), [1.0], 0.1, grad_coords="source")


# ------------------------------------------------------------------ Cramér–Rao
def test_cramer_rao_normal_source() -> None:
    _need("Normal")
    fam = ig.Normal()
    s, n = 1.7, 25
    cr = fam.cramer_rao(fam.natural(mean=-0.4, std=s), n)  # (μ, σ): σ²/n and σ²/(2n)
    assert_close(cr, np.diag([s**2 / n, s**2 / (2 * n)]), 1e-15, "CR")


def test_cramer_rao_gamma_all_coordinates() -> None:
    _need("Gamma")
    fam = ig.Gamma()
    k, b, n = np.array([0.4, 7.0]), np.array([2.0, 0.3]), np.array([10, 3])
    th = fam.natural(shape=k, rate=b)
    # source (k, β): I = [[ψ'(k), −1/β], [−1/β, k/β²]] (Fisher of the Gamma in shape/rate)
    I = np.stack([np.stack([sc.polygamma(1, k), -1 / b], -1), np.stack([-1 / b, k / b**2], -1)], -2)
    assert_close(fam.cramer_rao(th, n), np.linalg.inv(I) / n[:, None, None], 1e-14, "source")
    # natural θ = (k − 1, −β): ∇²F = [[ψ'(k), −1/β], [−1/β, k/β²]] too (the maps differ by sign)
    Gn = np.stack([np.stack([sc.polygamma(1, k), 1 / b], -1), np.stack([1 / b, k / b**2], -1)], -2)
    assert_close(fam.cramer_rao(th, n, coords="natural"), np.linalg.inv(Gn) / n[:, None, None], 1e-14, "natural")
    assert_close(fam.cramer_rao(th, n, coords="mean"), Gn / n[:, None, None], 1e-15, "mean")


def test_cramer_rao_poisson_and_errors() -> None:
    _need("Poisson")
    fam = ig.Poisson()
    th = fam.natural(rate=4.0)
    assert_close(fam.cramer_rao(th, 8, coords="source"), [[0.5]], 1e-15, "λ/n")
    assert_close(fam.cramer_rao(th, 8, coords="natural"), [[1 / 32]], 1e-15, "1/(λn)")
    with pytest.raises(ValueError, match="n must be positive"):
        fam.cramer_rao(th, 0)
    with pytest.raises(ValueError, match="coords must be"):
        fam.cramer_rao(th, 1, coords="xi")

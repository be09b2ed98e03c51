"""Dirichlet family against mpmath (50 digits) at extreme α, and the accuracy of the Newton inverse.

Measured (float64, this file): η, entropy, Fisher, log_prob within 1e-13 relative of mpmath for
α from 1e-4 to 1e4 and k = 2, 3, 50 (and α₀ up to 1e10 for Beta in tests/test_beta.py); F within
1e-13 + ε·cond(F) (the log Γ terms can cancel: 2e-12 at α = (1e-4, 1, 1e4), where cond = 1e7); the inverse
map lands within its backward-error bound: the exact root for an η perturbed by at most 16 ulp
per component (the solver stops at 8 ulp), mapped forward through ∂α/∂η — i.e. it is as accurate
as the conditioning of the problem allows.
"""

from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
import mp_dirichlet as ref

EPS = np.finfo(float).eps


@pytest.fixture(autouse=True)
def _mp_precision():
    """50-digit mpmath for every test here, whatever other test modules set at import."""
    with mp.workdps(50):
        yield

ALPHAS = [
    np.array([1e-4, 1e4]),
    np.array([1e4, 1e-4]),
    np.array([1e-4, 1.0, 1e4]),
    np.array([1e4, 1e4, 1e-4]),
    np.array([1e-6, 1e-6, 1e-6]),
    np.array([1.0, 1.0, 1.0]),
    np.logspace(-4, 4, 50),
    np.random.default_rng(7).permutation(np.logspace(-4, 4, 50)),
    10.0 ** np.random.default_rng(8).uniform(-4, 4, 50),
]
IDS = ["k2-small-big", "k2-big-small", "k3-spread", "k3-two-big", "k3-tiny", "k3-uniform",
       "k50-logspace", "k50-permuted", "k50-random"]


def _rel(got, want):
    return float(abs(mp.mpf(got) - want) / abs(want)) if want != 0 else float(abs(got))


@pytest.mark.parametrize("alpha", ALPHAS, ids=IDS)
def test_against_mpmath(alpha):
    k = alpha.size
    fam = ig.Dirichlet(k)
    th = fam.natural(alpha=alpha)
    a = [mp.mpf(t) + 1 for t in th]  # the exact α of the double θ
    eta = fam.to_mean(th)
    eref = ref.to_mean(a)
    # F is a sum of log Γ terms that may nearly cancel (α = (1e-4, 1, 1e4): F ≈ −1e-3 from terms
    # ≈ 9.2): the bound carries F's condition number Σ|θ_i η_i| / |F|
    F = ref.log_partition(a)
    cond_F = float(mp.fsum(abs((x - 1) * e) for x, e in zip(a, eref)) / abs(F))
    assert _rel(fam.log_partition(th), F) < 1e-13 + EPS * cond_F
    assert max(_rel(eta[i], eref[i]) for i in range(k)) < 1e-13
    assert _rel(fam.entropy(th), ref.entropy(a)) < 1e-13
    G = fam.fisher(th)
    Gref = ref.fisher(a)
    assert max(_rel(G[i, j], Gref[i][j]) for i in range(k) for j in range(k)) < 1e-13
    # Fisher in mean coordinates: closed-form Sherman–Morrison inverse, entrywise (all > 0)
    Gm, Gmref = fam.fisher(th, coords="mean"), ref.fisher_inverse(a)
    assert max(_rel(Gm[i, j], Gmref[i][j]) for i in range(k) for j in range(k)) < 1e-13
    # log_prob at the mean and at two other points of the simplex
    m = alpha / alpha.sum()
    for x in (m, 0.5 * m + 0.5 / k, np.roll(m, 1)):
        x = x / x.sum()
        want = ref.log_prob(a, [mp.mpf(v) for v in x])
        assert abs(fam.log_prob(x, th) - want) <= 1e-13 * (abs(want) + 1)


@pytest.mark.parametrize("alpha", ALPHAS, ids=IDS)
def test_inverse_against_mpmath(alpha):
    """η from mpmath, rounded to double → to_natural vs the exact θ of that double η."""
    k = alpha.size
    fam = ig.Dirichlet(k)
    a_true = [mp.mpf(x) for x in alpha]
    eta = np.array([float(v) for v in ref.to_mean(a_true)])
    a_star = ref.solve(eta, a_true)
    tol = ref.inverse_tolerance(a_star, eta)
    got = fam.to_natural(eta)
    for i in range(k):
        assert abs(mp.mpf(got[i]) - (a_star[i] - 1)) <= tol[i] + EPS * abs(a_star[i] - 1), (i, got[i])
    # F*(η) = θ·η − F(θ) at the exact root; F* is ill-conditioned in η when |θ·η| ≫ |F*|
    Fs = mp.fsum((x - 1) * mp.mpf(e) for x, e in zip(a_star, eta)) - ref.log_partition(a_star)
    cond = mp.fsum(abs((x - 1) * mp.mpf(e)) for x, e in zip(a_star, eta)) / abs(Fs)
    assert _rel(fam.conjugate(eta), Fs) < 1e-13 + 16 * EPS * float(cond)


def test_inverse_speed_path_is_batched_and_exact_on_uniform():
    fam = ig.Dirichlet(4)
    th = np.zeros((3, 4))
    np.testing.assert_allclose(fam.to_natural(fam.to_mean(th)), th, atol=1e-14)
    assert fam.entropy(th[0]) == -np.log(6.0) or abs(fam.entropy(th[0]) + np.log(6.0)) < 1e-15


def test_bad_k_and_float32():
    with pytest.raises(ValueError):
        ig.Dirichlet(1)
    fam = ig.Dirichlet(3)
    th = fam.natural(alpha=np.array([1e-3, 0.5, 30.0])).astype(np.float32)
    eta = fam.to_mean(th)
    assert eta.dtype == np.float32
    np.testing.assert_allclose(fam.to_natural(eta), th, rtol=1e-4)

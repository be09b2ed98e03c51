"""Gamma family against mpmath (50 digits) at extreme shapes, and the accuracy of the Newton inverse.

Measured (float64): F, η, entropy, Fisher, log_prob within 1e-13 relative of mpmath for shapes
1e-8 … 1e12 (observed ≤ 1e-15); F* within 1e-13 + 4ε·cond (F* = θ·η − F is ill-conditioned in η
for large shapes). The inverse map at unit mean (η₂ = 1, so s = log η₂ − η₁ = −η₁ is exact and the
root is perfectly conditioned) is within 2.04e-15 (9.2 ulp) of the exact root over 1001 shapes
1e-8 … 1e12, median 0.3 ulp; the worst cases (shapes 2 … 4) come from the up to 12.8-ulp error of
special::log_minus_digamma on (0, 10), which the residual uses. The test below runs 241 of them.
"""

from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig

EPS = np.finfo(float).eps


@pytest.fixture(autouse=True)
def _mp_precision():
    """50-digit mpmath for every test here, whatever other test modules set at import."""
    with mp.workdps(50):
        yield
FAM = ig.Gamma()

# (shape, rate) pairs: tiny, small, moderate, huge shapes with rates that keep η₁ away from 0
POINTS = [(1e-8, 1.0), (1e-3, 2.0), (0.37, 1e-3), (1.0, 2.0), (3.7, 0.2), (12.5, 1e3), (1e4, 1.0),
          (1e4, 1e4), (1e8, 3.0), (1e12, 1e-2)]


def _theta(k, b):
    return np.array([k - 1.0, -b])


def _kb(th):
    """Exact (k, β) of the double θ as mpmath numbers."""
    return mp.mpf(th[0]) + 1, -mp.mpf(th[1])


def _rel(got, ref):
    return float(abs(mp.mpf(got) - ref) / abs(ref))


def _g(k):
    return mp.log(k) - mp.digamma(k)


def _shape_from_s(s, k0):
    """k with log k − ψ(k) = s, by Newton in log k (mpmath)."""
    k = mp.mpf(k0)
    for _ in range(200):
        f = mp.log(_g(k) / s)
        d = k * (1 / k - mp.psi(1, k)) / _g(k)
        step = -f / d
        k *= mp.exp(step)
        if abs(step) < mp.mpf(10) ** (-32):
            return k
    raise AssertionError("mpmath reference did not converge")


@pytest.mark.parametrize("k,b", POINTS)
def test_against_mpmath(k, b):
    th = _theta(k, b)
    K, B = _kb(th)
    F = mp.loggamma(K) - K * mp.log(B)
    eta = [mp.digamma(K) - mp.log(B), K / B]
    H = K - mp.log(B) + mp.loggamma(K) + (1 - K) * mp.digamma(K)
    assert _rel(FAM.log_partition(th), F) < 1e-13
    got = FAM.to_mean(th)
    assert max(_rel(got[i], eta[i]) for i in range(2)) < 1e-13
    assert _rel(FAM.entropy(th), H) < 1e-13
    G = FAM.fisher(th)
    Gref = [[mp.psi(1, K), 1 / B], [1 / B, K / B**2]]
    assert max(_rel(G[i, j], Gref[i][j]) for i in range(2) for j in range(2)) < 1e-13
    Gm, Gmref = FAM.fisher(th, coords="mean"), mp.inverse(mp.matrix(Gref))
    assert max(_rel(Gm[i, j], Gmref[i, j]) for i in range(2) for j in range(2)) < 1e-13
    # F*(η) at the double η: exact root from mpmath, then θ·η − F(θ)
    e = got
    s = mp.log(mp.mpf(e[1])) - mp.mpf(e[0])
    Ks = _shape_from_s(s, K)
    Bs = Ks / mp.mpf(e[1])
    Fs = (Ks - 1) * mp.mpf(e[0]) - Bs * mp.mpf(e[1]) - (mp.loggamma(Ks) - Ks * mp.log(Bs))
    # F* = θ·η − F(θ) is ill-conditioned in η when |θ·η| ≫ |F*| (large k): rounding log η₂ − η₁
    # moves F* by about θ·δη, so the bound carries the condition number (|θ₁η₁| + |θ₂η₂|)/|F*|.
    cond = float((abs((Ks - 1) * mp.mpf(e[0])) + abs(Bs * mp.mpf(e[1]))) / abs(Fs))
    assert _rel(FAM.conjugate(e), Fs) < 1e-13 + 4 * EPS * cond


@pytest.mark.parametrize("k,b", POINTS)
def test_log_prob_against_mpmath(k, b):
    th = _theta(k, b)
    K, B = _kb(th)
    for q in (0.5, 1.0, 1.0 + 3 / np.sqrt(k + 1), 20.0):
        x = float(k / b * q)
        X = mp.mpf(x)
        ref = (K - 1) * mp.log(X) - B * X + K * mp.log(B) - mp.loggamma(K)
        assert abs(FAM.log_prob(x, th) - ref) <= 1e-13 * (abs(ref) + 1), (k, b, x)


def test_inverse_sweep_unit_mean():
    """η = (−g(k), 1): s = −η₁ exactly, so the error is the solver's alone (κ ≈ 1)."""
    worst = 0.0
    for lk in np.linspace(-8, 12, 241):
        K = mp.mpf(10) ** mp.mpf(lk)
        e1 = float(-_g(K))
        Kx = _shape_from_s(-mp.mpf(e1), K)
        th = FAM.to_natural([e1, 1.0])
        worst = max(worst, _rel(-th[1], Kx))  # θ₂ = −β = −k at unit mean
    assert worst < 2.5e-15, worst


@pytest.mark.parametrize("k,b", POINTS)
def test_inverse_against_mpmath(k, b):
    """η from mpmath (rounded to double) → to_natural vs the exact θ of that double η; the error
    is bounded by the conditioning of θ(η) plus a few ulps."""
    th = _theta(k, b)
    K, B = _kb(th)
    eta = np.array([float(mp.digamma(K) - mp.log(B)), float(K / B)])
    E1, E2 = mp.mpf(eta[0]), mp.mpf(eta[1])
    s = mp.log(E2) - E1
    Kx = _shape_from_s(s, K)
    Bx = Kx / E2
    got = FAM.to_natural(eta)
    # condition number of k(s) and of s(η): |dk/ds| s/k · (|η₁| + 1)/s
    dkds = 1 / (1 / Kx - mp.psi(1, Kx))
    cond = float(abs(dkds) / Kx * (abs(E1) + 1))
    tol = 8 * EPS * (1 + cond)
    assert _rel(got[0] + 1.0, Kx) < tol  # shape k = θ₁ + 1 (θ₁ itself loses digits near k = 1)
    assert _rel(-got[1], Bx) < tol + 2 * EPS


def test_extreme_shapes_float32_and_bad():
    th = _theta(1e-3, 2.0).astype(np.float32)
    eta = FAM.to_mean(th)
    assert eta.dtype == np.float32
    np.testing.assert_allclose(FAM.to_natural(eta), th, rtol=2e-5)
    # s = log η₂ − η₁ must be > 0: the boundary is rejected with the index
    with pytest.raises(ValueError, match=r"Gamma\.to_natural: eta at index \[1\].*Jensen"):
        FAM.to_natural([[0.0, 2.0], [np.log(2.0), 2.0]])

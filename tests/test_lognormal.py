"""LogNormal: mpmath (50 digits) references at sigma 1e-6 ... 50 and scales e^mu ≈ 1e-10 ... 1e10.
Everything is closed form; measured max relative error 3.6e-16 except log_prob, whose condition
number in θ is ≈ (μ/σ)² (asserted: relative error ≤ 1e-12, log_prob ≤ 1e-12 + ε·(μ/σ)²; measured
6.7e-11 relative at μ/σ = 3e6, ≤ 4e-16 elsewhere). Not achieved: fisher(coords="source") at
|μ| ≫ σ (generic Jᵀ G J, see test_source_fisher)."""

from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig

mp.mp.dps = 50
PARAMS = [(0.0, 1e-6), (3.0, 1e-6), (np.pi, 1e-6), (-2.7, 1e-6), (0.1, 3e-7), (0.0, 50.0), (-2.0, 50.0), (23.0, 2.0),
          (-23.0, 0.5), (1.0, 1.0)]


def max_rel(got, ref) -> float:
    """Largest elementwise relative error of float results against mpmath references
    (a zero reference requires an exact zero)."""
    got = np.ravel(np.asarray(got, dtype=np.float64))
    ref = list(np.ravel(np.asarray(ref, dtype=object)))
    assert len(got) == len(ref)
    errs = [(0.0 if g == 0 else np.inf) if r == 0 else float(abs(mp.mpf(float(g)) - r) / abs(r))
            for g, r in zip(got, ref)]
    return max(errs)


def mp_theta(th):
    t1, t2 = (mp.mpf(float(v)) for v in th)
    return t1, t2, -t1 / (2 * t2), -1 / (2 * t2)   # θ₁, θ₂, μ, σ² of the float θ, exactly


@pytest.fixture(scope="module")
def fam():
    return ig.LogNormal()


@pytest.mark.parametrize("mu,sigma", PARAMS)
def test_natural_side_against_mpmath(fam, mu, sigma):
    th = fam.natural(mu=mu, sigma=sigma)
    t1, t2, m, v = mp_theta(th)
    assert max_rel(fam.log_partition(th), [-t1**2 / (4 * t2) + mp.log(mp.pi / -t2) / 2]) <= 1e-12
    assert max_rel(fam.to_mean(th), [m, m**2 + v]) <= 1e-12
    assert max_rel(fam.fisher(th), [[v, 2 * m * v], [2 * m * v, 4 * m**2 * v + 2 * v**2]]) <= 1e-12
    assert max_rel(fam.entropy(th), [m + mp.log(2 * mp.pi * mp.e * v) / 2]) <= 1e-12


def test_entropy_by_quadrature(fam):
    """The closed form μ + ½ log(2πeσ²) against −∫ p log p (x = e^{μ+σz})."""
    for mu, sigma in [(0.7, 0.4), (-3.0, 2.5)]:
        th = fam.natural(mu=mu, sigma=sigma)
        _, _, m, v = mp_theta(th)
        s = mp.sqrt(v)
        # log p(x) = −log x − ½ log(2πσ²) − z²/2 with log x = μ + σz
        h = mp.quad(lambda z: mp.npdf(z) * (m + s * z + mp.log(2 * mp.pi * v) / 2 + z**2 / 2),
                    [-mp.inf, -5, 0, 5, mp.inf])
        assert max_rel(fam.entropy(th), [h]) <= 1e-12


@pytest.mark.parametrize("mu,sigma", PARAMS)
def test_mean_side_against_mpmath(fam, mu, sigma):
    """At the float η = to_mean(θ): η₂ − η₁² is formed with one rounding, so even for σ/|μ| = 3e-7
    (η₂ − η₁² is 1e-13 of η₂) θ and F* keep full relative accuracy for the given η."""
    eta = fam.to_mean(fam.natural(mu=mu, sigma=sigma))
    e1, e2 = (mp.mpf(float(v)) for v in eta)
    v = e2 - e1**2
    assert max_rel(fam.to_natural(eta), [e1 / v, -1 / (2 * v)]) <= 1e-12
    assert max_rel(fam.conjugate(eta), [-mp.log(2 * mp.pi * mp.e * v) / 2]) <= 1e-12


@pytest.mark.parametrize("mu,sigma", PARAMS)
def test_log_prob_against_mpmath(fam, mu, sigma):
    th = fam.natural(mu=mu, sigma=sigma)
    _, _, m, v = mp_theta(th)
    x = np.exp(mu + sigma * np.array([-8.0, -1.0, 0.0, 0.5, 3.0]))
    ref = []
    for xv in x:
        lx = mp.log(mp.mpf(float(xv)))
        ref.append(-lx - mp.log(2 * mp.pi * v) / 2 - (lx - m)**2 / (2 * v))
    # θ carries μ = −θ₁/(2θ₂) to ~ε relative; log p depends on μ through (log x − μ)²/(2σ²), so
    # its condition number in θ is ~ (μ/σ)² (9e12 at μ = 3, σ = 1e-6): the error is bounded by
    # ε·(μ/σ)² in absolute terms plus 1e-12 relative.
    got = fam.log_prob(x, th)
    for g, r in zip(got, ref):
        assert abs(mp.mpf(float(g)) - r) <= 1e-12 * abs(r) + 4 * 2.2e-16 * (1 + (mu / sigma) ** 2)


def test_log_prob_on_the_support_boundary(fam):
    th = fam.natural(mu=0.0, sigma=1.0)
    assert fam.log_prob(0.0, th) == -np.inf
    assert fam.log_prob(-1.0, th) == -np.inf
    assert np.isfinite(fam.log_prob(5e-324, th))


@pytest.mark.parametrize("mu,sigma", [
    (0.0, 1e-6), (0.0, 50.0), (0.0, 1.0), (23.0, 2.0), (-2.0, 50.0),
    (3.0, 1e-6)])  # |μ| ≫ σ: the closed form (no Jᵀ G J cancellation)
def test_source_fisher(fam, mu, sigma):
    """Fisher metric in (mu, sigma): diag(1/σ², 2/σ²)."""
    th = fam.natural(mu=mu, sigma=sigma)
    s = mp.mpf(sigma)
    assert max_rel(fam.fisher(th, coords="source"), [[1 / s**2, 0], [0, 2 / s**2]]) <= 1e-12


def test_float32_variance_is_exact():
    """float32 to_natural forms η₂ − η₁² in double (exact product): full float32 accuracy even
    where η₂ − η₁² is 1e-4 of η₂."""
    fam = ig.LogNormal()
    eta = np.array([3.0, 9.0 + 9.5e-4], dtype=np.float32)
    e1, e2 = (mp.mpf(float(v)) for v in eta)
    v = e2 - e1**2
    got = fam.to_natural(eta)
    assert got.dtype == np.float32
    assert max_rel(got, [e1 / v, -1 / (2 * v)]) <= 2e-7
    assert max_rel(fam.conjugate(eta), [-mp.log(2 * mp.pi * mp.e * v) / 2]) <= 2e-7

"""DiagonalNormal(d): mpmath (50 digits) references for d = 1 and d = 64 with scales 1e-10 ... 1e10
across coordinates. Everything is closed form; measured max relative error 7.3e-16 elementwise
(asserted ≤ 1e-12; sums are compared relative to Σ|terms|, their condition number)."""

from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig

mp.mp.dps = 50


def max_rel(got, ref) -> float:
    """Largest elementwise relative error of float results against mpmath references
    (a zero reference requires an exact zero)."""
    got = np.ravel(np.asarray(got, dtype=np.float64))
    ref = list(np.ravel(np.asarray(ref, dtype=object)))
    assert len(got) == len(ref)
    errs = [(0.0 if g == 0 else np.inf) if r == 0 else float(abs(mp.mpf(float(g)) - r) / abs(r))
            for g, r in zip(got, ref)]
    return max(errs)


def sum_err(got, terms) -> float:
    """|got − Σ terms| / Σ|terms|: the relative error a float sum of the terms can reach."""
    return float(abs(mp.mpf(float(got)) - mp.fsum(terms)) / mp.fsum(abs(t) for t in terms))


def _params64():
    rng = np.random.default_rng(7)
    std = 10.0 ** rng.permutation(np.linspace(-10, 10, 64))
    mean = std * rng.normal(0, 3, 64)           # |μ|/σ moderate ...
    mean[::9] = rng.normal(0, 1, mean[::9].size) * 1e3 * std[::9]  # ... and 1e3 for some
    mean[5] = 0.0
    return mean, std


CASES = {
    "d1": (np.array([0.25]), np.array([3.0])),
    "d1-tiny": (np.array([-1e-10]), np.array([1e-10])),
    "d1-huge": (np.array([1e10]), np.array([1e10])),
    "d64": _params64(),
}


def mp_coords(th, d):
    t1 = [mp.mpf(float(v)) for v in th[:d]]
    t2 = [mp.mpf(float(v)) for v in th[d:]]
    mu = [-a / (2 * b) for a, b in zip(t1, t2)]
    var = [-1 / (2 * b) for b in t2]
    return t1, t2, mu, var


@pytest.mark.parametrize("key", sorted(CASES))
def test_natural_side_against_mpmath(key):
    mean, std = CASES[key]
    d = mean.size
    fam = ig.DiagonalNormal(d)
    th = fam.natural(mean=mean, std=std)
    t1, t2, mu, var = mp_coords(th, d)
    Fi = [-a**2 / (4 * b) + mp.log(mp.pi / -b) / 2 for a, b in zip(t1, t2)]
    assert sum_err(fam.log_partition(th), Fi) <= 1e-12
    assert max_rel(fam.to_mean(th), mu + [m**2 + v for m, v in zip(mu, var)]) <= 1e-12
    Hi = [mp.log(2 * mp.pi * mp.e * v) / 2 for v in var]
    assert sum_err(fam.entropy(th), Hi) <= 1e-12
    # Fisher: block-structured, coordinate i couples θ_i and θ_{d+i} only (exact zeros elsewhere)
    G = [[mp.mpf(0)] * (2 * d) for _ in range(2 * d)]
    for i, (m, v) in enumerate(zip(mu, var)):
        G[i][i] = v
        G[i][d + i] = G[d + i][i] = 2 * m * v
        G[d + i][d + i] = 4 * m**2 * v + 2 * v**2
    assert max_rel(fam.fisher(th), G) <= 1e-12


@pytest.mark.parametrize("key", sorted(CASES))
def test_mean_side_against_mpmath(key):
    """At the float η = to_mean(θ): each η_{d+i} − η_i² is formed with one rounding."""
    mean, std = CASES[key]
    d = mean.size
    fam = ig.DiagonalNormal(d)
    eta = fam.to_mean(fam.natural(mean=mean, std=std))
    e1 = [mp.mpf(float(v)) for v in eta[:d]]
    var = [mp.mpf(float(b)) - a**2 for a, b in zip(e1, eta[d:])]
    ref = [a / v for a, v in zip(e1, var)] + [-1 / (2 * v) for v in var]
    assert max_rel(fam.to_natural(eta), ref) <= 1e-12
    assert sum_err(fam.conjugate(eta), [-mp.log(2 * mp.pi * mp.e * v) / 2 for v in var]) <= 1e-12


@pytest.mark.parametrize("key", sorted(CASES))
def test_log_prob_against_mpmath(key):
    mean, std = CASES[key]
    d = mean.size
    fam = ig.DiagonalNormal(d)
    th = fam.natural(mean=mean, std=std)
    _, _, mu, var = mp_coords(th, d)
    rng = np.random.default_rng(1)
    x = mean + std * rng.normal(0, 2, (4, d))
    for row, got in zip(x, fam.log_prob(x, th)):
        terms = [-(mp.mpf(float(xi)) - m)**2 / (2 * v) - mp.log(2 * mp.pi * v) / 2
                 for xi, m, v in zip(row, mu, var)]
        # each term depends on μ_i = −θ_i/(2θ_{d+i}) (rounded) through (x − μ)²/(2σ²): condition
        # ~ |μ_i|·|x − μ_i|/σ_i², i.e. up to 1e3·4 for the coordinates with |μ|/σ = 1e3
        cond = sum(float(abs(m) * abs(mp.mpf(float(xi)) - m) / v) for xi, m, v in zip(row, mu, var))
        assert abs(mp.mpf(float(got)) - mp.fsum(terms)) <= (
            1e-12 * mp.fsum(abs(t) for t in terms) + 4 * 2.2e-16 * cond)


def test_source_fisher_is_diagonal():
    """Fisher metric in (mean, std) at μ = 0 (where the generic Jᵀ G J is exact):
    diag(1/σ², ..., 2/σ², ...)."""
    _, std = CASES["d64"]
    fam = ig.DiagonalNormal(64)
    G = fam.fisher(fam.natural(mean=np.zeros(64), std=std), coords="source")
    s = [mp.mpf(float(v)) for v in std]
    ref = np.diag(np.array([1 / v**2 for v in s] + [2 / v**2 for v in s], dtype=object))
    ref[ref == 0] = mp.mpf(0)
    assert max_rel(G, ref) <= 1e-12


def test_d1_agrees_with_normal():
    """DiagonalNormal(1) reuses Normal per coordinate: identical results on the θ side."""
    nrm, dn = ig.Normal(), ig.DiagonalNormal(1)
    for m, s in [(0.0, 1.0), (-3.5, 0.25), (1e3, 50.0), (2.0, 1e-4)]:
        th = nrm.natural(mean=m, std=s)
        np.testing.assert_array_equal(dn.natural(mean=[m], std=[s]), th)
        for op in ("log_partition", "to_mean", "fisher", "entropy"):
            np.testing.assert_array_equal(getattr(dn, op)(th), getattr(nrm, op)(th))
        x = m + s * np.array([-2.0, 0.0, 1.5])
        np.testing.assert_array_equal(dn.log_prob(x[:, None], th), nrm.log_prob(x, th))
        np.testing.assert_array_equal(dn.fisher(th, coords="source"), nrm.fisher(th, coords="source"))


def test_coordinates_are_independent():
    """Permuting the coordinates permutes θ, η and x consistently and leaves F, H, log p unchanged."""
    mean, std = CASES["d64"]
    fam = ig.DiagonalNormal(64)
    perm = np.random.default_rng(3).permutation(64)
    th, thp = fam.natural(mean=mean, std=std), fam.natural(mean=mean[perm], std=std[perm])
    np.testing.assert_array_equal(thp, np.concatenate([th[:64][perm], th[64:][perm]]))
    assert fam.log_partition(thp) == pytest.approx(fam.log_partition(th), rel=1e-14)
    x = mean + std
    assert fam.log_prob(x[perm], thp) == pytest.approx(fam.log_prob(x, th), rel=1e-14)


def test_constructor():
    with pytest.raises(ValueError, match="DiagonalNormal: argument 'd' must be >= 1"):
        ig.DiagonalNormal(0)
    with pytest.raises(TypeError, match="must be an integer"):
        ig.DiagonalNormal(2.0)
    with pytest.raises(ValueError, match="d must be >= 1"):
        ig._core.DiagonalNormal(0)   # the compiled core checks too
    fam = ig.DiagonalNormal(5)
    assert fam.dim == 10 and fam.event_shape == (5,)
    assert fam.source_params == {"mean": (5,), "std": (5,)}
    with pytest.raises(ValueError, match=r"log_prob: argument 'x' must have a last axis of length 5"):
        fam.log_prob(np.zeros(4), fam.natural(mean=np.zeros(5), std=np.ones(5)))

"""Bernoulli: mpmath references (50 digits) at θ = ±27.6 (p = 1e-12, 1 − 1e-12) and beyond.

Everything is closed form; compared with mpmath at the exact double input to ≤ 1e-13 relative
(measured max 2e-16).
"""

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
from discrete_refs import rel_err
from discrete_refs import mp_dps50  # noqa: F401  (autouse fixture: 50 digits)

FAM = ig.Bernoulli()
THETAS = [-700.0, -40.0, -27.6, -5.0, -1e-9, 0.3, 1.0, 5.0, 27.6, 40.0, 700.0]


@pytest.mark.parametrize("th", THETAS)
def test_against_mpmath(th):
    t = mp.mpf(th)
    p, q = 1 / (1 + mp.exp(-t)), 1 / (1 + mp.exp(t))
    F = mp.log1p(mp.exp(t))
    assert rel_err(FAM.log_partition([th]), F) <= 1e-13
    assert rel_err(FAM.to_mean([th])[0], p) <= 1e-13
    assert rel_err(FAM.fisher([th])[0, 0], p * q) <= 1e-13
    assert rel_err(FAM.fisher([th], coords="source")[0, 0], 1 / (p * q)) <= 1e-13
    logp, logq = -mp.log1p(mp.exp(-t)), -mp.log1p(mp.exp(t))
    assert rel_err(FAM.entropy([th]), -(p * logp + q * logq)) <= 1e-13
    assert rel_err(FAM.log_prob(1.0, [th]), logp) <= 1e-13
    assert rel_err(FAM.log_prob(0.0, [th]), logq) <= 1e-13
    assert rel_err(FAM.source([th])["p"], p) <= 1e-13


# θ ≥ 37 gives η = 1 exactly in float64 (outside the open mean domain): only the representable ones
@pytest.mark.parametrize("th", [t for t in THETAS if t < 37])
def test_conjugate_and_inverse_at_exact_eta(th):
    eta = float(FAM.to_mean([th])[0])
    assert 0.0 < eta < 1.0
    e = mp.mpf(eta)
    assert rel_err(FAM.conjugate([eta]), e * mp.log(e) + (1 - e) * mp.log1p(-e)) <= 1e-13
    assert rel_err(FAM.to_natural([eta])[0], mp.log(e) - mp.log1p(-e)) <= 1e-13


def test_round_trip_loss_near_one_is_conditioning():
    """η = 1 − 1e-12 holds 1 − η to ~1e-4 relative; θ comes back to that accuracy, no worse."""
    th = 27.6
    back = FAM.to_natural(FAM.to_mean([th]))[0]
    assert abs(back - th) <= 2.3e-16 / 1e-12 * 2
    assert FAM.to_natural(FAM.to_mean([-th]))[0] == pytest.approx(-th, rel=1e-15)


def test_support():
    th = FAM.natural(p=0.3)
    assert FAM.log_prob([2.0, 0.5, -1.0, np.inf], th).tolist() == [-np.inf] * 4

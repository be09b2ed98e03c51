"""Geometric: mpmath references (50 digits) from p = 1e-12 (θ ≈ −1e-12) to p = 1 − e^−700.

Everything is closed form; compared with mpmath at the exact double input to ≤ 1e-13 relative
(measured max 3e-16).
"""

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
from discrete_refs import rel_err
from discrete_refs import mp_dps50  # noqa: F401  (autouse fixture: 50 digits)

FAM = ig.Geometric()
THETAS = [-1e-300, -1e-12, -1e-8, -0.01, -0.7, -5.0, -27.6, -40.0, -700.0]


@pytest.mark.parametrize("th", THETAS)
def test_against_mpmath(th):
    t = mp.mpf(th)
    q, p = mp.exp(t), -mp.expm1(t)
    eta = q / p
    logp = mp.log1p(-q) if q < 0.5 else mp.log(p)  # 50 digits would round 1 − 1e-300 to 1
    logq = t
    assert rel_err(FAM.log_partition([th]), -logp) <= 1e-13
    assert rel_err(FAM.to_mean([th])[0], eta) <= 1e-13
    if q / p**2 < 1e308:
        assert rel_err(FAM.fisher([th])[0, 0], q / p**2) <= 1e-13
    if 1 / (p**2 * q) < 1e308:
        assert rel_err(FAM.fisher([th], coords="source")[0, 0], 1 / (p**2 * q)) <= 1e-13
    H = -(p * logp + q * logq) / p  # −Σ p q^x log(p q^x)
    assert rel_err(FAM.entropy([th]), H) <= 1e-13
    assert rel_err(FAM.source([th])["p"], p) <= 1e-13
    for x in (0.0, 1.0, 1e6):
        assert rel_err(FAM.log_prob(x, [th]), logp + x * t) <= 1e-13


@pytest.mark.parametrize("th", THETAS)
def test_conjugate_and_inverse_at_exact_eta(th):
    eta = float(FAM.to_mean([th])[0])
    if not 0.0 < eta < np.inf:
        pytest.skip("η overflows or underflows")
    e = mp.mpf(eta)
    # F*(η) = η log η − (1+η) log(1+η) = −η log(1 + 1/η) − log(1 + η) (no cancellation in mpmath)
    assert rel_err(FAM.conjugate([eta]), -e * mp.log1p(1 / e) - mp.log1p(e)) <= 1e-13
    assert rel_err(FAM.to_natural([eta])[0], -mp.log1p(1 / e)) <= 1e-13


def test_support():
    th = FAM.natural(p=0.3)
    assert FAM.log_prob([-1.0, 0.5, np.inf], th).tolist() == [-np.inf] * 3

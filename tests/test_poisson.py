"""Poisson: mpmath references (50 digits) at extreme rates λ = 1e-8 ... 1e12.

Closed forms (F, η, Fisher, F*, θ(η), log p) are checked to ≤ 1e-13 relative. The entropy has
no closed form: summation for λ < 200, the Edgeworth series above (counts.hpp); measured
max relative error vs mpmath over the grid below: 4e-16 (λ = 1e-8: 1e-15, where the terms are
exp(log p) with |log p| ≈ 18).
"""

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
from discrete_refs import poisson_entropy, rel_err
from discrete_refs import mp_dps50  # noqa: F401  (autouse fixture: 50 digits)

FAM = ig.Poisson()
RATES = [1e-8, 1e-3, 0.3, 1.0, 2.5, 10.0, 57.3, 199.9, 200.0, 201.0, 500.0, 1e3, 5e3, 1e5, 1e8, 1e12]


@pytest.mark.parametrize("rate", RATES)
def test_closed_forms(rate):
    th = float(np.log(rate))
    lam = mp.exp(mp.mpf(th))  # the rate the code sees
    assert rel_err(FAM.log_partition([th]), lam) <= 1e-13
    assert rel_err(FAM.to_mean([th])[0], lam) <= 1e-13
    assert rel_err(FAM.fisher([th])[0, 0], lam) <= 1e-13
    eta = float(FAM.to_mean([th])[0])
    e = mp.mpf(eta)
    if abs(eta - np.e) > 1e-3:  # F*(η) = η(log η − 1) vanishes at η = e
        assert rel_err(FAM.conjugate([eta]), e * mp.log(e) - e) <= 1e-13
    if th != 0.0:
        assert rel_err(FAM.to_natural([eta])[0], mp.log(e)) <= 1e-13
    assert rel_err(FAM.fisher([th], coords="source")[0, 0], 1 / lam) <= 1e-13


@pytest.mark.parametrize("rate", RATES)
def test_entropy_against_mpmath(rate):
    th = float(np.log(rate))
    ref = poisson_entropy(mp.exp(mp.mpf(th)))
    assert rel_err(FAM.entropy([th]), ref) <= 1e-14, (rate, FAM.entropy([th]), ref)


def test_entropy_branches_meet():
    """The sum (λ < 200) and the asymptotic series (λ ≥ 200) agree across the switch."""
    lam = np.nextafter(200.0, 0.0)
    lo, hi = FAM.entropy(np.log([[lam], [200.0]]))
    assert abs(hi - lo) <= 1e-14 * hi + 2.6e-3 * (200.0 - lam)  # dH/dλ ≈ 1/(2λ)


@pytest.mark.parametrize("rate,x", [(1e12, 1e12 + 3e6), (1e12, 1e12), (1e5, 99000.0), (1e-8, 3.0),
                                    (0.5, 0.0), (250.0, 1000.0)])
def test_log_prob_against_mpmath(rate, x):
    th = float(np.log(rate))
    lam = mp.exp(mp.mpf(th))
    ref = x * mp.log(lam) - lam - mp.loggamma(x + 1)
    # λ = e^θ is rounded to double (relative ε), which moves log p by ε |x − λ|
    err = abs(mp.mpf(float(FAM.log_prob(x, [th]))) - ref)
    assert err <= 1e-13 * abs(ref) + 2.3e-16 * abs(x - float(lam)), (err, ref)


def test_sample_checks():
    th = FAM.natural(rate=2.0)
    assert FAM.log_prob([-1.0, 0.5, np.inf], th).tolist() == [-np.inf] * 3
    assert np.isnan(FAM.log_prob(np.nan, th))

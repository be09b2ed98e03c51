"""Binomial(n): mpmath references (50 digits) for n = 1 ... 1e6 and p from 1e-12 to 1 − 1e-12.

Closed forms (F, η, Fisher, F*, θ(η), log p) are checked to ≤ 1e-13 relative. The entropy
has no closed form: the exact finite sum for npq < 200, the Edgeworth series above
(counts.hpp); measured max relative error vs mpmath over the grid below: 5e-15 (the largest
errors are at p = 1e-12, where the terms exp(log p(x)) carry |log p(x)| ≈ 20 times the
relative error of log p(x); 2e-16 elsewhere).
"""

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
from discrete_refs import binomial_entropy, rel_err
from discrete_refs import mp_dps50  # noqa: F401  (autouse fixture: 50 digits)

THETAS = [-27.6, -5.0, -0.3, 0.0, 1.7, 27.6]
NS = [1, 2, 20, 1000, 10**5]


def _p(th):
    th = mp.mpf(th)
    return 1 / (1 + mp.exp(-th)), 1 / (1 + mp.exp(th))


@pytest.mark.parametrize("n", NS + [10**6])
@pytest.mark.parametrize("th", THETAS)
def test_closed_forms(n, th):
    fam = ig.Binomial(n)
    p, q = _p(th)
    assert rel_err(fam.log_partition([th]), n * mp.log1p(mp.exp(th))) <= 1e-13
    assert rel_err(fam.to_mean([th])[0], n * p) <= 1e-13
    assert rel_err(fam.fisher([th])[0, 0], n * p * q) <= 1e-13
    assert rel_err(fam.fisher([th], coords="source")[0, 0], n / (p * q)) <= 1e-13
    eta = float(fam.to_mean([th])[0])
    e = mp.mpf(eta)
    ref_conj = e * mp.log(e / n) + (n - e) * mp.log((n - e) / n)
    assert rel_err(fam.conjugate([eta]), ref_conj) <= 1e-13
    if th != 0.0:
        assert rel_err(fam.to_natural([eta])[0], mp.log(e / (n - e))) <= 1e-13


@pytest.mark.parametrize("n", NS)
@pytest.mark.parametrize("th", THETAS)
def test_entropy_against_mpmath(n, th):
    got = ig.Binomial(n).entropy([th])
    assert rel_err(got, binomial_entropy(n, th)) <= 1e-14


@pytest.mark.parametrize("th", [-27.6, -5.0, 1.7])
def test_entropy_n_1e6(th):
    got = ig.Binomial(10**6).entropy([th])
    assert rel_err(got, binomial_entropy(10**6, th)) <= 1e-14


def test_entropy_branches_meet():
    """The sum (npq < 200) and the asymptotic series agree across the switch at n = 800, p = ½."""
    fam = ig.Binomial(800)
    th = 0.04  # npq = 199.92: summed
    lo = fam.entropy([th])
    assert rel_err(lo, binomial_entropy(800, th)) <= 1e-14
    assert abs(fam.entropy([0.0]) - lo) < 1e-3  # and the series at npq = 200 is continuous


@pytest.mark.parametrize("n,th,x", [(10**6, 0.0, 500000.0), (10**6, 0.0, 499000.0), (10**6, -27.6, 2.0),
                                    (10**6, 27.6, 10.0**6), (10**6, 27.6, 999990.0), (7, 1.0, 3.0)])
def test_log_prob_against_mpmath(n, th, x):
    p, q = _p(th)
    ref = mp.log(mp.binomial(n, x)) + x * mp.log(p) + (n - x) * mp.log(q)
    assert rel_err(ig.Binomial(n).log_prob(x, [th]), ref) <= 1e-13


def test_support_checks():
    fam = ig.Binomial(5)
    th = fam.natural(p=0.3)
    assert fam.log_prob([-1.0, 6.0, 2.5, np.inf], th).tolist() == [-np.inf] * 4
    assert np.exp(fam.log_prob(np.arange(6.0), th)).sum() == pytest.approx(1.0, rel=1e-15)


def test_invalid_n():
    with pytest.raises(ValueError, match="n"):
        ig.Binomial(0)
    with pytest.raises(TypeError):
        ig.Binomial(2.5)

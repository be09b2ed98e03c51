"""NegativeBinomial(r): mpmath references (50 digits) for r = 1e-3 ... 1e6 and p from 1e-12 to
1 − e^−40.

Closed forms (F, η, Fisher, F*, θ(η), log h, log p) are checked to ≤ 1e-13 relative. The entropy
has no closed form; its three branches (negative_binomial.hpp) are each checked against an
independent mpmath reference (the mpmath sum over the support, or mpmath.quad of the integral
representation of E[log h(X)]). Measured max relative error over the grid below:
  sum branch (p ≥ 0.05, rq < 200):        1.4e-14 at r = 1e-3, p = 1 − e^−40 (the terms
                                          exp(log p(x)) carry |log p(x)| ≈ 47 times the error of
                                          log p(x)); ≤ 1e-15 elsewhere;
  integral branch (p < 0.05, rq < 60):    6e-15 (r = 40..59: the sum −F* − E log h loses
                                          ~2r log(1/p)/H ulps); 2e-16 for r ≤ 3;
  Edgeworth branch (rq ≥ 200, or ≥ 60 with p < 0.05): 2e-16.
"""

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
from discrete_refs import negbin_entropy_integral, negbin_entropy_sum, rel_err
from discrete_refs import mp_dps50  # noqa: F401  (autouse fixture: 50 digits)

SUM_CASES = [(1e-3, -40.0), (1e-3, -0.7), (0.5, -5.0), (1.0, -0.7), (2.5, -40.0), (2.5, -0.06),
             (30.0, -0.7), (199.0, -5.0), (199.0, -0.7),
             # Edgeworth branch (rq ≥ 200), where the sum is still short enough for mpmath
             (1000.0, -0.7), (400.0, float(np.log(0.5))), (4001.0, float(np.log(0.05))),
             (210.6, float(np.log(0.95)))]
INTEGRAL_CASES = [(1e-3, -1e-8), (0.5, -1e-4), (2.5, -0.01), (40.0, -1e-12),
                  (59.0, -0.04),
                  # Edgeworth branch, Gamma-like (p → 0), including its lower edge rq = 60
                  (60.5, -1e-8), (63.2, float(np.log(0.95))), (199.0, -0.01),
                  (1e6, -1e-8)]


@pytest.mark.parametrize("r,th", SUM_CASES)
def test_entropy_against_mpmath_sum(r, th):
    got = ig.NegativeBinomial(r).entropy([th])
    assert rel_err(got, negbin_entropy_sum(r, th)) <= (2e-14 if r < 0.01 else 5e-15)


@pytest.mark.parametrize("r,th", INTEGRAL_CASES)
def test_entropy_against_mpmath_integral(r, th):
    got = ig.NegativeBinomial(r).entropy([th])
    assert rel_err(got, negbin_entropy_integral(r, th)) <= 1e-14


def test_integral_reference_agrees_with_sum():
    """The two mpmath references agree where both apply."""
    a, b = negbin_entropy_sum(2.5, -0.06), negbin_entropy_integral(2.5, -0.06)
    assert abs(a - b) < mp.mpf(10) ** -25 * abs(a)


@pytest.mark.parametrize("r", [1e-3, 0.5, 1.0, 2.5, 30.0, 1e6])
@pytest.mark.parametrize("th", [-40.0, -5.0, -0.7, -1e-4, -1e-12])
def test_closed_forms(r, th):
    fam = ig.NegativeBinomial(r)
    t = mp.mpf(th)
    q, p = mp.exp(t), -mp.expm1(t)
    logp = mp.log1p(-q) if q < 0.5 else mp.log(p)
    eta = r * q / p
    assert rel_err(fam.log_partition([th]), -r * logp) <= 1e-13
    assert rel_err(fam.to_mean([th])[0], eta) <= 1e-13
    assert rel_err(fam.fisher([th])[0, 0], eta * (1 + eta / r)) <= 1e-13
    assert rel_err(fam.fisher([th], coords="source")[0, 0], r / (p**2 * q)) <= 1e-13
    e = mp.mpf(float(fam.to_mean([th])[0]))
    u = e / r
    assert rel_err(fam.conjugate([float(e)]), -r * (u * mp.log1p(1 / u) + mp.log1p(u))) <= 1e-13
    assert rel_err(fam.to_natural([float(e)])[0], -mp.log1p(1 / u)) <= 1e-13


@pytest.mark.parametrize("r,th,x", [(1e6, -0.7, 1e6), (1e6, -0.7, 999000.0), (2.5, -1e-8, 3e8),
                                    (1e-3, -5.0, 1.0), (1e-3, -1e-8, 5e7), (30.0, -40.0, 0.0),
                                    (0.5, -0.01, 17.0)])
def test_log_prob_against_mpmath(r, th, x):
    fam = ig.NegativeBinomial(r)
    t = mp.mpf(th)
    q, p = mp.exp(t), -mp.expm1(t)
    logp = mp.log1p(-q) if q < 0.5 else mp.log(p)
    xm = mp.mpf(x)  # x + r exactly (not rounded to double)
    logh = mp.loggamma(xm + r) - mp.loggamma(r) - mp.loggamma(xm + 1)
    ref = logh + r * logp + x * t
    assert rel_err(fam.log_prob(x, [th]), ref) <= 1e-13
    if x > 0:
        lh = fam._core.log_base_measure(np.array([[x]]), [1], True)[0, 0]
        assert rel_err(lh, logh) <= 1e-13


def test_geometric_is_r_equal_one():
    nb, geo = ig.NegativeBinomial(1.0), ig.Geometric()
    th = np.array([[-1e-6], [-0.3], [-7.0]])
    np.testing.assert_allclose(nb.entropy(th), geo.entropy(th), rtol=1e-15)
    np.testing.assert_allclose(nb.log_prob(5.0, th), geo.log_prob(5.0, th), rtol=1e-15)


def test_invalid_r():
    for bad in (0.0, -1.0, np.inf, np.nan):
        with pytest.raises(ValueError, match="r"):
            ig.NegativeBinomial(bad)

"""Categorical(k): mpmath references (50 digits) with probabilities spanning 1e-15 .. 1.

Everything is closed form; each quantity is compared with mpmath evaluated at the exact double
input, elementwise, to ≤ 1e-13 relative (measured max 4e-16 for F, η, Fisher, entropy, F*).
"""

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
from discrete_refs import rel_err
from discrete_refs import mp_dps50  # noqa: F401  (autouse fixture: 50 digits)

THETAS = {
    "spread": np.log([1e-15, 1e-10, 1e-5, 0.3, 0.7 - 1e-5 - 1e-10 - 1e-15]) - np.log(1e-12),
    "dominant": np.array([27.6, 0.0, -5.0, 10.0]),            # p_0 = 1 − 4.5e-8 ... 1 − ε-ish
    "near_one": np.array([40.0, 3.0, -2.0, 1.0]),            # 1 − p_0 ≈ 4e-17 (below ε)
    "tiny": np.array([-30.0, -35.0, -40.0, -50.0]),           # the reference has 1 − 1e-13
    "ties": np.array([700.0, 700.0, 700.0 - 1e-9, 699.0]),
    "uniform": np.zeros(4),
}


def _mp_probs(th):
    t = [mp.mpf(float(x)) for x in th] + [mp.mpf(0)]
    z = mp.fsum(mp.exp(x) for x in t)
    return [mp.exp(x) / z for x in t], mp.log(z)


@pytest.mark.parametrize("name", sorted(THETAS))
def test_against_mpmath(name):
    th = THETAS[name]
    fam = ig.Categorical(len(th) + 1)
    p, F = _mp_probs(th)
    D = len(th)
    assert rel_err(fam.log_partition(th), F) <= 1e-13
    eta = fam.to_mean(th)
    for i in range(D):
        assert rel_err(eta[i], p[i]) <= 1e-13
    G = fam.fisher(th)
    for i in range(D):
        for j in range(D):
            ref = p[i] * ((1 - p[i]) if i == j else -p[j])
            if ref != 0:
                assert rel_err(G[i, j], ref) <= 1e-13, (i, j)
    H = -mp.fsum(x * mp.log(x) for x in p)
    assert rel_err(fam.entropy(th), H) <= 1e-13
    src = fam.source(th)["probs"]
    for i in range(D + 1):
        assert rel_err(src[i], p[i]) <= 1e-13
    # log_prob of every label
    for x in range(D + 1):
        assert rel_err(fam.log_prob(float(x), th), mp.log(p[x])) <= 1e-13 or p[x] == 1


@pytest.mark.parametrize("name", sorted(THETAS))
def test_conjugate_and_inverse_at_exact_eta(name):
    """F*(η) and ∇F*(η) at the double η that to_mean returns, the reference mass 1 − Σ η
    computed exactly in mpmath."""
    th = THETAS[name]
    fam = ig.Categorical(len(th) + 1)
    eta = fam.to_mean(th)
    e = [mp.mpf(float(x)) for x in eta]
    ref_mass = 1 - mp.fsum(e)
    if ref_mass <= 0:
        pytest.skip("η rounded onto the boundary")
    Fs = mp.fsum(x * mp.log(x) for x in e) + ref_mass * mp.log(ref_mass)
    assert rel_err(fam.conjugate(eta), Fs) <= 1e-13
    back = fam.to_natural(eta)
    for i in range(len(th)):
        # θ_i = log η_i − log η_ref: the difference of two logs carries their rounding
        ref = mp.log(e[i]) - mp.log(ref_mass)
        err = abs(mp.mpf(float(back[i])) - ref)
        assert err <= 1e-13 * abs(ref) + 4.5e-16 * (abs(mp.log(e[i])) + abs(mp.log(ref_mass))), (i, err)


@pytest.mark.parametrize("probs", [[1e-15, 1e-6, 0.25, 0.5, 0.25 - 1e-6 - 1e-15],
                                   [1e-15, 0.3, 0.2, 0.5 - 1e-12 - 1e-15, 1e-12]])
def test_source_fisher_is_multinomial_metric(probs):
    """Fisher in probs[0..k−2]: diag(1/p_i) + 1/p_{k−1} (Amari 2016, §2.2), also for a tiny
    reference probability, where the product Jᵀ G J would cancel."""
    fam = ig.Categorical(5)
    th = fam.natural(probs=np.array(probs))
    Gs = fam.fisher(th, coords="source")
    p, _ = _mp_probs(th)
    for i in range(4):
        for j in range(4):
            ref = 1 / p[4] + (1 / p[i] if i == j else 0)
            assert rel_err(Gs[i, j], ref) <= 1e-13


def test_labels_and_statistics():
    fam = ig.Categorical(3)
    T = fam.sufficient_statistics([0, 1, 2])
    np.testing.assert_array_equal(T, [[1, 0], [0, 1], [0, 0]])
    th = fam.natural(probs=[0.2, 0.3, 0.5])
    assert fam.log_prob([3.0, -1.0, 0.5, np.inf], th).tolist() == [-np.inf] * 4
    assert np.exp(fam.log_prob([0.0, 1.0, 2.0], th)).sum() == pytest.approx(1.0, rel=1e-15)


def test_invalid_k():
    with pytest.raises(ValueError, match="k"):
        ig.Categorical(1)

"""Package-level behaviour: threads, constructors, pickling, include paths, argument handling."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

import infogeom as ig


def test_all_families_registered():
    assert set(ig._core.family_names) >= {
        "Bernoulli", "Binomial", "Categorical", "Poisson", "Geometric", "NegativeBinomial",
        "Exponential", "Normal", "DiagonalNormal", "MultivariateNormal", "Gamma", "Beta",
        "Dirichlet", "InverseGaussian", "LogNormal", "Rayleigh", "VonMises"}


def test_threads_setting_and_results_identical():
    fam = ig.Normal()
    rng = np.random.default_rng(1)
    th = fam.natural(mean=rng.normal(size=200_000), std=rng.uniform(0.5, 2, 200_000))
    n0 = ig.get_num_threads()
    try:
        ig.set_num_threads(1)
        assert ig.get_num_threads() == 1
        one = fam.to_mean(th)
        ig.set_num_threads(max(2, n0))
        many = fam.to_mean(th)
    finally:
        ig.set_num_threads(n0)
    np.testing.assert_array_equal(one, many)
    with pytest.raises(ValueError):
        ig.set_num_threads(0)


def test_repr_eq_hash_pickle():
    for fam in (ig.Normal(), ig.Binomial(7), ig.Categorical(5), ig.NegativeBinomial(2.5),
                ig.MultivariateNormal(2), ig.Dirichlet(3)):
        clone = pickle.loads(pickle.dumps(fam))
        assert clone == fam and hash(clone) == hash(fam) and repr(clone) == repr(fam)
    assert repr(ig.Binomial(7)) == "Binomial(n=7)"
    assert ig.Binomial(7) != ig.Binomial(8)


@pytest.mark.parametrize("ctor, arg, exc", [
    (ig.Binomial, 0, ValueError), (ig.Binomial, 2.5, TypeError), (ig.Categorical, 1, ValueError),
    (ig.MultivariateNormal, 0, ValueError), (ig.DiagonalNormal, "3", TypeError),
    (ig.Dirichlet, 1, ValueError), (ig.NegativeBinomial, -1.0, ValueError),
    (ig.NegativeBinomial, float("nan"), ValueError)])
def test_constructor_validation(ctor, arg, exc):
    with pytest.raises(exc, match=ctor.__name__):
        ctor(arg)


def test_natural_argument_handling():
    fam = ig.Normal()
    np.testing.assert_array_equal(fam.natural(1.0, 2.0), fam.natural(mean=1.0, std=2.0))
    np.testing.assert_array_equal(fam.natural(1.0, std=2.0), fam.natural(mean=1.0, std=2.0))
    with pytest.raises(TypeError, match="missing source parameter"):
        fam.natural(mean=1.0)
    with pytest.raises(TypeError, match="unknown source parameter 'sigma'"):
        fam.natural(mean=1.0, sigma=2.0)
    with pytest.raises(TypeError, match="given twice"):
        fam.natural(1.0, mean=2.0)
    out = fam.natural(mean=np.zeros((4, 1)), std=np.ones(3))
    assert out.shape == (4, 3, 2)
    with pytest.raises(ValueError, match=r"Normal\.natural: batch shapes do not broadcast"):
        fam.natural(mean=np.zeros(4), std=np.ones(3))
    with pytest.raises(ValueError, match=r"Normal\.natural: source parameters at index \[2\] are invalid"):
        fam.natural(mean=0.0, std=[1.0, 2.0, -1.0])
    mvn = ig.MultivariateNormal(2)
    with pytest.raises(ValueError, match="trailing shape"):
        mvn.natural(mean=np.zeros(3), cov=np.eye(2))


def test_fit_errors():
    fam = ig.Bernoulli()
    with pytest.raises(ValueError, match=r"Bernoulli\.fit: .*no maximum-likelihood estimate"):
        fam.fit([0, 0, 0])
    with pytest.raises(ValueError, match="out of range"):
        fam.fit([0, 1], axis=1)
    with pytest.raises(ValueError, match="empty sample"):
        fam.fit(np.zeros((0,)))
    with pytest.raises(ValueError, match="non-negative"):
        fam.fit([0, 1], weights=[1.0, -1.0])


def test_zero_size_batches():
    fam = ig.Gamma()
    th = np.zeros((0, 3, 2))
    assert fam.to_mean(th).shape == (0, 3, 2)
    assert fam.log_partition(th).shape == (0, 3)
    assert fam.fisher(th).shape == (0, 3, 2, 2)


def test_get_include_has_headers():
    from pathlib import Path
    inc = Path(ig.get_include())
    assert (inc / "infogeom" / "infogeom.hpp").is_file()
    assert (inc / "infogeom" / "families" / "gamma.hpp").is_file()


def test_float16_and_bool_inputs():
    fam = ig.Bernoulli()
    assert fam.sufficient_statistics(np.array([True, False])).dtype == np.float64
    assert ig.Normal().to_mean(np.array([0.5, -1.0], dtype=np.float16)).dtype == np.float32

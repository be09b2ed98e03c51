"""ig.bregman: Bregman divergences of the classical generators and of family log-partitions."""

from __future__ import annotations

import doctest
import zlib

import mpmath as mp
import numpy as np
import pytest
from scipy import integrate, stats

import infogeom as ig
import infogeom.bregman as br

mp.mp.dps = 50
RNG = np.random.default_rng(20261123)


def _spd(n, rng, cond=10.0):
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    lam = np.exp(rng.uniform(0, np.log(cond), n))
    a = (q * lam) @ q.T
    return (a + a.T) / 2


# ---- mpmath references (exact inputs, 50 digits) ----

def mp_sqeuclid(x, y):
    return float(sum((mp.mpf(a) - mp.mpf(b)) ** 2 for a, b in zip(x, y)) / 2)


def mp_mahal(x, y, A):
    d = [mp.mpf(a) - mp.mpf(b) for a, b in zip(x, y)]
    n = len(d)
    return float(sum(d[i] * mp.mpf(A[i, j]) * d[j] for i in range(n) for j in range(n)) / 2)


def mp_gkl(x, y):
    s = mp.mpf(0)
    for a, b in zip(x, y):
        a, b = mp.mpf(a), mp.mpf(b)
        s += (a * mp.log(a / b) if a != 0 else 0) - a + b
    return float(s)


def mp_is(x, y):
    s = mp.mpf(0)
    for a, b in zip(x, y):
        r = mp.mpf(a) / mp.mpf(b)
        s += r - mp.log(r) - 1
    return float(s)


def mp_exp(x, y):
    s = mp.mpf(0)
    for a, b in zip(x, y):
        a, b = mp.mpf(a), mp.mpf(b)
        s += mp.exp(a) - mp.exp(b) - (a - b) * mp.exp(b)
    return float(s)


def mp_logdet(X, Y):
    n = X.shape[0]
    Xm = mp.matrix([[mp.mpf(float(v)) for v in row] for row in X])
    Ym = mp.matrix([[mp.mpf(float(v)) for v in row] for row in Y])
    M = Xm * mp.inverse(Ym)
    return float(sum(M[i, i] for i in range(n)) - mp.log(mp.det(M)) - n)


VEC = {
    "SquaredEuclidean": (br.SquaredEuclidean(), mp_sqeuclid),
    "GeneralizedKL": (br.GeneralizedKL(), mp_gkl),
    "ItakuraSaito": (br.ItakuraSaito(), mp_is),
    "Exponential": (br.Exponential(), mp_exp),
}


def _positive(shape, rng):
    return np.exp(rng.uniform(-3, 3, size=shape))


def _rel(a, b):
    return abs(a - b) / abs(b)


# ---- direct formulas, B >= 0, B(x:x) = 0 ----

@pytest.mark.parametrize("name", list(VEC))
def test_vector_generators_match_mpmath(name):
    gen, ref = VEC[name]
    x, y = _positive((20, 4), RNG), _positive((20, 4), RNG)
    got = gen.divergence(x, y)
    assert got.shape == (20,)
    want = np.array([ref(a, b) for a, b in zip(x, y)])
    np.testing.assert_allclose(got, want, rtol=1e-13, atol=0)
    assert np.all(got > 0)
    assert np.all(gen.divergence(x, x) == 0)


@pytest.mark.parametrize("name", list(VEC))
def test_vector_generators_match_numpy_formula(name):
    gen, _ = VEC[name]
    x, y = _positive((50, 3), RNG), _positive((50, 3), RNG)
    direct = {
        "SquaredEuclidean": lambda x, y: 0.5 * np.sum((x - y) ** 2, -1),
        "GeneralizedKL": lambda x, y: np.sum(x * np.log(x / y) - x + y, -1),
        "ItakuraSaito": lambda x, y: np.sum(x / y - np.log(x / y) - 1, -1),
        "Exponential": lambda x, y: np.sum(np.exp(x) - np.exp(y) - (x - y) * np.exp(y), -1),
    }[name]
    # the direct formulas cancel (relative error up to ~1e-13 for these well-separated points)
    np.testing.assert_allclose(gen.divergence(x, y), direct(x, y), rtol=1e-11)
    # the generator definition φ(x) − φ(y) − <x − y, ∇φ(y)>
    grad = {
        "SquaredEuclidean": lambda y: y,
        "GeneralizedKL": np.log,
        "ItakuraSaito": lambda y: -1 / y,
        "Exponential": np.exp,
    }[name]
    from_phi = gen.phi(x) - gen.phi(y) - np.sum((x - y) * grad(y), -1)
    np.testing.assert_allclose(gen.divergence(x, y), from_phi, rtol=1e-10)


@pytest.mark.parametrize("name", list(VEC))
@pytest.mark.parametrize("delta", [1e-12, 1e-9, 1e-6, 1e-4, 1e-2, -1e-2, -1e-7, 0.3, -0.5, 1.5])
def test_near_identical_relative_accuracy(name, delta):
    gen, ref = VEC[name]
    rng = np.random.default_rng(zlib.crc32(f"{name}{delta}".encode()))
    for _ in range(20):
        y = _positive((5,), rng)
        x = y * (1 + delta * rng.uniform(0.5, 1.0, size=5))
        got = float(gen.divergence(x, y))
        want = ref(x, y)
        assert want > 0
        # measured max 2.5 ulp (SquaredEuclidean, GeneralizedKL, ItakuraSaito); the bound allows a
        # few ulps of summation.  For the exponential generator the problem itself has condition
        # number ~|x| (e^x), which matters once x − y is not formed exactly (|delta| ≥ 0.5): the
        # bound scales with max|x| there (measured ≤ 16 ulp at |x| ≈ 50).
        cond = max(1.0, np.abs(x).max()) if name == "Exponential" and abs(delta) > 0.4 else 1.0
        assert _rel(got, want) <= 4e-15 * cond


def test_generalized_kl_pairwise_zero_entries():
    g = br.GeneralizedKL()
    X = np.array([[0.0, 1.0], [2.0, 0.0], [1.0, 1.0]])
    Y = np.array([[1.0, 0.0], [0.5, 2.0], [0.0, 0.0]])
    np.testing.assert_allclose(g.pairwise(X, Y), g.divergence(X[:, None], Y[None]), rtol=1e-14)
    P = g.pairwise(X, Y)
    assert P[0, 2] == np.inf and P[0, 0] == np.inf and np.isfinite(P[0, 1])
    assert P[1, 0] == pytest.approx(2 * np.log(2) - 1, rel=1e-15)


def test_generalized_kl_zero_entries():
    g = br.GeneralizedKL()
    assert float(g.divergence([0.0, 1.0], [2.0, 1.0])) == 2.0
    assert float(g.divergence([1.0], [0.0])) == np.inf
    assert float(g.divergence([0.0], [0.0])) == 0.0
    # extreme ratios: no overflow of x/y
    got = float(g.divergence([1e300], [1e-300]))
    assert _rel(got, mp_gkl([1e300], [1e-300])) < 1e-14


def test_exponential_large_arguments():
    g = br.Exponential()
    x, y = np.array([30.0, -40.0]), np.array([30.0 + 1e-9, -45.0])
    assert _rel(float(g.divergence(x, y)), mp_exp(x, y)) < 4e-15


def test_mahalanobis():
    A = _spd(4, RNG, cond=1e3)
    g = br.Mahalanobis(A)
    x, y = RNG.normal(size=(10, 4)), RNG.normal(size=(10, 4))
    got = g.divergence(x, y)
    want = np.array([mp_mahal(a, b, A) for a, b in zip(x, y)])
    np.testing.assert_allclose(got, want, rtol=1e-12)
    assert np.all(g.divergence(x, x) == 0)
    # near-identical points: relative accuracy from x − y formed first
    y2 = x * (1 + 1e-10)
    got = g.divergence(x, y2)
    want = np.array([mp_mahal(a, b, A) for a, b in zip(x, y2)])
    np.testing.assert_allclose(got, want, rtol=1e-12)
    # PSD (singular) A is accepted and B >= 0
    v = RNG.normal(size=(3, 1))
    g1 = br.Mahalanobis(v @ v.T)
    assert np.all(g1.divergence(RNG.normal(size=(20, 3)), RNG.normal(size=(20, 3))) >= 0)
    # A = I is the squared Euclidean generator
    np.testing.assert_allclose(br.Mahalanobis(np.eye(4)).divergence(x, y),
                               br.SquaredEuclidean().divergence(x, y), rtol=1e-14)


def test_logdet():
    g = br.LogDet()
    n = 3
    X = np.stack([_spd(n, RNG, 100.0) for _ in range(6)])
    Y = np.stack([_spd(n, RNG, 100.0) for _ in range(6)])
    got = g.divergence(X, Y)
    want = np.array([mp_logdet(a, b) for a, b in zip(X, Y)])
    np.testing.assert_allclose(got, want, rtol=1e-12)
    # the definition tr(XY⁻¹) − log det(XY⁻¹) − n
    direct = [np.trace(a @ np.linalg.inv(b)) - np.linalg.slogdet(a @ np.linalg.inv(b))[1] - n
              for a, b in zip(X, Y)]
    np.testing.assert_allclose(got, direct, rtol=1e-10)
    np.testing.assert_allclose(g.phi(X), [-np.linalg.slogdet(a)[1] for a in X], rtol=1e-13)
    assert np.all(g.divergence(X, X) == 0)
    assert np.all(got > 0)


@pytest.mark.parametrize("eps", [1e-10, 1e-6, 1e-3])
def test_logdet_near_identical(eps):
    g = br.LogDet()
    Y = _spd(4, RNG, 50.0)
    E = RNG.normal(size=(4, 4))
    X = Y + eps * (E + E.T)
    X = (X + X.T) / 2
    got = float(g.divergence(X, Y))
    want = mp_logdet(X, Y)
    # measured: relative error ≤ ~1e-14 (eigenvalues of L⁻¹(X − Y)L⁻ᵀ carry absolute error
    # ε·‖L⁻¹(X − Y)L⁻ᵀ‖, i.e. relative to the largest |μ|)
    assert _rel(got, want) < 1e-12


# ---- broadcasting and pairwise ----

def test_broadcasting():
    g = br.ItakuraSaito()
    x = _positive((4, 1, 3), RNG)
    y = _positive((5, 3), RNG)
    out = g.divergence(x, y)
    assert out.shape == (4, 5)
    np.testing.assert_allclose(out[2, 3], g.divergence(x[2, 0], y[3]), rtol=0, atol=0)
    assert np.ndim(g.divergence(x[0, 0], y[0])) == 0


ALL = dict(VEC, Mahalanobis=(br.Mahalanobis(_spd(3, RNG)), None))


@pytest.mark.parametrize("name", list(ALL))
def test_pairwise_equals_elementwise(name):
    gen = ALL[name][0]
    X, Y = _positive((7, 3), RNG), _positive((9, 3), RNG)
    P = gen.pairwise(X, Y)
    assert P.shape == (7, 9)
    E = gen.divergence(X[:, None, :], Y[None, :, :])
    np.testing.assert_allclose(P, E, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("name", ["SquaredEuclidean", "Mahalanobis", "GeneralizedKL", "ItakuraSaito"])
def test_pairwise_gemm_guard(name):
    # GEMM form with the per-entry guard: clustered points (B ≪ the GEMM terms) must be recomputed
    gen = ALL[name][0]
    rng = np.random.default_rng(7)
    if name in ("SquaredEuclidean", "Mahalanobis"):
        c = 1e3 * rng.normal(size=3)
        X = c + rng.normal(size=(40, 3)) * np.logspace(-12, 2, 40)[:, None]
        Y = c + rng.normal(size=(30, 3)) * np.logspace(-12, 2, 30)[:, None]
    else:
        c = np.exp(3 * rng.normal(size=3))
        X = c * np.exp(rng.normal(size=(40, 3)) * np.logspace(-12, 0.5, 40)[:, None])
        Y = c * np.exp(rng.normal(size=(30, 3)) * np.logspace(-12, 0.5, 30)[:, None])
    X[5] = Y[7]  # an exact zero
    P = gen.pairwise(X, Y)
    E = gen.divergence(X[:, None, :], Y[None, :, :])
    np.testing.assert_allclose(P, E, rtol=1e-12, atol=0)
    assert P[5, 7] == 0
    mp_ref = {"SquaredEuclidean": mp_sqeuclid, "GeneralizedKL": mp_gkl, "ItakuraSaito": mp_is}
    if name in mp_ref:
        pairs = [(0, 0), (10, 3), (20, 11), (39, 29)]
        ref = [mp_ref[name](X[i], Y[j]) for i, j in pairs]
        np.testing.assert_allclose([P[i, j] for i, j in pairs], ref, rtol=1e-13)
    X[3, 1] = np.nan
    Pn = gen.pairwise(X, Y)
    assert np.all(np.isnan(Pn[3])) and not np.any(np.isnan(np.delete(Pn, 3, axis=0)))
    P32 = gen.pairwise(X.astype(np.float32), Y.astype(np.float32))
    E32 = gen.divergence(X.astype(np.float32)[:, None, :], Y.astype(np.float32)[None, :, :])
    assert P32.dtype == np.float32
    np.testing.assert_allclose(P32, E32, rtol=2.4e-7, atol=0)  # both rounded once from double
    assert gen.pairwise(X[:0], Y).shape == (0, 30)


def test_pairwise_logdet_and_family():
    g = br.LogDet()
    X = np.stack([_spd(2, RNG) for _ in range(3)])
    Y = np.stack([_spd(2, RNG) for _ in range(4)])
    np.testing.assert_allclose(g.pairwise(X, Y), g.divergence(X[:, None], Y[None]), rtol=1e-12,
                               atol=1e-14)
    fam = ig.Normal()
    gf = br.FamilyGenerator(fam)
    TX = fam.natural(mean=RNG.normal(size=3), std=np.exp(RNG.normal(size=3)))
    TY = fam.natural(mean=RNG.normal(size=5), std=np.exp(RNG.normal(size=5)))
    P = gf.pairwise(TX, TY)
    assert P.shape == (3, 5)
    for i in range(3):
        for j in range(5):
            np.testing.assert_allclose(P[i, j], gf.divergence(TX[i], TY[j]), rtol=1e-12, atol=1e-14)


# ---- family generator: B_F(θq : θp) = KL(p‖q) = B_F*(ηp : ηq) ----

def _kl_normal(m1, s1, m2, s2):
    return np.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - 0.5


def test_family_generator_normal_kl():
    fam = ig.Normal()
    m1, s1 = np.array([0.0, 1.5, -2.0]), np.array([1.0, 0.3, 4.0])
    m2, s2 = np.array([1.0, 1.4, 0.5]), np.array([1.0, 0.5, 2.5])
    tp, tq = fam.natural(mean=m1, std=s1), fam.natural(mean=m2, std=s2)
    kl = _kl_normal(m1, s1, m2, s2)
    np.testing.assert_allclose(br.FamilyGenerator(fam).divergence(tq, tp), kl, rtol=1e-12)
    ep, eq = fam.to_mean(tp), fam.to_mean(tq)
    np.testing.assert_allclose(br.FamilyGenerator(fam, dual=True).divergence(ep, eq), kl, rtol=1e-12)
    # independent check of one KL by numerical integration against scipy densities
    p, q = stats.norm(m1[1], s1[1]), stats.norm(m2[1], s2[1])
    val, _ = integrate.quad(lambda t: p.pdf(t) * (p.logpdf(t) - q.logpdf(t)), -np.inf, np.inf,
                            epsabs=0, epsrel=1e-13)
    np.testing.assert_allclose(kl[1], val, rtol=1e-10)


def test_family_generator_uses_family_bregman_when_present():
    class Fake:
        dim = 2
        log_partition = to_mean = conjugate = to_natural = None

        def bregman(self, p, q):
            return np.full(np.broadcast_shapes(p.shape[:-1], q.shape[:-1]), 7.0)

    assert float(br.FamilyGenerator(Fake()).divergence([1.0, 2.0], [3.0, 4.0])) == 7.0


# ---- float32 ----

@pytest.mark.parametrize("name", list(VEC))
def test_float32(name):
    gen = VEC[name][0]
    x, y = _positive((6, 3), RNG).astype(np.float32), _positive((6, 3), RNG).astype(np.float32)
    got = gen.divergence(x, y)
    assert got.dtype == np.float32
    want = gen.divergence(x.astype(np.float64), y.astype(np.float64))
    np.testing.assert_allclose(got, want, rtol=2e-7)
    P = gen.pairwise(x, y)
    assert P.dtype == np.float32
    assert gen.divergence(x, y.astype(np.float64)).dtype == np.float64


def test_float32_logdet():
    X = np.stack([_spd(3, RNG) for _ in range(4)])
    Y = np.stack([_spd(3, RNG) for _ in range(4)])
    g = br.LogDet()
    got = g.divergence(X.astype(np.float32), Y.astype(np.float32))
    assert got.dtype == np.float32
    want = g.divergence(X.astype(np.float32).astype(np.float64), Y.astype(np.float32).astype(np.float64))
    np.testing.assert_allclose(got, want, rtol=2e-7)


# ---- errors ----

def test_errors():
    with pytest.raises(ValueError, match=r"GeneralizedKL\.divergence: x at index \[1\].*nonnegative"):
        br.GeneralizedKL().divergence([[1.0, 2.0], [1.0, -1.0]], [1.0, 1.0])
    with pytest.raises(ValueError, match=r"ItakuraSaito\.divergence: y at index \[0\].*positive"):
        br.ItakuraSaito().divergence([1.0, 1.0], [[0.0, 1.0], [1.0, 1.0]])
    with pytest.raises(ValueError, match=r"ItakuraSaito\.pairwise: Y at index \[2\]"):
        br.ItakuraSaito().pairwise(np.ones((2, 2)), np.array([[1.0, 1], [1, 1], [1, -1]]))
    bad = np.array([[1.0, 2.0], [2.0, 1.0]])  # symmetric, indefinite
    with pytest.raises(ValueError, match=r"LogDet\.divergence: x at index \[1\].*positive definite"):
        br.LogDet().divergence(np.stack([np.eye(2), bad]), np.eye(2))
    with pytest.raises(ValueError, match=r"LogDet\.divergence: y.*not symmetric"):
        br.LogDet().divergence(np.eye(2), np.array([[1.0, 0.5], [0.0, 1.0]]))
    with pytest.raises(ValueError, match=r"Mahalanobis: argument 'A' is not positive semidefinite"):
        br.Mahalanobis(bad)
    with pytest.raises(ValueError, match=r"Mahalanobis: argument 'A' is not symmetric"):
        br.Mahalanobis([[1.0, 0.5], [0.0, 1.0]])
    with pytest.raises(ValueError, match=r"Mahalanobis: argument 'A' must be a non-empty square"):
        br.Mahalanobis(np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"Mahalanobis\.divergence: shape mismatch"):
        br.Mahalanobis(np.eye(2)).divergence([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match=r"SquaredEuclidean\.divergence: shape mismatch"):
        br.SquaredEuclidean().divergence([1.0, 2.0], [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match=r"SquaredEuclidean\.divergence: shape mismatch"):
        br.SquaredEuclidean().divergence(np.ones((2, 3)), np.ones((4, 3)))
    with pytest.raises(ValueError, match=r"LogDet\.divergence: argument 'x' must hold square"):
        br.LogDet().divergence(np.ones((2, 3)), np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"SquaredEuclidean\.pairwise: argument 'X' must have 2"):
        br.SquaredEuclidean().pairwise(np.ones(3), np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"FamilyGenerator\.divergence: shape mismatch"):
        br.FamilyGenerator(ig.Normal()).divergence([1.0, -1.0, 0.0], [1.0, -1.0])
    with pytest.raises(ValueError, match=r"FamilyGenerator: argument 'fam'"):
        br.FamilyGenerator(object())


def test_nan_propagates():
    out = br.ItakuraSaito().divergence([[np.nan, 1.0], [1.0, 2.0]], [1.0, 1.0])
    assert np.isnan(out[0]) and out[1] > 0


def test_doctests():
    result = doctest.testmod(br, optionflags=doctest.NORMALIZE_WHITESPACE, raise_on_error=False)
    assert result.failed == 0 and result.attempted > 0

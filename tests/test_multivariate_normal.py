"""MultivariateNormal(d): mpmath references (40 digits) for the closed forms, the closed-form Fisher
information in (μ, Σ) coordinates, and d = 1 against Normal.

The float64 inputs (θ, η, x) are fed exactly to mpmath, so the errors measured are those of the
float64 algorithms alone. At well-conditioned, large-mean and graded points (Σ = S C S with
S diagonal spanning 1e-3..1e3, condition number ~1e12, well-conditioned C) every quantity is
within 1e-12 relative. For a rotated covariance with condition number κ = 1e12 (no scaling makes it
well conditioned) the quantities are themselves ill-conditioned in their float64 inputs
(d log det Λ = tr(Σ δΛ): rounding Λ's entries by ε moves it by up to κ·ε), and the test checks the
measured error against that κ·ε bound.
"""

from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
from helpers import assert_close

mp.mp.dps = 40
EPS = np.finfo(float).eps


# ---------------------------------------------------------------- mpmath references
def _svec_index(d):
    """(row, col, scale) of each svec position: diagonal, then √2 × strictly lower row by row."""
    out = [(i, i, 1) for i in range(d)]
    out += [(i, j, 2) for i in range(1, d) for j in range(i)]  # scale² (exact), √ taken in mp
    return out


def _mp_svec(A, d):
    return [A[i, j] * (mp.sqrt(s) if s == 2 else 1) for i, j, s in _svec_index(d)]


def _mp_mat_from_svec(v, d):
    A = mp.matrix(d, d)
    for p, (i, j, s) in enumerate(_svec_index(d)):
        a = mp.mpf(v[p]) / (mp.sqrt(2) if s == 2 else 1)
        A[i, j] = a
        A[j, i] = a
    return A


def _mp_logdet(A):
    return mp.log(mp.det(A))


class MpPoint:
    """Exact (40-digit) μ, Σ, Λ of a float64 θ."""

    def __init__(self, theta, d):
        theta = [mp.mpf(float(t)) for t in theta]
        self.d = d
        self.t1 = mp.matrix(theta[:d])
        self.lam = -2 * _mp_mat_from_svec(theta[d:], d)
        self.sig = mp.inverse(self.lam)
        self.mu = self.sig * self.t1
        self.logdet_lam = _mp_logdet(self.lam)

    def log_partition(self):
        d = self.d
        return (self.t1.T * self.mu)[0] / 2 + d * mp.log(2 * mp.pi) / 2 - self.logdet_lam / 2

    def to_mean(self):
        m2 = self.sig + self.mu * self.mu.T
        return [self.mu[i] for i in range(self.d)] + _mp_svec(m2, self.d)

    def entropy(self):
        return self.d * mp.log(2 * mp.pi * mp.e) / 2 - self.logdet_lam / 2

    def log_prob(self, x):
        r = mp.matrix([mp.mpf(float(v)) for v in x]) - self.mu
        q = (r.T * self.lam * r)[0]
        return -q / 2 - self.d * mp.log(2 * mp.pi) / 2 + self.logdet_lam / 2

    def fisher(self):
        """Cov T(X) from the moments of Gaussian quadratic forms (Mathai & Provost, "Quadratic
        forms in random variables", 1992, Thm 3.2b.2): with T_p = xᵀE_p x for the orthonormal
        basis E_p of svec, Cov(aᵀx, bᵀx) = aᵀΣb, Cov(aᵀx, xᵀBx) = 2 aᵀΣBμ,
        Cov(xᵀAx, xᵀBx) = 2 tr(AΣBΣ) + 4 μᵀAΣBμ."""
        d, S, mu = self.d, self.sig, self.mu
        basis = []
        for i, j, s in _svec_index(d):
            E = mp.matrix(d, d)
            if s == 1:
                E[i, i] = 1
            else:
                E[i, j] = E[j, i] = 1 / mp.sqrt(2)
            basis.append(E)
        D = d + len(basis)
        G = mp.matrix(D, D)
        for i in range(d):
            for j in range(d):
                G[i, j] = S[i, j]
        for p, A in enumerate(basis):
            SAm = S * A * mu
            for i in range(d):
                G[i, d + p] = G[d + p, i] = 2 * SAm[i]
            for q, B in enumerate(basis):
                ASB = A * S * B
                G[d + p, d + q] = 2 * sum((ASB * S)[k, k] for k in range(d)) + 4 * (mu.T * ASB * mu)[0]
        return G


def mp_conjugate(eta, d):
    e = [mp.mpf(float(v)) for v in eta]
    m = mp.matrix(e[:d])
    sig = _mp_mat_from_svec(e[d:], d) - m * m.T
    return -(d * mp.log(2 * mp.pi * mp.e) + _mp_logdet(sig)) / 2


def _f(x):
    return np.array([float(v) for v in x], dtype=float) if isinstance(x, (list, mp.matrix)) else float(x)


def _fmat(M):
    return np.array([[float(M[i, j]) for j in range(M.cols)] for i in range(M.rows)])


# ---------------------------------------------------------------- test points
def _orth(d, seed):
    q, _ = np.linalg.qr(np.random.default_rng(seed).standard_normal((d, d)))
    return q


def _sym(a):
    return (a + a.T) / 2


def _corr(d, seed):
    """A well-conditioned correlation-like SPD matrix."""
    q = _orth(d, seed)
    return _sym(q @ np.diag(np.linspace(0.5, 2.0, d)) @ q.T)


def _points(d):
    """(label, mean, cov, kappa_bound): kappa_bound is None where 1e-12 is expected."""
    rng = np.random.default_rng(100 + d)
    S = np.diag(np.logspace(-3, 3, d))  # graded: κ(Σ) ~ 1e12 by scaling alone
    return [
        ("typical", rng.standard_normal(d), _corr(d, d), None),
        ("large-mean", 1e3 * rng.standard_normal(d), _corr(d, d + 1), None),
        ("graded-1e12", np.logspace(-3, 3, d) * rng.standard_normal(d), _sym(S @ _corr(d, d + 2) @ S), None),
        ("rotated-1e12", rng.standard_normal(d), _sym(_orth(d, d + 3) @ np.diag(np.logspace(6, -6, d))
                                                     @ _orth(d, d + 3).T), 1e12),
    ]


CASES = [(d, *pt) for d in (2, 3, 4) for pt in _points(d)]
IDS = [f"d{d}-{label}" for d, label, *_ in CASES]


def _rel(got, ref):
    got, ref = np.asarray(got, float), np.asarray(ref, float)
    return float(np.max(np.abs(got - ref)) / np.max(np.abs(ref)))


def _bound(kappa):
    # 1e-12 where the point is well conditioned (possibly after diagonal scaling); otherwise
    # the first-order bound κ·ε times a small constant for the d-term sums.
    return 1e-12 if kappa is None else 10 * kappa * EPS


@pytest.mark.parametrize("d,label,mean,cov,kappa", CASES, ids=IDS)
def test_against_mpmath(d, label, mean, cov, kappa):
    fam = ig.MultivariateNormal(d)
    th = fam.natural(mean=mean, cov=cov)
    ref = MpPoint(th, d)
    tol = _bound(kappa)

    assert abs(fam.log_partition(th) - float(ref.log_partition())) <= tol * abs(float(ref.log_partition()))
    assert abs(fam.entropy(th) - float(ref.entropy())) <= tol * abs(float(ref.entropy()))

    eta_ref = [float(v) for v in ref.to_mean()]
    eta = fam.to_mean(th)
    # blockwise, so that the mean block is not judged against the scale of the second moments
    assert_close(eta[:d], eta_ref[:d], tol, f"eta1 {label}")
    assert_close(eta[d:], eta_ref[d:], tol, f"eta2 {label}")

    Fs_ref = float(mp_conjugate(eta, d))
    assert abs(fam.conjugate(eta) - Fs_ref) <= tol * abs(Fs_ref)

    # log_prob near the mode and far out (up to 30 standard deviations)
    L = np.linalg.cholesky(cov)
    z = np.array([np.zeros(d), np.full(d, 0.5), np.linspace(-3, 3, d), np.linspace(30, -20, d)])
    x = mean + z @ L.T
    got = fam.log_prob(x, th)
    for xi, gi in zip(x, got):
        r = float(ref.log_prob(xi))
        assert abs(gi - r) <= tol * abs(r), (label, xi, gi, r)


@pytest.mark.parametrize("d,label,mean,cov,kappa", CASES, ids=IDS)
def test_fisher_against_mpmath(d, label, mean, cov, kappa):
    fam = ig.MultivariateNormal(d)
    th = fam.natural(mean=mean, cov=cov)
    G_ref = _fmat(MpPoint(th, d).fisher())
    G = fam.fisher(th)
    np.testing.assert_array_equal(G, G.T)
    if kappa is None:
        assert_close(G, G_ref, 1e-12, f"fisher {label}")
    else:
        # the Σ⊗Σ block spans κ² in magnitude; normwise the error stays at the κ·ε level
        assert_close(G, G_ref, _bound(kappa), f"fisher {label}")


@pytest.mark.parametrize("d,label,mean,cov,kappa", CASES, ids=IDS)
def test_to_natural_against_mpmath(d, label, mean, cov, kappa):
    """θ = ∇F*(η) from a float64 η, against the exact map of that η."""
    fam = ig.MultivariateNormal(d)
    eta = fam.to_mean(fam.natural(mean=mean, cov=cov))
    e = [mp.mpf(float(v)) for v in eta]
    m = mp.matrix(e[:d])
    sig = _mp_mat_from_svec(e[d:], d) - m * m.T
    lam = mp.inverse(sig)
    t1 = lam * m
    ref = [float(t1[i]) for i in range(d)] + [float(v) for v in _mp_svec(-lam / 2, d)]
    got = fam.to_natural(eta)
    # at the large mean Σ = mat(η₂) − η₁η₁ᵀ cancels (|μ|²/σ² ~ 1e6); the entries are formed
    # from exact products and a double-double η₂/√2, so θ stays within 1e-12 of the exact map of η
    assert_close(got[:d], ref[:d], _bound(kappa), f"theta1 {label}")
    assert_close(got[d:], ref[d:], _bound(kappa), f"theta2 {label}")


def _source_fisher_closed_form(lam, d):
    """Fisher information of N(μ, Σ) in (μ, Σ_ab for a ≤ b): I_μμ = Σ⁻¹, I_μΣ = 0,
    I_(ab),(ce) = ½ tr(Σ⁻¹ E_ab Σ⁻¹ E_ce) with E_ab = e_a e_bᵀ + e_b e_aᵀ (a ≠ b), e_a e_aᵀ (a = b)
    (e.g. Mardia, Kent & Bibby, "Multivariate Analysis", 1979, §4.2; Porat & Friedlander 1986)."""
    pairs = [(a, b) for a in range(d) for b in range(a, d)]
    Es = []
    for a, b in pairs:
        E = mp.matrix(d, d)
        E[a, b] = 1
        E[b, a] = 1
        Es.append(E)
    P = d + len(pairs)
    I = mp.matrix(P, P)
    for i in range(d):
        for j in range(d):
            I[i, j] = lam[i, j]
    for p, A in enumerate(Es):
        LA = lam * A
        for q, B in enumerate(Es):
            M = LA * lam * B
            I[d + p, d + q] = sum(M[k, k] for k in range(d)) / 2
    return I


@pytest.mark.parametrize("d,label,mean,cov,kappa", CASES, ids=IDS)
def test_fisher_source_closed_form(d, label, mean, cov, kappa):
    """fisher(coords="source") is the closed form at every point, the ill-conditioned and
    large-mean ones included (the generic Jᵀ∇²F J would lose up to all digits there)."""
    fam = ig.MultivariateNormal(d)
    th = fam.natural(mean=mean, cov=cov)
    ref = _fmat(_source_fisher_closed_form(MpPoint(th, d).lam, d))
    got = fam.fisher(th, coords="source")
    assert_close(got, ref, 1e-12, f"source fisher {label}")
    np.testing.assert_array_equal(got[:d, d:], 0.0)  # the (μ, Σ) cross block vanishes


@pytest.mark.parametrize("d,label,mean,cov,kappa", CASES, ids=IDS)
def test_fisher_mean_against_mpmath(d, label, mean, cov, kappa):
    """fisher(coords="mean") = ∇²F*(η) = (Cov T)⁻¹, the inverse taken in 80-digit arithmetic."""
    fam = ig.MultivariateNormal(d)
    th = fam.natural(mean=mean, cov=cov)
    with mp.workdps(80):
        ref = _fmat(mp.inverse(MpPoint(th, d).fisher()))
    got = fam.fisher(th, coords="mean")
    np.testing.assert_array_equal(got, got.T)
    # normwise per block: the blocks differ in scale by up to κ(Σ)·|μ|²/σ²
    for rows in (slice(0, d), slice(d, None)):
        for cols in (slice(0, d), slice(d, None)):
            assert_close(got[rows, cols], ref[rows, cols], _bound(kappa), f"fisher mean {label}")

@pytest.mark.parametrize("d", [2, 3, 5, 9])
def test_source_jacobian_against_finite_differences(d):
    """Fisher in source coordinates = Jᵀ G J with J by central differences of natural(ξ); d = 9
    exercises the dynamic-size (heap) path beyond the fixed-capacity buffers."""
    fam = ig.MultivariateNormal(d)
    rng = np.random.default_rng(d)
    mean, cov = rng.standard_normal(d), _corr(d, 40 + d)
    th = fam.natural(mean=mean, cov=cov)
    iu = np.triu_indices(d)
    xi = np.concatenate([mean, cov[iu]])

    def nat(z):
        c = np.zeros((d, d))
        c[iu] = z[d:]
        c = c + np.triu(c, 1).T
        return fam.natural(mean=z[:d], cov=c)

    h = 1e-5
    J = np.empty((fam.dim, xi.size))
    for j in range(xi.size):
        e = np.zeros_like(xi)
        e[j] = h
        J[:, j] = (-nat(xi + 2 * e) + 8 * nat(xi + e) - 8 * nat(xi - e) + nat(xi - 2 * e)) / (12 * h)
    assert_close(fam.fisher(th, coords="source"), J.T @ fam.fisher(th) @ J, 1e-8, f"d={d}")


@pytest.mark.parametrize("d", [7, 8, 9, 12])
def test_stack_and_heap_paths(d):
    """Both storage paths (d ≤ 8 fixed capacity, d > 8 dynamic) against mpmath."""
    fam = ig.MultivariateNormal(d)
    rng = np.random.default_rng(50 + d)
    mean, cov = rng.standard_normal(d), _corr(d, 60 + d)
    th = fam.natural(mean=mean, cov=cov)
    ref = MpPoint(th, d)
    assert abs(fam.log_partition(th) - float(ref.log_partition())) <= 1e-12 * abs(float(ref.log_partition()))
    assert_close(fam.to_mean(th), [float(v) for v in ref.to_mean()], 1e-12, f"eta d={d}")
    back = fam.source(th)
    assert_close(back["mean"], mean, 1e-12, "mean")
    assert_close(back["cov"], cov, 1e-12, "cov")
    x = mean + np.linalg.cholesky(cov) @ np.linspace(-2, 2, d)
    r = float(ref.log_prob(x))
    assert abs(fam.log_prob(x, th) - r) <= 1e-12 * abs(r)


# ---------------------------------------------------------------- d = 1 is the Normal family
@pytest.mark.parametrize("mean,std", [(0.0, 1.0), (-3.5, 0.25), (1e3, 50.0), (2.0, 1e-4), (-1e-3, 1e4)])
def test_d1_is_normal(mean, std):
    mvn, nrm = ig.MultivariateNormal(1), ig.Normal()
    th = mvn.natural(mean=[mean], cov=[[std * std]])
    th_n = nrm.natural(mean=mean, std=std)
    assert_close(th, th_n, 2 * EPS, "theta")
    th = th_n  # the same point for both families from here on
    for name in ("log_partition", "entropy"):
        a, b = getattr(mvn, name)(th), getattr(nrm, name)(th)
        assert abs(a - b) <= 4 * EPS * abs(b), name
    assert_close(mvn.to_mean(th), nrm.to_mean(th), 4 * EPS, "to_mean")
    eta = nrm.to_mean(th)
    assert abs(mvn.conjugate(eta) - nrm.conjugate(eta)) <= 4 * EPS * abs(nrm.conjugate(eta))
    assert_close(mvn.fisher(th), nrm.fisher(th), 4 * EPS, "fisher")
    x = mean + std * np.array([-30.0, -1.0, 0.0, 0.5, 7.0])
    assert_close(mvn.log_prob(x[:, None], th), nrm.log_prob(x, th), 8 * EPS, "log_prob")
    # mean coordinates: the inverse of Normal's Cov T = [[σ², 2μσ²], [2μσ², 4μ²σ² + 2σ⁴]], taken
    # in mpmath (Normal's own generic float64 inverse loses digits when |μ| ≫ σ)
    v = -1 / (2 * mp.mpf(float(th[1])))
    m = mp.mpf(float(th[0])) * v
    ref = _fmat(mp.inverse(mp.matrix([[v, 2 * m * v], [2 * m * v, 4 * m * m * v + 2 * v * v]])))
    assert_close(mvn.fisher(th, coords="mean"), ref, 1e-12, "fisher mean")
    # source coordinates (μ, σ²): diag(1/σ², 1/(2σ⁴)) exactly, with 1/σ² = −2θ₂
    lam = -2 * th[1]
    np.testing.assert_array_equal(mvn.fisher(th, coords="source"), [[lam, 0.0], [0.0, lam * lam / 2]])


# ---------------------------------------------------------------- validation details
def test_symmetry_tolerance_and_symmetric_part():
    fam = ig.MultivariateNormal(2)
    c = np.array([[2.0, 0.5], [0.5 * (1 + 50 * EPS), 1.0]])  # within 100 ε (|c_ij| + |c_ji|)
    th = fam.natural(mean=[0.0, 0.0], cov=c)
    sym = (c + c.T) / 2
    assert_close(th, fam.natural(mean=[0.0, 0.0], cov=sym), 0.0, "symmetric part used")
    with pytest.raises(ValueError, match="cov must be symmetric"):
        fam.natural(mean=[0.0, 0.0], cov=np.array([[2.0, 0.5], [0.5 * (1 + 1e-12), 1.0]]))
    with pytest.raises(ValueError, match=r"MultivariateNormal\.natural: source parameters are invalid: "
                                         r"cov must be positive definite"):
        fam.natural(mean=[0.0, 0.0], cov=[[1.0, 2.0], [2.0, 1.0]])


def test_float32_ill_conditioned_accepted():
    """float32 rows are factorized in double: an SPD covariance with κ ≈ 1e9 > 1/ε_float is valid."""
    fam = ig.MultivariateNormal(2)
    cov = np.array([[1.0, 0.0], [0.0, 1e-9]], dtype=np.float32)
    th = fam.natural(mean=np.zeros(2, np.float32), cov=cov)
    assert th.dtype == np.float32
    assert np.isfinite(fam.log_partition(th))


def test_constructor():
    with pytest.raises(ValueError, match="must be >= 1"):
        ig.MultivariateNormal(0)
    with pytest.raises(TypeError):
        ig.MultivariateNormal(2.0)
    fam = ig.MultivariateNormal(4)
    assert fam.dim == 4 + 10
    assert fam.event_shape == (4,)
    assert fam.source_params == {"mean": (4,), "cov": (4, 4)}


@pytest.mark.parametrize("op", ["kl", "bregman"])
def test_kl_lazy_domain_checks_report_first_bad_row(op):
    """kl/bregman validate MultivariateNormal rows through the kernel's own factorizations
    (bind_divergence.hpp, kl_checks_domain): every kind of bad row is still reported, with its
    index: indefinite precision in p, in q, in both of an identical pair (result 0), inf."""
    fam = ig.MultivariateNormal(2)
    P = fam.natural(mean=np.zeros((4, 2)), cov=np.eye(2))
    bad = P.copy()
    bad[1, 2] = 1.0  # svec(−Λ/2) with a positive diagonal entry: Λ not positive definite
    fn = getattr(fam, op)
    with pytest.raises(ValueError, match=r"p at index \[1\].*negative definite"):
        fn(bad, P)
    with pytest.raises(ValueError, match=r"q at index \[1\].*negative definite"):
        fn(P, bad)
    with pytest.raises(ValueError, match=r"p at index \[1\].*negative definite"):
        fn(bad, bad)
    inf = P.copy()
    inf[3, 0] = np.inf
    with pytest.raises(ValueError, match=r"q at index \[3\].*finite"):
        fn(P, inf)
    with pytest.raises(ValueError, match=r"p at index \[1\]"):
        fn(bad.astype(np.float32), P.astype(np.float32))

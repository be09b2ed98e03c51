"""Wishart(d): mpmath references (50 digits) at extreme points, d = 1 against scipy's gamma, and
the accuracy of the Newton solve behind to_natural / conjugate.

Float64 inputs are fed exactly to mpmath, so the errors measured are those of the float64
algorithms. Closed forms (F, η, entropy, log_prob, the three Fisher matrices) stay within 1e-12
relative from df = d − 1 + 1e-8 up to df = 1e15 and for graded scales of condition number 1e12.
to_natural / conjugate: where c = η₁ − log det mat(η₂) is not small (typical and near-boundary
points) within 1e-12 of the exact map of the float64 η; for large df, c ≈ −d(d+1)/(2 df) and
forming c rounds at the level of ε·(|η₁| + |log det M|), so the relative error is bounded by
that over |c| (measured: 1.4e-15 relative at the typical, boundary and graded points; 1.3e-8
at df = 1e8, where c ≈ −3e-8, within 1× the bound). log_prob at df = 1e15 is limited by its own
condition number in θ and X (~ a·|X/E[X] − 1|·d ≈ 1e8): measured ≤ 11 ε × that.
"""

from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest
from scipy import stats

import infogeom as ig
from helpers import assert_close

mp.mp.dps = 50
EPS = np.finfo(float).eps


def _svec_index(d):
    return [(i, i) for i in range(d)] + [(i, j) for i in range(1, d) for j in range(i)]


def _mp_mat(v, d):
    A = mp.matrix(d, d)
    for p, (i, j) in enumerate(_svec_index(d)):
        x = mp.mpf(float(v[p])) * (1 if i == j else 1 / mp.sqrt(2))
        A[i, j] = A[j, i] = x
    return A


def _mp_svec(A, d):
    return [A[i, j] * (1 if i == j else mp.sqrt(2)) for i, j in _svec_index(d)]


def _fmat(M):
    return np.array([[float(M[i, j]) for j in range(M.cols)] for i in range(M.rows)])


def _logdet(A):
    return mp.log(mp.det(A))


def _mvlgamma(a, d):
    return d * (d - 1) * mp.log(mp.pi) / 4 + sum(mp.loggamma(a - mp.mpf(j) / 2) for j in range(d))


def _mvpsi(a, d, n=0):
    return sum(mp.polygamma(n, a - mp.mpf(j) / 2) for j in range(d))


class MpPoint:
    """Exact quantities of a float64 θ."""

    def __init__(self, theta, d):
        self.d = d
        self.t1 = mp.mpf(float(theta[0]))
        self.a = self.t1 + mp.mpf(d + 1) / 2
        self.lam = -2 * _mp_mat(theta[1:], d)
        self.V = mp.inverse(self.lam)
        self.ell = _logdet(self.lam / 2)

    def log_partition(self):
        return _mvlgamma(self.a, self.d) - self.a * self.ell

    def to_mean(self):
        return [_mvpsi(self.a, self.d) - self.ell] + _mp_svec(2 * self.a * self.V, self.d)

    def entropy(self):
        eta1 = _mvpsi(self.a, self.d) - self.ell
        return self.log_partition() - self.t1 * eta1 + self.a * self.d  # −θ·η + F, θ₂·η₂ = −ad

    def log_prob(self, x):
        d = self.d
        X = mp.matrix([[mp.mpf(float(x[i * d + j])) for j in range(d)] for i in range(d)])
        tr = sum((self.lam * X)[k, k] for k in range(d))
        return self.t1 * _logdet(X) - tr / 2 - self.log_partition()

    def fisher(self):
        """Cov T(X): Var log det X = ψ'_d(a), Cov(log det X, X) = 2V,
        Cov(X_ij, X_kl) = 2a (V_ik V_jl + V_il V_jk) (Muirhead 1982, Thm 3.2.4), in svec."""
        d, V, a = self.d, self.V, self.a
        idx = _svec_index(d)
        sc = [1 if i == j else mp.sqrt(2) for i, j in idx]
        D = 1 + len(idx)
        G = mp.matrix(D, D)
        G[0, 0] = _mvpsi(a, d, 1)
        for p, (i, j) in enumerate(idx):
            G[0, 1 + p] = G[1 + p, 0] = sc[p] * 2 * V[i, j]
            for q, (k, l) in enumerate(idx):
                G[1 + p, 1 + q] = sc[p] * sc[q] * 2 * a * (V[i, k] * V[j, l] + V[i, l] * V[j, k])
        return G

    def fisher_source(self):
        """I_nn = ¼ψ'_d(n/2), I_n,ab = ½ tr(Λ E_ab), I_ab,ce = (n/2) tr(Λ E_ab Λ E_ce)."""
        d, lam, a = self.d, self.lam, self.a
        pairs = [(i, j) for i in range(d) for j in range(i, d)]
        Es = []
        for i, j in pairs:
            E = mp.matrix(d, d)
            E[i, j] = E[j, i] = 1
            Es.append(E)
        P = 1 + len(pairs)
        I = mp.matrix(P, P)
        I[0, 0] = _mvpsi(a, d, 1) / 4
        for p, A in enumerate(Es):
            I[0, 1 + p] = I[1 + p, 0] = sum((lam * A)[k, k] for k in range(d)) / 2
            for q, B in enumerate(Es):
                M = lam * A * lam * B
                I[1 + p, 1 + q] = a * sum(M[k, k] for k in range(d))
        return I


def mp_natural_from_mean(eta, d):
    """Exact θ and F* of a float64 η: solve ψ_d(a) − d log a = η₁ − log det M in mpmath."""
    e = [mp.mpf(float(v)) for v in eta]
    M = _mp_mat(eta[1:], d)
    c = e[0] - _logdet(M)
    lo = mp.mpf(d - 1) / 2
    f = lambda b: _mvpsi(lo + b, d) - d * mp.log(lo + b) - c  # noqa: E731
    # bracket b in (0, ∞): f is increasing from −∞ to −c > 0
    b_lo, b_hi = mp.mpf(1), mp.mpf(1)
    while f(b_lo) > 0:
        b_lo /= 16
    while f(b_hi) < 0:
        b_hi *= 16
    b = mp.findroot(f, (b_lo, b_hi), solver="anderson")
    a = lo + b
    minv = mp.inverse(M)
    theta = [b - 1] + _mp_svec(-a * minv, d)
    t = MpPoint.__new__(MpPoint)
    t.d, t.t1, t.a = d, b - 1, a
    t.lam = 2 * a * minv
    t.ell = _logdet(t.lam / 2)
    Fstar = sum(th * v for th, v in zip(theta, e)) - t.log_partition()
    return [float(v) for v in theta], Fstar, c


# ---------------------------------------------------------------- test points
def _spd(d, seed, lo=0.5, hi=2.0):
    q, _ = np.linalg.qr(np.random.default_rng(seed).standard_normal((d, d)))
    m = q @ np.diag(np.linspace(lo, hi, d)) @ q.T
    return (m + m.T) / 2


def _points(d):
    C = _spd(d, d)
    S = np.diag(np.logspace(-3, 3, d)) if d > 1 else np.eye(1)
    G = S @ _spd(d, d + 1) @ S
    return [
        ("typical", d + 2.5, C),
        ("boundary", d - 1 + 1e-8, C),
        ("df1e8", 1e8, C / 1e8),
        ("df1e15", 1e15, C / 1e15),
        ("graded", d + 4.0, (G + G.T) / 2),
    ]


CASES = [(d, *pt) for d in (1, 2, 3, 4) for pt in _points(d)]
IDS = [f"d{d}-{label}" for d, label, *_ in CASES]


def _rel(got, ref):
    got, ref = np.asarray(got, float), np.asarray(ref, float)
    return float(np.max(np.abs(got - ref)) / np.max(np.abs(ref)))


def _x_points(df, V, d):
    m = df * V
    L = np.linalg.cholesky(m)
    s = min(1 / np.sqrt(df), 0.3)
    E = np.diag(np.linspace(-1, 1, d)) + 0.3 * (np.ones((d, d)) - np.eye(d)) / d
    pts = [m, L @ (np.eye(d) + s * E) @ L.T, L @ np.diag(np.linspace(1e-2, 3, d)) @ L.T]
    return np.array([((p + p.T) / 2).ravel() for p in pts])


@pytest.mark.parametrize("d,label,df,V", CASES, ids=IDS)
def test_closed_forms_against_mpmath(d, label, df, V):
    fam = ig.Wishart(d)
    th = fam.natural(df=df, scale=V)
    ref = MpPoint(th, d)
    tol = 1e-12
    F = float(ref.log_partition())
    assert abs(fam.log_partition(th) - F) <= tol * abs(F)
    H = float(ref.entropy())
    assert abs(fam.entropy(th) - H) <= tol * abs(H), (fam.entropy(th), H)
    eta, er = fam.to_mean(th), [float(v) for v in ref.to_mean()]
    # η₁ = [ψ_d(a) − d log a] − Σ_i log λ_i(Λ/(2a)): relative to the size of its terms (η₁ itself
    # can be ~0, e.g. −3e-8 at df = 1e8 with det(df·V) = 1)
    lam_eigs = mp.eigsy(ref.lam / (2 * ref.a), eigvals_only=True)
    scale = float(abs(_mvpsi(ref.a, d) - d * mp.log(ref.a)) + sum(abs(mp.log(e)) for e in lam_eigs))
    assert abs(eta[0] - er[0]) <= tol * scale, (eta[0], er[0], scale)
    assert_close(eta[1:], er[1:], tol, f"eta2 {label}")
    for x in _x_points(df, V, d):
        r = float(ref.log_prob(x))
        # 1e-12 relative (absolute where |log p| < 1), or the first-order condition number of
        # log p in its inputs θ and X where that is larger: ~ a·|X/E[X] − 1|·d, which at
        # df = 1e15 and one standard deviation is √a·d ≈ 1e8
        cond = float(_log_prob_condition(ref, x, d))
        bound = max(tol * max(abs(r), 1.0), 16 * EPS * cond)  # measured ≤ 11 ε·cond
        assert abs(fam.log_prob(x, th) - r) <= bound, (label, fam.log_prob(x, th), r, cond)


def _log_prob_condition(ref, x, d):
    """Σ |∂ log p/∂u · u| over the entries u of θ and X."""
    X = mp.matrix([[mp.mpf(float(x[i * d + j])) for j in range(d)] for i in range(d)])
    Xi = mp.inverse(X)
    eta = ref.to_mean()
    EX = 2 * ref.a * ref.V
    cond = abs(ref.t1 * (_logdet(X) - eta[0]))
    for i in range(d):
        for j in range(d):
            cond += abs((ref.t1 * Xi[i, j] - ref.lam[i, j] / 2) * X[i, j])
            cond += abs(ref.lam[i, j] * (X[i, j] - EX[i, j])) / 2
    return cond


@pytest.mark.parametrize("d,label,df,V", CASES, ids=IDS)
def test_fisher_against_mpmath(d, label, df, V):
    fam = ig.Wishart(d)
    th = fam.natural(df=df, scale=V)
    ref = MpPoint(th, d)
    G = fam.fisher(th)
    np.testing.assert_array_equal(G, G.T)
    Gr = _fmat(ref.fisher())
    with mp.workdps(90):
        Gmr = _fmat(mp.inverse(ref.fisher()))
    Gm = fam.fisher(th, coords="mean")
    # blockwise: the (log det X) and X blocks differ in scale by up to df·‖V‖
    for rows in (slice(0, 1), slice(1, None)):
        for cols in (slice(0, 1), slice(1, None)):
            assert_close(G[rows, cols], Gr[rows, cols], 1e-12, f"fisher {label}")
            assert_close(Gm[rows, cols], Gmr[rows, cols], 1e-12, f"fisher mean {label}")
    Gs, Gsr = fam.fisher(th, coords="source"), _fmat(ref.fisher_source())
    for rows in (slice(0, 1), slice(1, None)):
        for cols in (slice(0, 1), slice(1, None)):
            assert_close(Gs[rows, cols], Gsr[rows, cols], 1e-12, f"fisher source {label}")


@pytest.mark.parametrize("d,label,df,V", [c for c in CASES if c[1] != "df1e15"],
                         ids=[i for i, c in zip(IDS, CASES) if c[1] != "df1e15"])
def test_to_natural_and_conjugate_against_mpmath(d, label, df, V):
    """The Newton solve: θ = ∇F*(η) and F*(η) of a float64 η against the exact values."""
    fam = ig.Wishart(d)
    eta = fam.to_mean(fam.natural(df=df, scale=V))
    th_ref, Fs_ref, c = mp_natural_from_mean(eta, d)
    th = fam.to_natural(eta)
    Fs = fam.conjugate(eta)
    # conditioning: c = η₁ − log det M is formed in float64 with error ~ε(|η₁| + |log det M|)
    logdet_m = float(_logdet(_mp_mat(eta[1:], d)))
    bound = max(1e-12, 4 * d * EPS * (abs(eta[0]) + abs(logdet_m) + d) / abs(float(c)))
    err_t1 = abs(th[0] - th_ref[0]) / abs(th_ref[0] + 1)  # relative in b = θ₁ + 1 = a − (d−1)/2
    assert err_t1 <= bound, (label, err_t1, bound)
    assert_close(th[1:], th_ref[1:], bound, f"theta2 {label}")
    Fs_ref = float(Fs_ref)
    assert abs(Fs - Fs_ref) <= max(bound, 1e-12) * abs(Fs_ref), (Fs, Fs_ref)


def test_solver_measured_accuracy():
    """The measured errors at the large-df points stay well inside the conditioning bound (and
    at the other points within a few ε)."""
    ratios = []
    for d, label, df, V in CASES:
        if label == "df1e15":
            continue
        fam = ig.Wishart(d)
        eta = fam.to_mean(fam.natural(df=df, scale=V))
        th_ref, _, c = mp_natural_from_mean(eta, d)
        th = fam.to_natural(eta)
        err = _rel(th[1:], th_ref[1:])
        logdet_m = float(_logdet(_mp_mat(eta[1:], d)))
        cond = EPS * (abs(eta[0]) + abs(logdet_m) + d) / abs(float(c))
        ratios.append(err / max(cond, EPS))
    assert max(ratios) < 2 * 4, ratios  # the bound used above has the factor 4 d ≥ 4


def test_d1_is_gamma():
    """W_1(n, v) is Gamma(shape n/2, scale 2v); θ = (n/2 − 1, −1/(2v)) is Gamma's own layout.
    Against the gamma density in mpmath (scipy's gamma logpdf loses ~1e-11 at these shapes)."""
    fam = ig.Wishart(1)
    for df, v in ((3.0, 0.5), (1e-6, 2.0), (2e5, 1e-5)):
        th = fam.natural(df=df, scale=[[v]])
        g = stats.gamma(df / 2, scale=2 * v)
        x = g.ppf([1e-6, 0.1, 0.5, 0.9, 1 - 1e-9])
        x = x[x > 0]
        a, lam = mp.mpf(float(th[0])) + 1, -2 * mp.mpf(float(th[1]))
        lp = fam.log_prob(x[:, None], th)
        for xi, li in zip(x, lp):
            X = mp.mpf(float(xi))
            r = (a - 1) * mp.log(X) - lam * X / 2 - (mp.loggamma(a) - a * mp.log(lam / 2))
            # conditioning in x: |∂ log p/∂x · x| = |a − 1 − λx/2| ~ √a at one standard deviation
            cond = abs(a - 1) + abs(lam * X / 2) if df > 10 else 0
            assert abs(li - float(r)) <= max(1e-12 * abs(float(r)), 4 * EPS * float(cond)), (df, xi, li, r)
        H = a - mp.log(lam / 2) + mp.loggamma(a) + (1 - a) * mp.digamma(a)
        assert abs(fam.entropy(th) - float(H)) <= 1e-12 * abs(float(H))
        if df == 3.0:  # scipy agrees at a moderate shape
            assert_close(fam.log_prob(x[:, None], th), g.logpdf(x), 1e-13, "scipy logpdf")
            assert abs(fam.entropy(th) - g.entropy()) <= 1e-13 * abs(g.entropy())
        eta = fam.to_mean(th)
        assert abs(eta[0] - float(mp.digamma(a) - mp.log(lam / 2))) <= 1e-13 * abs(eta[0])
        assert abs(eta[1] - float(2 * a / lam)) <= 4 * EPS * abs(eta[1])  # E[X] = 2a/λ of this θ


def test_solver_does_not_hang_and_reports():
    fam = ig.Wishart(2)
    eta = fam.to_mean(fam.natural(df=5.0, scale=np.eye(2)))
    # c = η₁ − log det M ≥ 0 is outside the mean domain
    bad = eta.copy()
    bad[0] = np.log(bad[1] * bad[2]) + 1e-3
    with pytest.raises(ValueError, match=r"Wishart\.to_natural: eta is outside the mean parameter domain"):
        fam.to_natural(bad)
    assert np.all(np.isnan(fam.to_natural(bad, validate=False)))
    # M = I (log det M = 0 exactly): c = η₁ = −1e-300 still solves (a ~ 1e300) ...
    far = np.array([-1e-300, 1.0, 1.0, 0.0])
    th = fam.to_natural(far)
    assert np.all(np.isfinite(th)) and th[0] > 1e299
    # ... while c = −1e-320 puts a beyond the float range: an error after the iteration cap,
    # not a hang
    with pytest.raises(ValueError, match=r"Wishart\.to_natural: the numerical solve did not converge"):
        fam.to_natural(np.array([-1e-320, 1.0, 1.0, 0.0]))


def test_symmetric_part_and_messages():
    fam = ig.Wishart(2)
    c = np.array([[2.0, 0.5], [0.5 * (1 + 50 * EPS), 1.0]])
    assert_close(fam.natural(df=3.0, scale=c), fam.natural(df=3.0, scale=(c + c.T) / 2), 0.0, "sym")
    th = fam.natural(df=3.0, scale=np.eye(2))
    x = np.array([[2.0, 0.5], [0.5 * (1 + 50 * EPS), 1.0]])
    assert fam.log_prob(x.ravel(), th) == fam.log_prob(((x + x.T) / 2).ravel(), th)
    assert fam.log_prob(np.array([1.0, 0.5, 0.4, 1.0]), th) == -np.inf
    with pytest.raises(ValueError, match="x must be symmetric"):
        fam.sufficient_statistics(np.array([1.0, 0.5, 0.4, 1.0]))
    with pytest.raises(ValueError, match="x must be positive definite"):
        fam.sufficient_statistics(np.array([1.0, 2.0, 2.0, 1.0]))
    with pytest.raises(ValueError, match="df must be finite and > d - 1"):
        fam.natural(df=1.0, scale=np.eye(2))
    with pytest.raises(ValueError, match="must be >= 1"):
        ig.Wishart(0)
    assert fam.dim == 4 and fam.event_shape == (4,)
    assert fam.source_params == {"df": (), "scale": (2, 2)}


@pytest.mark.parametrize("d", [2, 9])
def test_source_jacobian_and_heap_path(d):
    """Source Fisher (closed form) = Jᵀ G J with J by central differences; d = 9 runs the
    dynamic-size path."""
    fam = ig.Wishart(d)
    V = _spd(d, 70 + d)
    df = d + 3.0
    th = fam.natural(df=df, scale=V)
    iu = np.triu_indices(d)
    xi = np.concatenate([[df], V[iu]])

    def nat(z):
        c = np.zeros((d, d))
        c[iu] = z[1:]
        return fam.natural(df=z[0], scale=c + np.triu(c, 1).T)

    h = 1e-5
    J = np.empty((fam.dim, xi.size))
    for j in range(xi.size):
        e = np.zeros_like(xi)
        e[j] = h
        J[:, j] = (-nat(xi + 2 * e) + 8 * nat(xi + e) - 8 * nat(xi - e) + nat(xi - 2 * e)) / (12 * h)
    assert_close(fam.fisher(th, coords="source"), J.T @ fam.fisher(th) @ J, 1e-8, f"d={d}")
    ref = MpPoint(th, d)
    assert abs(fam.log_partition(th) - float(ref.log_partition())) <= 1e-12 * abs(float(ref.log_partition()))
    assert_close(fam.to_natural(fam.to_mean(th)), th, 1e-12, "round trip")

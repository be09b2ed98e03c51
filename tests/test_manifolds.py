"""ig.manifolds: SPD (affine-invariant, log-Euclidean), PoincareBall, HalfPlane, Sphere.

References are independent of the implementation: mpmath at 50 digits with the textbook formulas
(matrix square roots / logarithms by mpmath's symmetric eigensolver, arccosh distance forms, acos /
atan2 of the exact inner products, Möbius maps of the complex half-plane), plus the identities of
Riemannian geometry (exp∘log, dist = ‖log‖, symmetry, triangle inequality, parallel transport
isometry, Karcher gradient) and of the Fisher–Rao geometry of classical families.
"""

from __future__ import annotations

import doctest

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
import infogeom.manifolds as mf

mp.mp.dps = 50
RNG = np.random.default_rng(20261124)
EPS = np.finfo(np.float64).eps
EPS32 = float(np.finfo(np.float32).eps)


# ------------------------------------------------------------------------------ helpers
def _spd(n, rng, cond=10.0):
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    lam = np.exp(rng.uniform(0, np.log(cond), n)) * np.exp(rng.uniform(-1, 1))
    a = (q * lam) @ q.T
    return (a + a.T) / 2


def _sym(n, rng, scale=1.0):
    v = rng.normal(size=(n, n)) * scale
    return (v + v.T) / 2


def _ball(dim, rng, c=1.0, rmax=0.9):
    """Points well inside the ball of curvature −c (radius ≤ rmax/√c)."""
    v = rng.normal(size=dim)
    return v / np.linalg.norm(v) * rng.uniform(0, rmax) / np.sqrt(c)


def _unit(k, rng):
    v = rng.normal(size=k)
    return v / np.linalg.norm(v)


def rel_err(got, ref):
    got, ref = np.asarray(got, dtype=np.float64), np.asarray(ref, dtype=np.float64)
    return float(np.linalg.norm(got - ref) / np.linalg.norm(ref))


def mpm(a):
    return mp.matrix([[mp.mpf(float(v)) for v in row] for row in np.asarray(a)])


def mp_np(m):
    return np.array([[float(m[i, j]) for j in range(m.cols)] for i in range(m.rows)])


def mp_fun(m, f):
    """f applied to the symmetric mpmath matrix m through its eigendecomposition."""
    m = (m + m.T) / 2
    e, q = mp.eigsy(m)
    d = mp.diag([f(e[i]) for i in range(m.rows)])
    return q * d * q.T


# ---- SPD references (Pennec et al. 2006, Bhatia 2007 ch. 6), square roots from mpmath eigsy
def mp_spd_parts(A):
    Am = mpm(A)
    return mp_fun(Am, mp.sqrt), mp_fun(Am, lambda x: 1 / mp.sqrt(x))


def mp_spd_dist(A, B):
    _, Ai = mp_spd_parts(A)
    C = Ai * mpm(B) * Ai
    e, _ = mp.eigsy((C + C.T) / 2)
    return mp.sqrt(sum(mp.log(e[i]) ** 2 for i in range(len(e))))


def mp_spd_log(A, B):
    As, Ai = mp_spd_parts(A)
    return mp_np(As * mp_fun(Ai * mpm(B) * Ai, mp.log) * As)


def mp_spd_exp(A, V):
    As, Ai = mp_spd_parts(A)
    return mp_np(As * mp_fun(Ai * mpm(V) * Ai, mp.exp) * As)


def mp_spd_geo(A, B, t):
    As, Ai = mp_spd_parts(A)
    return mp_np(As * mp_fun(Ai * mpm(B) * Ai, lambda x: x ** mp.mpf(t)) * As)


def mp_spd_transport(A, B, V):
    # E = A^{1/2} (A^{-1/2} B A^{-1/2})^{1/2} A^{-1/2}  (Sra & Hosseini 2015), Γ(V) = E V Eᵀ
    As, Ai = mp_spd_parts(A)
    E = As * mp_fun(Ai * mpm(B) * Ai, mp.sqrt) * Ai
    return mp_np(E * mpm(V) * E.T)


def mp_spd_inner(A, U, V):
    Ainv = mp.inverse(mpm(A))
    P = Ainv * mpm(U) * Ainv * mpm(V)
    return sum(P[i, i] for i in range(P.rows))


def mp_logm_np(A):
    return mp_fun(mpm(A), mp.log)


# ---- hyperbolic references
def mp_vec(x):
    return [mp.mpf(float(v)) for v in np.asarray(x)]


def mp_dot(a, b):
    return sum(p * q for p, q in zip(a, b))


def mp_ball_dist(x, y, c=1.0):
    # arccosh form (Ratcliffe §4.5): cosh(√c d) = 1 + 2c|x − y|²/((1 − c|x|²)(1 − c|y|²))
    c = mp.mpf(c)
    a, b = mp_vec(x), mp_vec(y)
    d2 = sum((p - q) ** 2 for p, q in zip(a, b))
    return mp.acosh(1 + 2 * c * d2 / ((1 - c * mp_dot(a, a)) * (1 - c * mp_dot(b, b)))) / mp.sqrt(c)


def mp_mobius_add(a, b, c):
    ab, a2, b2 = mp_dot(a, b), mp_dot(a, a), mp_dot(b, b)
    den = 1 + 2 * c * ab + c * c * a2 * b2
    return [((1 + 2 * c * ab + c * b2) * p + (1 - c * a2) * q) / den for p, q in zip(a, b)]


def mp_ball_exp(x, v, c=1.0):
    # Ganea et al. 2018, Lemma 2, direct artanh/tanh forms at 50 digits
    c = mp.mpf(c)
    a, w = mp_vec(x), mp_vec(v)
    nv = mp.sqrt(mp_dot(w, w))
    lam = 2 / (1 - c * mp_dot(a, a))
    f = mp.tanh(mp.sqrt(c) * lam * nv / 2) / (mp.sqrt(c) * nv)
    return np.array([float(t) for t in mp_mobius_add(a, [f * t for t in w], c)])


def mp_ball_log(x, y, c=1.0):
    c = mp.mpf(c)
    a, b = mp_vec(x), mp_vec(y)
    u = mp_mobius_add([-t for t in a], b, c)
    nu = mp.sqrt(mp_dot(u, u))
    lam = 2 / (1 - c * mp_dot(a, a))
    f = 2 / (mp.sqrt(c) * lam) * mp.atanh(mp.sqrt(c) * nu) / nu
    return np.array([float(f * t) for t in u])


def mp_gyr(u, v, w, c):
    # gyr[u, v]w = −(u ⊕ v) ⊕ (u ⊕ (v ⊕ w))  (Ungar 2008, eq. 3.20); linear in w, so w is scaled
    # into the ball first and the result scaled back
    s = mp.mpf(1) / (4 * (1 + mp.sqrt(mp_dot(w, w))) * mp.sqrt(c))
    ws = [s * t for t in w]
    uv = mp_mobius_add(u, v, c)
    r = mp_mobius_add([-t for t in uv], mp_mobius_add(u, mp_mobius_add(v, ws, c), c), c)
    return [t / s for t in r]


def mp_ball_transport(x, y, v, c=1.0):
    c = mp.mpf(c)
    a, b, w = mp_vec(x), mp_vec(y), mp_vec(v)
    lx, ly = 2 / (1 - c * mp_dot(a, a)), 2 / (1 - c * mp_dot(b, b))
    g = mp_gyr(b, [-t for t in a], w, c)
    return np.array([float(lx / ly * t) for t in g])


def mp_half_dist(p, q):
    a, b = mp_vec(p), mp_vec(q)
    d2 = sum((s - t) ** 2 for s, t in zip(a, b))
    return mp.acosh(1 + d2 / (2 * a[-1] * b[-1]))


def mp_half_exp(p, v):
    """exp in the complex upper half-plane: the unit-speed geodesic from i with direction e^{iθ} is
    R_φ(i eˢ), R_φ(z) = (z cos φ + sin φ)/(−z sin φ + cos φ) (rotation about i by 2φ = θ − π/2)."""
    a, y = mp.mpf(float(p[0])), mp.mpf(float(p[1]))
    vx, vy = mp.mpf(float(v[0])), mp.mpf(float(v[1]))
    s = mp.sqrt(vx * vx + vy * vy) / y
    th = mp.atan2(vy, vx)
    phi = (th - mp.pi / 2) / 2
    z = mp.mpc(0, mp.exp(s))
    w = (z * mp.cos(phi) + mp.sin(phi)) / (-z * mp.sin(phi) + mp.cos(phi))
    return np.array([float(a + y * w.real), float(y * w.imag)])


# ---- sphere references: the angle between the rays (Absil et al. 2008 for exp/log)
def mp_sphere_dist(x, y):
    a, b = mp_vec(x), mp_vec(y)
    ab, a2, b2 = mp_dot(a, b), mp_dot(a, a), mp_dot(b, b)
    return mp.atan2(mp.sqrt(a2 * b2 - ab * ab), ab)


def mp_sphere_exp(x, v):
    a, w = mp_vec(x), mp_vec(v)
    na = mp.sqrt(mp_dot(a, a))
    a = [t / na for t in a]
    aw = mp_dot(a, w)
    w = [t - aw * s for t, s in zip(w, a)]
    nv = mp.sqrt(mp_dot(w, w))
    return np.array([float(mp.cos(nv) * s + mp.sin(nv) * t / nv) for s, t in zip(a, w)])


def mp_sphere_log(x, y):
    a, b = mp_vec(x), mp_vec(y)
    a = [t / mp.sqrt(mp_dot(a, a)) for t in a]
    b = [t / mp.sqrt(mp_dot(b, b)) for t in b]
    ab = mp_dot(a, b)
    u = [t - ab * s for s, t in zip(a, b)]
    nu = mp.sqrt(mp_dot(u, u))
    d = mp.acos(ab)
    return np.array([float(d * t / nu) for t in u]), a, b, d, u


def mp_sphere_transport(x, y, v):
    # P(v) = v − (⟨log_x y, v⟩/d²)(log_x y + log_y x)  (an equivalent form of Edelman et al. 1998)
    lx, a, b, d, u = mp_sphere_log(x, y)
    ly = mp_sphere_log(y, x)[0]
    L1, L2 = mp_vec(lx), mp_vec(ly)  # float-rounded logs are not exact: recompute in mp
    nu = mp.sqrt(mp_dot(u, u))
    L1 = [d * t / nu for t in u]
    ba = mp_dot(a, b)
    w = [s - ba * t for s, t in zip(a, b)]
    L2 = [d * t / mp.sqrt(mp_dot(w, w)) for t in w]
    vv = mp_vec(v)
    av = mp_dot(a, vv)
    vv = [t - av * s for t, s in zip(vv, a)]
    k = mp_dot(L1, vv) / (d * d)
    return np.array([float(t - k * (p + q)) for t, p, q in zip(vv, L1, L2)])


# ------------------------------------------------------------------------------ SPD
SPD_CASES = [(n, cond) for n in (1, 2, 3, 5) for cond in (3.0, 1e3)]


@pytest.mark.parametrize("n,cond", SPD_CASES)
def test_spd_against_mpmath(n, cond):
    rng = np.random.default_rng(n * 1000 + int(cond))
    M = mf.SPD(n)
    A, B = _spd(n, rng, cond), _spd(n, rng, cond)
    V, U = _sym(n, rng), _sym(n, rng)
    # forward error of each operation, relative: the whitening L⁻¹(B − A)L⁻ᵀ amplifies the rounding
    # of the inputs by ~cond(A) (measured: ≤ 6ε at cond 3, ≤ 320ε at cond 1e3)
    tol = 4 * EPS * (n + cond)
    assert abs(float(M.dist(A, B)) / float(mp_spd_dist(A, B)) - 1) <= tol
    assert rel_err(M.log(A, B), mp_spd_log(A, B)) <= tol
    assert rel_err(M.exp(A, V), mp_spd_exp(A, V)) <= tol
    t = np.array([-0.5, 0.25, 0.5, 1.5])
    g = M.geodesic(A, B, t)
    for k, tk in enumerate(t):
        assert rel_err(g[k], mp_spd_geo(A, B, tk)) <= tol
    assert rel_err(M.parallel_transport(A, B, V), mp_spd_transport(A, B, V)) <= tol
    assert abs(float(M.inner(A, U, V)) - float(mp_spd_inner(A, U, V))) <= tol * float(
        M.norm(A, U) * M.norm(A, V))
    ref_le = float(mp.norm(mp_logm_np(A) - mp_logm_np(B), 2))
    assert abs(float(M.log_euclidean_dist(A, B)) - ref_le) <= tol * max(1.0, ref_le)


def test_spd_identities():
    rng = np.random.default_rng(1)
    n = 4
    M = mf.SPD(n)
    A = np.stack([_spd(n, rng, 50) for _ in range(6)])
    B = np.stack([_spd(n, rng, 50) for _ in range(6)])
    C = np.stack([_spd(n, rng, 50) for _ in range(6)])
    d_ab = M.dist(A, B)
    np.testing.assert_allclose(M.exp(A, M.log(A, B)), B, rtol=0, atol=1e-12 * np.abs(B).max())
    np.testing.assert_allclose(M.norm(A, M.log(A, B)), d_ab, rtol=1e-13)
    np.testing.assert_allclose(M.dist(B, A), d_ab, rtol=1e-13)
    assert np.all(M.dist(A, C) <= d_ab + M.dist(B, C) + 1e-13)
    # geodesic endpoints, midpoint equidistant, constant speed
    g = M.geodesic(A, B, [0.0, 0.5, 1.0])
    assert g.shape == (6, 3, n, n)
    np.testing.assert_allclose(g[:, 0], A, rtol=0, atol=1e-13 * np.abs(A).max())
    np.testing.assert_allclose(g[:, 2], B, rtol=0, atol=1e-12 * np.abs(B).max())
    np.testing.assert_allclose(M.dist(A, g[:, 1]), d_ab / 2, rtol=1e-13)
    np.testing.assert_allclose(M.dist(g[:, 1], B), d_ab / 2, rtol=1e-13)
    # affine invariance: d(GAGᵀ, GBGᵀ) = d(A, B)
    G = rng.normal(size=(n, n))
    np.testing.assert_allclose(M.dist(G @ A @ G.T, G @ B @ G.T), d_ab, rtol=1e-11)
    # parallel transport: isometry, and log_A(B) ↦ −log_B(A)
    U = np.stack([_sym(n, rng) for _ in range(6)])
    V = np.stack([_sym(n, rng) for _ in range(6)])
    PU, PV = M.parallel_transport(A, B, U), M.parallel_transport(A, B, V)
    scale = M.norm(A, U) * M.norm(A, V)
    assert np.all(np.abs(M.inner(B, PU, PV) - M.inner(A, U, V)) <= 1e-12 * scale)
    L = M.log(A, B)
    np.testing.assert_allclose(M.parallel_transport(A, B, L), -M.log(B, A), rtol=0,
                               atol=1e-12 * np.abs(M.log(B, A)).max())


@pytest.mark.parametrize("h", [1e-4, 1e-8, 1e-12])
def test_spd_dist_near_identical(h):
    """B = A + h·E: dist keeps full relative accuracy (log1p of the eigenvalues of L⁻¹(B − A)L⁻ᵀ)."""
    rng = np.random.default_rng(7)
    n = 3
    A = _spd(n, rng, 20.0)
    E = _sym(n, rng)
    B = A + h * E
    ref = float(mp_spd_dist(A, B))
    got = float(mf.SPD(n).dist(A, B))
    assert abs(got / ref - 1) <= 4 * EPS * (n + 20)
    # the log map too (direction and size)
    assert rel_err(mf.SPD(n).log(A, B), mp_spd_log(A, B)) <= 4 * EPS * (n + 20)


def test_spd_karcher_mean():
    rng = np.random.default_rng(3)
    n, m = 3, 5
    M = mf.SPD(n)
    A = np.stack([_spd(n, rng, 30.0) for _ in range(m)])
    w = rng.uniform(0.1, 1.0, m)
    mean, info = M.karcher_mean(A, w, return_info=True)
    assert bool(info.converged) and int(info.iterations) >= 1
    assert float(info.grad_norm) <= 128 * n * EPS * 10
    # the gradient Σ wᵢ Log_M(Aᵢ) vanishes (checked with the independent mpmath log map)
    grad = sum(wi * mp_spd_log(mean, Ai) for wi, Ai in zip(w / w.sum(), A))
    assert float(M.norm(mean, grad)) <= 1e-12
    # commuting matrices: the mean is Q diag(exp(Σ wᵢ log λᵢ)) Qᵀ
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    lam = np.exp(rng.uniform(-3, 3, size=(m, n)))
    C = np.einsum("ij,mj,kj->mik", Q, lam, Q)
    ref = (Q * np.exp((w[:, None] * np.log(lam)).sum(0) / w.sum())) @ Q.T
    np.testing.assert_allclose(M.karcher_mean(C, w), ref, rtol=0, atol=1e-13 * np.abs(ref).max())
    # batched, default weights; equals the per-batch call
    AB = np.stack([A, A[::-1] * 2.0])
    got = M.karcher_mean(AB)
    assert got.shape == (2, n, n)
    np.testing.assert_allclose(got[1], 2.0 * M.karcher_mean(A), rtol=1e-12)
    # a single matrix is its own mean; zero weights drop points
    np.testing.assert_allclose(M.karcher_mean(A[:1]), A[0], rtol=1e-14)
    np.testing.assert_allclose(M.karcher_mean(A, [1, 0, 0, 0, 0]), A[0], rtol=1e-13)
    # widely spread, ill-conditioned points: Newton converges in a few steps
    A2 = np.stack([_spd(5, rng, 1e4) for _ in range(20)])
    M5 = mf.SPD(5)
    mean2, info2 = M5.karcher_mean(A2, return_info=True)
    assert bool(info2.converged) and int(info2.iterations) <= 8
    grad2 = sum(mp_spd_log(mean2, Ai) for Ai in A2) / 20
    assert float(M5.norm(mean2, grad2)) <= 1e-11
    # a non-converged run reports and raises
    _, info0 = M.karcher_mean(A, max_iter=0, return_info=True)
    assert not bool(info0.converged) and int(info0.iterations) == 0
    with pytest.raises(ValueError, match="did not converge"):
        M.karcher_mean(A, max_iter=0)


def test_spd_log_euclidean_mean():
    rng = np.random.default_rng(4)
    n, m = 3, 4
    M = mf.SPD(n)
    A = np.stack([_spd(n, rng, 100.0) for _ in range(m)])
    w = np.array([1.0, 2.0, 0.5, 0.0])
    acc = mp.zeros(n, n)
    for wi, Ai in zip(w / w.sum(), A):
        acc += mp.mpf(float(wi)) * mp_logm_np(Ai)
    ref = mp_np(mp_fun(acc, mp.exp))
    assert rel_err(M.log_euclidean_mean(A, w), ref) <= 4 * EPS * (n + 100)
    # dist(metric="log_euclidean") is log_euclidean_dist
    assert float(M.dist(A[0], A[1], metric="log_euclidean")) == float(M.log_euclidean_dist(A[0], A[1]))
    with pytest.raises(ValueError, match="metric"):
        M.dist(A[0], A[1], metric="frobenius")


# ------------------------------------------------------------------------------ Poincaré ball
@pytest.mark.parametrize("dim,c", [(1, 1.0), (2, 1.0), (3, 0.5), (5, 2.0)])
def test_ball_against_mpmath(dim, c):
    rng = np.random.default_rng(dim * 10 + int(4 * c))
    B = mf.PoincareBall(dim, c)
    for _ in range(4):
        x, y = _ball(dim, rng, c), _ball(dim, rng, c)
        v = rng.normal(size=dim)
        # points with c|x|² ≤ 0.81 (measured ≤ 2ε)
        tol = 16 * EPS
        assert abs(float(B.dist(x, y)) / float(mp_ball_dist(x, y, c)) - 1) <= tol
        assert rel_err(B.log(x, y), mp_ball_log(x, y, c)) <= tol
        assert rel_err(B.exp(x, v), mp_ball_exp(x, v, c)) <= tol
        assert rel_err(B.parallel_transport(x, y, v), mp_ball_transport(x, y, v, c)) <= tol
        cm = mp.mpf(c)
        ref_add = [float(t) for t in mp_mobius_add(mp_vec(x), mp_vec(y), cm)]
        assert rel_err(B.mobius_add(x, y), ref_add) <= tol


@pytest.mark.parametrize("h", [1e-6, 1e-10, 1e-14])
def test_ball_near_identical(h):
    rng = np.random.default_rng(11)
    B = mf.PoincareBall(3, 1.5)
    x = _ball(3, rng, 1.5)
    y = x + h * rng.normal(size=3)
    assert abs(float(B.dist(x, y)) / float(mp_ball_dist(x, y, 1.5)) - 1) <= 16 * EPS
    assert rel_err(B.log(x, y), mp_ball_log(x, y, 1.5)) <= 16 * EPS


def test_ball_identities():
    rng = np.random.default_rng(12)
    dim, c = 3, 0.8
    B = mf.PoincareBall(dim, c)
    x = np.stack([_ball(dim, rng, c) for _ in range(8)])
    y = np.stack([_ball(dim, rng, c) for _ in range(8)])
    z = np.stack([_ball(dim, rng, c) for _ in range(8)])
    d = B.dist(x, y)
    np.testing.assert_allclose(B.exp(x, B.log(x, y)), y, rtol=0, atol=1e-14)
    np.testing.assert_allclose(B.norm(x, B.log(x, y)), d, rtol=1e-14)
    np.testing.assert_allclose(B.dist(y, x), d, rtol=1e-15)
    assert np.all(B.dist(x, z) <= d + B.dist(y, z) + 1e-14)
    # (2/√c) artanh(√c‖(−x) ⊕ y‖) (Ganea et al. 2018, eq. 5): the same distance
    w = B.mobius_add(-x, y)
    np.testing.assert_allclose(2 / np.sqrt(c) * np.arctanh(np.sqrt(c) * np.linalg.norm(w, axis=-1)),
                               d, rtol=1e-13)
    g = B.geodesic(x, y, [0.0, 0.5, 1.0])
    np.testing.assert_allclose(g[:, 0], x, atol=1e-15)
    np.testing.assert_allclose(g[:, 2], y, atol=1e-14)
    np.testing.assert_allclose(B.dist(x, g[:, 1]), d / 2, rtol=1e-13)
    np.testing.assert_allclose(B.dist(g[:, 1], y), d / 2, rtol=1e-13)
    # geodesic = x ⊕ (t ⊗ ((−x) ⊕ y))
    np.testing.assert_allclose(B.geodesic(x, y, 0.3), B.mobius_add(x, B.mobius_scalar(0.3, w)),
                               atol=1e-14)
    # Möbius identities: x ⊕ 0 = x, 0 ⊕ x = x, (−x) ⊕ x = 0, left cancellation
    zero = np.zeros(dim)
    np.testing.assert_array_equal(B.mobius_add(x, zero), x)
    np.testing.assert_allclose(B.mobius_add(zero, x), x, rtol=1e-15)
    np.testing.assert_allclose(B.mobius_add(-x, x), 0 * x, atol=1e-16)
    np.testing.assert_allclose(B.mobius_add(-x, B.mobius_add(x, y)), y, atol=1e-14)
    np.testing.assert_allclose(B.mobius_scalar(2.0, x), B.mobius_add(x, x), atol=1e-14)
    np.testing.assert_allclose(B.mobius_scalar(1.0, x), x, atol=1e-15)
    # parallel transport: isometry and log_x(y) ↦ −log_y(x)
    u, v = rng.normal(size=(8, dim)), rng.normal(size=(8, dim))
    Pu, Pv = B.parallel_transport(x, y, u), B.parallel_transport(x, y, v)
    np.testing.assert_allclose(B.inner(y, Pu, Pv), B.inner(x, u, v),
                               atol=1e-13 * float(np.max(B.norm(x, u) * B.norm(x, v))))
    np.testing.assert_allclose(B.parallel_transport(x, y, B.log(x, y)), -B.log(y, x), atol=1e-14)


def test_ball_projx_and_models():
    B64, B32 = mf.PoincareBall(2, 4.0), mf.PoincareBall(2, 4.0)
    far = np.array([[3.0, 4.0], [0.1, 0.0]])
    p = B64.projx(far)
    np.testing.assert_allclose(np.linalg.norm(p[0]), (1 - 1e-5) / 2.0, rtol=1e-15)
    np.testing.assert_array_equal(p[1], far[1])
    p32 = B32.projx(far.astype(np.float32))
    assert p32.dtype == np.float32
    assert float(np.linalg.norm(p32[0].astype(np.float64))) < 0.5
    np.testing.assert_allclose(np.linalg.norm(p32[0]), (1 - 4e-3) / 2.0, rtol=1e-6)
    # ball ↔ half-plane: isometries and inverse of each other, for several c and dims
    rng = np.random.default_rng(13)
    H = mf.HalfPlane()
    for dim, c in ((2, 1.0), (2, 3.0), (3, 0.5), (1, 1.0)):
        B = mf.PoincareBall(dim, c)
        Hd = mf.HalfPlane(dim)
        x = np.stack([_ball(dim, rng, c) for _ in range(6)])
        y = np.stack([_ball(dim, rng, c) for _ in range(6)])
        hx, hy = B.to_halfplane(x), B.to_halfplane(y)
        assert np.all(hx[..., -1] > 0)
        np.testing.assert_allclose(Hd.dist(hx, hy) / np.sqrt(c), B.dist(x, y), rtol=1e-13)
        np.testing.assert_allclose(B.from_halfplane(hx), x, atol=1e-15 / np.sqrt(c))
        np.testing.assert_allclose(Hd.to_ball(hx), np.sqrt(c) * x, atol=1e-15)
        np.testing.assert_allclose(Hd.from_ball(np.sqrt(c) * x), hx, rtol=1e-14)
    # the unit-disk Cayley map: origin ↦ (0, 1)
    np.testing.assert_allclose(mf.PoincareBall(2).to_halfplane([0.0, 0.0]), [0.0, 1.0])
    np.testing.assert_allclose(H.to_ball([0.0, 1.0]), [0.0, 0.0], atol=0)


# ------------------------------------------------------------------------------ half-plane
def test_halfplane_against_mpmath():
    rng = np.random.default_rng(21)
    H = mf.HalfPlane()
    pts = [([0.0, 1.0], [1e-9, 1.0]), ([0.0, 1.0], [0.0, 1e-12]), ([-3.0, 0.5], [7.0, 20.0]),
           ([1e6, 1e-3], [-1e6, 2e-3]), ([0.25, 1e-300], [0.25, 2e-300])]
    pts += [(np.array([rng.normal(), np.exp(rng.normal())]),
             np.array([rng.normal(), np.exp(rng.normal())])) for _ in range(6)]
    for p, q in pts:
        ref = float(mp_half_dist(p, q))
        assert abs(float(H.dist(p, q)) / ref - 1) <= 4 * EPS
    # close points: 2 asinh(½·1e-9) to full precision
    assert abs(float(H.dist([0.0, 1.0], [1e-9, 1.0])) / 1e-9 - 1) <= 1e-15
    # exp against the complex Möbius construction; log: exp_ref(p, log(p, q)) = q, |log| = dist
    for _ in range(6):
        p = np.array([rng.normal(), np.exp(rng.normal())])
        v = rng.normal(size=2) * 2.0
        assert rel_err(H.exp(p, v), mp_half_exp(p, v)) <= 16 * EPS
        q = np.array([rng.normal(), np.exp(rng.normal())])
        lg = H.log(p, q)
        assert rel_err(mp_half_exp(p, lg), q) <= 16 * EPS
        assert abs(float(H.norm(p, lg)) / float(mp_half_dist(p, q)) - 1) <= 8 * EPS
    # long vertical geodesic: exp((0,1), (0, 60)) = (0, e⁶⁰)
    assert abs(float(H.exp([0.0, 1.0], [0.0, 60.0])[1]) / float(mp.exp(60)) - 1) <= 64 * EPS


def test_halfplane_identities():
    rng = np.random.default_rng(22)
    for dim in (2, 3):
        H = mf.HalfPlane(dim)
        p = np.concatenate([rng.normal(size=(8, dim - 1)), np.exp(rng.normal(size=(8, 1)))], -1)
        q = np.concatenate([rng.normal(size=(8, dim - 1)), np.exp(rng.normal(size=(8, 1)))], -1)
        r = np.concatenate([rng.normal(size=(8, dim - 1)), np.exp(rng.normal(size=(8, 1)))], -1)
        d = H.dist(p, q)
        np.testing.assert_allclose(H.exp(p, H.log(p, q)), q, rtol=1e-13)
        np.testing.assert_allclose(H.norm(p, H.log(p, q)), d, rtol=1e-14)
        np.testing.assert_allclose(H.dist(q, p), d, rtol=1e-15)
        assert np.all(H.dist(p, r) <= d + H.dist(q, r) + 1e-14)
        g = H.geodesic(p, q, np.array([0.0, 0.5, 1.0]))
        assert g.shape == (8, 3, dim)
        np.testing.assert_allclose(g[:, 2], q, rtol=1e-13)
        np.testing.assert_allclose(H.dist(p, g[:, 1]), d / 2, rtol=1e-13)
        np.testing.assert_allclose(H.dist(g[:, 1], q), d / 2, rtol=1e-13)
        np.testing.assert_allclose(H.inner(p, p, p), np.sum(p * p, -1) / p[:, -1] ** 2, rtol=1e-15)


# ------------------------------------------------------------------------------ sphere
@pytest.mark.parametrize("n", [1, 2, 5])
def test_sphere_against_mpmath(n):
    rng = np.random.default_rng(30 + n)
    S = mf.Sphere(n)
    for _ in range(4):
        x, y = _unit(n + 1, rng), _unit(n + 1, rng)
        v = S.to_tangent(x, rng.normal(size=n + 1))
        tol = 16 * EPS
        assert abs(float(S.dist(x, y)) / float(mp_sphere_dist(x, y)) - 1) <= tol
        assert rel_err(S.log(x, y), mp_sphere_log(x, y)[0]) <= tol
        assert rel_err(S.exp(x, v), mp_sphere_exp(x, v)) <= tol
        assert rel_err(S.parallel_transport(x, y, v), mp_sphere_transport(x, y, v)) <= tol


@pytest.mark.parametrize("h", [1e-5, 1e-9, 1e-13])
def test_sphere_near_identical_and_antipodal(h):
    S = mf.Sphere(2)
    x = np.array([0.6, 0.8, 0.0])
    y = np.array([0.6 - 0.8 * h, 0.8 + 0.6 * h, 0.0])
    y = y / np.linalg.norm(y)
    assert abs(float(S.dist(x, y)) / float(mp_sphere_dist(x, y)) - 1) <= 1e-14
    z = -y + np.array([0.0, 0.0, h])
    z = z / np.linalg.norm(z)
    assert abs(float(S.dist(x, z)) / float(mp_sphere_dist(x, z)) - 1) <= 8 * EPS
    assert np.all(np.isnan(S.log(x, -x)))


def test_sphere_identities():
    rng = np.random.default_rng(33)
    S = mf.Sphere(3)
    x = S.projx(rng.normal(size=(8, 4)))
    y = S.projx(rng.normal(size=(8, 4)))
    z = S.projx(rng.normal(size=(8, 4)))
    d = S.dist(x, y)
    np.testing.assert_allclose(S.exp(x, S.log(x, y)), y, atol=1e-15)
    np.testing.assert_allclose(S.norm(x, S.log(x, y)), d, rtol=1e-14)
    np.testing.assert_allclose(S.dist(y, x), d, rtol=1e-15)
    assert np.all(S.dist(x, z) <= d + S.dist(y, z) + 1e-14)
    np.testing.assert_allclose(np.sum(S.log(x, y) * x, -1), 0, atol=1e-15)
    g = S.geodesic(x, y, np.linspace(0, 1, 5))
    np.testing.assert_allclose(np.linalg.norm(g, axis=-1), 1, rtol=1e-15)
    np.testing.assert_allclose(S.dist(x, g[:, 2]), d / 2, rtol=1e-14)
    np.testing.assert_allclose(S.dist(g[:, 2], y), d / 2, rtol=1e-14)
    u, v = S.to_tangent(x, rng.normal(size=(8, 4))), S.to_tangent(x, rng.normal(size=(8, 4)))
    Pu, Pv = S.parallel_transport(x, y, u), S.parallel_transport(x, y, v)
    np.testing.assert_allclose(np.sum(Pu * y, -1), 0, atol=1e-15)
    np.testing.assert_allclose(S.inner(y, Pu, Pv), S.inner(x, u, v), atol=1e-14)
    np.testing.assert_allclose(S.parallel_transport(x, y, S.log(x, y)), -S.log(y, x), atol=1e-15)


# ------------------------------------------------------------------------------ Fisher–Rao identities
def test_fisher_rao_identities():
    """One-liners the family layer uses (references: closed forms evaluated in mpmath)."""
    H = mf.HalfPlane()
    # normal: Costa, Santos & Strapasson (2015), eq. (8): with P = (μ/√2, σ),
    # FR = √2 log((|P₁ − P̄₂| + |P₁ − P₂|)/(|P₁ − P̄₂| − |P₁ − P₂|)), P̄ = (μ/√2, −σ)
    for m1, s1, m2, s2 in ((0.0, 1.0, 1.0, 2.0), (3.0, 0.1, -2.0, 5.0), (0.0, 1.0, 1e-8, 1.0)):
        r2 = mp.sqrt(2)
        a = mp.sqrt((mp.mpf(m1) - m2) ** 2 / 2 + (mp.mpf(s1) + s2) ** 2)
        b = mp.sqrt((mp.mpf(m1) - m2) ** 2 / 2 + (mp.mpf(s1) - s2) ** 2)
        ref = float(r2 * mp.log((a + b) / (a - b)))
        got = np.sqrt(2) * H.dist([m1 / np.sqrt(2), s1], [m2 / np.sqrt(2), s2])
        assert abs(float(got) / ref - 1) <= 1e-13
    # categorical: FR = 2 arccos Σ √(pᵢqᵢ) (Rao 1945; Bhattacharyya angle)
    rng = np.random.default_rng(40)
    k = 6
    p, q = rng.dirichlet(np.ones(k)), rng.dirichlet(np.ones(k))
    ref = float(2 * mp.acos(sum(mp.sqrt(mp.mpf(float(a)) * mp.mpf(float(b))) for a, b in zip(p, q))))
    assert abs(float(2 * mf.Sphere(k - 1).dist(np.sqrt(p), np.sqrt(q))) / ref - 1) <= 1e-14
    # zero-mean normals: FR = sqrt(½ Σ log² λᵢ(Σ₁⁻¹Σ₂)) (Skovgaard 1984)
    n = 3
    S1, S2 = _spd(n, rng, 10.0), _spd(n, rng, 10.0)
    e = mp.eig(mp.inverse(mpm(S1)) * mpm(S2))[0]
    ref = float(mp.sqrt(sum(mp.log(mp.re(t)) ** 2 for t in e) / 2))
    assert abs(float(mf.SPD(n).dist(S1, S2)) / np.sqrt(2) / ref - 1) <= 1e-13


# ------------------------------------------------------------------------------ dtypes, broadcasting, errors
def test_broadcasting_and_shapes():
    rng = np.random.default_rng(50)
    S = mf.Sphere(2)
    x = S.projx(rng.normal(size=(4, 1, 3)))
    y = S.projx(rng.normal(size=(5, 3)))
    d = S.dist(x, y)
    assert d.shape == (4, 5)
    for i in range(4):
        for j in range(5):
            assert d[i, j] == S.dist(x[i, 0], y[j])
    assert S.geodesic(x, y, np.linspace(0, 1, 7)).shape == (4, 5, 7, 3)
    assert S.geodesic(x, y, 0.5).shape == (4, 5, 3)
    assert isinstance(S.dist(x[0, 0], y[0]), np.floating)
    M = mf.SPD(2)
    A = np.stack([_spd(2, rng) for _ in range(3)])
    assert M.dist(A[:, None], A[None]).shape == (3, 3)
    np.testing.assert_allclose(np.diag(M.dist(A[:, None], A[None])), 0, atol=0)
    assert mf.PoincareBall(3).mobius_scalar(np.array([0.5, 2.0]), np.zeros((2, 3)) + 0.1).shape == (2, 3)
    assert M.dist(np.zeros((0, 2, 2)), np.eye(2)).shape == (0,)
    # ints become float64
    assert mf.HalfPlane().dist([0, 1], [1, 1]).dtype == np.float64


def test_float32():
    rng = np.random.default_rng(51)
    cases = []
    M = mf.SPD(3)
    A = np.stack([_spd(3, rng) for _ in range(4)]).astype(np.float32)
    B = np.stack([_spd(3, rng) for _ in range(4)]).astype(np.float32)
    A, B = (A + A.transpose(0, 2, 1)) / 2, (B + B.transpose(0, 2, 1)) / 2
    cases += [(M.dist, (A, B)), (M.log, (A, B)), (M.parallel_transport, (A, B, B - A))]
    P = mf.PoincareBall(3, 0.5)
    x = np.stack([_ball(3, rng, 0.5) for _ in range(4)]).astype(np.float32)
    y = np.stack([_ball(3, rng, 0.5) for _ in range(4)]).astype(np.float32)
    cases += [(P.dist, (x, y)), (P.log, (x, y)), (P.exp, (x, y)), (P.mobius_add, (x, y)),
              (P.parallel_transport, (x, y, y))]
    S = mf.Sphere(3)
    u = rng.normal(size=(4, 4))
    u = (u / np.linalg.norm(u, axis=-1, keepdims=True)).astype(np.float32)
    w = rng.normal(size=(4, 4))
    w = (w / np.linalg.norm(w, axis=-1, keepdims=True)).astype(np.float32)
    cases += [(S.dist, (u, w)), (S.log, (u, w)), (S.exp, (u, w))]
    H = mf.HalfPlane()
    p = np.abs(rng.normal(size=(4, 2))).astype(np.float32) + 0.1
    q = np.abs(rng.normal(size=(4, 2))).astype(np.float32) + 0.1
    cases += [(H.dist, (p, q)), (H.log, (p, q)), (H.exp, (p, q))]
    for f, args in cases:
        got = f(*args)
        assert got.dtype == np.float32, f
        # (float32-rounded points are off the float64 tolerances of the sphere: no validation)
        ref = f(*(a.astype(np.float64) for a in args), validate=False)
        # computed in double from the same float32 inputs, rounded once
        assert rel_err(got, ref) <= 2 * EPS32, f
    g = S.geodesic(u, w, np.linspace(0, 1, 3))
    assert g.dtype == np.float32
    assert M.karcher_mean(np.stack([A, B], -3)).dtype == np.float32
    assert M.karcher_mean(np.stack([A, B], -3), [1.0, 2.0]).dtype == np.float32
    # float32 points with a float64 argument compute in float64
    e0, e1 = np.eye(4)[:2]
    assert S.dist(e0.astype(np.float32), e1).dtype == np.float64
    # a Python scalar does not promote
    assert P.mobius_scalar(0.5, x).dtype == np.float32


def test_threads_give_identical_results():
    rng = np.random.default_rng(52)
    S, B, M = mf.Sphere(4), mf.PoincareBall(3), mf.SPD(2)
    x = S.projx(rng.normal(size=(20000, 5)))
    y = S.projx(rng.normal(size=(20000, 5)))
    p = B.projx(rng.normal(size=(20000, 3)) * 0.3)
    A = rng.normal(size=(2000, 2, 2))
    A = A @ A.transpose(0, 2, 1) + 0.1 * np.eye(2)
    n0 = ig.get_num_threads()
    try:
        ig.set_num_threads(1)
        one = (S.log(x, y), B.dist(p, p[::-1]), M.dist(A, A[::-1]))
        ig.set_num_threads(2)
        two = (S.log(x, y), B.dist(p, p[::-1]), M.dist(A, A[::-1]))
    finally:
        ig.set_num_threads(n0)
    for a, b in zip(one, two):
        np.testing.assert_array_equal(a, b)
    # rows are independent: the batched result equals the row-by-row one
    np.testing.assert_array_equal(one[2][:5], [M.dist(A[i], A[-1 - i]) for i in range(5)])


def test_errors():
    M = mf.SPD(2)
    good = np.eye(2)
    bad = np.array([[[1.0, 0.0], [0.0, 1.0]], [[1.0, 2.0], [2.0, 1.0]]])
    with pytest.raises(ValueError, match=r"SPD\(2\)\.dist: b at index \[1\] is not symmetric positive definite"):
        M.dist(good, bad)
    with pytest.raises(ValueError, match=r"SPD\(2\)\.log: a at index \[0\] is not symmetric"):
        M.log(np.array([[[1.0, 0.5], [0.0, 1.0]]]), np.stack([good, good]))
    with pytest.raises(ValueError, match=r"SPD\(2\)\.exp: v .*is not symmetric"):
        M.exp(good, np.array([[0.0, 1.0], [0.0, 0.0]]))
    with pytest.raises(ValueError, match=r"SPD\(2\)\.karcher_mean: a at index \[0, 1\] is not symmetric positive definite"):
        M.karcher_mean(bad[None])
    with pytest.raises(ValueError, match="weights at index"):
        M.karcher_mean(np.stack([good, good]), [1.0, -1.0])
    with pytest.raises(ValueError, match="shape mismatch"):
        M.dist(np.eye(3), good)
    with pytest.raises(ValueError, match="shape mismatch"):
        M.dist(np.stack([good] * 3), np.stack([good] * 2))
    with pytest.raises(ValueError, match=r"PoincareBall\(2, c=4\)\.dist: y at index \[1, 0\] is outside the open ball"):
        mf.PoincareBall(2, 4.0).dist([0.0, 0.0], [[[0.1, 0.1]], [[0.5, 0.0]]])
    with pytest.raises(ValueError, match=r"HalfPlane\.log: q at index \[2\] is outside the upper half-plane"):
        mf.HalfPlane().log([0.0, 1.0], [[0.0, 1.0], [1.0, 2.0], [0.0, 0.0]])
    with pytest.raises(ValueError, match=r"PoincareBall\(2, c=1\)\.from_halfplane: h at index \[0\] is outside the upper half-plane"):
        mf.PoincareBall(2).from_halfplane([[0.0, -1.0]])
    with pytest.raises(ValueError, match=r"HalfPlane\.from_ball: x at index \[0\] is outside the open ball"):
        mf.HalfPlane().from_ball([[1.0, 0.0]])
    with pytest.raises(ValueError, match=r"Sphere\(2\)\.dist: x at index \[1\] is not on the unit sphere"):
        mf.Sphere(2).dist([[1.0, 0.0, 0.0], [1.0, 1e-6, 0.0]], [0.0, 1.0, 0.0])
    with pytest.raises(ValueError, match="shape mismatch"):
        mf.Sphere(2).dist([1.0, 0.0], [0.0, 1.0])
    with pytest.raises(TypeError, match="complex"):
        mf.Sphere(1).dist(np.array([1j, 0]), [1.0, 0.0])
    with pytest.raises(TypeError, match="object"):
        mf.HalfPlane().dist(np.array([None, 1.0], dtype=object), [0.0, 1.0])
    with pytest.raises(ValueError, match="1-D"):
        mf.Sphere(1).geodesic([1.0, 0.0], [0.0, 1.0], np.zeros((2, 2)))
    for ctor in (lambda: mf.SPD(0), lambda: mf.Sphere(0), lambda: mf.PoincareBall(2, -1.0),
                 lambda: mf.HalfPlane(0), lambda: mf.PoincareBall(0)):
        with pytest.raises(ValueError):
            ctor()
    # validate=False skips the checks (the result for an invalid point is unspecified, but finite here)
    assert np.isfinite(mf.Sphere(2).dist([1.0, 1e-6, 0.0], [0.0, 1.0, 0.0], validate=False))


def test_nan_propagates():
    nan = np.nan
    assert np.isnan(mf.SPD(2).dist([[nan, 0.0], [0.0, 1.0]], np.eye(2)))
    assert np.all(np.isnan(mf.SPD(2).log(np.eye(2), [[1.0, 0.0], [0.0, nan]])))
    out = mf.PoincareBall(2).dist([[0.1, nan], [0.1, 0.2]], [0.0, 0.0])
    assert np.isnan(out[0]) and np.isfinite(out[1])
    assert np.all(np.isnan(mf.HalfPlane().exp([0.0, 1.0], [nan, 0.0])))
    assert np.all(np.isnan(mf.Sphere(1).geodesic([1.0, 0.0], [nan, 1.0], [0.0, 1.0])))
    g = mf.Sphere(1).geodesic([1.0, 0.0], [0.0, 1.0], [0.0, nan])
    assert np.all(np.isfinite(g[0])) and np.all(np.isnan(g[1]))
    A = np.stack([np.eye(2), np.full((2, 2), nan)])
    assert np.all(np.isnan(mf.SPD(2).karcher_mean(A[None], return_info=True)[0]))


def test_doctests():
    result = doctest.testmod(mf, optionflags=doctest.NORMALIZE_WHITESPACE, raise_on_error=False)
    assert result.failed == 0 and result.attempted >= 10

"""Numerical Fisher–Rao geometry (detail/geodesic_numeric.hpp) for families without closed forms.

References (independent of the solver):
  * Beta(a, a) ↔ Beta(b, b) and Dirichlet(x, …, x) ↔ Dirichlet(y, …, y): the symmetric line is
    the fixed-point set of the isometries permuting the components (x ↦ 1 − x for Beta), hence
    totally geodesic and one-dimensional, so the distance is the arc length along it:
    ∫ √(k ψ'(x) − k² ψ'(kx)) dx (mpmath quad at 30 digits).
  * Gamma: the log map is checked by integrating the geodesic equation independently (scipy
    DOP853 at rtol 1e-13, in the source coordinates (k, β), Christoffel symbols from the metric's
    derivatives) from p with the solver's log_p(q): it must end at q, and the distance must be the
    Fisher norm of the initial velocity.
  * Wishart(d = 1) is the Gamma family with the same θ and T(x) (n = 2k, V = 1/(2β)): equal
    distances.
  * Invariances: Gamma under the rescaling x ↦ cx (rate β ↦ β/c), symmetry, triangle inequality,
    exp_p(log_p(q)) = q, near-identical points (d → ‖q − p‖_G(p)).
  * Failure signal: the C++ driver (tests/cpp/geodesic_numeric_driver.cpp) runs the solver with an
    iteration cap of 1 and checks NaN + converged = false; it also checks the solver against the
    Normal/Exponential/Categorical closed forms.
Measured (this file): distances agree with the references to ≤ 1e-11 relative (asserted 1e-9).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig

REPO = Path(__file__).resolve().parents[1]


def _fam(name, *args):
    cls = getattr(ig, name, None)
    if cls is None:
        pytest.skip(f"{name} not available")
    try:
        return cls(*args)
    except Exception as exc:  # family not compiled into a developer build
        pytest.skip(f"{name} not built: {exc}")


def _diag_ref(k, x, y):
    mp.mp.dps = 30
    f = lambda t: mp.sqrt(k * mp.psi(1, t) - k * k * mp.psi(1, k * t))
    lo, hi = sorted((mp.mpf(x), mp.mpf(y)))
    pts = [lo] + [p for p in (mp.mpf(10) ** e for e in range(-6, 7)) if lo < p < hi] + [hi]
    return float(mp.quad(f, pts))


@pytest.mark.parametrize("a,b", [(2.0, 5.0), (0.01, 30.0), (1.0, 1.0 + 1e-7), (0.5, 200.0)])
def test_beta_symmetric_line(a, b):
    fam = _fam("Beta")
    p, q = fam.natural(a=a, b=a), fam.natural(a=b, b=b)
    d, info = fam.fisher_rao(p, q, return_info=True)
    assert bool(info.converged)
    assert d == pytest.approx(_diag_ref(2, a, b), rel=1e-9)


@pytest.mark.parametrize("x,y", [(1.0, 4.0), (0.02, 20.0)])
def test_dirichlet_symmetric_line(x, y):
    fam = _fam("Dirichlet", 3)
    p, q = fam.natural(alpha=[x] * 3), fam.natural(alpha=[y] * 3)
    d = fam.fisher_rao(p, q)
    assert d == pytest.approx(_diag_ref(3, x, y), rel=1e-9)


def _gamma_endpoint(p, v):
    """γ(1) (natural coordinates) and ‖v‖_g for the Gamma geodesic from θ = p with γ'(0) = v,
    integrated independently of the solver: in the source coordinates (k, β) (θ = (k − 1, −β)),
    Christoffel symbols Γᵏᵢⱼ = ½ gᵏˡ(∂ᵢg_jl + ∂ⱼg_il − ∂ₗg_ij) of the metric
    g = [[ψ'(k), −1/β], [−1/β, k/β²]], by scipy's DOP853 at rtol 1e-13."""
    from scipy.integrate import solve_ivp
    from scipy.special import polygamma

    def g(k, b):
        return np.array([[polygamma(1, k), -1 / b], [-1 / b, k / b**2]])

    def dg(k, b):  # ∂_k g, ∂_β g
        return (np.array([[polygamma(2, k), 0.0], [0.0, 1 / b**2]]),
                np.array([[0.0, 1 / b**2], [1 / b**2, -2 * k / b**3]]))

    def rhs(_t, y):
        x, u = y[:2], y[2:]
        d = dg(*x)
        # c_l = Σ_ij (∂_i g_jl + ∂_j g_il − ∂_l g_ij) u_i u_j / 2
        c = np.array([sum((d[i][j, l] + d[j][i, l] - d[l][i, j]) * u[i] * u[j]
                          for i in range(2) for j in range(2)) for l in range(2)]) / 2
        return np.concatenate([u, -np.linalg.solve(g(*x), c)])

    x0 = np.array([p[0] + 1, -p[1]])
    u0 = np.array([v[0], -v[1]])
    sol = solve_ivp(rhs, (0, 1), np.concatenate([x0, u0]), method="DOP853", rtol=1e-13, atol=1e-300)
    k1, b1 = sol.y[0, -1], sol.y[1, -1]
    return np.array([k1 - 1, -b1]), float(np.sqrt(u0 @ g(*x0) @ u0))


@pytest.mark.parametrize("src_p,src_q", [((2.0, 1.0), (3.0, 2.0)), ((0.5, 2.0), (4.0, 0.7))])
def test_gamma_log_map_mpmath(src_p, src_q):
    fam = _fam("Gamma")
    p, q = fam.natural(*src_p), fam.natural(*src_q)
    v = fam.log_map(p, q)
    end, speed = _gamma_endpoint(p, v)
    d = fam.fisher_rao(p, q)
    G = fam.fisher(q)
    r = end - q
    assert np.sqrt(r @ G @ r) <= 1e-9 * d  # the independent geodesic from p with v ends at q
    assert d == pytest.approx(speed, rel=1e-10)


def test_gamma_scaling_invariance_and_far_points():
    fam = _fam("Gamma")
    pairs = [((1e-3, 1.0), (1e3, 1.0)), ((1.0, 1.0), (1.0, 5.0)), ((0.3, 2.0), (7.0, 0.1))]
    for (k1, b1), (k2, b2) in pairs:
        d = fam.fisher_rao(fam.natural(k1, b1), fam.natural(k2, b2))
        for c in (1e-2, 10.0):
            dc = fam.fisher_rao(fam.natural(k1, b1 * c), fam.natural(k2, b2 * c))
            assert dc == pytest.approx(d, rel=1e-9)
        dr = fam.fisher_rao(fam.natural(k2, b2), fam.natural(k1, b1))
        assert dr == pytest.approx(d, rel=1e-9)


def test_wishart_1_is_gamma():
    fam_w, fam_g = _fam("Wishart", 1), _fam("Gamma")
    for (k1, b1), (k2, b2) in [((2.0, 1.0), (3.0, 2.0)), ((0.7, 0.5), (9.0, 3.0))]:
        pg, qg = fam_g.natural(k1, b1), fam_g.natural(k2, b2)
        np.testing.assert_allclose(fam_w.natural(df=2 * k1, scale=[[0.5 / b1]]), pg, rtol=1e-15)
        dw = fam_w.fisher_rao(fam_w.natural(df=2 * k1, scale=[[0.5 / b1]]),
                              fam_w.natural(df=2 * k2, scale=[[0.5 / b2]]))
        assert dw == pytest.approx(fam_g.fisher_rao(pg, qg), rel=1e-9)


@pytest.mark.parametrize("name,args,src_p,src_q", [
    ("Gamma", (), (2.0, 1.0), (3.0, 2.0)),
    ("Beta", (), (1e-2, 50.0), (30.0, 0.05)),
    ("InverseGaussian", (), (1.0, 1.0), (2.0, 3.0)),
    ("VonMises", (), (0.0, 1.0), (2.0, 3.0)),
])
def test_symmetry_roundtrip_triangle(name, args, src_p, src_q):
    fam = _fam(name, *args)
    p, q = fam.natural(*src_p), fam.natural(*src_q)
    d, info = fam.fisher_rao(p, q, return_info=True)
    assert bool(info.converged) and int(info.iterations) >= 1 and float(info.residual) < 1e-9
    assert fam.fisher_rao(q, p) == pytest.approx(d, rel=1e-9)
    v = fam.log_map(p, q)
    G = fam.fisher(p)
    assert np.sqrt(v @ G @ v) == pytest.approx(d, rel=1e-9)  # d = Fisher norm of log_p(q)
    if d < 4:  # exp_p by one shot is well conditioned for moderate distances
        qq = fam.exp_map(p, v)
        r = qq - q
        assert np.sqrt(r @ fam.fisher(q) @ r) <= 1e-8 * d
    m = fam.geodesic(p, q, 0.5)
    d1, d2 = fam.fisher_rao(p, m), fam.fisher_rao(m, q)
    assert d1 == pytest.approx(d / 2, rel=1e-8) and d2 == pytest.approx(d / 2, rel=1e-8)
    # parallel transport preserves the Fisher inner product and carries log_p(q) to −log_q(p)
    w = fam.parallel_transport(p, q, v)
    assert np.sqrt(w @ fam.fisher(q) @ w) == pytest.approx(d, rel=1e-8)
    np.testing.assert_allclose(w, -fam.log_map(q, p), rtol=1e-7, atol=1e-9 * np.abs(w).max())


@pytest.mark.parametrize("name,args,src", [("Gamma", (), (5.0, 2.0)), ("Beta", (), (0.3, 8.0)),
                                           ("Dirichlet", (3,), ([0.5, 2.0, 9.0],))])
def test_near_identical_points(name, args, src):
    fam = _fam(name, *args)
    p = fam.natural(*src)
    dp = np.full(fam.dim, 1e-9) * np.abs(p).max() * np.linspace(1, -0.5, fam.dim)
    q = p + dp
    d = fam.fisher_rao(p, q)
    G = fam.fisher(p)
    assert d == pytest.approx(np.sqrt(dp @ G @ dp), rel=1e-7)  # d = ‖Δ‖_G + O(‖Δ‖²)
    assert fam.fisher_rao(p, p) == 0.0


def test_cpp_driver_closed_forms_and_failure_signal(tmp_path):
    cxx = shutil.which("g++") or shutil.which("c++")
    if cxx is None:
        pytest.skip("no C++ compiler")
    import importlib.util

    spec = importlib.util.find_spec("cmeel")  # located, not imported (its import makes temp dirs)
    if spec is None or spec.origin is None:
        pytest.skip("cmeel-eigen not installed")
    eigen = Path(spec.origin).parents[1] / "cmeel.prefix" / "include" / "eigen3"
    exe = tmp_path / "driver"
    subprocess.run([cxx, "-O2", "-std=c++17", "-I", str(REPO / "cpp" / "include"), "-I", str(eigen),
                    str(REPO / "tests" / "cpp" / "geodesic_numeric_driver.cpp"), "-o", str(exe)],
                   check=True, capture_output=True)
    out = subprocess.run([str(exe), "1e-9"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


# ---------------------------------------------------------------- MultivariateNormal, Wishart
def _mvn_nat(fam, mu, cov):
    return fam.natural(mean=np.asarray(mu, float), cov=np.asarray(cov, float))


@pytest.mark.parametrize("d", [2, 3])
def test_mvn_equal_means_closed_form(d):
    """Equal means: d = √(½ Σ log² λᵢ(Σ₁⁻¹Σ₂)) (the submanifold of fixed mean is totally geodesic;
    Skovgaard 1984, Calvo & Oller 1991)."""
    import scipy.linalg as sl

    fam = _fam("MultivariateNormal", d)
    rng = np.random.default_rng(4)
    for scale in (1.0, 30.0):
        A = rng.normal(size=(d, d))
        S1 = A @ A.T + 0.5 * np.eye(d)
        B = rng.normal(size=(d, d))
        S2 = scale * (B @ B.T + 0.1 * np.eye(d))
        mu = rng.normal(size=d)
        lam = sl.eigh(S2, S1, eigvals_only=True)
        ref = np.sqrt(0.5 * np.sum(np.log(lam) ** 2))
        dd, info = fam.fisher_rao(_mvn_nat(fam, mu, S1), _mvn_nat(fam, mu, S2), return_info=True)
        assert bool(info.converged)
        assert dd == pytest.approx(ref, rel=1e-9)


def test_mvn_1_is_normal():
    fam, nrm = _fam("MultivariateNormal", 1), _fam("Normal")
    for (m1, s1), (m2, s2) in [((0.0, 1.0), (3.0, 0.2)), ((-2.0, 5.0), (1.0, 0.5))]:
        d = fam.fisher_rao(_mvn_nat(fam, [m1], [[s1**2]]), _mvn_nat(fam, [m2], [[s2**2]]))
        dx = (m1 - m2) / np.sqrt(2)
        ref = np.sqrt(2) * 2 * np.arcsinh(np.hypot(dx, s1 - s2) / (2 * np.sqrt(s1 * s2)))
        assert d == pytest.approx(ref, rel=1e-9)
        assert d == pytest.approx(nrm.fisher_rao(nrm.natural(m1, s1), nrm.natural(m2, s2)), rel=1e-9)


@pytest.mark.parametrize("d", [2, 3])
def test_mvn_affine_invariance_and_consistency(d):
    fam = _fam("MultivariateNormal", d)
    rng = np.random.default_rng(7 + d)
    A1, A2, M = rng.normal(size=(3, d, d))
    S1, S2 = A1 @ A1.T + np.eye(d), A2 @ A2.T + 0.3 * np.eye(d)
    m1, m2, b = rng.normal(size=(3, d))
    p, q = _mvn_nat(fam, m1, S1), _mvn_nat(fam, m2, S2)
    dist, info = fam.fisher_rao(p, q, return_info=True)
    assert bool(info.converged) and float(info.residual) < 1e-9
    # x ↦ Mx + b maps N(μ, Σ) to N(Mμ + b, MΣMᵀ) and is a Fisher–Rao isometry
    pa, qa = _mvn_nat(fam, M @ m1 + b, M @ S1 @ M.T), _mvn_nat(fam, M @ m2 + b, M @ S2 @ M.T)
    assert fam.fisher_rao(pa, qa) == pytest.approx(dist, rel=1e-8)
    assert fam.fisher_rao(q, p) == pytest.approx(dist, rel=1e-9)
    v = fam.log_map(p, q)
    assert np.sqrt(v @ fam.fisher(p) @ v) == pytest.approx(dist, rel=1e-10)
    qq = fam.exp_map(p, v)
    r = qq - q
    assert np.sqrt(r @ fam.fisher(q) @ r) <= 1e-8 * dist
    mid = fam.geodesic(p, q, 0.5)
    assert fam.fisher_rao(p, mid) == pytest.approx(dist / 2, rel=1e-8)
    # parallel transport (ODE along the geodesic): isometry, log_p(q) ↦ −log_q(p)
    w = fam.parallel_transport(p, q, v)
    assert np.sqrt(w @ fam.fisher(q) @ w) == pytest.approx(dist, rel=1e-8)
    np.testing.assert_allclose(w, -fam.log_map(q, p), rtol=1e-6, atol=1e-8 * np.abs(w).max())
    # near-identical points
    dq = 1e-9 * np.abs(p).max() * np.sin(np.arange(fam.dim) + 1.0)
    assert fam.fisher_rao(p, p + dq) == pytest.approx(np.sqrt(dq @ fam.fisher(p) @ dq), rel=1e-7)


def test_mvn_far_points():
    fam = _fam("MultivariateNormal", 2)
    p = _mvn_nat(fam, [0.0, 0.0], np.diag([1e-3, 1.0]))
    q = _mvn_nat(fam, [5.0, -3.0], [[50.0, 10.0], [10.0, 4.0]])
    dist, info = fam.fisher_rao(p, q, return_info=True)
    assert bool(info.converged)
    assert fam.fisher_rao(q, p) == pytest.approx(dist, rel=1e-9)
    m = fam.geodesic(p, q, 0.5)
    assert fam.fisher_rao(p, m) + fam.fisher_rao(m, q) == pytest.approx(dist, rel=1e-9)


def test_wishart_2_symmetry_triangle():
    fam = _fam("Wishart", 2)
    p = fam.natural(df=3.0, scale=[[1.0, 0.2], [0.2, 0.5]])
    q = fam.natural(df=7.0, scale=[[0.3, -0.1], [-0.1, 2.0]])
    dist, info = fam.fisher_rao(p, q, return_info=True)
    assert bool(info.converged)
    assert fam.fisher_rao(q, p) == pytest.approx(dist, rel=1e-9)
    m = fam.geodesic(p, q, 0.5)
    assert fam.fisher_rao(p, m) == pytest.approx(dist / 2, rel=1e-8)


@pytest.mark.parametrize("d", [1, 2, 4])
def test_mvn_closed_form_subcases(d):
    """Equal covariances: d = 2√2 asinh(Δ/(2√2)), Δ the Mahalanobis distance of the means
    (Pinele, Strapasson & Costa, Entropy 22, 2020); equal means: √(½ Σ log² λᵢ). Both are taken
    in closed form (no solver iterations), keep full relative accuracy for nearby pairs, and
    agree with the numerical solver next to them."""
    import scipy.linalg as sl

    fam = _fam("MultivariateNormal", d)
    rng = np.random.default_rng(40 + d)
    A, B = rng.normal(size=(2, d, d))
    S1, S2 = A @ A.T + 0.5 * np.eye(d), B @ B.T + 0.2 * np.eye(d)
    m1, m2 = rng.normal(size=(2, d))
    # equal covariances (identical θ₂)
    p, q = _mvn_nat(fam, m1, S1), _mvn_nat(fam, m2, S1)
    q[d:] = p[d:]
    dist, info = fam.fisher_rao(p, q, return_info=True)
    assert int(info.iterations) == 0 and bool(info.converged)
    # Δ² = δθ₁ᵀ Λ⁻¹ δθ₁ = δθ₁ᵀ Σ δθ₁ (Λ = Σ⁻¹; the rounding of θ₂ moves it by ~1e-16 κ)
    dth = q[:d] - p[:d]
    with mp.workdps(40):
        delta = mp.sqrt(mp.mpf(float(dth @ S1 @ dth)))
        ref = float(2 * mp.sqrt(2) * mp.asinh(delta / (2 * mp.sqrt(2))))
    assert dist == pytest.approx(ref, rel=1e-12)
    # nearly equal means: full relative accuracy (d ≈ Δ)
    q2 = p.copy()
    q2[:d] += 1e-9 * np.sin(np.arange(d) + 1.0)
    dd = q2[:d] - p[:d]
    assert fam.fisher_rao(p, q2) == pytest.approx(np.sqrt(dd @ S1 @ dd), rel=1e-9)
    # equal means
    p, q = _mvn_nat(fam, m1, S1), _mvn_nat(fam, m1, S2)
    dist, info = fam.fisher_rao(p, q, return_info=True)
    assert int(info.iterations) == 0
    ref = np.sqrt(0.5 * np.sum(np.log(sl.eigh(S2, S1, eigvals_only=True)) ** 2))
    assert dist == pytest.approx(ref, rel=1e-12)
    # zero means, precisions Λ and (1 + 2⁻³⁰)Λ (dyadic entries: both exact): every eigenvalue is
    # 1 + 2⁻³⁰ and d = √(d/2) log1p(2⁻³⁰), kept to full relative accuracy by the log1p form
    lam = 2.0 * np.eye(d) + 0.25
    p0 = _mvn_nat(fam, np.zeros(d), np.linalg.inv(lam))
    p0[d:] = np.round(p0[d:] * 2**20) / 2**20  # few significant bits: the scaling below is exact
    q0 = p0 * (1.0 + 2.0**-30)
    assert np.all(q0 - p0 == p0 * 2.0**-30)
    assert fam.fisher_rao(p0, q0) == pytest.approx(np.sqrt(d / 2) * np.log1p(2.0**-30), rel=1e-12)
    # the solver agrees where the sub-case does not apply (means 1e-3 apart)
    q3 = _mvn_nat(fam, m1 + 1e-3, S2)
    d3, info3 = fam.fisher_rao(p, q3, return_info=True)
    assert int(info3.iterations) > 0
    assert d3 == pytest.approx(dist, rel=1e-3)

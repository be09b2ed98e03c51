"""Fisher–Rao geodesics (issue 4), closed-form families: distances against independent mpmath
references, the geometric identities, nearly identical points, float32, broadcasting, NaN and bad
input. The families on the numerical solver are tested in their own file.

References (mpmath, 50 digits, from the natural parameters exactly as stored in float64):
- one-parameter families: the Fisher length ∫ √F''(θ) dθ by mpmath.quad, with F'' written here;
- Normal/LogNormal: d = √2 · 2 atanh(‖(Δμ/√2, Δσ)‖ / ‖(Δμ/√2, σ₁ + σ₂)‖) (Costa, Santos &
  Strapasson, "Fisher information distance: a geometrical reading", Discrete Appl. Math. 197,
  2015, eq. (9)); DiagonalNormal: √Σ of those;
- Categorical: 2 acos Σ √(p_i q_i) (Rao 1945; Atkinson & Mitchell 1981).
Accuracy asserted: ≤ 4e-15 relative for every distance, nearly identical pairs included. Measured
(float64, max relative error over the pairs of test_distance_against_mpmath plus relative
perturbations 1e-3 … 1e-12): Bernoulli 9.8e-16, Binomial 6.7e-16, Categorical 2.2e-16,
DiagonalNormal 1.9e-16, Exponential 1.5e-16, Geometric 9.2e-16, LogNormal 6.5e-16,
NegativeBinomial 3.7e-16, Normal 4.6e-16, Poisson 1.9e-16, Rayleigh 2.1e-16.
Tangent vectors are compared in the Fisher norm (their natural coordinates can be
ill-conditioned), points through the Fisher–Rao distance.
"""

from __future__ import annotations

import doctest

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
import infogeom._geodesic
from helpers import assert_close

BUILT = set(ig._core.family_names)
DPS = 50

# the families with closed-form Fisher–Rao geometry (this file owns the list)
CLOSED_FORM_FAMILIES = {
    "Bernoulli": (lambda: ig.Bernoulli(), [{"p": 0.2}, {"p": 0.7}, {"p": 0.5}, {"p": 1e-9}, {"p": 1 - 1e-9}]),
    "Binomial": (lambda: ig.Binomial(7), [{"p": 0.2}, {"p": 0.9}, {"p": 0.4}, {"p": 1e-6}]),
    "Categorical": (lambda: ig.Categorical(4), [{"probs": [0.1, 0.2, 0.3, 0.4]}, {"probs": [0.7, 0.1, 0.1, 0.1]},
                                                {"probs": [0.25, 0.25, 0.25, 0.25]},
                                                {"probs": [1e-8, 0.5, 0.3, 0.2 - 1e-8]}]),
    "Poisson": (lambda: ig.Poisson(), [{"rate": 1.0}, {"rate": 4.0}, {"rate": 0.3}, {"rate": 1e-6}, {"rate": 1e6}]),
    "Geometric": (lambda: ig.Geometric(), [{"p": 0.3}, {"p": 0.8}, {"p": 0.05}, {"p": 1 - 1e-7}, {"p": 1e-7}]),
    "NegativeBinomial": (lambda: ig.NegativeBinomial(2.5), [{"p": 0.3}, {"p": 0.6}, {"p": 0.95}, {"p": 1e-5}]),
    "Exponential": (lambda: ig.Exponential(), [{"rate": 1.0}, {"rate": 3.0}, {"rate": 1e-8}, {"rate": 1e8}]),
    "Rayleigh": (lambda: ig.Rayleigh(), [{"scale": 1.0}, {"scale": 0.2}, {"scale": 30.0}]),
    "Normal": (lambda: ig.Normal(), [{"mean": 0.0, "std": 1.0}, {"mean": 1.0, "std": 2.0}, {"mean": -3.0, "std": 0.5},
                                     {"mean": 1e3, "std": 1e-3}, {"mean": 0.5, "std": 40.0}]),
    "LogNormal": (lambda: ig.LogNormal(), [{"mu": 0.0, "sigma": 1.0}, {"mu": 2.0, "sigma": 0.3}, {"mu": -1.0, "sigma": 3.0}]),
    "DiagonalNormal": (lambda: ig.DiagonalNormal(2), [{"mean": [0.0, 1.0], "std": [1.0, 2.0]},
                                                      {"mean": [1.0, -1.0], "std": [0.5, 2.0]},
                                                      {"mean": [0.3, 4.0], "std": [3.0, 0.1]}]),
}
NAMES = sorted(CLOSED_FORM_FAMILIES)


def _family(name):
    if name not in BUILT:
        pytest.skip(f"{name} not compiled in this build")
    make, params = CLOSED_FORM_FAMILIES[name]
    fam = make()
    return fam, [np.asarray(fam.natural(**p), dtype=np.float64) for p in params]


def _pairs(pts):
    return [(a, b) for i, a in enumerate(pts) for b in pts[i + 1:]]


# ------------------------------------------------------------------ independent references
def _fisher_1d(name, fam, th):
    """F''(θ) of the one-parameter families, written from the textbook log-partitions."""
    e = mp.e**th
    if name == "Bernoulli":
        return e / (1 + e)**2
    if name == "Binomial":
        return dict(fam._args)["n"] * e / (1 + e)**2
    if name == "Poisson":
        return e
    if name == "Geometric":
        return e / (1 - e)**2
    if name == "NegativeBinomial":
        return mp.mpf(dict(fam._args)["r"]) * e / (1 - e)**2
    if name in ("Exponential", "Rayleigh"):
        return 1 / th**2
    raise KeyError(name)


def _ref_1d(name, fam, a, b):
    a, b = mp.mpf(float(a)), mp.mpf(float(b))
    if a == b:
        return mp.mpf(0)
    lo, hi = min(a, b), max(a, b)
    # split so that each piece is smooth at its own scale (the 1/θ² families: geometric nodes)
    if name in ("Exponential", "Rayleigh", "Geometric", "NegativeBinomial"):
        nodes = [-mp.exp(x) for x in mp.linspace(mp.log(-lo), mp.log(-hi), 12)]
    else:
        nodes = list(mp.linspace(lo, hi, 12))
    return mp.quad(lambda t: mp.sqrt(_fisher_1d(name, fam, t)), nodes)


def _costa(tp, tq):
    """Costa et al. (2015) eq. (9), from θ = (μ/σ², −1/(2σ²))."""
    def src(t):
        s2 = -1 / (2 * mp.mpf(float(t[1])))
        return mp.mpf(float(t[0])) * s2, mp.sqrt(s2)
    m1, s1 = src(tp)
    m2, s2 = src(tq)
    dm = (m1 - m2) / mp.sqrt(2)
    num = mp.sqrt(dm**2 + (s1 - s2)**2)
    den = mp.sqrt(dm**2 + (s1 + s2)**2)
    return mp.sqrt(2) * 2 * mp.atanh(num / den)


def _categorical_ref(tp, tq):
    def probs(t):
        z = [mp.e**mp.mpf(float(x)) for x in t] + [mp.mpf(1)]
        s = mp.fsum(z)
        return [x / s for x in z]
    p, q = probs(tp), probs(tq)
    return 2 * mp.acos(mp.fsum(mp.sqrt(a * b) for a, b in zip(p, q)))


def reference(name, fam, tp, tq):
    with mp.workdps(DPS):
        if name in ("Normal", "LogNormal"):
            return _costa(tp, tq)
        if name == "DiagonalNormal":
            d = fam.dim // 2
            return mp.sqrt(mp.fsum(_costa((tp[i], tp[d + i]), (tq[i], tq[d + i]))**2 for i in range(d)))
        if name == "Categorical":
            return _categorical_ref(tp, tq)
        return _ref_1d(name, fam, tp[0], tq[0])


def _rel(x, ref):
    ref = mp.mpf(ref)
    return float(abs(mp.mpf(float(x)) - ref) / abs(ref)) if ref != 0 else abs(float(x))


def _perturbed(fam, th, rng, h):
    for _ in range(20):
        tq = th * (1 + h * rng.standard_normal(th.shape)) + h * rng.standard_normal(th.shape) * (th == 0)
        try:
            fam.log_partition(tq)
            return tq
        except ValueError:
            continue
    raise AssertionError("no valid perturbation")


# ------------------------------------------------------------------ distances vs mpmath
@pytest.mark.parametrize("name", NAMES)
def test_distance_against_mpmath(name, rng):
    """≤ 4e-15 relative on every pair, nearly identical pairs (relative perturbations 1e-6 and
    1e-11 of θ) included (measured ≤ 1e-15, see the module docstring)."""
    fam, pts = _family(name)
    pairs = _pairs(pts) + [(th, _perturbed(fam, th, rng, h)) for th in pts for h in (1e-6, 1e-11)]
    worst = 0.0
    for tp, tq in pairs:
        ref = reference(name, fam, tp, tq)
        err = _rel(fam.fisher_rao(tp, tq), ref)
        worst = max(worst, err)
        assert err <= 4e-15, (name, tp, tq, float(ref), float(fam.fisher_rao(tp, tq)))
    assert worst <= 4e-15


def test_normal_nearly_identical():
    fam = ig.Normal()
    p = fam.natural(mean=0.0, std=1.0)
    q = fam.natural(mean=1e-7, std=1.0)
    d = fam.fisher_rao(p, q)
    assert abs(d - 1e-7) <= 1e-15 * 1e-7 * 4  # d = Δμ/σ to first order, the O(Δμ³) term is 1e-22
    with mp.workdps(DPS):
        assert _rel(d, _costa(p, q)) <= 4e-16
    # and a pure scale change of 1e-12
    q2 = fam.natural(mean=0.0, std=1.0 + 1e-12)
    with mp.workdps(DPS):
        assert _rel(fam.fisher_rao(p, q2), _costa(p, q2)) <= 1e-13


@pytest.mark.parametrize("name", NAMES)
def test_nearly_identical_first_order(name, rng):
    """d(p, q) = √(δᵀG(p)δ)(1 + O(|δ|)) with δ = θq − θp (exact in floating point): full relative
    accuracy down to |δ| ~ 1e-14 |θ|."""
    fam, pts = _family(name)
    for th in pts[:2]:
        z = rng.standard_normal(th.shape)
        for h in (1e-10, 1e-14):
            tq = th + h * z * np.maximum(np.abs(th), 1.0)
            delta = tq - th
            val, _ = _quad(fam.fisher(th), delta, delta)
            assert_close(fam.fisher_rao(th, tq), float(mp.sqrt(val)), rtol=1e-8, what=f"{name} h={h}")


# ------------------------------------------------------------------ identities
def _quad(G, a, b):
    """aᵀGb exactly (mpmath) from the float entries, and Σ|a_i G_ij b_j| (its rounding scale)."""
    with mp.workdps(DPS):
        terms = [mp.mpf(float(a[i])) * mp.mpf(float(G[i, j])) * mp.mpf(float(b[j]))
                 for i in range(len(a)) for j in range(len(b))]
        return mp.fsum(terms), mp.fsum(abs(t) for t in terms)


EPS = np.finfo(np.float64).eps


def _gnorm(fam, th, x):
    """Fisher length √(xᵀG(θ)x) of a tangent vector at θ: errors of tangent vectors are measured
    in it (natural coordinates of a tangent vector can be ill-conditioned, e.g. Normal at
    |μ|/σ = 1e6, where v₁ is a difference of two large terms)."""
    return float(mp.sqrt(_quad(fam.fisher(th), x, x)[0]))


def _well_conditioned(fam, tp, tq, v):
    """Pairs whose exp/log round trips are well-conditioned: hyperbolic geodesics separate like
    e^d (a far endpoint amplifies the rounding of v by ~e^d), and in natural coordinates the
    Fisher form vᵀGv can cancel (Normal at |μ|/σ = 1e6). Those pairs are checked by the distance
    tests only."""
    val, mag = _quad(fam.fisher(tp), v, v)
    far = fam.dim > 1 and fam.name != "Categorical" and fam.fisher_rao(tp, tq) > 8  # half-planes
    return not far and float(mag / val) < 1e3


@pytest.mark.parametrize("name", NAMES)
def test_metric_identities(name):
    fam, pts = _family(name)
    P = np.array(pts)
    D = fam.fisher_rao(P[:, None], P[None, :])
    assert np.all(np.diag(D) == 0)
    assert_close(D, D.T, rtol=1e-15, what="symmetry")
    n = len(pts)
    for i in range(n):
        for j in range(n):
            assert np.all(D[i, j] <= D[i, :] + D[:, j] + 1e-14 * D.max())


@pytest.mark.parametrize("name", NAMES)
def test_log_exp_roundtrip_and_norm(name):
    fam, pts = _family(name)
    checked = 0
    for tp, tq in _pairs(pts) + [(b, a) for a, b in _pairs(pts)]:
        v = fam.log_map(tp, tq)
        d = fam.fisher_rao(tp, tq)
        val, mag = _quad(fam.fisher(tp), v, v)
        # the Fisher norm of log_p(q) is the distance (to the rounding of vᵀGv in θ coordinates)
        assert abs(float(mp.sqrt(val)) / d - 1) <= 1e-13 + 4 * EPS * float(mag / val), (name, tp, tq)
        if not _well_conditioned(fam, tp, tq, v):
            continue
        checked += 1
        back = fam.exp_map(tp, v)
        # measured as a distance: exp(log q) lands within 1e-12 d(p, q) of q
        assert fam.fisher_rao(back, tq) <= 1e-12 * d, (name, tp, tq, back)
    assert checked >= 2


@pytest.mark.parametrize("name", NAMES)
def test_exp_log_small_vectors(name, rng):
    fam, pts = _family(name)
    for tp in pts:
        G = fam.fisher(tp)
        for scale in (1e-2, 1e-5):
            u = rng.standard_normal(tp.shape)
            v = scale * u / float(mp.sqrt(_quad(G, u, u)[0]))  # Fisher length = scale
            try:
                q = fam.exp_map(tp, v)
            except ValueError:  # near a boundary at distance < scale: go the other way
                v = -v
                q = fam.exp_map(tp, v)
            if float(_quad(G, v, v)[1] / _quad(G, v, v)[0]) > 1e3:
                continue  # θ coordinates cancel here (see _well_conditioned)
            # q is stored in float64: d(p, q) and log_p(q) carry its rounding, up to the Fisher
            # length of a relative change ε of each component of q, over |v| = scale
            rep = 4 * EPS * float(mp.sqrt(_quad(G, np.abs(q), np.abs(q))[1])) / scale
            assert_close(fam.fisher_rao(tp, q), scale, rtol=1e-13 + rep, what=f"{name} |exp| length")
            err = _gnorm(fam, tp, fam.log_map(tp, q) - v) / scale
            assert err <= 1e-13 + 4 * rep, (name, tp, scale, err)


@pytest.mark.parametrize("name", NAMES)
def test_geodesic_points(name):
    fam, pts = _family(name)
    ts = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
    for tp, tq in _pairs(pts):
        g = fam.geodesic(tp, tq, ts)
        assert g.shape == (5, fam.dim)
        assert np.array_equal(g[0], tp) and np.array_equal(g[-1], tq)
        d = fam.fisher_rao(tp, tq)
        for t, pt in zip(ts[1:-1], g[1:-1]):
            assert_close(fam.fisher_rao(tp, pt), t * d, rtol=1e-12, what=f"{name} d(p, γ(t))")
            assert_close(fam.fisher_rao(pt, tq), (1 - t) * d, rtol=1e-12, what=f"{name} d(γ(t), q)")
        # γ(t) = exp_p(t log_p q)
        v = fam.log_map(tp, tq)
        if _well_conditioned(fam, tp, tq, v):
            assert fam.fisher_rao(g[2], fam.exp_map(tp, 0.5 * v)) <= 1e-12 * d, (name, tp, tq)


@pytest.mark.parametrize("name", NAMES)
def test_parallel_transport(name, rng):
    fam, pts = _family(name)
    for tp, tq in _pairs(pts):
        v1, v2 = rng.standard_normal((2, fam.dim))
        w1, w2 = fam.parallel_transport(tp, tq, np.array([v1, v2]))
        Gp, Gq = fam.fisher(tp), fam.fisher(tq)
        for a, b, c, e in ((v1, v2, w1, w2), (v1, v1, w1, w1)):
            vp, mp_ = _quad(Gp, a, b)
            vq, mq = _quad(Gq, c, e)
            norm = float(mp.sqrt(_quad(Gp, a, a)[0] * _quad(Gp, b, b)[0]))
            assert abs(float(vq - vp)) <= 1e-12 * norm + 8 * EPS * float(mp_ + mq), (name, tp, tq)
        lp = fam.log_map(tp, tq)
        if _well_conditioned(fam, tp, tq, lp):
            d = fam.fisher_rao(tp, tq)
            err = _gnorm(fam, tq, fam.parallel_transport(tp, tq, lp) + fam.log_map(tq, tp))
            assert err <= 1e-12 * d, (name, tp, tq, err / d)
            err = _gnorm(fam, tp, fam.parallel_transport(tq, tp, w1) - v1)
            assert err <= 1e-12 * _gnorm(fam, tp, v1), (name, tp, tq)


@pytest.mark.parametrize("name", NAMES)
def test_e_and_m_geodesics(name):
    fam, pts = _family(name)
    ts = np.array([0.0, 0.3, 1.0])
    for tp, tq in _pairs(pts)[:4]:
        e = fam.geodesic(tp, tq, ts, kind="e")
        assert_close(e, (1 - ts)[:, None] * tp + ts[:, None] * tq, rtol=1e-15, what="e-geodesic")
        m = fam.geodesic(tp, tq, ts, kind="m")
        assert np.array_equal(m[0], tp) and np.array_equal(m[-1], tq)
        # compared in η (the inverse map amplifies the rounding of η near the boundary)
        eta = (1 - ts[1]) * fam.to_mean(tp) + ts[1] * fam.to_mean(tq)
        assert_close(fam.to_mean(m[1]), eta, rtol=1e-14, what="m-geodesic")


# ------------------------------------------------------------------ incomplete manifolds
@pytest.mark.parametrize("name, v", [("Bernoulli", [40.0]), ("Binomial", [-40.0]), ("Poisson", [-2.5]),
                                     ("Geometric", [-50.0]), ("Categorical", [30.0, 0.0, 0.0])])
def test_exp_map_leaving_domain(name, v):
    fam, pts = _family(name)
    with pytest.raises(ValueError, match=rf"{name}\.exp_map: the geodesic from p with initial velocity v "
                                         r"at index \[1\] leaves the natural parameter space"):
        fam.exp_map(np.array([pts[0], pts[0]]), np.array([np.zeros(fam.dim), v]))
    out = fam.exp_map(np.array([pts[0], pts[0]]), np.array([np.zeros(fam.dim), v]), validate=False)
    assert np.array_equal(out[0], pts[0]) and np.all(np.isnan(out[1]))


def test_bernoulli_diameter():
    """The Bernoulli manifold is a half circle of length π: p → 0 and p → 1 are π apart."""
    fam = ig.Bernoulli()
    with mp.workdps(DPS):
        ref = float(4 * (mp.atan(mp.e**20) - mp.pi / 4))  # 2 |asin √p − asin √q|, θ = ±40
    assert_close(fam.fisher_rao([-40.0], [40.0]), ref, rtol=1e-15)
    assert_close(fam.fisher_rao([-1e4], [1e4]), np.pi, rtol=1e-15)


# ------------------------------------------------------------------ float32, broadcasting, NaN, errors
@pytest.mark.parametrize("name", NAMES)
def test_float32(name):
    fam, pts = _family(name)
    P = np.array(pts[:3], dtype=np.float32)
    Q = np.array(pts[1:4] if len(pts) > 3 else pts[:3][::-1], dtype=np.float32)
    d32 = fam.fisher_rao(P, Q)
    assert d32.dtype == np.float32
    assert_close(d32, fam.fisher_rao(P.astype(np.float64), Q.astype(np.float64)), rtol=1e-6)
    for op, args in (("log_map", (P, Q)), ("exp_map", (P, 0.01 * P)),
                     ("parallel_transport", (P, Q, np.ones_like(P)))):
        out = getattr(fam, op)(*args)
        assert out.dtype == np.float32 and out.shape == P.shape
        ref = getattr(fam, op)(*(a.astype(np.float64) for a in args))
        assert_close(out, ref, rtol=1e-5, what=op)
    g = fam.geodesic(P, Q, np.array([0.0, 0.5, 1.0], dtype=np.float32))
    assert g.dtype == np.float32 and g.shape == (3, 3, fam.dim)


def test_broadcasting_and_shapes():
    fam = ig.Normal()
    P = fam.natural(mean=np.linspace(-1, 1, 3)[:, None], std=np.array([1.0, 2.0])[None, :])  # (3, 2, 2)
    q = fam.natural(mean=0.5, std=1.5)
    assert fam.fisher_rao(P, q).shape == (3, 2)
    assert fam.fisher_rao(q, q).shape == ()
    assert fam.log_map(P, q).shape == (3, 2, 2)
    assert fam.exp_map(q, fam.log_map(q, P)).shape == (3, 2, 2)
    assert fam.parallel_transport(P, q, [1.0, 0.0]).shape == (3, 2, 2)
    assert fam.geodesic(P, q, np.linspace(0, 1, 7)).shape == (3, 2, 7, 2)
    assert fam.geodesic(P, q, 0.5).shape == (3, 2, 2)
    assert fam.geodesic(P, q, [0.5], kind="m").shape == (3, 2, 1, 2)
    d, info = fam.fisher_rao(P, q, return_info=True)
    assert d.shape == info.iterations.shape == info.residual.shape == info.converged.shape == (3, 2)
    assert np.all(info.iterations == 0) and np.all(info.residual == 0) and np.all(info.converged)
    # elementwise equals the loop
    for i in range(3):
        for j in range(2):
            assert fam.fisher_rao(P[i, j], q) == fam.fisher_rao(P, q)[i, j]


@pytest.mark.parametrize("name", ["Normal", "LogNormal", "DiagonalNormal", "Categorical"])
def test_batch_path_against_mpmath(name):
    """The vectorised batch path of the closed forms (fisher_rao without return_info:
    detail/closed_batch.hpp, blocks of lanes with scalar fallback lanes) on many pairs at once:
    ≤ 4e-15 relative to mpmath like the scalar path (random, nearly identical and identical pairs,
    extreme scales that go to the fallback lanes), and agreeing with the scalar path
    (return_info=True) to ≤ 4e-15; NaN rows give NaN, broadcasting and float32 as elsewhere."""
    if name not in BUILT:
        pytest.skip(f"{name} not compiled in this build")
    rng = np.random.default_rng(31)
    if name == "Categorical":
        fam = ig.Categorical(9)
        p = rng.dirichlet(np.full(9, 0.7), size=150)
        P = fam.natural(probs=p)
        Q = np.concatenate([fam.natural(probs=rng.dirichlet(np.full(9, 0.7), size=100)),
                            P[100:130] * (1 + 1e-9 * rng.standard_normal((30, 8))),
                            P[130:140] + 1e-13 * rng.standard_normal((10, 8)),
                            P[140:145],  # identical: 0 (scalar lanes)
                            P[145:150] + 600.0 * rng.standard_normal((5, 8))])  # far apart: log-sum-exp lanes
        P[0, 0] = -750.0  # an underflowing probability (scalar lane)
    elif name == "DiagonalNormal":
        fam = ig.DiagonalNormal(3)
        n = 200
        mu = rng.uniform(-5, 5, (2, n, 3))
        sd = np.exp(rng.uniform(np.log(0.05), np.log(20), (2, n, 3)))
        P, Q = fam.natural(mean=mu[0], std=sd[0]), fam.natural(mean=mu[1], std=sd[1])
        Q[100:130] = P[100:130] * (1 + 1e-10 * rng.standard_normal((30, 6)))
        Q[130:135] = P[130:135]
        P[140:145, [0, 3]] = [[1e-200, -1e-200], [1e200, -1e-100], [0.0, -1e250], [1.0, -1e-300], [0.0, -1e300]]
    else:
        fam = ig.Normal() if name == "Normal" else ig.LogNormal()
        n = 200
        mu = rng.uniform(-5, 5, (2, n))
        sd = np.exp(rng.uniform(np.log(0.05), np.log(20), (2, n)))
        kw = (lambda m, s: {"mean": m, "std": s}) if name == "Normal" else (lambda m, s: {"mu": m, "sigma": s})
        P, Q = fam.natural(**kw(mu[0], sd[0])), fam.natural(**kw(mu[1], sd[1]))
        Q[100:130] = P[100:130] * (1 + 1e-10 * rng.standard_normal((30, 2)))
        Q[130:135] = P[130:135]
        P[140:145] = [[1e-200, -1e-200], [1e200, -1e-100], [0.0, -1e250], [1.0, -1e-300], [0.0, -1e300]]
    # (rows that go to the scalar fallback lanes: checked equal to the scalar path below)
    extreme = [0, 145, 146, 147, 148, 149] if name == "Categorical" else list(range(140, 145))
    same = list(range(140, 145)) if name == "Categorical" else list(range(130, 135))
    d = fam.fisher_rao(P, Q)
    assert np.all(d[same] == 0.0)
    for i in range(len(P)):
        if i not in extreme + same:
            err = _rel(d[i], reference(name, fam, P[i], Q[i]))
            assert err <= 4e-15, (name, i, P[i], Q[i], d[i])
    d_info, info = fam.fisher_rao(P, Q, return_info=True)
    assert np.all(info.converged)
    assert np.all(np.abs(d - d_info) <= 4e-15 * np.abs(d_info))
    assert np.array_equal(d[extreme], d_info[extreme])  # the scalar fallback lanes
    # NaN rows, broadcasting of one row, float32
    Pn = P.copy()
    Pn[[3, 70]] = np.nan
    dn = fam.fisher_rao(Pn, Q, validate=False)
    assert np.all(np.isnan(dn[[3, 70]])) and np.array_equal(np.delete(dn, [3, 70]), np.delete(d, [3, 70]))
    db = fam.fisher_rao(P[5], Q)
    assert np.all(np.abs(db - fam.fisher_rao(np.broadcast_to(P[5], Q.shape), Q)) == 0)
    P32, Q32 = P[:100].astype(np.float32), Q[:100].astype(np.float32)
    d32 = fam.fisher_rao(P32, Q32)
    ref32 = fam.fisher_rao(P32.astype(np.float64), Q32.astype(np.float64))
    assert d32.dtype == np.float32 and np.array_equal(d32, ref32.astype(np.float32))


def test_nan_propagation():
    fam = ig.Normal()
    p = np.array([[0.0, -0.5], [np.nan, -0.5]])
    q = fam.natural(mean=1.0, std=1.0)
    d = fam.fisher_rao(p, q)
    assert np.isfinite(d[0]) and np.isnan(d[1])
    assert np.all(np.isnan(fam.log_map(p, q)[1])) and np.all(np.isfinite(fam.log_map(p, q)[0]))
    assert np.all(np.isnan(fam.exp_map(q, [[np.nan, 0.0]])))
    assert np.all(np.isnan(fam.parallel_transport(p, q, [1.0, 0.0])[1]))
    g = fam.geodesic(p[0], q, [0.0, np.nan, 1.0])
    assert np.all(np.isnan(g[1])) and np.all(np.isfinite(g[[0, 2]]))
    assert np.all(np.isnan(fam.geodesic(p, q, [0.5], kind="e")[1]))


def test_bad_input():
    fam = ig.Normal()
    p = fam.natural(mean=0.0, std=1.0)
    bad = np.array([[0.0, -0.5], [0.0, 0.5]])
    with pytest.raises(ValueError, match=r"Normal\.fisher_rao: q at index \[1\] is outside the natural"):
        fam.fisher_rao(p, bad)
    with pytest.raises(ValueError, match=r"Normal\.fisher_rao: q at index \[1\] is outside the natural"):
        fam.fisher_rao(p, bad, return_info=True)  # (the scalar path)
    with pytest.raises(ValueError, match=r"Normal\.fisher_rao: p at index \[1\] is outside the natural"):
        fam.fisher_rao(np.array([p, bad[1]]), bad)  # p is reported before q
    with pytest.raises(ValueError, match=r"Normal\.log_map: p at index \[1\]"):
        fam.log_map(bad, p)
    with pytest.raises(ValueError, match=r"Normal\.exp_map: v must be finite"):
        fam.exp_map(p, [np.inf, 0.0])
    with pytest.raises(ValueError, match=r"Normal\.geodesic: t\[1\] must be in \[0, 1\]"):
        fam.geodesic(p, p, [0.5, 1.5])
    with pytest.raises(ValueError, match="kind must be"):
        fam.geodesic(p, p, 0.5, kind="a")
    with pytest.raises(ValueError, match="last axis of length 2"):
        fam.fisher_rao(p, [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="do not broadcast"):
        fam.fisher_rao(np.zeros((2, 2)) - 1, np.zeros((3, 2)) - 1)
    with pytest.raises(TypeError):
        fam.fisher_rao(p, np.array([1 + 1j, -1]))
    with pytest.raises(ValueError, match="t must be a scalar or 1-D"):
        fam.geodesic(p, p, np.zeros((2, 2)))


def test_closed_form_flag():
    for name in NAMES:
        if name in BUILT:
            assert CLOSED_FORM_FAMILIES[name][0]().closed_form_geodesic


def test_docstring_examples():
    result = doctest.testmod(infogeom._geodesic, optionflags=doctest.NORMALIZE_WHITESPACE, raise_on_error=False)
    assert result.failed == 0 and result.attempted > 0

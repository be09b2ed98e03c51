"""Geodesic distances and Riemannian operations side by side with the peers (issue 4), in one run.

    PYTHONPATH=python /work/venvs/geo/bin/python bench/bench_geodesic.py [--repeat 5] [--quick]

(from the repository root; an interpreter with geomstats 2.8.0 (run on its numpy backend),
pyriemann, geoopt with torch 2.13.0 CPU, fisherrao and mpmath; a missing peer leaves its column
empty). Each callable is timed as the median of ``--repeat`` runs after a warm-up (the slow
per-pair peers: median of ``min(--repeat, 3)`` after a warm-up on two pairs); infogeom and torch
run on the same threads (``--threads``, default all cores). Workloads, fixed seed 0:

- closed forms: Fisher–Rao of 1e6 univariate normal pairs (NumPy half-plane formula
  √2·arccosh(1 + ((μ1−μ2)²/2 + (σ1−σ2)²)/(2σ1σ2)), geomstats, fisherrao.fisher_rao_1d one pair per
  call) and 1e5 categorical pairs K=64 (NumPy 2·arccos Σ√(pq), geomstats); errors against mpmath
  (40 digits) on random pairs and on close pairs (relative perturbations ~1e-8);
- numerical Fisher–Rao (no closed form): Gamma, Beta, Dirichlet(3), MultivariateNormal(3), in
  ms/pair: infogeom on ``--fr-pairs`` pairs, geomstats (solve_bvp) and fisherrao (Beta: the
  length of the straight line in (α, β), an upper bound; MVN: the Calvo–Oller embedding distance)
  on the first ``--peer-pairs``; errors on those pairs against references computed here,
  independently of infogeom: Gamma, Beta, Dirichlet by shooting on the geodesic equation of the
  Hessian metric (scipy DOP853, rtol 1e-13, Newton with a homotopy from the straight line;
  checked against 25-digit mpmath quadratures: Clairaut's integral for Gamma, the symmetric line
  for Beta and Dirichlet); MVN by Eriksen's closed-form exponential map solved for the initial
  velocity in double, then polished at 30 digits with mpmath;
- SPD(5) affine-invariant distances of 1e4 pairs (pyriemann, geomstats, fisherrao per pair) and
  Karcher means of ``--means`` sets of 100 matrices (pyriemann, geomstats); distances against
  mpmath eigenvalues, means by their Riemannian gradient norm (computed here with NumPy);
- Poincaré ball (c = 1): distance, Möbius addition, exp and log maps on 1e6 points in dim 2 and 1e5
  in dim 16 against geoopt (float64, its defaults); points at hyperbolic radius uniform in [0, 10]
  from the origin, tangent vectors of Riemannian norm uniform in [0, 5]; errors against mpmath
  (50 digits) on ``--ref-rows`` rows.

Every peer's values are compared with infogeom's (max abs and rel difference on the same rows) and
all with the reference. ``--quick`` divides the bulk sizes by 10.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import warnings

os.environ.setdefault("GEOMSTATS_BACKEND", "numpy")

import mpmath as mp  # noqa: E402
import numpy as np  # noqa: E402
from scipy import special  # noqa: E402
from scipy.integrate import solve_ivp  # noqa: E402
from scipy.linalg import eigh, expm  # noqa: E402

import infogeom as ig  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_elementwise import median_time as med  # noqa: E402

try:
    import torch
    import geoopt
except ImportError:  # pragma: no cover
    torch = geoopt = None
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from geomstats.geometry.spd_matrices import SPDMatrices
        from geomstats.information_geometry.beta import BetaDistributions
        from geomstats.information_geometry.categorical import CategoricalDistributions
        from geomstats.information_geometry.dirichlet import DirichletDistributions
        from geomstats.information_geometry.gamma import GammaDistributions
        from geomstats.information_geometry.normal import (GeneralNormalDistributions,
                                                           UnivariateNormalDistributions)
        from geomstats.learning.frechet_mean import FrechetMean
except ImportError:  # pragma: no cover
    SPDMatrices = None
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyriemann.utils.distance import distance_riemann
        from pyriemann.utils.mean import mean_riemann
except ImportError:  # pragma: no cover
    distance_riemann = None
try:
    import fisherrao
except ImportError:  # pragma: no cover
    fisherrao = None

PEERS = ["NumPy", "geomstats", "fisherrao", "pyriemann", "geoopt"]


# ------------------------------------------------------------------ timing and comparison
def _rows(a, ndim_event: int) -> np.ndarray:
    a = np.asarray(a, dtype=float)
    return a.reshape(a.shape[: a.ndim - ndim_event] + (-1,)) if ndim_event else a[..., None]


def max_rel(a, ref, ndim_event: int = 0) -> float:
    """max over rows of ‖a − ref‖ / ‖ref‖ (NaN anywhere gives inf)."""
    a, ref = _rows(a, ndim_event), _rows(ref, ndim_event)
    n = min(len(a), len(ref))
    e = np.linalg.norm(a[:n] - ref[:n], axis=-1) / np.maximum(np.linalg.norm(ref[:n], axis=-1), 1e-300)
    return float(np.inf) if np.isnan(e).any() else float(e.max())


def max_abs(a, b) -> float:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n = min(len(a), len(b))
    e = np.abs(a[:n] - b[:n])
    return float(np.inf) if np.isnan(e).any() else float(e.max())


class Row:
    """One workload: times (s, or s/pair), errors vs the reference, differences vs infogeom."""

    def __init__(self, title: str, per_pair: bool = False) -> None:
        self.title, self.per_pair = title, per_pair
        self.t: dict[str, float] = {}
        self.scaled: set[str] = set()
        self.err: dict[str, float] = {}
        self.diff: dict[str, tuple[float, float]] = {}
        self.other: set[str] = set()  # peers computing another quantity (a bound, another metric)
        self.extra: list[str] = []

    def compare(self, lib: str, vals, ours, ref, nref: int, ev: int = 0) -> None:
        """Record lib's error vs the reference (first nref rows) and its difference from infogeom;
        note the worst row of a peer off by more than 1e-6."""
        vals = np.asarray(vals, dtype=float)
        k = min(len(vals), len(ours))
        if lib != "infogeom":
            self.diff[lib] = (max_abs(vals[:k], ours[:k]), max_rel(vals[:k], ours[:k], ev))
        m = min(nref, len(vals))
        self.err[lib] = max_rel(vals[:m], ref, ev)
        if lib != "infogeom" and ev == 0 and self.err[lib] > 1e-6:
            e = np.abs(vals[:m] - ref[:m]) / np.abs(ref[:m])
            i = int(np.nanargmax(np.where(np.isnan(e), np.inf, e)))
            self.extra.append(f"{lib} worst of the {m} reference rows: row {i}, {vals[i]:.6g} instead of "
                              f"{ref[i]:.6g}; {int((e > 1e-6).sum())} rows off by more than 1e-6")


def lu(rng, lo, hi, size):
    return np.exp(rng.uniform(np.log(lo), np.log(hi), size))


# ------------------------------------------------------------------ closed forms: normal, categorical
def mp_normal_fr(m1, s1, m2, s2) -> np.ndarray:
    with mp.workdps(40):
        return np.array([float(mp.sqrt(2) * 2 * mp.asinh(mp.sqrt((mp.mpf(a) - c) ** 2 / 2 + (mp.mpf(b) - d) ** 2)
                                                          / (2 * mp.sqrt(mp.mpf(b) * d))))
                         for a, b, c, d in zip(m1, s1, m2, s2)])


def mp_categorical_fr(p, q) -> np.ndarray:
    """2 arccos Σ √(p q) for the distributions proportional to the rows (the stored rows sum to 1 only
    up to rounding, which matters for close pairs)."""
    with mp.workdps(40):
        out = []
        for pi, qi in zip(p, q):
            pm, qm = [mp.mpf(a) for a in pi], [mp.mpf(b) for b in qi]  # exact for doubles and mpf
            bc = mp.fsum(mp.sqrt(a * b) for a, b in zip(pm, qm)) / mp.sqrt(mp.fsum(pm) * mp.fsum(qm))
            out.append(float(2 * mp.acos(bc)))
        return np.array(out)


def bench_normal(rng, n, args, nthreads) -> Row:
    m1, m2 = rng.normal(size=n), rng.normal(size=n)
    s1, s2 = lu(rng, 0.2, 5.0, n), lu(rng, 0.2, 5.0, n)
    fam = ig.Normal()
    P, Q = fam.natural(mean=m1, std=s1), fam.natural(mean=m2, std=s2)
    row = Row(f"Normal, {n:.0e} pairs")
    row.t["infogeom"] = med(lambda: fam.fisher_rao(P, Q), args.repeat)
    t_nv = med(lambda: fam.fisher_rao(P, Q, validate=False), args.repeat)
    row.extra.append(f"infogeom with validate=False: {1e3 * t_nv:.3g} ms")
    ours = fam.fisher_rao(P, Q)

    def numpy_fr():
        return np.sqrt(2) * np.arccosh(1 + ((m1 - m2) ** 2 / 2 + (s1 - s2) ** 2) / (2 * s1 * s2))
    nref = args.ref_rows
    ref = mp_normal_fr(m1[:nref], s1[:nref], m2[:nref], s2[:nref])
    # close pairs: relative perturbations ~1e-8 of the mean (in units of σ) and of σ
    nc = args.ref_rows
    c1, cs1 = m1[:nc], s1[:nc]
    c2, cs2 = c1 + 1e-8 * cs1 * rng.normal(size=nc), cs1 * (1 + 1e-8 * rng.normal(size=nc))
    cref = mp_normal_fr(c1, cs1, c2, cs2)
    cP, cQ = fam.natural(mean=c1, std=cs1), fam.natural(mean=c2, std=cs2)
    close = {"infogeom": fam.fisher_rao(cP, cQ)}
    row.t["NumPy"] = med(numpy_fr, args.repeat)
    row.compare("NumPy", numpy_fr(), ours, ref, nref)
    close["NumPy"] = np.sqrt(2) * np.arccosh(1 + ((c1 - c2) ** 2 / 2 + (cs1 - cs2) ** 2) / (2 * cs1 * cs2))
    if SPDMatrices is not None:
        U = UnivariateNormalDistributions()
        a, b = np.stack([m1, s1], -1), np.stack([m2, s2], -1)
        row.t["geomstats"] = med(lambda: U.metric.dist(a, b), args.repeat)
        row.compare("geomstats", U.metric.dist(a, b), ours, ref, nref)
        close["geomstats"] = U.metric.dist(np.stack([c1, cs1], -1), np.stack([c2, cs2], -1))
    if fisherrao is not None:
        k = min(n, 2000)
        fr = lambda: [fisherrao.fisher_rao_1d(m1[i], s1[i], m2[i], s2[i]) for i in range(k)]  # noqa: E731
        row.t["fisherrao"] = med(fr, max(1, args.repeat // 2)) * n / k
        row.scaled.add("fisherrao")
        row.compare("fisherrao", fr(), ours, ref, nref)
        close["fisherrao"] = [fisherrao.fisher_rao_1d(c1[i], cs1[i], c2[i], cs2[i]) for i in range(nc)]
    row.compare("infogeom", ours, ours, ref, nref)
    row.extra.append("close pairs (Δ ~ 1e-8), max rel error vs mpmath: "
                     + ", ".join(f"{k} {max_rel(v, cref):.1e}" for k, v in close.items()))
    with mp.workdps(40):  # σ² = −1/(2θ2), μ = θ1σ², from the stored natural parameters
        var = [[-1 / (2 * mp.mpf(t)) for t in T[:, 1]] for T in (cP, cQ)]
        src = [([mp.mpf(t) * v for t, v in zip(T[:, 0], V)], [mp.sqrt(v) for v in V]) for T, V in zip((cP, cQ), var)]
        exact = mp_normal_fr(*src[0], *src[1])
    row.extra.append(f"  infogeom vs the exact distance of its natural parameters: "
                     f"{max_rel(close['infogeom'], exact):.1e} (the rest is the rounding of (μ, σ) → θ, "
                     "relative ε/Δ)")
    return row


def bench_categorical(rng, n, K, args) -> Row:
    p, q = rng.dirichlet(np.ones(K), size=n), rng.dirichlet(np.ones(K), size=n)
    fam = ig.Categorical(K)
    P, Q = fam.natural(probs=p), fam.natural(probs=q)
    row = Row(f"Categorical K={K}, {n:.0e} pairs")
    row.t["infogeom"] = med(lambda: fam.fisher_rao(P, Q), args.repeat)
    t_nv = med(lambda: fam.fisher_rao(P, Q, validate=False), args.repeat)
    row.extra.append(f"infogeom with validate=False: {1e3 * t_nv:.3g} ms")
    ours = fam.fisher_rao(P, Q)

    def numpy_fr(p=p, q=q):  # clipped: rounding can push the sum past 1 for close pairs
        return 2 * np.arccos(np.minimum(np.sqrt(p * q).sum(-1), 1.0))
    nref = min(args.ref_rows, 500)
    ref = mp_categorical_fr(p[:nref], q[:nref])
    cp = p[:nref]
    cq = cp * (1 + 1e-8 * rng.normal(size=cp.shape))
    cq /= cq.sum(-1, keepdims=True)
    cref = mp_categorical_fr(cp, cq)
    close = {"infogeom": fam.fisher_rao(fam.natural(probs=cp), fam.natural(probs=cq)), "NumPy": numpy_fr(cp, cq)}
    row.t["NumPy"] = med(numpy_fr, args.repeat)
    row.compare("NumPy", numpy_fr(), ours, ref, nref)
    if SPDMatrices is not None:
        C = CategoricalDistributions(K - 1)
        row.t["geomstats"] = med(lambda: C.metric.dist(p, q), args.repeat)
        row.compare("geomstats", C.metric.dist(p, q), ours, ref, nref)
        close["geomstats"] = C.metric.dist(cp, cq)
    row.compare("infogeom", ours, ours, ref, nref)
    row.extra.append("close pairs (Δ ~ 1e-8), max rel error vs mpmath: "
                     + ", ".join(f"{k} {max_rel(v, cref):.1e}" for k, v in close.items()))
    with mp.workdps(40):  # p ∝ (e^θ, 1), from the stored natural parameters
        ex = [[[mp.exp(mp.mpf(float(z))) for z in t] + [mp.mpf(1)] for t in T]
              for T in (fam.natural(probs=cp), fam.natural(probs=cq))]
    row.extra.append(f"  infogeom vs the exact distance of its natural parameters: "
                     f"{max_rel(close['infogeom'], mp_categorical_fr(*ex)):.1e} (the rest is the rounding of p → θ)")
    return row


# ------------------------------------------------------------------ independent references: shooting
# Geodesics of a Hessian metric G = ∇²F in coordinates x affine in θ: x'' = −G⁻¹c, c_l = ½ Σ_ij
# ∂_i∂_j∂_l F x'_i x'_j. All pairs (N, D) integrate together as one system.
def _pg(k, x):
    return special.polygamma(k, x)


def dirichlet_metric(x):  # x = α (Beta: α = (a, b)); F = Σ lnΓ(α_i) − lnΓ(Σα)
    D = x.shape[-1]
    return np.eye(D) * _pg(1, x)[..., None, :] - _pg(1, x.sum(-1))[..., None, None]


def dirichlet_c(x, v):
    return 0.5 * (_pg(2, x) * v**2 - (_pg(2, x.sum(-1)) * v.sum(-1) ** 2)[..., None])


def gamma_metric(x):  # x = (k, β), θ = (k − 1, −β); F = lnΓ(k) − k ln β
    k, b = x[..., 0], x[..., 1]
    return np.stack([np.stack([_pg(1, k), -1 / b], -1), np.stack([-1 / b, k / b**2], -1)], -2)


def gamma_c(x, v):
    k, b, vk, vb = x[..., 0], x[..., 1], v[..., 0], v[..., 1]
    return np.stack([0.5 * (_pg(2, k) * vk**2 + vb**2 / b**2), vk * vb / b**2 - k * vb**2 / b**3], -1)


def shoot(metric, cfun, xp, v):
    """x(1) of the geodesics x(0) = xp, x'(0) = v, shapes (N, D)."""
    N, D = xp.shape

    def rhs(_t, y):
        x, u = y[: N * D].reshape(N, D), y[N * D:].reshape(N, D)
        a = -np.linalg.solve(metric(x), cfun(x, u)[..., None])[..., 0]
        return np.concatenate([u.ravel(), a.ravel()])
    y0 = np.concatenate([xp.ravel(), v.ravel()])
    with np.errstate(all="ignore"):
        sol = solve_ivp(rhs, (0.0, 1.0), y0, method="DOP853", rtol=1e-13,
                        atol=1e-15 * np.maximum(np.abs(y0), 1e-3))
    if not sol.success:
        return np.full_like(xp, np.nan)
    return sol.y[: N * D, -1].reshape(N, D)


def shooting_reference(metric, cfun, xp, xq, stages=4, iters=8):
    """Fisher–Rao distances and final relative endpoint residuals (Fisher norm at q), by Newton on
    the initial velocity (forward-difference Jacobian, all pairs and directions in one
    integration) with a homotopy of the target along the straight line xp → xq."""
    N, D = xp.shape
    v = (xq - xp) / stages
    res = np.full(N, np.inf)
    for s in range(1, stages + 1):
        xt = xp + (xq - xp) * s / stages
        if s > 1:
            v = v * s / (s - 1)
        for _ in range(iters):
            h = 1e-7 * np.maximum(np.abs(v).max(-1, keepdims=True), 1e-3)
            V = np.concatenate([v] + [v + h * np.eye(D)[j] for j in range(D)])
            X = shoot(metric, cfun, np.tile(xp, (D + 1, 1)), V).reshape(D + 1, N, D)
            r = X[0] - xt
            J = np.stack([(X[j + 1] - X[0]) / h for j in range(D)], -1)
            step = np.linalg.solve(J, r[..., None])[..., 0]
            v = v - step
            small = np.abs(step).max(-1) <= 1e-14 * np.maximum(np.abs(v).max(-1), 1e-300)
            if s < stages and np.all(np.abs(r).max(-1) < 1e-9 * np.abs(xt - xp).max(-1)):
                break
            if s == stages and np.all(small):
                break
    r = shoot(metric, cfun, xp, v) - xq
    G = metric(xp)
    d = np.sqrt(np.einsum("ni,nij,nj->n", v, G, v))
    res = np.sqrt(np.abs(np.einsum("ni,nij,nj->n", r, metric(xq), r))) / d
    return d, res


def mp_gamma_clairaut(k1, b1, k2, b2, dps=25):
    """Gamma Fisher–Rao at `dps` digits, independent of any ODE solver. In (k, u = ln(k/β)) the metric
    is f(k) dk² + k du², f = ψ'(k) − 1/k; u is cyclic, so k u' = c along a unit-speed geodesic
    (Clairaut): du/dk = c√f/√(k(k − c²)), ds/dk = √(f k/(k − c²)), k ≥ c², with at most one
    turning point, at k = c². With k = c² + σ² (σ < 0 before the turning point) both integrands
    are smooth: Δu = ∫ 2c√(f/k) dσ, s = ∫ 2√(f k) dσ from σ1 = ±√(k1 − c²) to σ2 = √(k2 − c²).
    Solve Δu = |u2 − u1| for σ1 ∈ (−√k1, √k1) (c² = k1 − σ1²), then integrate s."""
    with mp.workdps(dps):
        k1, b1, k2, b2 = (mp.mpf(float(z)) for z in (k1, b1, k2, b2))
        du = abs(mp.log(k2 / b2) - mp.log(k1 / b1))
        if k1 > k2:
            k1, k2 = k2, k1
        f = lambda k: mp.psi(1, k) - 1 / k  # noqa: E731

        def ends(s1):
            c2 = k1 - s1 * s1
            return mp.sqrt(c2), c2, s1, mp.sqrt(k2 - c2)

        def U(s1):
            c, c2, a, b = ends(s1)
            return mp.quad(lambda s: 2 * c * mp.sqrt(f(c2 + s * s) / (c2 + s * s)), [a, b])
        if du == 0:
            return float(mp.quad(lambda k: mp.sqrt(f(k)), [k1, k2]))
        r = mp.sqrt(k1)
        hi, lo = r * (1 - mp.mpf(10) ** -20), -r / 2  # U(hi) ≈ 0, U → ∞ as σ1 → −√k1
        while U(lo) < du:
            lo = -r + (lo + r) / 8
        s1 = mp.findroot(lambda s1: U(s1) - du, (lo, hi), solver="illinois")
        c, c2, a, b = ends(s1)
        return float(mp.quad(lambda s: 2 * mp.sqrt(f(c2 + s * s) * (c2 + s * s)), [a, b]))


def mp_symmetric_line(K, x, y, dps=25):
    """Dirichlet(x, …, x) ↔ Dirichlet(y, …, y) (Beta: K = 2): the symmetric line is totally
    geodesic, d = ∫ √(K ψ'(t) − K² ψ'(K t)) dt."""
    with mp.workdps(dps):
        lo, hi = sorted((mp.mpf(x), mp.mpf(y)))
        pts = [lo] + [p for p in (mp.mpf(10) ** e for e in range(-6, 7)) if lo < p < hi] + [hi]
        return float(mp.quad(lambda t: mp.sqrt(K * mp.psi(1, t) - K * K * mp.psi(1, K * t)), pts))


# ------------------------------------------------------------------ independent reference: MVN
def _sym(p, d):
    iu = np.triu_indices(d)
    B = np.zeros(p.shape[:-1] + (d, d))
    B[..., iu[0], iu[1]] = p
    B[..., iu[1], iu[0]] = p
    return B


def _eriksen_A(x, B):
    d = x.shape[-1]
    A = np.zeros(x.shape[:-1] + (2 * d + 1, 2 * d + 1))
    A[..., :d, :d], A[..., :d, d], A[..., d, :d] = -B, x, x
    A[..., d, d + 1:], A[..., d + 1:, d], A[..., d + 1:, d + 1:] = -x, -x, B
    return A


def _mvn_resid(v, T, t, d):
    """Eriksen (1987): the geodesic from N(0, I) with velocity (x, B) is N(Δ⁻¹δ, Δ⁻¹) at t = 1 for
    exp(A) = [[Δ, δ, ·], …], A = [[−B, x, 0], [xᵀ, 0, −xᵀ], [0, −x, B]]. Residual Δ − T, δ − t
    (T = Σ_q⁻¹, t = Σ_q⁻¹μ_q after whitening by p)."""
    E = expm(_eriksen_A(v[..., :d], _sym(v[..., d:], d)))
    iu = np.triu_indices(d)
    return np.concatenate([E[..., :d, d] - t, (E[..., :d, :d] - T)[..., iu[0], iu[1]]], -1)


def mvn_reference(mu1, S1, mu2, S2, dps=30, stages=4):
    """MVN Fisher–Rao: Newton (double, forward differences, homotopy of the target along
    (s x, S^s)) on Eriksen's exponential map, then three quasi-Newton steps at `dps` digits with
    mpmath's expm. Returns distances and the final 30-digit residual norms."""
    N, d = mu1.shape
    L = np.linalg.cholesky(S1)
    Li = np.linalg.inv(L)
    x2 = np.einsum("nij,nj->ni", Li, mu2 - mu1)
    W = Li @ S2 @ Li.transpose(0, 2, 1)
    w, V = np.linalg.eigh(W)
    iu = np.triu_indices(d)
    m = d + len(iu[0])
    v = np.concatenate([x2, (V * np.log(w)[:, None, :] @ V.transpose(0, 2, 1))[:, iu[0], iu[1]]], -1) / stages
    for s in range(1, stages + 1):
        Ws = (V * (w ** (s / stages))[:, None, :]) @ V.transpose(0, 2, 1)
        T = np.linalg.inv(Ws)
        t = np.einsum("nij,nj->ni", T, x2 * s / stages)
        if s > 1:
            v = v * s / (s - 1)
        for _ in range(12):
            h = 1e-7 * np.maximum(np.abs(v).max(-1, keepdims=True), 1e-3)
            R0 = _mvn_resid(v, T, t, d)
            J = np.stack([(_mvn_resid(v + h * np.eye(m)[j], T, t, d) - R0) / h for j in range(m)], -1)
            step = np.linalg.solve(J, R0[..., None])[..., 0]
            v = v - step
            if np.all(np.abs(step).max(-1) < 1e-13 * np.abs(v).max(-1)):
                break
    Jinv = np.linalg.inv(J)
    dist, resid = np.empty(N), np.empty(N)
    with mp.workdps(dps):
        for n in range(N):
            vm = mp.matrix([mp.mpf(float(z)) for z in v[n]])
            Tm = mp.inverse(mp.matrix(W[n].tolist()))
            tm = Tm * mp.matrix(x2[n].tolist())
            Ji = mp.matrix(Jinv[n].tolist())
            for _ in range(3):
                x = [vm[i] for i in range(d)]
                B = mp.zeros(d, d)
                for k, (i, j) in enumerate(zip(*iu)):
                    B[i, j] = B[j, i] = vm[d + k]
                A = mp.zeros(2 * d + 1, 2 * d + 1)
                for i in range(d):
                    A[i, d] = A[d, i] = x[i]
                    A[d, d + 1 + i] = A[d + 1 + i, d] = -x[i]
                    for j in range(d):
                        A[i, j], A[d + 1 + i, d + 1 + j] = -B[i, j], B[i, j]
                E = mp.expm(A)
                r = mp.matrix([E[i, d] - tm[i] for i in range(d)]
                              + [E[i, j] - Tm[i, j] for i, j in zip(*iu)])
                vm = vm - Ji * r
            resid[n] = float(mp.norm(r))
            dist[n] = float(mp.sqrt(mp.fsum(z * z for z in x) + mp.fsum(B[i, j] ** 2 for i in range(d)
                                                                         for j in range(d)) / 2))
    return dist, resid


# ------------------------------------------------------------------ numerical Fisher–Rao workloads
def numeric_families(rng, N):
    W = []
    k1, k2, b1, b2 = lu(rng, 0.2, 20, N), lu(rng, 0.2, 20, N), lu(rng, 0.2, 5, N), lu(rng, 0.2, 5, N)
    W.append(dict(key="gamma", title="Gamma", fam=ig.Gamma(), xp=np.stack([k1, b1], -1), xq=np.stack([k2, b2], -1),
                  P=ig.Gamma().natural(shape=k1, rate=b1), Q=ig.Gamma().natural(shape=k2, rate=b2),
                  gs=(lambda: GammaDistributions(), np.stack([k1, k1 / b1], -1), np.stack([k2, k2 / b2], -1)),
                  metric=(gamma_metric, gamma_c)))
    a1, a2 = lu(rng, 0.2, 20, (N, 2)), lu(rng, 0.2, 20, (N, 2))
    W.append(dict(key="beta", title="Beta", fam=ig.Beta(), xp=a1, xq=a2,
                  P=ig.Beta().natural(a=a1[:, 0], b=a1[:, 1]), Q=ig.Beta().natural(a=a2[:, 0], b=a2[:, 1]),
                  gs=(lambda: BetaDistributions(), a1, a2), metric=(dirichlet_metric, dirichlet_c),
                  fr=lambda i, a1=a1, a2=a2: fisherrao.geodesic_distance_beta(a1[i, 0], a1[i, 1], a2[i, 0], a2[i, 1])))
    a1, a2 = lu(rng, 0.2, 20, (N, 3)), lu(rng, 0.2, 20, (N, 3))
    W.append(dict(key="dirichlet", title="Dirichlet(3)", fam=ig.Dirichlet(3), xp=a1, xq=a2,
                  P=ig.Dirichlet(3).natural(alpha=a1), Q=ig.Dirichlet(3).natural(alpha=a2),
                  gs=(lambda: DirichletDistributions(3), a1, a2), metric=(dirichlet_metric, dirichlet_c)))
    d = 3
    A = rng.normal(size=(2, N, d, d))
    S = A @ A.transpose(0, 1, 3, 2) / d + 0.3 * np.eye(d)
    mu = rng.normal(size=(2, N, d))
    fam = ig.MultivariateNormal(d)
    W.append(dict(key="mvn", title="MultivariateNormal(3)", fam=fam, mvn=(mu[0], S[0], mu[1], S[1]),
                  P=fam.natural(mean=mu[0], cov=S[0]), Q=fam.natural(mean=mu[1], cov=S[1]),
                  gs=(lambda: GeneralNormalDistributions(d),
                      *(np.concatenate([mu[i], S[i].reshape(N, -1)], -1) for i in (0, 1))),
                  fr=lambda i, mu=mu, S=S: fisherrao.calvo_oller_distance(mu[0][i], S[0][i], mu[1][i], S[1][i])))
    return W


def bench_numeric(w, args, checks) -> Row:
    fam, P, Q = w["fam"], w["P"], w["Q"]
    N, npeer = len(P), min(args.peer_pairs, len(P))
    row = Row(f"{w['title']}, ms/pair", per_pair=True)
    slow = min(args.repeat, 3)
    t0 = time.perf_counter()
    if "mvn" in w:
        m1, S1, m2, S2 = (z[:npeer] for z in w["mvn"])
        ref, resid = mvn_reference(m1, S1, m2, S2)
        how = "Eriksen exp map, 30-digit mpmath polish"
    else:
        ref, resid = shooting_reference(*w["metric"], w["xp"][:npeer], w["xq"][:npeer])
        how = "DOP853 shooting"
    row.extra.append(f"reference ({how}, {npeer} pairs, {time.perf_counter() - t0:.1f} s): max endpoint "
                     f"residual {np.nanmax(resid):.1e}")
    out, info = fam.fisher_rao(P, Q, return_info=True)
    row.t["infogeom"] = med(lambda: fam.fisher_rao(P, Q, return_info=True), slow,
                            warm=lambda: fam.fisher_rao(P[:20], Q[:20], return_info=True)) / N
    row.extra.append(f"infogeom: {int((~info.converged).sum())} of {N} not converged, iterations ≤ "
                     f"{int(info.iterations.max())}, residual ≤ {float(np.nanmax(info.residual)):.1e}")
    ours = out[:npeer]
    row.compare("infogeom", ours, ours, ref, npeer)
    if SPDMatrices is not None:
        make, a, b = w["gs"]
        M = make()
        a, b = a[:npeer], b[:npeer]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            row.t["geomstats"] = med(lambda: M.metric.dist(a, b), slow,
                                     warm=lambda: M.metric.dist(a[:2], b[:2])) / npeer
            vals = np.asarray(M.metric.dist(a, b))
        row.compare("geomstats", vals, ours, ref, npeer)
        if w["key"] == "mvn":
            row.other.add("geomstats")
            row.extra.append("geomstats: GeneralNormalDistributions has the product metric of Euclidean "
                             "means and affine-invariant SPD covariances (not Fisher–Rao)")
    if fisherrao is not None and "fr" in w:
        fr = w["fr"]
        row.t["fisherrao"] = med(lambda: [fr(i) for i in range(npeer)], slow) / npeer
        vals = np.array([fr(i) for i in range(npeer)])
        row.compare("fisherrao", vals, ours, ref, npeer)
        row.other.add("fisherrao")
        if w["key"] == "beta":
            row.extra.append(f"fisherrao (straight line in (α, β), an upper bound): ≥ reference on "
                             f"{int((vals >= ref * (1 - 1e-9)).sum())} of {npeer} pairs")
        else:
            lb = vals / np.sqrt(2)
            row.extra.append(f"fisherrao calvo_oller_distance / √2 (the actual Calvo–Oller lower bound) ≤ "
                             f"reference on {int((lb <= ref * (1 + 1e-9)).sum())} of {npeer} pairs; "
                             f"calvo_oller_distance itself > reference on {int((vals > ref).sum())}")
    # independent high-precision checks of the reference and of infogeom
    if w["key"] == "gamma":
        xp, xq = w["xp"], w["xq"]
        for i in range(min(args.mp_pairs, npeer)):
            c = mp_gamma_clairaut(xp[i, 0], xp[i, 1], xq[i, 0], xq[i, 1])
            checks.append(f"Gamma pair {i}: Clairaut 25 digits {c:.16g}; shooting rel diff "
                          f"{abs(ref[i] - c) / c:.1e}; infogeom {abs(ours[i] - c) / c:.1e}")
    elif w["key"] in ("beta", "dirichlet"):
        K = 2 if w["key"] == "beta" else 3
        for x, y in ((0.3, 7.0), (2.0, 15.0)):
            c = mp_symmetric_line(K, x, y)
            sd, _ = shooting_reference(*w["metric"], np.full((1, K), x), np.full((1, K), y))
            o = float(fam.fisher_rao(fam.natural(alpha=[x] * K) if K == 3 else fam.natural(a=x, b=x),
                                     fam.natural(alpha=[y] * K) if K == 3 else fam.natural(a=y, b=y)))
            checks.append(f"{w['title']} ({x},…)→({y},…): symmetric line 25 digits {c:.16g}; shooting rel "
                          f"diff {abs(sd[0] - c) / c:.1e}; infogeom {abs(o - c) / c:.1e}")
    else:
        d = 3
        mu, S1, S2 = np.zeros((1, d)), w["mvn"][1][:1], w["mvn"][3][:1]
        lam = eigh(S2[0], S1[0], eigvals_only=True)
        c = float(np.sqrt(0.5 * np.sum(np.log(lam) ** 2)))
        e, _ = mvn_reference(mu, S1, mu, S2)
        o = float(fam.fisher_rao(fam.natural(mean=mu[0], cov=S1[0]), fam.natural(mean=mu[0], cov=S2[0])))
        checks.append(f"MVN(3) equal means: closed form √(½Σlog²λ) {c:.16g}; Eriksen reference rel diff "
                      f"{abs(e[0] - c) / c:.1e}; infogeom {abs(o - c) / c:.1e}")
    return row


# ------------------------------------------------------------------ SPD
def spd_batch(rng, shape, n):
    A = rng.normal(size=shape + (n, n))
    return A @ np.swapaxes(A, -1, -2) / n + 0.1 * np.eye(n)


def mp_spd_dist(A, B):
    with mp.workdps(30):
        out = []
        for a, b in zip(A, B):
            L = mp.cholesky(mp.matrix(a.tolist()))
            Li = mp.inverse(L)
            M = Li * mp.matrix(b.tolist()) * Li.T
            lam = mp.eigsy(M, eigvals_only=True)
            out.append(float(mp.sqrt(mp.fsum(mp.log(x) ** 2 for x in lam))))
        return np.array(out)


def bench_spd(rng, n_pairs, n, args) -> list[Row]:
    A, B = spd_batch(rng, (n_pairs,), n), spd_batch(rng, (n_pairs,), n)
    M = ig.manifolds.SPD(n)
    row = Row(f"SPD({n}) distance, {n_pairs:.0e} pairs")
    row.t["infogeom"] = med(lambda: M.dist(A, B), args.repeat)
    t_nv = med(lambda: M.dist(A, B, validate=False), args.repeat)
    row.extra.append(f"infogeom with validate=False: {1e3 * t_nv:.3g} ms")
    ours = M.dist(A, B)
    nref = min(args.ref_rows, 200)
    ref = mp_spd_dist(A[:nref], B[:nref])
    row.compare("infogeom", ours, ours, ref, nref)
    if distance_riemann is not None:
        row.t["pyriemann"] = med(lambda: distance_riemann(A, B), args.repeat)
        row.compare("pyriemann", distance_riemann(A, B), ours, ref, nref)
    if SPDMatrices is not None:
        G = SPDMatrices(n)
        row.t["geomstats"] = med(lambda: G.metric.dist(A, B), args.repeat)
        row.compare("geomstats", G.metric.dist(A, B), ours, ref, nref)
    if fisherrao is not None:
        k = min(n_pairs, 1000)
        fr = lambda: [fisherrao.spd_affine_distance(A[i], B[i]) for i in range(k)]  # noqa: E731
        row.t["fisherrao"] = med(fr, max(1, args.repeat // 2)) * n_pairs / k
        row.scaled.add("fisherrao")
        row.compare("fisherrao", fr(), ours, ref, nref)

    # Karcher means: error = Riemannian gradient norm ‖(1/m) Σ logm(M^-½ A_i M^-½)‖_F at the result
    nm, m = args.means, 100
    X = spd_batch(rng, (nm, m), n)
    mrow = Row(f"SPD({n}) Karcher mean of {m}, ms/mean", per_pair=True)

    def grad_norm(Ms):
        out = []
        for Mi, Xi in zip(Ms, X):
            w, V = np.linalg.eigh(Mi)
            R = (V / np.sqrt(w)) @ V.T
            C = R @ Xi @ R
            lw, lV = np.linalg.eigh(C)
            out.append(np.linalg.norm(((lV * np.log(lw)[:, None, :]) @ np.swapaxes(lV, -1, -2)).mean(0)))
        return np.array(out)

    def spd_d(Ms, Ns):
        return np.array([np.sqrt(np.sum(np.log(eigh(b, a, eigvals_only=True)) ** 2)) for a, b in zip(Ms, Ns)])
    mrow.t["infogeom"] = med(lambda: M.karcher_mean(X), args.repeat) / nm
    mrow.extra.append(f"infogeom with validate=False: "
                      f"{1e3 * med(lambda: M.karcher_mean(X, validate=False), args.repeat) / nm:.3g} ms/mean")
    ours_m, info = M.karcher_mean(X, return_info=True)
    mrow.err["infogeom"] = float(grad_norm(ours_m).max())
    mrow.extra.append(f"infogeom: iterations ≤ {int(info.iterations.max())}, "
                      f"all converged {bool(info.converged.all())}")
    rms = np.array([np.sqrt(np.mean(spd_d(np.repeat(ours_m[i:i + 1], m, 0), X[i]) ** 2)) for i in range(nm)])
    peers = {}
    if distance_riemann is not None:
        peers["pyriemann"] = lambda: np.stack([mean_riemann(Xi) for Xi in X])
    if SPDMatrices is not None:
        G = SPDMatrices(n)
        peers["geomstats"] = lambda: np.stack([FrechetMean(G).fit(Xi).estimate_ for Xi in X])
    for lib, fn in peers.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            mrow.t[lib] = med(fn, args.repeat) / nm
            vals = fn()
        mrow.err[lib] = float(grad_norm(vals).max())
        dd = spd_d(ours_m, vals)
        mrow.diff[lib] = (float(dd.max()), float((dd / rms).max()))
    mrow.extra.append("error = Riemannian gradient norm at the result; diff = affine-invariant distance "
                      "to infogeom's mean (abs, and relative to the rms distance of the points)")
    return [row, mrow]


# ------------------------------------------------------------------ Poincaré ball
def ball_points(rng, n, dim, rmax):
    u = rng.normal(size=(n, dim))
    u /= np.linalg.norm(u, axis=-1, keepdims=True)
    return u * np.tanh(rng.uniform(0, rmax, n) / 2)[:, None]


def _mp_ops():
    def madd(x, y):
        xy, x2, y2 = mp.fdot(x, y), mp.fdot(x, x), mp.fdot(y, y)
        den = 1 + 2 * xy + x2 * y2
        return [((1 + 2 * xy + y2) * a + (1 - x2) * b) / den for a, b in zip(x, y)]

    def nrm(x):
        return mp.sqrt(mp.fdot(x, x))

    def dist(x, y):
        return 2 * mp.atanh(nrm(madd([-a for a in x], y)))

    def exp(x, v):
        lam, nv = 2 / (1 - mp.fdot(x, x)), nrm(v)
        return madd(x, [mp.tanh(lam * nv / 2) * a / nv for a in v])

    def log(x, y):
        lam, w = 2 / (1 - mp.fdot(x, x)), madd([-a for a in x], y)
        nw = nrm(w)
        return [2 / lam * mp.atanh(nw) * a / nw for a in w]
    return dict(dist=dist, mobius_add=madd, exp=exp, log=log)


def mp_ball(op, *arrays):
    f = _mp_ops()[op]
    with mp.workdps(50):
        out = [f(*[[mp.mpf(float(z)) for z in a[i]] for a in arrays]) for i in range(len(arrays[0]))]
        return np.array([[float(z) for z in o] if isinstance(o, list) else float(o) for o in out])


def bench_ball(rng, n, dim, args) -> list[Row]:
    x, y = ball_points(rng, n, dim, 10.0), ball_points(rng, n, dim, 10.0)
    u = rng.normal(size=(n, dim))
    u /= np.linalg.norm(u, axis=-1, keepdims=True)
    v = u * (rng.uniform(0, 5.0, n) * (1 - np.sum(x * x, -1)) / 2)[:, None]  # λ_x‖v‖ ∈ [0, 5]
    B = ig.manifolds.PoincareBall(dim)
    ops = {"dist": ((x, y), B.dist, "dist"), "mobius_add": ((x, y), B.mobius_add, "mobius_add"),
           "exp": ((x, v), B.exp, "expmap"), "log": ((x, y), B.log, "logmap")}
    rows = []
    nref = min(args.ref_rows, 300)
    if geoopt is not None:
        G = geoopt.manifolds.PoincareBall(c=1.0)
        T = {id(a): torch.from_numpy(a) for a in (x, y, v)}
    for op, (arrs, ours_fn, gname) in ops.items():
        row = Row(f"Poincaré dim {dim} {op}, {n:.0e}")
        ev = 0 if op == "dist" else 1
        row.t["infogeom"] = med(lambda: ours_fn(*arrs), args.repeat)
        ours = ours_fn(*arrs)
        ref = mp_ball(op, *[a[:nref] for a in arrs])
        row.compare("infogeom", ours, ours, ref, nref, ev)
        if geoopt is not None:
            g = getattr(G, gname)
            targs = [T[id(a)] for a in arrs]
            row.t["geoopt"] = med(lambda: g(*targs), args.repeat)
            vals = g(*targs).numpy()
            row.compare("geoopt", vals, ours, ref, nref, ev)
            if op == "dist":
                row.extra.append(f"geoopt dist: max {vals.max():.3f} (infogeom {ours.max():.3f}); "
                                 f"{int((np.abs(vals - ours) > 1e-6 * ours).sum())} of {n} rows differ by "
                                 "more than 1e-6 relative")
        rows.append(row)
    return rows


# ------------------------------------------------------------------ output
def fmt_t(row: Row, lib: str) -> str:
    if lib not in row.t:
        return "–"
    ms = 1e3 * row.t[lib]
    s = f"{ms:.3g}" if ms < 100 else f"{ms:,.0f}".replace(",", " ")
    return ("~" if lib in row.scaled else "") + s + (" †" if lib in row.other else "")


def print_tables(rows: list[Row]) -> None:
    libs = ["infogeom"] + [p for p in PEERS if any(p in r.t for r in rows)]
    print("\nTimes (ms per call, or per pair/mean where the workload says so; ~ = timed on a subset "
          "and scaled; † = computes another quantity, left out of the ratio):\n")
    print("| workload | " + " | ".join(libs) + " | fastest peer / infogeom |")
    print("|---" * (len(libs) + 2) + "|")
    for r in rows:
        peers = {k: v for k, v in r.t.items() if k != "infogeom" and k not in r.other}
        best = min(peers, key=peers.get) if peers else None
        ratio = f"{peers[best] / r.t['infogeom']:.2g}× ({best})" if best else "–"
        print(f"| {r.title} | " + " | ".join(fmt_t(r, lib) for lib in libs) + f" | {ratio} |")
    print("\nAccuracy: max relative error against the reference (in brackets: max relative difference "
          "from infogeom on the same rows):\n")
    print("| workload | " + " | ".join(libs) + " |")
    print("|---" * (len(libs) + 1) + "|")
    for r in rows:
        cells = []
        for lib in libs:
            if lib not in r.err and lib not in r.diff:
                cells.append("–")
                continue
            e = f"{r.err[lib]:.1e}" if lib in r.err else "?"
            cells.append(e + (f" ({r.diff[lib][1]:.1e})" if lib in r.diff else ""))
        print(f"| {r.title} | " + " | ".join(cells) + " |")


def load() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "load average %.2f, %.2f, %.2f" % os.getloadavg()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, default=None, help="threads for infogeom and torch (default: all cores)")
    ap.add_argument("--quick", action="store_true", help="bulk sizes / 10")
    ap.add_argument("--fr-pairs", type=int, default=300,
                    help="pairs for infogeom's numerical Fisher–Rao (issue 4 asks 1000: ~3 min more in all)")
    ap.add_argument("--peer-pairs", type=int, default=20,
                    help="pairs for geomstats/fisherrao and the references (geomstats: 60–350 ms per pair)")
    ap.add_argument("--mp-pairs", type=int, default=3, help="Gamma pairs checked by the 25-digit Clairaut quadrature")
    ap.add_argument("--ref-rows", type=int, default=1000, help="rows checked against mpmath (bulk workloads)")
    ap.add_argument("--means", type=int, default=10, help="Karcher mean problems (100 SPD(5) matrices each)")
    ap.add_argument("--only", default=None, help="comma list of sections: closed,numeric,spd,ball")
    args = ap.parse_args()
    if args.threads:
        ig.set_num_threads(args.threads)
    nthreads = ig.get_num_threads()
    if torch is not None:
        torch.set_num_threads(nthreads)
    scale = 10 if args.quick else 1
    only = set(args.only.split(",")) if args.only else {"closed", "numeric", "spd", "ball"}
    rng = np.random.default_rng(0)
    vers = [f"infogeom {ig.__version__} ({nthreads} threads)", f"numpy {np.__version__}"]
    for name in ("geomstats", "pyriemann", "geoopt", "torch", "fisherrao", "mpmath"):
        try:
            mod = __import__(name)
            vers.append(f"{name} {getattr(mod, '__version__', '?')}")
        except ImportError:
            vers.append(f"{name} absent")
    if torch is not None:
        vers.append(f"torch threads {torch.get_num_threads()}")
    print(f"# {', '.join(vers)}; {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs; "
          f"median of {args.repeat}")
    print(f"# start: {load()}")
    rows: list[Row] = []
    checks: list[str] = []
    if "closed" in only:
        rows.append(bench_normal(rng, 1_000_000 // scale, args, nthreads))
        rows.append(bench_categorical(rng, 100_000 // scale, 64, args))
    if "numeric" in only:
        for w in numeric_families(rng, args.fr_pairs):
            rows.append(bench_numeric(w, args, checks))
            print(f"#   {w['title']} done: {load()}", flush=True)
    if "spd" in only:
        rows.extend(bench_spd(rng, 10_000 // scale, 5, args))
    if "ball" in only:
        rows.extend(bench_ball(rng, 1_000_000 // scale, 2, args))
        rows.extend(bench_ball(rng, 100_000 // scale, 16, args))
    print_tables(rows)
    print("\nDetails (max abs / max rel difference from infogeom on the same rows; notes):")
    for r in rows:
        diffs = "; ".join(f"{lib} {a:.1e} / {b:.1e}" for lib, (a, b) in r.diff.items())
        print(f"- {r.title}: {diffs or 'no peer'}")
        for e in r.extra:
            print(f"    {e}")
    if checks:
        print("\nReference checks (independent high-precision values):")
        for c in checks:
            print(f"- {c}")
    print(f"\n# end: {load()}")


if __name__ == "__main__":
    main()

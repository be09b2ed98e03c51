"""Clustering: infogeom's BregmanKMeans / ExponentialFamilyMixture against scikit-learn's KMeans /
GaussianMixture on equivalent problems, and the 1e6 points x 100 clusters scale run.

    PYTHONPATH=python python bench/bench_cluster.py             # quality table + scale run
    PYTHONPATH=python python bench/bench_cluster.py --no-scale  # quality table only

Quality problems (n = 100 000, well separated but with unequal spreads; 3 seeds each, median time):

- normal1d: 1-D mixture of 4 normals with different variances. BregmanKMeans(Normal) (per-cluster
  variance: the Bregman divergence of the Normal family) vs KMeans (squared Euclidean);
  ExponentialFamilyMixture(Normal) vs GaussianMixture(1 component dimension, full covariance).
- diag2d: 2-D mixture of 5 axis-aligned Gaussians. DiagonalNormal(2) vs KMeans / GaussianMixture
  (covariance_type="diag"), the same model.
- poisson: mixture of 4 Poissons (no scikit-learn equivalent; KMeans on the counts shown).

Columns: fit time (s), adjusted Rand index against the true labels, mean log-likelihood per
sample of the fitted model (mixtures), iterations.

Scale run: 1e6 points of a 2-D diagonal normal mixture with 100 clusters, BregmanKMeans and
ExponentialFamilyMixture with init="random" and a fixed number of iterations (tol=0), reporting
seconds per iteration (one chunked GEMM assignment + M-step); scikit-learn's KMeans (Lloyd) and
GaussianMixture (diag) on the same data for reference (GaussianMixture: 3 iterations by default,
it takes ~45 s per iteration here). Each total includes the fixed costs (validation, T(x), final
assignment), so s/iter slightly overstates the cost of one iteration.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import numpy as np

import infogeom as ig
from infogeom.cluster import BregmanKMeans, ExponentialFamilyMixture

try:
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score
    from sklearn.mixture import GaussianMixture
except ImportError:  # pragma: no cover
    raise SystemExit("bench_cluster needs scikit-learn (pip install 'infogeom[test]')")


def _timed(fn, repeat: int):
    out, times = None, []
    for r in range(repeat):
        t0 = time.perf_counter()
        out = fn(r)
        times.append(time.perf_counter() - t0)
    return out, statistics.median(times)


def problems(rng: np.random.Generator, n: int) -> dict:
    out = {}
    y = rng.integers(4, size=n)
    mu, sd = np.array([-8.0, 0.0, 3.0, 15.0]), np.array([0.5, 2.0, 0.3, 4.0])
    out["normal1d"] = (rng.normal(mu[y], sd[y])[:, None], y, ig.Normal(), "full")
    y = rng.integers(5, size=n)
    mu = rng.uniform(-20, 20, size=(5, 2))
    sd = rng.uniform(0.3, 2.5, size=(5, 2))
    out["diag2d"] = (rng.normal(mu[y], sd[y]), y, ig.DiagonalNormal(2), "diag")
    y = rng.integers(4, size=n)
    lam = np.array([2.0, 15.0, 50.0, 150.0])
    out["poisson"] = (rng.poisson(lam[y])[:, None].astype(float), y, ig.Poisson(), None)
    return out


def quality(n: int, repeat: int) -> None:
    rng = np.random.default_rng(0)
    rows = []
    for name, (X, y, fam, cov) in problems(rng, n).items():
        K = len(np.unique(y))
        km, t = _timed(lambda r: BregmanKMeans(fam, K, random_state=r).fit(X), repeat)
        rows.append((name, "BregmanKMeans", t, adjusted_rand_score(y, km.labels_), float("nan"), km.n_iter_))
        sk, t = _timed(lambda r: KMeans(K, n_init=1, random_state=r).fit(X), repeat)
        rows.append((name, "sklearn KMeans", t, adjusted_rand_score(y, sk.labels_), float("nan"), sk.n_iter_))
        gm, t = _timed(lambda r: ExponentialFamilyMixture(fam, K, random_state=r).fit(X), repeat)
        rows.append((name, "ExponentialFamilyMixture", t, adjusted_rand_score(y, gm.predict(X)), gm.score(X),
                     gm.n_iter_))
        if cov is not None:
            sg, t = _timed(lambda r: GaussianMixture(K, covariance_type=cov, random_state=r).fit(X), repeat)
            rows.append((name, f"sklearn GaussianMixture ({cov})", t, adjusted_rand_score(y, sg.predict(X)),
                         sg.score(X), sg.n_iter_))
    print(f"\nquality, n = {n}, median of {repeat} seeds (time of the median; ARI/loglik of the last seed)")
    print(f"{'problem':10s} {'method':34s} {'time s':>8s} {'ARI':>7s} {'loglik/n':>10s} {'iter':>5s}")
    for p, m, t, a, ll, it in rows:
        print(f"{p:10s} {m:34s} {t:8.3f} {a:7.4f} {ll:10.4f} {it:5d}")


def scale(n: int, K: int, iters: int, sk_gmm_iters: int) -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(K, size=n)
    mu = rng.uniform(-100, 100, size=(K, 2))
    sd = rng.uniform(0.5, 3.0, size=(K, 2))
    X = rng.normal(mu[y], sd[y])
    fam = ig.DiagonalNormal(2)
    print(f"\nscale: n = {n:.0e}, K = {K}, {iters} iterations, init='random', tol=0")
    res = []
    t0 = time.perf_counter()
    km = BregmanKMeans(fam, K, init="random", max_iter=iters, tol=0.0, random_state=0).fit(X)
    res.append(("BregmanKMeans", time.perf_counter() - t0, km.n_iter_, adjusted_rand_score(y, km.labels_)))
    t0 = time.perf_counter()
    sk = KMeans(K, init="random", n_init=1, max_iter=iters, tol=0.0, algorithm="lloyd", random_state=0).fit(X)
    res.append(("sklearn KMeans (lloyd)", time.perf_counter() - t0, sk.n_iter_, adjusted_rand_score(y, sk.labels_)))
    t0 = time.perf_counter()
    gm = ExponentialFamilyMixture(fam, K, init="random", max_iter=iters, tol=0.0, random_state=0).fit(X)
    res.append(("ExponentialFamilyMixture", time.perf_counter() - t0, gm.n_iter_,
                adjusted_rand_score(y, gm.labels_)))
    t0 = time.perf_counter()
    sg = GaussianMixture(K, covariance_type="diag", init_params="random_from_data", max_iter=sk_gmm_iters,
                         tol=0.0, random_state=0).fit(X)
    res.append(("sklearn GaussianMixture (diag)", time.perf_counter() - t0, sg.n_iter_,
                adjusted_rand_score(y, sg.predict(X))))
    print(f"{'method':34s} {'total s':>8s} {'iter':>5s} {'s/iter':>7s} {'ARI':>7s}")
    for m, t, it, a in res:
        print(f"{m:34s} {t:8.2f} {it:5d} {t / max(it, 1):7.3f} {a:7.4f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-scale", action="store_true")
    ap.add_argument("--scale-n", type=int, default=1_000_000)
    ap.add_argument("--scale-k", type=int, default=100)
    ap.add_argument("--scale-iters", type=int, default=10)
    ap.add_argument("--sk-gmm-iters", type=int, default=3, help="GaussianMixture is slow at scale")
    a = ap.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {load:.1f}, "
          f"infogeom threads {ig.get_num_threads()}")
    if load > 0.5 * (os.cpu_count() or 1):
        print("warning: the machine is busy; timings are inflated")
    quality(a.n, a.repeat)
    if not a.no_scale:
        scale(a.scale_n, a.scale_k, a.scale_iters, a.sk_gmm_iters)


if __name__ == "__main__":
    main()

"""Elementwise KL throughput: infogeom against NumPy/SciPy closed forms written the way a user
would, side by side in one run (median of --repeat runs each), plus the memory-bandwidth floor (a
NumPy copy of as many bytes as the infogeom call reads and writes).

    PYTHONPATH=python python bench/bench_elementwise.py [--repeat 5] [--threads N] [--quick]

infogeom takes natural parameters (converted once, outside the timing: that is how a user who
works in infogeom holds them); the NumPy/SciPy forms take the textbook parameters. Each NumPy
result is checked against infogeom's (max relative difference printed). NumPy's elementwise
ufuncs run on one core; its batched linear algebra (MVN) may use the BLAS/LAPACK threads.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import numpy as np
from scipy import special

import infogeom as ig


def median_time(fn, repeat: int, warm=None) -> float:
    (warm or fn)()  # warm-up (page faults of the output, lazy imports); `warm`: a cheaper one
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def copy_time(nbytes: int, repeat: int) -> float:
    src = np.ones(nbytes // 8)
    dst = np.empty_like(src)
    return median_time(lambda: np.copyto(dst, src), repeat)


# ------------------------------------------------------------------ the four workloads
def normal_case(n, rng):
    m1, m2 = rng.normal(size=n), rng.normal(size=n)
    s1, s2 = rng.uniform(0.5, 2.0, n), rng.uniform(0.5, 2.0, n)
    fam = ig.Normal()
    P, Q = fam.natural(mean=m1, std=s1), fam.natural(mean=m2, std=s2)

    def numpy_kl():
        return np.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5
    return "KL Normal", n, (lambda: fam.kl(P, Q)), numpy_kl, P.nbytes + Q.nbytes + 8 * n


def mvn_case(n, rng, d=8):
    A = rng.normal(size=(n, d, d)) / np.sqrt(d)
    B = rng.normal(size=(n, d, d)) / np.sqrt(d)
    Sp = A @ A.transpose(0, 2, 1) + 0.5 * np.eye(d)
    Sq = B @ B.transpose(0, 2, 1) + 0.5 * np.eye(d)
    mp_, mq = rng.normal(size=(n, d)), rng.normal(size=(n, d))
    fam = ig.MultivariateNormal(d)
    P, Q = fam.natural(mean=mp_, cov=Sp), fam.natural(mean=mq, cov=Sq)

    def numpy_kl():
        iq = np.linalg.inv(Sq)
        tr = np.einsum("nij,nji->n", iq, Sp)
        dm = mq - mp_
        quad = np.einsum("ni,nij,nj->n", dm, iq, dm)
        logdet = np.linalg.slogdet(Sq)[1] - np.linalg.slogdet(Sp)[1]
        return 0.5 * (tr + quad - d + logdet)
    return f"KL MVN d={d}", n, (lambda: fam.kl(P, Q)), numpy_kl, P.nbytes + Q.nbytes + 8 * n


def dirichlet_case(n, rng, k=16):
    ap, aq = rng.uniform(0.5, 10.0, (n, k)), rng.uniform(0.5, 10.0, (n, k))
    fam = ig.Dirichlet(k)
    P, Q = fam.natural(alpha=ap), fam.natural(alpha=aq)

    def numpy_kl():
        a0p, a0q = ap.sum(-1), aq.sum(-1)
        return (special.gammaln(a0p) - special.gammaln(ap).sum(-1) - special.gammaln(a0q)
                + special.gammaln(aq).sum(-1)
                + ((ap - aq) * (special.digamma(ap) - special.digamma(a0p)[:, None])).sum(-1))
    return f"KL Dirichlet K={k}", n, (lambda: fam.kl(P, Q)), numpy_kl, P.nbytes + Q.nbytes + 8 * n


def gamma_case(n, rng):
    kp, kq = rng.uniform(0.5, 10.0, n), rng.uniform(0.5, 10.0, n)
    bp, bq = rng.uniform(0.5, 5.0, n), rng.uniform(0.5, 5.0, n)
    fam = ig.Gamma()
    P, Q = fam.natural(shape=kp, rate=bp), fam.natural(shape=kq, rate=bq)

    def numpy_kl():
        return ((kp - kq) * special.digamma(kp) - special.gammaln(kp) + special.gammaln(kq)
                + kq * (np.log(bp) - np.log(bq)) + kp * (bq - bp) / bp)
    return "KL Gamma", n, (lambda: fam.kl(P, Q)), numpy_kl, P.nbytes + Q.nbytes + 8 * n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, default=None, help="infogeom threads (default: all cores)")
    ap.add_argument("--quick", action="store_true", help="1/10 of the sizes")
    args = ap.parse_args()
    if args.threads:
        ig.set_num_threads(args.threads)
    scale = 10 if args.quick else 1
    rng = np.random.default_rng(0)
    cases = [normal_case(1_000_000 // scale, rng), mvn_case(100_000 // scale, rng),
             dirichlet_case(200_000 // scale, rng), gamma_case(1_000_000 // scale, rng)]
    print(f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"numpy {np.__version__}, infogeom threads {ig.get_num_threads()}, median of {args.repeat}")
    print(f"{'workload':<20} {'n':>9} {'infogeom ms':>12} {'numpy ms':>10} {'speedup':>8} "
          f"{'copy ms':>8} {'x copy':>7} {'max rel diff':>13}")
    for name, n, ours, theirs, nbytes in cases:
        t_ig = median_time(ours, args.repeat)
        t_np = median_time(theirs, args.repeat)
        t_cp = copy_time(nbytes, args.repeat)
        a, b = np.asarray(ours()), np.asarray(theirs())
        diff = float(np.max(np.abs(a - b) / np.maximum(np.abs(a), 1e-300)))
        print(f"{name:<20} {n:>9} {1e3 * t_ig:>12.2f} {1e3 * t_np:>10.2f} {t_np / t_ig:>7.1f}x "
              f"{1e3 * t_cp:>8.2f} {t_ig / t_cp:>6.1f}x {diff:>13.1e}")


if __name__ == "__main__":
    main()

"""CUDA backend benchmark (issue 6): needs a CUDA build of infogeom, a GPU and CuPy (torch
optional). Not run in CI.

    INFOGEOM_ENABLE_CUDA=ON pip install .        # with nvcc and cuBLAS available
    python bench/bench_cuda.py [--n 4096] [--m 4096] [--rows 10000000] [--repeat 5]

Prints, per case, the best of `repeat` timed runs (after one warm-up) and the ratios:
  * pairwise KL (Normal, Categorical(k)) vs a cuBLAS GEMM of the same shape (cupy.matmul of an
    N×K by K×M float64 product): the GEMM-form engine costs GEMM + the epilogue (rank-one terms,
    cancellation guard, rare elementwise recomputation), so the ratio says how close to a plain
    GEMM it gets;
  * elementwise KL (Normal) vs memory bandwidth: a cupy copy of the same number of bytes
    (inputs read + output written), i.e. how close the row kernel is to being memory-bound;
  * torch.distributions.kl_divergence on the same GPU and the same pairs (if torch is there).
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def timed(fn, sync, repeat):
    fn()
    sync()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        sync()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4096)
    ap.add_argument("--m", type=int, default=4096)
    ap.add_argument("--k", type=int, default=64, help="categories of the Categorical case")
    ap.add_argument("--rows", type=int, default=10_000_000, help="pairs of the elementwise case")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import cupy as cp

    import infogeom as ig

    if not ig.has_cuda():
        raise SystemExit("infogeom has no CUDA backend here (build with INFOGEOM_ENABLE_CUDA=ON on a GPU machine)")
    sync = cp.cuda.Device().synchronize
    dev = cp.cuda.runtime.getDeviceProperties(cp.cuda.Device().id)
    print(f"device: {dev['name'].decode()}  N={args.n} M={args.m} rows={args.rows} repeat={args.repeat}")
    rng = np.random.default_rng(0)

    # ---- pairwise KL vs GEMM of the same shape
    print("\npairwise KL (float64)              infogeom     GEMM(cupy)   ratio")
    cases = []
    fn = ig.Normal()
    cases.append(("Normal (K=2)", fn, fn.natural(mean=rng.normal(size=args.n), std=rng.uniform(0.5, 2, args.n)),
                  fn.natural(mean=rng.normal(size=args.m), std=rng.uniform(0.5, 2, args.m))))
    fc = ig.Categorical(args.k)
    cases.append((f"Categorical (K={args.k - 1})", fc, fc.natural(probs=rng.dirichlet(np.ones(args.k), args.n)),
                  fc.natural(probs=rng.dirichlet(np.ones(args.k), args.m))))
    for label, fam, P, Q in cases:
        Pd, Qd = cp.asarray(P), cp.asarray(Q)
        out = cp.empty((args.n, args.m))
        t_ig = timed(lambda: fam.pairwise_kl(Pd, Qd, out=out), sync, args.repeat)
        X, Y = cp.asarray(rng.normal(size=(args.n, fam.dim))), cp.asarray(rng.normal(size=(fam.dim, args.m)))
        C = cp.empty((args.n, args.m))
        t_mm = timed(lambda: cp.matmul(X, Y, out=C), sync, args.repeat)
        print(f"{label:32s} {t_ig * 1e3:9.3f} ms {t_mm * 1e3:9.3f} ms {t_ig / t_mm:7.2f}x")

    # ---- elementwise KL vs bandwidth
    print("\nelementwise KL, Normal (float64)    infogeom     copy(cupy)   ratio")
    n = args.rows
    tp = fn.natural(mean=rng.normal(size=n), std=rng.uniform(0.5, 2, n))
    tq = fn.natural(mean=rng.normal(size=n), std=rng.uniform(0.5, 2, n))
    pd, qd = cp.asarray(tp), cp.asarray(tq)
    t_kl = timed(lambda: fn.kl(pd, qd, validate=False), sync, args.repeat)
    t_klv = timed(lambda: fn.kl(pd, qd), sync, args.repeat)
    nbytes = pd.nbytes + qd.nbytes + n * 8
    src = cp.empty(nbytes // 8)
    dst = cp.empty_like(src)
    t_cp = timed(lambda: cp.copyto(dst, src), sync, args.repeat)
    # a copy reads and writes every byte: 2·nbytes of traffic; the KL kernel moves nbytes
    print(f"{'kl, validate=False':32s} {t_kl * 1e3:9.3f} ms {t_cp * 1e3:9.3f} ms {t_kl / (t_cp / 2):7.2f}x"
          f"   ({nbytes / t_kl / 1e9:.0f} GB/s effective)")
    print(f"{'kl, validate=True':32s} {t_klv * 1e3:9.3f} ms {t_cp * 1e3:9.3f} ms {t_klv / (t_cp / 2):7.2f}x")

    # ---- torch.distributions on the same GPU
    try:
        import torch
        from torch.distributions import Normal as TNormal, kl_divergence
    except ImportError:
        print("\ntorch not installed: torch.distributions comparison skipped")
        return
    if not torch.cuda.is_available():
        print("\ntorch has no CUDA: torch.distributions comparison skipped")
        return
    src_p, src_q = fn.source(tp), fn.source(tq)
    mp, sp = torch.tensor(src_p["mean"], device="cuda"), torch.tensor(src_p["std"], device="cuda")
    mq, sq = torch.tensor(src_q["mean"], device="cuda"), torch.tensor(src_q["std"], device="cuda")
    tpd, tqd = torch.tensor(tp, device="cuda"), torch.tensor(tq, device="cuda")
    tsync = torch.cuda.synchronize
    t_torch = timed(lambda: kl_divergence(TNormal(mp, sp, validate_args=False), TNormal(mq, sq, validate_args=False)),
                    tsync, args.repeat)
    t_igt = timed(lambda: fn.kl(tpd, tqd, validate=False), tsync, args.repeat)
    print("\nelementwise KL, Normal, torch in    infogeom     torch.dist   ratio")
    print(f"{'same pairs':32s} {t_igt * 1e3:9.3f} ms {t_torch * 1e3:9.3f} ms {t_igt / t_torch:7.2f}x")
    # pairwise via torch.distributions broadcasting (N×M materialised by torch as well)
    nn, mm = min(args.n, 2048), min(args.m, 2048)
    Pt = fn.source(cases[0][2][:nn])
    Qt = fn.source(cases[0][3][:mm])
    a = TNormal(torch.tensor(Pt["mean"], device="cuda")[:, None], torch.tensor(Pt["std"], device="cuda")[:, None])
    b = TNormal(torch.tensor(Qt["mean"], device="cuda")[None, :], torch.tensor(Qt["std"], device="cuda")[None, :])
    t_tpw = timed(lambda: kl_divergence(a, b), tsync, args.repeat)
    Pd2, Qd2 = torch.tensor(cases[0][2][:nn], device="cuda"), torch.tensor(cases[0][3][:mm], device="cuda")
    t_ipw = timed(lambda: fn.pairwise_kl(Pd2, Qd2), tsync, args.repeat)
    print(f"{f'pairwise {nn}x{mm} (broadcast)':32s} {t_ipw * 1e3:9.3f} ms {t_tpw * 1e3:9.3f} ms {t_ipw / t_tpw:7.2f}x")


if __name__ == "__main__":
    main()

"""Pairwise KL matrices: infogeom against the hardware (one bare NumPy GEMM of the same shape) and
against a user's NumPy broadcasting implementation, side by side in one run.

    PYTHONPATH=python python bench/bench_pairwise.py            # all workloads, median of 5
    PYTHONPATH=python python bench/bench_pairwise.py --only cat  # one workload

Each workload draws valid random parameters, then times ``repeat`` runs of each method (back to
back after a warm-up, see ``run``):

- infogeom: ``fam.pairwise_kl(P, Q, out=out)`` into a preallocated array (and, for the large
  float32 job, into a ``numpy.lib.format.open_memmap`` file, timed without the final msync,
  which is reported on its own: it measures the disk);
- GEMM: ``np.matmul(A, B, out=C)``, A (N, D), B (D, M), C preallocated, same dtype: the floor
  set by the hardware and the BLAS numpy ships (targets: infogeom within 1.5x of it);
- NumPy: the closed-form KL written with broadcasting the way a user would, chunked over rows of
  P to bound its (N, M, d) temporaries; on the 20000 x 20000 job it runs on the first 1000 rows
  and is scaled by N/1000 (marked "~"). Target: infogeom at least 20x faster.

It prints a table with the medians and ratios, and the share of entries the cancellation guard
sent to the elementwise formula.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable

import numpy as np

import infogeom as ig


# ----------------------------------------------------------------------------- NumPy references
def _chunks(n: int, size: int):
    for r0 in range(0, n, size):
        yield slice(r0, min(n, r0 + size))


def numpy_categorical_kl(p: np.ndarray, q: np.ndarray, out: np.ndarray, chunk: int = 64) -> None:
    """KL(p_i ‖ q_j) = Σ_k p_ik (log p_ik − log q_jk), broadcasting (chunk, M, K)."""
    lp, lq = np.log(p), np.log(q)
    for s in _chunks(len(p), chunk):
        out[s] = np.sum(p[s, None, :] * (lp[s, None, :] - lq[None, :, :]), axis=-1)


def numpy_diag_normal_kl(mp, sp, mq, sq, out: np.ndarray, chunk: int = 64) -> None:
    """½ Σ_k [log(σq²/σp²) + (σp² + (μp − μq)²)/σq² − 1], broadcasting (chunk, M, d)."""
    vp, vq = sp**2, sq**2
    lvp, lvq = np.log(vp), np.log(vq)
    for s in _chunks(len(mp), chunk):
        d = mp[s, None, :] - mq[None, :, :]
        out[s] = 0.5 * np.sum(lvq[None] - lvp[s, None] + (vp[s, None] + d * d) / vq[None] - 1, axis=-1)


def numpy_mvn_kl(mp, cp, mq, cq, out: np.ndarray, chunk: int = 64) -> None:
    """½ [tr(Σq⁻¹Σp) + (μq − μp)ᵀΣq⁻¹(μq − μp) − d + log det Σq − log det Σp]."""
    d = mp.shape[1]
    iq = np.linalg.inv(cq)
    ldp, ldq = np.linalg.slogdet(cp)[1], np.linalg.slogdet(cq)[1]
    for s in _chunks(len(mp), chunk):
        tr = np.einsum("jab,iba->ij", iq, cp[s])
        diff = mq[None, :, :] - mp[s, None, :]
        maha = np.einsum("ija,jab,ijb->ij", diff, iq, diff)
        out[s] = 0.5 * (tr + maha - d + ldq[None, :] - ldp[s, None])


# ----------------------------------------------------------------------------- workloads
class Workload:
    def __init__(self, key: str, title: str, fam, P, Q, user: Callable[[np.ndarray], None],
                 user_rows: int | None = None, memmap: bool = False) -> None:
        self.key, self.title, self.fam, self.P, self.Q = key, title, fam, P, Q
        self.user, self.user_rows, self.memmap = user, user_rows, memmap


def make_workloads(rng: np.random.Generator, only: str | None) -> list[Workload]:
    out = []

    def want(key: str) -> bool:
        return only is None or only == key

    if want("cat"):
        k, n, m = 64, 2000, 2000
        fam = ig.Categorical(k)
        p, q = rng.dirichlet(np.ones(k), size=n), rng.dirichlet(np.ones(k), size=m)
        P, Q = fam.natural(probs=p), fam.natural(probs=q)
        out.append(Workload("cat", f"Categorical(k={k}) {n}x{m} f64", fam, P, Q,
                            lambda o, p=p, q=q: numpy_categorical_kl(p, q, o)))
    if want("diag"):
        d, n, m = 32, 1000, 1000
        fam = ig.DiagonalNormal(d)
        mp, sp = rng.normal(size=(n, d)), np.exp(0.3 * rng.normal(size=(n, d)))
        mq, sq = rng.normal(size=(m, d)), np.exp(0.3 * rng.normal(size=(m, d)))
        out.append(Workload("diag", f"DiagonalNormal(d={d}) {n}x{m} f64", fam, fam.natural(mean=mp, std=sp),
                            fam.natural(mean=mq, std=sq), lambda o, a=(mp, sp, mq, sq): numpy_diag_normal_kl(*a, o)))
    if want("mvn"):
        d, n, m = 8, 500, 500
        fam = ig.MultivariateNormal(d)

        def covs(c):
            A = rng.normal(size=(c, d, d))
            return A @ A.transpose(0, 2, 1) / d + 0.2 * np.eye(d)

        mp, cp, mq, cq = rng.normal(size=(n, d)), covs(n), rng.normal(size=(m, d)), covs(m)
        out.append(Workload("mvn", f"MultivariateNormal(d={d}) {n}x{m} f64", fam, fam.natural(mean=mp, cov=cp),
                            fam.natural(mean=mq, cov=cq), lambda o, a=(mp, cp, mq, cq): numpy_mvn_kl(*a, o)))
    if want("big"):
        d, n, m = 16, 20000, 20000
        fam = ig.DiagonalNormal(d)
        mp = rng.normal(size=(n, d)).astype(np.float32)
        sp = np.exp(0.3 * rng.normal(size=(n, d))).astype(np.float32)
        mq = rng.normal(size=(m, d)).astype(np.float32)
        sq = np.exp(0.3 * rng.normal(size=(m, d))).astype(np.float32)
        rows = 1000
        out.append(Workload("big", f"DiagonalNormal(d={d}) {n}x{m} f32", fam,
                            fam.natural(mean=mp, std=sp).astype(np.float32),
                            fam.natural(mean=mq, std=sq).astype(np.float32),
                            lambda o, a=(mp[:rows], sp[:rows], mq, sq): numpy_diag_normal_kl(*a, o, chunk=25),
                            user_rows=rows, memmap=True))
    return out


# ----------------------------------------------------------------------------- timing
def _time(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run(w: Workload, repeat: int, tmpdir: str) -> dict:
    fam, P, Q = w.fam, w.P, w.Q
    N, M, D = P.shape[0], Q.shape[0], P.shape[1]
    dt = P.dtype
    out = np.empty((N, M), dtype=dt)
    A = np.ascontiguousarray(fam.to_mean(P)).astype(dt)
    B = np.ascontiguousarray(Q.T)
    C = np.empty((N, M), dtype=dt)
    user_out = np.empty((w.user_rows or N, M), dtype=dt)
    mm = None
    if w.memmap:
        path = os.path.join(tmpdir, "K.npy")
        mm = np.lib.format.open_memmap(path, mode="w+", dtype=dt, shape=(N, M))
    # warm-up (page faults of the outputs, thread pools), and the guard statistics
    stats = fam._core.pairwise(P, Q, out, "kl", np.nan, "pairwise_kl", True)
    # Each method runs its repetitions back to back (after its own warm-up): interleaving two
    # thread pools (OpenMP and OpenBLAS, both spin-waiting after a call) makes each one wait for
    # the other's spinning threads on a machine with few cores.
    t = {}
    t["infogeom"] = [_time(lambda: fam.pairwise_kl(P, Q, out=out)) for _ in range(repeat)]
    np.matmul(A, B, out=C)
    t["gemm"] = [_time(lambda: np.matmul(A, B, out=C)) for _ in range(repeat)]
    if mm is not None:
        fam.pairwise_kl(P, Q, out=mm)
        t["memmap"] = [_time(lambda: fam.pairwise_kl(P, Q, out=mm)) for _ in range(repeat)]
        t["flush"] = [_time(mm.flush)]
    t["numpy"] = [_time(lambda: w.user(user_out)) for _ in range(repeat if w.user_rows is None else 3)]
    # the user's version computes the same numbers
    ref_rows = user_out.shape[0]
    err = np.max(np.abs(user_out - out[:ref_rows]) / np.maximum(np.abs(out[:ref_rows]), 1e-3))
    med = {k: statistics.median(v) for k, v in t.items() if v}
    if w.user_rows is not None:
        med["numpy"] *= N / w.user_rows
    del mm
    return {"title": w.title, "D": D, "med": med, "stats": stats, "entries": N * M,
            "user_scaled": w.user_rows is not None, "user_err": float(err)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", choices=["cat", "diag", "mvn", "big"])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    cfg = np.show_config(mode="dicts") if hasattr(np, "show_config") else {}
    blas = cfg.get("Build Dependencies", {}).get("blas", {}) if isinstance(cfg, dict) else {}
    print(f"infogeom {ig.__version__}, {ig.get_num_threads()} threads; numpy {np.__version__} "
          f"({blas.get('name', '?')} {blas.get('version', '')}); {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at start")
    print(f"median of {args.repeat} runs; times in ms\n")
    if os.getloadavg()[0] > 0.5 * (os.cpu_count() or 1):
        print("WARNING: the machine is busy (load average above half the CPUs): the threads of both\n"
              "infogeom and OpenBLAS lose whole scheduler time slices, and small timings are unreliable\n")
    head = (f"{'workload':<38}{'D':>4}{'infogeom':>11}{'GEMM':>10}{'ratio':>8}{'NumPy':>12}{'speedup':>10}"
            f"{'guard':>9}")
    print(head)
    print("-" * len(head))
    rows = []
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMPDIR")) as tmpdir:
        for w in make_workloads(rng, args.only):
            r = run(w, args.repeat, tmpdir)
            rows.append(r)
            m = r["med"]
            guard = r["stats"]["recomputed"] / r["entries"]
            tilde = "~" if r["user_scaled"] else ""
            print(f"{r['title']:<38}{r['D']:>4}{1e3 * m['infogeom']:>11.2f}{1e3 * m['gemm']:>10.2f}"
                  f"{m['infogeom'] / m['gemm']:>8.2f}{tilde + format(1e3 * m['numpy'], '.1f'):>12}"
                  f"{m['numpy'] / m['infogeom']:>9.0f}x{100 * guard:>8.3f}%")
            if "memmap" in m:
                print(f"{'  same, out= a .npy memmap':<38}{'':>4}{1e3 * m['memmap']:>11.2f}{1e3 * m['gemm']:>10.2f}"
                      f"{m['memmap'] / m['gemm']:>8.2f}{'':>12}{m['numpy'] / m['memmap']:>9.0f}x")
                print(f"{'  (then msync of the memmap to disk':<38}{'':>4}{1e3 * m['flush']:>11.2f} ms)")
    print(f"\nratio = infogeom / GEMM (target <= 1.5); speedup = NumPy / infogeom (target >= 20); "
          f"guard = entries recomputed elementwise.\n~ = NumPy timed on 1000 rows, scaled to all rows. "
          f"Largest NumPy-vs-infogeom difference (relative, floor 1e-3): "
          f"{max(r['user_err'] for r in rows):.1e}. Load average {os.getloadavg()[0]:.2f} at the end.")


if __name__ == "__main__":
    main()

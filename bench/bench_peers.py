"""Divergences side by side with the peers a user would otherwise pick, in one run on one machine.

    /work/venvs/bench/bin/python bench/bench_peers.py --efax-python /work/venvs/efax/bin/python

(run with PYTHONPATH=python and an interpreter that has torch==2.13.0 (CPU) and pyBregMan; efax
needs Python >= 3.12, so its timings come from a subprocess running bench/_efax_worker.py under
``--efax-python`` on the same arrays). Every method is timed as the median of ``--repeat`` runs
after a warm-up, all threaded libraries on the same cores (torch.set_num_threads = infogeom's
threads). Workloads (issue 3):

- elementwise KL: 1e6 univariate normals, 1e5 pairs of 8-d full-covariance MVNs, 2e5 Dirichlet
  K=16, 1e6 Gamma; against NumPy/SciPy closed forms (bench_elementwise.py), torch.distributions
  (``kl_divergence``, validation off; MVN from precomputed Cholesky factors, its fastest input),
  efax (``p.to_exp().kl_divergence(q)`` jitted, from natural parameters like infogeom), pyBregMan
  (one pair per call: timed on 300 pairs and scaled, "~"), and the memory floor (a copy of the bytes
  infogeom reads and writes);
- pairwise KL: categorical K=64 2000², diagonal normal d=32 1000², MVN d=8 500²; against one bare
  numpy GEMM of the same shape, user NumPy broadcasting (bench_pairwise.py), torch broadcasting
  (``kl_divergence`` of (chunk, 1) against (1, M) batches), efax broadcasting (jitted per chunk),
  pyBregMan (per pair, scaled). The 20000² float32 job is in bench_pairwise.py (no peer runs it).

Each peer's values are compared with infogeom's on the same pairs (max relative difference).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import numpy as np
from scipy import special

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import infogeom as ig  # noqa: E402
from bench_pairwise import numpy_categorical_kl, numpy_diag_normal_kl, numpy_mvn_kl  # noqa: E402

try:
    import torch
    import torch.distributions as td

    td.Distribution.set_default_validate_args(False)
except ImportError:  # pragma: no cover
    torch = None
try:
    from bregman.application.distribution.exponential_family.categorical.categorical import CategoricalManifold
    from bregman.application.distribution.exponential_family.gaussian.gaussian import GaussianManifold
    from bregman.base import LAMBDA_COORDS, Point
except ImportError:  # pragma: no cover
    GaussianManifold = None


def med(fn: Callable[[], object], repeat: int) -> float:
    fn()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)


def rel(a, b) -> float:
    a, b = np.asarray(a, dtype=float).ravel(), np.asarray(b, dtype=float).ravel()
    n = min(a.size, b.size)
    return float(np.max(np.abs(a[:n] - b[:n]) / np.maximum(np.abs(b[:n]), 1e-300)))


def spd(rng, n, d):
    A = rng.normal(size=(n, d, d)) / np.sqrt(d)
    return A @ A.transpose(0, 2, 1) + 0.5 * np.eye(d)


# ------------------------------------------------------------------ elementwise workloads
def elementwise(rng, scale):
    W = []
    n = 1_000_000 // scale
    a = dict(mp=rng.normal(size=n), sp=rng.uniform(0.5, 2.0, n), mq=rng.normal(size=n), sq=rng.uniform(0.5, 2.0, n))
    fam = ig.Normal()
    W.append(dict(key="normal", title=f"KL Normal, {n}", fam=fam, a=a,
                  P=fam.natural(mean=a["mp"], std=a["sp"]), Q=fam.natural(mean=a["mq"], std=a["sq"]),
                  numpy=lambda a=a: np.log(a["sq"] / a["sp"]) + (a["sp"] ** 2 + (a["mp"] - a["mq"]) ** 2)
                  / (2 * a["sq"] ** 2) - 0.5))
    n, d = 100_000 // scale, 8
    a = dict(mp=rng.normal(size=(n, d)), cp=spd(rng, n, d), mq=rng.normal(size=(n, d)), cq=spd(rng, n, d))
    fam = ig.MultivariateNormal(d)

    def np_mvn(a=a, d=d):
        iq = np.linalg.inv(a["cq"])
        dm = a["mq"] - a["mp"]
        return 0.5 * (np.einsum("nij,nji->n", iq, a["cp"]) + np.einsum("ni,nij,nj->n", dm, iq, dm) - d
                      + np.linalg.slogdet(a["cq"])[1] - np.linalg.slogdet(a["cp"])[1])
    W.append(dict(key="mvn", title=f"KL MVN d={d}, {n}", fam=fam, a=a,
                  P=fam.natural(mean=a["mp"], cov=a["cp"]), Q=fam.natural(mean=a["mq"], cov=a["cq"]), numpy=np_mvn))
    n, k = 200_000 // scale, 16
    a = dict(ap=rng.uniform(0.5, 10.0, (n, k)), aq=rng.uniform(0.5, 10.0, (n, k)))
    fam = ig.Dirichlet(k)

    def np_dir(a=a):
        ap, aq = a["ap"], a["aq"]
        a0p, a0q = ap.sum(-1), aq.sum(-1)
        return (special.gammaln(a0p) - special.gammaln(ap).sum(-1) - special.gammaln(a0q)
                + special.gammaln(aq).sum(-1)
                + ((ap - aq) * (special.digamma(ap) - special.digamma(a0p)[:, None])).sum(-1))
    W.append(dict(key="dirichlet", title=f"KL Dirichlet K={k}, {n}", fam=fam, a=a,
                  P=fam.natural(alpha=a["ap"]), Q=fam.natural(alpha=a["aq"]), numpy=np_dir))
    n = 1_000_000 // scale
    a = dict(kp=rng.uniform(0.5, 10.0, n), kq=rng.uniform(0.5, 10.0, n), bp=rng.uniform(0.5, 5.0, n),
             bq=rng.uniform(0.5, 5.0, n))
    fam = ig.Gamma()

    def np_gamma(a=a):
        kp, kq, bp, bq = a["kp"], a["kq"], a["bp"], a["bq"]
        return ((kp - kq) * special.digamma(kp) - special.gammaln(kp) + special.gammaln(kq)
                + kq * (np.log(bp) - np.log(bq)) + kp * (bq - bp) / bp)
    W.append(dict(key="gamma", title=f"KL Gamma, {n}", fam=fam, a=a,
                  P=fam.natural(shape=a["kp"], rate=a["bp"]), Q=fam.natural(shape=a["kq"], rate=a["bq"]),
                  numpy=np_gamma))
    return W


def torch_elementwise(w):
    T = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in w["a"].items()}
    key = w["key"]
    if key == "normal":
        return lambda: td.kl_divergence(td.Normal(T["mp"], T["sp"]), td.Normal(T["mq"], T["sq"]))
    if key == "mvn":
        Lp, Lq = torch.linalg.cholesky(T["cp"]), torch.linalg.cholesky(T["cq"])
        return lambda: td.kl_divergence(td.MultivariateNormal(T["mp"], scale_tril=Lp),
                                        td.MultivariateNormal(T["mq"], scale_tril=Lq))
    if key == "dirichlet":
        return lambda: td.kl_divergence(td.Dirichlet(T["ap"]), td.Dirichlet(T["aq"]))
    if key == "gamma":
        return lambda: td.kl_divergence(td.Gamma(T["kp"], T["bp"]), td.Gamma(T["kq"], T["bq"]))
    return None


def bregman_elementwise(w, count):
    """pyBregMan, one pair per call (its API): KL(p‖q) is its kl_divergence(q, p)."""
    a, key = w["a"], w["key"]
    if GaussianManifold is None or key not in ("normal", "mvn"):
        return None
    if key == "normal":
        M = GaussianManifold(1)
        pts = [(Point(LAMBDA_COORDS, np.array([a["mp"][i], a["sp"][i] ** 2])),
                Point(LAMBDA_COORDS, np.array([a["mq"][i], a["sq"][i] ** 2]))) for i in range(count)]
    else:
        M = GaussianManifold(a["mp"].shape[1])
        pts = [(Point(LAMBDA_COORDS, np.concatenate([a["mp"][i], a["cp"][i].ravel()])),
                Point(LAMBDA_COORDS, np.concatenate([a["mq"][i], a["cq"][i].ravel()]))) for i in range(count)]
    return lambda: [M.kl_divergence(q, p) for p, q in pts]


# ------------------------------------------------------------------ pairwise workloads
def pairwise(rng):
    W = []
    k, n = 64, 2000
    fam = ig.Categorical(k)
    a = dict(pp=rng.dirichlet(np.ones(k), size=n), pq=rng.dirichlet(np.ones(k), size=n))
    W.append(dict(key="pw_cat", title=f"pairwise KL Categorical k={k}, {n}x{n}", fam=fam, a=a,
                  P=fam.natural(probs=a["pp"]), Q=fam.natural(probs=a["pq"]),
                  numpy=lambda o, a=a: numpy_categorical_kl(a["pp"], a["pq"], o)))
    d, n = 32, 1000
    fam = ig.DiagonalNormal(d)
    a = dict(mp=rng.normal(size=(n, d)), sp=np.exp(0.3 * rng.normal(size=(n, d))),
             mq=rng.normal(size=(n, d)), sq=np.exp(0.3 * rng.normal(size=(n, d))))
    W.append(dict(key="pw_diag", title=f"pairwise KL DiagonalNormal d={d}, {n}x{n}", fam=fam, a=a,
                  P=fam.natural(mean=a["mp"], std=a["sp"]), Q=fam.natural(mean=a["mq"], std=a["sq"]),
                  numpy=lambda o, a=a: numpy_diag_normal_kl(a["mp"], a["sp"], a["mq"], a["sq"], o)))
    d, n = 8, 500
    fam = ig.MultivariateNormal(d)
    cov = lambda c: (lambda A: A @ A.transpose(0, 2, 1) / d + 0.2 * np.eye(d))(rng.normal(size=(c, d, d)))  # noqa: E731
    a = dict(mp=rng.normal(size=(n, d)), cp=cov(n), mq=rng.normal(size=(n, d)), cq=cov(n))
    W.append(dict(key="pw_mvn", title=f"pairwise KL MVN d={d}, {n}x{n}", fam=fam, a=a,
                  P=fam.natural(mean=a["mp"], cov=a["cp"]), Q=fam.natural(mean=a["mq"], cov=a["cq"]),
                  numpy=lambda o, a=a: numpy_mvn_kl(a["mp"], a["cp"], a["mq"], a["cq"], o)))
    return W


def torch_pairwise(w, chunk=50):
    T = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in w["a"].items()}
    key = w["key"]
    if key == "pw_cat":
        mk = lambda s, x: td.Categorical(probs=x)  # noqa: E731
        P, Q = T["pp"], T["pq"]
    elif key == "pw_diag":
        P, Q = (T["mp"], T["sp"]), (T["mq"], T["sq"])
        mk = lambda s, x: td.Independent(td.Normal(*x), 1)  # noqa: E731
    else:
        Lp, Lq = torch.linalg.cholesky(T["cp"]), torch.linalg.cholesky(T["cq"])
        P, Q = (T["mp"], Lp), (T["mq"], Lq)
        mk = lambda s, x: td.MultivariateNormal(x[0], scale_tril=x[1])  # noqa: E731

    def sl(x, s, front):
        if isinstance(x, tuple):
            return tuple(sl(e, s, front) for e in x)
        return x[s].unsqueeze(1) if front else x.unsqueeze(0)
    n = w["P"].shape[0]

    def run():
        qd = mk(None, sl(Q, slice(None), False))
        return torch.cat([td.kl_divergence(mk(None, sl(P, slice(r, r + chunk), True)), qd)
                          for r in range(0, n, chunk)])
    return run


def bregman_pairwise(w, count):
    a, key = w["a"], w["key"]
    if GaussianManifold is None:
        return None
    if key == "pw_cat":
        k = a["pp"].shape[1]
        M = CategoricalManifold(k)
        mkp = lambda x: Point(LAMBDA_COORDS, x)  # noqa: E731
        pp, qq = [mkp(a["pp"][i]) for i in range(count)], [mkp(a["pq"][j]) for j in range(count)]
    elif key == "pw_mvn":
        M = GaussianManifold(a["mp"].shape[1])
        pp = [Point(LAMBDA_COORDS, np.concatenate([a["mp"][i], a["cp"][i].ravel()])) for i in range(count)]
        qq = [Point(LAMBDA_COORDS, np.concatenate([a["mq"][i], a["cq"][i].ravel()])) for i in range(count)]
    else:
        return None  # no diagonal-normal manifold in pyBregMan
    return lambda: [M.kl_divergence(qq[i % count], pp[i]) for i in range(count)], count


def run_efax(python, workloads, repeat):
    if not python:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "params.npz")
        np.savez(path, **{f"{w['key']}:{k}": v for w in workloads for k, v in w["a"].items()
                          if not w["key"].startswith("pw_") or True})
        env = dict(os.environ, XLA_FLAGS="--xla_cpu_multi_thread_eigen=true")
        r = subprocess.run([python, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_efax_worker.py"),
                            path, str(repeat)], capture_output=True, text=True, env=env, check=False)
        if r.returncode != 0:
            print("efax worker failed:", r.stderr[-2000:])
            return {}
        return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="elementwise sizes / 10")
    ap.add_argument("--efax-python", default=None, help="a Python >= 3.12 with efax installed")
    ap.add_argument("--bregman-pairs", type=int, default=300)
    ap.add_argument("--threads", type=int, default=None,
                    help="threads for infogeom and torch (default: all cores); efax/XLA and numpy's BLAS "
                         "are not limited")
    args = ap.parse_args()
    if args.threads:
        ig.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    nthreads = ig.get_num_threads()
    if torch is not None:
        torch.set_num_threads(nthreads)
    print(f"# infogeom {ig.__version__} ({nthreads} threads), numpy {np.__version__}, "
          f"torch {torch.__version__ if torch else 'absent'}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; median of {args.repeat}; ms")
    EW, PW = elementwise(rng, 10 if args.quick else 1), pairwise(rng)
    efax = run_efax(args.efax_python, EW + PW, args.repeat)
    cols = ["infogeom", "numpy", "torch", "efax", "pyBregMan"]
    print(f"{'workload':<42}" + "".join(f"{c:>11}" for c in cols) + f"{'fastest peer':>14}{'ratio':>8}{'floor':>9}"
          f"{'x floor':>8}")
    for w in EW + PW:
        fam, P, Q = w["fam"], w["P"], w["Q"]
        t, err = {}, {}
        pair = w["key"].startswith("pw_")
        if pair:
            N, M = P.shape[0], Q.shape[0]
            out = np.empty((N, M))
            t["infogeom"] = med(lambda: fam.pairwise_kl(P, Q, out=out), args.repeat)
            ref = out.copy()
            user = np.empty((N, M))
            t["numpy"] = med(lambda: w["numpy"](user), args.repeat)
            err["numpy"] = rel(user, ref)
            A = np.ascontiguousarray(fam.to_mean(P))
            B = np.ascontiguousarray(Q.T)
            C = np.empty((N, M))
            floor = med(lambda: np.matmul(A, B, out=C), args.repeat)
            if torch is not None:
                f = torch_pairwise(w)
                t["torch"] = med(f, max(1, args.repeat // 2))
                err["torch"] = rel(f().numpy(), ref)
            b = bregman_pairwise(w, min(args.bregman_pairs, N))
            if b is not None:
                fn, cnt = b
                t["pyBregMan"] = med(fn, 1) * (N * M) / cnt
                err["pyBregMan"] = rel(np.array(fn()), np.array([ref[i, i % cnt] for i in range(cnt)]))
        else:
            t["infogeom"] = med(lambda: fam.kl(P, Q), args.repeat)
            ref = np.asarray(fam.kl(P, Q))
            t["numpy"] = med(w["numpy"], args.repeat)
            err["numpy"] = rel(w["numpy"](), ref)
            nbytes = P.nbytes + Q.nbytes + ref.nbytes
            src = np.ones(nbytes // 8)
            dst = np.empty_like(src)
            floor = med(lambda: np.copyto(dst, src), args.repeat)
            if torch is not None:
                f = torch_elementwise(w)
                t["torch"] = med(f, args.repeat)
                err["torch"] = rel(f().numpy(), ref)
            fn = bregman_elementwise(w, args.bregman_pairs)
            if fn is not None:
                t["pyBregMan"] = med(fn, 1) * len(ref) / args.bregman_pairs
                err["pyBregMan"] = rel(np.array(fn(), dtype=float), ref[: args.bregman_pairs])
        if w["key"] in efax:
            t["efax"] = efax[w["key"]]["t"]
            err["efax"] = rel(efax[w["key"]]["kl"], ref.ravel()[:1000])
        peers = {k: v for k, v in t.items() if k != "infogeom"}
        best = min(peers, key=peers.get)
        scaled = {"pyBregMan"}
        cells = "".join(f"{('~' if c in scaled and c in t else '') + (f'{1e3 * t[c]:.2f}' if c in t else '-'):>11}"
                        for c in cols)
        print(f"{w['title']:<42}{cells}{best:>14}{t[best] / t['infogeom']:>7.1f}x{1e3 * floor:>9.2f}"
              f"{t['infogeom'] / floor:>7.2f}x")
        print(f"{'  max rel diff vs infogeom':<42}{'':>11}" +
              "".join(f"{(f'{err[c]:.1e}' if c in err else '-'):>11}" for c in cols[1:]))
    print("floor: elementwise = copy of the bytes infogeom reads + writes; pairwise = one bare numpy GEMM "
          "(N x D)(D x M)")


if __name__ == "__main__":
    main()

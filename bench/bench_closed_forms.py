"""Times the closed-form Fisher–Rao distances (Normal 1e6 pairs, Categorical K=64 1e5 pairs) and the Normal KL (1e6 pairs)
with the arrays of bench/bench_geodesic.py, against the NumPy forms and a memory copy of the bytes the KL reads + writes.

    PYTHONPATH=python python bench/bench_closed_forms.py [--info]   (--info: also the scalar path, return_info=True)
"""
import os, sys, time
import numpy as np
import infogeom as ig

def med(f, r=7):
    f(); ts = []
    for _ in range(r):
        t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return 1e3 * float(np.median(ts))

def lu(rng, lo, hi, size):
    return np.exp(rng.uniform(np.log(lo), np.log(hi), size))

rng = np.random.default_rng(0)
n = 10**6
m1, m2 = rng.normal(size=n), rng.normal(size=n)  # as bench/bench_geodesic.py::bench_normal
s1, s2 = lu(rng, 0.2, 5.0, n), lu(rng, 0.2, 5.0, n)
fam = ig.Normal()
P, Q = fam.natural(mean=m1, std=s1), fam.natural(mean=m2, std=s2)
K, nc = 64, 10**5
p, q = rng.dirichlet(np.ones(K), size=nc), rng.dirichlet(np.ones(K), size=nc)
cat = ig.Categorical(K)
cP, cQ = cat.natural(probs=p), cat.natural(probs=q)
info = "--info" in sys.argv
for th in (2, 1):
    ig.set_num_threads(th)
    out = {}
    out["normal FR"] = med(lambda: fam.fisher_rao(P, Q))
    out["normal FR nv"] = med(lambda: fam.fisher_rao(P, Q, validate=False))
    if info:
        out["normal FR info"] = med(lambda: fam.fisher_rao(P, Q, return_info=True))
    out["numpy normal FR"] = med(lambda: np.sqrt(2) * np.arccosh(1 + ((m1 - m2) ** 2 / 2 + (s1 - s2) ** 2) / (2 * s1 * s2)))
    out["cat FR"] = med(lambda: cat.fisher_rao(cP, cQ))
    out["cat FR nv"] = med(lambda: cat.fisher_rao(cP, cQ, validate=False))
    if info:
        out["cat FR info"] = med(lambda: cat.fisher_rao(cP, cQ, return_info=True))
    out["numpy cat FR"] = med(lambda: 2 * np.arccos(np.minimum(np.sqrt(p * q).sum(-1), 1.0)))
    out["normal KL"] = med(lambda: fam.kl(P, Q))
    out["normal KL nv"] = med(lambda: fam.kl(P, Q, validate=False))
    mu1, v1, mu2, v2 = m1, s1**2, m2, s2**2
    out["numpy normal KL"] = med(lambda: np.log(s2 / s1) + (v1 + (mu1 - mu2) ** 2) / (2 * v2) - 0.5)
    src = np.ones(5 * n); buf = np.empty_like(src)  # the bytes KL reads + writes
    out["copy"] = med(lambda: np.copyto(buf, src))
    print(f"threads={th} load={os.getloadavg()[0]:.2f} " + "  ".join(f"{k}: {v:.1f}" for k, v in out.items()), flush=True)

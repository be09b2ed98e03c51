"""Cost of the numerical inverse maps (to_natural) of Gamma, Beta, Dirichlet and VonMises.

Gamma is measured against its target: to_natural on 1e6 points must cost at most 6 times one
scipy.special.digamma pass over the same 1e6 shape values (single-threaded comparison). Printed:
the median of 5 runs, with ig.set_num_threads(1) and with all threads. Beta and VonMises run on 1e6
points, Dirichlet (K = 16) on 1e5.

    PYTHONPATH=python python bench/bench_inverse.py
"""

from __future__ import annotations

import time

import numpy as np
import scipy.special as sc

import infogeom as ig

RUNS = 5


def median_time(fn) -> float:
    fn()  # warm up (page faults of the output, thread pool)
    ts = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return float(np.median(ts))


def main() -> None:
    rng = np.random.default_rng(0)
    n = 1_000_000
    all_threads = ig.get_num_threads()

    # Gamma: shapes log-uniform on [1e-2, 1e3], rates log-uniform on [1e-2, 1e2]
    gam = ig.Gamma()
    k = 10.0 ** rng.uniform(-2, 3, n)
    b = 10.0 ** rng.uniform(-2, 2, n)
    eta_g = gam.to_mean(np.stack([k - 1.0, -b], axis=-1))

    # Beta: a, b log-uniform on [1e-2, 1e3]
    beta = ig.Beta()
    ab = 10.0 ** rng.uniform(-2, 3, (n, 2))
    eta_b = beta.to_mean(ab - 1.0)

    # Dirichlet K = 16: α log-uniform on [1e-2, 1e3]
    nd, K = 100_000, 16
    dirich = ig.Dirichlet(K)
    eta_d = dirich.to_mean(10.0 ** rng.uniform(-2, 3, (nd, K)) - 1.0)

    # VonMises: κ log-uniform on [1e-3, 1e4], μ uniform
    vm = ig.VonMises()
    th_v = vm.natural(mu=rng.uniform(-np.pi, np.pi, n), kappa=10.0 ** rng.uniform(-3, 4, n))
    eta_v = vm.to_mean(th_v)

    print(f"infogeom to_natural, median of {RUNS} runs (all threads = {all_threads})")
    for threads in (1, all_threads):
        ig.set_num_threads(threads)
        t_psi = median_time(lambda: sc.digamma(k))
        t_gam = median_time(lambda: gam.to_natural(eta_g))
        t_beta = median_time(lambda: beta.to_natural(eta_b))
        t_dir = median_time(lambda: dirich.to_natural(eta_d))
        t_vm = median_time(lambda: vm.to_natural(eta_v))
        print(f"\nthreads = {threads}")
        print(f"  scipy.special.digamma, 1e6 shapes : {t_psi * 1e3:8.2f} ms (single-threaded numpy)")
        print(f"  Gamma.to_natural,      1e6 points : {t_gam * 1e3:8.2f} ms   ratio to digamma: "
              f"{t_gam / t_psi:5.2f}  (target <= 6 at threads = 1)")
        print(f"  Beta.to_natural,       1e6 points : {t_beta * 1e3:8.2f} ms")
        print(f"  Dirichlet(16).to_natural, 1e5 pts : {t_dir * 1e3:8.2f} ms")
        print(f"  VonMises.to_natural,   1e6 points : {t_vm * 1e3:8.2f} ms")
    ig.set_num_threads(all_threads)


if __name__ == "__main__":
    main()

"""A short tour of infogeom: ``python -m infogeom``."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

import infogeom as ig


def _timed(fn: Callable[..., Any], *args: Any, repeat: int = 5) -> tuple[Any, float]:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(*args)
        best = min(best, time.perf_counter() - t0)
    return out, best


def main() -> None:
    np.set_printoptions(precision=6, suppress=False)
    print(f"infogeom {ig.__version__}: exponential families as dually flat manifolds "
          f"({ig.get_num_threads()} threads)\n")

    normal = ig.Normal()
    theta = normal.natural(mean=1.0, std=2.0)
    eta = normal.to_mean(theta)
    print("Normal(mean=1, std=2)")
    print(f"  natural θ = {theta}   mean η = E[x, x²] = {eta}")
    print(f"  F(θ) = {normal.log_partition(theta):.12f}   F*(η) = {normal.conjugate(eta):.12f}")
    print(f"  F + F* − θ·η = {normal.log_partition(theta) + normal.conjugate(eta) - theta @ eta:.2e}"
          "   (Fenchel–Young equality)")
    print(f"  Fisher in (mean, std):\n{normal.fisher(theta, coords='source')}\n")

    gamma = ig.Gamma()
    th = gamma.natural(shape=[1e-3, 1.0, 1e4], rate=2.0)
    back = gamma.to_natural(gamma.to_mean(th))
    print("Gamma(shape ∈ {1e-3, 1, 1e4}, rate=2): η → θ by safeguarded Newton")
    rel = np.max(np.abs(back - th), axis=-1) / np.max(np.abs(th), axis=-1)
    print(f"  max relative round-trip error (norm-wise) {rel.max():.1e}")
    print(f"  entropies {gamma.entropy(th)}\n")

    mvn = ig.MultivariateNormal(3)
    rng = np.random.default_rng(0)
    A = rng.normal(size=(3, 3))
    cov = A @ A.T + 0.1 * np.eye(3)
    th_mvn = mvn.natural(mean=[1.0, -2.0, 0.5], cov=cov)
    x = mvn.sample(th_mvn, size=100_000, rng=rng)
    fit = mvn.source(mvn.fit(x))
    print(f"MultivariateNormal(3): D = {mvn.dim} (mean + packed precision)")
    print(f"  MLE from 1e5 samples: mean {fit['mean']}, max |cov error| {np.abs(fit['cov'] - cov).max():.3f}\n")

    # KL as the Bregman divergence of F: KL(p‖q) = F(θq) − F(θp) − (θq − θp)·ηp
    cat = ig.Categorical(4)
    p = cat.natural(probs=[0.1, 0.2, 0.3, 0.4])
    q = cat.natural(probs=[0.25, 0.25, 0.25, 0.25])
    kl = cat.log_partition(q) - cat.log_partition(p) - (q - p) @ cat.to_mean(p)
    ref = sum(a * np.log(a / 0.25) for a in (0.1, 0.2, 0.3, 0.4))
    print(f"Categorical(4): KL(p‖uniform) = {kl:.15f} (direct sum {ref:.15f})\n")

    n = 1_000_000
    print(f"Timings, best of 5, {n:,} points:")
    rates = rng.uniform(0.5, 2.0, n)
    shapes = rng.uniform(0.1, 50.0, n)
    thg = gamma.natural(shape=shapes, rate=rates)
    etag, t_mean = _timed(gamma.to_mean, thg)
    _, t_nat = _timed(gamma.to_natural, etag)
    thn = normal.natural(mean=rng.normal(size=n), std=rates)
    _, t_lp = _timed(normal.log_partition, thn)
    xs = rng.normal(size=n)
    _, t_prob = _timed(normal.log_prob, xs, thn)
    print(f"  Gamma to_mean (digamma)        {t_mean * 1e3:8.2f} ms")
    print(f"  Gamma to_natural (Newton)      {t_nat * 1e3:8.2f} ms")
    print(f"  Normal log_partition           {t_lp * 1e3:8.2f} ms")
    print(f"  Normal log_prob                {t_prob * 1e3:8.2f} ms")


if __name__ == "__main__":
    main()

"""efax (JAX) timings for bench_peers.py, run as a subprocess under a Python >= 3.12 interpreter
that has efax installed (efax does not support the project's Python 3.11).

    python _efax_worker.py PARAMS.npz REPEAT  ->  JSON on stdout: {workload: {"t": s, "kl": [...]}}

Each workload starts from natural parameters (as infogeom does) and runs
``p.to_exp().kl_divergence(q, self_nat=p)`` jitted, after a warm-up call that compiles it.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
from efax import (CategoricalNP, DirichletNP, GammaNP, MultivariateDiagonalNormalNP,  # noqa: E402
                  MultivariateNormalNP, NormalNP)


def naturals(name: str, a: dict[str, np.ndarray], side: str):
    if name == "normal":
        m, s = a[f"m{side}"], a[f"s{side}"]
        return NormalNP(jnp.asarray(m / s**2), jnp.asarray(-0.5 / s**2))
    if name == "mvn":
        m, c = a[f"m{side}"], a[f"c{side}"]
        prec = np.linalg.inv(c)
        return MultivariateNormalNP(jnp.asarray(np.einsum("nij,nj->ni", prec, m)), jnp.asarray(-0.5 * prec))
    if name == "dirichlet":
        return DirichletNP(jnp.asarray(a[f"a{side}"] - 1.0))
    if name == "gamma":
        return GammaNP(jnp.asarray(-a[f"b{side}"]), jnp.asarray(a[f"k{side}"] - 1.0))
    if name == "pw_cat":
        pr = a[f"p{side}"]
        return CategoricalNP(jnp.asarray(np.log(pr[..., :-1] / pr[..., -1:])))
    if name == "pw_diag":
        m, s = a[f"m{side}"], a[f"s{side}"]
        return MultivariateDiagonalNormalNP(jnp.asarray(m / s**2), jnp.asarray(-0.5 / s**2))
    if name == "pw_mvn":
        return naturals("mvn", a, side)
    raise KeyError(name)


def pairwise(p, q, chunk: int):
    """KL(p_i ‖ q_j) by broadcasting (chunk, 1) against (1, M), jitted per chunk shape."""
    f = jax.jit(lambda pc, qq: pc.to_exp().kl_divergence(qq, self_nat=pc))
    n = p.shape[0]
    q1 = jax.tree.map(lambda x: x[None], q)
    rows = []
    for r0 in range(0, n, chunk):
        pc = jax.tree.map(lambda x: x[r0:r0 + chunk, None], p)
        rows.append(f(pc, q1))
    return jnp.concatenate(rows).block_until_ready()


def main() -> None:
    data = np.load(sys.argv[1])
    repeat = int(sys.argv[2])
    names = sorted({k.split(":")[0] for k in data.files})
    out = {}
    kl = jax.jit(lambda p, q: p.to_exp().kl_divergence(q, self_nat=p))
    for name in names:
        a = {k.split(":")[1]: data[k] for k in data.files if k.startswith(name + ":")}
        p, q = naturals(name, a, "p"), naturals(name, a, "q")
        if name.startswith("pw_"):
            chunk = 50

            def run(p=p, q=q, chunk=chunk):
                return pairwise(p, q, chunk)
        else:
            def run(p=p, q=q):
                return kl(p, q).block_until_ready()
        run()
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            r = run()
            times.append(time.perf_counter() - t0)
        out[name] = {"t": statistics.median(times), "kl": np.asarray(r).ravel()[:1000].tolist(),
                     "version": __import__("efax").__version__ if hasattr(__import__("efax"), "__version__") else "?"}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

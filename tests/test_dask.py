"""Dask arrays: divergences, pairwise matrices and knn run blockwise, lazily, on a real cluster.

The reference is the in-memory computation on the same (NumPy) data: every block is computed by
the same compiled kernels, so the results must be identical, bit for bit. The cluster is a
``dask.distributed.LocalCluster`` with two worker processes; one test kills a worker in the middle
of a computation and checks that the retried task gives the same result.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import dask.array as da
import numpy as np
import pytest
from dask.distributed import Client, LocalCluster

import infogeom as ig
from infogeom import _dask


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # the workers cannot import this test module: ship its functions by value
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c
    cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


def _normals(n: int, rng: np.random.Generator) -> np.ndarray:
    fam = ig.Normal()
    return np.asarray(fam.natural(mean=rng.normal(size=n), std=rng.uniform(0.2, 3.0, size=n)))


def _mvns(n: int, d: int, rng: np.random.Generator) -> np.ndarray:
    fam = ig.MultivariateNormal(d)
    A = rng.normal(size=(n, d, d))
    cov = A @ np.swapaxes(A, -1, -2) + 0.5 * np.eye(d)
    return np.asarray(fam.natural(mean=rng.normal(size=(n, d)), cov=cov))


def test_detection_is_by_module_name() -> None:
    assert _dask.is_dask(da.zeros(3))
    assert not _dask.is_dask(np.zeros(3))
    assert not _dask.is_dask([1.0, 2.0])


def test_elementwise_is_lazy_and_exact(client: Client, rng: np.random.Generator) -> None:
    fam = ig.Normal()
    P, Q = _normals(1000, rng), _normals(1000, rng)
    Pd = da.from_array(P, chunks=(137, 2))
    Qd = da.from_array(Q, chunks=(250, 1))  # the D axis split: rechunked to one chunk
    res = fam.kl(Pd, Qd)
    assert isinstance(res, da.Array) and res.shape == (1000,) and res.dtype == np.float64
    np.testing.assert_array_equal(res.compute(), fam.kl(P, Q))
    # broadcasting against an in-memory row, and three batch axes
    np.testing.assert_array_equal(fam.jeffreys(Pd, Q[3]).compute(), fam.jeffreys(P, Q[3]))
    P3 = P[:40].reshape(4, 10, 1, 2)
    got = fam.hellinger(da.from_array(P3, chunks=(3, 4, 1, 2)), Q[:6])
    assert got.shape == (4, 10, 6)
    np.testing.assert_array_equal(got.compute(), fam.hellinger(P3, Q[:6]))
    # alpha as a Dask array too
    alpha = rng.uniform(0.1, 0.9, size=1000)
    got = fam.renyi(Pd, Qd, da.from_array(alpha, chunks=300)).compute()
    np.testing.assert_array_equal(got, fam.renyi(P, Q, alpha))
    c, a = fam.chernoff_information(Pd[:200], Qd[:200])
    c_ref, a_ref = fam.chernoff_information(P[:200], Q[:200])
    np.testing.assert_array_equal(c.compute(), c_ref)
    np.testing.assert_array_equal(a.compute(), a_ref)
    # float32 stays float32
    got32 = fam.kl(Pd.astype(np.float32), Qd.astype(np.float32))
    assert got32.dtype == np.float32
    np.testing.assert_array_equal(got32.compute(), fam.kl(P.astype(np.float32), Q.astype(np.float32)))
    got32 = fam.renyi(Pd.astype(np.float32), Q.astype(np.float32), 0.25)
    ref32 = fam.renyi(P.astype(np.float32), Q.astype(np.float32), 0.25)
    assert got32.dtype == ref32.dtype == np.float32
    np.testing.assert_array_equal(got32.compute(), ref32)


def test_lazy_errors(client: Client, rng: np.random.Generator) -> None:
    fam = ig.Normal()
    P = _normals(50, rng)
    bad = P.copy()
    bad[37, 1] = 1.0  # θ₂ = −1/(2σ²) must be negative
    lazy = fam.kl(da.from_array(bad, chunks=10), P)  # nothing is computed yet: no error
    with pytest.raises(ValueError, match="outside the natural parameter space"):
        lazy.compute()
    with pytest.raises(ValueError, match="last axis of length 2"):
        fam.kl(da.zeros((5, 3), chunks=2), P[:5])
    with pytest.raises(ValueError, match="'out'"):
        fam.kl(da.from_array(P), P, out=np.empty(50))
    with pytest.raises(ValueError, match="'out'"):
        fam.pairwise_kl(da.from_array(P), P, out=np.empty((50, 50)))
    with pytest.raises(ValueError, match="'out' is not supported with Dask"):
        fam.chernoff_information(da.from_array(P), P, out=(np.empty(50), np.empty(50)))
    with pytest.raises(TypeError, match="complex"):
        fam.kl(da.from_array(P.astype(complex)), P)


@pytest.mark.parametrize("d", [1, 3])
def test_pairwise_blocks_equal_in_memory(client: Client, rng: np.random.Generator, d: int) -> None:
    fam = ig.MultivariateNormal(d)
    P, Q = _mvns(300, d, rng), _mvns(170, d, rng)
    Q[:20] = P[:20]  # identical pairs: the cancellation guard recomputes them
    Pd = da.from_array(P, chunks=(64, max(1, fam.dim // 2)))
    Qd = da.from_array(Q, chunks=(50, fam.dim))
    K = fam.pairwise_kl(Pd, Qd)
    assert isinstance(K, da.Array) and K.shape == (300, 170)
    assert K.chunks == (Pd.chunks[0], Qd.chunks[0])
    np.testing.assert_array_equal(K.compute(), fam.pairwise_kl(P, Q))
    # Q in memory: one column block
    np.testing.assert_array_equal(fam.pairwise(Pd, Q, "renyi", 0.7).compute(),
                                  fam.pairwise(P, Q, "renyi", 0.7))
    np.testing.assert_array_equal(fam.pairwise(Pd, Qd, "jeffreys").compute(),
                                  fam.pairwise(P, Q, "jeffreys"))


def test_knn_merges_chunks_exactly(client: Client, rng: np.random.Generator) -> None:
    fam = ig.Gamma()
    P = np.asarray(fam.natural(shape=rng.uniform(0.5, 5, 230), rate=rng.uniform(0.5, 2, 230)))
    Q = np.asarray(fam.natural(shape=rng.uniform(0.5, 5, 180), rate=rng.uniform(0.5, 2, 180)))
    Q[100:120] = Q[10:30]  # exact ties across Q chunks: the lower index wins
    Q[150] = np.nan        # NaN divergences come last
    k = 7
    idx_ref, val_ref = fam.knn(P, Q, k)
    Pd = da.from_array(P, chunks=(50, 2))
    for Qarg in (Q, da.from_array(Q, chunks=(23, 1))):
        idx, val = fam.knn(Pd, Qarg, k)
        assert isinstance(idx, da.Array) and idx.shape == (230, k) and idx.dtype == np.int64
        np.testing.assert_array_equal(idx.compute(), idx_ref)
        np.testing.assert_array_equal(val.compute(), val_ref)
    # k larger than some Q chunks, and k = M
    idx, val = fam.knn(Pd, da.from_array(Q[:30], chunks=4), 30)
    np.testing.assert_array_equal(idx.compute(), fam.knn(P, Q[:30], 30)[0])
    with pytest.raises(ValueError, match="1 <= k <= M = 180"):
        fam.knn(Pd, Q, 181)


def _die_once(block: np.ndarray, marker: str, block_info: dict | None = None) -> np.ndarray:
    """Kills its own worker process the first time it runs on the second chunk."""
    if block_info is not None and block_info[0]["chunk-location"][0] == 1 and not os.path.exists(marker):
        Path(marker).write_text(str(os.getpid()))
        os._exit(1)
    return block


def test_worker_killed_mid_job(client: Client, rng: np.random.Generator, tmp_path: Path) -> None:
    fam = ig.MultivariateNormal(2)
    P, Q = _mvns(240, 2, rng), _mvns(90, 2, rng)
    marker = tmp_path / "killed"
    Pd = da.from_array(P, chunks=(60, fam.dim)).map_blocks(_die_once, str(marker), dtype=P.dtype)
    pids_before = set(client.run(os.getpid).values())
    K = fam.pairwise_kl(Pd, da.from_array(Q, chunks=(30, fam.dim)))
    got = client.compute(K).result(timeout=120)
    assert marker.exists(), "the task did not run, so no worker was killed"
    assert int(marker.read_text()) in pids_before  # a worker of this cluster died
    np.testing.assert_array_equal(got, fam.pairwise_kl(P, Q))

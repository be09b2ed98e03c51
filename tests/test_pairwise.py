"""Pairwise divergence matrices and k-nearest neighbours (issue 3).

The contract: every entry of ``pairwise(P, Q, d)`` agrees with the elementwise ``d(P[i], Q[j])``
to 1e-9 relative or 1e-14 absolute (float64), on every family, including P = Q and nearly
identical rows; float32 results are the float64 values rounded once. Independent references:
closed forms (Normal, DiagonalNormal, Categorical, Poisson), the identities J = KL + KLᵀ and
B_F(P, Q) = KL(Q, P)ᵀ between different GEMM forms, and a sort of the full matrix for knn.
"""

from __future__ import annotations

import doctest

import numpy as np
import pytest

import infogeom as ig
import infogeom._pairwise

RTOL, ATOL = 1e-9, 1e-14
GEMM = ("kl", "jeffreys", "bregman")
ALPHA = {"chernoff": 0.3, "renyi": 0.7}


def _thetas(case):
    fam = case.make()
    th = np.stack([np.asarray(fam.natural(**p), dtype=np.float64).reshape(fam.dim) for p in case.params])
    return fam, th


def _sets(fam, th, rng, n_extra=12):
    """P and Q covering typical, extreme, identical and nearly identical pairs.

    Natural parameter spaces are convex, so convex combinations of the case's points are valid:
    random mixtures, and (1 − δ)θ_i + δθ_k, a relative perturbation δ of θ_i towards θ_k."""
    n = len(th)
    mix = rng.dirichlet(np.full(n, 0.4), size=n_extra) @ th
    near = [(1 - d) * th[i] + d * th[(i + 1) % n] for i in range(n) for d in (1e-13, 1e-9, 1e-5)]
    P = np.concatenate([th, mix[: n_extra // 2], near[::2]])
    Q = np.concatenate([th, mix[n_extra // 2:], near[1::2], P[-3:]])
    return P, Q


def _elementwise(fam, name, P, Q):
    fn = getattr(fam, name)
    args = (P[:, None, :], Q[None, :, :]) + ((ALPHA[name],) if name in ALPHA else ())
    return np.asarray(fn(*args), dtype=np.float64)


def _pairwise(fam, name, P, Q, **kw):
    assert name in fam._core.pairwise_divergences
    return fam.pairwise(P, Q, divergence=name, alpha=ALPHA.get(name), **kw)


def _assert_agrees(pw, el, what, rtol=RTOL, atol=ATOL):
    pw = np.asarray(pw, dtype=np.float64)
    same_nan = np.isnan(pw) == np.isnan(el)
    assert same_nan.all(), f"{what}: NaN pattern differs at {np.argwhere(~same_nan)[:5]}"
    ok = np.isnan(el) | (np.abs(pw - el) <= rtol * np.abs(el) + atol) | (pw == el)
    if not ok.all():
        i, j = np.argwhere(~ok)[0]
        raise AssertionError(f"{what}: entry [{i}, {j}] pairwise {pw[i, j]!r} vs elementwise "
                             f"{el[i, j]!r} ({(~ok).sum()} entries off)")


# ---------------------------------------------------------------- the contract, every family
@pytest.mark.parametrize("name", ["kl", "jeffreys", "bregman", "chernoff", "renyi", "bhattacharyya",
                                  "hellinger"])
def test_pairwise_matches_elementwise(case, name, rng):
    fam, th = _thetas(case)
    P, Q = _sets(fam, th, rng)
    el = _elementwise(fam, name, P, Q)
    _assert_agrees(_pairwise(fam, name, P, Q), el, f"{fam} {name}")
    # P = Q: the diagonal is the elementwise d(p, p) (0 for these divergences, recomputed exactly)
    same = _pairwise(fam, name, P, P)
    _assert_agrees(same, _elementwise(fam, name, P, P), f"{fam} {name} P = P")
    assert np.all(np.diag(same) == np.diag(_elementwise(fam, name, P, P)))


def test_pairwise_kl_contract_every_kernel(case, rng):
    """Each micro-kernel the CPU has (AVX-512, AVX2, SSE2 vectors, scalar lanes) meets the
    contract, and the guard recomputes at least the diagonal of P = P."""
    fam, th = _thetas(case)
    P, Q = _sets(fam, th, rng)
    el = _elementwise(fam, "kl", P, Q)
    el_pp = _elementwise(fam, "kl", P, P)
    for isa in ("auto", "avx512", "avx2", "baseline", "scalar"):
        out = np.empty((len(P), len(Q)))
        fam._core.pairwise(P, Q, out, "kl", np.nan, "pairwise_kl", True, isa)
        _assert_agrees(out, el, f"{fam} kl isa={isa}")
        out = np.empty((len(P), len(P)))
        st = fam._core.pairwise(P, P, out, "kl", np.nan, "pairwise_kl", True, isa)
        _assert_agrees(out, el_pp, f"{fam} kl P = P isa={isa}")
        assert st["recomputed"] >= len(P)
        assert np.all(np.diag(out) == np.diag(el_pp))


def test_pairwise_float32_is_rounded_float64(case, rng):
    fam, th = _thetas(case)
    P, Q = _sets(fam, th, rng)
    P32, Q32 = P.astype(np.float32), Q.astype(np.float32)
    ok = np.isfinite(P32).all(axis=1)  # extreme rows may not be representable in float32
    if not ok.all():
        P32, Q32 = P32[ok], Q32[np.isfinite(Q32).all(axis=1)]
    try:
        fam.log_partition(P32)
        fam.log_partition(Q32)
    except ValueError:
        pytest.skip(f"{fam}: some extreme points leave the domain when rounded to float32")
    for name in GEMM:
        if name not in fam._core.pairwise_divergences:
            continue
        r32 = _pairwise(fam, name, P32, Q32)
        assert r32.dtype == np.float32
        r64 = _pairwise(fam, name, P32.astype(np.float64), Q32.astype(np.float64))
        # one rounding of a value accurate to 1e-10: within 2^-24 relative (or float32 underflow)
        fin = np.isfinite(r64) & (np.abs(r64) < np.finfo(np.float32).max)
        err = np.abs(r32[fin].astype(np.float64) - r64[fin])
        assert np.all(err <= 2.0**-24 * np.abs(r64[fin]) * (1 + 1e-9) + 1e-45), (fam, name, err.max())


# ---------------------------------------------------------------- independent references
def test_normal_closed_form(rng):
    fam = ig.Normal()
    mp, sp = rng.normal(size=40), np.exp(rng.normal(size=40))
    mq, sq = rng.normal(size=30), np.exp(rng.normal(size=30))
    P, Q = fam.natural(mean=mp, std=sp), fam.natural(mean=mq, std=sq)
    a, b = (mp[:, None], sp[:, None]), (mq[None, :], sq[None, :])
    kl = np.log(b[1] / a[1]) + (a[1] ** 2 + (a[0] - b[0]) ** 2) / (2 * b[1] ** 2) - 0.5
    np.testing.assert_allclose(fam.pairwise_kl(P, Q), kl, rtol=1e-12, atol=1e-14)
    kl_qp = np.log(a[1] / b[1]) + (b[1] ** 2 + (a[0] - b[0]) ** 2) / (2 * a[1] ** 2) - 0.5
    np.testing.assert_allclose(fam.pairwise(P, Q, "bregman"), kl_qp, rtol=1e-12, atol=1e-14)
    if "jeffreys" in fam._core.pairwise_divergences:
        np.testing.assert_allclose(fam.pairwise(P, Q, "jeffreys"), kl + kl_qp, rtol=1e-12, atol=1e-14)


def test_normal_nearly_identical_full_relative_accuracy():
    """KL(N(0, 1) ‖ N(μ, 1)) = μ²/2: the GEMM form gives noise there, the guard recomputes with
    the stable elementwise KL."""
    fam = ig.Normal()
    mu = np.array([0.0, 1e-7, 1e-5, 1e-3, 0.1, 1.0])
    P = fam.natural(mean=[0.0], std=1.0)
    K = fam.pairwise_kl(P, fam.natural(mean=mu, std=1.0))
    np.testing.assert_allclose(K[0], mu**2 / 2, rtol=1e-12, atol=0)
    assert K[0, 1] > 0


def test_diagonal_normal_closed_form(rng):
    d = 5
    fam = ig.DiagonalNormal(d)
    mp, sp = rng.normal(size=(25, d)), np.exp(0.5 * rng.normal(size=(25, d)))
    mq, sq = rng.normal(size=(20, d)), np.exp(0.5 * rng.normal(size=(20, d)))
    P, Q = fam.natural(mean=mp, std=sp), fam.natural(mean=mq, std=sq)
    a, b = (mp[:, None], sp[:, None]), (mq[None], sq[None])
    kl = (np.log(b[1] / a[1]) + (a[1] ** 2 + (a[0] - b[0]) ** 2) / (2 * b[1] ** 2) - 0.5).sum(-1)
    np.testing.assert_allclose(fam.pairwise_kl(P, Q), kl, rtol=1e-12, atol=1e-13)


def test_categorical_closed_form(rng):
    k = 64
    fam = ig.Categorical(k)
    p = rng.dirichlet(np.ones(k), size=30)
    q = rng.dirichlet(np.ones(k), size=25)
    kl = (p[:, None, :] * (np.log(p[:, None, :]) - np.log(q[None, :, :]))).sum(-1)
    K = fam.pairwise_kl(fam.natural(probs=p), fam.natural(probs=q))
    np.testing.assert_allclose(K, kl, rtol=1e-11, atol=1e-14)


def test_poisson_closed_form(rng):
    fam = ig.Poisson()
    lp, lq = np.exp(rng.normal(size=17)), np.exp(rng.normal(size=13))
    kl = lp[:, None] * np.log(lp[:, None] / lq[None]) - lp[:, None] + lq[None]
    K = fam.pairwise_kl(fam.natural(rate=lp), fam.natural(rate=lq))
    np.testing.assert_allclose(K, kl, rtol=1e-12, atol=1e-14)


def test_gemm_forms_agree_with_each_other(case, rng):
    """J(P, Q) = KL(P, Q) + KL(Q, P)ᵀ and B_F(P, Q) = KL(Q, P)ᵀ, three different GEMM forms."""
    fam, th = _thetas(case)
    P, Q = _sets(fam, th, rng)
    kpq, kqp = fam.pairwise_kl(P, Q), fam.pairwise_kl(Q, P).T
    if hasattr(fam, "kl"):  # the stable elementwise KL (recomputed entries) is ≥ 0; the generic one is not
        assert np.all(kpq >= 0)
    np.testing.assert_allclose(fam.pairwise(P, Q, "bregman"), kqp, rtol=1e-9, atol=1e-14)
    if "jeffreys" in fam._core.pairwise_divergences:
        # the sum of two entries accurate to 1e-10 each, against one accurate to 1e-10
        np.testing.assert_allclose(fam.pairwise(P, Q, "jeffreys"), kpq + kqp, rtol=3e-9, atol=1e-14)


def test_large_random_matches_rowwise_and_threads(rng):
    """Sizes that are not multiples of the register blocks or tiles, several threads: each row of
    a big matrix equals the same row computed alone (one row of P, a different tiling)."""
    fam = ig.MultivariateNormal(3)
    A = rng.normal(size=(400, 3, 3))
    cov = A @ A.transpose(0, 2, 1) + 0.5 * np.eye(3)
    th = fam.natural(mean=rng.normal(size=(400, 3)), cov=cov)
    P, Q = th[:173], th[173:]
    full = fam.pairwise_kl(P, Q)
    n = ig.get_num_threads()
    try:
        ig.set_num_threads(1)
        single = fam.pairwise_kl(P, Q)
    finally:
        ig.set_num_threads(n)
    np.testing.assert_array_equal(full, single)
    for i in (0, 7, 100, 172):
        np.testing.assert_allclose(fam.pairwise_kl(P[i:i + 1], Q)[0], full[i], rtol=1e-10, atol=1e-14)


# ---------------------------------------------------------------- out=, memmap, dtypes, NaN
def test_memmap_out(tmp_path, rng):
    fam = ig.DiagonalNormal(8)
    P = fam.natural(mean=rng.normal(size=(2500, 8)), std=np.exp(0.3 * rng.normal(size=(2500, 8))))
    Q = fam.natural(mean=rng.normal(size=(2000, 8)), std=np.exp(0.3 * rng.normal(size=(2000, 8))))
    P32, Q32 = P.astype(np.float32), Q.astype(np.float32)
    path = tmp_path / "K.npy"
    mm = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(2500, 2000))
    res = fam.pairwise_kl(P32, Q32, out=mm)
    assert res is mm
    mm.flush()
    del mm, res
    back = np.load(path)
    np.testing.assert_array_equal(back, fam.pairwise_kl(P32, Q32))
    # spot-check against the float64 closed form, rounded once
    i, j = rng.integers(0, 2500, 50), rng.integers(0, 2000, 50)
    ref = fam.pairwise_kl(P32[i].astype(np.float64), Q32[j].astype(np.float64))[np.arange(50), np.arange(50)]
    np.testing.assert_allclose(back[i, j], ref, rtol=2.0**-24 * 1.001)


def test_out_with_row_stride_and_result_dtype(rng):
    fam = ig.Normal()
    P = fam.natural(mean=rng.normal(size=7), std=1.5)
    Q = fam.natural(mean=rng.normal(size=5), std=0.5)
    big = np.full((7, 9), -1.0)
    res = fam.pairwise_kl(P, Q, out=big[:, 2:7])
    assert np.shares_memory(res, big)
    np.testing.assert_array_equal(big[:, 2:7], fam.pairwise_kl(P, Q))
    assert np.all(big[:, :2] == -1) and np.all(big[:, 7:] == -1)
    # result type: float32 only if both are float32; integers become float64
    assert fam.pairwise_kl(P.astype(np.float32), Q).dtype == np.float64
    assert fam.pairwise_kl(P.astype(np.float32), Q.astype(np.float32)).dtype == np.float32
    pois = ig.Poisson()
    assert pois.pairwise_kl([[0], [1]], [[2]]).dtype == np.float64
    assert fam.pairwise_kl(P[:0], Q).shape == (0, 5)
    assert fam.pairwise_kl(P, Q[:0]).shape == (7, 0)


def test_nan_rows_give_nan():
    fam = ig.Normal()
    P = np.array([[0.0, -0.5], [np.nan, -0.5], [1.0, -2.0]])
    Q = np.array([[0.5, -1.0], [0.0, np.nan]])
    K = fam.pairwise_kl(P, Q)
    assert np.isnan(K[1]).all() and np.isnan(K[:, 1]).all()
    assert np.isfinite(K[[0, 2]][:, 0]).all()
    idx, val = fam.knn(P, Q, k=2)
    np.testing.assert_array_equal(idx[0], [0, 1])  # NaN last
    assert np.isnan(val[1]).all() and np.isnan(val[:, 1]).all()


# ---------------------------------------------------------------- knn
@pytest.mark.parametrize("name", ["kl", "jeffreys", "bregman", "hellinger"])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_knn_is_sorted_pairwise(name, dtype, rng):
    fam = ig.DiagonalNormal(4)
    P = fam.natural(mean=rng.normal(size=(150, 4)), std=np.exp(0.3 * rng.normal(size=(150, 4)))).astype(dtype)
    Q = fam.natural(mean=rng.normal(size=(1100, 4)), std=np.exp(0.3 * rng.normal(size=(1100, 4)))).astype(dtype)
    Q[500] = Q[17]  # an exact tie: the lower index comes first
    Q[900] = P[3]   # an exact match: distance 0 at column 900 for row 3
    K = _pairwise(fam, name, P, Q)
    for k in (1, 5, 1100):
        idx, val = fam.knn(P, Q, k, divergence=name)
        assert idx.dtype == np.int64 and idx.shape == (150, k) and val.dtype == dtype
        ref = np.argsort(K, axis=1, kind="stable")[:, :k]
        np.testing.assert_array_equal(idx, ref)
        np.testing.assert_array_equal(val, np.take_along_axis(K, ref, axis=1))
    idx, _ = fam.knn(P, Q, 1, divergence=name)
    assert idx[3, 0] == 900


def test_knn_few_queries_many_candidates(rng):
    """One or two queries against a large Q: the columns are split over the threads and merged."""
    fam = ig.Categorical(16)
    P = fam.natural(probs=rng.dirichlet(np.ones(16), size=2))
    Q = fam.natural(probs=rng.dirichlet(np.ones(16), size=30011))
    K = fam.pairwise_kl(P, Q)
    idx, val = fam.knn(P, Q, 7)
    np.testing.assert_array_equal(idx, np.argsort(K, axis=1, kind="stable")[:, :7])
    np.testing.assert_array_equal(val, np.take_along_axis(K, idx, axis=1))


def test_knn_direct_divergences(rng):
    fam = ig.Normal()
    P = fam.natural(mean=rng.normal(size=20), std=np.exp(rng.normal(size=20)))
    Q = fam.natural(mean=rng.normal(size=300), std=np.exp(rng.normal(size=300)))
    for name in ("chernoff", "renyi", "bhattacharyya", "hellinger"):
        K = _pairwise(fam, name, P, Q)
        idx, val = fam.knn(P, Q, 4, divergence=name, alpha=ALPHA.get(name))
        np.testing.assert_array_equal(idx, np.argsort(K, axis=1, kind="stable")[:, :4])
        np.testing.assert_array_equal(val, np.take_along_axis(K, idx, axis=1))


# ---------------------------------------------------------------- errors
def test_errors():
    fam = ig.Normal()
    P = fam.natural(mean=[0.0, 1.0, 2.0], std=1.0)
    Q = fam.natural(mean=[0.0, 1.0], std=1.0)
    bad = P.copy()
    bad[2, 1] = 1.0
    with pytest.raises(ValueError, match=r"Normal\.pairwise_kl: P at index \[2\] is outside the natural"):
        fam.pairwise_kl(bad, Q)
    with pytest.raises(ValueError, match=r"Normal\.knn: Q at index \[2\] is outside the natural"):
        fam.knn(P, bad, 1)
    fam.pairwise_kl(bad, Q, validate=False)  # no check: garbage in, no exception
    with pytest.raises(ValueError, match=r"argument 'P' must be a 2-D array of shape \(n, 2\)"):
        fam.pairwise_kl(P[0], Q)
    with pytest.raises(ValueError, match=r"argument 'Q' must be a 2-D array of shape \(n, 2\)"):
        fam.pairwise_kl(P, np.zeros((2, 3)))
    with pytest.raises(TypeError, match="complex"):
        fam.pairwise_kl(P.astype(complex), Q)
    with pytest.raises(ValueError, match=r"'out' must have shape \(3, 2\)"):
        fam.pairwise_kl(P, Q, out=np.empty((2, 3)))
    with pytest.raises(ValueError, match="'out' must have dtype float64"):
        fam.pairwise_kl(P, Q, out=np.empty((3, 2), dtype=np.float32))
    with pytest.raises(ValueError, match="'out' must have contiguous rows"):
        fam.pairwise_kl(P, Q, out=np.empty((2, 3)).T)
    ro = np.empty((3, 2))
    ro.flags.writeable = False
    with pytest.raises(ValueError, match="'out' is read-only"):
        fam.pairwise_kl(P, Q, out=ro)
    with pytest.raises(TypeError, match="'out' must be a numpy array"):
        fam.pairwise_kl(P, Q, out=[[0.0] * 2] * 3)
    with pytest.raises(ValueError, match="unknown divergence 'kld'"):
        fam.pairwise(P, Q, divergence="kld")
    with pytest.raises(ValueError, match="alpha is only used by"):
        fam.pairwise(P, Q, divergence="kl", alpha=0.5)
    with pytest.raises(ValueError, match="k must satisfy 1 <= k <= M = 2"):
        fam.knn(P, Q, 3)
    with pytest.raises(ValueError, match="k must satisfy"):
        fam.knn(P, Q, 0)
    with pytest.raises(TypeError, match="k must be an integer"):
        fam.knn(P, Q, 1.5)


def test_out_overlapping_inputs_is_rejected():
    fam = ig.Normal()
    buf = fam.natural(mean=np.zeros(4), std=1.0)  # (4, 2)
    with pytest.raises(ValueError, match="must not overlap P or Q"):
        fam.pairwise_kl(buf[:2], buf[:2], out=buf[1:3])
    np.testing.assert_array_equal(fam.pairwise_kl(buf[:2], buf[:2], out=buf[2:]), np.zeros((2, 2)))


def test_alpha_errors():
    fam = ig.Normal()
    P = fam.natural(mean=[0.0, 1.0], std=1.0)
    for name, bad in (("chernoff", 0.0), ("chernoff", 1.0), ("renyi", 1.0), ("renyi", -0.5)):
        if name not in fam._core.pairwise_divergences:
            with pytest.raises(NotImplementedError, match="not available in this build"):
                fam.pairwise(P, P, divergence=name, alpha=0.5)
            continue
        with pytest.raises(ValueError, match=f"{name} needs"):
            fam.pairwise(P, P, divergence=name, alpha=bad)
        with pytest.raises(ValueError, match="needs alpha"):
            fam.pairwise(P, P, divergence=name)
        with pytest.raises(ValueError, match="finite real"):
            fam.knn(P, P, 1, divergence=name, alpha=np.nan)


def test_docstring_examples():
    result = doctest.testmod(infogeom._pairwise, optionflags=doctest.NORMALIZE_WHITESPACE,
                             raise_on_error=False)
    assert result.attempted > 0 and result.failed == 0


def test_ctrl_c_interrupts_a_long_call(tmp_path):
    """The engine polls for Ctrl-C between tiles: KeyboardInterrupt within a fraction of a second
    instead of at the end of a job of many seconds."""
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "job.py"
    script.write_text(
        "import time, numpy as np, infogeom as ig\n"
        "fam = ig.Categorical(64)\n"
        "rng = np.random.default_rng(0)\n"
        "P = fam.natural(probs=rng.dirichlet(np.ones(64), size=20000))\n"
        "Q = fam.natural(probs=rng.dirichlet(np.ones(64), size=200000))\n"
        "print('ready', flush=True)\n"
        "try:\n"
        "    fam.knn(P, Q, 5)\n"
        "    print('finished', flush=True)\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted', flush=True)\n")
    import os
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(__import__("pathlib").Path(ig.__file__).resolve().parent.parent)]
                                        + [p for p in [env.get("PYTHONPATH")] if p])
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.5)
        t0 = time.time()
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
        elapsed = time.time() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert out.strip() == "interrupted"
    assert elapsed < 5.0

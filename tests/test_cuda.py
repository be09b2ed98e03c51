"""CUDA backend (issue 6).

Three groups:
* always run: has_cuda() never raises; device input without a usable CUDA build gives a clear
  error; host/device mixing is a TypeError; nothing imports cupy/torch for NumPy input;
* run wherever nvcc exists (no GPU needed): the device kernels compile with nvcc for a family
  subset, so CI checks the device code of every family marked cuda_device;
* marked ``cuda`` (skipped without a device and CuPy or torch-CUDA): every device kernel against
  the CPU result, the same ValueError texts, float32/float64, broadcasting, output array kinds.
"""

from __future__ import annotations

import math
import os
import resource
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import numpy as np
import pytest

import infogeom as ig
from infogeom import _cuda

ROOT = Path(__file__).resolve().parent.parent


class FakeDeviceArray:
    """Quacks like a foreign CUDA array (no library behind it)."""

    __cuda_array_interface__ = {"shape": (3, 2), "typestr": "<f8", "data": (0, False), "version": 3}
    shape = (3, 2)
    ndim = 2


class FakeDLPack:
    def __init__(self, device_type):
        self._t = device_type

    def __dlpack_device__(self):
        return (self._t, 0)


# --------------------------------------------------------------------------- always run
def test_has_cuda_is_a_bool_and_never_raises():
    assert isinstance(ig.has_cuda(), bool)
    if not ig._core.has_cuda_build:
        assert ig.has_cuda() is False


def test_device_kind_detection():
    assert _cuda.device_kind(np.zeros(3)) is None
    assert _cuda.device_kind([1.0, 2.0]) is None
    assert _cuda.device_kind(1.5) is None
    assert _cuda.device_kind(FakeDeviceArray()) == "other"
    assert _cuda.device_kind(FakeDLPack(2)) == "other"  # kDLCUDA
    assert _cuda.device_kind(FakeDLPack(3)) is None  # kDLCUDAHost: host memory
    assert _cuda.device_kind(FakeDLPack(1)) is None  # kDLCPU


def test_numpy_input_imports_no_device_library():
    code = ("import sys, numpy as np, infogeom as ig; f = ig.Normal(); "
            "t = f.natural(mean=[0.0, 1.0], std=1.0); f.kl(t[0], t[1]); f.pairwise_kl(t, t); "
            "f.log_partition(t); print('cupy' in sys.modules, 'torch' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.skipif(ig.has_cuda(), reason="a CUDA device is present")
@pytest.mark.parametrize("call", [
    lambda f, a: f.log_partition(a),
    lambda f, a: f.to_natural(a),
    lambda f, a: f.kl(a, a),
    lambda f, a: f.chernoff(a, a, 0.5),
    lambda f, a: f.pairwise_kl(a, a),
    lambda f, a: f.knn(a, a, k=1),
    lambda f, a: f.fisher(a),
    lambda f, a: f.log_prob(a, a),
])
def test_device_input_without_cuda_is_a_clear_error(call):
    with pytest.raises(RuntimeError, match="(no CUDA support|no CUDA device is available)"):
        call(ig.Normal(), FakeDeviceArray())


@pytest.mark.parametrize("call", [
    lambda f, d, h: f.kl(d, h),
    lambda f, d, h: f.kl(h, d),
    lambda f, d, h: f.chernoff(d, d, np.array([0.5, 0.5, 0.5])),
    lambda f, d, h: f.pairwise(h, d),
    lambda f, d, h: f.knn(d, h, k=1),
    lambda f, d, h: f.pairwise(h, h, out=d),
])
def test_mixing_host_and_device_is_a_type_error(call):
    f = ig.Normal()
    host = f.natural(mean=[0.0, 1.0, 2.0], std=1.0)
    with pytest.raises(TypeError, match="host memory"):
        call(f, FakeDeviceArray(), host)


# --------------------------------------------------------------------------- nvcc compile test
def _eigen_include() -> str | None:
    for base in [sysconfig.get_paths()["purelib"], *sys.path]:
        p = Path(base) / "cmeel.prefix" / "include" / "eigen3"
        if (p / "Eigen" / "Core").is_file():
            return str(p)
    for p in (Path("/usr/include/eigen3"), Path("/usr/local/include/eigen3")):
        if (p / "Eigen" / "Core").is_file():
            return str(p)
    return None


# Families whose device kernels the test instantiates: device-capable ones get every kernel
# (unary maps, pair divergences, pairwise GEMM form + guard, knn) in float and double; an
# excluded family (MultivariateNormal: Eigen's LLT is host-only) must still compile to its
# "unsupported" stubs.
COMPILE_FAMILIES = [("Normal", "normal"), ("Categorical", "categorical"), ("Gamma", "gamma"),
                    ("MultivariateNormal", "multivariate_normal")]


@pytest.mark.skipif(shutil.which("nvcc") is None, reason="nvcc not found")
def test_device_code_compiles_with_nvcc(tmp_path):
    eigen = _eigen_include()
    if eigen is None:
        pytest.skip("Eigen headers not found (pip install cmeel-eigen)")
    tu = tmp_path / "device_check.cu"
    lines = ['#include "kernels.cuh"']
    lines += [f'#include "infogeom/families/{h}.hpp"' for _, h in COMPILE_FAMILIES]
    lines += [f"template struct infogeom::cuda::Device<infogeom::{n}>;" for n, _ in COMPILE_FAMILIES]
    lines += ["static_assert(infogeom::cuda::kd::device_capable<infogeom::Normal<double>>::value);",
              "static_assert(!infogeom::cuda::kd::device_capable<infogeom::MultivariateNormal<double>>::value);"]
    tu.write_text("\n".join(lines) + "\n")
    # PTX for one virtual architecture: the whole front end and NVVM run (every host-only call
    # from device code is an error under -Werror), ptxas does not (it adds minutes, no checks).
    cmd = ["nvcc", "-std=c++17", "--expt-relaxed-constexpr", "-Werror", "all-warnings",
           "-gencode", "arch=compute_80,code=compute_80", "-O1",
           f"-I{ROOT / 'cpp' / 'include'}", f"-I{ROOT / 'cpp' / 'cuda'}", f"-I{eigen}",
           "-c", str(tu), "-o", str(tmp_path / "device_check.o")]
    t0 = time.perf_counter()
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = time.perf_counter() - t0
    assert res.returncode == 0, f"nvcc failed:\n{res.stdout}\n{res.stderr}"
    assert (tmp_path / "device_check.o").stat().st_size > 0
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    print(f"nvcc compile of {[n for n, _ in COMPILE_FAMILIES]}: {elapsed:.1f} s wall, {cpu:.1f} s CPU")


# --------------------------------------------------------------------------- on a device
def _lib_available(name: str) -> bool:
    if not ig.has_cuda():
        return False
    try:
        if name == "cupy":
            import cupy
            return cupy.cuda.runtime.getDeviceCount() > 0
        import torch
        return torch.cuda.is_available()
    except Exception:
        return False


LIBS = [pytest.param(n, marks=[pytest.mark.cuda,
                               pytest.mark.skipif(not _lib_available(n), reason=f"no CUDA device or no {n}")])
        for n in ("cupy", "torch")]


def to_dev(xp: str, a):
    a = np.asarray(a)
    if xp == "cupy":
        import cupy
        return cupy.asarray(a)
    import torch
    return torch.from_numpy(np.ascontiguousarray(a)).cuda()


def to_host(xp: str, a):
    if xp == "cupy":
        import cupy
        assert isinstance(a, cupy.ndarray)
        return cupy.asnumpy(a)
    import torch
    assert isinstance(a, torch.Tensor) and a.is_cuda
    return a.cpu().numpy()


def _points(name: str, n: int, rng: np.random.Generator):
    if name == "Normal":
        f = ig.Normal()
        return f, f.natural(mean=rng.normal(0, 3, n), std=rng.uniform(0.1, 5, n))
    if name == "Categorical":
        f = ig.Categorical(5)
        return f, f.natural(probs=rng.dirichlet(np.ones(5), n))
    f = ig.Gamma()
    return f, f.natural(shape=rng.uniform(0.05, 50, n), rate=rng.uniform(0.1, 10, n))


DEVICE_FAMILIES = ["Normal", "Categorical", "Gamma"]
# relative tolerances device vs CPU: the same formulas, only the libm differs (CUDA's log, exp,
# log1p are correctly rounded to within 1–2 ulp, glibc's to 1 ulp), amplified at most by the
# conditioning of each map; the Newton inverses (Gamma.to_natural) converge to a residual near ε.
RTOL_UNARY = {"float64": 1e-12, "float32": 2e-5}
RTOL_PAIR = {"float64": 1e-11, "float32": 1e-6}  # float32 rows are evaluated in double
RTOL_PAIRWISE = {"float64": 3e-10, "float32": 2e-4}  # the guard: 1e-10 (1e-4) of the elementwise


@pytest.mark.parametrize("xp", LIBS)
@pytest.mark.parametrize("name", DEVICE_FAMILIES)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_unary_maps_match_cpu(xp, name, dtype):
    rng = np.random.default_rng(1)
    f, theta = _points(name, 200, rng)
    theta = theta.astype(dtype)
    eta = f.to_mean(theta)
    for method, arg in [("log_partition", theta), ("to_mean", theta), ("entropy", theta),
                        ("to_natural", eta), ("conjugate", eta)]:
        cpu = getattr(f, method)(arg)
        dev = getattr(f, method)(to_dev(xp, arg))
        got = to_host(xp, dev)
        assert got.dtype == cpu.dtype and got.shape == cpu.shape, method
        np.testing.assert_allclose(got, cpu, rtol=RTOL_UNARY[dtype], atol=0, err_msg=method)


@pytest.mark.parametrize("xp", LIBS)
@pytest.mark.parametrize("name", DEVICE_FAMILIES)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_pair_divergences_match_cpu(xp, name, dtype):
    rng = np.random.default_rng(2)
    f, tp = _points(name, 150, rng)
    _, tq = _points(name, 150, rng)
    tq[:10] = tp[:10]  # identical pairs: exactly 0, as on the CPU
    tq[10:20] = tp[10:20] * (1 + 1e-9)  # nearly identical: the stable forms
    tp, tq = tp.astype(dtype), tq.astype(dtype)
    for op, extra in [("kl", ()), ("bregman", ()), ("jeffreys", ()), ("bhattacharyya", ()),
                      ("hellinger", ()), ("chernoff", (0.3,)), ("renyi", (0.7,)), ("renyi", (1.5,))]:
        cpu = getattr(f, op)(tp, tq, *extra)
        got = to_host(xp, getattr(f, op)(to_dev(xp, tp), to_dev(xp, tq), *extra))
        assert got.dtype == cpu.dtype and got.shape == cpu.shape, op
        np.testing.assert_allclose(got, cpu, rtol=RTOL_PAIR[dtype], atol=0, err_msg=op)
        assert np.all(got[:10] == 0), op


@pytest.mark.parametrize("xp", LIBS)
def test_broadcasting_and_alpha_arrays(xp):
    f, tp = _points("Normal", 3, np.random.default_rng(3))
    _, tq = _points("Normal", 4, np.random.default_rng(4))
    p3 = tp[:, None, :]
    alpha = np.array([0.2, 0.4, 0.6, 0.8])
    cpu = f.chernoff(p3, tq, alpha)
    got = f.chernoff(to_dev(xp, p3), to_dev(xp, tq), to_dev(xp, alpha))
    assert tuple(got.shape) == (3, 4)
    np.testing.assert_allclose(to_host(xp, got), cpu, rtol=1e-11)
    one = f.kl(to_dev(xp, tp[0]), to_dev(xp, tq[0]))  # a single pair: a 0-d device array
    assert tuple(one.shape) == ()
    np.testing.assert_allclose(to_host(xp, one), f.kl(tp[0], tq[0]), rtol=1e-11)
    lp = f.log_partition(to_dev(xp, p3))
    assert tuple(lp.shape) == (3, 1)


@pytest.mark.parametrize("xp", LIBS)
@pytest.mark.parametrize("name", DEVICE_FAMILIES)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("div", ["kl", "jeffreys", "bregman", "hellinger", "chernoff"])
def test_pairwise_matches_cpu(xp, name, dtype, div):
    rng = np.random.default_rng(5)
    f, P = _points(name, 70, rng)
    _, Q = _points(name, 90, rng)
    Q[:5] = P[:5]
    P, Q = P.astype(dtype), Q.astype(dtype)
    alpha = 0.3 if div == "chernoff" else None
    cpu = f.pairwise(P, Q, div, alpha)
    got = to_host(xp, f.pairwise(to_dev(xp, P), to_dev(xp, Q), div, alpha))
    assert got.dtype == cpu.dtype and got.shape == cpu.shape
    np.testing.assert_allclose(got, cpu, rtol=RTOL_PAIRWISE[dtype], atol=0)
    assert np.all(np.diag(got[:5, :5]) == 0)  # identical rows: recomputed elementwise, exactly 0


@pytest.mark.parametrize("xp", LIBS)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("div", ["kl", "jeffreys", "bhattacharyya"])
def test_knn_matches_cpu(xp, dtype, div):
    rng = np.random.default_rng(6)
    f, P = _points("Gamma", 40, rng)
    _, Q = _points("Gamma", 300, rng)
    P, Q = P.astype(dtype), Q.astype(dtype)
    ci, cv = f.knn(P, Q, k=7, divergence=div)
    gi, gv = f.knn(to_dev(xp, P), to_dev(xp, Q), k=7, divergence=div)
    np.testing.assert_array_equal(to_host(xp, gi), ci)
    np.testing.assert_allclose(to_host(xp, gv), cv, rtol=RTOL_PAIRWISE[dtype])


def _message(fn):
    with pytest.raises(ValueError) as e:
        fn()
    return str(e.value)


@pytest.mark.parametrize("xp", LIBS)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_errors_are_the_cpu_errors(xp, dtype):
    f = ig.Gamma()
    good = f.natural(shape=[1.0, 2.0, 3.0, 4.0], rate=1.0).astype(dtype)
    bad = good.copy()
    bad[2, 1] = 0.5  # rate < 0
    eta_bad = f.to_mean(good)
    eta_bad[1, 0] = eta_bad[1, 1] + 10  # log E[x] < E[log x]: breaks Jensen
    d = lambda a: to_dev(xp, a)  # noqa: E731
    cases = [
        (lambda: f.log_partition(bad.reshape(2, 2, 2)), lambda: f.log_partition(d(bad.reshape(2, 2, 2)))),
        (lambda: f.to_natural(eta_bad), lambda: f.to_natural(d(eta_bad))),
        (lambda: f.kl(good, bad), lambda: f.kl(d(good), d(bad))),
        (lambda: f.kl(bad[2], good), lambda: f.kl(d(bad[2]), d(good))),
        (lambda: f.chernoff(good, good, np.array([0.5, 1.5, 0.5, 0.5], dtype)),
         lambda: f.chernoff(d(good), d(good), d(np.array([0.5, 1.5, 0.5, 0.5], dtype)))),
        (lambda: f.pairwise_kl(good, bad), lambda: f.pairwise_kl(d(good), d(bad))),
        (lambda: f.knn(bad, good, k=2), lambda: f.knn(d(bad), d(good), k=2)),
    ]
    for cpu, dev in cases:
        assert _message(dev) == _message(cpu)


@pytest.mark.parametrize("xp", LIBS)
def test_unsupported_on_device(xp):
    m = ig.MultivariateNormal(2)
    theta = m.natural(mean=[0.0, 0.0], cov=np.eye(2))
    with pytest.raises(NotImplementedError, match="no CUDA device kernels"):
        m.log_partition(to_dev(xp, theta))
    f, t = _points("Normal", 4, np.random.default_rng(7))
    with pytest.raises(NotImplementedError, match="not available for CUDA device arrays"):
        f.fisher(to_dev(xp, t))
    with pytest.raises(NotImplementedError):
        f.jensen_shannon(to_dev(xp, t), to_dev(xp, t))
    with pytest.raises(TypeError, match="host memory"):
        f.kl(to_dev(xp, t), t)


# --------------------------------------------------------------------------- Python plumbing
# Without a GPU the device path's Python layer (dtype rules, broadcasting, alpha rows, output
# allocation and shapes, the arguments handed to the core) is checked against a stand-in: a
# NumPy-backed "device library" and a core whose cuda_* methods run the CPU kernels on the arrays
# behind the pointers. The kernels themselves are covered by the `cuda` tests above.
class FakeDev(np.ndarray):
    """A NumPy array posing as device memory."""

    @property
    def __cuda_array_interface__(self):  # pragma: no cover - only its presence matters
        return {}


def fake(a):
    return np.ascontiguousarray(a).view(FakeDev)


class FakeLib(_cuda._Lib):
    kind = "cupy"

    def __init__(self):
        self.m = np
        self.reg = {}

    def as_float(self, a, name, op, arg):
        if a.dtype.kind == "c":
            raise TypeError(f"{name}.{op}: argument '{arg}' has complex dtype")
        if a.dtype in (np.float32, np.float64):
            return a
        return a.astype(np.float64).view(FakeDev)

    def dtype_name(self, a):
        return str(a.dtype)

    def cast(self, a, dtype):
        return a.astype(dtype, copy=False).view(FakeDev)

    def contiguous(self, a):
        return np.ascontiguousarray(a).view(FakeDev)

    def broadcast_to(self, a, shape):
        return np.broadcast_to(a, shape).view(FakeDev)

    def empty(self, shape, dtype, like):
        return np.full(shape, -7, dtype=dtype).view(FakeDev)

    def scalar(self, v, dtype, like):
        return np.array([v], dtype=dtype).view(FakeDev)

    def ptr(self, a):
        assert a.flags.c_contiguous
        self.reg[a.__array_interface__["data"][0]] = a
        return a.__array_interface__["data"][0]

    def device(self, a):
        return 0

    def stream(self, a):
        return 0

    def same_device(self, a, b):
        return True


class FakeCore:
    """The real core, plus cuda_* methods that run the CPU kernels behind the pointers."""

    cuda_supported = True

    def __init__(self, core, lib):
        self._c, self._lib = core, lib

    def __getattr__(self, name):
        return getattr(self._c, name)

    def _arr(self, ptr, rows, width, dtype):
        a = np.asarray(self._lib.reg[ptr])
        assert a.dtype == dtype and a.shape[0] == rows and a.size == rows * width
        return a.reshape(rows, width)

    def cuda_unary(self, method, inp, in_rows, out, batch, dtype, validate, device, stream):
        D = self._c.dim
        x = self._arr(inp, in_rows, D, dtype)
        n = math.prod(batch)
        assert in_rows == n
        res = getattr(self._c, method)(x, batch, validate)
        o = np.asarray(self._lib.reg[out])
        assert o.shape == res.shape and o.dtype == res.dtype
        o[...] = res

    def cuda_pair(self, op, p, p_rows, q, q_rows, a, a_rows, out, batch, dtype, validate, device, stream):
        D = self._c.dim
        args = [self._arr(p, p_rows, D, dtype), self._arr(q, q_rows, D, dtype)]
        if a:
            args.append(self._arr(a, a_rows, 1, dtype))
        res = getattr(self._c, op)(*args, batch, validate)
        o = np.asarray(self._lib.reg[out])
        assert o.shape == (math.prod(batch),) and o.dtype == res.dtype
        o[...] = res[:, 0]

    def cuda_pairwise(self, P, N, Q, M, out, ldo, dtype, div, alpha, op, validate, device, stream):
        D = self._c.dim
        o = np.asarray(self._lib.reg[out])
        assert o.shape == (N, M) and ldo == M
        self._c.pairwise(self._arr(P, N, D, dtype), self._arr(Q, M, D, dtype), o, div, alpha, op, validate)
        return {"recomputed": 0}

    def cuda_knn(self, P, N, Q, M, k, idx, val, dtype, div, alpha, op, validate, device, stream):
        D = self._c.dim
        i, v, _ = self._c.knn(self._arr(P, N, D, dtype), self._arr(Q, M, D, dtype), k, div, alpha, op, validate)
        np.asarray(self._lib.reg[idx])[...] = i
        np.asarray(self._lib.reg[val])[...] = v


@pytest.fixture
def fake_device(monkeypatch):
    lib = FakeLib()
    real_kind = _cuda.device_kind
    monkeypatch.setattr(_cuda, "device_kind", lambda a: "cupy" if isinstance(a, FakeDev) else real_kind(a))
    monkeypatch.setattr(_cuda, "has_cuda", lambda: True)
    monkeypatch.setitem(_cuda._LIBS, "cupy", lib)

    def family(f):
        f._core = FakeCore(f._core, lib)
        return f
    return family



@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_device_plumbing_matches_cpu(fake_device, dtype):
    cpu = ig.Gamma()
    f = fake_device(ig.Gamma())
    rng = np.random.default_rng(8)
    tp = cpu.natural(shape=rng.uniform(0.5, 5, (3, 1)), rate=rng.uniform(0.5, 2, (3, 1))).astype(dtype)
    tq = cpu.natural(shape=rng.uniform(0.5, 5, 4), rate=rng.uniform(0.5, 2, 4)).astype(dtype)
    for method in ("log_partition", "to_mean", "entropy"):
        got = getattr(f, method)(fake(tp))
        assert isinstance(got, FakeDev)
        np.testing.assert_array_equal(np.asarray(got), getattr(cpu, method)(tp))
    eta = cpu.to_mean(tq)
    np.testing.assert_array_equal(np.asarray(f.to_natural(fake(eta))), cpu.to_natural(eta))
    np.testing.assert_array_equal(np.asarray(f.conjugate(fake(eta))), cpu.conjugate(eta))
    # broadcasting (3, 1, D) x (4, D), scalar and array alpha, a single pair
    for op, extra in [("kl", ()), ("jeffreys", ()), ("hellinger", ())]:
        got = getattr(f, op)(fake(tp), fake(tq), *extra)
        assert got.shape == (3, 4) and got.dtype == dtype
        np.testing.assert_array_equal(np.asarray(got), getattr(cpu, op)(tp, tq, *extra))
    alpha = np.array([0.1, 0.3, 0.5, 0.9], dtype)
    np.testing.assert_array_equal(np.asarray(f.chernoff(fake(tp), fake(tq), fake(alpha))),
                                  cpu.chernoff(tp, tq, alpha))
    np.testing.assert_array_equal(np.asarray(f.renyi(fake(tp), fake(tq), 1.5)), cpu.renyi(tp, tq, 1.5))
    one = f.kl(fake(tp[0, 0]), fake(tq[1]))
    assert one.shape == () and isinstance(one, FakeDev)
    np.testing.assert_array_equal(np.asarray(one), cpu.kl(tp[0, 0], tq[1]))
    # mixed precision promotes as NumPy does
    assert f.kl(fake(tp.astype(np.float32)), fake(tq.astype(np.float64))).dtype == np.float64
    # pairwise and knn
    P, Q = tp[:, 0], tq
    got = f.pairwise(fake(P), fake(Q), "chernoff", 0.25)
    np.testing.assert_array_equal(np.asarray(got), cpu.pairwise(P, Q, "chernoff", 0.25))
    gi, gv = f.knn(fake(P), fake(Q), k=2)
    ci, cv = cpu.knn(P, Q, k=2)
    np.testing.assert_array_equal(np.asarray(gi), ci)
    np.testing.assert_array_equal(np.asarray(gv), cv)
    # errors: the core's, raised through the device path
    bad = P.copy()
    bad[1, 1] = 1.0
    with pytest.raises(ValueError, match="P at index \\[1\\]"):
        f.pairwise_kl(fake(bad), fake(Q))
    with pytest.raises(NotImplementedError):
        f.fisher(fake(P))
    with pytest.raises(NotImplementedError):
        f.chernoff_information(fake(P), fake(P))
    with pytest.raises(TypeError, match="host memory"):
        f.kl(fake(P), P)

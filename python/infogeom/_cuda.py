"""CUDA device arrays in, device arrays out (issue 6).

Inputs that live on a CUDA device — CuPy arrays, or PyTorch tensors with ``is_cuda`` — are
recognised by their ``__cuda_array_interface__`` / ``__dlpack_device__`` (neither library is
imported unless the input is one of its arrays) and computed by the compiled kernels on that
device; the result is an array of the same library on the same device (CuPy in, CuPy out; torch
in, torch out), queued on the library's current stream. NumPy input stays on the CPU. Host and
device inputs are never mixed silently: that raises ``TypeError`` (Python scalars such as
``alpha=0.5`` are the one exception); nothing is copied between host and device except the one
offending row an error message quotes.

Device paths: ``log_partition``, ``to_mean``, ``to_natural``, ``conjugate``, ``entropy``; the
elementwise ``kl``, ``bregman``, ``jeffreys``, ``chernoff``, ``renyi``, ``bhattacharyya``,
``hellinger``; ``pairwise``/``pairwise_kl`` and ``knn``. Other methods, and families without
device kernels, raise ``NotImplementedError`` on device input. Numbers and errors are those of
the CPU path (same formulas, compiled for the device; same validation messages).
"""

from __future__ import annotations

import importlib
import math
import numbers
from typing import Any

from . import _core

__all__ = ["has_cuda", "device_kind"]

# DLPack device types holding device memory: kDLCUDA, kDLCUDAManaged (kDLCUDAHost is host memory)
_DLPACK_CUDA = (2, 13)

UNARY = ("log_partition", "to_mean", "to_natural", "conjugate", "entropy")
PAIR = ("kl", "bregman", "jeffreys", "chernoff", "renyi", "bhattacharyya", "hellinger")


def has_cuda() -> bool:
    """True when this build has the CUDA kernels AND a CUDA device is present.

    Never raises: without a driver or a device it is simply False.

    >>> import infogeom as ig
    >>> isinstance(ig.has_cuda(), bool)
    True
    """
    if not getattr(_core, "has_cuda_build", False):
        return False
    try:
        return int(_core.cuda_device_count()) > 0
    except Exception:  # pragma: no cover - the core already maps every failure to 0
        return False


def device_kind(a: Any) -> str | None:
    """'cupy' or 'torch' for a CUDA device array of that library, 'other' for another library's,
    None for anything in host memory. Imports nothing."""
    mod = type(a).__module__.split(".", 1)[0]
    if mod == "torch":
        return "torch" if bool(getattr(a, "is_cuda", False)) else None
    if mod == "numpy":
        return None
    if hasattr(a, "__cuda_array_interface__"):
        return "cupy" if mod == "cupy" else "other"
    dev = getattr(a, "__dlpack_device__", None)
    if callable(dev):
        try:
            kind = int(dev()[0])
        except Exception:
            return None
        if kind in _DLPACK_CUDA:
            return "cupy" if mod == "cupy" else "other"
    return None


def _no_build(name: str, op: str) -> Exception:
    if not getattr(_core, "has_cuda_build", False):
        return RuntimeError(f"{name}.{op}: got a CUDA device array, but this build of infogeom has no "
                            f"CUDA support (rebuild with INFOGEOM_ENABLE_CUDA=ON and a CUDA compiler); "
                            f"pass NumPy arrays to compute on the CPU")
    return RuntimeError(f"{name}.{op}: got a CUDA device array, but no CUDA device is available")


def unsupported(fam: Any, op: str) -> Exception:
    """The error for device input to an operation without a device path."""
    if not has_cuda():
        return _no_build(fam.name, op)
    return NotImplementedError(f"{fam.name}.{op}: not available for CUDA device arrays (device paths: "
                               f"{', '.join(UNARY + PAIR)}, pairwise, knn); pass NumPy arrays to compute "
                               f"on the CPU")


# --------------------------------------------------------------------------- array libraries
class _Lib:
    """The few array operations the device path needs, for one library (subclasses below)."""

    kind = ""

    def __init__(self) -> None:
        self.m = importlib.import_module(self.kind)

    def as_float(self, a: Any, name: str, op: str, arg: str) -> Any:
        """a as float32/float64 (ints and bools to float64, half precision to float32)."""
        raise NotImplementedError

    def dtype_name(self, a: Any) -> str:  # 'float32' or 'float64' after as_float
        raise NotImplementedError

    def cast(self, a: Any, dtype: str) -> Any:
        raise NotImplementedError

    def contiguous(self, a: Any) -> Any:
        raise NotImplementedError

    def broadcast_to(self, a: Any, shape: tuple[int, ...]) -> Any:
        raise NotImplementedError

    def empty(self, shape: tuple[int, ...], dtype: str, like: Any) -> Any:
        raise NotImplementedError

    def scalar(self, v: float, dtype: str, like: Any) -> Any:
        raise NotImplementedError

    def ptr(self, a: Any) -> int:
        raise NotImplementedError

    def device(self, a: Any) -> int:
        raise NotImplementedError

    def stream(self, a: Any) -> int:
        raise NotImplementedError

    def same_device(self, a: Any, b: Any) -> bool:
        raise NotImplementedError


class _CuPy(_Lib):
    kind = "cupy"

    def as_float(self, a: Any, name: str, op: str, arg: str) -> Any:
        k = a.dtype.kind
        if k == "c":
            raise TypeError(f"{name}.{op}: argument '{arg}' has complex dtype {a.dtype}; expected real numbers")
        if k == "f" and a.dtype.itemsize in (4, 8):
            return a
        if k == "f" and a.dtype.itemsize == 2:
            return a.astype(self.m.float32)
        if k in "biu":
            return a.astype(self.m.float64)
        raise TypeError(f"{name}.{op}: argument '{arg}' has dtype {a.dtype}; expected real numbers")

    def dtype_name(self, a: Any) -> str:
        return "float64" if a.dtype.itemsize == 8 else "float32"

    def cast(self, a: Any, dtype: str) -> Any:
        return a.astype(getattr(self.m, dtype), copy=False)

    def contiguous(self, a: Any) -> Any:
        return self.m.ascontiguousarray(a)

    def broadcast_to(self, a: Any, shape: tuple[int, ...]) -> Any:
        return self.m.broadcast_to(a, shape)

    def empty(self, shape: tuple[int, ...], dtype: str, like: Any) -> Any:
        with self.m.cuda.Device(like.device.id):
            return self.m.empty(shape, dtype=getattr(self.m, dtype))

    def scalar(self, v: float, dtype: str, like: Any) -> Any:
        with self.m.cuda.Device(like.device.id):
            return self.m.asarray([v], dtype=getattr(self.m, dtype))

    def ptr(self, a: Any) -> int:
        return int(a.data.ptr)

    def device(self, a: Any) -> int:
        return int(a.device.id)

    def stream(self, a: Any) -> int:
        with self.m.cuda.Device(a.device.id):
            return int(self.m.cuda.get_current_stream().ptr)

    def same_device(self, a: Any, b: Any) -> bool:
        return int(a.device.id) == int(b.device.id)


class _Torch(_Lib):
    kind = "torch"

    def as_float(self, a: Any, name: str, op: str, arg: str) -> Any:
        t = self.m
        if a.dtype in (t.float64, t.float32):
            return a
        if a.is_complex():
            raise TypeError(f"{name}.{op}: argument '{arg}' has complex dtype {a.dtype}; expected real numbers")
        if a.is_floating_point():  # float16, bfloat16
            return a.to(t.float32)
        return a.to(t.float64)  # bool and integers

    def dtype_name(self, a: Any) -> str:
        return "float64" if a.dtype == self.m.float64 else "float32"

    def cast(self, a: Any, dtype: str) -> Any:
        return a.to(getattr(self.m, dtype))

    def contiguous(self, a: Any) -> Any:
        return a.contiguous()

    def broadcast_to(self, a: Any, shape: tuple[int, ...]) -> Any:
        return a.broadcast_to(shape)

    def empty(self, shape: tuple[int, ...], dtype: str, like: Any) -> Any:
        return self.m.empty(shape, dtype=getattr(self.m, dtype), device=like.device)

    def scalar(self, v: float, dtype: str, like: Any) -> Any:
        return self.m.tensor([v], dtype=getattr(self.m, dtype), device=like.device)

    def ptr(self, a: Any) -> int:
        return int(a.data_ptr())

    def device(self, a: Any) -> int:
        idx = a.device.index
        return int(self.m.cuda.current_device() if idx is None else idx)

    def stream(self, a: Any) -> int:
        return int(self.m.cuda.current_stream(a.device).cuda_stream)

    def same_device(self, a: Any, b: Any) -> bool:
        return self.device(a) == self.device(b)


_LIBS: dict[str, _Lib] = {}


def _lib(kind: str | None, name: str, op: str) -> _Lib:
    if kind is None:  # callers check first; kept for a clear message
        raise TypeError(f"{name}.{op}: expected a CUDA device array")
    if kind == "other":
        raise TypeError(f"{name}.{op}: CUDA device arrays are supported from CuPy and PyTorch; "
                        f"convert this one (e.g. cupy.asarray or torch.from_dlpack)")
    if kind not in _LIBS:
        _LIBS[kind] = _CuPy() if kind == "cupy" else _Torch()
    return _LIBS[kind]


def _check_family(fam: Any, op: str) -> None:
    if not has_cuda():
        raise _no_build(fam.name, op)
    if not fam._core.cuda_supported:
        raise NotImplementedError(f"{fam.name}.{op}: this family has no CUDA device kernels in this build "
                                  f"(or its dimension D = {fam.dim} exceeds the device limit of 64); pass "
                                  f"NumPy arrays to compute on the CPU")


def _rows(lib: _Lib, arr: Any, lead: tuple[int, ...], batch: tuple[int, ...], width: int) -> Any:
    n = math.prod(batch)
    if lead == batch:
        return lib.contiguous(arr).reshape(n, width)
    if math.prod(lead) == 1:
        return lib.contiguous(arr).reshape(1, width)
    full = lib.broadcast_to(arr, batch + (() if arr.ndim == len(lead) else (width,)))
    return lib.contiguous(full).reshape(n, width)


def _mixed(fam: Any, op: str, items: list[tuple[str, Any]]) -> None:
    """TypeError unless every array argument is on the device and from one library."""
    kinds = {arg: device_kind(a) for arg, a in items}
    host = [arg for arg, k in kinds.items() if k is None]
    dev = [arg for arg, k in kinds.items() if k is not None]
    if host and dev:
        raise TypeError(f"{fam.name}.{op}: {', '.join(repr(d) for d in dev)} on a CUDA device but "
                        f"{', '.join(repr(h) for h in host)} in host memory; infogeom does not move "
                        f"data implicitly: put all arguments on the same side")
    libs = {str(kinds[a]) for a in dev}
    if len(libs) > 1:
        raise TypeError(f"{fam.name}.{op}: device arguments from different libraries ({', '.join(sorted(libs))}); "
                        f"convert them to one (e.g. with DLPack)")


# --------------------------------------------------------------------------- entry points
def unary(fam: Any, method: str, a: Any, arg: str, width: int, trailing: tuple[int, ...],
          validate: bool, op: str) -> Any:
    if method not in UNARY:
        raise unsupported(fam, op)
    _check_family(fam, op)
    lib = _lib(device_kind(a), fam.name, op)
    arr = lib.as_float(a, fam.name, op, arg)
    lead = fam._lead(arr, arg, op, width, False)
    n = math.prod(lead)
    rows = lib.contiguous(arr).reshape(n, width)
    dtype = lib.dtype_name(rows)
    ow = width if trailing else 1
    out = lib.empty((n, ow), dtype, rows)
    if n:
        fam._core.cuda_unary(method, lib.ptr(rows), rows.shape[0], lib.ptr(out), list(lead), dtype,
                             bool(validate), lib.device(rows), lib.stream(rows))
    return out.reshape(lead + trailing)


def pair(fam: Any, op: str, p: Any, q: Any, alpha: Any, validate: bool) -> Any:
    items = [("p", p), ("q", q)]
    scalar_alpha = alpha is not None and isinstance(alpha, numbers.Real) and not isinstance(alpha, bool)
    if alpha is not None and not scalar_alpha:
        items.append(("alpha", alpha))
    _mixed(fam, op, items)
    if op not in PAIR:
        raise unsupported(fam, op)
    _check_family(fam, op)
    lib = _lib(device_kind(p), fam.name, op)
    if not lib.same_device(p, q):
        raise ValueError(f"{fam.name}.{op}: p and q are on different CUDA devices")
    D = fam.dim
    pa = lib.as_float(p, fam.name, op, "p")
    qa = lib.as_float(q, fam.name, op, "q")
    dtype = "float64" if "float64" in (lib.dtype_name(pa), lib.dtype_name(qa)) else "float32"
    pa, qa = lib.cast(pa, dtype), lib.cast(qa, dtype)
    pl = fam._lead(pa, "p", op, D, False)
    ql = fam._lead(qa, "q", op, D, False)
    leads = [("p", pl), ("q", ql)]
    aa = None
    if alpha is not None:
        aa = lib.scalar(float(alpha), dtype, pa).reshape(()) if scalar_alpha else \
            lib.cast(lib.as_float(alpha, fam.name, op, "alpha"), dtype)
        leads.append(("alpha", tuple(aa.shape)))
    batch = fam._broadcast(op, *leads)
    pr, qr = _rows(lib, pa, pl, batch, D), _rows(lib, qa, ql, batch, D)
    n = math.prod(batch)
    out = lib.empty((n,), dtype, pr)
    a_ptr, a_rows = 0, 0
    if aa is not None:
        ar = _rows(lib, aa.reshape(tuple(aa.shape) + (1,)), tuple(aa.shape), batch, 1)
        a_ptr, a_rows = lib.ptr(ar), ar.shape[0]
    if n:
        fam._core.cuda_pair(op, lib.ptr(pr), pr.shape[0], lib.ptr(qr), qr.shape[0], a_ptr, a_rows,
                            lib.ptr(out), list(batch), dtype, bool(validate), lib.device(pr),
                            lib.stream(pr))
    return out.reshape(batch)


def _pair_matrices(fam: Any, op: str, P: Any, Q: Any) -> tuple[_Lib, Any, Any, str]:
    _mixed(fam, op, [("P", P), ("Q", Q)])
    _check_family(fam, op)
    lib = _lib(device_kind(P), fam.name, op)
    if not lib.same_device(P, Q):
        raise ValueError(f"{fam.name}.{op}: P and Q are on different CUDA devices")
    arrs = []
    for arg, a in (("P", P), ("Q", Q)):
        arr = lib.as_float(a, fam.name, op, arg)
        if arr.ndim != 2 or arr.shape[1] != fam.dim:
            raise ValueError(f"{fam.name}.{op}: argument '{arg}' must be a 2-D array of shape "
                             f"(n, {fam.dim}) (natural parameters, one row per distribution), "
                             f"got shape {tuple(arr.shape)}")
        arrs.append(arr)
    dtype = "float64" if "float64" in (lib.dtype_name(arrs[0]), lib.dtype_name(arrs[1])) else "float32"
    p, q = (lib.contiguous(lib.cast(a, dtype)) for a in arrs)
    return lib, p, q, dtype


def pairwise(fam: Any, op: str, P: Any, Q: Any, div: str, alpha: float, out: Any, validate: bool) -> Any:
    if out is not None:
        _mixed(fam, op, [("P", P), ("Q", Q), ("out", out)])
    lib, p, q, dtype = _pair_matrices(fam, op, P, Q)
    N, M = p.shape[0], q.shape[0]
    if out is None:
        out = lib.empty((N, M), dtype, p)
    else:
        if device_kind(out) != lib.kind:
            raise TypeError(f"{fam.name}.{op}: argument 'out' must be a {lib.kind} device array like P and Q")
        if tuple(out.shape) != (N, M) or lib.dtype_name(out) != dtype or \
                not (lib.contiguous(out) is out if lib.kind == "torch" else out.flags.c_contiguous):
            raise ValueError(f"{fam.name}.{op}: argument 'out' must be a C-contiguous {dtype} array of "
                             f"shape {(N, M)}")
    if N and M:
        fam._core.cuda_pairwise(lib.ptr(p), N, lib.ptr(q), M, lib.ptr(out), M, dtype, div, alpha, op,
                                bool(validate), lib.device(p), lib.stream(p))
    return out


def knn(fam: Any, P: Any, Q: Any, k: int, div: str, alpha: float, validate: bool) -> tuple[Any, Any]:
    op = "knn"
    lib, p, q, dtype = _pair_matrices(fam, op, P, Q)
    N, M = p.shape[0], q.shape[0]
    if not 1 <= k <= M:
        raise ValueError(f"{fam.name}.knn: k must satisfy 1 <= k <= M = {M} (the number of rows "
                         f"of Q), got k = {k}")
    idx = lib.empty((N, k), "int64", p)
    val = lib.empty((N, k), dtype, p)
    if N:
        fam._core.cuda_knn(lib.ptr(p), N, lib.ptr(q), M, k, lib.ptr(idx), lib.ptr(val), dtype, div,
                           alpha, op, bool(validate), lib.device(p), lib.stream(p))
    return idx, val

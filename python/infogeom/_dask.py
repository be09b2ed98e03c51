"""Dask arrays in, Dask arrays out: the divergences run blockwise with the compiled kernels.

A family method given a Dask array (``type(x).__module__`` starts with ``"dask"``: detected
without importing Dask) returns a lazy Dask array whose every block is the in-memory method
applied to the matching blocks of the inputs, so results are identical to the in-memory ones
and scale from a laptop's threads to a ``dask.distributed`` cluster:

- elementwise divergences (``fam.kl(p, q)``, ``renyi(p, q, alpha)``, ...): the leading axes
  broadcast and are chunked as Dask chooses; the last axis (D) is rechunked to one chunk;
- ``fam.pairwise_kl(P, Q)`` / ``fam.pairwise(P, Q, ...)``: an (N, M) array whose block (i, j) is
  the in-memory pairwise matrix of row-chunk i of P against row-chunk j of Q;
- ``fam.knn(P, Q, k)``: row-chunked over P; Q may be in memory or a Dask array, in which case each
  P chunk takes the top-k of every Q chunk and merges them (ties to the lower index, NaN last,
  exactly as the in-memory engine orders them).

Domain checks run inside the tasks: a bad row raises ``ValueError`` at ``compute()`` time, with
an index relative to its block.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from ._family import ExponentialFamily

__all__ = ["is_dask", "any_dask"]


def is_dask(x: object) -> bool:
    """True for Dask collections (checked by module name, so Dask is never imported here)."""
    return type(x).__module__.startswith("dask")


def any_dask(*xs: object) -> bool:
    return any(is_dask(x) for x in xs)


def _da() -> Any:
    try:
        import dask.array as da
    except ImportError as err:  # pragma: no cover - a Dask array implies Dask is installed
        raise ImportError("infogeom: Dask inputs need the 'dask' extra "
                          "(pip install 'infogeom[dask]')") from err
    return da


def _result_dtype(fam: ExponentialFamily, op: str, *items: tuple[str, Any]) -> np.dtype[Any]:
    """The dtype the in-memory method would return, with its TypeError for bad dtypes, eagerly."""
    dts = [fam._float(np.empty(0, dtype=x.dtype), arg, op).dtype for arg, x in items]
    return np.dtype(np.result_type(*dts))


def _as_dask(x: Any) -> Any:
    da = _da()
    return x if is_dask(x) else da.asarray(np.asarray(x))


def _check_last(fam: ExponentialFamily, op: str, arg: str, x: Any) -> None:
    if x.ndim == 0 or x.shape[-1] != fam.dim:
        raise ValueError(f"{fam.name}.{op}: argument '{arg}' must have a last axis of length "
                         f"{fam.dim}, got shape {x.shape}")


# ---------------------------------------------------------------------- elementwise divergences
def _pair_block(p: np.ndarray, q: np.ndarray, *rest: np.ndarray, fam: ExponentialFamily, op: str,
                validate: bool) -> np.ndarray:
    res = getattr(fam, op)(p, q, *rest, validate=validate)
    if op == "chernoff_information":
        return np.stack([np.asarray(res[0]), np.asarray(res[1])], axis=-1)
    return np.asarray(res)


def pair(fam: ExponentialFamily, op: str, p: Any, q: Any, alpha: Any, validate: bool) -> Any:
    """Lazy elementwise divergence ``op`` of Dask (or mixed) arrays; see the module docstring.

    ``chernoff_information`` returns a tuple (value, alpha_star) of Dask arrays."""
    da = _da()
    pd, qd = _as_dask(p), _as_dask(q)
    dtype = _result_dtype(fam, op, ("p", pd), ("q", qd))  # alpha follows p and q, as in memory
    ad = None
    if alpha is not None:
        ad = _as_dask(alpha)
        _result_dtype(fam, op, ("alpha", ad))
    _check_last(fam, op, "p", pd)
    _check_last(fam, op, "q", qd)
    D = fam.dim
    leads = [("p", tuple(pd.shape[:-1])), ("q", tuple(qd.shape[:-1]))]
    if ad is not None:
        leads.append(("alpha", tuple(ad.shape)))
    batch = fam._broadcast(op, *leads)
    nb = len(batch)
    if nb >= len(string.ascii_lowercase) - 2:
        raise ValueError(f"{fam.name}.{op}: too many batch axes for a Dask computation ({nb})")
    ind = string.ascii_lowercase[:nb]
    pd = da.broadcast_to(pd.astype(dtype), batch + (D,)).rechunk({nb: -1})
    qd = da.broadcast_to(qd.astype(dtype), batch + (D,)).rechunk({nb: -1})
    args: list[Any] = [pd, ind + "z", qd, ind + "z"]
    if ad is not None:
        args += [da.broadcast_to(ad.astype(dtype), batch), ind]
    if op == "chernoff_information":
        res = da.blockwise(_pair_block, ind + "y", *args, new_axes={"y": 2}, dtype=dtype,
                           concatenate=True, fam=fam, op=op, validate=validate)
        return res[..., 0], res[..., 1]
    return da.blockwise(_pair_block, ind, *args, dtype=dtype, concatenate=True,
                        fam=fam, op=op, validate=validate)


# ---------------------------------------------------------------------- pairwise matrices
def _rows2d(fam: ExponentialFamily, op: str, arg: str, x: Any, dtype: np.dtype[Any]) -> Any:
    if x.ndim != 2 or x.shape[1] != fam.dim:
        raise ValueError(f"{fam.name}.{op}: argument '{arg}' must be a 2-D array of shape "
                         f"(n, {fam.dim}) (natural parameters, one row per distribution), "
                         f"got shape {x.shape}")
    return x.astype(dtype).rechunk({1: -1})


def _pairwise_block(p: np.ndarray, q: np.ndarray, *, fam: ExponentialFamily, divergence: str,
                    alpha: float | None, validate: bool) -> np.ndarray:
    return fam.pairwise(p, q, divergence, alpha, validate=validate)


def pairwise(fam: ExponentialFamily, op: str, P: Any, Q: Any, divergence: str, alpha: Any,
             out: Any, validate: bool) -> Any:
    """Lazy (N, M) divergence matrix; block (i, j) = in-memory pairwise of P chunk i, Q chunk j."""
    da = _da()
    if out is not None:
        raise ValueError(f"{fam.name}.{op}: argument 'out' is not supported with Dask inputs; "
                         f"write the lazy result with dask.array.store(result, out)")
    fam._divergence_args(divergence, alpha, op)  # eager argument checks
    Pd, Qd = _as_dask(P), _as_dask(Q)
    dtype = _result_dtype(fam, op, ("P", Pd), ("Q", Qd))
    Pd = _rows2d(fam, op, "P", Pd, dtype)
    Qd = _rows2d(fam, op, "Q", Qd, dtype)
    return da.blockwise(_pairwise_block, "ij", Pd, "ik", Qd, "jk", dtype=dtype, concatenate=True,
                        fam=fam, divergence=divergence, alpha=alpha, validate=validate)


# ---------------------------------------------------------------------- k nearest neighbours
def _knn_block(p: np.ndarray, q: np.ndarray, offset: int, k: int, fam: ExponentialFamily,
               divergence: str, alpha: float | None, validate: bool) -> tuple[np.ndarray, np.ndarray]:
    kk = min(k, q.shape[0])
    idx, val = fam.knn(p, q, kk, divergence, alpha, validate=validate)
    return idx + offset, val


def _knn_merge(parts: list[tuple[np.ndarray, np.ndarray]], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k of the per-Q-chunk candidates; sorted by value, ties to the lower index, NaN last."""
    idx = np.concatenate([p[0] for p in parts], axis=1)
    val = np.concatenate([p[1] for p in parts], axis=1)
    nan = np.isnan(val)
    order = np.lexsort((idx, np.where(nan, 0, val), nan), axis=1)[:, :k]
    return np.take_along_axis(idx, order, axis=1), np.take_along_axis(val, order, axis=1)


def _pick(t: tuple[np.ndarray, np.ndarray], i: int) -> np.ndarray:
    return t[i]


def knn(fam: ExponentialFamily, P: Any, Q: Any, k: int, divergence: str, alpha: Any,
        validate: bool) -> tuple[Any, Any]:
    """Lazy (indices, values), each (N, k), row-chunked over P; see the module docstring."""
    import numbers

    import dask

    da = _da()
    op = "knn"
    fam._divergence_args(divergence, alpha, op)
    if isinstance(k, bool) or not isinstance(k, numbers.Integral):
        raise TypeError(f"{fam.name}.knn: k must be an integer, got {k!r}")
    k = int(k)
    Pd = _as_dask(P)
    q_lazy = is_dask(Q)
    Qa = Q if q_lazy else np.asarray(Q)
    dtype = _result_dtype(fam, op, ("P", Pd), ("Q", Qa))
    Pd = _rows2d(fam, op, "P", Pd, dtype)
    if q_lazy:
        Qd = _rows2d(fam, op, "Q", Qa, dtype)
        q_blocks = list(Qd.to_delayed().ravel())
        q_sizes = list(Qd.chunks[0])
    else:
        if Qa.ndim != 2 or Qa.shape[1] != fam.dim:
            _rows2d(fam, op, "Q", da.asarray(Qa), dtype)  # raises the shape error
        q_blocks = [dask.delayed(np.ascontiguousarray(Qa, dtype=dtype), pure=True)]
        q_sizes = [Qa.shape[0]]
    M = int(sum(q_sizes))
    if not 1 <= k <= M:
        raise ValueError(f"{fam.name}.knn: k must satisfy 1 <= k <= M = {M} (the number of rows "
                         f"of Q), got k = {k}")
    offsets = np.concatenate([[0], np.cumsum(q_sizes)[:-1]]).astype(int).tolist()
    block = dask.delayed(_knn_block, pure=True)
    merge = dask.delayed(_knn_merge, pure=True)
    pick = dask.delayed(_pick, pure=True)
    idx_parts, val_parts = [], []
    for pb, n in zip(Pd.to_delayed().ravel(), Pd.chunks[0]):
        parts = [block(pb, qb, off, k, fam, divergence, alpha, validate)
                 for qb, off, m in zip(q_blocks, offsets, q_sizes) if m > 0]
        res = parts[0] if len(parts) == 1 else merge(parts, k)
        idx_parts.append(da.from_delayed(pick(res, 0), shape=(n, k), dtype=np.int64))
        val_parts.append(da.from_delayed(pick(res, 1), shape=(n, k), dtype=dtype))
    return da.concatenate(idx_parts, axis=0), da.concatenate(val_parts, axis=0)

"""Classic Riemannian manifolds: SPD matrices, hyperbolic space, the sphere.

Every method takes points (and tangent vectors) with any leading batch shape, broadcasting as in
NumPy: ``SPD(n)`` points have shape ``(..., n, n)``, ``PoincareBall(dim)`` and ``HalfPlane(dim)``
points ``(..., dim)``, ``Sphere(n)`` points ``(..., n + 1)``. float32 input (all array arguments
float32) is computed in float32 out (internally in double, rounded once), integers become float64;
complex or object input raises ``TypeError``. Points outside the manifold raise ``ValueError``
naming the manifold, the operation, the argument and the first offending batch index
(``validate=False`` skips the checks). NaN in gives NaN out. ``geodesic(x, y, t)`` with ``t`` of
shape ``(T,)`` returns ``(..., T, *point_shape)`` (a scalar ``t`` gives ``(..., *point_shape)``).

They are the Fisher–Rao geometries of classical families:

* normal N(μ, σ²): ``FR = √2 · HalfPlane().dist((μ₁/√2, σ₁), (μ₂/√2, σ₂))``;
* categorical p: ``FR = 2 · Sphere(k − 1).dist(√p, √q)``;
* zero-mean normal N(0, Σ): ``FR = SPD(n).dist(Σ₁, Σ₂) / √2``.

>>> import numpy as np
>>> import infogeom as ig
>>> H = ig.manifolds.HalfPlane()
>>> round(float(np.sqrt(2) * H.dist([0.0, 1.0], [0.0, np.e])), 12)   # FR(N(0,1), N(0,e²)) = √2
1.414213562373
>>> S = ig.manifolds.Sphere(2)
>>> round(float(S.dist([1.0, 0.0, 0.0], [0.0, 1.0, 0.0])), 12)
1.570796326795
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple, Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

from . import _core

__all__ = ["SPD", "PoincareBall", "HalfPlane", "Sphere", "KarcherInfo"]

_REJECTED_KINDS = {"c": "complex", "O": "object", "U": "str", "S": "bytes", "V": "void",
                   "M": "datetime64", "m": "timedelta64"}


class KarcherInfo(NamedTuple):
    """Convergence report of :meth:`SPD.karcher_mean`, one entry per mean (batch shape).

    ``iterations``: Newton (or fallback gradient) steps taken; ``grad_norm``: Riemannian norm ‖Σ wᵢ Log_M(Aᵢ)‖_M at the
    result; ``converged``: ``grad_norm ≤ tol · max(1, rms distance to the points)``.
    """

    iterations: NDArray[np.int64]
    grad_norm: NDArray[np.float64]
    converged: NDArray[np.bool_]


def _to_float(a: Any, where: str, arg: str) -> tuple[np.ndarray, bool]:
    """The array as float32/float64, and whether it was a Python scalar (weakly typed)."""
    weak = isinstance(a, (int, float)) and not isinstance(a, bool)
    arr = np.asarray(a)
    kind = arr.dtype.kind
    if kind in _REJECTED_KINDS:
        raise TypeError(f"{where}: argument '{arg}' has {_REJECTED_KINDS[kind]} dtype {arr.dtype}; "
                        "expected real numbers")
    if arr.dtype == np.float64 or arr.dtype == np.float32:
        if not arr.dtype.isnative:
            arr = arr.astype(arr.dtype.newbyteorder("="))
        return arr, weak
    if arr.dtype == np.float16:
        return arr.astype(np.float32), weak
    return arr.astype(np.float64), weak


class _Manifold:
    """Front end shared by the manifolds: broadcasting, dtypes, flattening to rows."""

    _core: Any
    _name: str

    def _event(self) -> tuple[int, ...]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"ig.manifolds.{self._name}"

    def _run(self, op: str, args: Sequence[tuple[Any, str, bool]], out_event: tuple[int, ...],
             t: Any = None, validate: bool = True) -> Any:
        """Calls the compiled ``op``. ``args``: (value, name, is_scalar_argument)."""
        where = f"{self._name}.{op}"
        ev = self._event()
        arrs: list[np.ndarray] = []
        leads: list[tuple[int, ...]] = []
        strong: list[np.dtype[Any]] = []
        for value, name, scalar in args:
            arr, weak = _to_float(value, where, name)
            k = 0 if scalar else len(ev)
            if arr.ndim < k or arr.shape[arr.ndim - k:] != ev[:k]:
                raise ValueError(f"{where}: shape mismatch: argument '{name}' must have shape "
                                 f"(..., {', '.join(map(str, ev))}), got {arr.shape}")
            arrs.append(arr)
            leads.append(arr.shape[:arr.ndim - k])
            if not weak:
                strong.append(arr.dtype)
        try:
            batch = np.broadcast_shapes(*leads)
        except ValueError:
            raise ValueError(f"{where}: shape mismatch: leading shapes "
                             f"{', '.join(map(str, leads))} do not broadcast") from None
        dt = np.float32 if strong and all(d == np.float32 for d in strong) else np.float64
        rows = math.prod(batch)
        flat: list[np.ndarray] = []
        arg_batches: list[list[int]] = []
        for (value, name, scalar), arr, lead in zip(args, arrs, leads):
            k = 0 if scalar else len(ev)
            w = 1 if scalar else math.prod(ev)
            arr = arr.astype(dt, copy=False)
            if math.prod(lead) == 1 and rows != 1:
                # one point for the whole batch: passed once (its own index in messages)
                flat.append(np.ascontiguousarray(arr).reshape(1, w))
                arg_batches.append(list(lead))
            else:
                full = np.broadcast_to(arr, batch + arr.shape[arr.ndim - k:])
                flat.append(np.ascontiguousarray(full).reshape(rows, w))
                arg_batches.append(list(batch))
        t_arr = None
        scalar_t = False
        if t is not None:
            ta, _ = _to_float(t, where, "t")
            if ta.ndim > 1:
                raise ValueError(f"{where}: argument 't' must be a scalar or a 1-D array of times, "
                                 f"got shape {ta.shape}")
            scalar_t = ta.ndim == 0
            t_arr = np.ascontiguousarray(ta.reshape(-1), dtype=dt)
        out = getattr(self._core, op)(flat, t_arr, list(batch), arg_batches, validate)
        if t_arr is not None:
            shape = batch if scalar_t else batch + (t_arr.shape[0],)
            out = out.reshape(shape + out_event)
        else:
            out = out.reshape(batch + out_event)
        return out[()] if out.ndim == 0 else out

    # ---- operations every manifold has (names of the arguments set per manifold)
    def _dist(self, x: ArrayLike, y: ArrayLike, names: tuple[str, str], validate: bool) -> Any:
        return self._run("dist", [(x, names[0], False), (y, names[1], False)], (), validate=validate)

    def _log(self, x: ArrayLike, y: ArrayLike, names: tuple[str, str], validate: bool) -> Any:
        return self._run("log", [(x, names[0], False), (y, names[1], False)], self._event(),
                         validate=validate)

    def _exp(self, x: ArrayLike, v: ArrayLike, name: str, validate: bool) -> Any:
        return self._run("exp", [(x, name, False), (v, "v", False)], self._event(), validate=validate)

    def _geodesic(self, x: ArrayLike, y: ArrayLike, t: ArrayLike, names: tuple[str, str],
                  validate: bool) -> Any:
        return self._run("geodesic", [(x, names[0], False), (y, names[1], False)], self._event(),
                         t=t, validate=validate)

    def _inner(self, x: ArrayLike, u: ArrayLike, v: ArrayLike, name: str, validate: bool) -> Any:
        return self._run("inner", [(x, name, False), (u, "u", False), (v, "v", False)], (),
                         validate=validate)

    def _norm(self, x: ArrayLike, v: ArrayLike, name: str, validate: bool) -> Any:
        return self._run("norm", [(x, name, False), (v, "v", False)], (), validate=validate)

    def _transport(self, x: ArrayLike, y: ArrayLike, v: ArrayLike, names: tuple[str, str],
                   validate: bool) -> Any:
        return self._run("parallel_transport", [(x, names[0], False), (y, names[1], False),
                                                (v, "v", False)], self._event(), validate=validate)


# ---------------------------------------------------------------------------------------------
class SPD(_Manifold):
    """Symmetric positive definite n×n matrices with the affine-invariant metric
    ⟨U, V⟩_A = tr(A⁻¹U A⁻¹V) (Pennec, Fillard & Ayache 2006), plus the log-Euclidean distance and
    mean (Arsigny et al. 2007).

    Points: ``(..., n, n)`` symmetric positive definite (checked: symmetric to 8nε·max|aᵢⱼ| and a
    successful Cholesky factorization); tangent vectors: ``(..., n, n)`` symmetric.

    * ``dist(a, b) = ‖log(A^{-1/2} B A^{-1/2})‖_F = sqrt(Σ log²λᵢ)``, λ the eigenvalues of the
      pencil (B, A), computed as 1 + μ with μ the eigenvalues of L⁻¹(B − A)L⁻ᵀ (A = LLᵀ) and
      log λ = log1p(μ): full relative accuracy for B ≈ A.
      ``dist(a, b, metric="log_euclidean")`` is ``log_euclidean_dist(a, b) = ‖logm A − logm B‖_F``.
    * ``exp(a, v) = A^{1/2} expm(A^{-1/2} V A^{-1/2}) A^{1/2}``, ``log(a, b)`` its inverse,
      ``geodesic(a, b, t) = A^{1/2} (A^{-1/2} B A^{-1/2})^t A^{1/2}``,
      ``parallel_transport(a, b, v) = E V Eᵀ`` with E = (BA⁻¹)^{1/2} (Sra & Hosseini 2015),
      ``inner(a, u, v)``, ``norm(a, v)``.
    * ``karcher_mean(a, weights)``, ``log_euclidean_mean(a, weights)``: means over axis −3 of
      ``a`` of shape ``(..., m, n, n)``.

    Zero-mean normals: Fisher–Rao(N(0, Σ₁), N(0, Σ₂)) = ``SPD(n).dist(Σ₁, Σ₂) / √2``.

    >>> import numpy as np, infogeom as ig
    >>> M = ig.manifolds.SPD(2)
    >>> A, B = np.eye(2), np.diag([np.e, 1 / np.e])
    >>> round(float(M.dist(A, B)), 12)           # sqrt(1² + (−1)²)
    1.414213562373
    >>> np.allclose(M.exp(A, M.log(A, B)), B)
    True
    >>> M.geodesic(A, B, np.linspace(0, 1, 5)).shape
    (5, 2, 2)
    """

    def __init__(self, n: int) -> None:
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
            raise ValueError(f"SPD: n must be a positive integer, got {n!r}")
        self.n = int(n)
        self._core = _core.manifolds.SPD(self.n)
        self._name = f"SPD({self.n})"

    def _event(self) -> tuple[int, ...]:
        return (self.n, self.n)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SPD) and other.n == self.n

    def __hash__(self) -> int:
        return hash(("SPD", self.n))

    def dist(self, a: ArrayLike, b: ArrayLike, *, metric: str = "affine_invariant",
             validate: bool = True) -> Any:
        """Distance between ``a`` and ``b`` (``(..., n, n)`` each, broadcasting) → ``(...)``.

        ``metric="affine_invariant"`` (default) or ``"log_euclidean"``.
        """
        if metric == "log_euclidean":
            return self.log_euclidean_dist(a, b, validate=validate)
        if metric != "affine_invariant":
            raise ValueError(f"{self._name}.dist: metric must be 'affine_invariant' or "
                             f"'log_euclidean', got {metric!r}")
        return self._dist(a, b, ("a", "b"), validate)

    def log(self, a: ArrayLike, b: ArrayLike, *, validate: bool = True) -> Any:
        """Log_A(B) = A^{1/2} logm(A^{-1/2} B A^{-1/2}) A^{1/2}: ``(..., n, n)``."""
        return self._log(a, b, ("a", "b"), validate)

    def exp(self, a: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """Exp_A(V) = A^{1/2} expm(A^{-1/2} V A^{-1/2}) A^{1/2}, V symmetric: ``(..., n, n)``."""
        return self._exp(a, v, "a", validate)

    def geodesic(self, a: ArrayLike, b: ArrayLike, t: ArrayLike, *, validate: bool = True) -> Any:
        """γ(t) = A^{1/2}(A^{-1/2} B A^{-1/2})^t A^{1/2}; t of shape (T,) → ``(..., T, n, n)``."""
        return self._geodesic(a, b, t, ("a", "b"), validate)

    def parallel_transport(self, a: ArrayLike, b: ArrayLike, v: ArrayLike, *,
                           validate: bool = True) -> Any:
        """Transport of V ∈ T_A along the geodesic to B: E V Eᵀ, E = (BA⁻¹)^{1/2}."""
        return self._transport(a, b, v, ("a", "b"), validate)

    def inner(self, a: ArrayLike, u: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """⟨U, V⟩_A = tr(A⁻¹U A⁻¹V) → ``(...)``."""
        return self._inner(a, u, v, "a", validate)

    def norm(self, a: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """‖V‖_A = ‖A^{-1/2} V A^{-1/2}‖_F → ``(...)``."""
        return self._norm(a, v, "a", validate)

    def log_euclidean_dist(self, a: ArrayLike, b: ArrayLike, *, validate: bool = True) -> Any:
        """‖logm A − logm B‖_F → ``(...)`` (absolute accuracy ~ε·max|log λ|)."""
        return self._run("log_euclidean_dist", [(a, "a", False), (b, "b", False)], (),
                         validate=validate)

    def _mean_args(self, op: str, a: ArrayLike, weights: ArrayLike | None
                   ) -> tuple[np.ndarray, np.ndarray, tuple[int, ...]]:
        where = f"{self._name}.{op}"
        arr, _ = _to_float(a, where, "a")
        n = self.n
        if arr.ndim < 3 or arr.shape[-2:] != (n, n):
            raise ValueError(f"{where}: shape mismatch: argument 'a' must have shape "
                             f"(..., m, {n}, {n}), got {arr.shape}")
        if weights is None:
            w = np.ones(arr.shape[:-2], dtype=arr.dtype)
        else:
            w, _ = _to_float(weights, where, "weights")
            try:
                lead = np.broadcast_shapes(arr.shape[:-2], w.shape)
            except ValueError:
                raise ValueError(f"{where}: shape mismatch: weights of shape {w.shape} do not "
                                 f"broadcast with the points' shape {arr.shape[:-2]}") from None
            if lead != arr.shape[:-2]:
                arr = np.broadcast_to(arr, lead + (n, n))
            w = np.broadcast_to(w, lead)
            bad = ~(np.isnan(w) | ((w >= 0) & np.isfinite(w)))
            if bad.any():
                idx = np.unravel_index(int(np.argmax(bad)), w.shape)
                raise ValueError(f"{where}: weights at index [{', '.join(map(str, idx))}] must be "
                                 "finite and nonnegative")
            tot = w.sum(axis=-1)
            zero = ~(tot > 0) & ~np.isnan(tot)
            if zero.any():
                idx = np.unravel_index(int(np.argmax(zero)), zero.shape)
                raise ValueError(f"{where}: weights at index [{', '.join(map(str, idx))}] sum to "
                                 "zero")
        dt = arr.dtype  # the weights are coefficients: they do not set the precision
        batch = arr.shape[:-3]
        m = arr.shape[-3]
        if m < 1:
            raise ValueError(f"{where}: argument 'a' holds no matrices (axis -3 is empty)")
        rows = math.prod(batch)
        ar = np.ascontiguousarray(arr, dtype=dt).reshape(rows, m, n * n)
        wr = np.ascontiguousarray(w, dtype=dt).reshape(rows, m)
        return ar, wr, batch

    def karcher_mean(self, a: ArrayLike, weights: ArrayLike | None = None, *,
                     tol: float | None = None, max_iter: int = 100, return_info: bool = False,
                     validate: bool = True) -> Any:
        """Affine-invariant (Karcher/Fréchet) mean argmin_M Σ wᵢ d²(M, Aᵢ) over axis −3 of ``a``.

        ``a``: ``(..., m, n, n)``; ``weights``: ``(..., m)`` (broadcasting; nonnegative, not all
        zero; default equal), normalized to sum 1; the result has the dtype of ``a``.
        Riemannian Newton iteration from the log-Euclidean mean (exact Hessian of the squared
        distance, whose entries in the eigenbasis of each whitened point are (x/2)coth(x/2), solved
        by conjugate gradients; step halved while the cost increases; the gradient step
        M ← Exp_M(Σ wᵢ Log_M(Aᵢ)) of Pennec et al. (2006) as fallback): quadratic convergence,
        typically 2–5 iterations. Converged when ‖Σ wᵢ Log_M(Aᵢ)‖_M ≤ tol·max(1, rms distance),
        default ``tol = 128·n·2⁻⁵²`` (the iteration runs in double for float32 too); it also stops,
        not converged, after ``max_iter`` iterations or when 5 iterations in a row fail to halve
        the gradient norm (the rounding floor, about ε·cond of the points relative to the mean:
        pass a larger ``tol`` for points with condition numbers beyond ~1e6).

        Returns the mean ``(..., n, n)``, or ``(mean, KarcherInfo)`` with ``return_info=True``.
        Without ``return_info``, a mean that did not converge raises ``ValueError``.

        >>> import numpy as np, infogeom as ig
        >>> A = np.stack([np.diag([1.0, 4.0]), np.diag([4.0, 1.0])])
        >>> np.round(ig.manifolds.SPD(2).karcher_mean(A), 12)     # commuting: exp of mean log
        array([[2., 0.],
               [0., 2.]])
        """
        ar, wr, batch = self._mean_args("karcher_mean", a, weights)
        if tol is None:
            tol = 128.0 * self.n * float(np.finfo(np.float64).eps)
        if not (tol > 0):
            raise ValueError(f"{self._name}.karcher_mean: tol must be positive, got {tol!r}")
        if isinstance(max_iter, bool) or not isinstance(max_iter, (int, np.integer)) or max_iter < 0:
            raise ValueError(f"{self._name}.karcher_mean: max_iter must be a nonnegative integer")
        mean, iters, gnorm, conv = self._core.karcher_mean(ar, wr, list(batch), int(max_iter),
                                                           float(tol), validate)
        mean = mean.reshape(batch + (self.n, self.n))
        info = KarcherInfo(iters.reshape(batch), gnorm.reshape(batch), conv.reshape(batch))
        if return_info:
            return mean, info
        failed = ~info.converged & ~np.isnan(info.grad_norm)
        if np.any(failed):
            idx = np.unravel_index(int(np.argmax(failed)), failed.shape) if failed.ndim else ()
            at = f" at index [{', '.join(map(str, idx))}]" if idx else ""
            raise ValueError(f"{self._name}.karcher_mean: did not converge{at} in {max_iter} "
                             f"iterations (gradient norm {float(info.grad_norm[idx]):.3g}); "
                             "pass return_info=True to get the last iterate")
        return mean

    def log_euclidean_mean(self, a: ArrayLike, weights: ArrayLike | None = None, *,
                           validate: bool = True) -> Any:
        """expm(Σ wᵢ logm Aᵢ / Σ wᵢ) over axis −3 of ``a`` (``(..., m, n, n)``) → ``(..., n, n)``.

        >>> import numpy as np, infogeom as ig
        >>> A = np.stack([np.eye(2), np.diag([np.e ** 2, 1.0])])
        >>> np.allclose(ig.manifolds.SPD(2).log_euclidean_mean(A), np.diag([np.e, 1.0]))
        True
        """
        ar, wr, batch = self._mean_args("log_euclidean_mean", a, weights)
        out = self._core.log_euclidean_mean(ar, wr, list(batch), validate)
        return out.reshape(batch + (self.n, self.n))


# ---------------------------------------------------------------------------------------------
class PoincareBall(_Manifold):
    """Poincaré ball of curvature −c: points ``(..., dim)`` with c‖x‖² < 1, metric
    λ_x²‖dx‖², λ_x = 2/(1 − c‖x‖²). Gyrovector operations of Ungar (2008); exp/log maps and
    parallel transport of Ganea, Bécigneul & Hofmann (2018).

    * ``dist(x, y) = (2/√c) asinh(√c‖x − y‖ / √((1 − c‖x‖²)(1 − c‖y‖²)))`` (= (2/√c) artanh(√c‖(−x) ⊕ y‖),
      in a form exact for close points);
    * ``mobius_add(x, y)`` (x ⊕ y), ``mobius_scalar(r, x)`` (r ⊗ x, r of shape ``(...)``);
    * ``exp(x, v)``, ``log(x, y)``, ``geodesic(x, y, t)``, ``parallel_transport(x, y, v)``
      = (λ_x/λ_y) gyr[y, −x] v, ``inner(x, u, v)``, ``norm(x, v)``;
    * ``projx(x)``: radial projection into the ball of radius (1 − margin)/√c, margin 1e-5 for
      float64 and 4e-3 for float32 (any input, not only points);
    * ``to_halfplane(x)`` / ``from_halfplane(h)``: the Cayley transform to the upper half-space
      {h : h[..., -1] > 0} of the same curvature (its metric ‖dh‖²/(c h_d²), so that
      ``PoincareBall(d, c).dist(x, y) == HalfPlane(d).dist(to_halfplane(x), to_halfplane(y)) / √c``;
      for dim = 2 and c = 1, ``HalfPlane`` points (x, y)).

    >>> import numpy as np, infogeom as ig
    >>> B = ig.manifolds.PoincareBall(2)
    >>> x, y = np.array([0.1, 0.2]), np.array([-0.3, 0.4])
    >>> np.allclose(B.mobius_add(-x, B.mobius_add(x, y)), y)     # left cancellation
    True
    >>> H = ig.manifolds.HalfPlane()
    >>> bool(np.isclose(B.dist(x, y), H.dist(B.to_halfplane(x), B.to_halfplane(y))))
    True
    """

    def __init__(self, dim: int, c: float = 1.0) -> None:
        if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)) or dim < 1:
            raise ValueError(f"PoincareBall: dim must be a positive integer, got {dim!r}")
        c = float(c)
        if not (0 < c < math.inf):
            raise ValueError(f"PoincareBall: c must be positive and finite, got {c!r}")
        self.dim = int(dim)
        self.c = c
        self._core = _core.manifolds.PoincareBall(self.dim, c)
        self._name = f"PoincareBall({self.dim}, c={c:g})"

    def _event(self) -> tuple[int, ...]:
        return (self.dim,)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PoincareBall) and (other.dim, other.c) == (self.dim, self.c)

    def __hash__(self) -> int:
        return hash(("PoincareBall", self.dim, self.c))

    def dist(self, x: ArrayLike, y: ArrayLike, *, validate: bool = True) -> Any:
        """Geodesic distance → ``(...)``."""
        return self._dist(x, y, ("x", "y"), validate)

    def log(self, x: ArrayLike, y: ArrayLike, *, validate: bool = True) -> Any:
        """log_x(y) = (2/(√c λ_x)) artanh(√c‖(−x) ⊕ y‖) (−x) ⊕ y / ‖(−x) ⊕ y‖ → ``(..., dim)``."""
        return self._log(x, y, ("x", "y"), validate)

    def exp(self, x: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """exp_x(v) = x ⊕ (tanh(√c λ_x‖v‖/2) v/(√c‖v‖)) → ``(..., dim)``."""
        return self._exp(x, v, "x", validate)

    def geodesic(self, x: ArrayLike, y: ArrayLike, t: ArrayLike, *, validate: bool = True) -> Any:
        """exp_x(t log_x(y)); t of shape (T,) → ``(..., T, dim)``."""
        return self._geodesic(x, y, t, ("x", "y"), validate)

    def parallel_transport(self, x: ArrayLike, y: ArrayLike, v: ArrayLike, *,
                           validate: bool = True) -> Any:
        """(λ_x/λ_y) gyr[y, −x] v → ``(..., dim)``."""
        return self._transport(x, y, v, ("x", "y"), validate)

    def inner(self, x: ArrayLike, u: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """λ_x² u·v → ``(...)``."""
        return self._inner(x, u, v, "x", validate)

    def norm(self, x: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """λ_x ‖v‖ → ``(...)``."""
        return self._norm(x, v, "x", validate)

    def mobius_add(self, x: ArrayLike, y: ArrayLike, *, validate: bool = True) -> Any:
        """x ⊕ y = ((1 + 2c⟨x,y⟩ + c‖y‖²)x + (1 − c‖x‖²)y) / (1 + 2c⟨x,y⟩ + c²‖x‖²‖y‖²)."""
        return self._run("mobius_add", [(x, "x", False), (y, "y", False)], self._event(),
                         validate=validate)

    def mobius_scalar(self, r: ArrayLike, x: ArrayLike, *, validate: bool = True) -> Any:
        """r ⊗ x = (1/√c) tanh(r artanh(√c‖x‖)) x/‖x‖; r of shape ``(...)``."""
        return self._run("mobius_scalar", [(r, "r", True), (x, "x", False)], self._event(),
                         validate=validate)

    def projx(self, x: ArrayLike) -> Any:
        """Radial projection into the ball of radius (1 − margin)/√c → ``(..., dim)``."""
        return self._run("projx", [(x, "x", False)], self._event(), validate=False)

    def to_halfplane(self, x: ArrayLike, *, validate: bool = True) -> Any:
        """Cayley transform of √c·x to the upper half-space (last coordinate > 0)."""
        return self._run("to_halfplane", [(x, "x", False)], self._event(), validate=validate)

    def from_halfplane(self, h: ArrayLike, *, validate: bool = True) -> Any:
        """Inverse of :meth:`to_halfplane`: h ``(..., dim)`` with h[..., -1] > 0."""
        return self._run("from_halfplane", [(h, "h", False)], self._event(), validate=validate)


class HalfPlane(_Manifold):
    """Upper half-plane (``dim = 2``, points ``(..., 2)`` = (x, y), y > 0) or upper half-space
    {h ∈ R^dim : h[-1] > 0}, curvature −1, metric ‖dh‖²/h_d².

    * ``dist(p, q) = 2 asinh(‖p − q‖ / (2√(p_d q_d)))`` (= arccosh(1 + ‖p − q‖²/(2 p_d q_d)),
      full relative accuracy for close points);
    * ``exp(p, v)``, ``log(p, q)``, ``geodesic(p, q, t)``, ``inner(p, u, v) = u·v/p_d²``,
      ``norm(p, v)``;
    * ``to_ball(h)`` / ``from_ball(x)``: the Cayley transform to and from the unit Poincaré ball
      (``PoincareBall(dim).from_halfplane`` / ``to_halfplane``).

    Normal family: Fisher–Rao(N(μ₁, σ₁²), N(μ₂, σ₂²)) = ``√2 · HalfPlane().dist((μ₁/√2, σ₁), (μ₂/√2, σ₂))``.

    >>> import numpy as np, infogeom as ig
    >>> H = ig.manifolds.HalfPlane()
    >>> float(H.dist([0.0, 1.0], [1e-9, 1.0]))       # close points: full relative accuracy
    1e-09
    >>> np.allclose(H.exp([0.0, 1.0], H.log([0.0, 1.0], [3.0, 2.0])), [3.0, 2.0])
    True
    """

    def __init__(self, dim: int = 2) -> None:
        if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)) or dim < 1:
            raise ValueError(f"HalfPlane: dim must be a positive integer, got {dim!r}")
        self.dim = int(dim)
        self._core = _core.manifolds.HalfPlane(self.dim)
        self._name = "HalfPlane" if self.dim == 2 else f"HalfPlane(dim={self.dim})"

    def _event(self) -> tuple[int, ...]:
        return (self.dim,)

    def __repr__(self) -> str:
        return "ig.manifolds.HalfPlane()" if self.dim == 2 else f"ig.manifolds.{self._name}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HalfPlane) and other.dim == self.dim

    def __hash__(self) -> int:
        return hash(("HalfPlane", self.dim))

    def dist(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True) -> Any:
        """Geodesic distance → ``(...)``."""
        return self._dist(p, q, ("p", "q"), validate)

    def log(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True) -> Any:
        """log_p(q) → ``(..., dim)``; its Riemannian norm is dist(p, q)."""
        return self._log(p, q, ("p", "q"), validate)

    def exp(self, p: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """exp_p(v) → ``(..., dim)``."""
        return self._exp(p, v, "p", validate)

    def geodesic(self, p: ArrayLike, q: ArrayLike, t: ArrayLike, *, validate: bool = True) -> Any:
        """exp_p(t log_p(q)); t of shape (T,) → ``(..., T, dim)``."""
        return self._geodesic(p, q, t, ("p", "q"), validate)

    def inner(self, p: ArrayLike, u: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """u·v / p_d² → ``(...)``."""
        return self._inner(p, u, v, "p", validate)

    def norm(self, p: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """‖v‖ / p_d → ``(...)``."""
        return self._norm(p, v, "p", validate)

    def to_ball(self, h: ArrayLike, *, validate: bool = True) -> Any:
        """Cayley transform to the unit Poincaré ball → ``(..., dim)``."""
        return self._run("to_ball", [(h, "h", False)], self._event(), validate=validate)

    def from_ball(self, x: ArrayLike, *, validate: bool = True) -> Any:
        """Inverse of :meth:`to_ball`: x in the unit ball → ``(..., dim)``."""
        return self._run("from_ball", [(x, "x", False)], self._event(), validate=validate)


# ---------------------------------------------------------------------------------------------
class Sphere(_Manifold):
    """Unit sphere Sⁿ ⊂ Rⁿ⁺¹: points ``(..., n + 1)`` with ‖x‖ = 1 (checked:
    |‖x‖² − 1| ≤ (64 + 4(n + 1))ε of the input dtype), round metric (Absil, Mahony & Sepulchre 2008).

    * ``dist(x, y) = 2 atan2(‖x − y‖, ‖x + y‖)`` (accurate for close and nearly antipodal points);
    * ``exp(x, v) = cos‖v‖ x + sin‖v‖ v/‖v‖`` (v first projected onto the tangent space),
      ``log(x, y)``, ``geodesic(x, y, t)``, ``parallel_transport(x, y, v)`` along the minimizing
      geodesic (Edelman, Arias & Smith 1998), ``inner``, ``norm`` (Euclidean);
    * ``projx(x) = x/‖x‖``, ``to_tangent(x, v) = v − ⟨x, v⟩x``.
    Antipodal points (the cut locus) give NaN in log, geodesic and parallel_transport.

    Categorical family: Fisher–Rao(p, q) = ``2 · Sphere(k − 1).dist(√p, √q)``.

    >>> import numpy as np, infogeom as ig
    >>> S = ig.manifolds.Sphere(2)
    >>> x, y = np.array([1.0, 0.0, 0.0]), np.array([0.0, 0.0, 1.0])
    >>> g = S.geodesic(x, y, [0.0, 0.5, 1.0])
    >>> g.shape
    (3, 3)
    >>> np.allclose(g[1], [np.sqrt(0.5), 0.0, np.sqrt(0.5)])
    True
    """

    def __init__(self, n: int) -> None:
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
            raise ValueError(f"Sphere: n must be a positive integer, got {n!r}")
        self.n = int(n)
        self._core = _core.manifolds.Sphere(self.n)
        self._name = f"Sphere({self.n})"

    def _event(self) -> tuple[int, ...]:
        return (self.n + 1,)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sphere) and other.n == self.n

    def __hash__(self) -> int:
        return hash(("Sphere", self.n))

    def dist(self, x: ArrayLike, y: ArrayLike, *, validate: bool = True) -> Any:
        """Great-circle distance → ``(...)``."""
        return self._dist(x, y, ("x", "y"), validate)

    def log(self, x: ArrayLike, y: ArrayLike, *, validate: bool = True) -> Any:
        """log_x(y) → ``(..., n + 1)``, tangent at x, of norm dist(x, y)."""
        return self._log(x, y, ("x", "y"), validate)

    def exp(self, x: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """exp_x(v) → ``(..., n + 1)``."""
        return self._exp(x, v, "x", validate)

    def geodesic(self, x: ArrayLike, y: ArrayLike, t: ArrayLike, *, validate: bool = True) -> Any:
        """exp_x(t log_x(y)); t of shape (T,) → ``(..., T, n + 1)``."""
        return self._geodesic(x, y, t, ("x", "y"), validate)

    def parallel_transport(self, x: ArrayLike, y: ArrayLike, v: ArrayLike, *,
                           validate: bool = True) -> Any:
        """Transport of v (projected onto T_x) to T_y along the minimizing geodesic."""
        return self._transport(x, y, v, ("x", "y"), validate)

    def inner(self, x: ArrayLike, u: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """u·v → ``(...)``."""
        return self._inner(x, u, v, "x", validate)

    def norm(self, x: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """‖v‖ → ``(...)``."""
        return self._norm(x, v, "x", validate)

    def projx(self, x: ArrayLike) -> Any:
        """x/‖x‖ (NaN for x = 0) → ``(..., n + 1)``."""
        return self._run("projx", [(x, "x", False)], self._event(), validate=False)

    def to_tangent(self, x: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """v − ⟨x, v⟩x/‖x‖² → ``(..., n + 1)``."""
        return self._run("to_tangent", [(x, "x", False), (v, "v", False)], self._event(),
                         validate=validate)

"""Bregman divergences B_φ(x : y) = φ(x) − φ(y) − ⟨x − y, ∇φ(y)⟩ for classical generators.

Every generator object has ``divergence(x, y)`` (elementwise, NumPy broadcasting over the leading
axes) and ``pairwise(X, Y)`` (the N×M matrix B(X[i] : Y[j])), for float32 and float64 input
(float32 only when both arguments are float32). The compiled generators evaluate every divergence in
a form that forms x − y first, so near-identical points keep full relative accuracy.

>>> import numpy as np
>>> import infogeom as ig
>>> g = ig.bregman.ItakuraSaito()
>>> float(g.divergence([1.0, 2.0], [1.0, 2.0]))
0.0
>>> g.pairwise(np.ones((2, 3)), np.full((4, 3), 2.0)).shape
(2, 4)
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from . import _core

__all__ = [
    "SquaredEuclidean", "Mahalanobis", "GeneralizedKL", "ItakuraSaito", "LogDet", "Exponential",
    "FamilyGenerator",
]


def _float(a: ArrayLike, gen: str, op: str, arg: str) -> np.ndarray:
    arr = np.asarray(a)
    if arr.dtype.kind not in "biuf":
        raise ValueError(f"{gen}.{op}: argument '{arg}' must be a real array, got dtype {arr.dtype}")
    if arr.dtype not in (np.float32, np.float64):
        arr = arr.astype(np.float64)
    return arr


def _common(a: np.ndarray, b: np.ndarray) -> type:
    return np.float32 if a.dtype == np.float32 and b.dtype == np.float32 else np.float64


class _Compiled:
    """Shared front end of the compiled generators (event of ``_event_ndim`` trailing axes)."""

    _event_ndim = 1
    _name = ""

    def __init__(self, core: Any) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"ig.bregman.{self._name}()"

    def _n_of(self, arr: np.ndarray, op: str, arg: str) -> int:
        k = self._event_ndim
        if arr.ndim < k:
            raise ValueError(f"{self._name}.{op}: argument '{arg}' must have at least {k} "
                             f"dimension(s), got shape {arr.shape}")
        n = arr.shape[-1]
        if k == 2 and arr.shape[-2] != n:
            raise ValueError(f"{self._name}.{op}: argument '{arg}' must hold square matrices, "
                             f"got shape {arr.shape}")
        if n < 1:
            raise ValueError(f"{self._name}.{op}: argument '{arg}' has an empty event axis")
        return int(n)

    def _event(self, n: int) -> tuple[int, ...]:
        return (n,) * self._event_ndim

    def divergence(self, x: ArrayLike, y: ArrayLike, *, validate: bool = True) -> Any:
        """B(x : y), broadcasting over the leading axes; see the class docstring for φ."""
        op = "divergence"
        xa, ya = _float(x, self._name, op, "x"), _float(y, self._name, op, "y")
        nx, ny = self._n_of(xa, op, "x"), self._n_of(ya, op, "y")
        if nx != ny:
            raise ValueError(f"{self._name}.{op}: shape mismatch: x has event shape "
                             f"{self._event(nx)}, y has {self._event(ny)}")
        k = self._event_ndim
        try:
            batch = np.broadcast_shapes(xa.shape[:xa.ndim - k], ya.shape[:ya.ndim - k])
        except ValueError:
            raise ValueError(f"{self._name}.{op}: shape mismatch: leading shapes "
                             f"{xa.shape[:xa.ndim - k]} and {ya.shape[:ya.ndim - k]} do not "
                             "broadcast") from None
        dt = _common(xa, ya)
        ev = self._event(nx)
        w = int(np.prod(ev))
        rows = int(np.prod(batch))
        xr: np.ndarray = np.ascontiguousarray(np.broadcast_to(xa.astype(dt, copy=False), batch + ev)).reshape(rows, w)
        yr: np.ndarray = np.ascontiguousarray(np.broadcast_to(ya.astype(dt, copy=False), batch + ev)).reshape(rows, w)
        out = self._core.divergence(xr, yr, nx, list(batch), validate)
        out = out.reshape(batch)
        return out[()] if out.ndim == 0 else out

    def pairwise(self, X: ArrayLike, Y: ArrayLike, *, validate: bool = True) -> np.ndarray:
        """The (N, M) matrix B(X[i] : Y[j]); X has shape (N, *event), Y (M, *event).

        SquaredEuclidean, Mahalanobis, GeneralizedKL and ItakuraSaito use a GEMM form
        B_ij = a_i + b_j + u_i·v_j; every entry not above 2⁻⁶ × (sum of the magnitudes of its terms)
        is recomputed elementwise, so the result matches ``divergence`` to ~2⁶(n + 2)ε relative.
        LogDet and Exponential use parallel direct loops.
        """
        op = "pairwise"
        Xa, Ya = _float(X, self._name, op, "X"), _float(Y, self._name, op, "Y")
        k = self._event_ndim
        for arr, arg in ((Xa, "X"), (Ya, "Y")):
            if arr.ndim != k + 1:
                raise ValueError(f"{self._name}.{op}: argument '{arg}' must have {k + 1} "
                                 f"dimensions (points, *event), got shape {arr.shape}")
        nx, ny = self._n_of(Xa, op, "X"), self._n_of(Ya, op, "Y")
        if nx != ny:
            raise ValueError(f"{self._name}.{op}: shape mismatch: X has event shape "
                             f"{self._event(nx)}, Y has {self._event(ny)}")
        dt = _common(Xa, Ya)
        w = int(np.prod(self._event(nx)))
        Xr: np.ndarray = np.ascontiguousarray(Xa, dtype=dt).reshape(Xa.shape[0], w)
        Yr: np.ndarray = np.ascontiguousarray(Ya, dtype=dt).reshape(Ya.shape[0], w)
        return np.asarray(self._core.pairwise(Xr, Yr, nx, validate))

    def phi(self, x: ArrayLike, *, validate: bool = True) -> Any:
        """The generator φ(x), over the leading axes."""
        xa = _float(x, self._name, "phi", "x")
        n = self._n_of(xa, "phi", "x")
        k = self._event_ndim
        batch = xa.shape[:xa.ndim - k]
        rows = int(np.prod(batch))
        xr = np.ascontiguousarray(xa).reshape(rows, int(np.prod(self._event(n))))
        out = self._core.phi(xr, n, list(batch), validate).reshape(batch)
        return out[()] if out.ndim == 0 else out


class SquaredEuclidean(_Compiled):
    """Squared Euclidean generator φ(x) = ½‖x‖², B(x : y) = ½‖x − y‖².

    Shapes: ``divergence(x, y)``: x (..., n), y (..., n) broadcasting → (...);
    ``pairwise(X, Y)``: X (N, n), Y (M, n) → (N, M).

    >>> import infogeom as ig
    >>> float(ig.bregman.SquaredEuclidean().divergence([0.0, 0.0], [3.0, 4.0]))
    12.5
    """

    _name = "SquaredEuclidean"

    def __init__(self) -> None:
        super().__init__(_core.bregman.SquaredEuclidean())


class Mahalanobis(_Compiled):
    """Mahalanobis generator φ(x) = ½ xᵀAx for a symmetric positive semidefinite (d, d) matrix A;
    B(x : y) = ½ (x − y)ᵀA(x − y), evaluated as ½‖G(x − y)‖² with A = GᵀG (so B ≥ 0 exactly).

    Shapes: x (..., d), y (..., d) → (...); pairwise X (N, d), Y (M, d) → (N, M).
    Raises ValueError if A is not square, not symmetric or not positive semidefinite.

    >>> import numpy as np, infogeom as ig
    >>> g = ig.bregman.Mahalanobis(np.diag([2.0, 8.0]))
    >>> round(float(g.divergence([1.0, 1.0], [0.0, 0.0])), 12)
    5.0
    """

    _name = "Mahalanobis"

    def __init__(self, A: ArrayLike) -> None:
        a = np.asarray(A, dtype=np.float64)
        if a.ndim != 2 or a.shape[0] != a.shape[1] or a.shape[0] < 1:
            raise ValueError(f"Mahalanobis: argument 'A' must be a non-empty square matrix, "
                             f"got shape {a.shape}")
        try:
            core = _core.bregman.Mahalanobis(a)
        except (ValueError, TypeError) as e:
            raise ValueError(str(e)) from None
        super().__init__(core)
        self.A = a.copy()

    def __repr__(self) -> str:
        return f"ig.bregman.Mahalanobis(A of shape {self.A.shape})"

    def _n_of(self, arr: np.ndarray, op: str, arg: str) -> int:
        n = super()._n_of(arr, op, arg)
        if n != self.A.shape[0]:
            raise ValueError(f"Mahalanobis.{op}: shape mismatch: argument '{arg}' has last axis "
                             f"{n}, A is {self.A.shape}")
        return n


class GeneralizedKL(_Compiled):
    """Generalized KL (I-divergence) on nonnegative vectors: φ(x) = Σ x log x − x,
    B(x : y) = Σ x log(x/y) − x + y (0 log 0 = 0; +inf where y = 0 < x).

    Each term is y·g((x − y)/y), g(t) = (1 + t) log(1 + t) − t, by an atanh series near t = 0:
    full relative accuracy for x ≈ y.

    Shapes: x (..., n), y (..., n) → (...); pairwise X (N, n), Y (M, n) → (N, M).
    Raises ValueError at the first point with a negative entry.

    >>> import infogeom as ig
    >>> round(float(ig.bregman.GeneralizedKL().divergence([1.0, 0.0], [2.0, 1.0])), 12)
    1.30685281944
    """

    _name = "GeneralizedKL"

    def __init__(self) -> None:
        super().__init__(_core.bregman.GeneralizedKL())


class ItakuraSaito(_Compiled):
    """Itakura–Saito divergence, generator the Burg entropy φ(x) = −Σ log x on positive vectors:
    B(x : y) = Σ x/y − log(x/y) − 1.

    Each term is h(t) = t − log(1 + t), t = (x − y)/y, by an atanh series near t = 0 (no cancellation
    for x ≈ y).

    Shapes: x (..., n), y (..., n) → (...); pairwise X (N, n), Y (M, n) → (N, M).
    Raises ValueError at the first point with a non-positive entry.

    >>> import infogeom as ig
    >>> round(float(ig.bregman.ItakuraSaito().divergence([2.0], [1.0])), 12)
    0.30685281944
    """

    _name = "ItakuraSaito"

    def __init__(self) -> None:
        super().__init__(_core.bregman.ItakuraSaito())


class Exponential(_Compiled):
    """Exponential generator φ(x) = Σ eˣ: B(x : y) = Σ eˣ − eʸ − (x − y)eʸ = Σ eʸ (e^d − 1 − d),
    d = x − y (Taylor series for ``|d| < 1``).

    Shapes: x (..., n), y (..., n) → (...); pairwise X (N, n), Y (M, n) → (N, M).

    >>> import infogeom as ig
    >>> round(float(ig.bregman.Exponential().divergence([1.0], [0.0])), 12)
    0.718281828459
    """

    _name = "Exponential"

    def __init__(self) -> None:
        super().__init__(_core.bregman.Exponential())


class LogDet(_Compiled):
    """Log-det (Burg matrix) divergence on symmetric positive definite n×n matrices:
    φ(X) = −log det X, B(X : Y) = tr(XY⁻¹) − log det(XY⁻¹) − n.

    Evaluated with Y = LLᵀ (Cholesky) as Σ (μ − log(1 + μ)) over the eigenvalues μ of
    L⁻¹(X − Y)L⁻ᵀ (X − Y formed first): near-equal matrices keep relative accuracy.

    Shapes: x (..., n, n), y (..., n, n) → (...); pairwise X (N, n, n), Y (M, n, n) → (N, M).
    Raises ValueError at the first matrix that is not symmetric positive definite.

    >>> import numpy as np, infogeom as ig
    >>> round(float(ig.bregman.LogDet().divergence(2 * np.eye(2), np.eye(2))), 12)
    0.61370563888
    """

    _name = "LogDet"
    _event_ndim = 2

    def __init__(self) -> None:
        super().__init__(_core.bregman.LogDet())


class FamilyGenerator:
    """Bregman divergence of an exponential family's log-partition F (``dual=False``, points are
    natural parameters θ) or of its convex conjugate F* (``dual=True``, points are mean parameters η).

    B_F(θ₁ : θ₂) = F(θ₁) − F(θ₂) − (θ₁ − θ₂)·∇F(θ₂), ∇F = ``fam.to_mean``;
    B_F*(η₁ : η₂) = F*(η₁) − F*(η₂) − (η₁ − η₂)·∇F*(η₂), ∇F* = ``fam.to_natural``.
    They are KL divergences: B_F(θ_q : θ_p) = KL(p‖q) = B_F*(η_p : η_q).
    With ``dual=False`` the family's own ``fam.bregman(p, q)`` is used when the family object has one.

    Shapes: ``divergence(x, y)``: (..., D) each, broadcasting → (...), D = ``fam.dim``;
    ``pairwise(X, Y)``: X (N, D), Y (M, D) → (N, M).

    >>> import numpy as np, infogeom as ig
    >>> fam = ig.Normal()
    >>> g = ig.bregman.FamilyGenerator(fam)
    >>> tp, tq = fam.natural(mean=0.0, std=1.0), fam.natural(mean=1.0, std=1.0)
    >>> round(float(g.divergence(tq, tp)), 12)   # KL(N(0,1) ‖ N(1,1)) = 1/2
    0.5
    """

    def __init__(self, fam: Any, dual: bool = False) -> None:
        for m in ("log_partition", "to_mean", "conjugate", "to_natural", "dim"):
            if not hasattr(fam, m):
                raise ValueError(f"FamilyGenerator: argument 'fam' has no attribute '{m}' "
                                 "(expected an infogeom family object)")
        self.fam = fam
        self.dual = bool(dual)

    def __repr__(self) -> str:
        return f"ig.bregman.FamilyGenerator({self.fam!r}, dual={self.dual})"

    def _check(self, a: np.ndarray, op: str, arg: str) -> None:
        D = int(self.fam.dim)
        if a.ndim < 1 or a.shape[-1] != D:
            raise ValueError(f"FamilyGenerator.{op}: shape mismatch: argument '{arg}' must have last "
                             f"axis {D} (the family's dimension), got shape {a.shape}")

    def divergence(self, x: ArrayLike, y: ArrayLike, *, validate: bool = True) -> Any:
        """B(x : y) over the leading axes (natural parameters, or mean parameters if dual)."""
        xa, ya = _float(x, "FamilyGenerator", "divergence", "x"), _float(y, "FamilyGenerator", "divergence", "y")
        self._check(xa, "divergence", "x")
        self._check(ya, "divergence", "y")
        dt = _common(xa, ya)
        xa, ya = xa.astype(dt, copy=False), ya.astype(dt, copy=False)
        fam = self.fam
        if not self.dual:
            own = getattr(fam, "bregman", None)
            if callable(own):
                return own(xa, ya)
            phi, grad = fam.log_partition, fam.to_mean
        else:
            phi, grad = fam.conjugate, fam.to_natural
        gy = np.asarray(grad(ya, validate=validate))
        d = xa - ya
        out = (np.asarray(phi(xa, validate=validate)) - np.asarray(phi(ya, validate=validate))
               - np.sum(d * gy, axis=-1))
        out = np.asarray(out, dtype=dt)
        return out[()] if out.ndim == 0 else out

    def pairwise(self, X: ArrayLike, Y: ArrayLike, *, validate: bool = True) -> np.ndarray:
        """The (N, M) matrix B(X[i] : Y[j])."""
        Xa, Ya = _float(X, "FamilyGenerator", "pairwise", "X"), _float(Y, "FamilyGenerator", "pairwise", "Y")
        for arr, arg in ((Xa, "X"), (Ya, "Y")):
            if arr.ndim != 2:
                raise ValueError(f"FamilyGenerator.pairwise: argument '{arg}' must have shape "
                                 f"(points, {self.fam.dim}), got shape {arr.shape}")
            self._check(arr, "pairwise", arg)
        return np.asarray(self.divergence(Xa[:, None, :], Ya[None, :, :], validate=validate))

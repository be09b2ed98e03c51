"""Pairwise N×M divergence matrices and k-nearest neighbours (issue 3), mixed into ExponentialFamily.

The compiled engine (``cpp/include/infogeom/pairwise.hpp``) computes KL, Jeffreys and Bregman
matrices as one blocked GEMM plus rank-one terms, with a per-entry cancellation guard that
recomputes doubtful entries with the elementwise formula, and the other divergences as threaded
direct loops; ``knn`` keeps a bounded heap per row and never forms the N×M matrix.
"""

from __future__ import annotations

import numbers
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

from . import _cuda, _dask

__all__ = ["PairwiseMixin", "DIVERGENCES"]

#: Names accepted by :meth:`PairwiseMixin.pairwise` and :meth:`PairwiseMixin.knn`.
DIVERGENCES = ("kl", "jeffreys", "bregman", "chernoff", "renyi", "bhattacharyya", "hellinger")
_WITH_ALPHA = ("chernoff", "renyi")


class PairwiseMixin:
    """pairwise_kl, pairwise, knn."""

    _core: Any
    if TYPE_CHECKING:  # provided by ExponentialFamily
        @property
        def dim(self) -> int: ...
        @property
        def name(self) -> str: ...

    # ------------------------------------------------------------------ plumbing
    def _pair_inputs(self, P: ArrayLike, Q: ArrayLike, op: str) -> tuple[np.ndarray, np.ndarray]:
        arrs = []
        for arg, a in (("P", P), ("Q", Q)):
            arr = self._float(a, arg, op)  # type: ignore[attr-defined]
            if arr.ndim != 2 or arr.shape[1] != self.dim:
                raise ValueError(f"{self.name}.{op}: argument '{arg}' must be a 2-D array of shape "
                                 f"(n, {self.dim}) (natural parameters, one row per distribution), "
                                 f"got shape {arr.shape}")
            arrs.append(arr)
        dtype = np.result_type(arrs[0], arrs[1])
        p, q = (np.ascontiguousarray(a, dtype=dtype) for a in arrs)
        return p, q

    def _divergence_args(self, divergence: str, alpha: Any, op: str) -> tuple[str, float]:
        if not isinstance(divergence, str) or divergence not in DIVERGENCES:
            raise ValueError(f"{self.name}.{op}: unknown divergence {divergence!r}; expected one of "
                             + ", ".join(repr(d) for d in DIVERGENCES))
        if divergence not in self._core.pairwise_divergences:
            raise NotImplementedError(f"{self.name}.{op}: divergence {divergence!r} is not "
                                      f"available in this build")
        if divergence in _WITH_ALPHA:
            if alpha is None:
                raise ValueError(f"{self.name}.{op}: divergence {divergence!r} needs alpha")
            if isinstance(alpha, bool) or not isinstance(alpha, numbers.Real) or not np.isfinite(float(alpha)):
                raise ValueError(f"{self.name}.{op}: alpha must be a finite real number, got {alpha!r}")
            a = float(alpha)
            if divergence == "chernoff" and not 0.0 < a < 1.0:
                raise ValueError(f"{self.name}.{op}: chernoff needs 0 < alpha < 1, got {a}")
            if divergence == "renyi" and not (a > 0.0 and a != 1.0):
                raise ValueError(f"{self.name}.{op}: renyi needs alpha > 0 and alpha != 1, got {a}")
            return divergence, a
        if alpha is not None:
            raise ValueError(f"{self.name}.{op}: alpha is only used by 'chernoff' and 'renyi', "
                             f"not by {divergence!r}")
        return divergence, float("nan")

    def _pairwise(self, op: str, P: ArrayLike, Q: ArrayLike, divergence: str, alpha: Any,
                  out: np.ndarray | None, validate: bool) -> np.ndarray:
        if _dask.any_dask(P, Q):
            return _dask.pairwise(self, op, P, Q, divergence, alpha, out, validate)  # type: ignore[arg-type, no-any-return]
        div, a = self._divergence_args(divergence, alpha, op)
        if any(_cuda.device_kind(x) is not None for x in (P, Q, out)):
            return _cuda.pairwise(self, op, P, Q, div, a, out, validate)  # type: ignore[no-any-return]
        p, q = self._pair_inputs(P, Q, op)
        shape = (p.shape[0], q.shape[0])
        if out is None:
            out = np.empty(shape, dtype=p.dtype)
        else:
            if not isinstance(out, np.ndarray):
                raise TypeError(f"{self.name}.{op}: argument 'out' must be a numpy array (or memmap), "
                                f"got {type(out).__name__}")
            if out.shape != shape:
                raise ValueError(f"{self.name}.{op}: argument 'out' must have shape {shape}, got {out.shape}")
            if out.dtype != p.dtype:
                raise ValueError(f"{self.name}.{op}: argument 'out' must have dtype {p.dtype} (the "
                                 f"result type of P and Q), got {out.dtype}")
            if not out.flags.writeable:
                raise ValueError(f"{self.name}.{op}: argument 'out' is read-only")
            if out.size and (shape[1] > 1 and out.strides[1] != out.itemsize
                             or shape[0] > 1 and out.strides[0] < shape[1] * out.itemsize):
                raise ValueError(f"{self.name}.{op}: argument 'out' must have contiguous rows "
                                 f"(unit column stride), got strides {out.strides}")
            if np.may_share_memory(out, p) or np.may_share_memory(out, q):
                raise ValueError(f"{self.name}.{op}: argument 'out' must not overlap P or Q")
        if out.size:
            self._core.pairwise(p, q, out, div, a, op, bool(validate))
        return out

    # ------------------------------------------------------------------ public API
    def pairwise_kl(self, P: ArrayLike, Q: ArrayLike, out: np.ndarray | None = None, *,
                    validate: bool = True) -> np.ndarray:
        """Matrix of Kullback–Leibler divergences KL(p_i ‖ q_j) between two sets of distributions.

        Computed as one blocked matrix product plus rank-one terms, by Legendre duality
        (η = ∇F(θ), F* the convex conjugate):

            KL(p_i ‖ q_j) = F*(η_i) + F(θ_j) − η_i · θ_j.

        Entries where this form loses digits to cancellation (nearly identical p_i and q_j, the
        diagonal when ``Q is P``) are detected from the magnitudes of the terms and recomputed
        with the stable elementwise formula, so every entry agrees with ``kl(P[i], Q[j])`` to
        1e-10 relative, and the diagonal of ``pairwise_kl(P, P)`` is exactly what ``kl(p, p)``
        gives (0). float32 inputs are computed in float64 and each result rounded once to
        float32. Extra memory is O((N + M)·D); the result is written straight into ``out``
        (matrices larger than memory: a ``numpy.memmap``), on all cores (``ig.set_num_threads``).
        Ctrl-C interrupts a long call within a fraction of a second.

        Parameters
        ----------
        P : array_like, shape (N, D)
            Natural parameters of the first arguments p_i.
        Q : array_like, shape (M, D)
            Natural parameters of the second arguments q_j.
        out : ndarray, shape (N, M), optional
            Where to write the result (e.g. a ``numpy.memmap`` for matrices larger than memory):
            dtype the result type of P and Q, rows contiguous (unit column stride), not
            overlapping P or Q.
        validate : bool
            Check that every row of P and Q is in the natural parameter space (ValueError with
            the first offending row otherwise). Rows holding NaN give NaN entries.

        Returns
        -------
        ndarray, shape (N, M)
            float32 if P and Q are both float32, else float64; ``out`` if given.

        Examples
        --------
        >>> import numpy as np, infogeom as ig
        >>> fam = ig.Normal()
        >>> P = fam.natural(mean=[0.0, 1.0], std=1.0)
        >>> Q = fam.natural(mean=[0.0, 2.0, 4.0], std=1.0)
        >>> fam.pairwise_kl(P, Q)  # (μ_i − μ_j)² / 2 for unit variances
        array([[0. , 2. , 8. ],
               [0.5, 0.5, 4.5]])
        """
        return self._pairwise("pairwise_kl", P, Q, "kl", None, out, validate)

    def pairwise(self, P: ArrayLike, Q: ArrayLike, divergence: str = "kl", alpha: float | None = None,
                 out: np.ndarray | None = None, *, validate: bool = True) -> np.ndarray:
        """Matrix of divergences d(p_i, q_j) between two sets of distributions.

        ``divergence`` is one of

        - ``"kl"``: KL(p_i ‖ q_j) = F*(η_i) + F(θ_j) − η_i·θ_j (see :meth:`pairwise_kl`);
        - ``"jeffreys"``: KL(p‖q) + KL(q‖p) = (θ_i − θ_j)·(η_i − η_j)
          = θ_i·η_i + θ_j·η_j − [θ_i, η_i]·[η_j, θ_j];
        - ``"bregman"``: B_F(θ_i : θ_j) = F(θ_i) − F(θ_j) − (θ_i − θ_j)·∇F(θ_j)
          = F(θ_i) + F*(η_j) − θ_i·η_j;
        - ``"chernoff"`` (needs 0 < alpha < 1): −log ∫ p_i^α q_j^(1−α)
          = αF(θ_i) + (1−α)F(θ_j) − F(αθ_i + (1−α)θ_j);
        - ``"renyi"`` (needs alpha > 0, ≠ 1): chernoff / (1 − α);
        - ``"bhattacharyya"``: chernoff at α = 1/2;
        - ``"hellinger"``: sqrt(1 − exp(−bhattacharyya)).

        The first three are blocked matrix products plus rank-one terms with the cancellation
        guard described in :meth:`pairwise_kl` (agreement with the elementwise divergence to
        1e-10 relative in float64); the others are threaded direct loops over the elementwise
        functions (exact agreement).

        Parameters
        ----------
        P : array_like, shape (N, D)
            Natural parameters of the first arguments.
        Q : array_like, shape (M, D)
            Natural parameters of the second arguments.
        divergence : str
        alpha : float, optional
            Order of the Chernoff and Rényi divergences (only for those).
        out : ndarray, shape (N, M), optional
            Where to write the result; see :meth:`pairwise_kl`.
        validate : bool
            Check the rows of P and Q (see :meth:`pairwise_kl`).

        Returns
        -------
        ndarray, shape (N, M)

        Examples
        --------
        >>> import numpy as np, infogeom as ig
        >>> fam = ig.Poisson()
        >>> P = fam.natural(rate=[1.0, 2.0])
        >>> B = fam.pairwise(P, P, divergence="bregman")  # λ_j log(λ_j / λ_i) − λ_j + λ_i
        >>> bool(np.allclose(B, [[0.0, 2 * np.log(2.0) - 1], [1 - np.log(2.0), 0.0]]))
        True
        """
        return self._pairwise("pairwise", P, Q, divergence, alpha, out, validate)

    def knn(self, P: ArrayLike, Q: ArrayLike, k: int, divergence: str = "kl",
            alpha: float | None = None, *, validate: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """The k nearest rows of Q to each row of P under a divergence d(p_i, q_j).

        Runs over tiles of Q with the same engine and accuracy as :meth:`pairwise` (KL, Jeffreys
        and Bregman as blocked GEMMs with the cancellation guard), keeping a bounded heap of the
        k smallest entries per row: memory O(N·k + tile), the N×M matrix is never formed.

        Parameters
        ----------
        P : array_like, shape (N, D)
            Queries (natural parameters).
        Q : array_like, shape (M, D)
            Candidates (natural parameters).
        k : int
            Number of neighbours, 1 <= k <= M.
        divergence : str
            As in :meth:`pairwise`; the query is the first argument: d(p_i, q_j).
        alpha : float, optional
            Order of the Chernoff and Rényi divergences (only for those).
        validate : bool
            Check the rows of P and Q.

        Returns
        -------
        indices : ndarray of int64, shape (N, k)
            Row indices into Q, sorted by increasing divergence; ties go to the lower index, NaN
            divergences come last.
        values : ndarray, shape (N, k)
            The divergences d(p_i, q_indices[i, c]) (float32 if P and Q are float32).

        Examples
        --------
        >>> import numpy as np, infogeom as ig
        >>> fam = ig.Normal()
        >>> Q = fam.natural(mean=[0.0, 1.0, 5.0, 1.5], std=1.0)
        >>> idx, val = fam.knn(fam.natural(mean=[1.2], std=1.0), Q, k=2)
        >>> idx
        array([[1, 3]])
        >>> np.round(val, 3)  # (1.2 − μ)² / 2
        array([[0.02 , 0.045]])
        """
        op = "knn"
        if _dask.any_dask(P, Q):
            return _dask.knn(self, P, Q, k, divergence, alpha, validate)  # type: ignore[arg-type]
        div, a = self._divergence_args(divergence, alpha, op)
        if isinstance(k, bool) or not isinstance(k, numbers.Integral):
            raise TypeError(f"{self.name}.knn: k must be an integer, got {k!r}")
        if any(_cuda.device_kind(x) is not None for x in (P, Q)):
            return _cuda.knn(self, P, Q, int(k), div, a, validate)
        p, q = self._pair_inputs(P, Q, op)
        k = int(k)
        M = q.shape[0]
        if not 1 <= k <= M:
            raise ValueError(f"{self.name}.knn: k must satisfy 1 <= k <= M = {M} (the number of rows "
                             f"of Q), got k = {k}")
        if p.shape[0] == 0:
            return np.empty((0, k), dtype=np.int64), np.empty((0, k), dtype=p.dtype)
        idx, val, _ = self._core.knn(p, q, k, div, a, op, bool(validate))
        return idx, val

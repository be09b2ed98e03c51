"""Elementwise divergences between members of one family (issue 3), mixed into ExponentialFamily.

Every method takes natural parameters ``p`` and ``q`` of shape ``(..., D)`` whose leading shapes
broadcast against each other (and against ``alpha`` where there is one), and returns an array of
the broadcast leading shape (a NumPy scalar for single pairs). float32 in gives float32 out
(evaluated in float64 and rounded once: the stable forms need the wider precision).

All of them except Jensen–Shannon are Bregman or skew Jensen gaps of the log-partition F (Amari &
Nagaoka, *Methods of Information Geometry*, 2000, §3.5; Nielsen & Boltz, "The Burbea–Rao and
Bhattacharyya centroids", IEEE Trans. Inf. Theory 57, 2011). They are computed from each family's
stable closed form where one exists, otherwise from F with a switch, per pair, to an integral of
the Fisher curvature along the segment [θp, θq] when the direct form would cancel; either way the
result has full relative accuracy, also for nearly identical p and q (see
``cpp/include/infogeom/divergence.hpp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

from . import _cuda, _dask


class DivergenceMixin:
    """kl, jeffreys, renyi, chernoff, bhattacharyya, hellinger, bregman, chernoff_information,
    jensen_shannon: elementwise with NumPy broadcasting over leading axes."""

    # provided by ExponentialFamily
    _core: Any
    if TYPE_CHECKING:  # provided by ExponentialFamily
        @property
        def dim(self) -> int: ...
        @property
        def name(self) -> str: ...

    def _pair(self, op: str, p: ArrayLike, q: ArrayLike, validate: bool, alpha: ArrayLike | None = None,
              out: Any = None, two: bool = False) -> Any:
        """``op`` of the pairs; ``two``: the op gives two values per pair (chernoff_information), the
        core's (n, 2) rows are returned as a tuple of two arrays and ``out`` is a tuple of two."""
        if _dask.any_dask(p, q, alpha, out):
            if out is not None:
                raise ValueError(f"{self.name}.{op}: argument 'out' is not supported with Dask inputs; "
                                 f"write the lazy result with dask.array.store(result, out)")
            return _dask.pair(self, op, p, q, alpha, validate)  # type: ignore[arg-type]
        D = self.dim
        if any(_cuda.device_kind(a) is not None for a in (p, q, alpha, out)):
            # CuPy / torch CUDA input: computed on its device (TypeError when mixed with host
            # arrays; NotImplementedError for chernoff_information and jensen_shannon)
            if out is not None:
                raise TypeError(f"{self.name}.{op}: argument 'out' is not supported with device arrays")
            return _cuda.pair(self, op, p, q, alpha, validate)
        pa = self._float(p, "p", op)  # type: ignore[attr-defined]
        qa = self._float(q, "q", op)  # type: ignore[attr-defined]
        dtype = np.result_type(pa, qa)
        pa, qa = pa.astype(dtype, copy=False), qa.astype(dtype, copy=False)
        pl = self._lead(pa, "p", op, D, False)  # type: ignore[attr-defined]
        ql = self._lead(qa, "q", op, D, False)  # type: ignore[attr-defined]
        items = [("p", pl), ("q", ql)]
        if alpha is not None:
            aa = self._float(alpha, "alpha", op).astype(dtype, copy=False)  # type: ignore[attr-defined]
            items.append(("alpha", tuple(aa.shape)))
        batch = self._broadcast(op, *items)  # type: ignore[attr-defined]
        args = [self._rows(pa, pl, batch, D), self._rows(qa, ql, batch, D)]  # type: ignore[attr-defined]
        if alpha is not None:
            args.append(self._rows(aa[..., None], tuple(aa.shape), batch, 1))  # type: ignore[attr-defined]
        if out is not None:
            ins = [pa, qa] + ([aa] if alpha is not None else [])
            if two:
                outs = self._check_out_two(op, out, batch, dtype, ins)
            else:
                self._check_out(op, out, batch, dtype, *ins)  # type: ignore[attr-defined]
                getattr(self._core, op)(*args, list(batch), validate, out.reshape(-1, 1))
                return out
        flat = getattr(self._core, op)(*args, list(batch), validate)
        if not two:
            return self._shape_out(flat, batch, ())  # type: ignore[attr-defined]
        if out is not None:  # the core writes (n, 2) rows: one column into each array
            for k, o in enumerate(outs):
                np.copyto(o.reshape(-1), flat[:, k])
            return outs
        return tuple(self._shape_out(np.ascontiguousarray(flat[:, k]), batch, ())  # type: ignore[attr-defined]
                     for k in range(2))

    def _check_out_two(self, op: str, out: Any, batch: tuple[int, ...], dtype: np.dtype[Any],
                       ins: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """``out`` of an op with two results: a tuple of two distinct arrays, each as ``out``."""
        if not (isinstance(out, tuple) and len(out) == 2):
            raise ValueError(f"{self.name}.{op}: argument 'out' must be a tuple (value, alpha_star) of two "
                             f"arrays, got {type(out).__name__}"
                             + (f" of length {len(out)}" if isinstance(out, tuple) else ""))
        a, b = (self._check_out(op, o, batch, dtype, *ins, arg=f"out[{k}]")  # type: ignore[attr-defined]
                for k, o in enumerate(out))
        if np.may_share_memory(a, b):
            raise ValueError(f"{self.name}.{op}: arguments 'out[0]' and 'out[1]' must not overlap")
        return a, b

    def kl(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True,
           out: np.ndarray | None = None) -> Any:
        """Kullback–Leibler divergence KL(p‖q) = ∫ p log(p/q).

        For an exponential family KL(p‖q) = B_F(θq : θp) = F(θq) − F(θp) − (θq − θp)·∇F(θp)
        (Amari & Nagaoka 2000, §3.5), evaluated by the family's stable closed form or with the
        cancellation-free curvature integral ∫₀¹ (1 − t) δᵀ∇²F(θp + tδ)δ dt, δ = θq − θp.

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space (ValueError with the first
            offending index otherwise).
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape (a scalar for a single pair)

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> print(f"{fam.kl(fam.natural(mean=0.0, std=1.0), fam.natural(mean=1e-7, std=1.0)):.12e}")
        5.000000000000e-15
        """
        return self._pair("kl", p, q, validate, out=out)

    def bregman(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True,
                out: np.ndarray | None = None) -> Any:
        """Bregman divergence of the log-partition on natural parameters,
        B_F(θp : θq) = F(θp) − F(θq) − (θp − θq)·∇F(θq), which equals KL(q‖p).

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space.
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Poisson()
        >>> p, q = fam.natural(rate=2.0), fam.natural(rate=3.0)
        >>> bool(fam.bregman(p, q) == fam.kl(q, p))
        True
        """
        return self._pair("bregman", p, q, validate, out=out)

    def jeffreys(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True,
                 out: np.ndarray | None = None) -> Any:
        """Jeffreys divergence KL(p‖q) + KL(q‖p) = (θq − θp)·(ηq − ηp).

        Symmetric; computed as the sum of the two stable KL divergences, or as the curvature
        integral ∫₀¹ δᵀ∇²F(θp + tδ)δ dt when the direct form cancels (Jeffreys, "An invariant form
        for the prior probability in estimation problems", Proc. R. Soc. A 186, 1946).

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space.
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> p, q = fam.natural(mean=0.0, std=1.0), fam.natural(mean=1.0, std=1.0)
        >>> float(fam.jeffreys(p, q))  # 2 × (Δμ)²/(2σ²)
        1.0
        """
        return self._pair("jeffreys", p, q, validate, out=out)

    def chernoff(self, p: ArrayLike, q: ArrayLike, alpha: ArrayLike, *, validate: bool = True,
                 out: np.ndarray | None = None) -> Any:
        """Chernoff α-divergence (skewed Bhattacharyya distance) −log ∫ p^α q^(1−α), 0 ≤ α ≤ 1.

        For an exponential family it is the skew Jensen gap
        J_α = αF(θp) + (1−α)F(θq) − F(αθp + (1−α)θq) (Nielsen & Boltz 2011, §4).

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters.
        alpha : array_like, shape (...)
            Skew in [0, 1]; broadcasts with the leading shapes of p and q.
        validate : bool
            Check p, q and alpha (ValueError with the first offending index).
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> p, q = fam.natural(mean=0.0, std=1.0), fam.natural(mean=2.0, std=1.0)
        >>> fam.chernoff(p, q, [0.25, 0.5])  # α(1−α)(Δμ)²/(2σ²)
        array([0.375, 0.5  ])
        """
        return self._pair("chernoff", p, q, validate, alpha, out=out)

    def renyi(self, p: ArrayLike, q: ArrayLike, alpha: ArrayLike, *, validate: bool = True,
              out: np.ndarray | None = None) -> Any:
        """Rényi divergence of order α, D_α(p‖q) = log(∫ p^α q^(1−α)) / (α − 1), α > 0, α ≠ 1.

        Equal to J_α/(1 − α) with the skew Jensen gap J_α of :meth:`chernoff` (Nielsen & Nock,
        "On Rényi and Tsallis entropies and divergences for exponential families", 2011). For
        α > 1 the integral diverges, and the result is +inf, when αθp + (1−α)θq leaves the natural
        parameter space. D_α → KL(p‖q) as α → 1.

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters.
        alpha : array_like, shape (...)
            Order, > 0 and ≠ 1; broadcasts with the leading shapes of p and q.
        validate : bool
            Check p, q and alpha (ValueError with the first offending index).
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Exponential()
        >>> p, q = fam.natural(rate=1.0), fam.natural(rate=3.0)
        >>> fam.renyi(p, q, [0.5, 1.25, 2.0])  # αθp + (1−α)θq = 2α − 3 ≥ 0 at α = 2: outside
        array([0.28768207, 1.67397643,        inf])
        """
        return self._pair("renyi", p, q, validate, alpha, out=out)

    def bhattacharyya(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True,
                      out: np.ndarray | None = None) -> Any:
        """Bhattacharyya distance −log ∫ √(p q) = J_{1/2} (Bhattacharyya 1943), the Chernoff
        α-divergence at α = ½.

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space.
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> p, q = fam.natural(mean=0.0, std=1.0), fam.natural(mean=2.0, std=1.0)
        >>> float(fam.bhattacharyya(p, q))  # (Δμ)²/(8σ²)
        0.5
        """
        return self._pair("bhattacharyya", p, q, validate, out=out)

    def hellinger(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True,
                  out: np.ndarray | None = None) -> Any:
        """Hellinger distance H(p, q) = √(1 − ∫√(p q)) = √(−expm1(−B)), B the Bhattacharyya
        distance; in [0, 1].

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space.
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> p, q = fam.natural(mean=0.0, std=1.0), fam.natural(mean=2.0, std=1.0)
        >>> round(float(fam.hellinger(p, q)), 12)  # √(1 − e^(−1/2))
        0.627271345023
        """
        return self._pair("hellinger", p, q, validate, out=out)

    def chernoff_information(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True,
                             out: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[Any, Any]:
        """Chernoff information C(p, q) = max over α in (0, 1) of −log ∫ p^α q^(1−α), and the
        maximising α*.

        The maximiser solves KL(p_α‖p) = KL(p_α‖q) for the geometric mixture p_α ∝ p^α q^(1−α),
        a member of the family at θ_α = αθp + (1−α)θq (Nielsen, "An information-geometric
        characterization of Chernoff information", IEEE Signal Process. Lett. 20, 2013); the
        difference of the two (stable) KL divergences is decreasing in α and is solved by a
        safeguarded Newton iteration (derivative −δᵀ∇²F(θ_α)δ) to a step ``|Δα| ≤ 4ε``.

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space.
        out : tuple (value, alpha_star) of two ndarrays, optional
            Preallocated results, each as the ``out`` of the other divergences (the broadcast
            leading shape, the result dtype, C-contiguous, writeable, not overlapping the inputs
            or each other): written in place and returned as the same tuple.

        Returns
        -------
        value, alpha_star : ndarrays, the broadcast leading shape (α* = ½ where p = q)

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> c, a = fam.chernoff_information(fam.natural(mean=0.0, std=1.0), fam.natural(mean=2.0, std=1.0))
        >>> float(c), float(a)  # equal variances: α* = ½, C = (Δμ)²/(8σ²)
        (0.5, 0.5)
        >>> import numpy as np
        >>> P = fam.natural(mean=[0.0, 1.0, 3.0], std=1.0)     # three pairs: out of shape (3,)
        >>> value, alpha_star = np.empty(3), np.empty(3)
        >>> res = fam.chernoff_information(P, fam.natural(mean=0.0, std=1.0), out=(value, alpha_star))
        >>> res[0] is value, value * 8                          # (Δμ)²/8
        (True, array([0., 1., 9.]))
        """
        res: tuple[Any, Any] = self._pair("chernoff_information", p, q, validate, out=out, two=True)
        return res

    def jensen_shannon(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True,
                       out: np.ndarray | None = None) -> Any:
        """Jensen–Shannon divergence ½ KL(p‖m) + ½ KL(q‖m) with m = (p + q)/2 (Lin, "Divergence
        measures based on the Shannon entropy", IEEE Trans. Inf. Theory 37, 1991), in [0, log 2].

        The mixture m is not in the family, so there is no formula in F. Written as
        Σ_x √(p q) χ(½ log(q/p)) with χ(u) = u sinh u − cosh u log cosh u ≥ 0 (every term ≥ 0,
        nothing cancels for p ≈ q), it is computed exactly for finite discrete families
        (Bernoulli, Binomial, Categorical), as a series with a rigorous tail bound for Poisson,
        Geometric and NegativeBinomial, and by adaptive Gauss–Kronrod quadrature (relative
        tolerance ~1e-13) for the univariate continuous families. Multivariate continuous
        families raise ValueError.

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space.
        out : ndarray, optional
            Preallocated result (the broadcast leading shape, the result dtype, C-contiguous,
            writeable, not overlapping the inputs): written in place and returned.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Bernoulli()
        >>> round(float(fam.jensen_shannon(fam.natural(p=0.5), fam.natural(p=0.25))), 12)
        0.033822075569
        """
        return self._pair("jensen_shannon", p, q, validate, out=out)

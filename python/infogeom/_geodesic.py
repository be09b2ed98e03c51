"""Geodesics of an exponential family (issue 4), mixed into ExponentialFamily.

The Fisher information metric G(θ) = ∇²F(θ) makes a family a Riemannian manifold; its
Levi-Civita geodesics give the Fisher–Rao distance, the exponential and logarithm maps and
parallel transport. The dually flat structure adds two more geodesics: the e-geodesic, straight in
the natural parameters θ, and the m-geodesic, straight in the mean parameters η (Amari & Nagaoka,
*Methods of Information Geometry*, 2000, §2–3).

Points are natural parameters of shape ``(..., D)`` and tangent vectors are given in natural
coordinates (the velocity dθ/dt), also of shape ``(..., D)``; leading shapes broadcast. float32 in
gives float32 out (evaluated in float64 and rounded once).

Closed forms (exact to a few ulps, also for nearly identical points): the one-parameter families
(Bernoulli, Binomial, Poisson, Geometric, NegativeBinomial, Exponential, Rayleigh: arc length of
√(Fisher information) in a flat chart), Categorical (the sphere through √p), Normal and LogNormal
(the hyperbolic half-plane) and DiagonalNormal (a product of half-planes). The other families use a
numerical boundary-value solver whose accuracy is stated by ``fisher_rao(..., return_info=True)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import numpy as np
from numpy.typing import ArrayLike


class GeodesicInfo(NamedTuple):
    """Convergence report of :meth:`GeodesicMixin.fisher_rao` (arrays of the batch shape).

    Closed forms report 0 iterations, residual 0 and converged True.
    """

    iterations: Any
    """Outer (shooting/Newton) iterations of the numerical solver (int32)."""
    residual: Any
    """Final relative endpoint residual in the Fisher norm at q (float64)."""
    converged: Any
    """Whether the solver met its tolerance (bool)."""


class GeodesicMixin:
    """fisher_rao, geodesic, exp_map, log_map, parallel_transport: elementwise with NumPy
    broadcasting over leading axes."""

    # provided by ExponentialFamily
    _core: Any
    if TYPE_CHECKING:  # provided by ExponentialFamily
        @property
        def dim(self) -> int: ...
        @property
        def name(self) -> str: ...

    @property
    def closed_form_geodesic(self) -> bool:
        """True if this family's Fisher–Rao geometry is evaluated in closed form (no solver)."""
        return bool(self._core.closed_form_geodesic)

    def _prep(self, op: str, **arrays: ArrayLike) -> tuple[list[np.ndarray], tuple[int, ...], np.dtype]:
        D = self.dim
        arrs = {k: self._float(a, k, op) for k, a in arrays.items()}  # type: ignore[attr-defined]
        dtype = np.result_type(*arrs.values())
        arrs = {k: a.astype(dtype, copy=False) for k, a in arrs.items()}
        leads = {k: self._lead(a, k, op, D, False) for k, a in arrs.items()}  # type: ignore[attr-defined]
        batch = self._broadcast(op, *leads.items())  # type: ignore[attr-defined]
        rows = [self._rows(arrs[k], leads[k], batch, D) for k in arrs]  # type: ignore[attr-defined]
        return rows, batch, dtype

    def fisher_rao(self, p: ArrayLike, q: ArrayLike, *, return_info: bool = False,
                   validate: bool = True) -> Any:
        """Fisher–Rao distance d(p, q), the length of the shortest curve from p to q in the Fisher
        information metric G(θ) = ∇²F(θ).

        d(p, q) = √(vᵀ G(p) v) for v = ``log_map(p, q)``. Closed forms where the manifold is a known
        space (Atkinson & Mitchell, "Rao's distance measure", Sankhyā A 43, 1981; Costa, Santos &
        Strapasson, "Fisher information distance: a geometrical reading", Discrete Appl. Math. 197,
        2015): one-parameter families integrate √(Fisher information) in closed form, Categorical
        is a sphere through √p (d = 2 arccos Σ √(p_i q_i)), Normal is a hyperbolic half-plane
        (d = √2 · d_H((μ₁/√2, σ₁), (μ₂/√2, σ₂))). Other families use a numerical boundary-value
        solver (see ``return_info``).

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        return_info : bool
            Also return a :class:`GeodesicInfo` of arrays (``iterations``, ``residual``,
            ``converged``) of the batch shape. Rows where the solver failed are then NaN with
            ``converged`` False instead of raising.
        validate : bool
            Check that p and q lie in the natural parameter space.

        Returns
        -------
        dist : ndarray, the broadcast leading shape (a scalar for a single pair)
        info : GeodesicInfo, only with ``return_info=True``

        Raises
        ------
        ValueError
            Points outside the domain, or (without ``return_info``) a solver that did not
            converge: "Fam.fisher_rao: the geodesic solver did not converge for p, q at index [i]".

        Examples
        --------
        >>> import infogeom as ig
        >>> import numpy as np
        >>> fam = ig.Poisson()
        >>> round(float(fam.fisher_rao(fam.natural(rate=1.0), fam.natural(rate=4.0))), 12)  # 2|√λ₁ − √λ₂|
        2.0
        >>> d, info = fam.fisher_rao(fam.natural(rate=1.0), fam.natural(rate=4.0), return_info=True)
        >>> int(info.iterations), bool(info.converged)
        (0, True)
        """
        (pr, qr), batch, _ = self._prep("fisher_rao", p=p, q=q)
        if not return_info:  # the distances alone (closed forms: the vectorised batch path)
            dist = self._core.fisher_rao(pr, qr, list(batch), validate, True, False)
            return self._shape_out(dist, batch, ())  # type: ignore[attr-defined]
        dist, it, res, conv = self._core.fisher_rao(pr, qr, list(batch), validate, False, True)
        out = self._shape_out(dist, batch, ())  # type: ignore[attr-defined]
        info = GeodesicInfo(self._shape_out(it, batch, ()), self._shape_out(res, batch, ()),  # type: ignore[attr-defined]
                            self._shape_out(conv, batch, ()))  # type: ignore[attr-defined]
        return out, info

    def geodesic(self, p: ArrayLike, q: ArrayLike, t: ArrayLike,
                 kind: Literal["fisher", "e", "m"] = "fisher", *, validate: bool = True) -> Any:
        """Points of the geodesic from p (t = 0) to q (t = 1) at times t.

        ``kind="fisher"``: the Fisher–Rao (Levi-Civita) geodesic, parametrised proportionally to
        arc length (d(p, γ(t)) = t · d(p, q)). ``kind="e"``: the e-geodesic
        θ(t) = (1 − t) θp + t θq. ``kind="m"``: the m-geodesic η(t) = (1 − t) ηp + t ηq, returned
        as natural parameters ∇F*(η(t)). γ(0) = p and γ(1) = q exactly.

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters of the end points; leading shapes broadcast.
        t : array_like, shape (T,) or scalar
            Times in [0, 1] (NaN gives a NaN point).
        kind : {"fisher", "e", "m"}
        validate : bool
            Check p, q and t.

        Returns
        -------
        ndarray, shape (..., T, D), or (..., D) for a scalar t

        Examples
        --------
        >>> import infogeom as ig
        >>> import numpy as np
        >>> fam = ig.Poisson()
        >>> p, q = fam.natural(rate=1.0), fam.natural(rate=9.0)
        >>> mid = fam.geodesic(p, q, [0.0, 0.5, 1.0])  # √λ is linear along the geodesic
        >>> np.round(fam.to_mean(mid)[:, 0], 12)
        array([1., 4., 9.])
        >>> fam.geodesic(p, q, 0.5, kind="e")  # θ = log λ is linear along the e-geodesic
        array([1.09861229])
        """
        if kind not in ("fisher", "e", "m"):
            raise ValueError(f"{self.name}.geodesic: kind must be 'fisher', 'e' or 'm', got {kind!r}")
        (pr, qr), batch, dtype = self._prep("geodesic", p=p, q=q)
        ta = self._float(t, "t", "geodesic")  # type: ignore[attr-defined]
        if ta.ndim > 1:
            raise ValueError(f"{self.name}.geodesic: t must be a scalar or 1-D array, got shape {ta.shape}")
        scalar_t = ta.ndim == 0
        tr = np.ascontiguousarray(ta.astype(dtype, copy=False).reshape(1, -1))
        T = tr.shape[1]
        flat = self._core.geodesic(pr, qr, tr, kind, list(batch), validate)
        if scalar_t:
            return self._shape_out(flat, batch, (self.dim,))  # type: ignore[attr-defined]
        return self._shape_out(flat, batch, (T, self.dim))  # type: ignore[attr-defined]

    def exp_map(self, p: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """Fisher–Rao exponential map exp_p(v) = γ(1) for the geodesic with γ(0) = p, γ'(0) = v.

        Parameters
        ----------
        p : array_like, shape (..., D)
            Natural parameters of the base point.
        v : array_like, shape (..., D)
            Tangent vector at p in natural coordinates (dθ/dt); leading shapes broadcast.
        validate : bool
            Check p and v. With ``validate=False`` rows whose geodesic leaves the domain are NaN.

        Returns
        -------
        ndarray, shape (..., D)

        Raises
        ------
        ValueError
            If the geodesic leaves the natural parameter space before t = 1. The Fisher–Rao
            manifolds of e.g. Bernoulli, Binomial, Categorical, Poisson and Geometric are not
            complete: their boundary lies at a finite distance.

        Examples
        --------
        >>> import infogeom as ig
        >>> import numpy as np
        >>> fam = ig.Exponential()
        >>> p = fam.natural(rate=2.0)
        >>> q = fam.exp_map(p, fam.log_map(p, fam.natural(rate=5.0)))
        >>> np.round(fam.source(q)["rate"], 12)
        np.float64(5.0)
        """
        (pr, vr), batch, _ = self._prep("exp_map", p=p, v=v)
        flat = self._core.exp_map(pr, vr, list(batch), validate)
        return self._shape_out(flat, batch, (self.dim,))  # type: ignore[attr-defined]

    def log_map(self, p: ArrayLike, q: ArrayLike, *, validate: bool = True) -> Any:
        """Fisher–Rao logarithm map log_p(q): the initial velocity (natural coordinates) of the
        geodesic from p to q on [0, 1], the inverse of :meth:`exp_map`.

        Its Fisher norm √(vᵀ G(p) v) is the distance :meth:`fisher_rao`.

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters; leading shapes broadcast.
        validate : bool
            Check that p and q lie in the natural parameter space.

        Returns
        -------
        ndarray, shape (..., D)

        Examples
        --------
        >>> import infogeom as ig
        >>> import numpy as np
        >>> fam = ig.Exponential()  # θ = −λ, d = |log(λ₂/λ₁)|
        >>> np.round(fam.log_map(fam.natural(rate=1.0), fam.natural(rate=float(np.e))), 12)
        array([-1.])
        """
        (pr, qr), batch, _ = self._prep("log_map", p=p, q=q)
        flat = self._core.log_map(pr, qr, list(batch), validate)
        return self._shape_out(flat, batch, (self.dim,))  # type: ignore[attr-defined]

    def parallel_transport(self, p: ArrayLike, q: ArrayLike, v: ArrayLike, *, validate: bool = True) -> Any:
        """Parallel transport of the tangent vector v at p to q along the Fisher–Rao geodesic
        (Levi-Civita connection): Fisher inner products are preserved, and log_p(q) is carried
        to −log_q(p).

        Parameters
        ----------
        p, q : array_like, shape (..., D)
            Natural parameters of the end points.
        v : array_like, shape (..., D)
            Tangent vector at p in natural coordinates; leading shapes broadcast.
        validate : bool
            Check p, q and v.

        Returns
        -------
        ndarray, shape (..., D), a tangent vector at q

        Examples
        --------
        >>> import infogeom as ig
        >>> import numpy as np
        >>> fam = ig.Exponential()  # the 1-D transport rescales by √(g(p)/g(q)) = θq/θp
        >>> fam.parallel_transport(fam.natural(rate=1.0), fam.natural(rate=2.0), [1.0])
        array([2.])
        """
        (pr, qr, vr), batch, _ = self._prep("parallel_transport", p=p, q=q, v=v)
        flat = self._core.parallel_transport(pr, qr, vr, list(batch), validate)
        return self._shape_out(flat, batch, (self.dim,))  # type: ignore[attr-defined]

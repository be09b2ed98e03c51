"""The generic exponential-family front end shared by every family.

The compiled core works on C-contiguous ``(rows, width)`` arrays of one float dtype; this module
does the NumPy side: dtype rules, broadcasting of leading axes, reshaping results, and the
friendly errors for shapes and dtypes. Validation of values happens in C++ (one pass, threaded).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from . import _cuda
from ._divergence import DivergenceMixin
from ._geodesic import GeodesicMixin
from ._pairwise import PairwiseMixin
from ._stats import StatsMixin

__all__ = ["ExponentialFamily"]

_REJECTED_KINDS = {"c": "complex", "O": "object", "U": "str", "S": "bytes", "V": "void",
                   "M": "datetime64", "m": "timedelta64"}

FloatArray = NDArray[np.floating[Any]]


def _prod(shape: tuple[int, ...]) -> int:
    return math.prod(shape)


class ExponentialFamily(DivergenceMixin, PairwiseMixin, GeodesicMixin, StatsMixin):
    """A parametric exponential family p(x; θ) = h(x) exp(θ·T(x) − F(θ)) as a dually flat manifold.

    Points are natural parameters ``theta`` or mean parameters ``eta``, arrays of shape
    ``(..., D)`` with ``D = self.dim``; any leading batch shape broadcasts as in NumPy. float32 in
    gives float32 out (computed natively), integers give float64. Complex or object input raises
    ``TypeError``; values outside the domain raise ``ValueError`` naming the family, the argument
    and the first offending batch index (pass ``validate=False`` to skip the checks in hot loops).
    NaN in gives NaN out.
    """

    _core: Any
    _args: tuple[tuple[str, Any], ...] = ()

    def __init__(self, core: Any, args: tuple[tuple[str, Any], ...] = ()) -> None:
        self._core = core
        self._args = args

    # ------------------------------------------------------------------ description
    @property
    def name(self) -> str:
        """Family name, e.g. ``"Normal"``."""
        return str(self._core.name)

    @property
    def dim(self) -> int:
        """D, the dimension of the manifold (length of θ, η and T(x))."""
        return int(self._core.dim)

    @property
    def event_shape(self) -> tuple[int, ...]:
        """Shape of one observation x: ``()`` for scalar families, ``(d,)`` or ``(k,)`` otherwise."""
        return () if self._core.scalar_sample else (int(self._core.sample_size),)

    @property
    def source_params(self) -> dict[str, tuple[int, ...]]:
        """Names of the source parameters and their shape for one distribution."""
        return {str(n): tuple(int(s) for s in shape) for n, shape in self._core.source_params}

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._args)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._args == self._args

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._args))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), tuple(v for _, v in self._args))

    # ------------------------------------------------------------------ array plumbing
    def _float(self, a: ArrayLike, arg: str, op: str) -> np.ndarray:
        if _cuda.device_kind(a) is not None:  # device input to an operation without a device path
            raise _cuda.unsupported(self, op)
        arr = np.asarray(a)
        kind = arr.dtype.kind
        if kind in _REJECTED_KINDS:
            raise TypeError(f"{self.name}.{op}: argument '{arg}' has {_REJECTED_KINDS[kind]} dtype "
                            f"{arr.dtype}; expected real numbers")
        if arr.dtype == np.float64 or arr.dtype == np.float32:
            if not arr.dtype.isnative:
                arr = arr.astype(arr.dtype.newbyteorder("="))
            return arr
        if arr.dtype == np.float16:
            return arr.astype(np.float32)
        return arr.astype(np.float64)

    def _lead(self, arr: np.ndarray, arg: str, op: str, width: int, scalar_event: bool) -> tuple[int, ...]:
        if scalar_event:
            return tuple(arr.shape)
        if arr.ndim == 0 or arr.shape[-1] != width:
            raise ValueError(f"{self.name}.{op}: argument '{arg}' must have a last axis of length "
                             f"{width}, got shape {arr.shape}")
        return tuple(arr.shape[:-1])

    @staticmethod
    def _rows(arr: np.ndarray, lead: tuple[int, ...], batch: tuple[int, ...], width: int) -> np.ndarray:
        n = _prod(batch)
        if lead == batch:
            return np.ascontiguousarray(arr).reshape(n, width)
        if _prod(lead) == 1:
            return np.ascontiguousarray(arr).reshape(1, width)
        full = np.broadcast_to(arr, batch + (() if arr.ndim == len(lead) else (width,)))
        return np.ascontiguousarray(full).reshape(n, width)

    def _broadcast(self, op: str, *items: tuple[str, tuple[int, ...]]) -> tuple[int, ...]:
        try:
            return tuple(np.broadcast_shapes(*(lead for _, lead in items)))
        except ValueError:
            desc = ", ".join(f"'{arg}' {lead}" for arg, lead in items)
            raise ValueError(f"{self.name}.{op}: batch shapes do not broadcast: {desc}") from None

    @staticmethod
    def _shape_out(flat: np.ndarray, batch: tuple[int, ...], trailing: tuple[int, ...]) -> Any:
        out = flat.reshape(batch + trailing)
        return out[()] if out.ndim == 0 else out

    def _check_out(self, op: str, out: Any, shape: tuple[int, ...], dtype: np.dtype[Any],
                   *inputs: np.ndarray, arg: str = "out") -> np.ndarray:
        """Check a preallocated ``out`` (named ``arg`` in the errors): ValueError naming it unless it
        is a writeable C-contiguous array of the result's shape and dtype that does not overlap the
        inputs."""
        if not isinstance(out, np.ndarray):
            raise ValueError(f"{self.name}.{op}: argument '{arg}' must be a numpy array, got "
                             f"{type(out).__name__}")
        if out.shape != shape:
            problem = f"have shape {shape}, got shape {out.shape}"
        elif out.dtype != dtype:
            problem = f"have dtype {dtype} (the result type of the inputs), got {out.dtype}"
        elif not out.flags.c_contiguous:
            problem = "be C-contiguous"
        elif not out.flags.writeable:
            problem = "be writeable"
        elif any(np.may_share_memory(out, x) for x in inputs):
            problem = "not overlap the inputs"
        else:
            return out
        raise ValueError(f"{self.name}.{op}: argument '{arg}' must {problem}")

    def _unary(self, method: str, a: ArrayLike, arg: str, width: int, trailing: tuple[int, ...],
               validate: bool, scalar_event: bool = False, op: str | None = None,
               out: np.ndarray | None = None) -> Any:
        op = op or method
        if _cuda.device_kind(a) is not None or _cuda.device_kind(out) is not None:
            # CuPy / torch CUDA input: computed on its device
            if out is not None:
                raise TypeError(f"{self.name}.{op}: argument 'out' is not supported with device arrays")
            return _cuda.unary(self, method, a, arg, width, trailing, validate, op)
        arr = self._float(a, arg, op)
        lead = self._lead(arr, arg, op, width, scalar_event)
        rows = np.ascontiguousarray(arr).reshape(_prod(lead), width)
        if out is not None:
            self._check_out(op, out, lead + trailing, arr.dtype, arr)
            getattr(self._core, method)(rows, list(lead), validate, out.reshape(_prod(lead), _prod(trailing)))
            return out
        flat = getattr(self._core, method)(rows, list(lead), validate)
        return self._shape_out(flat, lead, trailing)

    # ------------------------------------------------------------------ source parameters
    def natural(self, *args: ArrayLike, validate: bool = True, **kwargs: ArrayLike) -> Any:
        """Natural parameters θ from the source (textbook) parameters.

        Parameters are given by name (``fam.natural(mean=0.0, std=1.0)``) or positionally in the
        order of :attr:`source_params`; their leading shapes broadcast.

        Returns
        -------
        theta : ndarray, shape (..., D)

        Examples
        --------
        >>> import infogeom as ig
        >>> ig.Normal().natural(mean=1.0, std=2.0)
        array([ 0.25 , -0.125])
        """
        spec = self.source_params
        names = list(spec)
        if len(args) > len(names):
            raise TypeError(f"{self.name}.natural: takes {len(names)} source parameters ({', '.join(names)})")
        given: dict[str, ArrayLike] = dict(zip(names, args))
        for k, v in kwargs.items():
            if k not in spec:
                raise TypeError(f"{self.name}.natural: unknown source parameter '{k}'; "
                                f"expected {', '.join(names)}")
            if k in given:
                raise TypeError(f"{self.name}.natural: source parameter '{k}' given twice")
            given[k] = v
        missing = [n for n in names if n not in given]
        if missing:
            raise TypeError(f"{self.name}.natural: missing source parameter(s) {', '.join(missing)}")
        arrays = {n: self._float(given[n], n, "natural") for n in names}
        dtype = np.result_type(*arrays.values())
        leads = []
        for n in names:
            a, shp = arrays[n], spec[n]
            if a.ndim < len(shp) or tuple(a.shape[a.ndim - len(shp):]) != shp:
                raise ValueError(f"{self.name}.natural: source parameter '{n}' must have trailing "
                                 f"shape {shp}, got shape {a.shape}")
            leads.append((n, tuple(a.shape[:a.ndim - len(shp)])))
        batch = self._broadcast("natural", *leads)
        n_rows = _prod(batch)
        packed = np.empty((n_rows, int(self._core.source_size)), dtype=dtype)
        col = 0
        for n in names:
            size = _prod(spec[n])
            packed[:, col:col + size] = np.broadcast_to(arrays[n], batch + spec[n]).reshape(n_rows, size)
            col += size
        flat = self._core.from_source(packed, list(batch), validate)
        return self._shape_out(flat, batch, (self.dim,))

    def source(self, theta: ArrayLike, *, validate: bool = True) -> dict[str, Any]:
        """Source parameters of natural parameters θ, the inverse of :meth:`natural`.

        Parameters
        ----------
        theta : array_like, shape (..., D)

        Returns
        -------
        dict mapping each source parameter name to an array of shape ``(...,) + its shape``.

        Examples
        --------
        >>> import infogeom as ig
        >>> ig.Normal().source([0.25, -0.125])
        {'mean': np.float64(1.0), 'std': np.float64(2.0)}
        """
        arr = self._float(theta, "theta", "source")
        lead = self._lead(arr, "theta", "source", self.dim, False)
        flat = self._core.to_source(np.ascontiguousarray(arr).reshape(-1, self.dim), list(lead), validate)
        out: dict[str, Any] = {}
        col = 0
        for n, shp in self.source_params.items():
            size = _prod(shp)
            out[n] = self._shape_out(np.ascontiguousarray(flat[:, col:col + size]), lead, shp)
            col += size
        return out

    # ------------------------------------------------------------------ Legendre duality
    def log_partition(self, theta: ArrayLike, *, validate: bool = True,
                      out: np.ndarray | None = None) -> Any:
        """Log-partition function F(θ) (the cumulant function).

        Parameters
        ----------
        theta : array_like, shape (..., D)
        out : ndarray, optional
            Preallocated result (shape as returned, dtype the result dtype, C-contiguous,
            writeable, not overlapping the input): written in place and returned.

        Returns
        -------
        ndarray, shape (...,)

        Examples
        --------
        >>> import infogeom as ig
        >>> float(ig.Poisson().log_partition([0.0]))  # F(θ) = exp θ
        1.0
        """
        return self._unary("log_partition", theta, "theta", self.dim, (), validate, out=out)

    def to_mean(self, theta: ArrayLike, *, validate: bool = True,
                out: np.ndarray | None = None) -> Any:
        """Mean parameters η = ∇F(θ) = E[T(X)].

        Parameters
        ----------
        theta : array_like, shape (..., D)
        out : ndarray, optional
            Preallocated result (shape as returned, dtype the result dtype, C-contiguous,
            writeable, not overlapping the input): written in place and returned.

        Returns
        -------
        eta : ndarray, shape (..., D)

        Examples
        --------
        >>> import infogeom as ig
        >>> ig.Normal().to_mean(ig.Normal().natural(mean=1.0, std=2.0))
        array([1., 5.])
        """
        return self._unary("to_mean", theta, "theta", self.dim, (self.dim,), validate, out=out)

    def to_natural(self, eta: ArrayLike, *, validate: bool = True,
                   out: np.ndarray | None = None) -> Any:
        """Natural parameters θ = ∇F*(η), the inverse of :meth:`to_mean`.

        Closed form where one exists, otherwise a safeguarded Newton solve to a residual near
        machine precision (the family's docstring states which and how accurate). A solve that
        cannot converge raises ``ValueError`` with the offending index.

        Parameters
        ----------
        eta : array_like, shape (..., D)
        out : ndarray, optional
            Preallocated result (shape as returned, dtype the result dtype, C-contiguous,
            writeable, not overlapping the input): written in place and returned.

        Returns
        -------
        theta : ndarray, shape (..., D)

        Examples
        --------
        >>> import infogeom as ig
        >>> ig.Normal().to_natural([1.0, 5.0])
        array([ 0.25 , -0.125])
        """
        return self._unary("to_natural", eta, "eta", self.dim, (self.dim,), validate, out=out)

    def conjugate(self, eta: ArrayLike, *, validate: bool = True,
                  out: np.ndarray | None = None) -> Any:
        """Legendre conjugate F*(η) = θ·η − F(θ), the negative entropy up to E[log h(X)].

        Parameters
        ----------
        eta : array_like, shape (..., D)
        out : ndarray, optional
            Preallocated result (shape as returned, dtype the result dtype, C-contiguous,
            writeable, not overlapping the input): written in place and returned.

        Returns
        -------
        ndarray, shape (...,)

        Examples
        --------
        >>> import infogeom as ig
        >>> round(float(ig.Normal().conjugate([0.0, 1.0])), 12)  # −½ log(2πe)
        -1.418938533205
        """
        return self._unary("conjugate", eta, "eta", self.dim, (), validate, out=out)

    def fisher(self, theta: ArrayLike, coords: Literal["natural", "mean", "source"] = "natural", *,
               validate: bool = True) -> Any:
        """Fisher information metric at θ.

        Parameters
        ----------
        theta : array_like, shape (..., D)
            The point, always given in natural parameters.
        coords : {"natural", "mean", "source"}
            Coordinates the metric is expressed in: ``"natural"`` gives ∇²F(θ); ``"mean"`` gives
            ∇²F*(η) = (∇²F(θ))⁻¹; ``"source"`` gives Jᵀ ∇²F(θ) J in the free source coordinates
            (see the family's docstring for their order), J = ∂θ/∂ξ.

        Returns
        -------
        ndarray, shape (..., D, D), or (..., P, P) for ``coords="source"``

        Examples
        --------
        >>> import infogeom as ig
        >>> ig.Normal().fisher(ig.Normal().natural(mean=0.0, std=2.0), coords="source")
        array([[0.25, 0.  ],
               [0.  , 0.5 ]])
        """
        D = self.dim
        if coords == "natural":
            return self._unary("fisher", theta, "theta", D, (D, D), validate)
        if coords == "mean":
            return self._unary("fisher_mean", theta, "theta", D, (D, D), validate, op="fisher")
        if coords == "source":
            P = int(self._core.free_source_dim)
            return self._unary("fisher_source", theta, "theta", D, (P, P), validate, op="fisher")
        raise ValueError(f"{self.name}.fisher: coords must be 'natural', 'mean' or 'source', got {coords!r}")

    def entropy(self, theta: ArrayLike, *, validate: bool = True,
                out: np.ndarray | None = None) -> Any:
        """Shannon (differential) entropy in nats.

        Parameters
        ----------
        theta : array_like, shape (..., D)
        out : ndarray, optional
            Preallocated result (shape as returned, dtype the result dtype, C-contiguous,
            writeable, not overlapping the input): written in place and returned.

        Returns
        -------
        ndarray, shape (...,)

        Examples
        --------
        >>> import infogeom as ig
        >>> round(float(ig.Normal().entropy(ig.Normal().natural(mean=0.0, std=1.0))), 12)
        1.418938533205
        """
        return self._unary("entropy", theta, "theta", self.dim, (), validate, out=out)

    # ------------------------------------------------------------------ observations
    def sufficient_statistics(self, x: ArrayLike, *, validate: bool = True) -> Any:
        """Sufficient statistics T(x).

        Parameters
        ----------
        x : array_like, shape (...,) + event_shape

        Returns
        -------
        ndarray, shape (..., D)

        Examples
        --------
        >>> import infogeom as ig
        >>> ig.Normal().sufficient_statistics([1.0, 3.0])
        array([[1., 1.],
               [3., 9.]])
        """
        w = int(self._core.sample_size)
        return self._unary("sufficient_statistics", x, "x", w, (self.dim,), validate,
                           scalar_event=bool(self._core.scalar_sample))

    def log_prob(self, x: ArrayLike, theta: ArrayLike, *, validate: bool = True) -> Any:
        """Log-density (log-mass for discrete families) of x under θ; −inf outside the support.

        Parameters
        ----------
        x : array_like, shape (...,) + event_shape
        theta : array_like, shape (..., D)
            Leading shapes of ``x`` and ``theta`` broadcast against each other.

        Returns
        -------
        ndarray, the broadcast leading shape

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> round(float(fam.log_prob(0.0, fam.natural(mean=0.0, std=1.0))), 12)
        -0.918938533205
        """
        D, w = self.dim, int(self._core.sample_size)
        scalar = bool(self._core.scalar_sample)
        xa = self._float(x, "x", "log_prob")
        ta = self._float(theta, "theta", "log_prob")
        dtype = np.result_type(xa, ta)
        xa, ta = xa.astype(dtype, copy=False), ta.astype(dtype, copy=False)
        xl = self._lead(xa, "x", "log_prob", w, scalar)
        tl = self._lead(ta, "theta", "log_prob", D, False)
        batch = self._broadcast("log_prob", ("x", xl), ("theta", tl))
        if scalar:
            xa = xa[..., None]
        xr = self._rows(xa, xl, batch, w)
        tr = self._rows(ta, tl, batch, D)
        flat = self._core.log_prob(xr, tr, list(batch), validate)
        return self._shape_out(flat, batch, ())

    def prob(self, x: ArrayLike, theta: ArrayLike, *, validate: bool = True) -> Any:
        """Density (mass) ``exp(log_prob(x, theta))``; same shapes as :meth:`log_prob`.

        Examples
        --------
        >>> import infogeom as ig
        >>> float(ig.Bernoulli().prob(1, ig.Bernoulli().natural(p=0.25)))
        0.25
        """
        return np.exp(self.log_prob(x, theta, validate=validate))

    def _fit_source(self, x: np.ndarray, axis: tuple[int, ...], weights: np.ndarray | None) -> dict[str, Any] | None:
        """Families whose mean parameters cancel in floating point (location-scale families)
        override this with two-pass moment estimators; None means: go through η."""
        return None

    def fit(self, x: ArrayLike, axis: int | tuple[int, ...] | None = 0, *,
            weights: ArrayLike | None = None, validate: bool = True) -> Any:
        """Maximum-likelihood estimate (the m-projection): θ = ∇F*(mean of T(x) over ``axis``).

        Parameters
        ----------
        x : array_like, shape (...,) + event_shape
        axis : int, tuple of int or None
            Leading (batch) axes of ``x`` holding the i.i.d. sample; None means all of them.
        weights : array_like, optional
            Non-negative weights broadcastable to the leading shape of ``x``.

        Returns
        -------
        theta : ndarray, shape (remaining leading axes..., D)

        Raises
        ------
        ValueError
            If the sample average of T(x) lies on the boundary of the mean domain (no MLE exists,
            e.g. all Bernoulli observations equal).

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Poisson()
        >>> fam.fit([1, 2, 3, 6])
        array([1.09861229])
        """
        xa = self._float(x, "x", "fit")
        w = int(self._core.sample_size)
        scalar = bool(self._core.scalar_sample)
        lead = self._lead(xa, "x", "fit", w, scalar)
        nlead = len(lead)
        if axis is None:
            axes = tuple(range(nlead))
        else:
            given = (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis)
            if any(not -nlead <= int(a) < nlead for a in given):
                raise ValueError(f"{self.name}.fit: axis {axis} is out of range for x of batch shape {lead}")
            axes = tuple(int(a) % nlead for a in given)
            if len(set(axes)) != len(axes):
                raise ValueError(f"{self.name}.fit: axis {axis} is out of range for x of batch shape {lead}")
        if any(lead[a] == 0 for a in axes):
            raise ValueError(f"{self.name}.fit: empty sample along axis {axis}")
        if validate:
            rows = np.ascontiguousarray(xa).reshape(_prod(lead), w)
            self._core.validate(rows, "x", list(lead), "fit")
        wts = None
        if weights is not None:
            wts = self._float(weights, "weights", "fit")
            try:
                wts = np.broadcast_to(wts, lead)
            except ValueError:
                raise ValueError(f"{self.name}.fit: weights of shape {wts.shape} do not broadcast to "
                                 f"the batch shape {lead} of x") from None
            if validate and (np.any(wts < 0) or not np.all(np.isfinite(wts))):
                raise ValueError(f"{self.name}.fit: weights must be finite and non-negative")
        src = self._fit_source(xa, axes, wts)
        if src is not None:
            return self.natural(**src, validate=validate)
        T = self.sufficient_statistics(xa, validate=False)
        T = np.asarray(T)
        if wts is None:
            eta = T.mean(axis=axes)
        else:
            wexp = wts[..., None]
            eta = (T * wexp).sum(axis=axes) / wexp.sum(axis=axes)
        try:
            return self.to_natural(eta, validate=validate)
        except ValueError as err:
            raise ValueError(f"{self.name}.fit: the average sufficient statistic lies outside the open "
                             f"mean domain, so no maximum-likelihood estimate exists ({err})") from None

    # ------------------------------------------------------------------ scipy.stats
    def to_scipy(self, theta: ArrayLike) -> Any:
        """The frozen ``scipy.stats`` distribution with natural parameters θ.

        The inverse of :func:`infogeom.from_scipy` (the table there gives the parametrisations).
        For univariate families a batch θ of shape (..., D) gives one frozen distribution with
        array parameters (scipy broadcasts them); scipy's multivariate distributions
        (``multivariate_normal``, ``dirichlet``, ``wishart``, ``multinomial``) take one parameter
        set, so for those θ must have shape (D,) (``ValueError`` otherwise).

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Geometric()
        >>> d = fam.to_scipy(fam.natural(p=0.25))  # scipy.stats.geom(0.25, loc=-1)
        >>> round(float(d.pmf(0)), 12), round(float(d.mean()), 12)  # p, (1 − p)/p
        (0.25, 3.0)
        """
        from ._scipy import to_scipy
        return to_scipy(self, theta)

    # ------------------------------------------------------------------ sampling
    def _draw(self, rng: np.random.Generator, src: Mapping[str, np.ndarray], shape: tuple[int, ...]) -> np.ndarray:
        raise NotImplementedError  # every concrete family overrides this

    def sample(self, theta: ArrayLike, size: int | tuple[int, ...] | None = None,
               rng: np.random.Generator | int | None = None, *, validate: bool = True) -> Any:
        """Draw samples from the distributions θ.

        Parameters
        ----------
        theta : array_like, shape (..., D)
        size : int or tuple of int, optional
            Sample shape prepended to the batch shape.
        rng : numpy.random.Generator or seed, optional

        Returns
        -------
        ndarray, shape size + (...) + event_shape, dtype of ``theta`` (int64 for discrete families)

        Examples
        --------
        >>> import infogeom as ig
        >>> fam = ig.Normal()
        >>> fam.sample(fam.natural(mean=0.0, std=1.0), size=3, rng=0).shape
        (3,)
        """
        gen = np.random.default_rng(rng)
        arr = self._float(theta, "theta", "sample")
        lead = self._lead(arr, "theta", "sample", self.dim, False)
        sshape = () if size is None else ((size,) if isinstance(size, (int, np.integer)) else tuple(size))
        src = self.source(arr, validate=validate)
        shape = tuple(int(s) for s in sshape) + lead
        bsrc = {k: np.broadcast_to(np.asarray(v, dtype=np.float64), shape + self.source_params[k])
                for k, v in src.items()}
        out = self._draw(gen, bsrc, shape)
        if out.dtype.kind == "f":
            out = out.astype(arr.dtype, copy=False)
        return out[()] if out.ndim == 0 else out

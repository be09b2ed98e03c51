"""Clustering with exponential families and their Bregman divergences (issue 5), scikit-learn style.

- :class:`BregmanKMeans`: hard clustering with a Bregman divergence (Banerjee, Merugu, Dhillon &
  Ghosh, "Clustering with Bregman divergences", JMLR 6, 2005, §3-4). On raw samples x the
  divergence is d_F*(T(x), η_c), and argmin_c d_F*(T(x), η_c) = argmax_c θ_c·T(x) − F(θ_c): the
  assignment of all points is ONE matrix product T(X)·Θᵀ plus a rank-one term (done in row
  chunks of 2¹⁶, so memory stays O(chunk × K)). The optimal centroid of a cluster is the mean of
  T(x) over it (in the expectation coordinates; Banerjee et al., Prop. 1). On parameter points
  (``input_kind="params"``, rows are natural parameters θ_i) the assignment is
  ``fam.knn(P, C, 1, divergence)`` and the centroid is the matching sided or symmetrized
  centroid (``fam.centroid``).
- :class:`ExponentialFamilyMixture`: EM for a finite mixture of one exponential family, which is
  Bregman soft clustering (Banerjee et al. 2005, §5; Dempster, Laird & Rubin 1977). E-step:
  responsibilities from the same GEMM with a float64 log-sum-exp; M-step: η_c = weighted mean of
  T(x), θ_c = ∇F*(η_c), mixing weights = mean responsibilities.

Family choice. ``family`` is an infogeom family instance (``ig.Gamma()``), a family class or its
name (``"gamma"``, ``"DiagonalNormal"``), or None: then ``DiagonalNormal`` is used, an
axis-aligned Gaussian per cluster, the natural default for arbitrary real features (this is what
scikit-learn's generic estimator checks exercise). X has shape (n_samples, n_features) with
n_features = 1 for scalar families (Normal, Gamma, Poisson, ...) and the event size otherwise
(d for DiagonalNormal(d) and MultivariateNormal(d), d² for Wishart(d), k for Dirichlet(k)); with
``input_kind="params"`` n_features is the number D of natural parameters. A family class or name
with a size argument gets the size that matches n_features (DiagonalNormal(d) from 2d parameter
columns, Categorical(k) from k − 1); where n_features does not determine it (Binomial(n),
NegativeBinomial(r), Categorical(k) from samples) pass an instance.

Degenerate clusters. Every M-step adds ``reg`` pseudo-observations at the pooled mean statistic
η₀ (the mean of T over the whole data set): η_c = (Σ_i r_ic T(x_i) + reg·η₀) / (Σ_i r_ic + reg),
the MAP estimate under a conjugate prior centred at η₀ (Diaconis & Ylvisaker, Ann. Stat. 7,
1979). Because η₀ is interior, every centroid is interior (a single point, or a zero-variance
cluster, gets a small positive variance). ``reg=0`` gives the plain MLE M-step, and then a
degenerate cluster raises ``ValueError`` naming it. If η₀ itself is on the boundary (e.g. a
constant feature for a Normal family, all-zero counts for Poisson) fitting raises ``ValueError``.
Empty clusters are re-seeded at the point with the lowest log-likelihood under its current
cluster (as scikit-learn's KMeans relocates to far points).
"""

from __future__ import annotations

import inspect
import math
import numbers
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, TypeVar, overload

import numpy as np
from numpy.typing import ArrayLike

from ._family import ExponentialFamily
from ._stats import _real


# Minimal stand-ins for scikit-learn's base classes and validation helpers, used when it is not
# installed. scikit-learn has no type information, so they are also what mypy checks against.
class _EstimatorBase:
    def get_params(self, deep: bool = True) -> dict[str, Any]:
        names = [p for p in inspect.signature(type(self).__init__).parameters if p != "self"]
        return {n: getattr(self, n) for n in names}

    def set_params(self, **params: Any) -> "_EstimatorBase":
        for k, v in params.items():
            setattr(self, k, v)
        return self


class _Fits(Protocol):
    def fit(self, X: Any, y: Any = None) -> Any: ...


class _FitsLabels(_Fits, Protocol):
    labels_: np.ndarray


class _FitsTransforms(_Fits, Protocol):
    def transform(self, X: Any) -> np.ndarray: ...


class _ClusterBase:
    def fit_predict(self: _FitsLabels, X: Any, y: Any = None, **kw: Any) -> np.ndarray:
        self.fit(X, **kw)
        return self.labels_


class _TransformerBase:
    def fit_transform(self: _FitsTransforms, X: Any, y: Any = None, **kw: Any) -> np.ndarray:
        self.fit(X, **kw)
        return self.transform(X)


def _check_is_fitted(est: Any, attributes: Any = None) -> None:
    if not hasattr(est, "n_features_in_"):
        raise ValueError(f"This {type(est).__name__} instance is not fitted yet")


def _validate_data(est: Any, X: Any, reset: bool = True, **kw: Any) -> np.ndarray:
    arr = np.asarray(X, dtype=np.float64)
    if arr.ndim != 2:
        raise ValueError(f"Expected 2D array, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise ValueError("Input X contains NaN or infinity")
    if reset:
        est.n_features_in_ = arr.shape[1]
    elif arr.shape[1] != est.n_features_in_:
        raise ValueError(f"X has {arr.shape[1]} features, but {type(est).__name__} is expecting "
                         f"{est.n_features_in_} features as input")
    return arr


if TYPE_CHECKING:
    BaseEstimator = _EstimatorBase
    ClusterMixin = _ClusterBase
    TransformerMixin = _TransformerBase
    check_is_fitted = _check_is_fitted
    validate_data = _validate_data
else:
    try:  # scikit-learn is optional: the estimators work without it, with the stand-ins above
        from sklearn.base import BaseEstimator, ClusterMixin, TransformerMixin
        from sklearn.utils.validation import check_is_fitted, validate_data
    except ImportError:  # pragma: no cover
        BaseEstimator, ClusterMixin, TransformerMixin = _EstimatorBase, _ClusterBase, _TransformerBase
        check_is_fitted, validate_data = _check_is_fitted, _validate_data

__all__ = ["BregmanKMeans", "ExponentialFamilyMixture"]


def _chunk_rows(K: int) -> int:
    """Rows per block: the (rows, K) score block stays around 1 MiB, in cache for the passes
    that follow the GEMM (argmax, exp, sums)."""
    return int(np.clip((1 << 17) // max(K, 1), 256, 8192))


_BLAS_CONTROLLER: Any = None


class _SingleThreadBLAS:
    """Blocks run on infogeom's threads (numpy releases the GIL), each with a 1-thread BLAS: a
    GEMM with an inner dimension of D (a handful) gains nothing from BLAS threads and suffers
    badly from oversubscription. (threadpoolctl, a scikit-learn dependency, when present; the
    library scan is done once.)"""

    def __enter__(self) -> "_SingleThreadBLAS":
        global _BLAS_CONTROLLER
        self._ctx = None
        try:
            if _BLAS_CONTROLLER is None:
                from threadpoolctl import ThreadpoolController
                _BLAS_CONTROLLER = ThreadpoolController()
            self._ctx = _BLAS_CONTROLLER.limit(limits=1, user_api="blas")
        except ImportError:  # pragma: no cover
            pass
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._ctx is not None:
            self._ctx.restore_original_limits()


def _resolve_family(family: object, width: int, input_kind: str, who: str) -> ExponentialFamily:
    """The family instance that ``family`` names, for rows of X of ``width`` columns.

    A class or name of a family with a size argument (DiagonalNormal(d), MultivariateNormal(d),
    Wishart(d), Dirichlet(k), Categorical(k)) gets the size whose row width is ``width``: the event
    size for ``input_kind="samples"``, the number D of natural parameters for ``"params"``.
    ValueError when the width does not determine the size (Binomial(n), NegativeBinomial(r),
    Categorical(k) from samples, or a width no size gives): an instance must be passed then.
    """
    import infogeom as ig
    if family is None:
        family = ig.DiagonalNormal
    if isinstance(family, ExponentialFamily):
        return family
    cls: type[ExponentialFamily] | None = None
    if isinstance(family, type) and issubclass(family, ExponentialFamily) and family is not ExponentialFamily:
        cls = family
    elif isinstance(family, str):
        key = family.replace("_", "").replace("-", "").lower()
        for name in ig.__all__:
            obj = getattr(ig, name)
            if isinstance(obj, type) and issubclass(obj, ExponentialFamily) and obj is not ExponentialFamily \
                    and name.lower() == key:
                cls = obj
    if cls is None:
        raise ValueError(f"{who}: family must be an infogeom family instance, class or name, got {family!r}")
    # the constructors of the families differ (ExponentialFamily's own takes the compiled core)
    make: Callable[..., ExponentialFamily] = cls
    required = [p for p in inspect.signature(cls).parameters.values()
                if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    if not required:
        return make()
    sized: dict[int, ExponentialFamily | None] = {}

    def row_width(size: int) -> int:  # 0 for a size the family rejects (k = 1 for Categorical)
        if size not in sized:
            try:
                sized[size] = make(size)
            except ValueError:
                sized[size] = None
        fam = sized[size]
        if fam is None:
            return 0
        return int(fam._core.sample_size) if input_kind == "samples" else fam.dim

    # row widths do not decrease with the size: the smallest size reaching `width` by bisection
    lo, hi = 1, width + 2
    if row_width(hi) >= width:
        while lo < hi:
            mid = (lo + hi) // 2
            if row_width(mid) >= width:
                hi = mid
            else:
                lo = mid + 1
    found = sized[lo] if row_width(lo) == width else None
    if found is not None and row_width(lo + 1) != width:
        return found
    problem = "does not determine" if found is not None else "fits no value of"
    raise ValueError(f"{who}: X with {width} column{'' if width == 1 else 's'} (input_kind={input_kind!r}) "
                     f"{problem} the argument {required[0].name!r} of {cls.__name__}; pass a "
                     f"family instance, e.g. family=infogeom.{cls.__name__}(...)")


_R = TypeVar("_R")


class _KMeansRun(NamedTuple):
    centers: np.ndarray  # natural parameters, (K, D)
    labels: np.ndarray
    objective: float  # inertia, lower is better
    n_iter: int


class _EMRun(NamedTuple):
    theta: np.ndarray  # (K, D)
    logw: np.ndarray  # log mixing weights, (K,)
    lower_bound: float  # mean log-likelihood per sample, higher is better
    n_iter: int
    converged: bool
    history: list[float]


def _check_int(v: Any, name: str, who: str, lo: int) -> int:
    if isinstance(v, bool) or not isinstance(v, numbers.Integral) or v < lo:
        raise ValueError(f"{who}: {name} must be an integer >= {lo}, got {v!r}")
    return int(v)


class _Base(ClusterMixin, BaseEstimator):
    """Shared data plumbing: family resolution, T(x), log h(x), scoring GEMM, M-step."""

    _who = ""
    # constructor parameters (set by the subclasses' __init__, checked at fit time)
    family: Any
    max_iter: int
    n_init: int
    tol: float
    reg: float
    random_state: Any
    # fitted state
    family_: ExponentialFamily
    n_features_in_: int
    labels_: np.ndarray

    # ------------------------------------------------------------------ data
    def _samples(self, X: ArrayLike, reset: bool) -> tuple[np.ndarray, np.ndarray]:
        """Validated X -> (T(x) (n, D) float64, log h(x) (n,))."""
        X = validate_data(self, X, reset=reset, dtype=[np.float64, np.float32])
        X = np.asarray(X, dtype=np.float64)
        if reset:
            self.family_ = _resolve_family(self.family, X.shape[1], "samples", self._who)
        fam = self.family_
        w = int(fam._core.sample_size)
        if X.shape[1] != w:
            raise ValueError(f"{self._who}: X has {X.shape[1]} features but family {fam!r} needs "
                             f"{w} per observation")
        rows = np.ascontiguousarray(X)
        n = rows.shape[0]
        try:
            fam._core.validate(rows, "x", [n], "fit" if reset else "predict")
        except ValueError as err:
            raise ValueError(f"{self._who}: {err}".replace(": x at index", ": X at row")) from None
        T = np.asarray(fam._core.sufficient_statistics(rows, [n], False), dtype=np.float64)
        logh = np.asarray(fam._core.log_base_measure(rows, [n], False), dtype=np.float64).reshape(n)
        return T, logh

    def _natural(self, eta: np.ndarray) -> np.ndarray:
        fam = self.family_
        mask = fam._core.domain_mask(np.ascontiguousarray(eta), "eta")
        if not mask.all():
            k = int(np.argmin(mask))
            raise ValueError(f"{self._who}: component {k} is degenerate: its mean statistic "
                             f"{eta[k]} lies on the boundary of the {fam.name} mean domain (e.g. zero "
                             f"variance or a single distinct value); use reg > 0")
        try:
            return np.asarray(fam.to_natural(eta), dtype=np.float64)
        except ValueError as err:
            raise ValueError(f"{self._who}: component M-step failed: {err}") from None

    def _map_blocks(self, T: np.ndarray, logh: np.ndarray, theta: np.ndarray, logw: np.ndarray | None,
                    fn: Callable[[slice, np.ndarray, np.ndarray], _R]) -> list[_R]:
        """[fn(slice, L, Ta) for each row block], L[i, c] = log p(x_i; θ_c) (+ log w_c): ONE GEMM
        Ta·W with Ta = [T(x), 1, log h(x)] and W = [Θ, −F(Θ) + log w, 1]ᵀ (the rank-one terms
        folded in); blocks run in parallel."""
        from concurrent.futures import ThreadPoolExecutor
        import infogeom as ig
        Fk = np.asarray(self.family_.log_partition(theta), dtype=np.float64).reshape(-1)
        off = -Fk if logw is None else logw - Fk
        n, D = T.shape
        W = np.ascontiguousarray(np.vstack([np.asarray(theta, dtype=np.float64).T, off[None, :],
                                            np.ones((1, off.size))]))
        size = _chunk_rows(W.shape[1])
        blocks = [slice(s, min(n, s + size)) for s in range(0, n, size)]

        def run(sl: slice) -> _R:
            Ta = np.empty((sl.stop - sl.start, D + 2))
            Ta[:, :D] = T[sl]
            Ta[:, D] = 1.0
            Ta[:, D + 1] = logh[sl]
            return fn(sl, Ta @ W, Ta)

        workers = min(ig.get_num_threads(), len(blocks))
        if len(blocks) <= 1:
            return [run(b) for b in blocks]
        with _SingleThreadBLAS():
            if workers <= 1:
                return [run(b) for b in blocks]
            with ThreadPoolExecutor(workers) as ex:
                return list(ex.map(run, blocks))

    def _pooled(self, T: np.ndarray) -> np.ndarray:
        eta0: np.ndarray = T.mean(axis=0)
        mask = self.family_._core.domain_mask(np.ascontiguousarray(eta0[None]), "eta")
        if not mask[0]:
            raise ValueError(f"{self._who}: the mean sufficient statistic of the n_samples={T.shape[0]} "
                             f"observations lies on the boundary "
                             f"of the {self.family_.name} mean domain (e.g. a constant feature for a normal "
                             f"family, or all-zero counts): no cluster model can be fitted")
        return eta0

    def _mstep(self, S: np.ndarray, Nk: np.ndarray, eta0: np.ndarray) -> np.ndarray:
        reg = float(self.reg)
        return (S + reg * eta0) / (Nk + reg)[:, None]

    def _seed_eta(self, T: np.ndarray, idx: np.ndarray, eta0: np.ndarray) -> np.ndarray:
        """Initial centroids at data points, moved 1% of the way to η₀ so they are interior: for a
        normal family a seed has the variance 1% of the pooled one (plus 1% of its squared offset),
        narrow enough for the k-means++ potential to behave like D² sampling."""
        seeds: np.ndarray = 0.99 * T[idx] + 0.01 * eta0
        return seeds

    def _kmeanspp(self, T: np.ndarray, logh: np.ndarray, eta0: np.ndarray, K: int,
                  rng: np.random.Generator) -> np.ndarray:
        """Greedy k-means++ (Arthur & Vassilvitskii 2007) with the potential −log p(x; θ_c):
        the next seed is drawn ∝ the excess cost of each point, the best of 2 + ⌊ln K⌋ trials kept."""
        n = T.shape[0]
        trials = 2 + int(np.log(K))
        first = int(rng.integers(n))
        seeds = [first]
        theta = self._natural(self._seed_eta(T, np.array([first]), eta0))
        best = np.concatenate(self._map_blocks(T, logh, theta, None, lambda sl, L, Ta: -L[:, 0]))
        for _ in range(1, K):
            d = best - best.min()
            tot = d.sum()
            if not np.isfinite(tot) or tot <= 0:
                cand = rng.integers(n, size=trials)
            else:
                cand = rng.choice(n, size=trials, p=d / tot)
            th = self._natural(self._seed_eta(T, cand, eta0))
            cost = np.concatenate(self._map_blocks(T, logh, th, None, lambda sl, L, Ta: -L), axis=0)
            new = np.minimum(best[:, None], cost)
            j = int(np.argmin(new.sum(axis=0)))
            seeds.append(int(cand[j]))
            best = new[:, j]
        return self._seed_eta(T, np.array(seeds), eta0)

    def _rng(self) -> np.random.Generator:
        rs = self.random_state
        if isinstance(rs, np.random.RandomState):  # scikit-learn's legacy generators
            return np.random.default_rng(rs.randint(2**31))
        return np.random.default_rng(rs)

    def _check_common(self) -> None:
        who = self._who
        reg = _real(self.reg)
        if reg is None or not (reg >= 0 and np.isfinite(reg)):
            raise ValueError(f"{who}: reg must be a finite number >= 0, got {self.reg!r}")
        tol = _real(self.tol)
        if tol is None or not tol >= 0:
            raise ValueError(f"{who}: tol must be >= 0, got {self.tol!r}")
        _check_int(self.max_iter, "max_iter", who, 1)
        _check_int(self.n_init, "n_init", who, 1)


class BregmanKMeans(TransformerMixin, _Base):
    """Hard clustering with the Bregman divergence of an exponential family (Bregman k-means).

    Banerjee, Merugu, Dhillon & Ghosh, "Clustering with Bregman divergences", JMLR 6 (2005),
    Algorithm 1: Lloyd iterations with the assignment argmin_c d(x, c) and the centroid in closed
    form (the mean in the expectation coordinates). See the module docstring for the family
    choice, the input kinds, regularisation and empty clusters.

    Parameters
    ----------
    family : ExponentialFamily, class, str or None
        The model of one cluster; None = ``DiagonalNormal`` of the size matching X.
    n_clusters : int
    divergence : {"kl", "bregman", "jeffreys"}
        Only with ``input_kind="params"``: assignment by KL(p_i‖c) with right-sided centroids
        (``"kl"``), by B_F(θ_i : θ_c) = KL(c‖p_i) with left-sided centroids (``"bregman"``), or by
        the Jeffreys divergence with Jeffreys centroids. Samples always use ``"kl"`` (the
        divergence d_F*(T(x), η_c) between the empirical point and the cluster model).
    input_kind : {"samples", "params"}
        Rows of X are observations x (n_samples, event size), or natural parameters (n, D).
    init : {"k-means++", "random"} or array of shape (n_clusters, D)
        Seeding (greedy k-means++ with the divergence as potential), random rows, or initial
        centroids as natural parameters.
    n_init : int
        Runs with different seeds; the best objective is kept.
    max_iter : int
    tol : float
        Stop when the relative decrease of the objective is ≤ tol (or no label changes).
    reg : float
        Pseudo-count of the conjugate-prior regularisation (samples only); 0 = plain means.
    random_state : int, Generator or None

    Attributes
    ----------
    cluster_centers_ : ndarray (n_clusters, D)
        Natural parameters θ_c of the centroids.
    cluster_means_ : ndarray (n_clusters, D)
        Their mean parameters η_c.
    labels_ : ndarray of int64 (n_samples,)
    inertia_ : float
        The objective: −Σ_i log p(x_i; θ_{label_i}) for samples (equal, up to a constant of the
        data, to Σ_i d_F*(T(x_i), η_{label_i})); Σ_i d(p_i, c_{label_i}) for parameters.
    n_iter_ : int
    family_ : ExponentialFamily

    Examples
    --------
    >>> import numpy as np, infogeom as ig
    >>> from infogeom.cluster import BregmanKMeans
    >>> rng = np.random.default_rng(0)
    >>> x = np.concatenate([rng.poisson(2.0, 200), rng.poisson(30.0, 200)])[:, None]
    >>> km = BregmanKMeans(ig.Poisson(), n_clusters=2, random_state=0).fit(x)
    >>> np.round(np.sort(np.exp(km.cluster_centers_[:, 0])))
    array([ 2., 30.])
    """

    _who = "BregmanKMeans"

    def __init__(self, family: Any = None, n_clusters: int = 8, *, divergence: str = "kl",
                 input_kind: str = "samples", init: Any = "k-means++", n_init: int = 1,
                 max_iter: int = 300, tol: float = 1e-6, reg: float = 1e-6,
                 random_state: Any = None) -> None:
        self.family = family
        self.n_clusters = n_clusters
        self.divergence = divergence
        self.input_kind = input_kind
        self.init = init
        self.n_init = n_init
        self.max_iter = max_iter
        self.tol = tol
        self.reg = reg
        self.random_state = random_state

    def _check(self) -> int:
        self._check_common()
        K = _check_int(self.n_clusters, "n_clusters", self._who, 1)
        if self.input_kind not in ("samples", "params"):
            raise ValueError(f"{self._who}: input_kind must be 'samples' or 'params', got {self.input_kind!r}")
        if self.divergence not in ("kl", "bregman", "jeffreys"):
            raise ValueError(f"{self._who}: divergence must be 'kl', 'bregman' or 'jeffreys', "
                             f"got {self.divergence!r}")
        if self.input_kind == "samples" and self.divergence != "kl":
            raise ValueError(f"{self._who}: with input_kind='samples' the divergence is 'kl'; "
                             f"{self.divergence!r} needs input_kind='params'")
        if not (isinstance(self.init, str) and self.init in ("k-means++", "random")):
            if isinstance(self.init, str):
                raise ValueError(f"{self._who}: init must be 'k-means++', 'random' or an array, got {self.init!r}")
        return K

    # ------------------------------------------------------------------ parameters input
    def _params(self, X: ArrayLike, reset: bool) -> np.ndarray:
        X = validate_data(self, X, reset=reset, dtype=[np.float64, np.float32])
        X = np.ascontiguousarray(X, dtype=np.float64)
        if reset:
            self.family_ = _resolve_family(self.family, X.shape[1], "params", self._who)
        fam = self.family_
        if X.shape[1] != fam.dim:
            raise ValueError(f"{self._who}: with input_kind='params' X must have {fam.dim} columns (the "
                             f"natural parameters of {fam!r}), got {X.shape[1]}")
        try:
            fam._core.validate(X, "theta", [X.shape[0]], "fit" if reset else "predict")
        except ValueError as err:
            raise ValueError(f"{self._who}: {err}".replace(": theta at index", ": X at row")) from None
        return X

    def _assign_params(self, P: np.ndarray, C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        idx, val = self.family_.knn(P, C, 1, divergence=self.divergence, validate=False)
        return idx[:, 0], val[:, 0]

    def _centroids_params(self, P: np.ndarray, E: np.ndarray, labels: np.ndarray, K: int) -> np.ndarray:
        fam = self.family_
        Nk = np.bincount(labels, minlength=K).astype(np.float64)
        if self.divergence == "bregman":
            S = np.stack([np.bincount(labels, weights=P[:, d], minlength=K) for d in range(P.shape[1])], 1)
            return S / Nk[:, None]
        Se = np.stack([np.bincount(labels, weights=E[:, d], minlength=K) for d in range(P.shape[1])], 1)
        ebar = Se / Nk[:, None]
        if self.divergence == "kl":
            return np.asarray(fam.to_natural(ebar), dtype=np.float64)
        St = np.stack([np.bincount(labels, weights=P[:, d], minlength=K) for d in range(P.shape[1])], 1)
        tbar = St / Nk[:, None]
        c, _, _, _ = fam._jeffreys_means(tbar, ebar, 1e-12, 100, "fit")
        return c

    def _run_params(self, P: np.ndarray, K: int, rng: np.random.Generator) -> _KMeansRun:
        fam = self.family_
        n = P.shape[0]
        E = np.asarray(fam.to_mean(P, validate=False), dtype=np.float64)
        if isinstance(self.init, str) and self.init == "random":
            C = P[rng.choice(n, size=K, replace=False)].copy()
        elif isinstance(self.init, str):  # Bregman k-means++ (D² sampling with the divergence)
            seeds = [int(rng.integers(n))]
            best = np.asarray(fam.pairwise(P, P[seeds], self.divergence, validate=False))[:, 0]
            for _ in range(1, K):
                tot = best.sum()
                trials = 2 + int(np.log(K))
                cand = rng.integers(n, size=trials) if not tot > 0 else rng.choice(n, size=trials, p=best / tot)
                D_ = np.asarray(fam.pairwise(P, P[cand], self.divergence, validate=False))
                new = np.minimum(best[:, None], D_)
                j = int(np.argmin(new.sum(0)))
                seeds.append(int(cand[j]))
                best = new[:, j]
            C = P[seeds].copy()
        else:
            C = self._init_array(K)
        labels = np.full(n, -1)
        obj = np.inf
        it = 0
        for it in range(1, int(self.max_iter) + 1):
            new_labels, val = self._assign_params(P, C)
            new_obj = float(val.sum())
            counts = np.bincount(new_labels, minlength=K)
            if (counts == 0).any():  # re-seed empty clusters at the worst-fitted points
                worst = np.argsort(-val)
                for j, k in enumerate(np.flatnonzero(counts == 0)):
                    new_labels[worst[j]] = k
            C = self._centroids_params(P, E, new_labels, K)
            done = np.array_equal(new_labels, labels) or (obj - new_obj) <= self.tol * abs(new_obj)
            labels, obj = new_labels, new_obj
            if done:
                break
        labels, val = self._assign_params(P, C)
        return _KMeansRun(C, labels, float(val.sum()), it)

    def _init_array(self, K: int) -> np.ndarray:
        C = np.asarray(self.init, dtype=np.float64)
        D = self.family_.dim
        if C.shape != (K, D):
            raise ValueError(f"{self._who}: init array must have shape (n_clusters, D) = {(K, D)} "
                             f"(natural parameters), got {C.shape}")
        self.family_._core.validate(np.ascontiguousarray(C), "theta", [K], "init")
        return np.array(C)

    # ------------------------------------------------------------------ samples input
    def _assign_samples(self, T: np.ndarray, logh: np.ndarray, theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Labels argmax_c log p(x_i; θ_c) and the maxima, (n,) each."""
        def best(sl: slice, L: np.ndarray, Ta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            a = L.argmax(axis=1)
            return a, np.take_along_axis(L, a[:, None], axis=1)[:, 0]
        parts = self._map_blocks(T, logh, theta, None, best)
        return (np.concatenate([p[0] for p in parts]).astype(np.int64),
                np.concatenate([p[1] for p in parts]))

    def _run_samples(self, T: np.ndarray, logh: np.ndarray, eta0: np.ndarray, K: int,
                     rng: np.random.Generator) -> _KMeansRun:
        n, D = T.shape
        if isinstance(self.init, str) and self.init == "random":
            eta = self._seed_eta(T, rng.choice(n, size=K, replace=False), eta0)
            theta = self._natural(eta)
        elif isinstance(self.init, str):
            theta = self._natural(self._kmeanspp(T, logh, eta0, K, rng))
        else:
            theta = self._init_array(K)
        labels = np.full(n, -1)
        obj = np.inf
        it = 0
        for it in range(1, int(self.max_iter) + 1):
            new_labels, best_ll = self._assign_samples(T, logh, theta)
            new_obj = -float(best_ll.sum())
            counts = np.bincount(new_labels, minlength=K)
            if (counts == 0).any():
                worst = np.argsort(best_ll)
                for j, k in enumerate(np.flatnonzero(counts == 0)):
                    new_labels[worst[j]] = k
                counts = np.bincount(new_labels, minlength=K)
            S = np.stack([np.bincount(new_labels, weights=T[:, d], minlength=K) for d in range(D)], 1)
            theta = self._natural(self._mstep(S, counts.astype(np.float64), eta0))
            done = np.array_equal(new_labels, labels) or (obj - new_obj) <= self.tol * abs(new_obj)
            labels, obj = new_labels, new_obj
            if done:
                break
        labels, best_ll = self._assign_samples(T, logh, theta)
        return _KMeansRun(theta, labels, -float(best_ll.sum()), it)

    # ------------------------------------------------------------------ public API
    def fit(self, X: ArrayLike, y: Any = None) -> "BregmanKMeans":
        """Cluster X (n_samples, n_features); ``y`` is ignored. Returns self."""
        K = self._check()
        rng = self._rng()
        if self.input_kind == "params":
            data = self._params(X, reset=True)
        else:
            T, logh = self._samples(X, reset=True)
            data = T
        n = data.shape[0]
        if n < K:
            raise ValueError(f"{self._who}: n_samples={n} should be >= n_clusters={K}")
        best: _KMeansRun | None = None
        for _ in range(int(self.n_init)):
            if self.input_kind == "params":
                res = self._run_params(data, K, rng)
            else:
                res = self._run_samples(T, logh, self._pooled(T), K, rng)
            if best is None or res.objective < best.objective:
                best = res
        assert best is not None  # n_init >= 1
        self.cluster_centers_ = best.centers
        self.cluster_means_ = np.asarray(self.family_.to_mean(best.centers), dtype=np.float64)
        self.labels_ = best.labels.astype(np.int64)
        self.inertia_ = best.objective
        self.n_iter_ = best.n_iter
        return self

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Index of the closest centroid for each row of X, shape (n_samples,)."""
        check_is_fitted(self)
        if self.input_kind == "params":
            P = self._params(X, reset=False)
            return self._assign_params(P, self.cluster_centers_)[0].astype(np.int64)
        T, logh = self._samples(X, reset=False)
        return self._assign_samples(T, logh, self.cluster_centers_)[0]

    def transform(self, X: ArrayLike) -> np.ndarray:
        """Per-cluster cost, shape (n_samples, n_clusters): −log p(x; θ_c) for samples,
        d(p_i, c) for parameters."""
        check_is_fitted(self)
        if self.input_kind == "params":
            P = self._params(X, reset=False)
            return np.asarray(self.family_.pairwise(P, self.cluster_centers_, self.divergence))
        T, logh = self._samples(X, reset=False)
        cost: np.ndarray = -np.concatenate(self._map_blocks(T, logh, self.cluster_centers_, None,
                                                            lambda sl, L, Ta: L))
        return cost

    def score(self, X: ArrayLike, y: Any = None) -> float:
        """Opposite of the objective of X under the fitted centroids (larger is better)."""
        return -float(self.transform(X).min(axis=1).sum())


class ExponentialFamilyMixture(_Base):
    """Finite mixture of one exponential family fitted by EM (Bregman soft clustering).

    Banerjee, Merugu, Dhillon & Ghosh, JMLR 6 (2005), §5, Algorithm 3: E-step responsibilities
    r_ic ∝ π_c exp(θ_c·T(x_i) − F(θ_c)) (a GEMM in row chunks, float64 log-sum-exp), M-step
    η_c = Σ_i r_ic T(x_i) / Σ_i r_ic (with the ``reg`` regularisation of the module docstring),
    π_c = Σ_i r_ic / n. Each EM iteration does not decrease the (regularised) log-likelihood.

    Parameters
    ----------
    family : ExponentialFamily, class, str or None
        None = ``DiagonalNormal(n_features)`` (see the module docstring).
    n_components : int
    init : {"k-means++", "random", "kmeans"}
        Responsibilities from k-means++ seeds, from random seeds, or from a
        :class:`BregmanKMeans` run.
    n_init : int
    max_iter : int
    tol : float
        Stop when the mean log-likelihood per sample improves by at most tol.
    reg : float
        Conjugate-prior pseudo-count (0 = plain EM).
    random_state : int, Generator or None

    Attributes
    ----------
    weights_ : ndarray (n_components,)
    natural_params_ : ndarray (n_components, D)
    mean_params_ : ndarray (n_components, D)
    converged_ : bool
    n_iter_ : int
    lower_bound_ : float
        Mean log-likelihood per sample at the end of fitting.
    log_likelihood_history_ : list of float
        Mean log-likelihood per sample before each M-step (non-decreasing up to rounding).
    labels_ : ndarray (n_samples,)
    family_ : ExponentialFamily

    Examples
    --------
    >>> import numpy as np, infogeom as ig
    >>> from infogeom.cluster import ExponentialFamilyMixture
    >>> rng = np.random.default_rng(1)
    >>> x = np.concatenate([rng.gamma(2.0, 1.0, 500), rng.gamma(40.0, 1.0, 500)])[:, None]
    >>> gm = ExponentialFamilyMixture("gamma", n_components=2, random_state=0).fit(x)
    >>> np.round(np.sort(gm.weights_), 2)
    array([0.5, 0.5])
    """

    _who = "ExponentialFamilyMixture"

    def __init__(self, family: Any = None, n_components: int = 1, *, init: str = "k-means++",
                 n_init: int = 1, max_iter: int = 100, tol: float = 1e-6, reg: float = 1e-6,
                 random_state: Any = None) -> None:
        self.family = family
        self.n_components = n_components
        self.init = init
        self.n_init = n_init
        self.max_iter = max_iter
        self.tol = tol
        self.reg = reg
        self.random_state = random_state

    @overload
    def _estep(self, T: np.ndarray, logh: np.ndarray, theta: np.ndarray, logw: np.ndarray,
               want: Literal["stats"]) -> tuple[np.ndarray, np.ndarray, float]: ...
    @overload
    def _estep(self, T: np.ndarray, logh: np.ndarray, theta: np.ndarray, logw: np.ndarray,
               want: Literal["logp", "resp", "labels"]) -> np.ndarray: ...

    def _estep(self, T: np.ndarray, logh: np.ndarray, theta: np.ndarray, logw: np.ndarray,
               want: Literal["stats", "logp", "resp", "labels"]
               ) -> tuple[np.ndarray, np.ndarray, float] | np.ndarray:
        """want="stats": (Σ_i r_ic T_i, Σ_i r_ic, Σ_i log p(x_i)); "logp": per-sample log p(x);
        "resp": responsibilities (n, K); "labels": their argmax (n,)."""
        D = T.shape[1]

        def block(sl: slice, L: np.ndarray, Ta: np.ndarray) -> Any:
            if want == "labels":
                return L.argmax(axis=1)
            m = L.max(axis=1, keepdims=True)  # float64 log-sum-exp
            m[~np.isfinite(m)] = 0.0
            L -= m
            np.exp(L, out=L)
            s = L.sum(axis=1)
            lse = np.log(s)
            lse += m[:, 0]
            if want == "logp":
                return lse
            if want == "resp":
                L /= s[:, None]
                return L
            # Σ_i r_ic [T(x_i), 1] with r = L / s: scale the (D + 2)-wide rows, not the K-wide L
            return L.T @ (Ta[:, :D + 1] / s[:, None]), float(lse.sum())

        parts = self._map_blocks(T, logh, theta, logw, block)
        if want in ("logp", "labels"):
            return np.concatenate(parts)
        if want == "resp":
            return np.concatenate(parts, axis=0)
        SN = np.sum([p[0] for p in parts], axis=0)
        ll = float(np.sum([p[1] for p in parts]))
        return SN[:, :D], SN[:, D], ll

    def _run(self, T: np.ndarray, logh: np.ndarray, eta0: np.ndarray, K: int,
             rng: np.random.Generator) -> _EMRun:
        n = T.shape[0]
        if self.init == "kmeans":
            km = BregmanKMeans(self.family_, K, n_init=1, max_iter=20, reg=self.reg,
                               random_state=int(rng.integers(2**31)))
            km.family_ = self.family_
            theta = km._run_samples(T, logh, eta0, K, rng).centers
        elif self.init == "random":
            theta = self._natural(self._seed_eta(T, rng.choice(n, size=K, replace=False), eta0))
        else:
            theta = self._natural(self._kmeanspp(T, logh, eta0, K, rng))
        logw = np.full(K, -np.log(K))
        hist: list[float] = []
        converged = False
        it = 0
        for it in range(1, int(self.max_iter) + 1):
            S, Nk, ll = self._estep(T, logh, theta, logw, "stats")
            hist.append(ll / n)
            if len(hist) > 1 and hist[-1] - hist[-2] <= self.tol:
                converged = True
                break
            # empty components: re-seed at the worst-explained point
            dead = np.flatnonzero(Nk < 1e-8 * n)
            if dead.size:
                lp = self._estep(T, logh, theta, logw, "logp")
                worst = np.argsort(lp)[:dead.size]
                S[dead] = self._seed_eta(T, worst, eta0) * 1.0
                Nk[dead] = 1.0
            theta = self._natural(self._mstep(S, Nk, eta0))
            logw = np.log(np.maximum(Nk, 1e-300) / Nk.sum())
        if not converged:
            S, Nk, ll = self._estep(T, logh, theta, logw, "stats")
            hist.append(ll / n)
        return _EMRun(theta, logw, hist[-1], it, converged, hist)

    def fit(self, X: ArrayLike, y: Any = None) -> "ExponentialFamilyMixture":
        """Fit the mixture by EM; X (n_samples, n_features), ``y`` ignored. Returns self."""
        self._check_common()
        K = _check_int(self.n_components, "n_components", self._who, 1)
        if self.init not in ("k-means++", "random", "kmeans"):
            raise ValueError(f"{self._who}: init must be 'k-means++', 'random' or 'kmeans', got {self.init!r}")
        rng = self._rng()
        T, logh = self._samples(X, reset=True)
        n = T.shape[0]
        if n < K:
            raise ValueError(f"{self._who}: n_samples={n} should be >= n_components={K}")
        eta0 = self._pooled(T)
        best: _EMRun | None = None
        for _ in range(int(self.n_init)):
            res = self._run(T, logh, eta0, K, rng)
            if best is None or res.lower_bound > best.lower_bound:
                best = res
        assert best is not None  # n_init >= 1
        self.natural_params_ = best.theta
        self.mean_params_ = np.asarray(self.family_.to_mean(best.theta), dtype=np.float64)
        self.weights_ = np.exp(best.logw)
        self.lower_bound_ = best.lower_bound
        self.n_iter_ = best.n_iter
        self.converged_ = best.converged
        self.log_likelihood_history_ = best.history
        self.labels_ = self._estep(T, logh, best.theta, best.logw, "labels").astype(np.int64)
        return self

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Responsibilities p(c | x), shape (n_samples, n_components)."""
        check_is_fitted(self)
        T, logh = self._samples(X, reset=False)
        return np.asarray(self._estep(T, logh, self.natural_params_, np.log(self.weights_), "resp"))

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Most probable component, shape (n_samples,)."""
        check_is_fitted(self)
        T, logh = self._samples(X, reset=False)
        return np.asarray(self._estep(T, logh, self.natural_params_, np.log(self.weights_), "labels"),
                          dtype=np.int64)

    def score_samples(self, X: ArrayLike) -> np.ndarray:
        """log p(x) under the mixture, shape (n_samples,)."""
        check_is_fitted(self)
        T, logh = self._samples(X, reset=False)
        return np.asarray(self._estep(T, logh, self.natural_params_, np.log(self.weights_), "logp"))

    def score(self, X: ArrayLike, y: Any = None) -> float:
        """Mean log-likelihood per sample."""
        return float(self.score_samples(X).mean())

    def _n_parameters(self) -> int:
        K, D = self.natural_params_.shape
        return int(K * D + K - 1)

    def bic(self, X: ArrayLike) -> float:
        """Bayesian information criterion −2 log L + p log n (Schwarz 1978); lower is better."""
        n = int(np.asarray(X).shape[0])
        return -2.0 * self.score(X) * n + self._n_parameters() * math.log(n)

    def aic(self, X: ArrayLike) -> float:
        """Akaike information criterion −2 log L + 2p (Akaike 1974); lower is better."""
        n = int(np.asarray(X).shape[0])
        return -2.0 * self.score(X) * n + 2.0 * self._n_parameters()

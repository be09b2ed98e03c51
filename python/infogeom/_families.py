"""The concrete families: constructor checks, layout documentation, samplers.

All the math lives in the compiled trait of each family (``cpp/include/infogeom/families``); a
class here only names its constructor arguments, documents the parameter layout and draws samples
through :class:`numpy.random.Generator` from the source parameters.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from typing import Any

import numpy as np

from . import _core
from ._family import ExponentialFamily

__all__ = [
    "Bernoulli", "Binomial", "Categorical", "Poisson", "Geometric", "NegativeBinomial",
    "Exponential", "Normal", "DiagonalNormal", "MultivariateNormal", "Gamma", "Beta",
    "Dirichlet", "InverseGaussian", "LogNormal", "Rayleigh", "VonMises", "Wishart",
]

Src = Mapping[str, np.ndarray]


def _count(family: str, arg: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{family}: argument '{arg}' must be an integer, got {type(value).__name__}")
    if int(value) < minimum:
        raise ValueError(f"{family}: argument '{arg}' must be >= {minimum}, got {value}")
    return int(value)


def _wmean(a: np.ndarray, axes: tuple[int, ...], w: np.ndarray | None) -> np.ndarray:
    """Mean of ``a`` over leading ``axes`` with optional weights over the leading shape."""
    if w is None:
        return np.asarray(a.mean(axis=axes))
    we = w.reshape(w.shape + (1,) * (a.ndim - w.ndim))
    return np.asarray((a * we).sum(axis=axes) / we.sum(axis=axes))


def _expand(m: np.ndarray, axes: tuple[int, ...]) -> np.ndarray:
    return np.expand_dims(m, axes)


def _log_gamma_variates(rng: np.random.Generator, alpha: np.ndarray) -> np.ndarray:
    """log G with G ~ Gamma(alpha, 1), without underflow for tiny alpha:
    G(α) = G(α + 1) · U^{1/α} (Marsaglia & Tsang 2000, §6)."""
    g = rng.standard_gamma(alpha + 1.0)
    u = rng.random(alpha.shape)
    return np.asarray(np.log(g) + np.log(u) / alpha)


def _simplex_from_log(logs: np.ndarray) -> np.ndarray:
    """Normalised exp(logs) along the last axis; components that underflow (tiny α) are clamped to
    the smallest normal double, so every sample stays inside the open simplex."""
    z = logs - logs.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return np.asarray(np.maximum(e / e.sum(axis=-1, keepdims=True), np.finfo(np.float64).tiny))


class Bernoulli(ExponentialFamily):
    """Bernoulli(p) on {0, 1}.

    Layout: θ = (log(p/(1−p)),), T(x) = (x,), h = 1, F(θ) = log(1 + e^θ), η = (p,).
    Source parameters: ``p`` in (0, 1). Everything is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.Bernoulli())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return (rng.random(shape) < src["p"]).astype(np.int64)


class Binomial(ExponentialFamily):
    """Binomial(n, p) on {0, ..., n}, n fixed.

    Layout: θ = (log(p/(1−p)),), T(x) = (x,), h(x) = C(n, x), F(θ) = n log(1 + e^θ), η = (n p,).
    Source parameters: ``p`` in (0, 1). Closed form except the entropy: the finite sum
    −Σ p(x) log p(x) (log p(x) in Loader's saddle-point form) for n p (1−p) < 200, its Edgeworth
    expansion in 1/(n p (1−p)) above; ≤ 1e-14 relative to mpmath for n ≤ 1e6, p in [1e-12, 1−1e-12].
    """

    def __init__(self, n: int) -> None:
        n = _count("Binomial", "n", n, 1)
        super().__init__(_core.Binomial(n), (("n", n),))

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.binomial(self._args[0][1], src["p"], size=shape).astype(np.int64)


class Categorical(ExponentialFamily):
    """Categorical(probs) on {0, ..., k−1}.

    Layout (D = k − 1, the last category is the reference): θ_i = log(p_i / p_{k−1}),
    T(x)_i = [x = i] for i < k − 1, h = 1, F(θ) = log(1 + Σ e^θ_i), η_i = p_i.
    Source parameters: ``probs`` of shape (k,), on the simplex. Fisher ``coords="source"`` uses
    probs[0..k−2] (the last is 1 − their sum). Everything is closed form.
    """

    def __init__(self, k: int) -> None:
        k = _count("Categorical", "k", k, 2)
        super().__init__(_core.Categorical(k), (("k", k),))

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        cdf = np.cumsum(src["probs"], axis=-1)[..., :-1]
        u = rng.random(shape + (1,))
        return np.asarray((cdf <= u).sum(axis=-1), dtype=np.int64)


class Poisson(ExponentialFamily):
    """Poisson(rate) on {0, 1, ...}.

    Layout: θ = (log λ,), T(x) = (x,), h(x) = 1/x!, F(θ) = e^θ, η = (λ,).
    Source parameters: ``rate`` > 0. Closed form except the entropy: the sum −Σ p(x) log p(x)
    for λ < 200, the asymptotic series ½ log(2πeλ) − 1/(12λ) − 1/(24λ²) − ... (to λ⁻⁶) above;
    ≤ 1e-15 relative to mpmath for λ in [1e-8, 1e12].
    """

    def __init__(self) -> None:
        super().__init__(_core.Poisson())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.poisson(src["rate"], size=shape).astype(np.int64)


class Geometric(ExponentialFamily):
    """Geometric(p): number of failures before the first success, on {0, 1, ...}.

    Layout: θ = (log(1 − p),) < 0, T(x) = (x,), h = 1, F(θ) = −log(1 − e^θ), η = ((1 − p)/p,).
    Source parameters: ``p`` in (0, 1). Everything is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.Geometric())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return (rng.geometric(src["p"], size=shape) - 1).astype(np.int64)


class NegativeBinomial(ExponentialFamily):
    """NegativeBinomial(r, p): failures before the r-th success, r > 0 fixed (real allowed).

    Layout: θ = (log(1 − p),) < 0, T(x) = (x,), h(x) = Γ(x + r)/(Γ(r) x!),
    F(θ) = −r log(1 − e^θ), η = (r (1 − p)/p,). pmf Γ(x+r)/(Γ(r) x!) p^r (1−p)^x (scipy's nbinom).
    Source parameters: ``p`` in (0, 1). Closed form except the entropy: the sum −Σ p(x) log p(x)
    (p ≥ 0.05), the exact integral representation of E[log h(X)] by the trapezoidal rule
    (p < 0.05), or the Edgeworth expansion in 1/(r(1−p)) (r(1−p) ≥ 200, or ≥ 60 when p < 0.05);
    ≤ 2e-14 relative to mpmath over r in [1e-3, 1e6], p in [1e-12, 1).
    """

    def __init__(self, r: float) -> None:
        if isinstance(r, bool) or not isinstance(r, numbers.Real):
            raise TypeError(f"NegativeBinomial: argument 'r' must be a real number, got {type(r).__name__}")
        if not (np.isfinite(r) and r > 0):
            raise ValueError(f"NegativeBinomial: argument 'r' must be finite and > 0, got {r}")
        super().__init__(_core.NegativeBinomial(float(r)), (("r", float(r)),))

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.negative_binomial(self._args[0][1], src["p"], size=shape).astype(np.int64)


class Exponential(ExponentialFamily):
    """Exponential(rate) on [0, ∞).

    Layout: θ = (−λ,), T(x) = (x,), h = 1, F(θ) = −log(−θ), η = (1/λ,).
    Source parameters: ``rate`` > 0. Everything is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.Exponential())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.exponential(1.0 / src["rate"], size=shape)


class Normal(ExponentialFamily):
    """Normal(mean, std) on the real line.

    Layout: θ = (μ/σ², −1/(2σ²)), T(x) = (x, x²), h = 1, F(θ) = −θ₁²/(4θ₂) + ½ log(π/(−θ₂)),
    η = (μ, μ² + σ²). Source parameters: ``mean``, ``std`` > 0; Fisher ``coords="source"`` uses
    (mean, std). Everything is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.Normal())

    def _fit_source(self, x: np.ndarray, axis: tuple[int, ...], weights: np.ndarray | None) -> dict[str, Any]:
        m = _wmean(x, axis, weights)
        var = _wmean((x - _expand(m, axis)) ** 2, axis, weights)
        return {"mean": m, "std": np.sqrt(var)}

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.normal(src["mean"], src["std"], size=shape)


class DiagonalNormal(ExponentialFamily):
    """DiagonalNormal(d): d independent normals.

    Layout (D = 2d): θ = (μ₁/σ₁², ..., μ_d/σ_d², −1/(2σ₁²), ..., −1/(2σ_d²)),
    T(x) = (x₁, ..., x_d, x₁², ..., x_d²), h = 1, η = (μ, μ² + σ²).
    Source parameters: ``mean`` (d,), ``std`` (d,) > 0; Fisher ``coords="source"`` uses
    (mean[0..d−1], std[0..d−1]). Everything is closed form.
    """

    def __init__(self, d: int) -> None:
        d = _count("DiagonalNormal", "d", d, 1)
        super().__init__(_core.DiagonalNormal(d), (("d", d),))

    def _fit_source(self, x: np.ndarray, axis: tuple[int, ...], weights: np.ndarray | None) -> dict[str, Any]:
        m = _wmean(x, axis, weights)
        var = _wmean((x - _expand(m, axis)) ** 2, axis, weights)
        return {"mean": m, "std": np.sqrt(var)}

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.normal(src["mean"], src["std"], size=shape + (self._args[0][1],))


class MultivariateNormal(ExponentialFamily):
    """MultivariateNormal(d): N(mean, cov) on R^d.

    Layout (D = d + d(d+1)/2), with the orthonormal packing svec(A) = (A₀₀, ..., A_{d−1,d−1},
    √2·A₁₀, √2·A₂₀, √2·A₂₁, √2·A₃₀, ...) (diagonal, then √2 × the strictly lower entries row by
    row), so that θ·η is the duality pairing ⟨θ, η⟩:
    θ = (Λμ, svec(−½Λ)) with Λ = cov⁻¹, T(x) = (x, svec(x xᵀ)), h = 1,
    F(θ) = ½ μᵀΛμ + ½ log det(2π Σ), η = (μ, svec(Σ + μμᵀ)),
    F*(η) = −½ log det(2πe Σ) with Σ = mat(η₂) − η₁η₁ᵀ.
    Source parameters: ``mean`` (d,), ``cov`` (d, d) symmetric (to 100 ε relative; its symmetric
    part is used) positive definite. Fisher ``coords="source"`` uses mean[0..d−1], then the
    upper-triangular entries of cov in row-major order (cov[0][0], cov[0][1], ...,
    cov[d−1][d−1]), an off-diagonal entry being one coordinate for both symmetric positions.
    Everything is closed form (Cholesky factorizations), the Fisher metric in all three
    coordinate systems included (natural: Cov T(X) by Isserlis' theorem; mean and source: their
    own closed forms, not inverses or congruences of the natural one).
    """

    def __init__(self, d: int) -> None:
        d = _count("MultivariateNormal", "d", d, 1)
        super().__init__(_core.MultivariateNormal(d), (("d", d),))

    def _fit_source(self, x: np.ndarray, axis: tuple[int, ...], weights: np.ndarray | None) -> dict[str, Any]:
        m = _wmean(x, axis, weights)
        c = x - _expand(m, axis)
        cov = _wmean(c[..., :, None] * c[..., None, :], axis, weights)
        return {"mean": m, "cov": cov}

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        d = self._args[0][1]
        L = np.linalg.cholesky(src["cov"])
        z = rng.standard_normal(shape + (d,))
        return np.asarray(src["mean"] + np.einsum("...ij,...j->...i", L, z))


class Wishart(ExponentialFamily):
    """Wishart(d): W_d(df, scale) on d×d symmetric positive definite matrices.

    An observation X is given flattened row-major: event shape ``(d*d,)`` (reshape a ``(..., d, d)``
    array with ``x.reshape(*x.shape[:-2], d * d)``); its symmetric part is used. Layout
    (D = 1 + d(d+1)/2, svec as in :class:`MultivariateNormal`), with Λ = scale⁻¹, a = df/2:
    θ = ((df − d − 1)/2, svec(−½Λ)), T(X) = (log det X, svec(X)), h = 1,
    F(θ) = log Γ_d(a) − a log det(Λ/2), η = (ψ_d(a) − log det(Λ/2), svec(df · scale)),
    with Γ_d, ψ_d the multivariate gamma and digamma functions.
    Source parameters: ``df`` > d − 1, ``scale`` (d, d) symmetric (to 100 ε relative) positive
    definite. Fisher ``coords="source"`` uses df, then the upper-triangular entries of scale in
    row-major order (an off-diagonal entry is one coordinate for both symmetric positions).
    ``to_natural`` and ``conjugate`` solve ψ_d(a) − d log a = η₁ − log det mat(η₂) for a by
    safeguarded Newton (relative accuracy near machine precision); everything else is closed
    form, the Fisher metric in all three coordinate systems included.
    """

    def __init__(self, d: int) -> None:
        d = _count("Wishart", "d", d, 1)
        super().__init__(_core.Wishart(d), (("d", d),))

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        # Bartlett decomposition: X = (L A)(L A)ᵀ, L = chol(scale), A lower triangular with
        # A_ii² ~ χ²(df − i) = 2 Gamma((df − i)/2) and A_ij ~ N(0, 1) below the diagonal
        # (Anderson, "An Introduction to Multivariate Statistical Analysis", 2003, Cor. 7.2.1).
        d = self._args[0][1]
        A = np.tril(rng.standard_normal(shape + (d, d)), -1)
        for i in range(d):
            logg = _log_gamma_variates(rng, np.asarray((src["df"] - i) / 2.0))
            A[..., i, i] = np.exp(0.5 * (np.log(2.0) + logg))
        B = np.einsum("...ij,...jk->...ik", np.linalg.cholesky(src["scale"]), A)
        X = np.einsum("...ik,...jk->...ij", B, B)
        X = 0.5 * (X + np.swapaxes(X, -1, -2))
        return np.asarray(X.reshape(shape + (d * d,)))


class Gamma(ExponentialFamily):
    """Gamma(shape k, rate β) on (0, ∞).

    Layout: θ = (k − 1, −β), T(x) = (log x, x), h = 1, F(θ) = log Γ(θ₁ + 1) − (θ₁ + 1) log(−θ₂),
    η = (ψ(k) − log β, k/β). Source parameters: ``shape`` > 0, ``rate`` > 0.
    ``to_natural`` solves log k − ψ(k) = log η₂ − η₁ by Newton from a fitted rational initial
    guess (relative error < 4e-10, so one step suffices): within 1e-8 … 1e12 the shape is within
    10 ulp of the exact root of its equation (the rounding of η₁ is amplified by ≈ 2k|η₁| when
    log η₂ − η₁ ≈ 1/(2k) is small). The rest is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.Gamma())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.gamma(src["shape"], 1.0 / src["rate"], size=shape)


class Beta(ExponentialFamily):
    """Beta(a, b) on (0, 1).

    Layout: θ = (a − 1, b − 1), T(x) = (log x, log(1 − x)), h = 1, F(θ) = log B(a, b),
    η = (ψ(a) − ψ(a + b), ψ(b) − ψ(a + b)). Source parameters: ``a`` > 0, ``b`` > 0.
    ``to_natural`` is the Dirichlet Newton solve with k = 2 (backward error ≤ 8 ulp of η); the
    rest is closed form. Samples that would round to 0 or 1 (a or b ≲ 1e-3) are clamped into
    (0, 1).
    """

    def __init__(self) -> None:
        super().__init__(_core.Beta())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        logs = _log_gamma_variates(rng, np.stack([src["a"], src["b"]], axis=-1))
        x = 1.0 / (1.0 + np.exp(logs[..., 1] - logs[..., 0]))  # G_a / (G_a + G_b)
        # keep x inside the open interval when a or b is so small that x or 1 − x underflows
        return np.asarray(np.clip(x, np.finfo(np.float64).tiny, np.nextafter(1.0, 0.0)))


class Dirichlet(ExponentialFamily):
    """Dirichlet(alpha) on the (k−1)-simplex; observations x have shape (k,).

    Layout (D = k): θ = α − 1, T(x) = log x, h = 1, F(θ) = Σ log Γ(α_i) − log Γ(Σ α_i),
    η_i = ψ(α_i) − ψ(Σ α). Source parameters: ``alpha`` (k,) > 0; Fisher ``coords="source"`` uses
    alpha[0..k−1]. ``to_natural`` is a safeguarded Newton solve (Minka 2000) in log α with an
    O(k) diagonal-plus-rank-one Hessian, stopped at a backward error ≤ 8 ulp of η; the rest is
    closed form. Sample components that underflow (α ≲ 1e-3) are clamped to the smallest normal
    double.
    """

    def __init__(self, k: int) -> None:
        k = _count("Dirichlet", "k", k, 2)
        super().__init__(_core.Dirichlet(k), (("k", k),))

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return _simplex_from_log(_log_gamma_variates(rng, np.array(src["alpha"])))


class InverseGaussian(ExponentialFamily):
    """InverseGaussian(mean μ, shape λ) on (0, ∞).

    Layout: θ = (−λ/(2μ²), −λ/2), T(x) = (x, 1/x), h(x) = (2π x³)^(−1/2),
    F(θ) = −2√(θ₁θ₂) − ½ log(−2θ₂), η = (μ, 1/μ + 1/λ). Source parameters: ``mean`` > 0,
    ``shape`` > 0; Fisher ``coords="source"`` uses (mean, shape). The natural domain is the open
    quadrant θ₁ < 0, θ₂ < 0 (θ₁ = 0, the Lévy limit, is excluded); the mean domain is η₁ > 0,
    η₂ > 1/η₁. Everything is closed form (the entropy through e^x E₁(x), x = 2λ/μ).
    """

    def __init__(self) -> None:
        super().__init__(_core.InverseGaussian())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.wald(src["mean"], src["shape"], size=shape)


class LogNormal(ExponentialFamily):
    """LogNormal(mu, sigma) on (0, ∞): log X ~ Normal(mu, sigma).

    Layout: θ = (μ/σ², −1/(2σ²)), T(x) = (log x, (log x)²), h(x) = 1/x, F as for the normal,
    η = (μ, μ² + σ²). Source parameters: ``mu``, ``sigma`` > 0. Everything is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.LogNormal())

    def _fit_source(self, x: np.ndarray, axis: tuple[int, ...], weights: np.ndarray | None) -> dict[str, Any]:
        lx = np.log(x)
        m = _wmean(lx, axis, weights)
        var = _wmean((lx - _expand(m, axis)) ** 2, axis, weights)
        return {"mu": m, "sigma": np.sqrt(var)}

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.lognormal(src["mu"], src["sigma"], size=shape)


class Rayleigh(ExponentialFamily):
    """Rayleigh(scale σ) on [0, ∞).

    Layout: θ = (−1/(2σ²),), T(x) = (x²,), h(x) = x, F(θ) = −log(−2θ), η = (2σ²,).
    Source parameters: ``scale`` > 0. Everything is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.Rayleigh())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.rayleigh(src["scale"], size=shape)


class VonMises(ExponentialFamily):
    """VonMises(mu, kappa) on the circle (angles in radians, density 2π-periodic).

    Layout: θ = (κ cos μ, κ sin μ), T(x) = (cos x, sin x), h = 1, F(θ) = log(2π I₀(‖θ‖)),
    η = A(κ) (cos μ, sin μ) with A = I₁/I₀. Source parameters: ``mu`` in [−π, π] (``source``
    returns the principal value, 0 when κ = 0), ``kappa`` ≥ 0 (0 is the uniform distribution,
    θ = η = 0). ``to_natural`` solves A(κ) = ‖η‖ by safeguarded Newton (κ within 4 ulp of the
    exact root for κ in 1e-6 … 1e5); the rest is closed form.
    """

    def __init__(self) -> None:
        super().__init__(_core.VonMises())

    def _draw(self, rng: np.random.Generator, src: Src, shape: tuple[int, ...]) -> np.ndarray:
        return rng.vonmises(src["mu"], src["kappa"], size=shape)

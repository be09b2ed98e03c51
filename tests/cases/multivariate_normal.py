import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

D = 3


def _svec(a):
    """Orthonormal packing: diagonal, then √2 × strictly lower entries row by row."""
    d = a.shape[0]
    low = [np.sqrt(2.0) * a[i, j] for i in range(1, d) for j in range(i)]
    return np.concatenate([np.diag(a), low])


def _sym(a):
    a = np.asarray(a, dtype=float)
    return (a + a.T) / 2


# a fixed orthogonal Q that mixes every coordinate
_Q, _ = np.linalg.qr(np.array([[1.0, 2.0, -1.0], [0.5, -1.0, 3.0], [2.0, 0.25, 1.0]]))


def _rotated(eigs):
    return _sym(_Q @ np.diag(eigs) @ _Q.T)


_C = _sym([[2.0, 0.3, -0.4], [0.3, 1.0, 0.2], [-0.4, 0.2, 0.5]])
_S = np.diag([1e-2, 1.0, 1e2])

CASE = FamilyCase(
    make=lambda: ig.MultivariateNormal(D),
    params=[
        {"mean": np.zeros(3), "cov": np.eye(3)},
        {"mean": np.array([1.0, -2.0, 0.5]), "cov": _C},
        # genuinely ill-conditioned (not a scaling): eigenvalues 1e2, 1, 1e-6 in rotated axes; the
        # mean lies along the wide axis (a mean with a large component along the 1e-6 axis, scaled
        # by 30% as test_duality_properties does to θ, moves μ by ~1e8 σ_min: no float64 η
        # represents such a point)
        {"mean": 2.0 * _Q[:, 0], "cov": _rotated([1e2, 1.0, 1e-6])},
        # large mean: |μ| / σ ~ 3e3
        {"mean": np.array([1e3, -2e3, 5e2]), "cov": _C},
        # graded scales (variances 1e-4 .. 1e4, condition number ~1e8) with correlations
        {"mean": np.array([-1e-2, 3.0, 40.0]), "cov": _sym(_S @ _C @ _S)},
    ],
    scipy=lambda p: stats.multivariate_normal(p["mean"], p["cov"]),
    mean_stat=lambda p: np.concatenate([p["mean"], _svec(p["cov"] + np.outer(p["mean"], p["mean"]))]),
    support=lambda p: p["mean"] + np.array(
        [[0.0, 0.0, 0.0], [1.0, -0.5, 0.25], [-3.0, 2.0, 1.0], [30.0, -20.0, 10.0], [1e-8, 0.0, -1e-8]])
    @ np.linalg.cholesky(p["cov"]).T,
    bad_source=[
        ({"mean": np.zeros(3), "cov": np.array([[1.0, 0.5, 0.0], [0.4, 1.0, 0.0], [0.0, 0.0, 1.0]])},
         r"MultivariateNormal\.natural: source parameters are invalid: cov must be symmetric"),
        ({"mean": np.zeros(3), "cov": np.diag([1.0, -1.0, 1.0])}, "cov must be positive definite"),
        ({"mean": np.zeros(3), "cov": np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]])},
         "cov must be positive definite"),
        ({"mean": np.array([0.0, np.inf, 0.0]), "cov": np.eye(3)}, "mean must be finite"),
        ({"mean": np.zeros(3), "cov": np.diag([1.0, np.inf, 1.0])}, "cov must be finite"),
    ],
    bad_theta=[
        [0.0] * 9,                                           # Λ = 0
        [0.0, 0.0, 0.0, 0.5, -0.5, -0.5, 0.0, 0.0, 0.0],     # Λ indefinite
        [0.0, 0.0, 0.0, -0.5, -0.5, -0.5, -1.0, 0.0, 0.0],   # Λ indefinite (|Λ_01| = √2 > 1)
        [np.inf, 0.0, 0.0, -0.5, -0.5, -0.5, 0.0, 0.0, 0.0],
    ],
    bad_eta=[
        list(np.concatenate([[1.0, 2.0, 3.0], _svec(np.outer([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]))])),  # Σ = 0
        list(np.concatenate([[0.0, 0.0, 0.0], _svec(np.diag([1.0, -1.0, 1.0]))])),
        [0.0, 0.0, np.inf, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0],
    ],
    bad_x=[np.array([np.inf, 0.0, 0.0]), np.array([0.0, 0.0, -np.inf])],
    rtol={
        # The rotated covariance (params[2]) has κ(Σ) = 1e8 in a non-diagonal basis. θ stores
        # Λ = Σ⁻¹ rounded to float64, and rounding Λ's entries by ε moves μ = Λ⁻¹θ₁, Σ and
        # log det Σ by up to κ(Σ)·ε ≈ 1e-8 relative (d log det Σ = −tr(Σ δΛ)); scipy's eigh-based
        # reference carries the same order of error. Measured: 2.7e-9 (source mean), 2.5e-9 (round
        # trip), 6.7e-10 (log_prob), 6.8e-10 (entropy), 1.8e-9 (E[T]); every other parameter set is
        # within 1e-12 (the large mean's round trip excepted, below), and
        # tests/test_multivariate_normal.py checks 1e-12 against mpmath at well-conditioned and
        # graded points (κ up to 1e12) and measures the rotated case against the κ·ε bound.
        "source": 1e-8,
        "log_prob": 1e-8,
        "entropy": 1e-8,
        "mean_stat": 1e-8,
        # Also: Σ = mat(η₂) − η₁η₁ᵀ cancels when |μ| ≫ σ (params[3]: |μ|²/σ² ≈ 1e7), so θ from η
        # carries the rounding of η₂ amplified by that ratio (measured 6e-10); the same as Normal.
        "round_trip": 1e-8,
        # The reference of test_sufficient_statistics_and_log_prob_agree is the cancelling form
        # θ·T(x) − F(θ): at params[2] its terms θ₂·svec(xxᵀ) are ~1e7 (Λ has entries ~1e6) and
        # cancel to O(1), so the reference itself carries ~ε·1e7·D ≈ 1e-8 (measured 4e-9).
        "log_prob_generic": 1e-8,
    },
)

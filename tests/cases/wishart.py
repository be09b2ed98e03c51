import numpy as np
from scipy import special, stats

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


class _Scipy:
    """scipy.stats.wishart on flattened (..., d*d) observations (scipy stacks them on the last axis)."""

    def __init__(self, p):
        self.dist = stats.wishart(df=p["df"], scale=p["scale"])

    def logpdf(self, x):
        x = np.asarray(x, dtype=float).reshape(-1, D, D)
        return np.atleast_1d(self.dist.logpdf(np.moveaxis(x, 0, -1)))

    def entropy(self):
        return self.dist.entropy()


def _mean_stat(p):
    """E[log det X] = Σ_j ψ((df − j)/2) + d log 2 + log det V, E[X] = df V (Anderson 2003, §7.2)."""
    df, V = p["df"], p["scale"]
    elogdet = special.digamma((df - np.arange(D)) / 2).sum() + D * np.log(2.0) + np.linalg.slogdet(V)[1]
    return np.concatenate([[elogdet], _svec(df * V)])


def _support(p):
    """Points around the mean df·V (up to ±5 standard deviations per entry), a point near the
    boundary of the cone, and a far one."""
    df, V = p["df"], p["scale"]
    m = df * V
    L = np.linalg.cholesky(m)
    s = 1.0 / np.sqrt(df)
    E = _sym([[1.0, 2.0, 0.0], [2.0, -1.0, 1.0], [0.0, 1.0, 3.0]]) / 4  # eigenvalues in (−1, 1)
    t = min(s, 0.5)
    pts = [m, L @ np.diag([1 + 3 * t, 1 - 1.5 * t, 1 + t]) @ L.T, L @ (np.eye(3) + t * E) @ L.T,
           L @ np.diag([1e-3, 1.0, 2.0]) @ L.T, 50.0 * m]
    return np.array([_sym(x).ravel() for x in pts])


_C = _sym([[2.0, 0.3, -0.4], [0.3, 1.0, 0.2], [-0.4, 0.2, 0.5]])
_Q, _ = np.linalg.qr(np.array([[1.0, 2.0, -1.0], [0.5, -1.0, 3.0], [2.0, 0.25, 1.0]]))

CASE = FamilyCase(
    make=lambda: ig.Wishart(D),
    params=[
        {"df": 5.0, "scale": np.eye(3)},
        {"df": 4.5, "scale": _C},
        # concentrated: E[X] = C, the relative spread ~ 1e-3
        {"df": 1e6, "scale": _C * 1e-6},
        # near the boundary df → d − 1 (samples are numerically singular: kept out of the first
        # three, which the sampling tests use)
        {"df": 2.0 + 1e-6, "scale": _C},
        # ill-conditioned scale (κ = 1e6, rotated axes)
        {"df": 10.0, "scale": _sym(_Q @ np.diag([1e3, 1.0, 1e-3]) @ _Q.T)},
    ],
    scipy=_Scipy,
    mean_stat=_mean_stat,
    support=_support,
    bad_source=[
        ({"df": 2.0, "scale": np.eye(3)}, r"Wishart\.natural: source parameters are invalid: df must be finite and > d - 1"),
        ({"df": np.inf, "scale": np.eye(3)}, "df must be finite"),
        ({"df": 5.0, "scale": np.array([[1.0, 0.5, 0.0], [0.4, 1.0, 0.0], [0.0, 0.0, 1.0]])}, "scale must be symmetric"),
        ({"df": 5.0, "scale": np.diag([1.0, -1.0, 1.0])}, "scale must be positive definite"),
        ({"df": 5.0, "scale": np.diag([1.0, np.inf, 1.0])}, "scale must be finite"),
    ],
    bad_theta=[
        [-1.0, -0.5, -0.5, -0.5, 0.0, 0.0, 0.0],    # df = d − 1
        [0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],        # Λ = 0
        [0.5, -0.5, 0.5, -0.5, 0.0, 0.0, 0.0],      # Λ indefinite
        [np.inf, -0.5, -0.5, -0.5, 0.0, 0.0, 0.0],
    ],
    bad_eta=[
        [0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0],        # E log det X = log det E X (Jensen: must be <)
        [-1.0, 1.0, -1.0, 1.0, 0.0, 0.0, 0.0],      # E X indefinite
        [-1.0, 1.0, 1.0, np.inf, 0.0, 0.0, 0.0],
    ],
    bad_x=[np.diag([1.0, -1.0, 1.0]).ravel(),
           np.array([[1.0, 0.5, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]).ravel(),
           np.diag([1.0, np.inf, 1.0]).ravel()],
    rtol={
        # params[4] has a scale with κ = 1e6 in rotated axes: θ stores Λ = scale⁻¹ rounded to
        # float64, which moves scale = Λ⁻¹ (and E[X] = df·scale) by up to κ·ε ≈ 2e-10 relative
        # and log det Λ by up to κ·ε absolute (measured: source 1.6e-12, E[T] 1.6e-12, log_prob
        # 1.1e-11, entropy 2.7e-12); every other parameter set is within 1e-15 of scipy there.
        "source": 1e-10,
        "mean_stat": 1e-10,
        "log_prob": 1e-10,
        # scipy's wishart entropy adds O(a log a) terms that cancel to O(log a): at df = 1e6
        # (params[2]) it is off by 5.6e-11 relative, while ours matches mpmath to 3e-17
        # (tests/test_wishart.py).
        "entropy": 1e-9,
        # to_natural solves ψ_d(a) − d log a = c := η₁ − log det M (M = mat(η₂)) for a, and a is
        # as well conditioned in c as c is in η: rounding η moves c by ~ (κ(M)·d + |η₁|)·ε, a
        # relative error in a, and so in θ, of that over |c|. At params[2] (df = 1e6),
        # c ≈ −d(d+1)/(4a) = −6e-6 with κ(M) = 7.3: bound ~8e-10 (measured 1.2e-11; up to 3.9e-10
        # at the points test_duality_properties draws around it).
        "round_trip": 1e-9,
    },
)

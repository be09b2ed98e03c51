import mpmath as mp
import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase


class _ScipyDirichlet:
    """scipy.stats.dirichlet takes the quantiles along the first axis."""

    def __init__(self, alpha):
        self.d = stats.dirichlet(np.asarray(alpha, dtype=float))

    def logpdf(self, x):
        return self.d.logpdf(np.asarray(x).T)

    def entropy(self):
        return self.d.entropy()


def _mean_stat(p):
    # E[log X_i] = ψ(α_i) − ψ(α₀) in 40-digit mpmath (independent of infogeom)
    with mp.workdps(40):
        a = [mp.mpf(v) for v in np.asarray(p["alpha"], dtype=float)]
        a0 = mp.fsum(a)
        return np.array([float(mp.digamma(v) - mp.digamma(a0)) for v in a])


def _support(p):
    a = np.asarray(p["alpha"], dtype=float)
    m = a / a.sum()
    pts = [m, 0.5 * m + 0.5 / a.size, np.roll(m, 1)]
    pts = [v / v.sum() for v in pts]
    return np.array(pts)


CASE = FamilyCase(
    make=lambda: ig.Dirichlet(3),
    params=[
        {"alpha": np.array([2.0, 3.0, 4.5])},
        {"alpha": np.array([0.5, 0.5, 0.5])},
        {"alpha": np.array([1e-3, 0.2, 5.0])},
        {"alpha": np.array([1e-4, 1.0, 1e4])},
        {"alpha": np.array([1e3, 2e3, 5e2])},
    ],
    fd_params=[{"alpha": np.array([2.0, 3.0, 4.5])}, {"alpha": np.array([0.5, 0.7, 1.5])}],
    scipy=lambda p: _ScipyDirichlet(p["alpha"]),
    mean_stat=_mean_stat,
    support=_support,
    bad_source=[({"alpha": np.array([1.0, -1.0, 1.0])},
                 r"Dirichlet\.natural: source parameters are invalid: alpha must be"),
                ({"alpha": np.array([1.0, 0.0, 1.0])}, "alpha must be"),
                ({"alpha": np.array([1.0, np.inf, 1.0])}, "alpha must be")],
    bad_theta=[[-1.0, 0.0, 0.0], [0.0, -2.0, 1.0], [np.inf, 0.0, 0.0]],
    bad_eta=[[0.0, -1.0, -1.0], [-1.0, 0.5, -1.0], [-0.5, -0.5, -0.5], [-np.inf, -1.0, -1.0]],
    bad_x=[np.array([0.5, 0.6, 0.1]), np.array([0.0, 0.5, 0.5]), np.array([-0.1, 0.6, 0.5]),
           np.array([np.inf, 0.5, 0.5])],
)

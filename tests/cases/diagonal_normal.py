import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

D = 3


class _IndependentNormals:
    """Product of scipy.stats.norm marginals (scipy's multivariate_normal treats a covariance
    whose eigenvalues span more than ~1e6·ε of their maximum as singular)."""

    def __init__(self, mean, std):
        self.mean, self.std = np.asarray(mean, float), np.asarray(std, float)

    def logpdf(self, x):
        return stats.norm(self.mean, self.std).logpdf(x).sum(axis=-1)

    def entropy(self):
        return stats.norm(self.mean, self.std).entropy().sum()


def _support(p):
    z = np.array([-30.0, -3.0, -0.5, 0.0, 1e-8, 1.0, 7.0])
    m, s = np.asarray(p["mean"]), np.asarray(p["std"])
    return m + s * np.stack([np.roll(z, k) for k in range(D)], axis=-1)  # (7, d), mixed offsets


CASE = FamilyCase(
    make=lambda: ig.DiagonalNormal(D),
    params=[
        {"mean": np.array([0.0, 1.0, -2.0]), "std": np.array([1.0, 0.5, 3.0])},
        {"mean": np.array([-1.5, 0.25, 4.0]), "std": np.array([0.8, 2.0, 1.5])},
        {"mean": np.array([0.0, 1e3, -1e-3]), "std": np.array([1e-6, 50.0, 1e4])},
        {"mean": np.array([1e-10, -1e10, 5.0]), "std": np.array([1e-10, 1e10, 1e8])},
        {"mean": np.array([2.0, 2.0, 2.0]), "std": np.array([1.0, 1.0, 1.0])},
    ],
    scipy=lambda p: _IndependentNormals(p["mean"], p["std"]),
    mean_stat=lambda p: np.concatenate([p["mean"], np.asarray(p["mean"]) ** 2 + np.asarray(p["std"]) ** 2]),
    support=_support,
    bad_source=[({"mean": np.zeros(D), "std": np.array([1.0, -1.0, 1.0])},
                 r"DiagonalNormal\.natural: source parameters are invalid: std must be"),
                ({"mean": np.zeros(D), "std": np.array([1.0, 1.0, 0.0])}, "std must be finite and > 0"),
                ({"mean": np.array([0.0, np.inf, 0.0]), "std": np.ones(D)}, "mean must be finite")],
    bad_theta=[[0.0, 0.0, 0.0, -1.0, 0.0, -1.0], [1.0, 2.0, 3.0, -1.0, -1.0, 2.0],
               [0.0, np.inf, 0.0, -1.0, -1.0, -1.0]],
    bad_eta=[[0.0, 0.0, 0.0, 1.0, -1.0, 1.0], [2.0, 0.0, 0.0, 4.0, 1.0, 1.0],
             [1.0, 0.0, 0.0, np.inf, 1.0, 1.0]],
    bad_x=[np.array([0.0, np.inf, 1.0]), np.array([-np.inf, 0.0, 0.0])],
)

import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

K = 4


def _probs(v):
    v = np.asarray(v, dtype=float)
    return v / v.sum()


class _ScipyCategorical:
    """scipy.stats.rv_discrete on the labels 0..k−1 (scipy has no categorical on labels)."""

    def __init__(self, probs):
        self.dist = stats.rv_discrete(values=(np.arange(len(probs)), probs))

    def logpmf(self, x):
        return self.dist.logpmf(x)

    def entropy(self):
        return self.dist.entropy()


# A tiny reference probability (e.g. p_{k−1} = 1e-12) is tested in tests/test_categorical.py:
# the mean coordinates do not store p_{k−1} = 1 − Σ η, which they then carry only to ~1e-16
# absolute, so it has no place in the round-trip identities.
CASE = FamilyCase(
    make=lambda: ig.Categorical(K),
    params=[{"probs": _probs([1, 1, 1, 1])},
            {"probs": _probs([0.1, 0.2, 0.3, 0.4])},
            {"probs": _probs([1e-15, 1e-6, 0.7, 0.3])},
            {"probs": _probs([0.999, 1e-4, 1e-8, 1e-3])},
            {"probs": _probs([0.02, 0.9, 0.05, 0.03])}],
    scipy=lambda p: _ScipyCategorical(p["probs"]),
    mean_stat=lambda p: np.asarray(p["probs"])[:-1],
    support=lambda p: np.arange(K, dtype=float),
    bad_source=[({"probs": [0.5, 0.5, 0.5, 0.5]},
                 r"Categorical\.natural: source parameters are invalid: probs must sum to 1"),
                ({"probs": [0.0, 0.5, 0.25, 0.25]}, r"probs\[i\] must be in"),
                ({"probs": [-0.5, 0.5, 0.5, 0.5]}, r"probs\[i\] must be in")],
    bad_theta=[[np.inf, 0.0, 0.0], [0.0, -np.inf, 0.0]],
    bad_eta=[[0.5, 0.4, 0.2], [0.0, 0.2, 0.2], [-0.1, 0.2, 0.2], [0.2, 1.0, 0.1], [0.5, 0.25, 0.25]],
    bad_x=[float(K), 1.5, -1.0, np.inf],
    discrete=True,
)

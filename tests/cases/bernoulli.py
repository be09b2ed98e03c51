import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

# p = 1 − 1e-12 (θ = 27.6) is tested in tests/test_bernoulli.py: in mean coordinates η = p cannot
# carry 1 − p to better than 1e-4 relative there, so it has no place in the round-trip identities.
CASE = FamilyCase(
    make=ig.Bernoulli,
    params=[{"p": 0.5}, {"p": 0.2}, {"p": 1e-12}, {"p": 0.999}, {"p": 0.03}],
    scipy=lambda p: stats.bernoulli(p["p"]),
    mean_stat=lambda p: np.array([p["p"]]),
    support=lambda p: np.array([0.0, 1.0]),
    bad_source=[({"p": 0.0}, r"Bernoulli\.natural: source parameters are invalid: p must be in \(0, 1\)"),
                ({"p": 1.0}, "p must be in"), ({"p": -0.5}, "p must be in"), ({"p": np.inf}, "p must be in")],
    bad_theta=[[np.inf], [-np.inf]],
    bad_eta=[[0.0], [1.0], [-0.1], [1.5], [np.inf]],
    bad_x=[2.0, 0.5, -1.0, np.inf],
    discrete=True,
)

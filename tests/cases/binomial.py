import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

N = 20

CASE = FamilyCase(
    make=lambda: ig.Binomial(N),
    params=[{"p": 0.5}, {"p": 0.3}, {"p": 1e-12}, {"p": 0.999}, {"p": 0.05}],
    scipy=lambda p: stats.binom(N, p["p"]),
    mean_stat=lambda p: np.array([N * p["p"]]),
    support=lambda p: np.arange(N + 1, dtype=float),
    bad_source=[({"p": 0.0}, r"Binomial\.natural: source parameters are invalid: p must be in \(0, 1\)"),
                ({"p": 1.0}, "p must be in"), ({"p": 2.0}, "p must be in")],
    bad_theta=[[np.inf], [-np.inf]],
    bad_eta=[[0.0], [float(N)], [-1.0], [N + 5.0], [np.inf]],
    bad_x=[N + 1.0, 2.5, -1.0, np.inf],
    discrete=True,
)

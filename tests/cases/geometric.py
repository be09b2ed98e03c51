import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

CASE = FamilyCase(
    make=ig.Geometric,
    params=[{"p": 0.5}, {"p": 0.2}, {"p": 1e-12}, {"p": 1.0 - 1e-6}, {"p": 0.03}],
    # scipy's geom counts trials (support 1, 2, ...); loc=−1 counts failures
    scipy=lambda p: stats.geom(p["p"], loc=-1),
    mean_stat=lambda p: np.array([(1.0 - p["p"]) / p["p"]]),
    support=lambda p: np.array([0.0, 1.0, 2.0, 7.0, 30.0, 1000.0]),
    bad_source=[({"p": 0.0}, r"Geometric\.natural: source parameters are invalid: p must be in \(0, 1\)"),
                ({"p": 1.0}, "p must be in"), ({"p": -0.5}, "p must be in")],
    bad_theta=[[0.0], [1.0], [-np.inf], [np.inf]],
    bad_eta=[[0.0], [-1.0], [np.inf]],
    bad_x=[-1.0, 2.5, np.inf],
    discrete=True,
)

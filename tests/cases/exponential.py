import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

CASE = FamilyCase(
    make=ig.Exponential,
    params=[
        {"rate": 1.0},
        {"rate": 0.3},
        {"rate": 1e-10},
        {"rate": 1e10},
        {"rate": 7.5e3},
    ],
    scipy=lambda p: stats.expon(scale=1.0 / p["rate"]),
    mean_stat=lambda p: np.array([1.0 / p["rate"]]),
    support=lambda p: np.array([0.0, 1e-8, 0.5, 1.0, 3.0, 40.0, 700.0]) / p["rate"],
    bad_source=[({"rate": -1.0}, r"Exponential\.natural: source parameters are invalid: rate must be"),
                ({"rate": 0.0}, "rate must be finite and > 0"),
                ({"rate": np.inf}, "rate must be finite and > 0")],
    bad_theta=[[0.0], [1.0], [-np.inf]],
    bad_eta=[[0.0], [-1.0], [np.inf]],
    bad_x=[-1.0, -1e-300, np.inf],
)

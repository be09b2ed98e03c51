import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

CASE = FamilyCase(
    make=ig.Rayleigh,
    params=[
        {"scale": 1.0},
        {"scale": 2.5},
        {"scale": 1e-10},
        {"scale": 1e10},
        {"scale": 3e-4},
    ],
    scipy=lambda p: stats.rayleigh(scale=p["scale"]),
    mean_stat=lambda p: np.array([2.0 * p["scale"] ** 2]),
    # x = 0 is in the support but has density 0 (log_prob −inf), so it is not compared here
    support=lambda p: p["scale"] * np.array([1e-8, 0.1, 1.0, 2.0, 10.0, 35.0]),
    bad_source=[({"scale": -1.0}, r"Rayleigh\.natural: source parameters are invalid: scale must be"),
                ({"scale": 0.0}, "scale must be finite and > 0"),
                ({"scale": np.inf}, "scale must be finite and > 0")],
    bad_theta=[[0.0], [1.0], [-np.inf]],
    bad_eta=[[0.0], [-1.0], [np.inf]],
    bad_x=[-1.0, -1e-300, np.inf],
)

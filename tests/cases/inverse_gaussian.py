import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

CASE = FamilyCase(
    make=ig.InverseGaussian,
    params=[
        {"mean": 1.0, "shape": 1.0},
        {"mean": 2.0, "shape": 3.0},
        {"mean": 1.0, "shape": 1e3},     # mean/shape = 1e-3: concentrated, nearly normal
        {"mean": 1e3, "shape": 1e-3},    # mean/shape = 1e6: very heavy right tail
        {"mean": 1e-10, "shape": 3e-10},
        {"mean": 1e10, "shape": 2e10},
    ],
    scipy=lambda p: stats.invgauss(mu=p["mean"] / p["shape"], scale=p["shape"]),
    mean_stat=lambda p: np.array([p["mean"], 1.0 / p["mean"] + 1.0 / p["shape"]]),
    support=lambda p: p["mean"] * np.array([1e-3, 0.2, 0.9, 1.0, 1.1, 3.0, 20.0]),
    bad_source=[({"mean": -1.0, "shape": 1.0},
                 r"InverseGaussian\.natural: source parameters are invalid: mean must be"),
                ({"mean": 0.0, "shape": 1.0}, "mean must be finite and > 0"),
                ({"mean": 1.0, "shape": 0.0}, "shape must be finite and > 0"),
                ({"mean": 1.0, "shape": np.inf}, "shape must be finite and > 0")],
    bad_theta=[[0.0, -1.0],  # the Lévy limit θ₁ = 0 is excluded
               [-1.0, 0.0], [1.0, -1.0], [-1.0, -np.inf]],
    bad_eta=[[0.0, 1.0], [-1.0, 1.0], [1.0, 1.0], [2.0, 0.4], [1.0, np.inf]],
    bad_x=[0.0, -1.0, np.inf],
)

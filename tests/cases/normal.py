import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase

CASE = FamilyCase(
    make=ig.Normal,
    params=[
        {"mean": 0.0, "std": 1.0},
        {"mean": -3.5, "std": 0.25},
        {"mean": 1e3, "std": 50.0},
        {"mean": 2.0, "std": 1e-4},
        {"mean": -1e-3, "std": 1e4},
    ],
    scipy=lambda p: stats.norm(p["mean"], p["std"]),
    mean_stat=lambda p: np.array([p["mean"], p["mean"] ** 2 + p["std"] ** 2]),
    support=lambda p: p["mean"] + p["std"] * np.array([-30.0, -3.0, -0.5, 0.0, 1e-8, 1.0, 7.0]),
    bad_source=[({"mean": 0.0, "std": -1.0}, r"Normal\.natural: source parameters are invalid: std must be"),
                ({"mean": 0.0, "std": 0.0}, "std must be"),
                ({"mean": np.inf, "std": 1.0}, "mean must be finite")],
    bad_theta=[[0.0, 0.0], [1.0, 2.0], [np.inf, -1.0]],
    bad_eta=[[0.0, -1.0], [2.0, 4.0], [1.0, np.inf]],
    bad_x=[np.inf],
    rtol={
        # η₂ − η₁² cancels when σ ≪ |μ| (mean 2, std 1e-4: the variance is 1e-8 of η₂), so θ from η
        # carries the input's rounding amplified by η₂/σ² ≈ 4e8: conditioning, not a defect.
        "round_trip": 1e-7,
        "fd_mean": 1e-5,
        "fenchel": 1e-13,
    },
)

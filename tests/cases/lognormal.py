import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase


def _support(p):
    z = np.array([-12.0, -3.0, -0.5, 0.0, 1e-8, 1.0, 7.0])
    y = p["mu"] + p["sigma"] * z
    return np.exp(y[np.abs(y) < 700])  # keep x = e^y a normal positive double


CASE = FamilyCase(
    make=ig.LogNormal,
    params=[
        {"mu": 0.0, "sigma": 1.0},
        {"mu": -1.5, "sigma": 0.3},
        {"mu": 0.0, "sigma": 1e-6},
        {"mu": -2.0, "sigma": 50.0},
        {"mu": 23.0, "sigma": 2.0},     # scale e^μ ≈ 1e10
        {"mu": -23.0, "sigma": 0.5},    # scale ≈ 1e-10
    ],
    scipy=lambda p: stats.lognorm(s=p["sigma"], scale=np.exp(p["mu"])),
    mean_stat=lambda p: np.array([p["mu"], p["mu"] ** 2 + p["sigma"] ** 2]),
    support=_support,
    bad_source=[({"mu": 0.0, "sigma": -1.0}, r"LogNormal\.natural: source parameters are invalid: sigma must be"),
                ({"mu": 0.0, "sigma": 0.0}, "sigma must be finite and > 0"),
                ({"mu": np.inf, "sigma": 1.0}, "mu must be finite")],
    bad_theta=[[0.0, 0.0], [1.0, 2.0], [np.inf, -1.0]],
    bad_eta=[[0.0, -1.0], [2.0, 4.0], [1.0, np.inf]],
    bad_x=[0.0, -1.0, np.inf],
    rtol={
        # scipy evaluates log(x / e^μ): for μ = ±23 the quotient's rounding (1 ulp of x/e^μ) is an
        # absolute error ε in log y, i.e. ε/σ² ≈ 9e-16·|z| in the (log y)²/(2σ²) term, ≈ 1e-14
        # relative to logpdf values of size ~ 25 here. Conditioning of the reference, not a defect.
        "log_prob": 1e-13,
    },
)

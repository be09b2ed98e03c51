import numpy as np
from scipy import special, stats

import infogeom as ig

from ._case import FamilyCase


def _mean_stat(p):
    # E[log X] = ψ(k) − log β, E[X] = k/β (scipy.special, independent of infogeom)
    k, b = p["shape"], p["rate"]
    return np.array([special.digamma(k) - np.log(b), k / b])


def _support(p):
    d = stats.gamma(p["shape"], scale=1.0 / p["rate"])
    x = d.ppf([1e-3, 0.1, 0.5, 0.9, 0.999])
    return x[x > 0]


CASE = FamilyCase(
    make=ig.Gamma,
    params=[
        {"shape": 2.5, "rate": 0.5},
        {"shape": 1.0, "rate": 1.0},
        {"shape": 0.3, "rate": 1e-3},
        {"shape": 1e-3, "rate": 2.0},
        {"shape": 40.0, "rate": 1e4},
        {"shape": 1e4, "rate": 1e4},
        {"shape": 1e4, "rate": 1.0},
    ],
    scipy=lambda p: stats.gamma(p["shape"], scale=1.0 / p["rate"]),
    mean_stat=_mean_stat,
    support=_support,
    bad_source=[({"shape": -1.0, "rate": 1.0},
                 r"Gamma\.natural: source parameters are invalid: shape must be"),
                ({"shape": 1.0, "rate": 0.0}, "rate must be"),
                ({"shape": np.inf, "rate": 1.0}, "shape must be")],
    bad_theta=[[-1.0, -1.0], [0.0, 0.0], [0.5, 1.0], [np.inf, -1.0], [0.0, -np.inf]],
    bad_eta=[[0.0, -1.0], [1.0, 1.0], [0.0, 1.0], [-np.inf, 1.0], [0.0, np.inf]],
    bad_x=[0.0, -1.0, np.inf],
    rtol={
        # θ from η: log η₂ − η₁ = log k − ψ(k) ≈ 1/(2k) cancels for large k: the rounding of
        # η₁ ≈ ψ(k) − log β (|η₁| up to 9.2 at shape 1e4, rate 1) is amplified by
        # |η₁|/(log η₂ − η₁) ≈ 2k|η₁| ≈ 2e5, so the round trip is good to ~2e5 ε only.
        "round_trip": 1e-10,
        # scipy's gamma.logpdf forms (a−1) log x − x − lgamma(a): at shape 1e4 lgamma ≈ 8.2e4 and
        # the result ≈ −5 carries ~8e4 ε absolute error in the reference (infogeom uses the
        # saddle-point form, checked against mpmath to 1e-14 in tests/test_gamma.py)
        "log_prob": 1e-10,
    },
)

import numpy as np
from scipy import special, stats

import infogeom as ig

from ._case import FamilyCase


def _mean_stat(p):
    # E[(cos X, sin X)] = A(κ)(cos μ, sin μ), A = I₁/I₀ = i1e/i0e (scipy.special)
    k = p["kappa"]
    a = special.i1e(k) / special.i0e(k)
    return a * np.array([np.cos(p["mu"]), np.sin(p["mu"])])


CASE = FamilyCase(
    make=ig.VonMises,
    params=[
        {"mu": 0.3, "kappa": 2.0},
        {"mu": -2.5, "kappa": 0.7},
        {"mu": 0.0, "kappa": 0.0},
        {"mu": np.pi, "kappa": 50.0},
        {"mu": 1.0, "kappa": 1e-6},
        {"mu": -1.2, "kappa": 1e5},
        {"mu": 2.0, "kappa": 25.0},
    ],
    fd_params=[{"mu": 0.3, "kappa": 2.0}, {"mu": -2.5, "kappa": 0.7}, {"mu": 1.0, "kappa": 30.0}],
    scipy=lambda p: stats.vonmises(p["kappa"], loc=p["mu"]),
    mean_stat=_mean_stat,
    support=lambda p: p["mu"] + np.array([-3.0, -1.0, -0.1, 0.0, 1e-3, 0.5, 2.0, 3.1, 40.0]),
    bad_source=[({"mu": 4.0, "kappa": 1.0},
                 r"VonMises\.natural: source parameters are invalid: mu must be"),
                ({"mu": 0.0, "kappa": -1.0}, "kappa must be"),
                ({"mu": 0.0, "kappa": np.inf}, "kappa must be")],
    bad_theta=[[np.inf, 0.0], [0.0, -np.inf]],
    bad_eta=[[1.0, 0.0], [0.8, 0.8], [np.inf, 0.0]],
    bad_x=[np.inf, -np.inf],
    rtol={
        # θ from η at κ = 1e5: κ is set by 1 − ‖η‖ ≈ 1/(2κ) = 5e-6, and ‖η‖ is known to ε/2, so
        # θ carries ~κ ε ≈ 2e-11 relative error (conditioning; the solver's residual is ~ε)
        "round_trip": 1e-10,
        # scipy.stats.vonmises.entropy computes κ − κA(κ) with cancellation: 1.0e-12 relative error
        # at κ = 1e5 against 40-digit mpmath (infogeom: 5e-17, tests/test_von_mises.py)
        "entropy": 5e-12,
    },
)

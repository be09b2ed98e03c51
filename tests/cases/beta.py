import mpmath as mp
import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase


def _mean_stat(p):
    # E[log X] = ψ(a) − ψ(a + b), E[log(1 − X)] = ψ(b) − ψ(a + b), in 40-digit mpmath (the double
    # differences of scipy.special.digamma cancel for large or unbalanced a, b)
    with mp.workdps(40):
        a, b = mp.mpf(p["a"]), mp.mpf(p["b"])
        ab = mp.digamma(a + b)
        return np.array([float(mp.digamma(a) - ab), float(mp.digamma(b) - ab)])


def _support(p):
    d = stats.beta(p["a"], p["b"])
    x = d.ppf([1e-3, 0.1, 0.5, 0.9, 0.999])
    return x[(x > 0) & (x < 1)]


CASE = FamilyCase(
    make=ig.Beta,
    params=[
        {"a": 2.0, "b": 3.5},
        {"a": 0.5, "b": 0.5},
        {"a": 1.0, "b": 1.0},
        {"a": 1e-3, "b": 0.2},
        {"a": 1e-4, "b": 1e5},
        {"a": 300.0, "b": 40.0},
        {"a": 1e6, "b": 1e6},
    ],
    fd_params=[{"a": 2.0, "b": 3.5}, {"a": 0.5, "b": 0.5}, {"a": 30.0, "b": 4.0}],
    scipy=lambda p: stats.beta(p["a"], p["b"]),
    mean_stat=_mean_stat,
    support=_support,
    bad_source=[({"a": -1.0, "b": 1.0}, r"Beta\.natural: source parameters are invalid: a must be"),
                ({"a": 1.0, "b": 0.0}, "b must be"),
                ({"a": np.inf, "b": 1.0}, "a must be")],
    bad_theta=[[-1.0, 0.0], [0.0, -2.0], [np.inf, 0.0]],
    bad_eta=[[0.0, -1.0], [-1.0, 0.5], [-0.1, -0.1], [-np.inf, -1.0]],
    bad_x=[0.0, 1.0, -0.5, 2.0, np.inf],
    rtol={
        # θ = a − 1 stores a = 1e-4 only to absolute ε, i.e. 1.1e-13 relative, when a is read back
        "source": 1e-12,
        # θ from η at a = b = 1e6: η_i ≈ −log 2 − 1/(2a) is known to absolute ε, and ∂α/∂η ≈ α₀,
        # so θ carries ~α₀ ε ≈ 4e-10 relative error (conditioning; the solver's residual is ~ε)
        "round_trip": 1e-9,
        # scipy.stats.beta (logpdf and entropy) cancels at a = b = 1e6 (errors 2.5e-10 and 2.3e-10
        # against 40-digit mpmath, while infogeom is within 1e-13; see tests/test_beta_dirichlet.py)
        "log_prob": 1e-9,
        "entropy": 1e-9,
    },
)

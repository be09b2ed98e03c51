import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase
from ._discrete import SummedEntropy

# λ = 1e12 and the tiny/huge extremes are in tests/test_poisson.py (scipy's entropy sums the
# support there); 250 exercises the asymptotic entropy branch (λ ≥ 200).
CASE = FamilyCase(
    make=ig.Poisson,
    params=[{"rate": 3.7}, {"rate": 1.0}, {"rate": 1e-8}, {"rate": 250.0}, {"rate": 57.0}],
    scipy=lambda p: SummedEntropy(stats.poisson(p["rate"])),
    mean_stat=lambda p: np.array([p["rate"]]),
    support=lambda p: np.unique(np.array([0.0, 1.0, 2.0, 5.0, np.floor(p["rate"]), 2 * np.floor(p["rate"]) + 10])),
    bad_source=[({"rate": 0.0}, r"Poisson\.natural: source parameters are invalid: rate must be finite and > 0"),
                ({"rate": -1.0}, "rate must be"), ({"rate": np.inf}, "rate must be")],
    bad_theta=[[np.inf], [-np.inf]],
    bad_eta=[[0.0], [-1.0], [np.inf]],
    bad_x=[-1.0, 2.5, np.inf],
    discrete=True,
)

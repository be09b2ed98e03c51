import numpy as np
from scipy import stats

import infogeom as ig

from ._case import FamilyCase
from ._discrete import SummedEntropy

R = 2.5

# p = 0.01 uses the integral branch of the entropy (p < 0.05), the others the sum over the
# support; the asymptotic branch (r(1−p) ≥ 200) and p → 0 are in tests/test_negative_binomial.py.
CASE = FamilyCase(
    make=lambda: ig.NegativeBinomial(R),
    params=[{"p": 0.5}, {"p": 0.2}, {"p": 0.01}, {"p": 0.999}, {"p": 0.06}],
    scipy=lambda p: SummedEntropy(stats.nbinom(R, p["p"])),
    mean_stat=lambda p: np.array([R * (1.0 - p["p"]) / p["p"]]),
    support=lambda p: np.array([0.0, 1.0, 2.0, 7.0, 30.0, 400.0]),
    bad_source=[({"p": 0.0}, r"NegativeBinomial\.natural: source parameters are invalid: p must be in \(0, 1\)"),
                ({"p": 1.0}, "p must be in"), ({"p": 3.0}, "p must be in")],
    bad_theta=[[0.0], [1.0], [-np.inf], [np.inf]],
    bad_eta=[[0.0], [-1.0], [np.inf]],
    bad_x=[-1.0, 2.5, np.inf],
    discrete=True,
)

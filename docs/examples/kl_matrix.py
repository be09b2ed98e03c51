"""From a batch of fitted Gaussians to a KL matrix."""
import numpy as np

import infogeom as ig

rng = np.random.default_rng(0)
fam = ig.MultivariateNormal(2)

# six groups of 500 observations, each from its own Gaussian
means = rng.normal(scale=3.0, size=(6, 2))
scales = rng.uniform(0.5, 2.0, size=(6, 2, 1))
x = means[:, None, :] + scales[:, None, :, 0] * rng.normal(size=(6, 500, 2))

theta = fam.fit(x, axis=1)          # maximum likelihood per group: shape (6, D), D = 2 + 3
K = fam.pairwise_kl(theta, theta)   # K[i, j] = KL(p_i ‖ p_j), one GEMM plus rank-one terms

np.set_printoptions(precision=3, suppress=True)
print("theta shape:", theta.shape)
print(K)
print("diagonal exactly zero:", bool(np.all(np.diag(K) == 0.0)))
# each entry agrees with the elementwise divergence
print("max |K - kl|:", float(np.abs(K - fam.kl(theta[:, None], theta[None, :])).max()))

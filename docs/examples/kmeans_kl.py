"""k-means under the KL divergence (Bregman k-means on the natural parameters)."""
from itertools import permutations

import numpy as np

import infogeom as ig

rng = np.random.default_rng(1)
fam = ig.Normal()
# 300 univariate Gaussians around three regimes of (mean, std)
regime = rng.integers(0, 3, size=300)
mean = np.array([-4.0, 0.0, 5.0])[regime] + 0.3 * rng.normal(size=300)
std = np.array([0.5, 2.0, 1.0])[regime] * rng.uniform(0.8, 1.25, size=300)
theta = fam.natural(mean=mean, std=std)

km = ig.cluster.BregmanKMeans(fam, n_clusters=3, input_kind="params", random_state=0)
km.fit(theta)
labels = np.asarray(km.labels_)
# the clusters recover the regimes (up to a relabelling)
agree = max(np.mean(labels == np.array(perm)[regime]) for perm in permutations(range(3)))
print(f"agreement with the regimes: {agree:.3f}")

"""Fisher–Rao geodesics of the normal family in the (mean, std) half-plane."""
import matplotlib.pyplot as plt
import numpy as np

import infogeom as ig

fam = ig.Normal()
p = fam.natural(mean=-2.0, std=0.5)
t = np.linspace(0.0, 1.0, 101)
fig, ax = plt.subplots(figsize=(6, 3.5))
for mq, sq in [(2.0, 0.5), (2.0, 2.0), (0.0, 3.0)]:
    q = fam.natural(mean=mq, std=sq)
    path = fam.geodesic(p, q, t, kind="fisher")      # (101, 2) natural parameters
    src = fam.source(path)
    ax.plot(src["mean"], src["std"], label=f"to N({mq:g}, {sq:g}²)")
    ax.plot([-2.0, mq], [0.5, sq], "k:", lw=0.8)     # the straight segment, for comparison
ax.set_xlabel("mean μ")
ax.set_ylabel("std σ")
ax.set_title("Fisher–Rao geodesics: half-ellipses in the (μ, σ) half-plane")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(f"{OUTDIR}/geodesic_halfplane.png", dpi=120)  # noqa: F821 (set by docs/conf.py)
print("the paths start at p:", bool(np.allclose(fam.geodesic(p, q, t, kind="fisher")[0], p)))

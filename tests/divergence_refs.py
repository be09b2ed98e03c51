"""High-precision references for the divergence tests, independent of the code under test.

Each family's log-partition F is written here in mpmath from the parameter layout documented in
``python/infogeom/_families.py`` (not from the C++ code); every divergence except Jensen–Shannon
is then evaluated from F at high precision along the segment f(t) = F(θp + t(θq − θp)):

  KL(p‖q) = f(1) − f(0) − f'(0),  jeffreys = f'(1) − f'(0),
  J_α = α f(0) + (1 − α) f(1) − f(1 − α)  (chernoff; renyi = J_α/(1 − α)),

with f' by mpmath's numerical differentiation at ``DPS`` digits (its error is far below the
cancellation the references must survive: KL ~ 1e-20·|F| needs ~40 digits). The inputs are the
float64 parameters themselves, converted exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import mpmath as mp
import numpy as np

DPS = 90


def _mpf(x) -> mp.mpf:
    return x if isinstance(x, mp.mpf) else mp.mpf(float(x))


def _svec_to_mat(v: Sequence, d: int) -> mp.matrix:
    """Inverse of the orthonormal packing: diagonal, then √2 × strictly lower entries row by row."""
    A = mp.matrix(d, d)
    for i in range(d):
        A[i, i] = v[i]
    k = d
    for i in range(1, d):
        for j in range(i):
            A[i, j] = A[j, i] = v[k] / mp.sqrt(2)
            k += 1
    return A


def log_partition(family: str, args: dict) -> Callable[[Sequence], mp.mpf]:
    """F(θ) in mpmath for the family ``family`` with constructor arguments ``args``."""
    if family == "Bernoulli":
        return lambda t: mp.log1p(mp.exp(t[0]))
    if family == "Binomial":
        n = args["n"]
        return lambda t: n * mp.log1p(mp.exp(t[0]))
    if family == "Categorical":
        return lambda t: mp.log(1 + mp.fsum(mp.exp(x) for x in t))
    if family == "Poisson":
        return lambda t: mp.exp(t[0])
    if family == "Geometric":
        return lambda t: -mp.log(-mp.expm1(t[0]))
    if family == "NegativeBinomial":
        r = _mpf(args["r"])
        return lambda t: -r * mp.log(-mp.expm1(t[0]))
    if family == "Exponential":
        return lambda t: -mp.log(-t[0])
    if family == "Rayleigh":
        return lambda t: -mp.log(-2 * t[0])
    if family in ("Normal", "LogNormal"):
        return lambda t: -t[0] ** 2 / (4 * t[1]) + mp.log(mp.pi / (-t[1])) / 2
    if family == "DiagonalNormal":
        d = args["d"]
        return lambda t: mp.fsum(-t[i] ** 2 / (4 * t[d + i]) + mp.log(mp.pi / (-t[d + i])) / 2
                                 for i in range(d))
    if family == "MultivariateNormal":
        d = args["d"]

        def F(t):
            lam = -2 * _svec_to_mat(t[d:], d)
            th1 = mp.matrix([t[i] for i in range(d)])
            quad = (th1.T * mp.lu_solve(lam, th1))[0]
            return quad / 2 + d * mp.log(2 * mp.pi) / 2 - mp.log(mp.det(lam)) / 2
        return F
    if family == "Wishart":
        d = args["d"]

        def F(t):
            a = t[0] + mp.mpf(d + 1) / 2
            lam = -2 * _svec_to_mat(t[1:], d)
            lgd = d * (d - 1) * mp.log(mp.pi) / 4 + mp.fsum(mp.loggamma(a - mp.mpf(j) / 2) for j in range(d))
            return lgd - a * mp.log(mp.det(lam / 2))
        return F
    if family == "InverseGaussian":
        return lambda t: -2 * mp.sqrt(t[0] * t[1]) - mp.log(-2 * t[1]) / 2
    if family == "Gamma":
        return lambda t: mp.loggamma(t[0] + 1) - (t[0] + 1) * mp.log(-t[1])
    if family == "Beta":
        return lambda t: mp.loggamma(t[0] + 1) + mp.loggamma(t[1] + 1) - mp.loggamma(t[0] + t[1] + 2)
    if family == "Dirichlet":
        return lambda t: mp.fsum(mp.loggamma(x + 1) for x in t) - mp.loggamma(mp.fsum(t) + len(t))
    if family == "VonMises":
        return lambda t: mp.log(2 * mp.pi * mp.besseli(0, mp.sqrt(t[0] ** 2 + t[1] ** 2)))
    raise KeyError(family)


class Segment:
    """f(t) = F(θp + t(θq − θp)) at DPS digits, for one pair of float64 parameter vectors."""

    def __init__(self, F: Callable, tp, tq):
        self.F = F
        self.tp = [_mpf(x) for x in np.ravel(tp)]
        self.tq = [_mpf(x) for x in np.ravel(tq)]
        self.d = [b - a for a, b in zip(self.tp, self.tq)]

    def point(self, t) -> list:
        t = _mpf(t)
        # from the nearer end, so that the endpoints are exact
        if t <= mp.mpf(0.5):
            return [a + t * d for a, d in zip(self.tp, self.d)]
        return [b - (1 - t) * d for b, d in zip(self.tq, self.d)]

    def f(self, t) -> mp.mpf:
        if t == 0:
            return self.F(self.tp)
        if t == 1:
            return self.F(self.tq)
        return self.F(self.point(t))

    def fprime(self, t0) -> mp.mpf:
        base = self.tp if t0 == 0 else self.tq
        return mp.diff(lambda h: self.F([b + h * d for b, d in zip(base, self.d)]), 0)


def divergences(family: str, args: dict, tp, tq, alphas: Sequence[float] = ()) -> dict:
    """Reference values (mpf) of kl, bregman, jeffreys and chernoff/renyi at each alpha."""
    with mp.workdps(DPS):
        seg = Segment(log_partition(family, args), tp, tq)
        f0, f1 = seg.f(0), seg.f(1)
        d0, d1 = seg.fprime(0), seg.fprime(1)
        out = {"kl": f1 - f0 - d0, "bregman": f0 - f1 + d1, "jeffreys": d1 - d0}
        for a in alphas:
            a = _mpf(a)
            s = 1 - a
            try:
                fa = seg.f(s) if 0 < s < 1 else seg.F([x * a + y * s for x, y in zip(seg.tp, seg.tq)])
            except (ValueError, ZeroDivisionError):  # θ_α outside the domain (α > 1)
                fa = mp.mpc(0, 1)
            J = a * f0 + s * f1 - fa
            out[("chernoff", float(a))] = J
            out[("renyi", float(a))] = J / s
        return out


def rel_err(value, ref) -> float:
    """|value − ref| / |ref| (0 when both are 0)."""
    ref = mp.mpf(ref)
    if ref == 0:
        return 0.0 if value == 0 else float("inf")
    return float(abs(mp.mpf(float(value)) - ref) / abs(ref))

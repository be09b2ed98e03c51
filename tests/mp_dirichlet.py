"""mpmath references for the Dirichlet family (and Beta = Dirichlet(2)), shared by
tests/test_beta.py and tests/test_dirichlet.py. All functions take and return mpmath numbers."""

from __future__ import annotations

import mpmath as mp

EPS = 2.220446049250313e-16


def log_partition(a):
    return mp.fsum(mp.loggamma(x) for x in a) - mp.loggamma(mp.fsum(a))


def to_mean(a):
    a0 = mp.fsum(a)
    return [mp.digamma(x) - mp.digamma(a0) for x in a]


def fisher(a):
    a0 = mp.fsum(a)
    z = mp.psi(1, a0)
    k = len(a)
    return [[(mp.psi(1, a[i]) if i == j else 0) - z for j in range(k)] for i in range(k)]


def entropy(a):
    a0 = mp.fsum(a)
    k = len(a)
    return log_partition(a) + (a0 - k) * mp.digamma(a0) - mp.fsum((x - 1) * mp.digamma(x) for x in a)


def log_prob(a, x):
    return mp.fsum((ai - 1) * mp.log(xi) for ai, xi in zip(a, x)) - log_partition(a)


def fisher_inverse(a):
    """(∇²F)⁻¹, the Fisher metric in mean coordinates."""
    return _jinv(a)


def _jinv(a):
    """J⁻¹ for J = diag(ψ'(α_i)) − ψ'(α₀) 11ᵀ (Sherman–Morrison; all entries are positive)."""
    a0 = mp.fsum(a)
    z = mp.psi(1, a0)
    q = [mp.psi(1, x) for x in a]
    den = 1 - z * mp.fsum(1 / v for v in q)
    k = len(a)
    return [[(1 / q[i] if i == j else 0) + z / (q[i] * q[j] * den) for j in range(k)] for i in range(k)]


def solve(eta, a_start):
    """α with ψ(α_i) − ψ(α₀) = η_i exactly (Newton from a close start, 10⁻⁴⁰ relative; the
    working precision is raised by 40 digits because η_i ≈ −R/α₀ cancels for a dominant α_j)."""
    with mp.workdps(mp.mp.dps + 40):
        return _solve(eta, a_start)


def _solve(eta, a_start):
    a = [mp.mpf(x) for x in a_start]
    eta = [mp.mpf(e) for e in eta]
    for _ in range(100):
        r = [m - e for m, e in zip(to_mean(a), eta)]
        Ji = _jinv(a)
        step = [mp.fsum(Ji[i][j] * r[j] for j in range(len(a))) for i in range(len(a))]
        # damped in log space so that α stays positive
        a = [x * mp.exp(max(min(-s / x, 2), -2)) for x, s in zip(a, step)]
        if max(abs(s / x) for s, x in zip(step, a)) < mp.mpf(10) ** -40:
            return a
    raise AssertionError("mpmath Dirichlet inverse did not converge")


def inverse_tolerance(a, eta, ulps=16):
    """Per-component bound on |Δα| for a solver whose residual is within `ulps` ε |η_j|:
    Σ_j (J⁻¹)_ij ulps ε |η_j| (J⁻¹ ≥ 0 entrywise), plus 4 ε α_i for the final rounding."""
    Ji = _jinv(a)
    k = len(a)
    return [ulps * EPS * mp.fsum(Ji[i][j] * abs(mp.mpf(eta[j])) for j in range(k)) + 4 * EPS * a[i]
            for i in range(k)]

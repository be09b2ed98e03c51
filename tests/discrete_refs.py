"""mpmath references for the tests of the count families (tests/test_<family>.py).

Entropies are computed independently of infogeom's code paths: as −Σ p(x) log p(x) over the
support in mpmath (pmf by exact recurrences from the mode, continued until the terms are below
1e-30 of the sum), or, where the support is too long to sum, from exact integral
representations of E[log h(X)] evaluated by mpmath.quad at 50+ digits.
"""

from __future__ import annotations

import mpmath as mp
import pytest


@pytest.fixture(autouse=True)
def mp_dps50():
    """50 significant digits for every test of a module that imports this fixture (other test
    modules set mpmath's global precision at import time)."""
    with mp.workdps(50):
        yield


def rel_err(got, ref) -> float:
    ref = mp.mpf(ref)
    return float(abs(mp.mpf(float(got)) - ref) / abs(ref))


def entropy_by_recurrence(l_mode, mode, log_ratio_up, lo=0, hi=None):
    """−Σ p log p walking out from `mode`: l_mode = log p(mode), log_ratio_up(x) = log p(x+1)/p(x)."""
    s = mp.mpf(0)
    l, x = l_mode, mode
    while True:  # upward
        t = -mp.exp(l) * l
        s += t
        if hi is not None and x >= hi:
            break
        if x > mode + 2 and abs(t) < mp.mpf(10) ** -30 * s:
            break
        l += log_ratio_up(x)
        x += 1
    l, x = l_mode, mode
    while x > lo:  # downward
        l -= log_ratio_up(x - 1)
        x -= 1
        t = -mp.exp(l) * l
        s += t
        if x < mode - 2 and abs(t) < mp.mpf(10) ** -30 * s:
            break
    return s


def poisson_entropy(lam):
    lam = mp.mpf(lam)
    if lam <= 5000:
        m = int(mp.floor(lam))
        ll = mp.log(lam)
        l_mode = m * ll - lam - mp.loggamma(m + 1)
        return entropy_by_recurrence(l_mode, m, lambda x: ll - mp.log(x + 1))
    # E[log X!] = ∫_0^∞ [λ e^−t − e^−t (1 − E e^−tX)/(1 − e^−t)] dt/t (Malmsten's integral for
    # log Γ(x+1), Whittaker & Watson §12.31, with E e^−tX = exp(−λ(1 − e^−t)))
    # The integrand tends to λ²/2 as t → 0: integrate from ε = 1e-20/λ² and add λ²ε/2.
    with mp.workdps(70):
        f = lambda t: (lam * mp.exp(-t) + mp.expm1(lam * mp.expm1(-t)) / mp.expm1(t)) / t
        eps = mp.mpf(10) ** -20 / lam**2
        pts = [eps] + [mp.mpf(10) ** k / lam for k in range(-3, 4)] + [1 / mp.sqrt(lam), 1, 10, mp.inf]
        elog = mp.quad(f, sorted(set(pts))) + lam**2 * eps / 2
    return lam - lam * mp.log(lam) + elog


def binomial_entropy(n, theta):
    th = mp.mpf(theta)
    p = 1 / (1 + mp.exp(-th))
    q = 1 / (1 + mp.exp(th))
    m = min(int(mp.floor((n + 1) * p)), n)
    l_mode = mp.loggamma(n + 1) - mp.loggamma(m + 1) - mp.loggamma(n - m + 1) + m * mp.log(p) + (n - m) * mp.log(q)
    return entropy_by_recurrence(l_mode, m, lambda x: mp.log(mp.mpf(n - x) / (x + 1)) + th, lo=0, hi=n)


def negbin_entropy_sum(r, theta):
    r, th = mp.mpf(r), mp.mpf(theta)
    q, p = mp.exp(th), -mp.expm1(th)
    m = int(mp.floor((r - 1) * q / p)) if r > 1 else 0
    l_mode = mp.loggamma(m + r) - mp.loggamma(r) - mp.loggamma(m + 1) + r * mp.log(p) + m * th
    return entropy_by_recurrence(l_mode, m, lambda x: mp.log((x + r) / (x + 1)) + th)


def negbin_entropy_integral(r, theta):
    """H = −F*(η) − E[log h(X)] with E[log h(X)] = ∫_0^∞ (1 − E e^−tX) B(t) dt/t,
    B(t) = (e^−t − e^−rt)/(1 − e^−t), E e^−tX = (p/(1 − q e^−t))^r (Malmsten's integral)."""
    r, th = mp.mpf(r), mp.mpf(theta)
    q, p = mp.exp(th), -mp.expm1(th)
    B = lambda t: (mp.exp(-t) - mp.exp(-r * t)) / (-mp.expm1(-t))
    f = lambda t: -mp.expm1(-r * mp.log1p(-q * mp.expm1(-t) / p)) * B(t) / t
    sc = [p / (r * q), p, 1 / r, mp.mpf(1), 100 / min(r, 1)]
    lo, hi = int(mp.log10(min(sc))) - 20, int(mp.log10(max(sc))) + 1
    pts = sorted(set([mp.mpf(10) ** k for k in range(lo, hi + 1)] + sc + [mp.inf]))
    # the integrand tends to r(r−1)q/p as t → 0: add the piece [0, 10^lo] analytically
    elogh = mp.quad(f, pts) + pts[0] * r * (r - 1) * q / p
    return -(r * mp.log(p) + r * q / p * th) - elogh

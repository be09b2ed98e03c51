"""Elementwise divergences (issue 3): values against independent references, identities, the
nearly-identical regime, float32, broadcasting and bad input.

References: mpmath at 90 digits from each family's log-partition written independently in
tests/divergence_refs.py (every divergence but Jensen–Shannon is a function of F along the segment
[θp, θq]), scipy densities integrated numerically (KL, Bhattacharyya coefficient), and closed forms
from the literature for the Normal family.
"""

from __future__ import annotations

import doctest
import itertools
import re
from pathlib import Path

import mpmath as mp
import numpy as np
import pytest
from scipy import integrate, stats

import infogeom as ig
import infogeom._divergence
from divergence_refs import divergences, rel_err

ALPHAS = (0.5, 0.1, 0.9, 2.0)
SCALAR_KEYS = ("kl", "bregman", "jeffreys")


def _valid(fam, th) -> bool:
    try:
        fam.log_partition(th)
    except ValueError:
        return False
    return True


def _points(case):
    fam = case.make()
    return fam, [np.asarray(fam.natural(**p)) for p in case.params]


def _near_pairs(fam, pts, rng, hs=(1e-6, 1e-10)):
    """(θ, θ(1 + h·z)) for each point and relative size h, kept when both are valid."""
    out = []
    for th in pts:
        for h in hs:
            tq = th * (1 + h * rng.standard_normal(th.shape))
            if _valid(fam, tq):
                out.append((th, tq))
    return out


def _values(fam, tp, tq):
    v = {"kl": fam.kl(tp, tq), "bregman": fam.bregman(tp, tq), "jeffreys": fam.jeffreys(tp, tq)}
    for a in ALPHAS:
        if a < 1:
            v[("chernoff", a)] = fam.chernoff(tp, tq, a)
        v[("renyi", a)] = fam.renyi(tp, tq, a)
    return v


def _sensitivity(fam, tp, tq, ref, rng, draws=2):
    """Largest relative change of each reference under random 1-ulp perturbations of the inputs:
    the conditioning of the value itself (a backward-stable method may be off by about this)."""
    args = dict(fam._args)
    sens = dict.fromkeys(ref, 0.0)
    for _ in range(draws):
        e1 = 1 + 2.0**-52 * rng.standard_normal(tp.shape)
        e2 = 1 + 2.0**-52 * rng.standard_normal(tq.shape)
        pert = divergences(fam.name, args, tp * e1, tq * e2, ALPHAS)
        for k, r in ref.items():
            if isinstance(r, mp.mpc) or isinstance(pert[k], mp.mpc):
                continue
            sens[k] = max(sens[k], rel_err(float(pert[k]), r))
    return sens


# ------------------------------------------------------------------ values vs mpmath, every family
def test_against_mpmath(case):
    """Every divergence of every family at 1e-12 relative (or within 10× the measured
    conditioning of the value, for the ill-conditioned parameter sets, see _sensitivity), on pairs
    of the case's parameter sets and on nearly identical pairs (relative perturbations 1e-6 and
    1e-10 of θ)."""
    fam, pts = _points(case)
    rng = np.random.default_rng(11)
    pairs = [(pts[i], pts[j]) for i, j in zip(range(len(pts)), range(1, len(pts)))]
    pairs += [(q, p) for p, q in pairs]
    pairs += _near_pairs(fam, pts, rng)
    args = dict(fam._args)
    failures = []
    for tp, tq in pairs:
        ref = divergences(fam.name, args, tp, tq, ALPHAS)
        vals = _values(fam, tp, tq)
        sens = None
        for k, v in vals.items():
            r = ref[k]
            if isinstance(r, mp.mpc):  # θ_α outside the domain: the Rényi integral diverges
                assert v == np.inf, (fam, k, tp, tq, v)
                continue
            e = rel_err(v, r)
            if e > 1e-12:
                if sens is None:
                    sens = _sensitivity(fam, tp, tq, ref, rng)
                if e > 1e-12 + 10 * sens[k]:
                    failures.append((k, e, sens[k], tp, tq, float(v), float(r)))
        # derived ones
        b = ref[("chernoff", 0.5)]
        assert rel_err(fam.bhattacharyya(tp, tq), b) <= 1e-12 + 10 * (sens or {}).get(("chernoff", 0.5), 0)
        h_ref = mp.sqrt(-mp.expm1(-b))
        assert rel_err(fam.hellinger(tp, tq), h_ref) <= 1e-12 + 10 * (sens or {}).get(("chernoff", 0.5), 0)
    assert not failures, failures


# ------------------------------------------------------------------ identities
def _assert_agree(fam, P, Q, got, want, key, rng):
    """got ≈ want to 1e-12 relative, or within 10× the measured conditioning of the reference
    value ``key`` at the pair (ill-conditioned parameter sets, see _sensitivity)."""
    got, want = np.atleast_1d(got), np.atleast_1d(want)
    for i in np.flatnonzero(np.abs(got - want) > 1e-12 * np.abs(want)):
        ref = divergences(fam.name, dict(fam._args), P[i], Q[i], ALPHAS)
        sens = _sensitivity(fam, P[i], Q[i], ref, rng)[key]
        assert abs(got[i] - want[i]) <= (1e-12 + 10 * sens) * abs(want[i]), (fam, key, P[i], Q[i], got[i], want[i])


def test_identities(case):
    fam, pts = _points(case)
    P = np.stack(pts)
    Q = np.roll(P, 1, axis=0)
    kl = fam.kl(P, Q)
    assert np.all(kl > 0)
    # exactly zero on identical inputs, for every divergence
    for op in ("kl", "bregman", "jeffreys", "bhattacharyya", "hellinger"):
        np.testing.assert_array_equal(getattr(fam, op)(P, P), 0.0)
    np.testing.assert_array_equal(fam.chernoff(P, P, 0.3), 0.0)
    np.testing.assert_array_equal(fam.renyi(P, P, 3.0), 0.0)
    c, a = fam.chernoff_information(P, P)
    np.testing.assert_array_equal(c, 0.0)
    np.testing.assert_array_equal(a, 0.5)
    # Jeffreys: symmetric and the sum of the two KLs
    rng = np.random.default_rng(2)
    jpq, jqp = fam.jeffreys(P, Q), fam.jeffreys(Q, P)
    _assert_agree(fam, P, Q, jqp, jpq, "jeffreys", rng)
    _assert_agree(fam, P, Q, kl + fam.kl(Q, P), jpq, "jeffreys", rng)
    # bregman(p, q) = KL(q‖p)
    np.testing.assert_array_equal(fam.bregman(P, Q), fam.kl(Q, P))
    # Bhattacharyya = Chernoff at ½; Hellinger in [0, 1] and = √(1 − e^{−B})
    B = fam.bhattacharyya(P, Q)
    np.testing.assert_array_equal(B, fam.chernoff(P, Q, 0.5))
    H = fam.hellinger(P, Q)
    assert np.all((H >= 0) & (H <= 1))
    np.testing.assert_allclose(H**2, -np.expm1(-B), rtol=1e-14)
    # Chernoff is skew-symmetric: C_α(p, q) = C_{1−α}(q, p)
    _assert_agree(fam, P, Q, fam.chernoff(Q, P, 0.7), fam.chernoff(P, Q, 0.3), ("chernoff", 0.5), rng)
    # Rényi → KL as α → 1: D_α = KL + (α − 1) Var_p(log p/q)/2 + O((α − 1)²), so the gap shrinks
    # linearly (on moderately separated pairs, where the linear term dominates at |α − 1| = 1e-6)
    mod = kl < 30
    for sgn in (-1, 1):
        g6 = fam.renyi(P[mod], Q[mod], 1 + sgn * 1e-6) - kl[mod]
        g10 = fam.renyi(P[mod], Q[mod], 1 + sgn * 1e-10) - kl[mod]
        assert np.all(np.abs(g10) <= 2e-4 * np.abs(g6) + 1e-12 * kl[mod]), (fam, g6, g10)
    # Rényi is non-decreasing in α (van Erven & Harremoës 2014, Thm 3)
    r = np.stack([fam.renyi(P, Q, a) for a in (0.2, 0.5, 0.8, 1.2)])
    assert np.all(np.diff(r, axis=0) >= -1e-13 * np.abs(r[1:]))


def test_chernoff_information(case):
    fam, pts = _points(case)
    rng = np.random.default_rng(5)
    pairs = [(pts[i], pts[j]) for i, j in itertools.combinations(range(len(pts)), 2)]
    pairs += _near_pairs(fam, pts, rng, hs=(1e-5,))
    for tp, tq in pairs:
        c, a = fam.chernoff_information(tp, tq)
        assert 0 < a < 1
        assert c == fam.chernoff(tp, tq, a)
        # the optimum: KL(p_α*‖p) = KL(p_α*‖q) (Nielsen 2013), relative to their size
        ta = a * tp + (1 - a) * tq
        k1, k2 = fam.kl(ta, tp), fam.kl(ta, tq)
        if abs(k1 - k2) > 1e-9 * max(k1, k2):  # ill-conditioned sets: the KLs' own accuracy
            s1 = _sensitivity(fam, ta, tp, divergences(fam.name, dict(fam._args), ta, tp, ()), rng)["kl"]
            s2 = _sensitivity(fam, ta, tq, divergences(fam.name, dict(fam._args), ta, tq, ()), rng)["kl"]
            assert abs(k1 - k2) <= (1e-9 + 10 * max(s1, s2)) * max(k1, k2), (fam, tp, tq, a, k1, k2)
        # and a maximum
        for da in (-1e-3, 1e-3):
            if 0 < a + da < 1:
                assert fam.chernoff(tp, tq, a + da) <= c * (1 + 1e-14)


# ------------------------------------------------------------------ scipy-density references
_SCIPY_UNIVARIATE = {
    "Normal": lambda s: stats.norm(s["mean"], s["std"]),
    "LogNormal": lambda s: stats.lognorm(s=s["sigma"], scale=np.exp(s["mu"])),
    "Exponential": lambda s: stats.expon(scale=1 / s["rate"]),
    "Rayleigh": lambda s: stats.rayleigh(scale=s["scale"]),
    "InverseGaussian": lambda s: stats.invgauss(mu=s["mean"] / s["shape"], scale=s["shape"]),
    "Gamma": lambda s: stats.gamma(s["shape"], scale=1 / s["rate"]),
    "Beta": lambda s: stats.beta(s["a"], s["b"]),
    "VonMises": lambda s: stats.vonmises(s["kappa"], loc=s["mu"]),
}
_SCIPY_DISCRETE = {
    "Bernoulli": lambda s, a: stats.bernoulli(s["p"]),
    "Binomial": lambda s, a: stats.binom(a["n"], s["p"]),
    "Poisson": lambda s, a: stats.poisson(s["rate"]),
    "Geometric": lambda s, a: stats.geom(s["p"], loc=-1),
    "NegativeBinomial": lambda s, a: stats.nbinom(a["r"], s["p"]),
}


def _integrate(fn, dist_p, dist_q, fam_name):
    """∫ fn over the support, split at the quantiles of both laws (scipy.integrate.quad)."""
    if fam_name == "VonMises":
        lo, hi = dist_p.mean() - np.pi, dist_p.mean() + np.pi
        cuts = [lo, hi]
    else:
        qs = [1e-12, 1e-6, 1e-3, 0.1, 0.5, 0.9, 1 - 1e-3, 1 - 1e-6, 1 - 1e-12]
        cuts = sorted(set(np.concatenate([dist_p.ppf(qs), dist_q.ppf(qs)])))
        a, b = dist_p.support()
        cuts = [a] + [c for c in cuts if a < c < b] + [b]
    total = 0.0
    for x0, x1 in zip(cuts[:-1], cuts[1:]):
        total += integrate.quad(fn, x0, x1, epsabs=0, epsrel=1e-13, limit=200)[0]
    return total


@pytest.mark.parametrize("name, params", [
    ("Normal", [{"mean": 0.3, "std": 1.2}, {"mean": -1.0, "std": 0.5}]),
    ("LogNormal", [{"mu": 0.3, "sigma": 0.8}, {"mu": 1.0, "sigma": 0.5}]),
    ("Exponential", [{"rate": 1.5}, {"rate": 0.4}]),
    ("Rayleigh", [{"scale": 1.5}, {"scale": 0.7}]),
    ("InverseGaussian", [{"mean": 1.0, "shape": 2.0}, {"mean": 1.5, "shape": 0.8}]),
])
def test_against_scipy_integrals(name, params):
    """KL and the Bhattacharyya coefficient ∫√(pq) by numerical integration of scipy densities
    (independent of F): the quadrature reference carries ~1e-11."""
    fam = getattr(ig, name)()
    sp, sq = (_SCIPY_UNIVARIATE[name](s) for s in params)
    tp, tq = (fam.natural(**s) for s in params)
    kl_ref = _integrate(lambda x: np.exp(sp.logpdf(x)) * (sp.logpdf(x) - sq.logpdf(x)) if sp.pdf(x) > 0 else 0.0,
                        sp, sq, name)
    bc_ref = _integrate(lambda x: np.exp(0.5 * (sp.logpdf(x) + sq.logpdf(x))), sp, sq, name)
    assert abs(fam.kl(tp, tq) - kl_ref) <= 1e-10 * kl_ref
    assert abs(fam.hellinger(tp, tq) ** 2 - (1 - bc_ref)) <= 1e-10 * (1 - bc_ref)
    assert abs(np.exp(-fam.bhattacharyya(tp, tq)) - bc_ref) <= 1e-10 * bc_ref


@pytest.mark.parametrize("name, ctor, params", [
    ("Poisson", {}, [{"rate": 3.0}, {"rate": 7.5}]),
    ("Binomial", {"n": 12}, [{"p": 0.3}, {"p": 0.45}]),
    ("Geometric", {}, [{"p": 0.3}, {"p": 0.1}]),
    ("NegativeBinomial", {"r": 2.5}, [{"p": 0.4}, {"p": 0.6}]),
])
def test_discrete_against_sums(name, ctor, params):
    """KL and Bhattacharyya by summing scipy's pmfs over the support."""
    fam = getattr(ig, name)(**ctor)
    sp, sq = (_SCIPY_DISCRETE[name](s, ctor) for s in params)
    tp, tq = (fam.natural(**s) for s in params)
    x = np.arange(0, 2000)
    lp, lq = sp.logpmf(x), sq.logpmf(x)
    keep = np.isfinite(lp) & np.isfinite(lq)
    kl_ref = mp.fsum(np.exp(lp[keep]) * (lp[keep] - lq[keep]))
    bc_ref = mp.fsum(np.exp(0.5 * (lp[keep] + lq[keep])))
    assert rel_err(fam.kl(tp, tq), kl_ref) <= 1e-12
    assert rel_err(np.exp(-fam.bhattacharyya(tp, tq)), bc_ref) <= 1e-12


# ------------------------------------------------------------------ the nearly identical regime
def test_normal_nearly_identical_closed_form():
    """KL(N(0,1) ‖ N(1e-7,1)) = (1e-7)²/2 = 5e-15 to full precision, and the other divergences
    of the closed forms: J_α = α(1−α)Δμ²/(2σ²), Jeffreys = Δμ²/σ²."""
    fam = ig.Normal()
    p, q = fam.natural(mean=0.0, std=1.0), fam.natural(mean=1e-7, std=1.0)
    d2 = mp.mpf(1e-7) ** 2
    assert rel_err(fam.kl(p, q), d2 / 2) <= 4e-16
    assert rel_err(fam.jeffreys(p, q), d2) <= 4e-16
    assert rel_err(fam.bhattacharyya(p, q), d2 / 8) <= 4e-16
    assert rel_err(fam.hellinger(p, q), mp.sqrt(-mp.expm1(-d2 / 8))) <= 4e-16
    assert rel_err(fam.chernoff(p, q, 0.2), mp.mpf("0.16") * d2 / 2) <= 4e-16
    assert rel_err(fam.renyi(p, q, 3.0), 3 * d2 / 2) <= 4e-16
    c, a = fam.chernoff_information(p, q)
    assert a == 0.5 and rel_err(c, d2 / 8) <= 4e-16


@pytest.mark.parametrize("h", [1e-8, 1e-12, 1e-15])
def test_nearly_identical_scaling(case, h):
    """As θq → θp the divergences are second order: KL ≈ ½ δᵀGδ, J_½ ≈ δᵀGδ/8, Jeffreys ≈ δᵀGδ,
    with G the Fisher matrix (fisher() is checked against finite differences of F in
    test_families.py) and a relative gap O(|δ|): the values are neither 0 nor rounding noise.
    On the well-conditioned first two parameter sets of each case."""
    fam, pts = _points(case)
    rng = np.random.default_rng(17)
    for th in pts[:2]:
        z = rng.standard_normal(th.shape)
        tq = th + h * max(np.abs(th).max(), 1.0) * z / np.linalg.norm(z)
        if not _valid(fam, tq):
            continue
        delta = tq - th  # the exact difference of the two inputs (Sterbenz)
        q = float(delta @ fam.fisher(th) @ delta)
        assert q > 0
        for val, ref in ((fam.kl(th, tq), q / 2), (fam.bhattacharyya(th, tq), q / 8),
                         (fam.jeffreys(th, tq), q), (fam.renyi(th, tq, 2.0), q)):
            assert abs(val - ref) <= 1e-5 * ref, (fam, th, tq, val, ref)


# ------------------------------------------------------------------ float32, broadcasting, errors
def test_float32(case):
    fam, pts = _points(case)
    P = np.stack(pts)
    Q = np.roll(P, 1, axis=0)
    # the float32 points themselves (rounded) are the inputs of the float64 reference
    P32, Q32 = P.astype(np.float32), Q.astype(np.float32)
    ok = [i for i in range(len(P)) if all(_valid(fam, a) for a in (P32[i], Q32[i]))]
    P32, Q32 = P32[ok], Q32[ok]
    for op in ("kl", "jeffreys", "bhattacharyya", "hellinger"):
        v32 = getattr(fam, op)(P32, Q32)
        v64 = getattr(fam, op)(P32.astype(np.float64), Q32.astype(np.float64))
        assert v32.dtype == np.float32
        finite = np.isfinite(v64) & (v64 < 1e30)
        np.testing.assert_allclose(v32[finite], v64[finite], rtol=2e-4, err_msg=f"{fam} {op}")
    v = fam.renyi(P32, Q32, np.float32(0.7))
    assert v.dtype == np.float32


def test_broadcasting_and_shapes():
    fam = ig.Normal()
    P = fam.natural(mean=np.linspace(-1, 1, 3)[:, None], std=1.0)  # (3, 1, 2)
    Q = fam.natural(mean=np.linspace(0, 2, 4), std=2.0)             # (4, 2)
    K = fam.kl(P, Q)
    assert K.shape == (3, 4)
    for i in range(3):
        for j in range(4):
            assert K[i, j] == fam.kl(P[i, 0], Q[j])
    # alpha broadcasts too
    R = fam.renyi(P[:, 0], Q[0], np.array([[0.5], [2.0]]))
    assert R.shape == (2, 3)
    assert R[1, 2] == fam.renyi(P[2, 0], Q[0], 2.0)
    # single pair: a NumPy scalar
    s = fam.kl(P[0, 0], Q[0])
    assert isinstance(s, np.float64) and np.ndim(s) == 0
    c, a = fam.chernoff_information(P, Q)
    assert c.shape == a.shape == (3, 4)
    # non-contiguous and integer input
    Pn = np.asarray(np.stack([P[:, 0]] * 2, axis=1))[:, 1]
    np.testing.assert_array_equal(fam.kl(Pn, Q[0]), fam.kl(P[:, 0], Q[0]))
    np.testing.assert_array_equal(ig.Poisson().kl([[0], [1]], [2]), ig.Poisson().kl([[0.0], [1.0]], [2.0]))
    with pytest.raises(ValueError, match=r"Normal\.kl: batch shapes do not broadcast"):
        fam.kl(np.zeros((3, 2)) + [0, -1], np.zeros((4, 2)) + [0, -1])
    with pytest.raises(ValueError, match="last axis of length 2"):
        fam.kl([0.0, -1.0, 3.0], [0.0, -1.0])


def test_bad_input_and_nan():
    fam = ig.Normal()
    good = fam.natural(mean=[0.0, 1.0, 2.0], std=1.0)
    bad = good.copy()
    bad[1, 1] = 0.5
    with pytest.raises(ValueError, match=r"Normal\.kl: q at index \[1\] is outside the natural parameter space"):
        fam.kl(good, bad)
    with pytest.raises(ValueError, match=r"Normal\.jeffreys: p at index \[1\]"):
        fam.jeffreys(bad, good)
    fam.kl(good, bad, validate=False)  # no check: no exception
    with pytest.raises(ValueError, match=r"Normal\.renyi: alpha at index \[2\] must be > 0, finite and != 1"):
        fam.renyi(good, good[0], [0.5, 2.0, 1.0])
    with pytest.raises(ValueError, match=r"Normal\.renyi: alpha must be > 0"):
        fam.renyi(good, good[0], -1.0)
    with pytest.raises(ValueError, match=r"Normal\.chernoff: alpha at index \[0\] must be in \[0, 1\]"):
        fam.chernoff(good, good[0], [1.5, 0.5, 0.5])
    with pytest.raises(TypeError, match="complex"):
        fam.kl(good.astype(complex), good)
    # NaN in, NaN out (and no validation error for the NaN row)
    nan = good.copy()
    nan[0, 0] = np.nan
    out = fam.kl(nan, good[::-1])
    assert np.isnan(out[0]) and np.all(np.isfinite(out[1:]))
    assert np.isnan(fam.renyi(good[0], good[1], np.nan))
    c, a = fam.chernoff_information(nan, good)
    assert np.isnan(c[0]) and np.isnan(a[0]) and a[1] == 0.5
    # chernoff at the ends of [0, 1] is 0
    assert fam.chernoff(good[0], good[2], 0.0) == 0.0 and fam.chernoff(good[0], good[2], 1.0) == 0.0


def test_renyi_outside_domain_is_inf():
    fam = ig.Exponential()
    p, q = fam.natural(rate=1.0), fam.natural(rate=3.0)
    # α θp + (1 − α) θq = −α + 3(α − 1) < 0 ⇔ α < 3/2
    r = fam.renyi(p, q, [1.25, 1.5, 4.0])
    assert np.isfinite(r[0]) and r[1] == np.inf and r[2] == np.inf
    # reference: D_α = log(λp/λq) + log(λp/(αλp + (1−α)λq))/(α−1) for αλp + (1−α)λq > 0
    a = 1.25
    ref = np.log(1 / 3) + np.log(1 / (a * 1 + (1 - a) * 3)) / (a - 1)
    assert abs(r[0] - ref) <= 1e-14 * ref


def test_quadrature_rule_constants():
    """The Gauss–Kronrod 7/15 constants of quadrature.hpp integrate monomials exactly (K15 up to
    degree 22, G7 up to degree 13)."""
    src = (Path(__file__).parents[1] / "cpp/include/infogeom/quadrature.hpp").read_text()

    def arr(name):
        m = re.search(name + r"\[\d+\] = \{([^}]*)\}", src)
        return np.array([float(x) for x in m.group(1).split(",")])
    xgk, wgk, wg = arr("xgk"), arr("wgk"), arr("wg")
    xk = np.concatenate([-xgk[:7], [0.0], xgk[:7][::-1]])
    wk = np.concatenate([wgk[:7], [wgk[7]], wgk[:7][::-1]])
    xg = np.concatenate([-xgk[1:7:2], [0.0], xgk[1:7:2][::-1]])
    wgf = np.concatenate([wg[:3], [wg[3]], wg[:3][::-1]])
    for k in range(23):
        exact = 0.0 if k % 2 else 2.0 / (k + 1)
        assert abs(wk @ xk**k - exact) <= 1e-15  # the rounding of the 32-digit constants
        if k <= 13:
            assert abs(wgf @ xg**k - exact) <= 1e-15


def test_docstring_examples():
    result = doctest.testmod(infogeom._divergence, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0


# ------------------------------------------------------------------ Jensen–Shannon
def _js_terms(lp, lq):
    """½ [p log(2p/(p+q)) + q log(2q/(p+q))] in mpmath from mpf log-densities."""
    if not (mp.isfinite(lp) and mp.isfinite(lq)):  # an endpoint of the support (quadrature nodes)
        return mp.mpf(0)
    p, q = mp.exp(lp), mp.exp(lq)
    m = (p + q) / 2
    out = mp.mpf(0)
    if p > 0:
        out += p * (lp - mp.log(m)) / 2
    if q > 0:
        out += q * (lq - mp.log(m)) / 2
    return out


def _mp_logpmf(name, args, th):
    """log pmf(x) at 50 digits, from the layouts of python/infogeom/_families.py."""
    t = [mp.mpf(float(v)) for v in np.ravel(th)]
    if name == "Poisson":
        lam = mp.exp(t[0])
        return lambda x: x * t[0] - lam - mp.loggamma(x + 1), lam, mp.sqrt(lam)
    if name in ("Geometric", "NegativeBinomial"):
        r = mp.mpf(args.get("r", 1.0))
        lp = mp.log(-mp.expm1(t[0]))
        mean = r * mp.exp(t[0]) / -mp.expm1(t[0])
        return (lambda x: mp.loggamma(x + r) - mp.loggamma(r) - mp.loggamma(x + 1) + r * lp + x * t[0],
                mean, mp.sqrt(mean / -mp.expm1(t[0])))
    if name == "Binomial":
        n = args["n"]
        lp, lq = -mp.log1p(mp.exp(-t[0])), -mp.log1p(mp.exp(t[0]))
        return (lambda x: mp.loggamma(n + 1) - mp.loggamma(x + 1) - mp.loggamma(n - x + 1) + x * lp + (n - x) * lq,
                n * mp.exp(lp), mp.sqrt(n * mp.exp(lp + lq)))
    raise KeyError(name)


def _js_count_ref(fam, tp, tq):
    with mp.workdps(50):
        lpf, mean_p, sd_p = _mp_logpmf(fam.name, dict(fam._args), tp)
        lqf, mean_q, sd_q = _mp_logpmf(fam.name, dict(fam._args), tq)
        lo = max(0, int(min(mean_p - 40 * sd_p, mean_q - 40 * sd_q)) - 50)
        hi = int(max(mean_p + 40 * sd_p + 60 * sd_p**2 / max(mean_p, 1), mean_q + 40 * sd_q + 60 * sd_q**2 / max(mean_q, 1))) + 200
        if fam.name == "Binomial":
            hi = min(hi, dict(fam._args)["n"])
        return mp.fsum(_js_terms(lpf(x), lqf(x)) for x in range(lo, hi + 1))


@pytest.mark.parametrize("name, ctor, pairs", [
    ("Poisson", {}, [({"rate": 3.0}, {"rate": 7.5}), ({"rate": 0.01}, {"rate": 40.0}),
                     ({"rate": 200.0}, {"rate": 200.0 * (1 + 1e-7)}), ({"rate": 2.0}, {"rate": 2.0 * (1 + 1e-12)}),
                     ({"rate": 5.0}, {"rate": 6000.0})]),
    ("Binomial", {"n": 40}, [({"p": 0.3}, {"p": 0.45}), ({"p": 1e-6}, {"p": 0.999}),
                            ({"p": 0.5}, {"p": 0.5 + 1e-9})]),
    ("Binomial", {"n": 100000}, [({"p": 0.3}, {"p": 0.3001})]),
    ("Geometric", {}, [({"p": 0.3}, {"p": 0.1}), ({"p": 0.02}, {"p": 0.0201}), ({"p": 0.9}, {"p": 0.9 * (1 - 1e-10)})]),
    ("NegativeBinomial", {"r": 2.5}, [({"p": 0.4}, {"p": 0.6}), ({"p": 0.05}, {"p": 0.05 * (1 + 1e-8)})]),
    ("NegativeBinomial", {"r": 0.3}, [({"p": 0.2}, {"p": 0.7})]),
])
def test_jensen_shannon_counts(name, ctor, pairs):
    """Count families against the 50-digit sum over the whole support (mpmath pmfs)."""
    fam = getattr(ig, name)(**ctor)
    for sp, sq in pairs:
        tp, tq = fam.natural(**sp), fam.natural(**sq)
        ref = _js_count_ref(fam, tp, tq)
        assert rel_err(fam.jensen_shannon(tp, tq), ref) <= 1e-12, (fam, sp, sq)
        assert fam.jensen_shannon(tp, tq) == pytest.approx(float(fam.jensen_shannon(tq, tp)), rel=1e-13)


def test_jensen_shannon_finite():
    """Bernoulli and Categorical: the finite sums at 50 digits."""
    for fam, probs in ((ig.Bernoulli(), [([0.5, 0.5], [0.75, 0.25]), ([1 - 1e-12, 1e-12], [0.5, 0.5]),
                                         ([0.7, 0.3], [0.7 - 1e-9, 0.3 + 1e-9])]),
                       (ig.Categorical(4), [([0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]),
                                            ([1e-15, 1e-6, 0.7, 0.3 - 1e-6 - 1e-15], [0.25, 0.25, 0.25, 0.25]),
                                            ([0.1, 0.2, 0.3, 0.4], [0.1 + 1e-9, 0.2, 0.3, 0.4 - 1e-9])])):
        for pp, qq in probs:
            if fam.name == "Bernoulli":
                tp, tq = fam.natural(p=pp[1]), fam.natural(p=qq[1])
            else:
                tp, tq = fam.natural(probs=pp), fam.natural(probs=qq)
            with mp.workdps(50):
                # the probabilities the natural parameters represent (reference category last)
                def logp(t):
                    t = [mp.mpf(float(v)) for v in np.ravel(t)] + [mp.mpf(0)]
                    if fam.name == "Bernoulli":
                        t = [mp.mpf(0), t[0]]  # x = 0, x = 1
                    z = mp.log(mp.fsum(mp.exp(v) for v in t))
                    return [v - z for v in t]
                ref = mp.fsum(_js_terms(a, b) for a, b in zip(logp(tp), logp(tq)))
            assert rel_err(fam.jensen_shannon(tp, tq), ref) <= 1e-12, (fam, pp, qq)


def _mp_logpdf(name, th):
    """(log density, support) at mpmath precision, from the documented layouts."""
    t = [mp.mpf(float(v)) for v in np.ravel(th)]
    if name == "Normal":
        mu, var = -t[0] / (2 * t[1]), -1 / (2 * t[1])
        return lambda x: -(x - mu) ** 2 / (2 * var) - mp.log(2 * mp.pi * var) / 2, (mu, mp.sqrt(var))
    if name == "Exponential":
        lam = -t[0]
        return lambda x: mp.log(lam) - lam * x, (0, 1 / lam)
    if name == "Gamma":
        k, b = t[0] + 1, -t[1]
        return lambda x: k * mp.log(b) + (k - 1) * mp.log(x) - b * x - mp.loggamma(k), (0, k / b)
    if name == "Beta":
        a, b = t[0] + 1, t[1] + 1
        return lambda x: (a - 1) * mp.log(x) + (b - 1) * mp.log1p(-x) - mp.log(mp.beta(a, b)), (0, 1)
    if name == "InverseGaussian":
        mu, lam = mp.sqrt(t[1] / t[0]), -2 * t[1]
        return (lambda x: mp.log(lam / (2 * mp.pi * x**3)) / 2 - lam * (x - mu) ** 2 / (2 * mu**2 * x),
                (0, mu))
    if name == "VonMises":
        k, m = mp.sqrt(t[0] ** 2 + t[1] ** 2), mp.atan2(t[1], t[0])
        return lambda x: k * mp.cos(x - m) - mp.log(2 * mp.pi * mp.besseli(0, k)), (m, None)
    raise KeyError(name)


def _js_cont_ref(name, tp, tq, sp, sq):
    with mp.workdps(40):
        lp, (cp, _) = _mp_logpdf(name, tp)
        lq, (cq, _) = _mp_logpdf(name, tq)
        f = lambda x: _js_terms(lp(x), lq(x))  # noqa: E731
        if name == "VonMises":
            pts = sorted({float(cp) + k * np.pi for k in (-1, 0, 1)} | {float(cq)})
            lo = float(cp) - np.pi
            pts = [lo] + sorted(x if x > lo else x + 2 * np.pi for x in pts[1:]) + [lo + 2 * np.pi]
            pts = sorted(set(min(max(x, lo), lo + 2 * np.pi) for x in pts))
            return mp.quad(f, pts, maxdegree=10)
        # split at the quantiles of both laws (scipy), integrate each piece
        qs = [1e-14, 1e-10, 1e-6, 1e-3, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-3, 1 - 1e-6, 1 - 1e-10, 1 - 1e-14]
        cuts = sorted(set(np.concatenate([sp.ppf(qs), sq.ppf(qs)])))
        lo_s, hi_s = sp.support()
        pts = [mp.mpf(lo_s) if np.isfinite(lo_s) else -mp.inf] + [mp.mpf(c) for c in cuts if lo_s < c < hi_s] + \
              [mp.mpf(hi_s) if np.isfinite(hi_s) else mp.inf]
        return mp.fsum(mp.quad(f, [a, b], maxdegree=10) for a, b in zip(pts[:-1], pts[1:]))


@pytest.mark.parametrize("name, pairs", [
    ("Normal", [({"mean": 0.0, "std": 1.0}, {"mean": 1.0, "std": 2.0}),
                ({"mean": 0.0, "std": 1.0}, {"mean": 30.0, "std": 0.1}),
                ({"mean": 1e3, "std": 1.0}, {"mean": 1e3 + 1e-6, "std": 1.0}),
                ({"mean": 0.0, "std": 1.0}, {"mean": 0.0, "std": 1.0 + 1e-9})]),
    ("Exponential", [({"rate": 1.0}, {"rate": 3.0}), ({"rate": 2.0}, {"rate": 2.0 * (1 + 1e-8)}),
                     ({"rate": 1.0}, {"rate": 1e6})]),
    ("Gamma", [({"shape": 2.5, "rate": 0.5}, {"shape": 1.0, "rate": 1.0}),
               ({"shape": 0.3, "rate": 1.0}, {"shape": 0.3 * (1 + 1e-7), "rate": 1.0}),
               ({"shape": 1e4, "rate": 1e4}, {"shape": 1.01e4, "rate": 1e4})]),
    ("Beta", [({"a": 2.0, "b": 3.5}, {"a": 0.5, "b": 0.5}), ({"a": 300.0, "b": 40.0}, {"a": 300.0, "b": 40.1}),
              ({"a": 2.0, "b": 3.0}, {"a": 2.0 * (1 + 1e-8), "b": 3.0})]),
    ("InverseGaussian", [({"mean": 1.0, "shape": 2.0}, {"mean": 1.5, "shape": 0.8}),
                         ({"mean": 1.0, "shape": 1e3}, {"mean": 1.0 + 1e-6, "shape": 1e3})]),
    ("VonMises", [({"mu": 0.0, "kappa": 2.0}, {"mu": 1.0, "kappa": 0.5}),
                  ({"mu": 3.0, "kappa": 50.0}, {"mu": -3.0, "kappa": 80.0}),
                  ({"mu": 0.5, "kappa": 10.0}, {"mu": 0.5 + 1e-7, "kappa": 10.0})]),
])
def test_jensen_shannon_continuous(name, pairs):
    """Univariate continuous families against mpmath quadrature of the 40-digit densities."""
    fam = getattr(ig, name)()
    for sp_, sq_ in pairs:
        tp, tq = fam.natural(**sp_), fam.natural(**sq_)
        sp = _SCIPY_UNIVARIATE[name](sp_) if name != "VonMises" else None
        sq = _SCIPY_UNIVARIATE[name](sq_) if name != "VonMises" else None
        ref = _js_cont_ref(name, tp, tq, sp, sq)
        v = fam.jensen_shannon(tp, tq)
        assert rel_err(v, ref) <= 1e-11, (fam, sp_, sq_, float(v), float(ref))


def test_jensen_shannon_properties(case):
    fam, pts = _points(case)
    P = np.stack(pts)
    Q = np.roll(P, 1, axis=0)
    try:
        js = fam.jensen_shannon(P, Q)
    except ValueError as err:
        assert "not available" in str(err) and fam.name in ("DiagonalNormal", "MultivariateNormal",
                                                            "Wishart", "Dirichlet")
        return
    # (the quadratures and series are accurate to ~1e-12: far-apart pairs may exceed log 2 by that)
    assert np.all((js > 0) & (js <= np.log(2) * (1 + 1e-12)))
    np.testing.assert_allclose(js, fam.jensen_shannon(Q, P), rtol=1e-11)
    np.testing.assert_array_equal(fam.jensen_shannon(P, P), 0.0)
    # JS ≤ ¼ Jeffreys: KL(p‖m) ≤ ½ KL(p‖q) by convexity of KL in its second argument
    assert np.all(js <= 0.25 * fam.jeffreys(P, Q) * (1 + 1e-12))


def test_jensen_shannon_unavailable():
    with pytest.raises(ValueError, match=r"MultivariateNormal\.jensen_shannon: not available"):
        ig.MultivariateNormal(2).jensen_shannon([0, 0, -0.5, -0.5, 0], [0, 0, -0.5, -0.5, 0])

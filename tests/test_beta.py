"""Beta family against mpmath (50 digits) at extreme (a, b), and the accuracy of the Newton inverse
(the solver is the Dirichlet one with k = 2; references in tests/mp_dirichlet.py).

Measured (float64, this file): F, η, entropy, Fisher within 1e-13 relative of mpmath for a, b from
1e-6 to 1e10, including a = 1e-4, b = 1e5 and a = 1e-6, b = 1e10; log_prob within 1e-13 for
a + b ≤ 1e6 and 4e-12 at a = b = 1e10 (scipy: 2.5e-10 at 1e6, 4e-6 at 1e10); the inverse map
within its backward-error bound (16 ulp of η mapped through ∂α/∂η, see tests/mp_dirichlet.py).
"""

from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import infogeom as ig
import mp_dirichlet as ref

EPS = np.finfo(float).eps


@pytest.fixture(autouse=True)
def _mp_precision():
    """50-digit mpmath for every test here, whatever other test modules set at import."""
    with mp.workdps(50):
        yield
FAM = ig.Beta()

POINTS = [(1e-6, 1e-6), (1e-6, 2.5), (0.5, 0.5), (2.0, 3.5), (1e-4, 1e5), (1e5, 1e-4), (1e6, 1e6),
          (1e10, 1e10), (1e-6, 1e10), (3e7, 17.0)]


def _rel(got, want):
    return float(abs(mp.mpf(got) - want) / abs(want))


@pytest.mark.parametrize("a,b", POINTS)
def test_against_mpmath(a, b):
    th = FAM.natural(a=a, b=b)
    al = [mp.mpf(th[0]) + 1, mp.mpf(th[1]) + 1]
    assert _rel(FAM.log_partition(th), ref.log_partition(al)) < 1e-13
    eta, eref = FAM.to_mean(th), ref.to_mean(al)
    assert max(_rel(eta[i], eref[i]) for i in range(2)) < 1e-13
    assert _rel(FAM.entropy(th), ref.entropy(al)) < 1e-13
    G, Gref = FAM.fisher(th), ref.fisher(al)
    assert max(_rel(G[i, j], Gref[i][j]) for i in range(2) for j in range(2)) < 1e-13
    Gm, Gmref = FAM.fisher(th, coords="mean"), ref.fisher_inverse(al)
    assert max(_rel(Gm[i, j], Gmref[i][j]) for i in range(2) for j in range(2)) < 1e-13
    tol = 1e-13 if a + b <= 1e6 else 4e-12  # x(a+b) − a is rounded once: ~(a+b)|t| ε absolute
    for q in (0.3, 1.0, 1.7):
        x = min(float(al[0] / (al[0] + al[1])) * q, 0.999)
        want = ref.log_prob(al, [mp.mpf(x), 1 - mp.mpf(x)])
        assert abs(FAM.log_prob(x, th) - want) <= tol * (abs(want) + 1), (a, b, x)


@pytest.mark.parametrize("a,b", POINTS)
def test_inverse_against_mpmath(a, b):
    al = [mp.mpf(a), mp.mpf(b)]
    eta = np.array([float(v) for v in ref.to_mean(al)])
    a_star = ref.solve(eta, al)
    tol = ref.inverse_tolerance(a_star, eta)
    got = FAM.to_natural(eta)
    for i in range(2):
        assert abs(mp.mpf(got[i]) - (a_star[i] - 1)) <= tol[i] + EPS * abs(a_star[i] - 1), (i, got)
    Fs = mp.fsum((x - 1) * mp.mpf(e) for x, e in zip(a_star, eta)) - ref.log_partition(a_star)
    cond = mp.fsum(abs((x - 1) * mp.mpf(e)) for x, e in zip(a_star, eta)) / abs(Fs)
    assert _rel(FAM.conjugate(eta), Fs) < 1e-13 + 16 * EPS * float(cond)


def test_inverse_is_tight_when_well_conditioned():
    """a = 1e-4, b = 1e5 and a = 1e-6, b = 1e10: the small component and the precision are well
    determined by η; measured relative error of θ against the exact root ≤ 4 ulp."""
    for a, b in (("1e-4", "1e5"), ("1e-6", "1e10"), ("1e5", "1e-4")):
        al = [mp.mpf(a), mp.mpf(b)]
        eta = np.array([float(v) for v in ref.to_mean(al)])
        a_star = ref.solve(eta, al)
        got = FAM.to_natural(eta)
        assert max(_rel(got[i], a_star[i] - 1) for i in range(2)) <= 4 * EPS, (a, b)


def test_uniform_is_exact_and_boundary_rejected():
    assert FAM.entropy([0.0, 0.0]) == 0.0
    assert FAM.log_partition([0.0, 0.0]) == 0.0
    with pytest.raises(ValueError, match=r"Beta\.to_natural: eta at index \[1\].*must be < 1"):
        FAM.to_natural([[-1.0, -1.0], [-0.1, -0.1]])


def test_unsolvable_point_raises_did_not_converge():
    """η of a = 1e-200, b = 1 is a valid mean point, but θ = a − 1 rounds to −1 (outside the
    natural domain): to_natural reports it instead of returning a boundary point."""
    with mp.workdps(300):  # η₂ = ψ(1) − ψ(1 + 1e-200) ≈ −1.6e-200 needs 200+ digits
        al = [mp.mpf("1e-200"), mp.mpf(1)]
        eta = np.array([float(v) for v in ref.to_mean(al)])
    assert np.all(np.isfinite(eta)) and np.all(eta < 0)
    msg = r"Beta\.to_natural: the numerical solve did not converge for eta"
    with pytest.raises(ValueError, match=msg):
        FAM.to_natural(eta)
    assert np.all(np.isnan(FAM.to_natural(eta, validate=False)))

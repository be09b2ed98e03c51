"""Generic tests run on every family described in tests/cases/.

References are independent of the code under test: scipy.stats (densities, entropies), closed-form
or quadrature moments (case.mean_stat), finite differences of F and of the Legendre maps, and the
duality identities F(θ) + F*(η) = θ·η, to_natural(to_mean(θ)) = θ, fisher = ∂η/∂θ.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import assert_close, fd_jacobian


def _tol(case, key: str, default: float) -> float:
    return case.rtol.get(key, default)


def _points(case):
    fam = case.make()
    return fam, [np.asarray(fam.natural(**p)) for p in case.params]


def _fd_points(case):
    fam = case.make()
    params = case.fd_params if case.fd_params is not None else case.params[:2]
    return fam, [np.asarray(fam.natural(**p)) for p in params]


# ---------------------------------------------------------------- parameter maps and duality
def test_source_round_trip(case):
    fam = case.make()
    for p in case.params:
        theta = fam.natural(**p)
        back = fam.source(theta)
        assert set(back) == set(fam.source_params)
        for k, v in p.items():
            assert_close(back[k], np.broadcast_to(v, back[k].shape), _tol(case, "source", 1e-13),
                         f"{fam} source {k} at {p}", atol=1e-300)


def test_mean_round_trip(case):
    fam, pts = _points(case)
    for th in pts:
        eta = fam.to_mean(th)
        assert_close(fam.to_natural(eta), th, _tol(case, "round_trip", 1e-12), f"{fam} at {th}")


def test_batched_matches_rowwise(case):
    fam, pts = _points(case)
    th = np.stack(pts)
    eta = fam.to_mean(th)
    for i, t in enumerate(pts):
        np.testing.assert_array_equal(eta[i], fam.to_mean(t))
    assert fam.log_partition(th).shape == (len(pts),)
    assert fam.fisher(th).shape == (len(pts), fam.dim, fam.dim)
    # leading batch shape (n, 1, ...) and non-contiguous input
    th3 = np.repeat(th[:, None, :], 2, axis=1)
    np.testing.assert_array_equal(fam.to_mean(th3)[:, 1], eta)
    np.testing.assert_array_equal(fam.to_mean(th3[:, ::-1][:, 0]), eta)


def test_fenchel_young_equality(case):
    fam, pts = _points(case)
    for th in pts:
        eta = fam.to_mean(th)
        F, Fs = fam.log_partition(th), fam.conjugate(eta)
        scale = abs(F) + abs(Fs) + np.abs(th * eta).sum()
        assert abs(F + Fs - th @ eta) <= _tol(case, "fenchel", 1e-13) * scale, (fam, th, F, Fs)


def test_mean_is_gradient_of_log_partition(case):
    fam, pts = _fd_points(case)
    for th in pts:
        g = fd_jacobian(lambda t: fam.log_partition(t), th)[0]
        assert_close(fam.to_mean(th), g, _tol(case, "fd", 1e-8), f"{fam} grad F at {th}")


def test_fisher_is_jacobian_of_mean(case):
    fam, pts = _fd_points(case)
    for th in pts:
        G = fam.fisher(th)
        np.testing.assert_allclose(G, G.T, rtol=1e-14, atol=0)
        assert np.all(np.linalg.eigvalsh(G) > 0), f"{fam} Fisher not positive definite at {th}"
        J = fd_jacobian(lambda t: fam.to_mean(t), th)
        assert_close(G, J, _tol(case, "fd", 1e-8), f"{fam} fisher at {th}")


def test_fisher_mean_coords_is_inverse(case):
    fam, pts = _points(case)
    for th in pts:
        G, Gm = fam.fisher(th), fam.fisher(th, coords="mean")
        # a backward-stable inverse leaves ‖Gm G − I‖ ≲ c ε κ(G)
        assert_close(Gm @ G, np.eye(fam.dim), 50 * np.finfo(float).eps * np.linalg.cond(G),
                     f"{fam} fisher mean at {th}")
    # Gm is the Jacobian of the inverse map: ∂θ/∂η
    for th in _fd_points(case)[1]:
        Gm, eta = fam.fisher(th, coords="mean"), fam.to_mean(th)
        J = fd_jacobian(lambda e: fam.to_natural(e), eta, rel_step=1e-4)
        assert_close(Gm, J, _tol(case, "fd_mean", 1e-7), f"{fam} d theta / d eta at {th}")


def test_fisher_source_coords(case):
    """Jᵀ G J with J the finite-difference Jacobian of natural(ξ) over the free coordinates."""
    fam = case.make()
    for p in (case.fd_params if case.fd_params is not None else case.params[:2]):
        th = fam.natural(**p)
        xi, unpack = _free_coords(fam, p)
        J = fd_jacobian(lambda z: fam.natural(**unpack(z)), xi)
        expected = J.T @ fam.fisher(th) @ J
        assert_close(fam.fisher(th, coords="source"), expected, _tol(case, "fd", 1e-8),
                     f"{fam} source fisher at {p}")


def _free_coords(fam, p):
    """The free source coordinates of the contract (issue 2), flattened, and their inverse."""
    name = type(fam).__name__
    if name == "Categorical":
        probs = np.asarray(p["probs"], dtype=float)
        return probs[:-1].copy(), lambda z: {"probs": np.append(z, 1.0 - z.sum())}
    if name == "MultivariateNormal":
        mean, cov = np.asarray(p["mean"], float), np.asarray(p["cov"], float)
        d = mean.size
        iu = np.triu_indices(d)

        def unpack(z):
            c = np.zeros((d, d))
            c[iu] = z[d:]
            c = c + np.triu(c, 1).T
            return {"mean": z[:d], "cov": c}

        return np.concatenate([mean, cov[iu]]), unpack
    if name == "Wishart":
        df, scale = float(p["df"]), np.asarray(p["scale"], float)
        d = scale.shape[0]
        iu = np.triu_indices(d)

        def unpack_w(z):
            c = np.zeros((d, d))
            c[iu] = z[1:]
            return {"df": z[0], "scale": c + np.triu(c, 1).T}

        return np.concatenate([[df], scale[iu]]), unpack_w
    names = list(fam.source_params)
    shapes = fam.source_params
    flat = np.concatenate([np.ravel(np.asarray(p[n], dtype=float)) for n in names])

    def unpack_generic(z):
        out, col = {}, 0
        for n in names:
            size = int(np.prod(shapes[n]))
            out[n] = z[col:col + size].reshape(shapes[n])
            col += size
        return out

    return flat, unpack_generic


# ---------------------------------------------------------------- against scipy / moments
def test_log_prob_against_scipy(case):
    if case.scipy is None or case.support is None:
        pytest.skip("no scipy.stats counterpart for this family")
    fam = case.make()
    for p in case.params:
        x = np.asarray(case.support(p), dtype=float)
        dist = case.scipy(p)
        ref = dist.logpmf(x) if case.discrete else dist.logpdf(x)
        if x.ndim > 1 or fam.event_shape:  # multivariate: scipy returns one value per row
            ref = np.asarray(ref).reshape(x.shape[: x.ndim - len(fam.event_shape)])
        got = fam.log_prob(x, fam.natural(**p))
        assert_close(got, ref, _tol(case, "log_prob", 1e-12), f"{fam} log_prob at {p}", atol=1e-13)


def test_entropy_against_scipy(case):
    if case.scipy is None:
        pytest.skip("no scipy.stats counterpart for this family")
    fam = case.make()
    for p in case.params:
        ref = float(case.scipy(p).entropy())
        got = fam.entropy(fam.natural(**p))
        assert_close(got, ref, _tol(case, "entropy", 1e-12), f"{fam} entropy at {p}", atol=1e-13)


def test_mean_parameters_are_expected_statistics(case):
    if case.mean_stat is None:
        pytest.skip("no independent E[T(X)] for this family")
    fam = case.make()
    for p in case.params:
        assert_close(fam.to_mean(fam.natural(**p)), case.mean_stat(p), _tol(case, "mean_stat", 1e-12),
                     f"{fam} E[T] at {p}")


def test_sufficient_statistics_and_log_prob_agree(case, rng):
    """log p(x) = log h(x) + θ·T(x) − F(θ) for the compiled log_prob and sufficient statistics."""
    fam = case.make()
    for p in case.params[:3]:
        th = fam.natural(**p)
        x = fam.sample(th, size=16, rng=rng)
        T = fam.sufficient_statistics(x)
        assert T.shape == (16, fam.dim)
        lp = fam.log_prob(x, th)
        lh = fam._core.log_base_measure(np.asarray(x, float).reshape(16, -1), [16], True)[:, 0]
        direct = lh + T @ th - fam.log_partition(th)
        assert_close(lp, direct, _tol(case, "log_prob_generic", 1e-9), f"{fam} log_prob at {p}",
                     atol=1e-9 * (1 + np.abs(T @ th).max()))


# ---------------------------------------------------------------- sampling and fitting
def test_fit_recovers_parameters(case, rng):
    fam = case.make()
    for p in case.params[:2]:
        th = fam.natural(**p)
        n = case.n_fit
        x = fam.sample(th, size=n, rng=rng)
        assert x.shape == (n,) + fam.event_shape
        assert (x.dtype.kind == "i") == case.discrete
        fit = fam.fit(x)
        # the MLE is asymptotically normal with covariance G(θ)⁻¹ / n (in natural coordinates)
        se = np.sqrt(np.diag(fam.fisher(th, coords="mean")) / n)
        z = np.abs(fit - th) / se
        assert np.all(z < 6), f"{fam} fit {fit} vs {th}: z = {z}"


def test_fit_axis_and_weights(case, rng):
    fam = case.make()
    th = fam.natural(**case.params[0])
    x = fam.sample(th, size=(3, 400), rng=rng)
    per_row = fam.fit(x, axis=1)
    assert per_row.shape == (3, fam.dim)
    for i in range(3):
        assert_close(per_row[i], fam.fit(x[i]), 1e-12, "fit axis")
    w = np.ones(x.shape[:2])
    assert_close(fam.fit(x, axis=1, weights=w), per_row, 1e-12, "unit weights")
    w2 = np.concatenate([np.full((3, 200), 2.0), np.zeros((3, 200))], axis=1)
    assert_close(fam.fit(x, axis=1, weights=w2), fam.fit(x[:, :200], axis=1), 1e-12, "0/2 weights")
    assert fam.fit(x, axis=None).shape == (fam.dim,)


# ---------------------------------------------------------------- dtype, broadcasting, NaN
def test_float32_native(case):
    fam, pts = _fd_points(case)  # typical points: extreme ones need more than float32 precision
    th = np.stack(pts)
    for method, arg in (("to_mean", th), ("log_partition", th), ("entropy", th),
                        ("fisher", th)):
        r64 = getattr(fam, method)(arg)
        r32 = getattr(fam, method)(arg.astype(np.float32))
        assert r32.dtype == np.float32, method
        assert_close(r32, r64, _tol(case, "float32", 2e-5), f"{fam} float32 {method}", atol=1e-30)
    eta = fam.to_mean(th).astype(np.float32)
    t32 = fam.to_natural(eta)
    assert t32.dtype == np.float32
    assert_close(t32, fam.to_natural(eta.astype(np.float64)), _tol(case, "float32", 2e-5),
                 f"{fam} float32 to_natural")


def test_int_input_gives_float64(case):
    fam = case.make()
    x = np.asarray(fam.sample(fam.natural(**case.params[0]), size=4, rng=0))
    if x.dtype.kind == "i":
        assert fam.sufficient_statistics(x).dtype == np.float64


def test_broadcasting_log_prob(case, rng):
    fam, pts = _points(case)
    th = np.stack(pts)                                  # (m, D)
    x = fam.sample(th[0], size=5, rng=rng)              # (5,) + event
    xb = x.reshape((5, 1) + fam.event_shape)
    got = fam.log_prob(xb, th)
    assert got.shape == (5, len(pts))
    for i in range(5):
        for j in range(len(pts)):
            assert got[i, j] == fam.log_prob(x[i], th[j])


def test_nan_propagates(case):
    fam, pts = _points(case)
    th = np.stack(pts)
    th[0, 0] = np.nan
    eta = fam.to_mean(th)
    assert np.all(np.isnan(eta[0])) and np.all(np.isfinite(eta[1:]))
    assert np.isnan(fam.log_partition(th)[0])
    eta[1, -1] = np.nan
    back = fam.to_natural(eta)
    assert np.all(np.isnan(back[:2])) and np.all(np.isfinite(back[2:]))
    assert np.isnan(fam.conjugate(eta)[1])


def test_scalar_results_are_numpy_scalars(case):
    fam, pts = _points(case)
    r = fam.log_partition(pts[0])
    assert isinstance(r, np.floating) and np.ndim(r) == 0


# ---------------------------------------------------------------- bad input
def test_bad_source_parameters(case):
    fam = case.make()
    for kwargs, msg in case.bad_source:
        with pytest.raises(ValueError, match=msg) as err:
            fam.natural(**kwargs)
        assert fam.name in str(err.value)


def test_bad_natural_parameters_name_index(case):
    fam, pts = _points(case)
    for bad in case.bad_theta:
        batch = np.stack([pts[0], pts[0], np.asarray(bad, dtype=float)])[None]  # shape (1, 3, D)
        for method in ("to_mean", "log_partition", "fisher", "entropy"):
            with pytest.raises(ValueError, match=rf"{fam.name}\.{method}: theta at index \[0, 2\]"):
                getattr(fam, method)(batch)
        # validate=False skips the check (no exception; result unspecified)
        fam.to_mean(batch, validate=False)


def test_bad_mean_parameters_name_index(case):
    fam, pts = _points(case)
    eta0 = fam.to_mean(pts[0])
    for bad in case.bad_eta:
        batch = np.stack([eta0, np.asarray(bad, dtype=float)])
        for method in ("to_natural", "conjugate"):
            with pytest.raises(ValueError, match=rf"{fam.name}\.{method}: eta at index \[1\]"):
                getattr(fam, method)(batch)


def test_bad_observations(case):
    fam = case.make()
    th = fam.natural(**case.params[0])
    for bad in case.bad_x:
        with pytest.raises(ValueError, match=rf"{fam.name}\.sufficient_statistics: x"):
            fam.sufficient_statistics(np.asarray([bad]))
        with pytest.raises(ValueError, match=rf"{fam.name}\.fit: x"):
            fam.fit(np.asarray([bad, bad]))
        assert fam.log_prob(bad, th) == -np.inf


def test_shape_and_type_errors(case):
    fam, pts = _points(case)
    with pytest.raises(ValueError, match=rf"{fam.name}\.to_mean: argument 'theta' must have a last axis"):
        fam.to_mean(np.zeros(fam.dim + 1))
    with pytest.raises(TypeError, match=fam.name):
        fam.to_mean(pts[0].astype(complex))
    with pytest.raises(TypeError, match=fam.name):
        fam.to_mean(np.array(list(pts[0]), dtype=object))
    with pytest.raises(ValueError, match="do not broadcast"):
        x = fam.sample(pts[0], size=3, rng=0)
        fam.log_prob(x, np.stack([pts[0]] * 2))


# ---------------------------------------------------------------- property tests
@given(data=st.data())
def test_duality_properties(case, data):
    """Random points near each parameter set: round trip, Fenchel–Young, Fisher symmetry."""
    fam, pts = _points(case)
    th0 = pts[data.draw(st.integers(0, len(pts) - 1))]
    delta = np.array(data.draw(st.lists(st.floats(-0.3, 0.3), min_size=fam.dim, max_size=fam.dim)))
    th = th0 * (1 + delta)
    try:
        eta = fam.to_mean(th)
    except ValueError:
        return  # stepped outside the natural parameter space: nothing to check
    assert_close(fam.to_natural(eta), th, _tol(case, "round_trip", 1e-12) * 10, f"{fam} at {th}")
    F, Fs = fam.log_partition(th), fam.conjugate(eta)
    scale = abs(F) + abs(Fs) + np.abs(th * eta).sum()
    assert abs(F + Fs - th @ eta) <= _tol(case, "fenchel", 1e-13) * 10 * scale

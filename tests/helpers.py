"""Numerical helpers for the tests: norm-wise comparisons and high-order finite differences."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def assert_close(actual, desired, rtol: float, what: str = "", atol: float = 0.0) -> None:
    """‖actual − desired‖∞ ≤ rtol · ‖desired‖∞ + atol (norm-wise relative error)."""
    a = np.asarray(actual, dtype=np.float64)
    d = np.asarray(desired, dtype=np.float64)
    assert a.shape == d.shape, f"{what}: shape {a.shape} != {d.shape}"
    err = np.max(np.abs(a - d)) if a.size else 0.0
    scale = np.max(np.abs(d)) if d.size else 0.0
    assert err <= rtol * scale + atol, (
        f"{what}: max abs error {err:.3e} > rtol {rtol:.1e} x scale {scale:.3e} + atol {atol:.1e}\n"
        f"actual={a}\ndesired={d}")


def fd_jacobian(f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, rel_step: float = 1e-3) -> np.ndarray:
    """Jacobian ∂f_i/∂x_j by the fourth-order central difference
    (−f(x+2h) + 8f(x+h) − 8f(x−h) + f(x−2h)) / (12h), error O(h⁴) + O(ε/h)."""
    x = np.asarray(x, dtype=np.float64)
    f0 = np.atleast_1d(np.asarray(f(x), dtype=np.float64))
    J = np.empty((f0.size, x.size))
    for j in range(x.size):
        h = rel_step * (abs(x[j]) or 1e-3 * float(np.max(np.abs(x))) or 1e-3)
        for _ in range(12):  # shrink the step until all four points stay inside the domain
            e = np.zeros_like(x)
            e[j] = h
            try:
                vals = [np.atleast_1d(np.asarray(f(x + s * e), dtype=np.float64)) for s in (2, 1, -1, -2)]
            except ValueError:
                vals = None
            if vals is not None and all(np.all(np.isfinite(v)) for v in vals):
                break
            h /= 4
        else:
            raise AssertionError("fd_jacobian: no step keeps the stencil inside the domain")
        fp2, fp1, fm1, fm2 = vals
        J[:, j] = (-fp2 + 8 * fp1 - 8 * fm1 + fm2).ravel() / (12 * h)
    return J

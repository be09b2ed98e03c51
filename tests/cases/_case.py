"""Description of one family for the generic test suite (tests/test_families.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass
class FamilyCase:
    # builds the family object
    make: Callable[[], Any]
    # valid source parameter sets (dicts of scalars/arrays for ONE distribution), typical and
    # moderately extreme; the generic identity tests run on all of them
    params: Sequence[dict[str, Any]]
    # parameter sets for the finite-difference checks (FD needs the curvature scale to match the
    # parameter scale); default: the first two of ``params``
    fd_params: Sequence[dict[str, Any]] | None = None
    # frozen scipy.stats distribution for one source parameter set, or None if scipy has none;
    # used for logpdf/logpmf, entropy and mean checks
    scipy: Callable[[dict[str, Any]], Any] | None = None
    # E[T(X)] computed independently of infogeom (closed-form moments, scipy expect, quadrature)
    mean_stat: Callable[[dict[str, Any]], np.ndarray] | None = None
    # x values (inside the support) at which to compare log_prob with scipy, for one param set
    support: Callable[[dict[str, Any]], np.ndarray] | None = None
    # invalid inputs: (source kwargs, substring of the error), natural / mean points outside the
    # domain, observations outside the support
    bad_source: Sequence[tuple[dict[str, Any], str]] = ()
    bad_theta: Sequence[Sequence[float]] = ()
    bad_eta: Sequence[Sequence[float]] = ()
    bad_x: Sequence[Any] = ()
    # discrete families return int samples
    discrete: bool = False
    # relative tolerances for float64 checks where the default (1e-12) is not attainable; every
    # entry needs a comment in the case file saying why
    rtol: dict[str, float] = field(default_factory=dict)
    # sample size for the fit/sampling tests
    n_fit: int = 200_000

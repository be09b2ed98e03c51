from __future__ import annotations

import importlib
import os
import pkgutil

import numpy as np
import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("dev", max_examples=15, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def _load_cases() -> dict[str, object]:
    import infogeom
    from cases import __path__ as case_path

    built = set(infogeom._core.family_names)
    out = {}
    for mod in pkgutil.iter_modules(case_path):
        if mod.name.startswith("_"):
            continue
        out[mod.name] = importlib.import_module(f"cases.{mod.name}").CASE
    return {k: v for k, v in out.items() if _family_name(v) in built}


def _family_name(case: object) -> str:
    try:
        return type(case.make()).__name__  # type: ignore[attr-defined]
    except AttributeError:  # family not compiled in this (developer) build
        return ""


CASES = _load_cases()


@pytest.fixture(params=sorted(CASES), ids=sorted(CASES))
def case(request: pytest.FixtureRequest) -> object:
    return CASES[request.param]


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(12345)


@pytest.fixture(autouse=True)
def _mpmath_precision():
    """Every test starts with mpmath at 50 significant digits (the most any test module asks for)
    and leaves it as it found it: a test that lowers mp.dps inside its body must not degrade the
    references of the tests that run after it (seen: test_geodesic_numeric before test_manifolds)."""
    import mpmath

    saved = mpmath.mp.prec
    mpmath.mp.dps = 50
    yield
    mpmath.mp.prec = saved

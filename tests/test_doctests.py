"""The examples in the public docstrings run and give the printed results."""

from __future__ import annotations

import doctest

import pytest

import infogeom
import infogeom._families
import infogeom._family
import infogeom._scipy
import infogeom._stats
import infogeom.cluster


@pytest.mark.parametrize("module", [infogeom, infogeom._family, infogeom._families, infogeom._scipy,
                                    infogeom._stats, infogeom.cluster],
                         ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE, raise_on_error=False)
    assert result.failed == 0
    assert module is infogeom._families or result.attempted > 0

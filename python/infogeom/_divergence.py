"""Elementwise divergences between members of one family (issue 3), mixed into ExponentialFamily."""

from __future__ import annotations


class DivergenceMixin:
    """kl, jeffreys, renyi, chernoff, bhattacharyya, hellinger, bregman, chernoff_information,
    jensen_shannon: elementwise with NumPy broadcasting over leading axes."""

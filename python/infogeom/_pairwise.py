"""Pairwise N×M divergence matrices and k-nearest neighbours (issue 3), mixed into ExponentialFamily."""

from __future__ import annotations


class PairwiseMixin:
    """pairwise_kl, pairwise, knn."""

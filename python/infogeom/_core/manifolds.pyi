"""
Classic Riemannian manifolds (SPD, hyperbolic, sphere)
"""
from __future__ import annotations
import collections.abc
import numpy
import typing
__all__: list[str] = ['HalfPlane', 'PoincareBall', 'SPD', 'Sphere']
class SPD:
    def __init__(self, n: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def dist(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        geodesic distance
        """
    def exp(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian exponential exp_x(v)
        """
    def geodesic(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        points of the geodesic from x to y at times t
        """
    def inner(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian inner product at x
        """
    def karcher_mean(self, a: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], weights: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], max_iter: typing.SupportsInt | typing.SupportsIndex, tol: typing.SupportsFloat | typing.SupportsIndex, validate: bool = True) -> typing.Any:
        """
        Karcher mean over axis 1 of a (rows, m, n*n) array
        """
    def log(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian logarithm log_x(y)
        """
    def log_euclidean_dist(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        log-Euclidean distance
        """
    def log_euclidean_mean(self, a: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], weights: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log-Euclidean mean over axis 1 of a (rows, m, n*n) array
        """
    def norm(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian norm at x
        """
    def parallel_transport(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from x to y along the geodesic
        """
    @property
    def n(self) -> int:
        ...
class PoincareBall:
    def __init__(self, dim: typing.SupportsInt | typing.SupportsIndex, c: typing.SupportsFloat | typing.SupportsIndex = 1.0) -> None:
        ...
    def dist(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        geodesic distance
        """
    def exp(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian exponential exp_x(v)
        """
    def from_halfplane(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        map from the upper half-space model
        """
    def geodesic(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        points of the geodesic from x to y at times t
        """
    def inner(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian inner product at x
        """
    def log(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian logarithm log_x(y)
        """
    def mobius_add(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Möbius addition x ⊕ y
        """
    def mobius_scalar(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Möbius scalar multiplication r ⊗ x
        """
    def norm(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian norm at x
        """
    def parallel_transport(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from x to y along the geodesic
        """
    def projx(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        projection into the open ball
        """
    def to_halfplane(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        map to the upper half-space model
        """
    @property
    def c(self) -> float:
        ...
    @property
    def dim(self) -> int:
        ...
class HalfPlane:
    def __init__(self, dim: typing.SupportsInt | typing.SupportsIndex = 2) -> None:
        ...
    def dist(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        geodesic distance
        """
    def exp(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian exponential exp_x(v)
        """
    def from_ball(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        map from the unit Poincaré ball
        """
    def geodesic(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        points of the geodesic from x to y at times t
        """
    def inner(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian inner product at x
        """
    def log(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian logarithm log_x(y)
        """
    def norm(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian norm at x
        """
    def to_ball(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        map to the unit Poincaré ball
        """
    @property
    def dim(self) -> int:
        ...
class Sphere:
    def __init__(self, n: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def dist(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        geodesic distance
        """
    def exp(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian exponential exp_x(v)
        """
    def geodesic(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        points of the geodesic from x to y at times t
        """
    def inner(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian inner product at x
        """
    def log(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian logarithm log_x(y)
        """
    def norm(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        Riemannian norm at x
        """
    def parallel_transport(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from x to y along the geodesic
        """
    def projx(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        x/‖x‖
        """
    def to_tangent(self, arrays: collections.abc.Sequence[numpy.ndarray[typing.Any, numpy.dtype[typing.Any]]], t: typing.Any, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], arg_batches: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], validate: bool = True) -> typing.Any:
        """
        projection of v onto the tangent space at x
        """
    @property
    def n(self) -> int:
        ...

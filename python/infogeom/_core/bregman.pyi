"""
Bregman divergences of classical generators
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Exponential', 'GeneralizedKL', 'ItakuraSaito', 'LogDet', 'Mahalanobis', 'SquaredEuclidean']
class SquaredEuclidean:
    def __init__(self) -> None:
        ...
    def divergence(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        B(x[i] : y[i]) for rows of (rows, width) arrays
        """
    def pairwise(self, X: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, validate: bool = True) -> typing.Any:
        """
        B(X[i] : Y[j]) as an (N, M) array
        """
    def phi(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        phi(x[i])
        """
class GeneralizedKL:
    def __init__(self) -> None:
        ...
    def divergence(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        B(x[i] : y[i]) for rows of (rows, width) arrays
        """
    def pairwise(self, X: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, validate: bool = True) -> typing.Any:
        """
        B(X[i] : Y[j]) as an (N, M) array
        """
    def phi(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        phi(x[i])
        """
class ItakuraSaito:
    def __init__(self) -> None:
        ...
    def divergence(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        B(x[i] : y[i]) for rows of (rows, width) arrays
        """
    def pairwise(self, X: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, validate: bool = True) -> typing.Any:
        """
        B(X[i] : Y[j]) as an (N, M) array
        """
    def phi(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        phi(x[i])
        """
class Exponential:
    def __init__(self) -> None:
        ...
    def divergence(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        B(x[i] : y[i]) for rows of (rows, width) arrays
        """
    def pairwise(self, X: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, validate: bool = True) -> typing.Any:
        """
        B(X[i] : Y[j]) as an (N, M) array
        """
    def phi(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        phi(x[i])
        """
class LogDet:
    def __init__(self) -> None:
        ...
    def divergence(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        B(x[i] : y[i]) for rows of (rows, width) arrays
        """
    def pairwise(self, X: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, validate: bool = True) -> typing.Any:
        """
        B(X[i] : Y[j]) as an (N, M) array
        """
    def phi(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        phi(x[i])
        """
class Mahalanobis:
    def __init__(self, A: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"]) -> None:
        ...
    def divergence(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        B(x[i] : y[i]) for rows of (rows, width) arrays
        """
    def pairwise(self, X: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Y: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, validate: bool = True) -> typing.Any:
        """
        B(X[i] : Y[j]) as an (N, M) array
        """
    def phi(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], n: typing.SupportsInt | typing.SupportsIndex, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        phi(x[i])
        """
    @property
    def dim(self) -> int:
        ...

"""
infogeom compiled core
"""
from __future__ import annotations
import collections.abc
import numpy
import typing
from . import special
from . import bregman
__all__: list[str] = ['Bernoulli', 'Beta', 'Binomial', 'Categorical', 'DiagonalNormal', 'Dirichlet', 'Exponential', 'Gamma', 'Geometric', 'InverseGaussian', 'LogNormal', 'MultivariateNormal', 'NegativeBinomial', 'Normal', 'Poisson', 'Rayleigh', 'VonMises', 'Wishart', 'bregman', 'family_names', 'get_num_threads', 'has_openmp', 'set_num_threads', 'special']
class Bernoulli:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Binomial:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Categorical:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Poisson:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Geometric:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class NegativeBinomial:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Exponential:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Normal:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class DiagonalNormal:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        Jensen-Shannon divergence (not available for this family)
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class MultivariateNormal:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        Jensen-Shannon divergence (not available for this family)
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Wishart:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        Jensen-Shannon divergence (not available for this family)
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Gamma:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Beta:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Dirichlet:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        Jensen-Shannon divergence (not available for this family)
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class InverseGaussian:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class LogNormal:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class Rayleigh:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
class VonMises:
    @staticmethod
    def from_source(*args, **kwargs) -> typing.Any:
        """
        packed source parameters -> theta
        """
    def __init__(self) -> None:
        ...
    def bhattacharyya(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int sqrt(p q)
        """
    def bregman(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        B_F(p : q) on natural parameters
        """
    def chernoff(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        -log int p^alpha q^(1-alpha)
        """
    def chernoff_information(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        (max_alpha chernoff, alpha*), rows -> (n, 2)
        """
    def conjugate(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F*(eta), the Legendre conjugate
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def hellinger(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        sqrt(1 - exp(-bhattacharyya))
        """
    def jeffreys(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q) + KL(q||p)
        """
    def jensen_shannon(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Jensen-Shannon divergence
        """
    def kl(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        KL(p||q), rows (n, D) x (n, D) -> (n, 1)
        """
    def knn(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], k: typing.SupportsInt | typing.SupportsIndex, divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending
        """
    def log_base_measure(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        log h(x)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def renyi(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], alpha: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Renyi divergence of order alpha
        """
    def sufficient_statistics(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        T(x)
        """
    def to_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        eta = grad F(theta)
        """
    def to_natural(self, eta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta = grad F*(eta)
        """
    def to_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        theta -> packed source parameters
        """
    def validate(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], op: str = 'validate') -> None:
        """
        Raise ValueError at the first invalid row
        """
    @property
    def dim(self) -> int:
        ...
    @property
    def free_source_dim(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def pairwise_divergences(self) -> list:
        ...
    @property
    def sample_size(self) -> int:
        ...
    @property
    def scalar_sample(self) -> bool:
        ...
    @property
    def source_params(self) -> list:
        ...
    @property
    def source_size(self) -> int:
        ...
def get_num_threads() -> int:
    ...
def set_num_threads(n: typing.SupportsInt | typing.SupportsIndex) -> None:
    """
    Number of threads used by the batch loops
    """
family_names: list = ['Bernoulli', 'Binomial', 'Categorical', 'Poisson', 'Geometric', 'NegativeBinomial', 'Exponential', 'Normal', 'DiagonalNormal', 'MultivariateNormal', 'Wishart', 'Gamma', 'Beta', 'Dirichlet', 'InverseGaussian', 'LogNormal', 'Rayleigh', 'VonMises']
has_openmp: bool = True

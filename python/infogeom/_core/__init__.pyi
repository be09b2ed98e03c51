"""
infogeom compiled core
"""
from __future__ import annotations
import collections.abc
import numpy
import typing
from . import special
from . import bregman
from . import manifolds
__all__: list[str] = ['Bernoulli', 'Beta', 'Binomial', 'Categorical', 'DiagonalNormal', 'Dirichlet', 'Exponential', 'Gamma', 'Geometric', 'InverseGaussian', 'LogNormal', 'MultivariateNormal', 'NegativeBinomial', 'Normal', 'Poisson', 'Rayleigh', 'VonMises', 'Wishart', 'bregman', 'cuda_device_count', 'family_names', 'get_num_threads', 'has_cuda_build', 'has_openmp', 'manifolds', 'set_num_threads', 'special']
class Bernoulli:
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = False
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = False
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = False
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = False
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = False
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = False
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = True
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
    closed_form_geodesic: typing.ClassVar[bool] = False
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
    def domain_mask(self, array: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str) -> typing.Any:
        """
        Boolean mask of the rows (n, D) inside the natural parameter space / mean domain
        """
    def entropy(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Shannon entropy, rows (n, D) -> (n, 1)
        """
    def exp_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain when validate is False
        """
    def fisher(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in natural coordinates, (n, D*D)
        """
    def fisher_mean(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in mean coordinates at theta, (n, D*D)
        """
    def fisher_rao(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, check: bool = True, info: bool = True) -> typing.Any:
        """
        (distance, iterations, residual, converged), each of shape (n,); the distance alone when info is False
        """
    def fisher_source(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        Fisher metric in the free source coordinates at theta, (n, P*P)
        """
    def geodesic(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], t: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], kind: str, batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)
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
    def log_map(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log_p(q), rows (n, D) x (n, D) -> (n, D)
        """
    def log_partition(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True, out: typing.Any = None) -> typing.Any:
        """
        F(theta), rows (n, D) -> (n, 1)
        """
    def log_prob(self, x: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        log p(x; theta), -inf outside the support
        """
    def natural_gradient(self, theta: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], grad: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        G(theta)^-1 grad per row, (n, D)
        """
    def pairwise(self, P: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], Q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], out: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], divergence: str, alpha: typing.SupportsFloat | typing.SupportsIndex, op: str, validate: bool = True, isa: str = 'auto', progress: typing.Any = None) -> typing.Any:
        """
        Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)
        """
    def parallel_transport(self, p: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], q: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], v: numpy.ndarray[typing.Any, numpy.dtype[typing.Any]], batch: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], validate: bool = True) -> typing.Any:
        """
        parallel transport of v from p to q, rows (n, D) x3 -> (n, D)
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
    def cuda_supported(self) -> bool:
        ...
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
def cuda_device_count() -> int:
    """
    Number of CUDA devices (this build has no CUDA)
    """
def get_num_threads() -> int:
    ...
def set_num_threads(n: typing.SupportsInt | typing.SupportsIndex) -> None:
    """
    Number of threads used by the batch loops
    """
family_names: list = ['Bernoulli', 'Binomial', 'Categorical', 'Poisson', 'Geometric', 'NegativeBinomial', 'Exponential', 'Normal', 'DiagonalNormal', 'MultivariateNormal', 'Wishart', 'Gamma', 'Beta', 'Dirichlet', 'InverseGaussian', 'LogNormal', 'Rayleigh', 'VonMises']
has_cuda_build: bool = False
has_openmp: bool = True

"""
Special functions (elementwise, test/debug use)
"""
from __future__ import annotations
import numpy
import numpy.typing
import typing
__all__: list[str] = ['bessel_ratio', 'bessel_ratio_complement', 'bessel_ratio_deriv', 'digamma', 'digamma_diff', 'expit', 'inv_digamma', 'lbeta', 'lgamma', 'log1mexp', 'log1pexp', 'log_binom', 'log_i0', 'log_i1', 'log_minus_digamma', 'logit', 'polygamma', 'simd_elementary', 'simd_lgamma_digamma', 'simd_log', 'trigamma', 'trigamma_minus_inv', 'xlog1py', 'xlogy']
def bessel_ratio(x: typing.Any) -> typing.Any:
    """
    I1(x)/I0(x)
    """
def bessel_ratio_complement(x: typing.Any) -> typing.Any:
    """
    1 - I1(x)/I0(x)
    """
def bessel_ratio_deriv(x: typing.Any) -> typing.Any:
    """
    d/dx I1(x)/I0(x)
    """
def digamma(x: typing.Any) -> typing.Any:
    """
    psi(x)
    """
def digamma_diff(a: typing.Any, b: typing.Any) -> typing.Any:
    """
    psi(a) - psi(b)
    """
def expit(x: typing.Any) -> typing.Any:
    """
    1/(1 + exp(-x))
    """
def inv_digamma(x: typing.Any) -> typing.Any:
    """
    x > 0 with psi(x) = y
    """
def lbeta(a: typing.Any, b: typing.Any) -> typing.Any:
    """
    log B(a, b)
    """
def lgamma(x: typing.Any) -> typing.Any:
    """
    log|Gamma(x)|
    """
def log1mexp(x: typing.Any) -> typing.Any:
    """
    log(1 - exp(x)), x <= 0
    """
def log1pexp(x: typing.Any) -> typing.Any:
    """
    log(1 + exp(x))
    """
def log_binom(a: typing.Any, b: typing.Any) -> typing.Any:
    """
    log C(n, k)
    """
def log_i0(x: typing.Any) -> typing.Any:
    """
    log I0(x)
    """
def log_i1(x: typing.Any) -> typing.Any:
    """
    log I1(x)
    """
def log_minus_digamma(x: typing.Any) -> typing.Any:
    """
    log(x) - psi(x)
    """
def logit(x: typing.Any) -> typing.Any:
    """
    log(p/(1 - p))
    """
def polygamma(n: typing.Any, x: typing.Any) -> typing.Any:
    """
    psi^(n)(x)
    """
def simd_elementary(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    branch-free log1p (x > -1), asinh (0 <= x <= 1e150), exp and expm1 (|x| <= 700) (flattened; (4, n) result, one row per function)
    """
def simd_lgamma_digamma(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    branch-free (log Gamma, psi, mag_lg, mag_psi) of 1e-300 <= x <= 1e300 (flattened; (4, n))
    """
def simd_log(x: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    branch-free log of positive normal x (flattened; (1, n) result)
    """
def trigamma(x: typing.Any) -> typing.Any:
    """
    psi'(x)
    """
def trigamma_minus_inv(x: typing.Any) -> typing.Any:
    """
    psi'(x) - 1/x
    """
def xlog1py(a: typing.Any, b: typing.Any) -> typing.Any:
    """
    x*log1p(y), 0 where x == 0
    """
def xlogy(a: typing.Any, b: typing.Any) -> typing.Any:
    """
    x*log(y), 0 where x == 0
    """

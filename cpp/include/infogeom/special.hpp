// infogeom/special.hpp -- special functions used by the exponential-family engine.
//
// Header-only, C++17, no exceptions, no global mutable state (safe to call from
// OpenMP threads), and every function is INFOGEOM_HOST_DEVICE so the same code can
// later be compiled by nvcc.  All public functions are templates on the floating
// point type Scalar; float and double are supported.  The arithmetic is always
// carried out in double (float arguments are widened and the result is rounded
// back), so float results are correctly rounded to within ~1 ulp of float.
//
// Conventions: NaN in -> NaN out; poles and limits return the mathematical value
// (+-inf, 0) and arguments outside the domain return NaN.
//
// References for the formulas (the implementation below is original):
//  [AS]  Abramowitz & Stegun, Handbook of Mathematical Functions (6.3.18 digamma
//        asymptotics, 6.4.11-12 polygamma asymptotics, 6.1.41 Stirling series,
//        9.6.10 Bessel power series, 9.7.1 Bessel asymptotics).
//  [DLMF] NIST Digital Library of Mathematical Functions, 5.15 (polygamma),
//        25.11 (Hurwitz zeta, Euler-Maclaurin), 10.31/10.40 (I_nu), 10.8.3 (products).
//  [Minka] T. Minka, "Estimating a Dirichlet distribution" (2000), appendix C
//        (initialisation of the inverse digamma Newton iteration).
//  [Maechler] M. Maechler, "Accurately computing log(1 - exp(-|a|))" (2012).
#pragma once

#include <cmath>
#include <type_traits>

#ifndef INFOGEOM_HOST_DEVICE
#  if defined(__CUDACC__)
#    define INFOGEOM_HOST_DEVICE __host__ __device__
#  else
#    define INFOGEOM_HOST_DEVICE
#  endif
#endif

#if defined(__APPLE__) && !defined(__CUDA_ARCH__)
// Reentrant lgamma is present in libSystem but not always declared.
extern "C" double lgamma_r(double, int*);
#endif

namespace infogeom {
namespace special {
namespace detail {

constexpr double kPi = 3.14159265358979323846264338327950288;
constexpr double kEuler = 0.57721566490153286060651209008240243;
constexpr double kHalfLog2Pi = 0.91893853320467274178032973640561764;  // log(2 pi)/2
constexpr double kLn2 = 0.69314718055994530941723212145817657;
constexpr double kEps = 2.220446049250313e-16;
// Positive root of digamma, split into a double and its residual.
constexpr double kPsiRootHi = 1.4616321449683622;
constexpr double kPsiRootLo = 9.549995429965697e-17;
constexpr double kPsiRootP1 = 2.4616321449683625;  // root + 1 (rounded)

INFOGEOM_HOST_DEVICE inline double nan_d() { return static_cast<double>(NAN); }
INFOGEOM_HOST_DEVICE inline double inf_d() { return static_cast<double>(INFINITY); }
INFOGEOM_HOST_DEVICE inline bool is_nan(double x) { return x != x; }
INFOGEOM_HOST_DEVICE inline bool is_inf(double x) { return x == inf_d() || x == -inf_d(); }
INFOGEOM_HOST_DEVICE inline bool is_nonpos_int(double x) { return x <= 0.0 && std::floor(x) == x; }
INFOGEOM_HOST_DEVICE inline double dmin(double a, double b) { return a < b ? a : b; }

// ---------------------------------------------------------------------------
// log|Gamma(x)|, thread safe (glibc's lgamma writes the global signgam).
INFOGEOM_HOST_DEVICE inline double lgamma(double x) {
#if defined(__CUDA_ARCH__)
  return ::lgamma(x);
#elif defined(__GLIBC__) || defined(__APPLE__)
  int sign = 0;
  return ::lgamma_r(x, &sign);
#else
  return std::lgamma(x);  // MSVC's CRT has no signgam side effect
#endif
}

// ---------------------------------------------------------------------------
// Asymptotic series, valid for x >= 10 (truncation error < 1e-17 relative there).

// log(x) - psi(x) = 1/(2x) + sum_k B_2k / (2k x^2k)        [AS 6.3.18]
INFOGEOM_HOST_DEVICE inline double log_minus_digamma_asym(double x) {
  const double z = 1.0 / x;
  const double z2 = z * z;
  double p = 43867.0 / 14364.0;
  p = p * z2 - 3617.0 / 8160.0;
  p = p * z2 + 1.0 / 12.0;
  p = p * z2 - 691.0 / 32760.0;
  p = p * z2 + 1.0 / 132.0;
  p = p * z2 - 1.0 / 240.0;
  p = p * z2 + 1.0 / 252.0;
  p = p * z2 - 1.0 / 120.0;
  p = p * z2 + 1.0 / 12.0;
  return 0.5 * z + z2 * p;
}

// psi'(x) - 1/x = 1/(2x^2) + sum_k B_2k / x^(2k+1)           [AS 6.4.12]
INFOGEOM_HOST_DEVICE inline double trigamma_minus_inv_asym(double x) {
  const double z = 1.0 / x;
  const double z2 = z * z;
  double p = 854513.0 / 138.0;    // B22
  p = p * z2 - 174611.0 / 330.0;  // B20
  p = p * z2 + 43867.0 / 798.0;   // B18
  p = p * z2 - 3617.0 / 510.0;    // B16
  p = p * z2 + 7.0 / 6.0;         // B14
  p = p * z2 - 691.0 / 2730.0;    // B12
  p = p * z2 + 5.0 / 66.0;        // B10
  p = p * z2 - 1.0 / 30.0;        // B8
  p = p * z2 + 1.0 / 42.0;        // B6
  p = p * z2 - 1.0 / 30.0;        // B4
  p = p * z2 + 1.0 / 6.0;         // B2
  return z2 * (0.5 + z * p);
}

// Stirling correction lgamma(x) - [(x-1/2)log x - x + log(2pi)/2]
//   = sum_k B_2k / (2k(2k-1) x^(2k-1))                       [AS 6.1.41]
INFOGEOM_HOST_DEVICE inline double stirling_corr(double x) {
  const double z = 1.0 / x;
  const double z2 = z * z;
  double p = 43867.0 / 244188.0;
  p = p * z2 - 3617.0 / 122400.0;
  p = p * z2 + 1.0 / 156.0;
  p = p * z2 - 691.0 / 360360.0;
  p = p * z2 + 1.0 / 1188.0;
  p = p * z2 - 1.0 / 1680.0;
  p = p * z2 + 1.0 / 1260.0;
  p = p * z2 - 1.0 / 360.0;
  p = p * z2 + 1.0 / 12.0;
  return z * p;
}

// stirling_corr(b + a) - stirling_corr(b) without cancellation for a << b:
// with z1 = 1/(b+a), z2 = 1/b, z1^m - z2^m = (z1 - z2) sum_{j<m} z1^j z2^(m-1-j).
INFOGEOM_HOST_DEVICE inline double stirling_corr_diff(double b, double a) {
  const double c[9] = {1.0 / 12.0,          -1.0 / 360.0,      1.0 / 1260.0,
                       -1.0 / 1680.0,       1.0 / 1188.0,      -691.0 / 360360.0,
                       1.0 / 156.0,         -3617.0 / 122400.0, 43867.0 / 244188.0};
  const double z1 = 1.0 / (b + a), z2 = 1.0 / b;
  double H = 1.0, p1 = 1.0, Q = c[0];  // H_1 = 1
  for (int m = 2; m <= 17; ++m) {
    p1 *= z1;
    H = z2 * H + p1;
    if (m % 2 == 1) Q += c[(m - 1) / 2] * H;
  }
  return -((a / b) / (b + a)) * Q;
}

// ---------------------------------------------------------------------------
// digamma

// psi on [1, 2]: write psi(x) = psi(x+2) - 1/x - 1/(x+1) and expand psi(x+2) in a
// Taylor series about the positive root x0 (coefficients psi^(k)(x0+2)/k!,
// computed with mpmath).  Since psi(x0) = 0,
//   psi(x) = t * [ sum_k g_k t^(k-1) + 1/(x x0) + 1/((x+1)(x0+1)) ],  t = x - x0,
// which keeps full relative accuracy through the root.
INFOGEOM_HOST_DEVICE inline double digamma_near_root(double x) {
  const double t = (x - kPsiRootHi) - kPsiRootLo;
  const double g[22] = {
      0.3345617098544669,     -0.055476208282819656,  0.012163351366549665,
      -0.002976677050430833,  0.0007713020708922787,  -0.00020674607628354467,
      5.663403931142351e-05,  -1.5742042793645156e-05, 4.4203814378014486e-06,
      -1.2502790337317232e-06, 3.555004365548999e-07,  -1.0147423082995085e-07,
      2.9048430651778795e-08, -8.333507652457267e-09, 2.3946448469644645e-09,
      -6.889561205460084e-10, 1.9840436029350833e-10, -5.717729634679893e-11,
      1.648677489663636e-11,  -4.755891089999048e-12, 1.3723653713077138e-12,
      -3.9611087213118634e-13};
  double p = g[21];
  for (int k = 20; k >= 0; --k) p = p * t + g[k];
  return t * (p + 1.0 / (x * kPsiRootHi) + 1.0 / ((x + 1.0) * kPsiRootP1));
}

INFOGEOM_HOST_DEVICE inline double digamma_pos(double x) {  // x > 0
  if (x >= 10.0) return std::log(x) - log_minus_digamma_asym(x);
  if (x < 1.0) return digamma_near_root(x + 1.0) - 1.0 / x;  // psi(x) = psi(x+1) - 1/x
  if (x <= 2.0) return digamma_near_root(x);
  // 2 < x < 10: psi(x) = psi(x - n) + sum_{k=1..n} 1/(x - k); x - k is exact.
  double s = 0.0;
  double y = x;
  while (y > 2.0) {
    y -= 1.0;
    s += 1.0 / y;
  }
  return digamma_near_root(y) + s;
}

INFOGEOM_HOST_DEVICE inline double digamma(double x) {
  if (is_nan(x)) return x;
  if (x > 0.0) return digamma_pos(x);
  if (is_nonpos_int(x)) return nan_d();  // poles (and -inf)
  // Reflection: psi(x) = psi(1 - x) - pi cot(pi x); cot has period 1.
  const double r = x - std::floor(x + 0.5);
  return digamma_pos(1.0 - x) - kPi / std::tan(kPi * r);
}

// ---------------------------------------------------------------------------
// trigamma and psi'(x) - 1/x

INFOGEOM_HOST_DEVICE inline double trigamma_pos(double x) {  // x > 0
  if (x >= 10.0) return 1.0 / x + trigamma_minus_inv_asym(x);
  double s = 0.0;
  double y = x;
  while (y < 10.0) {
    const double iy = 1.0 / y;
    s += iy * iy;
    y += 1.0;
  }
  return s + (1.0 / y + trigamma_minus_inv_asym(y));
}

INFOGEOM_HOST_DEVICE inline double trigamma(double x) {
  if (is_nan(x)) return x;
  if (x > 0.0) return trigamma_pos(x);
  if (x == -inf_d()) return nan_d();
  if (is_nonpos_int(x)) return inf_d();  // double pole, +inf from both sides
  // Reflection: psi'(1-x) + psi'(x) = pi^2 / sin^2(pi x).
  const double r = x - std::floor(x + 0.5);
  const double sp = std::sin(kPi * r);
  return kPi * kPi / (sp * sp) - trigamma_pos(1.0 - x);
}

INFOGEOM_HOST_DEVICE inline double trigamma_minus_inv(double x) {
  if (is_nan(x)) return x;
  if (x <= 0.0) return (x == 0.0) ? inf_d() : trigamma(x) - 1.0 / x;
  if (x >= 10.0) return trigamma_minus_inv_asym(x);
  // psi'(x) = psi'(x+N) + sum 1/(x+k)^2 and 1/x - 1/(x+N) = sum 1/((x+k)(x+k+1)),
  // so psi'(x) - 1/x = [psi'(x+N) - 1/(x+N)] + sum 1/((x+k)^2 (x+k+1)): all terms > 0.
  double s = 0.0;
  double y = x;
  while (y < 10.0) {
    const double iy = 1.0 / y;
    s += iy * iy / (y + 1.0);
    y += 1.0;
  }
  return s + trigamma_minus_inv_asym(y);
}

// ---------------------------------------------------------------------------
// polygamma, n >= 2:  psi^(n)(x) = (-1)^(n+1) n! zeta(n+1, x)          [DLMF 5.15.2]
// Hurwitz zeta by Euler-Maclaurin summation [DLMF 25.11 / 2.10]: direct sum up to
// u = x + N >= 10 + 0.8 (n+1), then the integral, half-term and 12 Bernoulli
// corrections (truncation < 1e-17 relative for all n).  Everything is scaled by
// x^n so that the only over/underflow-prone step is the final n! x^-n product.
INFOGEOM_HOST_DEVICE inline double ipow(double b, int e) {  // e >= 0
  double r = 1.0;
  while (e > 0) {
    if (e & 1) r *= b;
    b *= b;
    e >>= 1;
  }
  return r;
}

INFOGEOM_HOST_DEVICE inline double polygamma_pos(int n, double x) {  // n >= 2, x > 0
  // B_2j / (2j)!, j = 1..12
  const double b2j[12] = {0.08333333333333333,    -0.001388888888888889,
                          3.306878306878307e-05,  -8.267195767195768e-07,
                          2.08767569878681e-08,   -5.284190138687493e-10,
                          1.3382536530684679e-11, -3.3896802963225827e-13,
                          8.586062056277845e-15,  -2.174868698558062e-16,
                          5.5090028283602295e-18, -1.3954464685812522e-19};
  const int s = n + 1;
  const double wmin = 10.0 + 0.8 * s;
  double bsum = 0.0;  // x^n * zeta(s, x)
  double u = x;
  if (x < wmin) {
    const int N = static_cast<int>(std::ceil(wmin - x));
    double direct = 0.0;  // sum_{k>=1} (x/(x+k))^s, k < N
    for (int k = N - 1; k >= 1; --k) direct += ipow(x / (x + k), s);
    u = x + N;
    bsum = (1.0 + direct) / x;
  }
  // E/u with E = u^s * [u^(1-s)/(s-1) + u^-s/2 + sum_j b2j (s)_(2j-1) u^(1-s-2j)]
  const double iu = 1.0 / u;
  const double iu2 = iu * iu;
  double tail = 0.0;
  double poch = s;  // (s)_(2j-1)
  double upow = iu2;
  for (int j = 0; j < 12; ++j) {
    tail += b2j[j] * poch * upow;
    poch *= static_cast<double>(s + 2 * j + 1) * (s + 2 * j + 2);
    upow *= iu2;
  }
  const double eu = 1.0 / (s - 1) + 0.5 * iu + tail;  // E / u
  if (x < wmin) {
    bsum += ipow(x / u, n) * eu;  // (x/u)^s E / x = (x/u)^n (E/u)
  } else {
    bsum = eu;
  }
  const double sign = (n % 2 == 1) ? 1.0 : -1.0;
  // n! * x^-n * bsum, assembled from mantissas and binary exponents so that no
  // intermediate over/underflows: x = xm 2^xe, n! = fm 2^fe, bsum = bm 2^be.
  if (n <= 1000) {
    int xe = 0, fe = 0, be = 0, e = 0;
    const double xm = std::frexp(x, &xe);
    double fm = 1.0;
    for (int k = 2; k <= n; ++k) {
      fm = std::frexp(fm * k, &e);
      fe += e;
    }
    const double bm = std::frexp(bsum, &be);
    const double mant = fm * bm * std::pow(xm, -static_cast<double>(n));  // < 2^1000
    const long long ex = static_cast<long long>(fe) + be - static_cast<long long>(xe) * n;
    if (ex > 4000) return sign * inf_d();
    if (ex < -4000) return sign * 0.0;
    return sign * std::ldexp(mant, static_cast<int>(ex));
  }
  const double L = lgamma(n + 1.0) - n * std::log(x) + std::log(bsum);
  if (L > 709.782712893384) return sign * inf_d();
  return sign * std::exp(L);
}

INFOGEOM_HOST_DEVICE inline double polygamma(int n, double x) {
  if (n < 0) return nan_d();
  if (n == 0) return digamma(x);
  if (n == 1) return trigamma(x);
  if (is_nan(x)) return x;
  if (x == inf_d()) return (n % 2 == 1) ? 0.0 : -0.0;
  if (x > 0.0) return polygamma_pos(n, x);
  if (x == -inf_d()) return nan_d();
  if (is_nonpos_int(x)) return (n % 2 == 1) ? inf_d() : nan_d();
  // Negative non-integer: shift with psi^(n)(x) = psi^(n)(x+M) + (-1)^(n+1) n! sum (x+k)^-(n+1).
  const int M = static_cast<int>(std::ceil(-x)) + 1;
  double s = 0.0;
  for (int k = 0; k < M; ++k) s += std::pow(x + k, -static_cast<double>(n + 1));
  double fact = 1.0;
  for (int k = 2; k <= n; ++k) fact *= k;
  const double sign = (n % 2 == 1) ? 1.0 : -1.0;
  return polygamma_pos(n, x + M) + sign * fact * s;
}

// ---------------------------------------------------------------------------
// log(x) - psi(x), x > 0, no cancellation for large x: a few ulp above 10; below 10 the upward
// recurrence subtracts log1p(N/x) from a sum up to 7x larger than the result (up to 12.8 ulp
// measured near x = 3.7; summing 1/y - log1p(1/y) term by term by series is exact to 3 eps but
// 3x slower, which the Gamma inverse cannot afford).
INFOGEOM_HOST_DEVICE inline double log_minus_digamma(double x) {
  if (is_nan(x)) return x;
  if (x < 0.0) return nan_d();
  if (x == 0.0) return inf_d();
  if (x >= 10.0) return log_minus_digamma_asym(x);
  // log x - psi(x) = sum_{k<N} 1/(x+k) - log(1 + N/x) + [log(x+N) - psi(x+N)]
  double s = 0.0;
  double y = x;
  int N = 0;
  while (y < 10.0) {
    s += 1.0 / y;
    y += 1.0;
    ++N;
  }
  return (s - std::log1p(N / x)) + log_minus_digamma_asym(y);
}

// ---------------------------------------------------------------------------
// psi(a) - psi(b)
// For a, b > 0: shift both by N so min(a,b)+N >= 10, then
//   psi(a) - psi(b) = sum_{k<N} d/((a+k)(b+k)) + log(a'/b') + d/(a'b') * Q,  d = a - b,
// where Q = sum_m c_m (z_a^m - z_b^m)/(z_a - z_b) with z = 1/x and c_m the
// coefficients of log x - psi(x) = sum c_m z^m.  Every piece has the sign of d,
// so no cancellation occurs whatever a and b are.
INFOGEOM_HOST_DEVICE inline double digamma_diff(double a, double b) {
  if (is_nan(a) || is_nan(b)) return a + b;
  if (a <= 0.0 || b <= 0.0 || is_inf(a) || is_inf(b)) return digamma(a) - digamma(b);
  if (a == b) return 0.0;
  const double d = a - b;
  double s = 0.0;
  double ap = a, bp = b;
  if (dmin(a, b) < 10.0) {
    const int N = static_cast<int>(std::ceil(10.0 - dmin(a, b)));
    for (int k = 0; k < N; ++k) s += (d / (a + k)) / (b + k);
    ap = a + N;
    bp = b + N;
  }
  const double r = ap / bp;
  const double L = (r >= 0.5 && r <= 2.0) ? std::log1p(d / bp) : std::log(r);
  // c_m for m = 1..18 (index m-1); zero entries are the odd m >= 3.
  const double c[18] = {0.5,  1.0 / 12.0, 0.0, -1.0 / 120.0, 0.0, 1.0 / 252.0,
                        0.0,  -1.0 / 240.0, 0.0, 1.0 / 132.0, 0.0, -691.0 / 32760.0,
                        0.0,  1.0 / 12.0, 0.0, -3617.0 / 8160.0, 0.0, 43867.0 / 14364.0};
  const double za = 1.0 / ap, zb = 1.0 / bp;
  double H = 1.0, pa = 1.0, Q = c[0];
  for (int m = 2; m <= 18; ++m) {
    pa *= za;
    H = zb * H + pa;  // H_m = sum_{j<m} za^j zb^(m-1-j)
    Q += c[m - 1] * H;
  }
  return s + L + ((d / ap) / bp) * Q;
}

// ---------------------------------------------------------------------------
// inverse digamma: x > 0 with psi(x) = y. Newton from Minka's starting point.
INFOGEOM_HOST_DEVICE inline double inv_digamma(double y) {
  if (is_nan(y)) return y;
  if (y == inf_d()) return y;
  if (y == -inf_d()) return 0.0;
  double x = (y >= -2.22) ? std::exp(y) + 0.5 : -1.0 / (y + kEuler);
  if (!(x < inf_d())) return x;
  for (int it = 0; it < 25; ++it) {
    const double f = digamma_pos(x) - y;
    const double step = f / trigamma_pos(x);
    double xn = x - step;
    if (!(xn > 0.0)) xn = 0.5 * x;  // never needed from Minka's start; safety
    const bool done = std::fabs(step) <= 4.0 * kEps * xn;
    x = xn;
    if (done) break;
  }
  return x;
}

// ---------------------------------------------------------------------------
// lbeta and helpers

// lgamma(b + a) - lgamma(b) for b >= 10, a >= 0, via the Stirling series.
INFOGEOM_HOST_DEVICE inline double lgamma_diff_large(double b, double a) {
  const double t = std::log1p(a / b);
  const double logab = std::log(b) + t;  // log(a + b) without overflow
  return ((b - 0.5) * t - a) + a * logab + stirling_corr_diff(b, a);
}

// lgamma(b + a) - lgamma(b) for b >= 1, 0 <= a.
INFOGEOM_HOST_DEVICE inline double lgamma_diff(double b, double a) {
  if (b >= 10.0) return lgamma_diff_large(b, a);
  double s = 0.0;
  double y = b;
  while (y < 10.0) {
    s += std::log1p(a / y);
    y += 1.0;
  }
  return lgamma_diff_large(y, a) - s;
}

INFOGEOM_HOST_DEVICE inline double lbeta(double a, double b) {
  if (is_nan(a) || is_nan(b)) return a + b;
  if (a > b) {
    const double t = a;
    a = b;
    b = t;
  }  // now a <= b
  if (a <= 0.0) {
    // poles of Gamma(a) or Gamma(b): +inf, unless Gamma(a+b) has a pole as well
    if (is_nonpos_int(a) || is_nonpos_int(b)) return is_nonpos_int(a + b) ? nan_d() : inf_d();
    if (is_nonpos_int(a + b)) return -inf_d();
    // negative non-integer arguments: log|B(a,b)| straight from log|Gamma|
    return lgamma(a) + lgamma(b) - lgamma(a + b);
  }
  if (b == inf_d()) return -inf_d();
  if (b < 10.0) return lgamma(a) + lgamma(b) - lgamma(a + b);
  if (a < 10.0) return lgamma(a) - lgamma_diff_large(b, a);
  // a, b >= 10: Stirling for all three terms; the -a-b+(a+b) cancels exactly:
  // lbeta = log(2pi)/2 - log(a+b)/2 + (a-1/2) log(a/(a+b)) + (b-1/2) log(b/(a+b)) + corr
  const double t1 = std::log1p(b / a);  // -log(a/(a+b))
  const double t2 = std::log1p(a / b);  // -log(b/(a+b))
  const double logab = std::log(b) + t2;
  const double corr = stirling_corr(a) + stirling_corr(b) - stirling_corr(a + b);
  return kHalfLog2Pi - 0.5 * logab - (a - 0.5) * t1 - (b - 0.5) * t2 + corr;
}

// log Gamma(1 + z) without forming 1 + z: for |z| < 0.2 the Taylor series
// -gamma z + sum_{k>=2} (-1)^k zeta(k) z^k / k [AS 6.1.33]; otherwise lgamma.
INFOGEOM_HOST_DEVICE inline double lgamma1p(double z) {
  if (std::fabs(z) >= 0.2) return lgamma(1.0 + z);
  const double c[23] = {0.8224670334241132,   -0.40068563438653143, 0.27058080842778454,
                        -0.20738555102867398, 0.1695571769974082,   -0.1440498967688461,
                        0.12550966952474304,  -0.11133426586956469, 0.1000994575127818,
                        -0.09095401714582904, 0.083353840546109,    -0.0769325164113522,
                        0.07143294629536133,  -0.06666870588242046, 0.06250095514121304,
                        -0.058823978658684585, 0.055555767627403614, -0.05263167937961666,
                        0.05000004769810169,  -0.047619070330142226, 0.04545455629320467,
                        -0.04347826605304026, 0.04166666915034121};
  double p = c[22];
  for (int k = 21; k >= 0; --k) p = p * z + c[k];
  return z * (z * p - kEuler);
}

// log C(n, k) for real n >= k >= 0.
INFOGEOM_HOST_DEVICE inline double log_binom(double n, double k) {
  if (is_nan(n) || is_nan(k)) return n + k;
  if (k < 0.0 || k > n) return nan_d();
  if (n == inf_d()) return k == 0.0 ? 0.0 : (k == inf_d() ? nan_d() : inf_d());
  const double kk = dmin(k, n - k);
  if (kk == 0.0) return 0.0;
  if (kk >= 10.0) return -std::log1p(n) - lbeta(n - kk + 1.0, kk + 1.0);
  // log C = [lgamma(m+1+kk) - lgamma(m+1)] - lgamma(kk+1), m = n - kk >= kk
  return lgamma_diff(n - kk + 1.0, kk) - lgamma1p(kk);
}

// ---------------------------------------------------------------------------
// Modified Bessel functions I0, I1 and the von Mises ratio A(x) = I1/I0.
// x <= 25: power series [AS 9.6.10] (all terms positive).  x > 25: the Hankel
// asymptotic expansions [AS 9.7.1]; their exponentially small remainder
// (~e^(-2x)) is below 1e-21 there.
constexpr double kBesselSwitch = 25.0;

// sum_{k>=1} y^k / (k! (k+nu)!), y = x^2/4, nu in {0, 1}.
INFOGEOM_HOST_DEVICE inline double bessel_series_tail(double y, int nu) {
  double term = 1.0, sum = 0.0;
  for (int k = 1; k < 200; ++k) {
    term *= y / (static_cast<double>(k) * (k + nu));
    sum += term;
    if (term <= 1e-17 * sum) break;
  }
  return sum;
}

// sum_{k>=1} of the Hankel expansion terms of e^-x sqrt(2 pi x) I_nu(x).
INFOGEOM_HOST_DEVICE inline double bessel_asym_tail(double x, int nu) {
  const double mu = 4.0 * nu * nu;
  const double i8x = 1.0 / (8.0 * x);
  double term = 1.0, sum = 0.0;
  for (int k = 1; k < 200; ++k) {
    const double f = ((2.0 * k - 1.0) * (2.0 * k - 1.0) - mu) * i8x / k;
    if (std::fabs(f) >= 1.0) break;  // smallest term reached (never for x > 25 in practice)
    term *= f;
    sum += term;
    if (std::fabs(term) <= 1e-17 * std::fabs(1.0 + sum)) break;
  }
  return sum;
}

INFOGEOM_HOST_DEVICE inline double log_i0(double x) {
  if (is_nan(x)) return x;
  x = std::fabs(x);
  if (x <= kBesselSwitch) return std::log1p(bessel_series_tail(0.25 * x * x, 0));
  if (x == inf_d()) return x;
  return x - 0.5 * std::log(2.0 * kPi * x) + std::log1p(bessel_asym_tail(x, 0));
}

INFOGEOM_HOST_DEVICE inline double log_i1(double x) {
  if (is_nan(x)) return x;
  if (x < 0.0) return nan_d();  // I1 is odd: negative for x < 0
  if (x <= kBesselSwitch) return std::log(0.5 * x) + std::log1p(bessel_series_tail(0.25 * x * x, 1));
  if (x == inf_d()) return x;
  return x - 0.5 * std::log(2.0 * kPi * x) + std::log1p(bessel_asym_tail(x, 1));
}

// 1 - A(x) = sum_k c_k x^-k for large x: coefficients from dividing the two Hankel
// series (exact rational arithmetic, all positive).  A'(x) = sum_k k c_k x^-(k+1).
INFOGEOM_HOST_DEVICE inline void bessel_ratio_asym(double x, double* comp, double* deriv) {
  const double c[36] = {0.5,
                        0.125,
                        0.125,
                        0.1953125,
                        0.40625,
                        1.0478515625,
                        3.21875,
                        11.466461181640625,
                        46.478515625,
                        211.27614974975586,
                        1064.67822265625,
                        5892.0457146167755,
                        35528.87744140625,
                        231884.6359563172,
                        1628749.4532470703,
                        12251067.63286615,
                        98252781.81546783,
                        836956449.7799761,
                        7546911569.366995,
                        71816112232.68327,
                        719236632073.3802,
                        7562132599676.877,
                        83284339829845.66,
                        958823685326569.2,
                        1.1517422782528824e+16,
                        1.4409993748135704e+17,
                        1.8748792185404984e+18,
                        2.5330554576498356e+19,
                        3.5488290255691455e+20,
                        5.149237018485509e+21,
                        7.728652349394653e+22,
                        1.1986350446061028e+24,
                        1.9188547429165437e+25,
                        3.167717078292175e+26,
                        5.387685104072711e+27,
                        9.432675683095812e+28};
  const double w = 1.0 / x;
  double wk = w, s = 0.0, sd = 0.0;
  for (int k = 0; k < 36; ++k) {
    const double term = c[k] * wk;
    s += term;
    sd += (k + 1) * term;
    if (term <= 1e-18 * s) break;
    wk *= w;
  }
  *comp = s;
  *deriv = sd * w;
}

// Power-series pieces for x <= 25: S0 = I0, S1 = 2 I1 / x and
// Nn = I0^2 - I1^2 - I0 I1 / x = (1/2) sum_k (2k)! / (k!^2 (k+1)!^2) y^k  (positive
// terms; from the product formula DLMF 10.8.3), so A' = Nn / I0^2 exactly.
INFOGEOM_HOST_DEVICE inline double bessel_deriv_series(double x) {
  const double y = 0.25 * x * x;
  double term = 1.0, sum = 1.0;
  for (int k = 1; k < 400; ++k) {
    term *= y * (2.0 * k) * (2.0 * k - 1.0) / (static_cast<double>(k) * k * (k + 1.0) * (k + 1.0));
    sum += term;
    if (term <= 1e-17 * sum) break;
  }
  const double i0 = 1.0 + bessel_series_tail(y, 0);
  return 0.5 * sum / (i0 * i0);
}

INFOGEOM_HOST_DEVICE inline double bessel_ratio(double x) {
  if (is_nan(x)) return x;
  if (x < 0.0) return -bessel_ratio(-x);
  if (x <= kBesselSwitch) {
    const double y = 0.25 * x * x;
    return 0.5 * x * (1.0 + bessel_series_tail(y, 1)) / (1.0 + bessel_series_tail(y, 0));
  }
  if (x == inf_d()) return 1.0;
  double comp, deriv;
  bessel_ratio_asym(x, &comp, &deriv);
  return 1.0 - comp;
}

INFOGEOM_HOST_DEVICE inline double bessel_ratio_deriv(double x) {
  if (is_nan(x)) return x;
  x = std::fabs(x);
  if (x <= kBesselSwitch) return bessel_deriv_series(x);
  if (x == inf_d()) return 0.0;
  double comp, deriv;
  bessel_ratio_asym(x, &comp, &deriv);
  return deriv;
}

INFOGEOM_HOST_DEVICE inline double bessel_ratio_complement(double x) {
  if (is_nan(x)) return x;
  if (x < 0.0) return 1.0 + bessel_ratio(-x);
  if (x <= 1.0) return 1.0 - bessel_ratio(x);  // A <= 0.45: no cancellation
  if (x <= kBesselSwitch) {
    // A solves A^2 + A/x - (1 - A') = 0; rationalising 1 - A gives a sum of
    // positive terms: 1 - A = 2 (1/x + A') / (2 + 1/x + sqrt(1/x^2 + 4 (1 - A'))).
    const double ap = bessel_deriv_series(x);
    const double ix = 1.0 / x;
    return 2.0 * (ix + ap) / (2.0 + ix + std::sqrt(ix * ix + 4.0 * (1.0 - ap)));
  }
  if (x == inf_d()) return 0.0;
  double comp, deriv;
  bessel_ratio_asym(x, &comp, &deriv);
  return comp;
}

// ---------------------------------------------------------------------------
// Elementary log/exp helpers.
INFOGEOM_HOST_DEVICE inline double log1pexp(double x) {
  if (is_nan(x)) return x;
  if (x <= -37.0) return std::exp(x);
  if (x <= 18.0) return std::log1p(std::exp(x));
  if (x <= 33.3) return x + std::exp(-x);
  return x;
}

INFOGEOM_HOST_DEVICE inline double log1mexp(double x) {  // log(1 - e^x), x <= 0
  if (is_nan(x)) return x;
  if (x > 0.0) return nan_d();
  if (x > -kLn2) return std::log(-std::expm1(x));  // [Maechler 2012]
  return std::log1p(-std::exp(x));
}

INFOGEOM_HOST_DEVICE inline double expit(double x) {
  if (is_nan(x)) return x;
  if (x >= 0.0) return 1.0 / (1.0 + std::exp(-x));
  const double e = std::exp(x);
  return e / (1.0 + e);
}

INFOGEOM_HOST_DEVICE inline double logit(double p) {
  if (is_nan(p)) return p;
  if (p < 0.0 || p > 1.0) return nan_d();
  if (p > 0.25 && p < 0.75) return std::log1p((2.0 * p - 1.0) / (1.0 - p));  // 2p-1 exact
  return std::log(p) - std::log1p(-p);
}

INFOGEOM_HOST_DEVICE inline double xlogy(double x, double y) {
  if (is_nan(x) || is_nan(y)) return x + y;
  if (x == 0.0) return 0.0;
  return x * std::log(y);
}

INFOGEOM_HOST_DEVICE inline double xlog1py(double x, double y) {
  if (is_nan(x) || is_nan(y)) return x + y;
  if (x == 0.0) return 0.0;
  return x * std::log1p(y);
}

template <class Scalar>
struct check_scalar {
  static_assert(std::is_floating_point<Scalar>::value,
                "infogeom::special functions take a floating-point Scalar");
  using type = Scalar;
};

}  // namespace detail

// ---------------------------------------------------------------------------
// Public API: templated on Scalar, evaluated in double.
#define INFOGEOM_SPECIAL_UNARY(name)                                               \
  template <class Scalar>                                                          \
  INFOGEOM_HOST_DEVICE inline typename detail::check_scalar<Scalar>::type name(    \
      Scalar x) {                                                                  \
    return static_cast<Scalar>(detail::name(static_cast<double>(x)));             \
  }
#define INFOGEOM_SPECIAL_BINARY(name)                                              \
  template <class Scalar>                                                          \
  INFOGEOM_HOST_DEVICE inline typename detail::check_scalar<Scalar>::type name(    \
      Scalar a, Scalar b) {                                                        \
    return static_cast<Scalar>(                                                    \
        detail::name(static_cast<double>(a), static_cast<double>(b)));             \
  }

/// log|Gamma(x)| (thread safe).
INFOGEOM_SPECIAL_UNARY(lgamma)
/// psi(x) = d/dx log Gamma(x); NaN at non-positive integers.
INFOGEOM_SPECIAL_UNARY(digamma)
/// psi'(x); +inf at non-positive integers.
INFOGEOM_SPECIAL_UNARY(trigamma)
/// x > 0 with digamma(x) = y.
INFOGEOM_SPECIAL_UNARY(inv_digamma)
/// log(x) - psi(x), x > 0, no cancellation for large x.
INFOGEOM_SPECIAL_UNARY(log_minus_digamma)
/// psi'(x) - 1/x, x > 0, no cancellation for large x.
INFOGEOM_SPECIAL_UNARY(trigamma_minus_inv)
/// log I0(x).
INFOGEOM_SPECIAL_UNARY(log_i0)
/// log I1(x), x >= 0 (log_i1(0) = -inf).
INFOGEOM_SPECIAL_UNARY(log_i1)
/// A(x) = I1(x)/I0(x).
INFOGEOM_SPECIAL_UNARY(bessel_ratio)
/// 1 - A(x).
INFOGEOM_SPECIAL_UNARY(bessel_ratio_complement)
/// A'(x) = 1 - A/x - A^2.
INFOGEOM_SPECIAL_UNARY(bessel_ratio_deriv)
/// log(1 + e^x).
INFOGEOM_SPECIAL_UNARY(log1pexp)
/// log(1 - e^x), x <= 0.
INFOGEOM_SPECIAL_UNARY(log1mexp)
/// 1 / (1 + e^-x).
INFOGEOM_SPECIAL_UNARY(expit)
/// log(p / (1 - p)).
INFOGEOM_SPECIAL_UNARY(logit)
/// psi(a) - psi(b), accurate when a ~ b.
INFOGEOM_SPECIAL_BINARY(digamma_diff)
/// log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b).
INFOGEOM_SPECIAL_BINARY(lbeta)
/// x log(y), 0 when x == 0.
INFOGEOM_SPECIAL_BINARY(xlogy)
/// x log1p(y), 0 when x == 0.
INFOGEOM_SPECIAL_BINARY(xlog1py)
/// log C(n, k) for real n >= k >= 0.
INFOGEOM_SPECIAL_BINARY(log_binom)

#undef INFOGEOM_SPECIAL_UNARY
#undef INFOGEOM_SPECIAL_BINARY

/// psi^(n)(x), n >= 0 (n = 0 digamma, n = 1 trigamma).
template <class Scalar>
INFOGEOM_HOST_DEVICE inline typename detail::check_scalar<Scalar>::type polygamma(int n,
                                                                                 Scalar x) {
  return static_cast<Scalar>(detail::polygamma(n, static_cast<double>(x)));
}

}  // namespace special
}  // namespace infogeom

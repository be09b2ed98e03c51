// Shared numerics of the count families (Binomial, Poisson, NegativeBinomial): accurate
// log-pmfs in the saddle-point form, entropy by summation over the support, and the Edgeworth
// expansion of the entropy for large variances. Everything is evaluated in double.
//
// References (the code is original):
//  [Loader] C. Loader, "Fast and accurate computation of binomial probabilities" (2000):
//           log p(x) = −½ log(2π x (n−x)/n) + δ(n) − δ(x) − δ(n−x) − D(x, np) − D(n−x, nq),
//           δ = stirlerr, D = bd0 (deviance), free of the O(n) cancellation of
//           log C(n,x) + x log p + (n−x) log q.
//  [AS]     Abramowitz & Stegun 6.1.41 (Stirling series), 4.1.28 (log((1+u)/(1−u)) series).
//  [Petrov] V. V. Petrov, "Sums of independent random variables" (1975), ch. VI–VII: the
//           Edgeworth expansion of a density, and of a lattice pmf at the lattice points.
//  [Trefethen–Weideman] "The exponentially convergent trapezoidal rule", SIAM Rev. 56 (2014).
#pragma once
#include <cmath>
#include <limits>

#include "../special.hpp"
#include "edgeworth_coeffs.hpp"

namespace infogeom {
namespace counts {

constexpr double kHalfLog2Pi = 0.91893853320467274178032973640561764;  // ½ log(2π)
constexpr double kHalfLog2PiE = 1.41893853320467274178032973640561764;  // ½ log(2πe)
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// x is a finite integer in [0, hi].
INFOGEOM_HOST_DEVICE inline bool is_count(double x, double hi = kInf) {
  return x >= 0.0 && x <= hi && x < kInf && std::floor(x) == x;
}

// stirlerr(z) = log Γ(z+1) − (z+½) log z + z − ½ log 2π, z > 0, to a few ulps absolute.
//  z ≥ 15: Stirling series [AS 6.1.41], truncation < 1e-19.
//  integer z < 15: table (mpmath, 20 digits).
//  1 ≤ z < 15: stirlerr(z) = stirlerr(z+1) + g(z), g(y) = (y+½) log(1+1/y) − 1
//           = Σ_{m≥1} u^{2m}/(2m+1), u = 1/(2y+1) [AS 4.1.28] (no cancellation).
//  0 < z < 1: the same recurrence with g evaluated directly (it is O(1) there).
INFOGEOM_HOST_DEVICE inline double stirlerr_series(double z) {
  const double w = 1.0 / z, w2 = w * w;
  double s = -3617.0 / 122400.0;
  s = s * w2 + 1.0 / 156.0;
  s = s * w2 - 691.0 / 360360.0;
  s = s * w2 + 1.0 / 1188.0;
  s = s * w2 - 1.0 / 1680.0;
  s = s * w2 + 1.0 / 1260.0;
  s = s * w2 - 1.0 / 360.0;
  s = s * w2 + 1.0 / 12.0;
  return s * w;
}

INFOGEOM_HOST_DEVICE inline double stirlerr_step(double y) {  // g(y) = stirlerr(y) − stirlerr(y+1), y ≥ 1
  const double u = 1.0 / (2.0 * y + 1.0), u2 = u * u;
  double term = u2, s = 0.0;
  for (int m = 1; m < 200; ++m) {
    const double add = term / (2 * m + 1);
    const double s1 = s + add;
    if (s1 == s) break;
    s = s1;
    term *= u2;
  }
  return s;
}

INFOGEOM_HOST_DEVICE inline double stirlerr(double z) {
  static constexpr double table[16] = {
      0.0,  // unused: stirlerr(0) = +inf
      0.08106146679532725822,  0.041340695955409294094, 0.027677925684998339149,
      0.020790672103765093112, 0.016644691189821192163, 0.013876128823070747999,
      0.011896709945891770095, 0.010411265261972096497, 0.0092554621827127329177,
      0.0083305634333628712565, 0.007573675487951840795, 0.0069428401072095298657,
      0.0064089941880042070684, 0.0059513701127588477356, 0.005554733551962801371};
  if (!(z > 0.0)) return z == 0.0 ? kInf : kNaN;
  if (z >= 15.0) return stirlerr_series(z);
  if (std::floor(z) == z) return table[int(z)];
  double s = 0.0;
  if (z < 1.0) {
    s = (z + 0.5) * std::log1p(1.0 / z) - 1.0;
    z += 1.0;
  }
  while (z < 15.0) {
    s += stirlerr_step(z);
    z += 1.0;
  }
  return s + stirlerr_series(z);
}

// bd0(x, m) = x log(x/m) + m − x ≥ 0, the deviance term [Loader §2], without cancellation
// for x ≈ m: with v = (x−m)/(x+m), bd0 = (x−m) v + 2x Σ_{j≥1} v^{2j+1}/(2j+1).
INFOGEOM_HOST_DEVICE inline double bd0(double x, double m) {
  if (x == 0.0) return m;
  const double d = x - m;
  if (std::fabs(d) < 0.1 * (x + m)) {
    const double v = d / (x + m), v2 = v * v;
    double s = d * v, ej = 2.0 * x * v;
    for (int j = 1; j < 1000; ++j) {
      ej *= v2;
      const double s1 = s + ej / (2 * j + 1);
      if (s1 == s) return s1;
      s = s1;
    }
    return s;
  }
  return x * std::log(x / m) + m - x;
}

// log[Γ(a+b+1)/(Γ(a+1)Γ(b+1)) p^a q^b] for real a, b > 0 [Loader, dbinom_raw].
INFOGEOM_HOST_DEVICE inline double log_binom_raw(double a, double b, double p, double q) {
  const double n = a + b;
  return stirlerr(n) - stirlerr(a) - stirlerr(b) - bd0(a, n * p) - bd0(b, n * q) -
         (kHalfLog2Pi + 0.5 * (std::log(a) + std::log(b / n)));
}

// Poisson log pmf [Loader]: −λ at 0, else −½ log(2πx) − stirlerr(x) − bd0(x, λ).
INFOGEOM_HOST_DEVICE inline double poisson_logpmf(double x, double lam) {
  if (x == 0.0) return -lam;
  return -(kHalfLog2Pi + 0.5 * std::log(x)) - stirlerr(x) - bd0(x, lam);
}

// Binomial(n, p) log pmf; logp = log p, logq = log q given accurately by the caller.
INFOGEOM_HOST_DEVICE inline double binomial_logpmf(double x, double n, double p, double q, double logp, double logq) {
  if (x == 0.0) return n * logq;
  if (x == n) return n * logp;
  return log_binom_raw(x, n - x, p, q);
}

// NegativeBinomial(r, p) log pmf: r log p at 0, else log(r/(x+r)) + log_binom_raw(r, x).
INFOGEOM_HOST_DEVICE inline double negbin_logpmf(double x, double r, double p, double q, double logp) {
  if (x == 0.0) return r * logp;
  return -std::log1p(x / r) + log_binom_raw(r, x, p, q);
}

// Neumaier's compensated sum.
struct CompSum {
  double s = 0.0, c = 0.0;
  INFOGEOM_HOST_DEVICE void add(double v) {
    const double t = s + v;
    c += std::fabs(s) >= std::fabs(v) ? (s - t) + v : (v - t) + s;
    s = t;
  }
  INFOGEOM_HOST_DEVICE double value() const { return s + c; }
};

// H = −Σ_x p(x) log p(x) over {0, ..., hi} (hi may be +inf), walking out from the mode until the
// terms are below 1e-18 of the sum. Requires a unimodal pmf whose successive ratio
// p(x+1)/p(x) is non-increasing beyond the mode, except that `tail_ratio` (< 1, or 0 if unused)
// bounds the ratio from above where it increases (NegativeBinomial with r < 1).
// Returns NaN if more than `cap` terms would be needed.
template <class LogPmf>
INFOGEOM_HOST_DEVICE double entropy_by_sum(const LogPmf& logpmf, double mode, double hi, double tail_ratio,
                      long cap = 2000000) {
  constexpr double tol = 1e-18;
  CompSum H;
  long steps = 0;
  // upward: x = mode, mode+1, ...
  double lprev = 0.0;
  for (double x = mode; x <= hi; x += 1.0) {
    const double l = logpmf(x);
    const double P = std::exp(l);
    if (P > 0.0) H.add(-P * l);
    if (x > mode) {
      double rho = std::exp(l - lprev);
      if (tail_ratio > rho) rho = tail_ratio;
      if (rho < 1.0) {
        const double k = 1.0 / (1.0 - rho);
        if (P * k * k * (1.0 + std::fabs(l)) <= tol * H.value()) break;
      }
    }
    lprev = l;
    if (++steps > cap) return kNaN;
  }
  // downward: x = mode−1, ..., 0 (the ratio p(x−1)/p(x) decreases as x decreases)
  double lnext = 0.0;
  bool first = true;
  for (double x = mode - 1.0; x >= 0.0; x -= 1.0) {
    const double l = logpmf(x);
    const double P = std::exp(l);
    if (P > 0.0) H.add(-P * l);
    if (!first) {
      const double rho = std::exp(l - lnext);
      if (rho < 1.0) {
        const double k = 1.0 / (1.0 - rho);
        if (P * k * k * (1.0 + std::fabs(l)) <= tol * H.value()) break;
      }
    }
    first = false;
    lnext = l;
    if (++steps > cap) return kNaN;
  }
  return H.value();
}

// Σ_k c[k] x^k (Horner), k = 0..n−1.
INFOGEOM_HOST_DEVICE inline double horner(const double* c, int n, double x) {
  double s = c[n - 1];
  for (int k = n - 2; k >= 0; --k) s = s * x + c[k];
  return s;
}

// Edgeworth entropy H = ½ log(2πe v) − Σ_{k=1}^{K} c_k t^(2k) for a lattice law of variance v
// (log v given) with the family's coefficients c_k (edgeworth_coeffs.hpp, derived by
// tools/gen_edgeworth_entropy.py [Petrov]); the lattice correction is O(exp(−2π² v)).
// Used for v ≥ 200 and t² ≤ 1/200, where the first omitted term is below 1e-16 · H.
constexpr double kEdgeworthMin = 200.0;

INFOGEOM_HOST_DEVICE inline double edgeworth_entropy(double log_v, double t2, const double* c) {
  double J = 0.0;
  for (int k = kEdgeworthOrder - 1; k >= 0; --k) J = (J + c[k]) * t2;
  return kHalfLog2PiE + 0.5 * log_v - J;
}

}  // namespace counts
}  // namespace infogeom

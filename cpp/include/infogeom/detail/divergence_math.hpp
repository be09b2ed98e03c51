// Scalar building blocks of the stable divergence formulas (divergence.hpp and the closed-form
// divergence members of the family headers). Each is a second-order quantity (it vanishes
// quadratically at 0) evaluated WITHOUT subtracting first-order terms near 0: a power series
// below a threshold, the direct form above it (where the direct form loses at most 3–4 bits).
#pragma once
#include <cmath>
#include <limits>

#include "../config.hpp"

namespace infogeom::dmath {

// x − log(1 + x), x > −1 (≥ 0). |x| < 1/4: −Σ_{k≥2} (−x)^k/k (Taylor series of log1p, e.g.
// Abramowitz & Stegun 4.1.24); otherwise direct (x − log1p x ≥ 0.1 |x| there). When 1 + x is
// available as an accurately computed ratio r (x = r − 1 then loses the digits of r near 0),
// pass it: the log is then taken of r.
template <class T>
T log1pmx(T x, T r = T(-1)) {
  if (!(std::abs(x) < T(0.25))) return x - ((r >= T(0) && x < T(-0.5)) ? std::log(r) : std::log1p(x));
  const T eps = std::numeric_limits<T>::epsilon();
  T xk = x * x, sum = 0;  // Σ_{k≥2} (−1)^k x^k / k
  for (int k = 2; k < 80; ++k) {
    const T term = xk / T(k);
    sum += (k % 2 == 0) ? term : -term;
    if (std::abs(term) <= eps * T(0.25) * std::abs(sum)) break;
    xk *= x;
  }
  return sum;
}

// e^x − 1 − x (≥ 0). |x| < 1/2: Σ_{k≥2} x^k/k!; otherwise expm1(x) − x (no cancellation beyond
// a factor 5 there).
template <class T>
T expm1mx(T x) {
  if (!(std::abs(x) < T(0.5))) return std::expm1(x) - x;
  const T eps = std::numeric_limits<T>::epsilon();
  T term = x * x * T(0.5), sum = term;
  for (int k = 3; k < 40; ++k) {
    term *= x / T(k);
    sum += term;
    if (std::abs(term) <= eps * T(0.25) * std::abs(sum)) break;
  }
  return sum;
}

// (1 + x) log(1 + x) − x, x > −1 (≥ 0): the Bregman divergence of t log t − t.
// |x| < 1/4: Σ_{k≥2} (−1)^k x^k / (k(k−1)); otherwise direct.
template <class T>
T xlog1pxmx(T x) {
  if (!(std::abs(x) < T(0.25))) return (T(1) + x) * std::log1p(x) - x;
  const T eps = std::numeric_limits<T>::epsilon();
  T xk = x * x, sum = 0;
  for (int k = 2; k < 80; ++k) {
    const T term = xk / (T(k) * T(k - 1));
    sum += (k % 2 == 0) ? term : -term;
    if (std::abs(term) <= eps * T(0.25) * std::abs(sum)) break;
    xk *= x;
  }
  return sum;
}

// φ_s(x) = log(1 + s x) − s log(1 + x), for 1 + x > 0 and 1 + s x > 0: the skew Jensen gap of
// −log at the weights (1 − s, s) between 1 and 1 + x (≥ 0 for s in [0, 1], ≤ 0 for s < 0).
// Power series φ_s(x) = Σ_{k≥2} (−1)^k s (1 − s^{k−1}) x^k / k when |x| and |s x| are < 1/4;
// the direct form elsewhere. Callers keep s ≤ 1/2 (swapping the two points, which maps s to
// 1 − s), so that the direct form never loses more than ~4 bits.
// As for log1pmx, r = 1 + x may be passed when it is known more accurately than x near x = −1;
// then log(1 + x) = log r and 1 + s x = (1 − s) + s r are used where the argument is < ½ (x
// itself, accurate relative to itself, is used elsewhere: log1p(s x) keeps tiny s x exact).
template <class T>
T log1p_skew(T s, T x, T r = T(-1)) {
  if (!(std::abs(x) < T(0.25)) || !(std::abs(s * x) < T(0.25))) {
    const bool use_r = r >= T(0);
    const T a = (use_r && s * x < T(-0.5)) ? std::log((T(1) - s) + s * r) : std::log1p(s * x);
    const T b = (use_r && x < T(-0.5)) ? std::log(r) : std::log1p(x);
    return a - s * b;
  }
  const T eps = std::numeric_limits<T>::epsilon();
  T xk = x * x, sk = s, sum = 0;  // sk = s^{k−1}
  for (int k = 2; k < 120; ++k) {
    const T term = s * (T(1) - sk) * xk / T(k);
    sum += (k % 2 == 0) ? term : -term;
    // stop on a bound of the term (it vanishes for odd k when s = −1)
    if ((std::abs(s) + std::abs(s * sk)) * std::abs(xk) <= eps * T(0.25) * std::abs(sum)) break;
    xk *= x;
    sk *= s;
  }
  return sum;
}

// e^{−|u|} χ(u) with χ(u) = u sinh u − cosh u · log cosh u (≥ 0, even, χ ~ u²/2 at 0), the
// kernel of the Jensen–Shannon divergence written through u = ½ log(q/p):
//   ½ [p log(2p/(p+q)) + q log(2q/(p+q))] = √(pq) χ(u) = max(p, q) · e^{−|u|} χ(u).
// |u| ≤ 1: direct (u sinh u and cosh u log cosh u differ by a factor ≈ 2 near 0; log cosh u
// = log1p(2 sinh²(u/2))). |u| > 1, a = |u|, e = e^{−2a}:
//   e^{−a} χ = ½ (1 + e) (log 2 − log1p(e)) − a e     (no cancellation, the first term ≥ 0.32).
template <class T>
T js_chi_scaled(T u) {
  const T a = std::abs(u);
  if (a <= T(1)) {
    const T sh = std::sinh(T(0.5) * a);
    const T lch = std::log1p(T(2) * sh * sh);
    return std::exp(-a) * (a * std::sinh(a) - std::cosh(a) * lch);
  }
  const T e = std::exp(T(-2) * a);
  constexpr T ln2 = T(0.693147180559945309417232121458176568L);
  return T(0.5) * (T(1) + e) * (ln2 - std::log1p(e)) - a * e;
}

// a·b − c·d with one rounding per product removed (Kahan's fma trick; Muller et al., "Handbook
// of Floating-Point Arithmetic", 2nd ed., §5.2): accurate even when the two products cancel.
template <class T>
T diff_of_products(T a, T b, T c, T d) {
  const T cd = c * d;
  const T err = std::fma(-c, d, cd);
  const T dop = std::fma(a, b, -cd);
  return dop + err;
}

}  // namespace infogeom::dmath

// Scalar building blocks of the stable divergence formulas (divergence.hpp and the closed-form
// divergence members of the family headers). Each is a second-order quantity (it vanishes
// quadratically at 0) evaluated WITHOUT subtracting first-order terms near 0: a power series
// below a threshold, the direct form above it (where the direct form loses at most 3–4 bits).
#pragma once
#include <cmath>
#include <limits>

#include "../config.hpp"

namespace infogeom::dmath {

// Σ_{j≥1} v^{2j+1}/(2j+1) = atanh(v) − v for |v| ≤ 1/7 (v² ≤ 1/49: the terms to v²³ reach
// 1e-18 relative; fixed Horner, no loop).
template <class T>
INFOGEOM_HOST_DEVICE T atanh_minus_v(T v) {
  const T v2 = v * v;
  T p = T(1) / T(23);
  for (int j = 21; j >= 3; j -= 2) p = p * v2 + T(1) / T(j);
  return v * v2 * p;
}

// x − log(1 + x), x > −1 (≥ 0). |x| < 1/4: with v = x/(2 + x) (|v| ≤ 1/7) and
// log(1 + x) = 2 atanh v (Abramowitz & Stegun 4.1.28), x − log(1 + x) = x²/(2 + x) − 2(atanh v − v),
// two terms whose ratio is ≈ x/6 (no cancellation); otherwise direct (x − log1p x ≥ 0.1 |x|
// there). When 1 + x is available as an accurately computed ratio r (x = r − 1 then loses the
// digits of r near 0), pass it: the log is then taken of r for x < −½.
template <class T>
INFOGEOM_HOST_DEVICE T log1pmx(T x, T r = T(-1)) {
  if (!(std::abs(x) < T(0.25))) return x - ((r >= T(0) && x < T(-0.5)) ? std::log(r) : std::log1p(x));
  const T v = x / (T(2) + x);
  return x * x / (T(2) + x) - T(2) * atanh_minus_v(v);
}

// e^x − 1 − x (≥ 0). |x| < 1/2: Σ_{k=2}^{18} x^k/k! by Horner (truncation < 1e-19 relative);
// otherwise expm1(x) − x (no cancellation beyond a factor 5 there).
template <class T>
INFOGEOM_HOST_DEVICE T expm1mx(T x) {
  if (!(std::abs(x) < T(0.5))) return std::expm1(x) - x;
  T p = T(1);
  for (int k = 18; k >= 3; --k) p = T(1) + p * x / T(k);  // 1 + x/3 + x²/12 + … = Σ x^{k−2} 2/k!
  return x * x * T(0.5) * p;
}

// (1 + x) log(1 + x) − x, x > −1 (≥ 0): the Bregman divergence of t log t − t. |x| < 1/4: with
// v = x/(2 + x), 1 + x = (1 + v)/(1 − v) and log(1 + x) = 2 atanh v,
//   (1 + x) log(1 + x) − x = 2 [v² + (1 + v)(atanh v − v)] / (1 − v),
// v² dominating (|v| ≤ 1/7); otherwise direct.
template <class T>
INFOGEOM_HOST_DEVICE T xlog1pxmx(T x) {
  if (!(std::abs(x) < T(0.25))) return (T(1) + x) * std::log1p(x) - x;
  const T v = x / (T(2) + x);
  return T(2) * (v * v + (T(1) + v) * atanh_minus_v(v)) / (T(1) - v);
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
INFOGEOM_HOST_DEVICE T log1p_skew(T s, T x, T r = T(-1)) {
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
INFOGEOM_HOST_DEVICE T js_chi_scaled(T u) {
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
INFOGEOM_HOST_DEVICE T diff_of_products(T a, T b, T c, T d) {
  const T cd = c * d;
  const T err = std::fma(-c, d, cd);
  const T dop = std::fma(a, b, -cd);
  return dop + err;
}

// a·b − c·d: the plain difference when it keeps at least ½ of the larger product (error ≤ ~5ε
// relative), Kahan's fma form otherwise (std::fma is a library call without hardware FMA).
template <class T>
INFOGEOM_HOST_DEVICE T diff_of_products_fast(T a, T b, T c, T d) {
  const T ab = a * b, cd = c * d, r = ab - cd;
  if (std::abs(r) >= T(0.5) * std::fmax(std::abs(ab), std::abs(cd))) return r;
  return diff_of_products(a, b, c, d);
}

}  // namespace infogeom::dmath

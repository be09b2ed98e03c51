// Geometric(p): failures before the first success, on {0, 1, ...}.
//   T(x) = x, θ = log(1−p) < 0, h = 1, F(θ) = −log(1 − e^θ), η = (1−p)/p = e^θ/(1 − e^θ),
//   F*(η) = η log η − (1+η) log(1+η), Fisher ∇²F = e^θ/(1−e^θ)² = η(1+η).
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009;
//  it is NegativeBinomial with r = 1.)
// Stability: p = −expm1(θ), log p = log1mexp(θ) [Maechler 2012]; the conjugate and the entropy
// are written as sums of same-signed terms: −F*(η) = H = η log1p(1/η) + log1p(η) = −θη − log p.
// Internals are evaluated in double for S = float.
#pragma once
#include <cmath>
#include <tuple>
#include <utility>
#include <vector>

#include "../family.hpp"
#include "../detail/geodesic_closed.hpp"
#include "../detail/jensen_shannon.hpp"
#include "../detail/divergence_math.hpp"
#include "../special.hpp"
#include "../detail/counts.hpp"

namespace infogeom {

namespace geometric_detail {
// θ = log(η/(1+η)) for η > 0, without cancellation at either end.
INFOGEOM_HOST_DEVICE inline double natural_of_mean(double eta) {
  return eta < 1.0 ? std::log(eta) - std::log1p(eta) : -std::log1p(1.0 / eta);
}
// −F*(η) = η log(1 + 1/η) + log(1 + η) > 0.
INFOGEOM_HOST_DEVICE inline double neg_conjugate(double eta) {
  const double a = eta < 1.0 ? eta * (std::log1p(eta) - std::log(eta)) : eta * std::log1p(1.0 / eta);
  return a + std::log1p(eta);
}

// KL and J_α of F(θ) = −log(1 − e^θ), θ < 0 (per unit r). With η = e^θp/(1 − e^θp) and
// δ = θq − θp:  F(θp + a) − F(θp) = −log(1 + y(a)),  y(a) = −η expm1(a), so
//   KL(p‖q) = −log(1 + y) − ηδ = L(y) + η E(δ),                                y = y(δ),
//   J_α     = log(1 + y₂) − s log(1 + y₁),                   y₁ = y(δ), y₂ = y(sδ)  (s = 1 − α),
// with E(x) = e^x − 1 − x, L(y) = y − log(1 + y) ≥ 0: KL is a sum of two terms ≥ 0. For |δ| < 1
// and |y₁| < ½ (|y₂| ≤ |y₁| there) J_α cancels and is regrouped as η [s E(δ) − E(sδ)] + s L(y₁) − L(y₂), two groups of one sign
// (s ≤ ½ after swapping p and q). 1 + y is taken as the ratio expm1(θ)/expm1(θp) (accurate
// where y → −1, i.e. θ → 0). |sδ| or |δ| > 600: direct forms (no cancellation there).
INFOGEOM_HOST_DEVICE inline double kl(double tp, double tq) {
  const double d = tq - tp;
  if (std::fabs(d) > 600.0)
    return -special::log1mexp(tq) + special::log1mexp(tp) - d * (std::exp(tp) / -std::expm1(tp));
  const double eta = std::exp(tp) / -std::expm1(tp);
  const double y = -eta * std::expm1(d), r = std::expm1(tq) / std::expm1(tp);  // r = 1 + y
  return dmath::log1pmx(y, r) + eta * dmath::expm1mx(d);
}
INFOGEOM_HOST_DEVICE inline double skew_jensen(double tp, double tq, double alpha) {
  if (alpha < 0.5) {
    hd_swap(tp, tq);
    alpha = 1.0 - alpha;
  }
  const double s = 1.0 - alpha, d = tq - tp;
  if (std::fabs(d) > 600.0 || std::fabs(s * d) > 600.0)
    return -alpha * special::log1mexp(tp) - s * special::log1mexp(tq) +
           special::log1mexp(alpha * tp + s * tq);
  const double eta = std::exp(tp) / -std::expm1(tp);
  const double y1 = -eta * std::expm1(d), y2 = -eta * std::expm1(s * d);
  // 1 + y₁ = expm1(θq)/expm1(θp), 1 + y₂ = expm1(θ_α)/expm1(θp): accurate near y = −1
  const double em = std::expm1(tp);
  const double r1 = std::expm1(tq) / em, r2 = std::expm1(alpha * tp + s * tq) / em;
  if (std::fabs(d) >= 1.0 || !(std::fabs(y1) < 0.5)) {
    // log(1 + y) from y where |y| < ½ (tiny sδ keeps its digits), from the ratio elsewhere
    const double l2 = std::fabs(y2) < 0.5 ? std::log1p(y2) : std::log(r2);
    const double l1 = std::fabs(y1) < 0.5 ? std::log1p(y1) : std::log(r1);
    return l2 - s * l1;
  }
  return eta * (s * dmath::expm1mx(d) - dmath::expm1mx(s * d)) + s * dmath::log1pmx(y1, r1) -
         dmath::log1pmx(y2, r2);
}
}  // namespace geometric_detail

// ---- Fisher–Rao geometry, closed form (the hooks of geodesic.hpp come from
// geo_closed::OneParamGeodesic; Atkinson & Mitchell 1981, §3, integrating √I): information
// 1/(p²(1−p)) in the success probability p, so d = 2 |atanh √(1−p₁) − atanh √(1−p₂)|
// (detail/geodesic_closed.hpp, atanhchart); p → 1 lies at a finite distance.
template <class S>
struct Geometric : geo_closed::OneParamGeodesic<Geometric<S>, S, geo_closed::atanhchart> {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Geometric";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"p", {}}}; }
  index_t free_source_dim() const { return 1; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    return (t[0] < S(0) && is_finite_num(t[0])) ? nullptr
                                                : "theta[0] = log(1 - p) must be finite and < 0";
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    return positive_finite(e[0]) ? nullptr : "eta[0] = (1 - p)/p must be finite and > 0";
  }
  const char* check_source(const S* s) const {
    return (s[0] > S(0) && s[0] < S(1)) ? nullptr : "p must be in (0, 1)";
  }
  const char* check_sample(const S* x) const {
    return counts::is_count(double(x[0])) ? nullptr : "x must be an integer >= 0";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return S(-special::log1mexp(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    const double th = t[0];
    e[0] = S(std::exp(th) / -std::expm1(th));
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const { t[0] = S(geometric_detail::natural_of_mean(e[0])); }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const { return S(-geometric_detail::neg_conjugate(e[0])); }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const double th = t[0], pm = -std::expm1(th);
    G[0] = S(std::exp(th) / (pm * pm));
  }
  // H = −θη − log p (h = 1), two positive terms.
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const {
    const double th = t[0];
    return S(-th * (std::exp(th) / -std::expm1(th)) - special::log1mexp(th));
  }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0]; }
  S log_base_measure(const S*) const { return S(0); }
  // log p(x) = xθ + log p, both ≤ 0.
  S log_prob(const S* x, const S* t) const {
    const double th = t[0];
    return S(double(x[0]) * th + special::log1mexp(th));
  }
  void from_source(const S* s, S* t) const { t[0] = S(std::log1p(-double(s[0]))); }
  void to_source(const S* t, S* s) const { s[0] = S(-std::expm1(double(t[0]))); }
  // θ = log(1−p): ∂θ/∂p = −1/(1−p) = −e^−θ.
  void source_jacobian(const S* t, S* J) const { J[0] = S(-std::exp(-double(t[0]))); }

  // ---- divergences (found by detection in divergence.hpp); see geometric_detail
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const { return S(geometric_detail::kl(tp[0], tq[0])); }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    return S(geometric_detail::skew_jensen(tp[0], tq[0], alpha));
  }

  // Jensen–Shannon: the series of detail/jensen_shannon.hpp (jsdiv::negbin_js).
  S jensen_shannon(const S* tp, const S* tq) const {
    return S(jsdiv::negbin_js(1.0, double(tp[0]), double(tq[0]), double(kl(tp, tq))));
  }

};

}  // namespace infogeom

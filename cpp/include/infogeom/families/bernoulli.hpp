// Bernoulli(p) on {0, 1}.
//   T(x) = x, θ = logit p, h = 1, F(θ) = log(1 + e^θ), η = p = expit θ,
//   F*(η) = η log η + (1−η) log(1−η), Fisher ∇²F = p(1−p).
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
// Stability: log1pexp/expit/logit, 1−p taken as expit(−θ) (never 1 − expit θ), and the entropy
// written as a sum of two positive terms H = |θ| expit(−|θ|) + log(1 + e^−|θ|) (H is even in θ).
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

namespace infogeom {

namespace bernoulli_detail {
// KL and J_α of F(θ) = log(1 + e^θ) (Bernoulli per trial). With the symmetry x ↔ 1 − x
// (θ ↦ −θ) p is taken with σp = expit θp ≤ ½, and with δ = θq − θp,
//   F(θp + a) − F(θp) = log(1 + σp expm1(a)) =: log(1 + y(a)),
//   KL(p‖q) = log(1 + y) − σp δ,                       y = y(δ),
//   J_α     = s log(1 + y₁) − log(1 + y₂),             y₁ = y(δ), y₂ = y(sδ)   (s = 1 − α).
// For |δ| < 1 these cancel (the result is O(δ²)); there they are regrouped, with
// E(x) = e^x − 1 − x and L(y) = y − log(1 + y) (both ≥ 0, second order, detail/divergence_math):
//   KL = σp E(δ) − L(y),   J_α = σp [s E(δ) − E(sδ)] − s L(y₁) + L(y₂),
// where the groups differ by the factor σp ≤ ½ (s ≤ ½ after swapping p and q): nothing cancels.
// |δ| > 600 (expm1 near overflow): the direct forms, which do not cancel there.
INFOGEOM_HOST_DEVICE inline double kl(double tp, double tq) {
  if (tp > 0.0) {
    tp = -tp;
    tq = -tq;
  }
  const double d = tq - tp, sp = special::expit(tp);
  if (std::fabs(d) > 600.0) return special::log1pexp(tq) - special::log1pexp(tp) - d * sp;
  const double y = sp * std::expm1(d);
  if (std::fabs(d) >= 1.0) return std::log1p(y) - sp * d;
  return sp * dmath::expm1mx(d) - dmath::log1pmx(y);
}
INFOGEOM_HOST_DEVICE inline double skew_jensen(double tp, double tq, double alpha) {
  if (alpha < 0.5) {
    hd_swap(tp, tq);
    alpha = 1.0 - alpha;
  }
  if (tp > 0.0) {
    tp = -tp;
    tq = -tq;
  }
  const double s = 1.0 - alpha, d = tq - tp, sp = special::expit(tp);
  if (std::fabs(d) > 600.0 || std::fabs(s * d) > 600.0)
    return alpha * special::log1pexp(tp) + s * special::log1pexp(tq) -
           special::log1pexp(alpha * tp + s * tq);
  const double y1 = sp * std::expm1(d), y2 = sp * std::expm1(s * d);
  if (std::fabs(d) >= 1.0) return s * std::log1p(y1) - std::log1p(y2);
  return sp * (s * dmath::expm1mx(d) - dmath::expm1mx(s * d)) - s * dmath::log1pmx(y1) +
         dmath::log1pmx(y2);
}
}  // namespace bernoulli_detail

// ---- Fisher–Rao geometry, closed form (the hooks of geodesic.hpp come from
// geo_closed::OneParamGeodesic; Rao, "Information and the accuracy attainable in the estimation of statistical
// parameters", Bull. Calcutta Math. Soc. 37, 1945; Atkinson & Mitchell 1981, §3):
// d = 2 |asin √p − asin √q|, the arc of a circle through √p (detail/geodesic_closed.hpp,
// anglechart); the boundary p → 0, 1 lies at a finite distance (exp_map may leave Θ).
template <class S>
struct Bernoulli : geo_closed::OneParamGeodesic<Bernoulli<S>, S, geo_closed::anglechart> {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Bernoulli";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"p", {}}}; }
  index_t free_source_dim() const { return 1; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    return is_finite_num(t[0]) ? nullptr : "theta[0] = logit(p) must be finite";
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    return (e[0] > S(0) && e[0] < S(1)) ? nullptr : "eta[0] = p must be in (0, 1)";
  }
  const char* check_source(const S* s) const {
    return (s[0] > S(0) && s[0] < S(1)) ? nullptr : "p must be in (0, 1)";
  }
  const char* check_sample(const S* x) const {
    return (x[0] == S(0) || x[0] == S(1)) ? nullptr : "x must be 0 or 1";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return S(special::log1pexp(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const { e[0] = S(special::expit(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const { t[0] = S(special::logit(double(e[0]))); }
  // F*(η) = η log η + (1−η) log1p(−η); 1−η is exact for η ≥ ½ (Sterbenz).
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    const double p = e[0];
    return S(special::xlogy(p, p) + special::xlog1py(1.0 - p, -p));
  }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const double th = t[0];
    G[0] = S(special::expit(th) * special::expit(-th));
  }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const {
    const double a = std::fabs(double(t[0]));
    return S(a * special::expit(-a) + special::log1pexp(-a));
  }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0]; }
  S log_base_measure(const S*) const { return S(0); }
  // log p(1) = −log(1 + e^−θ), log p(0) = −log(1 + e^θ): no cancellation.
  S log_prob(const S* x, const S* t) const {
    const double th = t[0];
    return S(-special::log1pexp(x[0] == S(1) ? -th : th));
  }
  void from_source(const S* s, S* t) const { t[0] = S(special::logit(double(s[0]))); }
  void to_source(const S* t, S* s) const { s[0] = S(special::expit(double(t[0]))); }
  // ∂θ/∂p = 1/(p(1−p)).
  void source_jacobian(const S* t, S* J) const {
    const double th = t[0];
    J[0] = S(1.0 / (special::expit(th) * special::expit(-th)));
  }

  // ---- divergences (found by detection in divergence.hpp); see bernoulli_detail
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const { return S(bernoulli_detail::kl(tp[0], tq[0])); }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    return S(bernoulli_detail::skew_jensen(tp[0], tq[0], alpha));
  }

  // Jensen–Shannon: the two terms of detail/jensen_shannon.hpp, r(x) = δ (x − p) − KL(p‖q).
  S jensen_shannon(const S* tp, const S* tq) const {
    const double a = tp[0], d = double(tq[0]) - a, k = bernoulli_detail::kl(a, double(tq[0]));
    const double sp = special::expit(a);
    const double b = tq[0];
    return S(jsdiv::term(-special::log1pexp(-a), -special::log1pexp(-b), d * special::expit(-a) - k) +
             jsdiv::term(-special::log1pexp(a), -special::log1pexp(b), -d * sp - k));
  }

};

}  // namespace infogeom

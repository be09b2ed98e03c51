// Poisson(rate λ) on {0, 1, ...}.
//   T(x) = x, θ = log λ, h(x) = 1/x!, F(θ) = e^θ, η = λ, F*(η) = η log η − η, Fisher ∇²F = λ.
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
// log p(x) in Loader's saddle-point form (detail/counts.hpp): no cancellation between
// x log λ, λ and log x! for x ≈ λ large.
// Entropy H = −Σ p(x) log p(x) (no closed form):
//   λ < 200: the sum over the support, walked out from the mode with a compensated sum;
//   λ ≥ 200: the Edgeworth expansion ½ log(2πeλ) − 1/(12λ) − 1/(24λ²) − 19/(360λ³)
//            − 9/(80λ⁴) − 863/(2520λ⁵) − 1.364/λ⁶ (tools/gen_edgeworth_entropy.py; the first
//            terms agree with Evans & Boersma, "The entropy of a Poisson distribution",
//            SIAM Review 30 (1988)); truncation error < 5e-16 absolute at λ = 200.
// Measured against mpmath (tests/test_poisson.py): ≤ 7e-16 relative for λ in [1e-8, 1e12].
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

namespace poisson_detail {
INFOGEOM_HOST_DEVICE inline double entropy(double lam) {
  if (!(lam < counts::kInf)) return lam;
  if (lam >= counts::kEdgeworthMin) return counts::edgeworth_entropy(std::log(lam), 1.0 / lam, counts::kPoissonJ);
  return counts::entropy_by_sum([lam](double x) { return counts::poisson_logpmf(x, lam); },
                                std::floor(lam), counts::kInf, 0.0);
}
}  // namespace poisson_detail

// ---- Fisher–Rao geometry, closed form (the hooks of geodesic.hpp come from
// geo_closed::OneParamGeodesic; Atkinson & Mitchell 1981, §3): information 1/λ in λ, so
// d = 2 |√λp − √λq|, geodesics linear in √λ (detail/geodesic_closed.hpp, sqrtchart); λ → 0 lies
// at a finite distance (exp_map may leave Θ).
template <class S>
struct Poisson : geo_closed::OneParamGeodesic<Poisson<S>, S, geo_closed::sqrtchart> {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Poisson";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"rate", {}}}; }
  index_t free_source_dim() const { return 1; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    return is_finite_num(t[0]) ? nullptr : "theta[0] = log(rate) must be finite";
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    return positive_finite(e[0]) ? nullptr : "eta[0] = rate must be finite and > 0";
  }
  const char* check_source(const S* s) const {
    return positive_finite(s[0]) ? nullptr : "rate must be finite and > 0";
  }
  const char* check_sample(const S* x) const {
    return counts::is_count(double(x[0])) ? nullptr : "x must be an integer >= 0";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return S(std::exp(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const { e[0] = S(std::exp(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const { t[0] = S(std::log(double(e[0]))); }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    const double lam = e[0];
    return S(lam * (std::log(lam) - 1.0));
  }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const { G[0] = S(std::exp(double(t[0]))); }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return S(poisson_detail::entropy(std::exp(double(t[0])))); }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0]; }
  S log_base_measure(const S* x) const { return S(-special::lgamma(double(x[0]) + 1.0)); }
  S log_prob(const S* x, const S* t) const {
    return S(counts::poisson_logpmf(double(x[0]), std::exp(double(t[0]))));
  }
  void from_source(const S* s, S* t) const { t[0] = S(std::log(double(s[0]))); }
  void to_source(const S* t, S* s) const { s[0] = S(std::exp(double(t[0]))); }
  // θ = log λ: ∂θ/∂λ = 1/λ.
  void source_jacobian(const S* t, S* J) const { J[0] = S(std::exp(-double(t[0]))); }

  // ---- divergences (found by detection in divergence.hpp)
  // F = e^θ, δ = θq − θp, E(x) = e^x − 1 − x (dmath::expm1mx, ≥ 0):
  //   KL(p‖q) = λp E(δ),   J_α = λp [s expm1(δ) − expm1(sδ)]  (s = 1 − α ≤ ½ after swapping),
  // the latter for |δ| < 1 as λp [s E(δ) − E(sδ)] (the O(δ) parts cancel exactly).
  // |δ| > 600 (e^δ near overflow; nothing cancels there): the direct forms.
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    const double a = tp[0], d = double(tq[0]) - a;
    if (std::fabs(d) > 600.0) return S(std::exp(double(tq[0])) - std::exp(a) - d * std::exp(a));
    return S(std::exp(a) * dmath::expm1mx(d));
  }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha_) const {
    double alpha = alpha_;
    if (alpha < 0.5) {
      hd_swap(tp, tq);
      alpha = 1.0 - alpha;
    }
    const double s = 1.0 - alpha, a = tp[0], d = double(tq[0]) - a;
    if (std::fabs(d) > 600.0 || std::fabs(s * d) > 600.0)
      return S(alpha * std::exp(a) + s * std::exp(double(tq[0])) - std::exp(alpha * a + s * double(tq[0])));
    if (std::fabs(d) >= 1.0) return S(std::exp(a) * (s * std::expm1(d) - std::expm1(s * d)));
    return S(std::exp(a) * (s * dmath::expm1mx(d) - dmath::expm1mx(s * d)));
  }

  // Jensen–Shannon: the series of detail/jensen_shannon.hpp with pmf ratios
  // λ/(x + 1) (decreasing) and x/λ (increasing).
  S jensen_shannon(const S* tp, const S* tq) const {
    const double lp = std::exp(double(tp[0])), lq = std::exp(double(tq[0]));
    auto m = jsdiv::make_counts([lp](double x) { return counts::poisson_logpmf(x, lp); },
                                [lq](double x) { return counts::poisson_logpmf(x, lq); },
                                [=](bool q, double e) { return (q ? lq : lp) / (e + 1.0); },
                                [=](bool q, double e) { return e / (q ? lq : lp); },
                                double(tq[0]) - double(tp[0]), lp, double(kl(tp, tq)), std::floor(lp),
                                std::floor(lq), std::numeric_limits<double>::infinity());
    return S(jsdiv::count_sum(m));
  }

};

}  // namespace infogeom

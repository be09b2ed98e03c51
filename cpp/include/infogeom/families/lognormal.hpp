// LogNormal(mu, sigma) on (0, ∞): log X ~ N(μ, σ²).
//   T(x) = (log x, (log x)²), θ = (μ/σ², −1/(2σ²)), h(x) = 1/x; F, η = (μ, μ² + σ²), F* and the
//   Fisher metric are those of the normal family in y = log x (the map x ↦ log x only changes h),
//   so they are delegated to Normal<S>. Entropy: H = −F*(η) − E[log h(X)] = ½ log(2πeσ²) + μ.
// (Johnson, Kotz & Balakrishnan, "Continuous Univariate Distributions" vol. 1, ch. 14;
//  Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
#pragma once
#include <cmath>
#include <tuple>
#include <vector>

#include "../detail/normal_from_mean.hpp"
#include "../family.hpp"
#include "normal.hpp"

namespace infogeom {

template <class S>
struct LogNormal {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "LogNormal";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 2; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"mu", {}}, {"sigma", {}}}; }
  index_t free_source_dim() const { return 2; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!is_finite_num(t[0])) return "theta[0] = mu/sigma^2 must be finite";
    if (!(t[1] < 0) || !is_finite_num(t[1])) return "theta[1] = -1/(2 sigma^2) must be finite and < 0";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    if (!is_finite_num(e[0]) || !is_finite_num(e[1])) return "eta must be finite";
    if (!(detail::normal_variance(e[0], e[1]) > 0))
      return "eta[1] - eta[0]^2 (the variance of log x) must be > 0";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!is_finite_num(s[0])) return "mu must be finite";
    if (!positive_finite(s[1])) return "sigma must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    if (!(x[0] > 0) || !is_finite_num(x[0])) return "x must be finite and > 0";
    return nullptr;
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return normal_.log_partition(t); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const { normal_.to_mean(t, e); }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const { detail::normal_natural_from_mean(e[0], e[1], t); }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const { return detail::normal_conjugate(e[0], e[1]); }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const { normal_.fisher(t, G); }
  // ½ log(2πeσ²) + μ, μ = −θ₁/(2θ₂).
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return normal_.entropy(t) + t[0] / (S(-2) * t[1]); }
  void sufficient_statistics(const S* x, S* out) const {
    const S y = std::log(x[0]);
    out[0] = y;
    out[1] = y * y;
  }
  S log_base_measure(const S* x) const { return -std::log(x[0]); }
  // The normal log-density of y = log x (computed as θ₂(y − μ)² + ½ log(−θ₂/π), no cancellation
  // between θ·T and F), minus log x.
  S log_prob(const S* x, const S* t) const {
    const S y = std::log(x[0]);
    return normal_.log_prob(&y, t) - y;
  }
  void from_source(const S* s, S* t) const { normal_.from_source(s, t); }
  void to_source(const S* t, S* s) const { normal_.to_source(t, s); }
  void source_jacobian(const S* t, S* J) const { normal_.source_jacobian(t, J); }
  void fisher_source(const S* t, S* G) const { normal_.fisher_source(t, G); }
  void fisher_mean(const S* t, S* G) const { normal_.fisher_mean(t, G); }


  // ---- divergences: those of the normal law of log x (a bijection of x changes no divergence)
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const { return normal_.kl(tp, tq); }
#if !defined(__CUDACC__)
  void kl_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    Normal<double>().kl_rows(n, P, ps, Q, qs, out);
  }
#endif
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const { return normal_.skew_jensen(tp, tq, alpha); }
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const { return normal_.fisher_quad(t, v); }


  S jensen_shannon(const S* tp, const S* tq) const { return normal_.jensen_shannon(tp, tq); }

  // ---- Fisher–Rao geometry, closed form (found by detection in geodesic.hpp): the Fisher metric
  // is that of the normal law of log x in the same θ, so everything is the hyperbolic half-plane
  // of Normal (normal_geo in normal.hpp; Costa, Santos & Strapasson 2015).
  S fisher_rao(const S* p, const S* q) const { return normal_.fisher_rao(p, q); }
#if !defined(__CUDACC__)
  bool natural_rows_ok(index_t n, const double* P, index_t ps) const { return Normal<double>().natural_rows_ok(n, P, ps); }
  void fisher_rao_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    Normal<double>().fisher_rao_rows(n, P, ps, Q, qs, out);
  }
#endif
  void log_map(const S* p, const S* q, S* v) const { normal_.log_map(p, q, v); }
  bool exp_map(const S* p, const S* v, S* q) const { return normal_.exp_map(p, v, q); }
  void geodesic_point(const S* p, const S* q, S t, S* out) const { normal_.geodesic_point(p, q, t, out); }
  void parallel_transport(const S* p, const S* q, const S* v, S* w) const {
    normal_.parallel_transport(p, q, v, w);
  }

 private:
  Normal<S> normal_{};
};

}  // namespace infogeom

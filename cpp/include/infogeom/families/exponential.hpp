// Exponential(rate λ) on [0, ∞), p(x) = λ e^{−λx}.
//   T(x) = x, θ = −λ, h(x) = 1, F(θ) = −log(−θ), η = −1/θ = 1/λ,
//   F*(η) = −1 − log η, Fisher ∇²F = 1/θ² = Var X, entropy 1 − log λ.
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009, §"Exponential".)
#pragma once
#include <cmath>
#include <limits>
#include <tuple>
#include <utility>
#include <vector>

#include "../family.hpp"
#include "../detail/geodesic_closed.hpp"
#include "../detail/jensen_shannon.hpp"
#include "../detail/divergence_math.hpp"

namespace infogeom {

// ---- Fisher–Rao geometry, closed form (the hooks of geodesic.hpp come from
// geo_closed::OneParamGeodesic; Atkinson & Mitchell 1981, §3): information 1/θ² in θ = −λ,
// so d = |log(λp/λq)|, geodesics λ(t) = λp (λq/λp)^t (detail/geodesic_closed.hpp, logchart);
// complete.
template <class S>
struct Exponential : geo_closed::OneParamGeodesic<Exponential<S>, S, geo_closed::logchart> {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Exponential";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"rate", {}}}; }
  index_t free_source_dim() const { return 1; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!(t[0] < 0) || !is_finite_num(t[0])) return "theta[0] = -rate must be finite and < 0";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    if (!positive_finite(e[0])) return "eta[0] = 1/rate must be finite and > 0";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!positive_finite(s[0])) return "rate must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    if (!(x[0] >= 0) || !is_finite_num(x[0])) return "x must be finite and >= 0";
    return nullptr;
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return -std::log(-t[0]); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const { e[0] = S(-1) / t[0]; }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const { t[0] = S(-1) / e[0]; }
  // F*(η) = θη − F(θ) = −1 − log η.
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const { return S(-1) - std::log(e[0]); }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const { G[0] = S(1) / (t[0] * t[0]); }
  // H = F(θ) − θ·η − E[log h] = 1 − log(−θ).
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return S(1) - std::log(-t[0]); }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0]; }
  S log_base_measure(const S*) const { return S(0); }
  void from_source(const S* s, S* t) const { t[0] = -s[0]; }
  void to_source(const S* t, S* s) const { s[0] = -t[0]; }
  // ξ = λ: ∂θ/∂λ = −1.
  void source_jacobian(const S*, S* J) const { J[0] = S(-1); }

  // ---- divergences (found by detection in divergence.hpp)
  // F = −log(−θ) + const: with x = θq/θp − 1 = δ/θp (= λq/λp − 1),
  //   KL(p‖q) = x − log(1 + x),   J_α = log(1 + s x) − s log(1 + x)  (s = 1 − α),
  // both by the cancellation-free forms of detail/divergence_math.hpp (J_α(p, q) = J_{1−α}(q, p)
  // keeps s ≤ ½).
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    return dmath::log1pmx((tq[0] - tp[0]) / tp[0], tq[0] / tp[0]);
  }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    if (alpha < S(0.5)) {
      hd_swap(tp, tq);
      alpha = S(1) - alpha;
    }
    return dmath::log1p_skew(S(1) - alpha, (tq[0] - tp[0]) / tp[0], tq[0] / tp[0]);
  }

  // Jensen–Shannon by quadrature (detail/jensen_shannon.hpp) in y = log(λp x):
  //   log p + log|dx/dy| = y − e^y,   r = log q − log p = log(1 + w) − w e^y,  w = λq/λp − 1.
  S jensen_shannon(const S* tp, const S* tq) const {
    const double w = (double(tq[0]) - double(tp[0])) / double(tp[0]), rr = double(tq[0]) / double(tp[0]);
    const double l1pw = w < -0.5 ? std::log(rr) : std::log1p(w);
    auto eval = [=](double y, double* lpj, double* lqj, double* r) {
      const double e = std::exp(y);
      *lpj = y - e;
      *lqj = y + l1pw - rr * e;
      *r = l1pw - w * e;
    };
    const double c[2] = {0.0, -l1pw}, s[2] = {1.0, 1.0};
    const double inf = std::numeric_limits<double>::infinity();
    return S(jsdiv::quadrature(eval, -inf, inf, c, s, 2));
  }

};

}  // namespace infogeom

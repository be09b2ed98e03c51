// Rayleigh(scale σ) on [0, ∞), p(x) = (x/σ²) exp(−x²/(2σ²)).
//   T(x) = x², θ = −1/(2σ²), h(x) = x, F(θ) = log σ² = −log(−2θ), η = E[X²] = 2σ² = −1/θ,
//   F*(η) = θη − F = log 2 − 1 − log η, Fisher ∇²F = 1/θ² = Var X².
//   Entropy: H = F − θη − E[log X] with E[log X] = log σ + ½ log 2 − γ/2, i.e.
//   H = 1 + γ/2 + log(σ/√2) = 1 + γ/2 − ½ log(−4θ).
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009, §"Rayleigh";
//  E[log X]: Johnson, Kotz & Balakrishnan, "Continuous Univariate Distributions" vol. 1, ch. 18.)
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
// geo_closed::OneParamGeodesic; Atkinson & Mitchell 1981, §3): information 1/θ² in
// θ = −1/(2σ²), so d = |log(θq/θp)| = 2 |log(σq/σp)| (detail/geodesic_closed.hpp, logchart);
// complete.
template <class S>
struct Rayleigh : geo_closed::OneParamGeodesic<Rayleigh<S>, S, geo_closed::logchart> {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Rayleigh";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device
  static constexpr S log2_minus_1 = S(-0.306852819440054690582767878541823431L);  // log 2 − 1
  static constexpr S one_plus_half_euler = S(1.28860783245076643030325604504121624L);  // 1 + γ/2

  INFOGEOM_HOST_DEVICE index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"scale", {}}}; }
  index_t free_source_dim() const { return 1; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!(t[0] < 0) || !is_finite_num(t[0])) return "theta[0] = -1/(2 scale^2) must be finite and < 0";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    if (!positive_finite(e[0])) return "eta[0] = 2 scale^2 must be finite and > 0";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!positive_finite(s[0])) return "scale must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    if (!(x[0] >= 0) || !is_finite_num(x[0])) return "x must be finite and >= 0";
    return nullptr;
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return -std::log(S(-2) * t[0]); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const { e[0] = S(-1) / t[0]; }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const { t[0] = S(-1) / e[0]; }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const { return log2_minus_1 - std::log(e[0]); }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const { G[0] = S(1) / (t[0] * t[0]); }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return one_plus_half_euler - S(0.5) * std::log(S(-4) * t[0]); }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0] * x[0]; }
  S log_base_measure(const S* x) const { return std::log(x[0]); }  // −inf at x = 0 (density 0)
  // θ = −1/(2σ²) as −(½/σ)/σ, so that σ² never overflows on its own.
  void from_source(const S* s, S* t) const { t[0] = -(S(0.5) / s[0]) / s[0]; }
  void to_source(const S* t, S* s) const { s[0] = S(1) / std::sqrt(S(-2) * t[0]); }
  // ξ = σ: ∂θ/∂σ = 1/σ³ = (−2θ)^{3/2}.
  void source_jacobian(const S* t, S* J) const {
    const S r = std::sqrt(S(-2) * t[0]);
    J[0] = r * r * r;
  }

  // ---- divergences (found by detection in divergence.hpp)
  // F = −log(−θ) + const: with x = θq/θp − 1 = δ/θp (= σp²/σq² − 1),
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

  // Jensen–Shannon by quadrature (detail/jensen_shannon.hpp) in y = log(λp x) with λ = −θ
  // (x ↦ x² maps Rayleigh(θ) onto Exponential(θ); divergences do not change under a bijection):
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

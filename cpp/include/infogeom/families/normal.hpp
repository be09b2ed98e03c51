// Univariate normal N(mean, std²).
//   T(x) = (x, x²), θ = (μ/σ², −1/(2σ²)), h(x) = 1,
//   F(θ) = −θ₁²/(4θ₂) + ½ log(π/(−θ₂)),  η = (μ, μ² + σ²),  F*(η) = −½ log(2πe σ²).
// Fisher in θ: Cov T(X) = [[σ², 2μσ²], [2μσ², 4μ²σ² + 2σ⁴]].
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
#pragma once
#include <tuple>
#include <vector>

#include "../detail/normal_from_mean.hpp"
#include "../family.hpp"

namespace infogeom {

template <class S>
struct Normal {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Normal";
  static constexpr S log_pi = S(1.14472988584940017414342735135305871L);
  static constexpr S log_2pie = S(2.83787706640934548356065947281123527L);  // log(2πe)

  index_t dim() const { return 2; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"mean", {}}, {"std", {}}}; }
  index_t free_source_dim() const { return 2; }

  const char* check_natural(const S* t) const {
    if (!is_finite_num(t[0])) return "theta[0] = mean/std^2 must be finite";
    if (!(t[1] < 0) || !is_finite_num(t[1])) return "theta[1] = -1/(2 std^2) must be finite and < 0";
    return nullptr;
  }
  const char* check_mean(const S* e) const {
    if (!is_finite_num(e[0]) || !is_finite_num(e[1])) return "eta must be finite";
    if (!(detail::normal_variance(e[0], e[1]) > 0)) return "eta[1] - eta[0]^2 (the variance) must be > 0";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!is_finite_num(s[0])) return "mean must be finite";
    if (!positive_finite(s[1])) return "std must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    return is_finite_num(x[0]) ? nullptr : "x must be finite";
  }

  S log_partition(const S* t) const {
    return -t[0] * t[0] / (S(4) * t[1]) + S(0.5) * (log_pi - std::log(-t[1]));
  }
  void to_mean(const S* t, S* e) const {
    const S var = S(-0.5) / t[1];
    const S mu = t[0] * var;
    e[0] = mu;
    e[1] = mu * mu + var;
  }
  void to_natural(const S* e, S* t) const { detail::normal_natural_from_mean(e[0], e[1], t); }
  S conjugate(const S* e) const { return detail::normal_conjugate(e[0], e[1]); }
  void fisher(const S* t, S* G) const {
    const S var = S(-0.5) / t[1];
    const S mu = t[0] * var;
    G[0] = var;
    G[1] = G[2] = S(2) * mu * var;
    G[3] = S(4) * mu * mu * var + S(2) * var * var;
  }
  S entropy(const S* t) const { return S(0.5) * (log_2pie - std::log(S(-2) * t[1])); }
  void sufficient_statistics(const S* x, S* out) const {
    out[0] = x[0];
    out[1] = x[0] * x[0];
  }
  S log_base_measure(const S*) const { return S(0); }
  // θ₂ (x − μ)² + ½ log(−θ₂/π): no cancellation between θ·T(x) and F(θ).
  S log_prob(const S* x, const S* t) const {
    const S d = x[0] + t[0] / (S(2) * t[1]);
    return t[1] * d * d + S(0.5) * (std::log(-t[1]) - log_pi);
  }
  void from_source(const S* s, S* t) const {
    const S prec = S(1) / (s[1] * s[1]);
    t[0] = s[0] * prec;
    t[1] = S(-0.5) * prec;
  }
  void to_source(const S* t, S* s) const {
    s[0] = t[0] / (S(-2) * t[1]);
    s[1] = std::sqrt(S(-0.5) / t[1]);
  }
  // ξ = (μ, σ): ∂θ₁/∂μ = 1/σ², ∂θ₁/∂σ = −2μ/σ³, ∂θ₂/∂μ = 0, ∂θ₂/∂σ = 1/σ³.
  void source_jacobian(const S* t, S* J) const {
    S s[2];
    to_source(t, s);
    const S is2 = S(1) / (s[1] * s[1]), is3 = is2 / s[1];
    J[0] = is2;
    J[1] = S(-2) * s[0] * is3;
    J[2] = 0;
    J[3] = is3;
  }
  // ∇²F*(η) with F*(η) = −½ log(2πe v), v = η₂ − η₁²: [[1/v + 2μ²/v², −μ/v²], [−μ/v², 1/(2v²)]],
  // evaluated from θ (v = −1/(2θ₂), μ = θ₁ v) instead of inverting the Fisher matrix in θ.
  void fisher_mean(const S* t, S* G) const {
    const S v = S(-0.5) / t[1], mu = t[0] * v, iv = S(1) / v, mv = mu * iv;
    G[0] = iv + S(2) * mv * mv;
    G[1] = G[2] = -mv * iv;
    G[3] = S(0.5) * iv * iv;
  }
  // Fisher information of (μ, σ): diag(1/σ², 2/σ²) (θ-independent of μ; Jᵀ G J would cancel
  // like (μ/σ)²).
  void fisher_source(const S* t, S* G) const {
    const S prec = S(-2) * t[1];  // 1/σ²
    G[0] = prec;
    G[1] = G[2] = S(0);
    G[3] = S(2) * prec;
  }
};

}  // namespace infogeom

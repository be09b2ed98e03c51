// Exponential(rate λ) on [0, ∞), p(x) = λ e^{−λx}.
//   T(x) = x, θ = −λ, h(x) = 1, F(θ) = −log(−θ), η = −1/θ = 1/λ,
//   F*(η) = −1 − log η, Fisher ∇²F = 1/θ² = Var X, entropy 1 − log λ.
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009, §"Exponential".)
#pragma once
#include <cmath>
#include <tuple>
#include <vector>

#include "../family.hpp"

namespace infogeom {

template <class S>
struct Exponential {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Exponential";

  index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"rate", {}}}; }
  index_t free_source_dim() const { return 1; }

  const char* check_natural(const S* t) const {
    if (!(t[0] < 0) || !is_finite_num(t[0])) return "theta[0] = -rate must be finite and < 0";
    return nullptr;
  }
  const char* check_mean(const S* e) const {
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

  S log_partition(const S* t) const { return -std::log(-t[0]); }
  void to_mean(const S* t, S* e) const { e[0] = S(-1) / t[0]; }
  void to_natural(const S* e, S* t) const { t[0] = S(-1) / e[0]; }
  // F*(η) = θη − F(θ) = −1 − log η.
  S conjugate(const S* e) const { return S(-1) - std::log(e[0]); }
  void fisher(const S* t, S* G) const { G[0] = S(1) / (t[0] * t[0]); }
  // H = F(θ) − θ·η − E[log h] = 1 − log(−θ).
  S entropy(const S* t) const { return S(1) - std::log(-t[0]); }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0]; }
  S log_base_measure(const S*) const { return S(0); }
  void from_source(const S* s, S* t) const { t[0] = -s[0]; }
  void to_source(const S* t, S* s) const { s[0] = -t[0]; }
  // ξ = λ: ∂θ/∂λ = −1.
  void source_jacobian(const S*, S* J) const { J[0] = S(-1); }
};

}  // namespace infogeom

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
#include <vector>

#include "../family.hpp"
#include "../special.hpp"

namespace infogeom {

template <class S>
struct Bernoulli {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Bernoulli";

  index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"p", {}}}; }
  index_t free_source_dim() const { return 1; }

  const char* check_natural(const S* t) const {
    return is_finite_num(t[0]) ? nullptr : "theta[0] = logit(p) must be finite";
  }
  const char* check_mean(const S* e) const {
    return (e[0] > S(0) && e[0] < S(1)) ? nullptr : "eta[0] = p must be in (0, 1)";
  }
  const char* check_source(const S* s) const {
    return (s[0] > S(0) && s[0] < S(1)) ? nullptr : "p must be in (0, 1)";
  }
  const char* check_sample(const S* x) const {
    return (x[0] == S(0) || x[0] == S(1)) ? nullptr : "x must be 0 or 1";
  }

  S log_partition(const S* t) const { return S(special::log1pexp(double(t[0]))); }
  void to_mean(const S* t, S* e) const { e[0] = S(special::expit(double(t[0]))); }
  void to_natural(const S* e, S* t) const { t[0] = S(special::logit(double(e[0]))); }
  // F*(η) = η log η + (1−η) log1p(−η); 1−η is exact for η ≥ ½ (Sterbenz).
  S conjugate(const S* e) const {
    const double p = e[0];
    return S(special::xlogy(p, p) + special::xlog1py(1.0 - p, -p));
  }
  void fisher(const S* t, S* G) const {
    const double th = t[0];
    G[0] = S(special::expit(th) * special::expit(-th));
  }
  S entropy(const S* t) const {
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
};

}  // namespace infogeom

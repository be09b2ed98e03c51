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
#include <vector>

#include "../family.hpp"
#include "../special.hpp"
#include "../detail/counts.hpp"

namespace infogeom {

namespace geometric_detail {
// θ = log(η/(1+η)) for η > 0, without cancellation at either end.
inline double natural_of_mean(double eta) {
  return eta < 1.0 ? std::log(eta) - std::log1p(eta) : -std::log1p(1.0 / eta);
}
// −F*(η) = η log(1 + 1/η) + log(1 + η) > 0.
inline double neg_conjugate(double eta) {
  const double a = eta < 1.0 ? eta * (std::log1p(eta) - std::log(eta)) : eta * std::log1p(1.0 / eta);
  return a + std::log1p(eta);
}
}  // namespace geometric_detail

template <class S>
struct Geometric {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Geometric";

  index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"p", {}}}; }
  index_t free_source_dim() const { return 1; }

  const char* check_natural(const S* t) const {
    return (t[0] < S(0) && is_finite_num(t[0])) ? nullptr
                                                : "theta[0] = log(1 - p) must be finite and < 0";
  }
  const char* check_mean(const S* e) const {
    return positive_finite(e[0]) ? nullptr : "eta[0] = (1 - p)/p must be finite and > 0";
  }
  const char* check_source(const S* s) const {
    return (s[0] > S(0) && s[0] < S(1)) ? nullptr : "p must be in (0, 1)";
  }
  const char* check_sample(const S* x) const {
    return counts::is_count(double(x[0])) ? nullptr : "x must be an integer >= 0";
  }

  S log_partition(const S* t) const { return S(-special::log1mexp(double(t[0]))); }
  void to_mean(const S* t, S* e) const {
    const double th = t[0];
    e[0] = S(std::exp(th) / -std::expm1(th));
  }
  void to_natural(const S* e, S* t) const { t[0] = S(geometric_detail::natural_of_mean(e[0])); }
  S conjugate(const S* e) const { return S(-geometric_detail::neg_conjugate(e[0])); }
  void fisher(const S* t, S* G) const {
    const double th = t[0], pm = -std::expm1(th);
    G[0] = S(std::exp(th) / (pm * pm));
  }
  // H = −θη − log p (h = 1), two positive terms.
  S entropy(const S* t) const {
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
};

}  // namespace infogeom

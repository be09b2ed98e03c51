// Binomial(n, p) on {0, ..., n}, n ≥ 1 fixed.
//   T(x) = x, θ = logit p, h(x) = C(n, x), F(θ) = n log(1 + e^θ), η = n p,
//   F*(η) = η log(η/n) + (n−η) log(1 − η/n), Fisher ∇²F = n p (1−p).
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
// Stability: p = expit θ and 1−p = expit(−θ) separately; θ from η as log(η/(n−η)) with n−η
// exact for η ≥ n/2 and a log1p form near η = n/2; log p(x) in Loader's saddle-point form
// (detail/counts.hpp), free of the O(n) cancellation of log C(n,x) + θx − F(θ).
// Entropy (no closed form):
//   n p (1−p) < 200: the exact finite sum −Σ p(x) log p(x), walked out from the mode with a
//                    compensated sum (terms below 1e-18 of the sum are dropped);
//   n p (1−p) ≥ 200: the Edgeworth expansion ½ log(2πe npq) − Σ_{k≤6} c_k(pq)/(npq)^k
//                    (tools/gen_edgeworth_entropy.py), truncation < 1e-16 relative.
// Measured against mpmath (tests/test_binomial.py): ≤ 5e-15 relative up to n = 1e6 and for
// p from 1e-12 to 1 − 1e-12 (≤ 3e-16 away from p → 0, 1, where the terms exp(log p(x)) carry
// |log p(x)| ≈ 20 times the rounding of log p(x)). Internals are evaluated in double for S = float.
#pragma once
#include <cmath>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "../family.hpp"
#include "../detail/geodesic_closed.hpp"
#include "../detail/jensen_shannon.hpp"
#include "../special.hpp"
#include "../detail/counts.hpp"
#include "bernoulli.hpp"

namespace infogeom {

namespace binomial_detail {
// log(η/(n−η)) for 0 < η < n.
INFOGEOM_HOST_DEVICE inline double natural_of_mean(double eta, double n) {
  if (eta > 0.25 * n && eta < 0.75 * n) return std::log1p((2.0 * eta - n) / (n - eta));
  return std::log(eta) - std::log(n - eta);
}
// F*(η) = η log(η/n) + (n−η) log((n−η)/n), each log without cancellation.
INFOGEOM_HOST_DEVICE inline double conjugate(double eta, double n) {
  const double m = n - eta;
  const double lp = eta <= 0.5 * n ? std::log(eta / n) : std::log1p(-m / n);
  const double lq = eta >= 0.5 * n ? std::log(m / n) : std::log1p(-eta / n);
  return eta * lp + m * lq;
}
INFOGEOM_HOST_DEVICE inline double entropy(double theta, double n) {
  const double p = special::expit(theta), q = special::expit(-theta);
  const double logp = -special::log1pexp(-theta), logq = -special::log1pexp(theta);
  const double v = n * p * q;
  if (v >= counts::kEdgeworthMin) {
    const double w = p * q;
    const double c[counts::kEdgeworthOrder] = {
        counts::horner(counts::kBinomialJ1, 2, w), counts::horner(counts::kBinomialJ2, 3, w),
        counts::horner(counts::kBinomialJ3, 4, w), counts::horner(counts::kBinomialJ4, 5, w),
        counts::horner(counts::kBinomialJ5, 6, w), counts::horner(counts::kBinomialJ6, 7, w)};
    return counts::edgeworth_entropy(std::log(n) + logp + logq, 1.0 / v, c);
  }
  double mode = std::floor((n + 1.0) * p);
  if (mode > n) mode = n;
  return counts::entropy_by_sum(
      [=](double x) { return counts::binomial_logpmf(x, n, p, q, logp, logq); }, mode, n, 0.0);
}
}  // namespace binomial_detail

// ---- Fisher–Rao geometry, closed form (the hooks of geodesic.hpp come from
// geo_closed::OneParamGeodesic; Atkinson & Mitchell 1981, §3): n times the Bernoulli
// information, so d = 2√n |asin √p − asin √q| and the same geodesics (detail/geodesic_closed.hpp,
// anglechart); the boundary p → 0, 1 lies at a finite distance (exp_map may leave Θ).
template <class S>
struct Binomial : geo_closed::OneParamGeodesic<Binomial<S>, S, geo_closed::anglechart> {
  using Scalar = S;
  using ctor_args = std::tuple<int>;
  static constexpr const char* name = "Binomial";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device
  int n;

  explicit Binomial(int n_) : n(n_) {
    if (n_ < 1) throw std::invalid_argument("Binomial: n must be >= 1");
  }

  INFOGEOM_HOST_DEVICE index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"p", {}}}; }
  index_t free_source_dim() const { return 1; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    return is_finite_num(t[0]) ? nullptr : "theta[0] = logit(p) must be finite";
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    return (e[0] > S(0) && double(e[0]) < double(n)) ? nullptr : "eta[0] = n p must be in (0, n)";
  }
  const char* check_source(const S* s) const {
    return (s[0] > S(0) && s[0] < S(1)) ? nullptr : "p must be in (0, 1)";
  }
  const char* check_sample(const S* x) const {
    return counts::is_count(double(x[0]), double(n)) ? nullptr : "x must be an integer in 0..n";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return S(n * special::log1pexp(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const { e[0] = S(n * special::expit(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    t[0] = S(binomial_detail::natural_of_mean(double(e[0]), double(n)));
  }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const { return S(binomial_detail::conjugate(double(e[0]), double(n))); }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const double th = t[0];
    G[0] = S(n * special::expit(th) * special::expit(-th));
  }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return S(binomial_detail::entropy(double(t[0]), double(n))); }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0]; }
  S log_base_measure(const S* x) const { return S(special::log_binom(double(n), double(x[0]))); }
  S log_prob(const S* x, const S* t) const {
    const double th = t[0];
    return S(counts::binomial_logpmf(double(x[0]), double(n), special::expit(th),
                                     special::expit(-th), -special::log1pexp(-th),
                                     -special::log1pexp(th)));
  }
  void from_source(const S* s, S* t) const { t[0] = S(special::logit(double(s[0]))); }
  void to_source(const S* t, S* s) const { s[0] = S(special::expit(double(t[0]))); }
  // ∂θ/∂p = 1/(p(1−p)).
  void source_jacobian(const S* t, S* J) const {
    const double th = t[0];
    J[0] = S(1.0 / (special::expit(th) * special::expit(-th)));
  }

  // ---- divergences (found by detection in divergence.hpp): n times the Bernoulli forms
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const { return S(n * bernoulli_detail::kl(tp[0], tq[0])); }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    return S(n * bernoulli_detail::skew_jensen(tp[0], tq[0], alpha));
  }

  // Jensen–Shannon: the series of detail/jensen_shannon.hpp over {0..n}, pmf ratios
  // (n − x)/(x + 1)·odds (decreasing) and x/((n − x + 1) odds) (increasing).
  S jensen_shannon(const S* tp, const S* tq) const {
    const double a = tp[0], b = tq[0], nn = n;
    const double pp = special::expit(a), qp = special::expit(-a);
    const double lpp = -special::log1pexp(-a), lqp = -special::log1pexp(a);
    const double op = std::exp(a), oq = std::exp(b);
    const double pq = special::expit(b), qq = special::expit(-b);
    const double lpq = -special::log1pexp(-b), lqq = -special::log1pexp(b);
    auto mode = [nn](double th) { return std::fmin(nn, std::floor((nn + 1.0) * special::expit(th))); };
    auto m = jsdiv::make_counts(
        [=](double x) { return counts::binomial_logpmf(x, nn, pp, qp, lpp, lqp); },
        [=](double x) { return counts::binomial_logpmf(x, nn, pq, qq, lpq, lqq); },
        [=](bool q, double e) { return (nn - e) / (e + 1.0) * (q ? oq : op); },
        [=](bool q, double e) { return e / ((nn - e + 1.0) * (q ? oq : op)); }, b - a, nn * pp,
        double(kl(tp, tq)), mode(a), mode(b), nn);
    return S(jsdiv::count_sum(m));
  }

  double geodesic_scale() const { return std::sqrt(double(n)); }  // √(information factor), see above
};

}  // namespace infogeom

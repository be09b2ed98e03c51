// NegativeBinomial(r, p): failures before the r-th success, r > 0 fixed (real allowed),
// pmf Γ(x+r)/(Γ(r) x!) p^r (1−p)^x (scipy's nbinom).
//   T(x) = x, θ = log(1−p) < 0, h(x) = Γ(x+r)/(Γ(r) x!), F(θ) = −r log(1 − e^θ),
//   η = r(1−p)/p, F*(η) = r F*_geo(η/r) = η log(η/(r+η)) + r log(r/(r+η)),
//   Fisher ∇²F = r e^θ/(1−e^θ)² = η(1 + η/r).
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
// Stability: p = −expm1 θ, log p = log1mexp θ; log p(x) in Loader's form
// r/(x+r) · dbinom_raw(r; x+r, p) (detail/counts.hpp), free of the cancellation of
// log h(x) + θx − F(θ).
// Entropy H = −F*(η) − E[log h(X)] (no closed form), by regime:
//   r(1−p) ≥ 200, or ≥ 60 when p < 0.05 (there |c_k(q)| ≤ 0.33, decreasing):
//                         the Edgeworth expansion ½ log(2πe v) − Σ_{k≤6} c_k(q)/(rq)^k,
//                         v = rq/p² (tools/gen_edgeworth_entropy.py), truncation ≲ 1e-15;
//   else p ≥ 0.05:        the sum −Σ p(x) log p(x) over the support (< 5000 terms);
//   else (p < 0.05):      E[log h(X)] from the exact representation
//                         log h(x) = ∫_0^∞ (1 − e^(−xt)) B(t) dt/t,  B(t) = (e^−t − e^−rt)/(1 − e^−t)
//                         (Malmsten's integral for log Γ, Whittaker & Watson §12.31), so that
//                         E[log h(X)] = ∫_0^∞ (1 − M(t)) B(t) dt/t with the pgf
//                         M(t) = E e^(−tX) = (p/(1 − q e^−t))^r; the integrand has one sign
//                         and is analytic for |arg t| < π/2, so the trapezoidal rule in
//                         u = log t converges geometrically [Trefethen–Weideman 2014]
//                         (step 0.2: error ~ e^(−2π·1.37/0.2) < 1e-18 relative).
//                         H is then the sum −F*(η) + (−E log h): no cancellation for r ≤ 1;
//                         for 1 < r < 60/q the loss is at most ~ 2r log(1/p)/H ulps.
// Measured against mpmath (tests/test_negative_binomial.py), relative: sum branch ≤ 1.4e-14
// (r = 1e-3, p = 1 − e^−40; ≤ 1e-15 otherwise), integral branch ≤ 6e-15, Edgeworth ≤ 2e-16.
// Internals are evaluated in double for S = float.
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
#include "geometric.hpp"

namespace infogeom {

namespace negbin_detail {
// E[log h(X)] = ∫_{−∞}^{∞} (1 − M(e^u)) B(e^u) du, trapezoidal rule (see above).
INFOGEOM_HOST_DEVICE inline double mean_log_h(double r, double theta) {
  if (r == 1.0) return 0.0;
  const double q = std::exp(theta), p = -std::expm1(theta);
  const auto f = [=](double u) {
    const double t = std::exp(u);
    const double em = std::expm1(-t);  // −(1 − e^−t)
    const double one_minus_M = -std::expm1(-r * std::log1p(-q * em / p));
    // B = (e^−t − e^−rt)/(1 − e^−t), factored so that nothing overflows for large t
    const double B = r > 1.0 ? std::exp(-t) * std::expm1(-(r - 1.0) * t) / em
                             : std::exp(-r * t) * std::expm1((r - 1.0) * t) / -em;
    return one_minus_M * B;
  };
  const double h = 0.2;
  const double u_lo = std::log(p) - std::log(r > 1.0 ? r : 1.0) - 42.0;
  const double u_hi = std::log(42.0 / (r < 1.0 ? r : 1.0)) + 1.0;
  const long n = long(std::ceil((u_hi - u_lo) / h));
  if (!(n > 0) || n > 200000) return counts::kNaN;
  counts::CompSum s;
  for (long i = 0; i <= n; ++i) s.add(f(u_lo + double(i) * h));
  return h * s.value();
}

INFOGEOM_HOST_DEVICE inline double entropy(double theta, double r) {
  const double q = std::exp(theta), p = -std::expm1(theta), logp = special::log1mexp(theta);
  const double rq = r * q;
  // For q > 0.95 the Edgeworth coefficients are ≤ 0.33 and decreasing (Gamma-like): the series
  // is accurate to ~1e-15 from rq = 60 on, better than the integral branch's cancellation.
  if (rq >= counts::kEdgeworthMin || (p < 0.05 && rq >= 60.0)) {
    const double c[counts::kEdgeworthOrder] = {
        counts::horner(counts::kNegBinJ1, 3, q), counts::horner(counts::kNegBinJ2, 5, q),
        counts::horner(counts::kNegBinJ3, 7, q), counts::horner(counts::kNegBinJ4, 9, q),
        counts::horner(counts::kNegBinJ5, 11, q), counts::horner(counts::kNegBinJ6, 13, q)};
    return counts::edgeworth_entropy(std::log(r) + theta - 2.0 * logp, 1.0 / rq, c);
  }
  if (p >= 0.05) {
    const double mode = r > 1.0 ? std::floor((r - 1.0) * q / p) : 0.0;
    return counts::entropy_by_sum(
        [=](double x) { return counts::negbin_logpmf(x, r, p, q, logp); }, mode, counts::kInf,
        r < 1.0 ? q : 0.0);
  }
  // −F*(η) = −θη − r log p (two positive terms), η = rq/p.
  return (-theta * (rq / p) - r * logp) - mean_log_h(r, theta);
}
}  // namespace negbin_detail

// ---- Fisher–Rao geometry, closed form (the hooks of geodesic.hpp come from
// geo_closed::OneParamGeodesic; Atkinson & Mitchell 1981, §3, integrating √I):
// information r/(p²(1−p)) in p, so d = 2√r |atanh √(1−p₁) − atanh √(1−p₂)| and the Geometric
// geodesics (detail/geodesic_closed.hpp, atanhchart); p → 1 lies at a finite distance.
template <class S>
struct NegativeBinomial : geo_closed::OneParamGeodesic<NegativeBinomial<S>, S, geo_closed::atanhchart> {
  using Scalar = S;
  using ctor_args = std::tuple<double>;
  static constexpr const char* name = "NegativeBinomial";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device
  double r;

  explicit NegativeBinomial(double r_) : r(r_) {
    if (!(r_ > 0.0) || !(r_ < counts::kInf))
      throw std::invalid_argument("NegativeBinomial: r must be finite and > 0");
  }

  INFOGEOM_HOST_DEVICE index_t dim() const { return 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"p", {}}}; }
  index_t free_source_dim() const { return 1; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    return (t[0] < S(0) && is_finite_num(t[0])) ? nullptr
                                                : "theta[0] = log(1 - p) must be finite and < 0";
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    return positive_finite(e[0]) ? nullptr : "eta[0] = r (1 - p)/p must be finite and > 0";
  }
  const char* check_source(const S* s) const {
    return (s[0] > S(0) && s[0] < S(1)) ? nullptr : "p must be in (0, 1)";
  }
  const char* check_sample(const S* x) const {
    return counts::is_count(double(x[0])) ? nullptr : "x must be an integer >= 0";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const { return S(-r * special::log1mexp(double(t[0]))); }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    const double th = t[0];
    e[0] = S(r * (std::exp(th) / -std::expm1(th)));
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    t[0] = S(geometric_detail::natural_of_mean(double(e[0]) / r));
  }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const { return S(-r * geometric_detail::neg_conjugate(double(e[0]) / r)); }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const double th = t[0], pm = -std::expm1(th);
    G[0] = S(r * std::exp(th) / (pm * pm));
  }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return S(negbin_detail::entropy(double(t[0]), r)); }
  void sufficient_statistics(const S* x, S* out) const { out[0] = x[0]; }
  // log h(x) = log Γ(x+r) − log Γ(r) − log x! = −log(x+r) − log B(r, x+1).
  S log_base_measure(const S* x) const {
    const double xx = x[0];
    if (xx == 0.0) return S(0);
    return S(-std::log(xx + r) - special::lbeta(r, xx + 1.0));
  }
  S log_prob(const S* x, const S* t) const {
    const double th = t[0];
    return S(counts::negbin_logpmf(double(x[0]), r, -std::expm1(th), std::exp(th),
                                   special::log1mexp(th)));
  }
  void from_source(const S* s, S* t) const { t[0] = S(std::log1p(-double(s[0]))); }
  void to_source(const S* t, S* s) const { s[0] = S(-std::expm1(double(t[0]))); }
  // θ = log(1−p): ∂θ/∂p = −1/(1−p) = −e^−θ.
  void source_jacobian(const S* t, S* J) const { J[0] = S(-std::exp(-double(t[0]))); }

  // ---- divergences (found by detection in divergence.hpp): r times the Geometric forms
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const { return S(r * geometric_detail::kl(tp[0], tq[0])); }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    return S(r * geometric_detail::skew_jensen(tp[0], tq[0], alpha));
  }

  // Jensen–Shannon: the series of detail/jensen_shannon.hpp (jsdiv::negbin_js).
  S jensen_shannon(const S* tp, const S* tq) const {
    return S(jsdiv::negbin_js(r, double(tp[0]), double(tq[0]), double(kl(tp, tq))));
  }

  double geodesic_scale() const { return std::sqrt(r); }  // √(information factor), see above
};

}  // namespace infogeom

// InverseGaussian(mean μ, shape λ) on (0, ∞), p(x) = √(λ/(2πx³)) exp(−λ(x − μ)²/(2μ²x)).
// Expanding the exponent, −λ(x − μ)²/(2μ²x) = −λx/(2μ²) − λ/(2x) + λ/μ, gives
//   T(x) = (x, 1/x), θ = (−λ/(2μ²), −λ/2), h(x) = (2πx³)^{−1/2},
//   F(θ) = −λ/μ − ½ log λ = −2√(θ₁θ₂) − ½ log(−2θ₂),
//   η = ∇F = (√(θ₂/θ₁), √(θ₁/θ₂) − 1/(2θ₂)) = (μ, 1/μ + 1/λ),
//   F*(η) = θ·η − F = ½ (log λ − 1) with λ = η₁/(η₁η₂ − 1),
//   ∇²F = Cov T(X) = [[μ³/λ, −μ/λ], [−μ/λ, 1/(μλ) + 2/λ²]].
// Entropy: H = −F* − E[log h(X)] with E[log X] = log μ − e^{2φ}E₁(2φ), φ = λ/μ (IG is the GIG with
// index −½, and ∂_ν K_ν(z) at ν = ½ is √(π/(2z)) e^{z} E₁(2z)), so
//   H = ½ log(2πe μ³/λ) − (3/2) e^{2φ} E₁(2φ).
// (Chhikara & Folks, "The Inverse Gaussian Distribution", 1989, ch. 2; Seshadri, "The Inverse
//  Gaussian Distribution", 1993; entropy: Mathai & Moser, as cited by scipy, eq. 9; E₁: DLMF 6.6.2
//  (series) and 6.9.1 / Numerical Recipes §6.3 (continued fraction).)
#pragma once
#include <cmath>
#include <utility>
#include <limits>
#include <tuple>
#include <type_traits>
#include <vector>

#include "../family.hpp"
#include "../detail/jensen_shannon.hpp"
#include "../detail/divergence_math.hpp"

namespace infogeom {

namespace detail::invgauss {
// e^x E₁(x) for x > 0. x ≤ 1: the convergent series E₁(x) = −γ − log x − Σ_{k≥1} (−x)^k/(k·k!)
// (DLMF 6.6.2); x > 1: the continued fraction e^x E₁(x) = 1/(x + 1 − 1²/(x + 3 − 2²/(x + 5 − ...)))
// evaluated by the modified Lentz method (Numerical Recipes §6.3). Both are capped; the caps are
// far above the iteration counts needed (series: ≤ 19 terms; fraction: 92 steps at x = 1, 15 at
// x = 10, 2 at x = 1e6). Measured against mpmath: ≤ 2.4e-15 relative (tests/test_inverse_gaussian.py).
INFOGEOM_HOST_DEVICE inline double scaled_exp1(double x) {
  if (!(x > 0)) return x == 0 ? infinity<double>() : quiet_nan<double>();
  if (x >= infinity<double>()) return 0.0;
  constexpr double euler = 0.57721566490153286060651209008240243;
  constexpr double eps = 1e-17;
  if (x <= 1.0) {
    double term = 1.0, sum = 0.0;  // sum = Σ_{k≥1} (−1)^{k+1} x^k/(k·k!)
    for (int k = 1; k <= 60; ++k) {
      term *= -x / k;              // (−x)^k / k!
      const double add = -term / k;
      sum += add;
      if (std::fabs(add) <= eps * std::fabs(sum)) break;
    }
    return std::exp(x) * (-euler - std::log(x) + sum);
  }
  constexpr double tiny = 1e-300;
  double b = x + 1.0, c = 1.0 / tiny, d = 1.0 / b, h = d;
  for (int i = 1; i <= 500; ++i) {
    const double an = -double(i) * double(i);
    b += 2.0;
    d = 1.0 / (an * d + b);
    c = b + an / c;
    const double del = c * d;
    h *= del;
    if (std::fabs(del - 1.0) <= eps) return h;
  }
  return h;  // the fraction converges in < 100 steps for all x > 1; not reached
}

// log(a/b) for a, b > 0 without overflow/underflow of the quotient.
INFOGEOM_HOST_DEVICE inline double log_ratio(double a, double b) {
  const double q = a / b;
  if (q > 1e-300 && q < 1e300) return std::log(q);
  return std::log(a) - std::log(b);
}
}  // namespace detail::invgauss

template <class S>
struct InverseGaussian {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "InverseGaussian";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 2; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"mean", {}}, {"shape", {}}}; }
  index_t free_source_dim() const { return 2; }

  // θ₁ = 0 is the Lévy limit (no mean): excluded, the natural domain is the open quadrant.
  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!(t[0] < 0) || !is_finite_num(t[0])) return "theta[0] = -shape/(2 mean^2) must be finite and < 0";
    if (!(t[1] < 0) || !is_finite_num(t[1])) return "theta[1] = -shape/2 must be finite and < 0";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    if (!positive_finite(e[0])) return "eta[0] = mean must be finite and > 0";
    if (!is_finite_num(e[1]) || !(excess(e) > 0))
      return "eta[1] = 1/mean + 1/shape must be finite and > 1/eta[0]";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!positive_finite(s[0])) return "mean must be finite and > 0";
    if (!positive_finite(s[1])) return "shape must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    if (!(x[0] > 0) || !is_finite_num(x[0])) return "x must be finite and > 0";
    return nullptr;
  }

  // −2√(θ₁θ₂) as −2√(−θ₁)√(−θ₂): the product cannot overflow.
  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const {
    return S(-2) * std::sqrt(-t[0]) * std::sqrt(-t[1]) - S(0.5) * std::log(S(-2) * t[1]);
  }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    e[0] = std::sqrt(t[1] / t[0]);
    e[1] = std::sqrt(t[0] / t[1]) - S(0.5) / t[1];  // both terms > 0
  }
  // r = η₁η₂ − 1 = μ/λ in one rounding, then θ₁ = −λ/(2μ²) = −1/(2μr), θ₂ = −λ/2 = −μ/(2r).
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    const S r = excess(e);
    t[0] = S(-0.5) / (e[0] * r);
    t[1] = S(-0.5) * (e[0] / r);
  }
  // ½ (log λ − 1), log λ = log(η₁/r).
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    return S(0.5) * (S(detail::invgauss::log_ratio(double(e[0]), double(excess(e)))) - S(1));
  }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const S mu = std::sqrt(t[1] / t[0]), lam = S(-2) * t[1];
    const S m_l = mu / lam;
    G[0] = mu * mu * m_l;
    G[1] = G[2] = -m_l;
    G[3] = S(1) / (mu * lam) + S(2) / (lam * lam);
  }
  // ½ (1 + log 2π) + ½ log(μ³/λ) − (3/2) e^{2φ}E₁(2φ), with μ³/λ = μ/(−2θ₁), 2φ = 4√(θ₁θ₂).
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const {
    constexpr double half_log_2pie = 1.41893853320467274178032973640561764;  // ½ log(2πe)
    const double t0 = double(t[0]), t1 = double(t[1]);
    const double mu = std::sqrt(t1 / t0);
    const double two_phi = 4.0 * std::sqrt(-t0) * std::sqrt(-t1);
    return S(half_log_2pie + 0.5 * detail::invgauss::log_ratio(mu, -2.0 * t0) -
             1.5 * detail::invgauss::scaled_exp1(two_phi));
  }
  void sufficient_statistics(const S* x, S* out) const {
    out[0] = x[0];
    out[1] = S(1) / x[0];
  }
  S log_base_measure(const S* x) const {
    constexpr S half_log_2pi = S(0.918938533204672741780329736405617640L);
    return -half_log_2pi - S(1.5) * std::log(x[0]);
  }
  // ½ log(λ/(2π x³)) − λ(x − μ)²/(2μ²x) = ½ log(−θ₂/π) − (3/2) log x + θ₁ (x − μ)·((x − μ)/x):
  // computed directly, without the cancellation of θ·T(x) against F(θ); no overflow of (x − μ)².
  S log_prob(const S* x, const S* t) const {
    constexpr S half_log_pi = S(0.572364942924700087071713675676529356L);
    const S mu = std::sqrt(t[1] / t[0]);
    const S dx = x[0] - mu;
    return S(0.5) * std::log(-t[1]) - half_log_pi - S(1.5) * std::log(x[0]) + t[0] * dx * (dx / x[0]);
  }
  // θ₁ = −λ/(2μ²) as −½ (λ/μ)/μ (no overflow of μ²), θ₂ = −λ/2.
  void from_source(const S* s, S* t) const {
    t[0] = S(-0.5) * (s[1] / s[0]) / s[0];
    t[1] = S(-0.5) * s[1];
  }
  void to_source(const S* t, S* s) const {
    s[0] = std::sqrt(t[1] / t[0]);
    s[1] = S(-2) * t[1];
  }
  // ξ = (μ, λ): ∂θ₁/∂μ = λ/μ³, ∂θ₁/∂λ = −1/(2μ²), ∂θ₂/∂μ = 0, ∂θ₂/∂λ = −½.
  void source_jacobian(const S* t, S* J) const {
    const S mu = std::sqrt(t[1] / t[0]), lam = S(-2) * t[1];
    J[0] = (lam / mu) / (mu * mu);
    J[1] = S(-0.5) / (mu * mu);
    J[2] = S(0);
    J[3] = S(-0.5);
  }
  // Fisher information of (μ, λ): diag(λ/μ³, 1/(2λ²)) (Tweedie 1957); Jᵀ G J would cancel
  // for λ ≫ μ.
  void fisher_source(const S* t, S* G) const {
    const S mu = std::sqrt(t[1] / t[0]), lam = S(-2) * t[1];
    G[0] = (lam / mu) / (mu * mu);
    G[1] = G[2] = S(0);
    G[3] = S(0.5) / (lam * lam);
  }


  // ---- divergences (found by detection in divergence.hpp)
  // KL(p‖q) = ½ (x − log(1 + x)) + λq (μp − μq)²/(2 μp μq²),  x = λq/λp − 1 = δ₂/θ₂p
  // (the log-partition difference of Chhikara & Folks 1989, ch. 2, regrouped into terms ≥ 0),
  // with μp − μq = (μp² − μq²)/(μp + μq), μp² − μq² = (θ₂pθ₁q − θ₂qθ₁p)/(θ₁pθ₁q) by Kahan's
  // fma product difference: no difference of rounded means.
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    const S x = (tq[1] - tp[1]) / tp[1];
    const S mp = std::sqrt(tp[1] / tp[0]), mq = std::sqrt(tq[1] / tq[0]);
    const S dm = dmath::diff_of_products(tp[1], tq[0], tq[1], tp[0]) / (tp[0] * tq[0]) / (mp + mq);
    const S lq = S(-2) * tq[1];
    return S(0.5) * dmath::log1pmx(x, tq[1] / tp[1]) + lq * dm * (dm / (S(2) * mp * mq * mq));
  }
  // vᵀ∇²F v = (μ/λ)(μv₁ − v₂/μ)² + 2v₂²/λ² (the Fisher matrix above as a sum of squares), with
  // μv₁ − v₂/μ = (θ₂v₁ − θ₁v₂)/(θ₁μ).
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const {
    const S mu = std::sqrt(t[1] / t[0]), lam = S(-2) * t[1];
    const S w = dmath::diff_of_products(t[1], v[0], t[0], v[1]) / (t[0] * mu);
    return (mu / lam) * w * w + S(2) * (v[1] / lam) * (v[1] / lam);
  }
  // F = −2√(θ₁θ₂) − ½ log(−2θ₂): the sum of the magnitudes of its two terms.
  INFOGEOM_HOST_DEVICE S log_partition_scale(const S* t) const {
    return S(2) * std::sqrt(-t[0]) * std::sqrt(-t[1]) + S(0.5) * std::abs(std::log(S(-2) * t[1]));
  }


  // Jensen–Shannon by quadrature (detail/jensen_shannon.hpp) in y = log(x/μp), φ = λ/μ:
  //   log p + log|dx/dy| = ½ log(φp/2π) − y/2 − 2φp sinh²(y/2),
  //   r = δ·(T − ηp) − KL(p‖q),  T − ηp = (μp expm1(y), expm1(−y)/μp − 1/λp).
  // Centres at the modes in y, −asinh(1/(2φ)) (+ log(μq/μp)), scales 1/√(φ cosh(mode)).
  // (p taken as the law with the larger φ, the narrower one in y; JS is symmetric)
  S jensen_shannon(const S* tp, const S* tq) const {
    // φ = λ/μ = 2√(θ₁θ₂)
    if (double(tp[0]) * double(tp[1]) < double(tq[0]) * double(tq[1])) hd_swap(tp, tq);
    constexpr double half_log_2pi = 0.918938533204672741780329736405617640;
    const double mp = std::sqrt(double(tp[1]) / double(tp[0])), lp = -2.0 * double(tp[1]);
    const double mq = std::sqrt(double(tq[1]) / double(tq[0])), lq = -2.0 * double(tq[1]);
    const double fp = lp / mp, fq = lq / mq;
    const double d0 = double(tq[0]) - double(tp[0]), d1 = double(tq[1]) - double(tp[1]);
    const double klv = double(kl(tp, tq));
    const double c0 = 0.5 * std::log(fp) - half_log_2pi, c0q = 0.5 * std::log(fq) - half_log_2pi;
    const double lr = std::log(mq / mp);
    auto eval = [=](double y, double* lpj, double* lqj, double* r) {
      const double sh = std::sinh(0.5 * y), shq = std::sinh(0.5 * (y - lr));
      *lpj = c0 - 0.5 * y - 2.0 * fp * sh * sh;
      *lqj = c0q - 0.5 * (y - lr) - 2.0 * fq * shq * shq;
      *r = d0 * (mp * std::expm1(y)) + d1 * (std::expm1(-y) / mp - 1.0 / lp) - klv;
    };
    auto frame = [](double f, double* c, double* s) {
      *c = -std::asinh(0.5 / f);
      *s = 1.0 / std::sqrt(f * std::cosh(*c));
    };
    double cs[2], ss[2];
    frame(fp, cs, ss);
    frame(fq, cs + 1, ss + 1);
    cs[1] += std::log(mq / mp);
    const double inf = std::numeric_limits<double>::infinity();
    return S(jsdiv::quadrature(eval, -inf, inf, cs, ss, 2));
  }

 private:
  // η₁η₂ − 1 (= μ/λ) with one rounding: the exact product via fma (double) or double (float).
  INFOGEOM_HOST_DEVICE static S excess(const S* e) {
    if constexpr (std::is_same_v<S, float>) return float(double(e[0]) * double(e[1]) - 1.0);
    else return std::fma(e[0], e[1], S(-1));
  }
};

}  // namespace infogeom

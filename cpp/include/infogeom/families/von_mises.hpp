// von Mises(μ, κ) on the circle (angles in radians, density 2π-periodic).
//   T(x) = (cos x, sin x), θ = (κ cos μ, κ sin μ), κ = ‖θ‖, h(x) = 1,
//   F(θ) = log(2π I₀(κ)),  η = A(κ) θ/κ with A = I₁/I₀,
//   Fisher = A'(κ) uuᵀ + (A(κ)/κ)(I − uuᵀ), u = θ/κ (½ I at θ = 0),
//   H = log(2π I₀(κ)) − κ A(κ),  F*(η) = −H.
// (Mardia & Jupp, "Directional Statistics", 2000, §3.5 and §10.3.)
// to_natural solves A(κ) = ‖η‖ (no closed form) by a safeguarded Newton iteration.
#pragma once
#include <algorithm>
#include <cmath>
#include <utility>
#include <tuple>
#include <vector>

#include "../divergence.hpp"
#include "../family.hpp"
#include "../detail/jensen_shannon.hpp"
#include "../special.hpp"

namespace infogeom {
namespace detail {

constexpr double kVmLog2Pi = 1.83787706640934548356065947281123527;  // log 2π
constexpr double kVmPi = 3.14159265358979323846264338327950288;

// log(e^{−κ} I₀(κ)) without the cancellation of log I₀(κ) − κ for large κ: Hankel's expansion
// e^{−κ} √(2πκ) I₀(κ) = 1 + Σ_{k≥1} Π_{j≤k} (2j − 1)²/(8κ j) (A&S 9.7.1; the terms decrease
// down to ≈ e^{−2κ} for κ > 25, far below ε).
INFOGEOM_HOST_DEVICE inline double vm_log_i0e(double k) {
  if (k <= 25.0) return special::log_i0(k) - k;
  const double i8k = 1.0 / (8.0 * k);
  double term = 1.0, sum = 0.0;
  for (int j = 1; j < 60; ++j) {
    term *= (2.0 * j - 1.0) * (2.0 * j - 1.0) * i8k / j;
    sum += term;
    if (term <= 1e-17 * sum) break;
  }
  return -0.5 * std::log(2.0 * kVmPi * k) + std::log1p(sum);
}

// A(κ)/κ, → ½ as κ → 0 (A(κ) = κ/2 − κ³/16 + …).
INFOGEOM_HOST_DEVICE inline double vm_a_over_k(double k) { return k > 0.0 ? special::bessel_ratio(k) / k : 0.5; }

// κ ≥ 0 with A(κ) = r for 0 ≤ r < 1, given c = 1 − r (passed separately: the caller forms it
// from η without extra rounding). NaN when r, c are out of range or after the iteration cap.
//
// Initial guess: the approximation of Best & Fisher (1981, "The bias of the maximum likelihood
// estimators of the von Mises-Fisher concentration parameters", Commun. Statist. B 10) as given
// in Fisher (1993, "Statistical analysis of circular data", eq. 4.40):
//   κ₀ = 2r + r³ + 5r⁵/6 (r < 0.53),  −0.4 + 1.39 r + 0.43/(1 − r) (r < 0.85),
//   1/(r³ − 4r² + 3r) (r ≥ 0.85), within a few per cent.
// Newton in u = log κ on the log of the quantity that is small on each side, so that the function
// is nearly linear in u (slope → 1 for κ → 0, → −1 for κ → ∞) and its residual has no
// cancellation:  r ≤ ½: φ(u) = log(A(κ)/r),  φ' = κ A'(κ)/A(κ);
//                r > ½: φ(u) = log((1 − A(κ))/c), φ' = −κ A'(κ)/(1 − A(κ)),
// (each evaluated as log1p of the relative difference, exact near the root), with A, 1 − A and
// A' from special::bessel_ratio, special::bessel_ratio_complement and
// special::bessel_ratio_deriv. Safeguard: |Δu| ≤ 2 per step (the slope |φ'| is bounded by 1, so
// a step can only be large far from the root). Stop when |Δu| ≤ 1e-9 (Newton converges
// quadratically: the error left is ~1e-18) or the relative residual is below 2ε; 50 steps at most.
INFOGEOM_HOST_DEVICE inline double vm_kappa_solve(double r, double c) {
  if (!(r >= 0.0) || !(c > 0.0) || !(r < 1.0)) return quiet_nan<double>();
  if (r == 0.0) return 0.0;
  double k;
  if (r < 0.53) k = r * (2.0 + r * r * (1.0 + r * r * (5.0 / 6.0)));
  else if (r < 0.85) k = -0.4 + 1.39 * r + 0.43 / c;
  else k = 1.0 / (r * c * (3.0 - r));  // r³ − 4r² + 3r = r(1 − r)(3 − r)
  const bool small = r <= 0.5;
  for (int it = 0; it < 50; ++it) {
    const double A = special::bessel_ratio(k), dA = special::bessel_ratio_deriv(k);
    double phi, slope;
    if (small) {  // log(A/r) as log1p((A − r)/r): A − r is exact near the root
      phi = std::log1p((A - r) / r);
      slope = k * dA / A;
    } else {
      const double cA = special::bessel_ratio_complement(k);
      phi = std::log1p((cA - c) / c);
      slope = -k * dA / cA;
    }
    if (!(phi == phi) || !(slope != 0.0)) return quiet_nan<double>();
    if (std::fabs(phi) <= 2.0 * 2.220446049250313e-16) return k;
    const double du = std::clamp(-phi / slope, -2.0, 2.0);
    k *= std::exp(du);  // multiplicative update: no rounding of a large |log κ| accumulates
    if (std::fabs(du) <= 1e-9) return k;
  }
  return quiet_nan<double>();
}

}  // namespace detail

template <class S>
struct VonMises {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "VonMises";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 2; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"mu", {}}, {"kappa", {}}}; }
  index_t free_source_dim() const { return 2; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!is_finite_num(t[0]) || !is_finite_num(t[1]))
      return "theta = kappa (cos mu, sin mu) must be finite";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    if (!is_finite_num(e[0]) || !is_finite_num(e[1])) return "eta must be finite";
    if (!(std::hypot(double(e[0]), double(e[1])) < 1.0))
      return "|eta| = |E[(cos x, sin x)]| must be < 1";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!(double(s[0]) >= -detail::kVmPi && double(s[0]) <= detail::kVmPi))
      return "mu must be in [-pi, pi]";
    if (!(s[1] >= S(0)) || !is_finite_num(s[1])) return "kappa must be finite and >= 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    return is_finite_num(x[0]) ? nullptr : "x must be finite";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const {
    const double k = std::hypot(double(t[0]), double(t[1]));
    return S(detail::kVmLog2Pi + special::log_i0(k));
  }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    const double k = std::hypot(double(t[0]), double(t[1]));
    const double g = detail::vm_a_over_k(k);
    e[0] = S(g * double(t[0]));
    e[1] = S(g * double(t[1]));
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    const double e0 = double(e[0]), e1 = double(e[1]);
    const double r = std::hypot(e0, e1);
    const double k = detail::vm_kappa_solve(r, 1.0 - r);
    if (r == 0.0 || !(k == k)) {  // η = 0 ⇒ θ = 0 exactly; NaN stays NaN
      t[0] = t[1] = S(k == k ? 0.0 : k);
      return;
    }
    const double s = k / r;
    t[0] = S(s * e0);
    t[1] = S(s * e1);
  }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    const double r = std::hypot(double(e[0]), double(e[1]));
    return S(-entropy_kappa(detail::vm_kappa_solve(r, 1.0 - r)));
  }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const double t0 = double(t[0]), t1 = double(t[1]);
    const double k = std::hypot(t0, t1);
    if (k == 0.0) {
      G[0] = G[3] = S(0.5);
      G[1] = G[2] = S(0);
      return;
    }
    const double u0 = t0 / k, u1 = t1 / k;
    const double dA = special::bessel_ratio_deriv(k), g = detail::vm_a_over_k(k);
    G[0] = S(dA * u0 * u0 + g * u1 * u1);
    G[1] = G[2] = S((dA - g) * u0 * u1);
    G[3] = S(dA * u1 * u1 + g * u0 * u0);
  }
  // (∇²F)⁻¹ = uuᵀ/A'(κ) + (κ/A(κ))(I − uuᵀ), 2I at θ = 0.
  void fisher_mean(const S* t, S* G) const {
    const double t0 = double(t[0]), t1 = double(t[1]);
    const double k = std::hypot(t0, t1);
    if (k == 0.0) {
      G[0] = G[3] = S(2);
      G[1] = G[2] = S(0);
      return;
    }
    const double u0 = t0 / k, u1 = t1 / k;
    const double ia = 1.0 / special::bessel_ratio_deriv(k), ig = 1.0 / detail::vm_a_over_k(k);
    G[0] = S(ia * u0 * u0 + ig * u1 * u1);
    G[1] = G[2] = S((ia - ig) * u0 * u1);
    G[3] = S(ia * u1 * u1 + ig * u0 * u0);
  }
  // In ξ = (μ, κ) the metric is diagonal: ‖∂θ/∂μ‖²_G = κ² A/κ = κ A(κ), ‖∂θ/∂κ‖²_G = A'(κ).
  void fisher_source(const S* t, S* G) const {
    const double k = std::hypot(double(t[0]), double(t[1]));
    G[0] = S(k * special::bessel_ratio(k));
    G[1] = G[2] = S(0);
    G[3] = S(special::bessel_ratio_deriv(k));
  }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return S(entropy_kappa(std::hypot(double(t[0]), double(t[1])))); }
  void sufficient_statistics(const S* x, S* out) const {
    out[0] = S(std::cos(double(x[0])));
    out[1] = S(std::sin(double(x[0])));
  }
  S log_base_measure(const S*) const { return S(0); }
  // κ cos(x − μ) − log(2π I₀(κ)) = −κ (1 − cos(x − μ)) − log(2π e^{−κ} I₀(κ)), with
  // 1 − cos(x − μ) = ½ |e^{ix} − u|², u = θ/κ: no cancellation of κ against log I₀(κ) ≈ κ.
  S log_prob(const S* x, const S* t) const {
    const double t0 = double(t[0]), t1 = double(t[1]);
    const double k = std::hypot(t0, t1);
    if (k == 0.0) return S(-detail::kVmLog2Pi);
    const double d0 = std::cos(double(x[0])) - t0 / k, d1 = std::sin(double(x[0])) - t1 / k;
    return S(-0.5 * k * (d0 * d0 + d1 * d1) - detail::vm_log_i0e(k) - detail::kVmLog2Pi);
  }
  void from_source(const S* s, S* t) const {
    const double mu = double(s[0]), k = double(s[1]);
    t[0] = S(k * std::cos(mu));
    t[1] = S(k * std::sin(mu));
  }
  // μ = atan2(θ₂, θ₁) ∈ (−π, π] (0 at κ = 0), κ = ‖θ‖.
  void to_source(const S* t, S* s) const {
    const double t0 = double(t[0]), t1 = double(t[1]);
    s[0] = S(std::atan2(t1, t0));
    s[1] = S(std::hypot(t0, t1));
  }
  // ξ = (μ, κ): ∂θ/∂μ = κ(−sin μ, cos μ), ∂θ/∂κ = (cos μ, sin μ).
  void source_jacobian(const S* t, S* J) const {
    const double t0 = double(t[0]), t1 = double(t[1]);
    const double k = std::hypot(t0, t1);
    const double c = k > 0.0 ? t0 / k : 1.0, s = k > 0.0 ? t1 / k : 0.0;
    J[0] = S(-t1);
    J[1] = S(c);
    J[2] = S(t0);
    J[3] = S(s);
  }


  // ---- divergences (found by detection in divergence.hpp)
  // vᵀ∇²F v = A'(κ)(u·v)² + (A(κ)/κ)(u × v)², u = θ/κ (the Fisher matrix above, as two squares;
  // ½|v|² at θ = 0).
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const {
    const double t0 = t[0], t1 = t[1], v0 = v[0], v1 = v[1];
    const double k = std::hypot(t0, t1);
    if (!(k > 0.0)) return S(0.5 * (v0 * v0 + v1 * v1));
    const double par = (t0 * v0 + t1 * v1) / k, perp = (t0 * v1 - t1 * v0) / k;
    return S(special::bessel_ratio_deriv(k) * par * par + detail::vm_a_over_k(k) * perp * perp);
  }


  // Jensen–Shannon by quadrature (detail/jensen_shannon.hpp) over one period, t = x − μp in
  // [−π, π]: log p = −2κp sin²(t/2) − log 2π − log(e^{−κp} I₀(κp)), r = δ·(T − ηp) − KL(p‖q) with
  //   T − ηp = (−2 sin(μp + t/2) sin(t/2) + (1 − A) cos μp, 2 cos(μp + t/2) sin(t/2) + (1 − A) sin μp),
  // A = I₁/I₀(κp) (1 − A by special::bessel_ratio_complement): no cancellation for large κ.
  // (p taken as the law with the larger κ, the narrower one; JS is symmetric)
  S jensen_shannon(const S* tp, const S* tq) const {
    if (std::hypot(double(tp[0]), double(tp[1])) < std::hypot(double(tq[0]), double(tq[1]))) hd_swap(tp, tq);
    constexpr double pi = detail::kVmPi;
    const double kp = std::hypot(double(tp[0]), double(tp[1])), kq = std::hypot(double(tq[0]), double(tq[1]));
    const double mup = kp > 0.0 ? std::atan2(double(tp[1]), double(tp[0])) : 0.0;
    const double muq = kq > 0.0 ? std::atan2(double(tq[1]), double(tq[0])) : 0.0;
    const double d0 = double(tq[0]) - double(tp[0]), d1 = double(tq[1]) - double(tp[1]);
    const double omA = special::bessel_ratio_complement(kp), cm = std::cos(mup), sm = std::sin(mup);
    const double c0 = -detail::kVmLog2Pi - detail::vm_log_i0e(kp), klv = double(infogeom::kl(*this, tp, tq));
    const double c0q = -detail::kVmLog2Pi - detail::vm_log_i0e(kq);
    const double cq0 = std::remainder(muq - mup, 2.0 * pi);
    auto eval = [=](double t, double* lpj, double* lqj, double* r) {
      const double sh = std::sin(0.5 * t), a = mup + 0.5 * t, shq = std::sin(0.5 * (t - cq0));
      *lpj = -2.0 * kp * sh * sh + c0;
      *lqj = -2.0 * kq * shq * shq + c0q;
      *r = d0 * (-2.0 * std::sin(a) * sh + omA * cm) + d1 * (2.0 * std::cos(a) * sh + omA * sm) - klv;
    };
    double cq = std::remainder(muq - mup, 2.0 * pi);
    const double sp = std::fmin(pi, 1.0 / std::sqrt(std::fmax(kp, 1e-300)));
    const double sq = std::fmin(pi, 1.0 / std::sqrt(std::fmax(kq, 1e-300)));
    const double cs[4] = {0.0, cq, cq - 2.0 * pi, cq + 2.0 * pi}, ss[4] = {sp, sq, sq, sq};
    return S(jsdiv::quadrature(eval, -pi, pi, cs, ss, 4));
  }

 private:
  // H = log 2π + log I₀(κ) − κ A(κ) = log 2π + log(e^{−κ} I₀(κ)) + κ (1 − A(κ)) (no cancellation).
  static double entropy_kappa(double k) {
    if (!(k == k)) return k;
    return detail::kVmLog2Pi + detail::vm_log_i0e(k) + k * special::bessel_ratio_complement(k);
  }
};

}  // namespace infogeom

// Gamma(shape k, rate β) on (0, ∞).
//   T(x) = (log x, x), θ = (k − 1, −β), h(x) = 1,
//   F(θ) = log Γ(k) − k log β,  η = (ψ(k) − log β, k/β),
//   F*(η) = −H = −[k − log β + log Γ(k) + (1 − k) ψ(k)],
//   Fisher in θ: [[ψ'(k), 1/β], [1/β, k/β²]].
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
//
// to_natural has no closed form: with s = log η₂ − η₁ > 0 (Jensen), k solves
//   g(k) := log k − ψ(k) = s,   then β = k/η₂.
// g is completely monotone (decreasing and convex), so Newton is safe; see gamma_shape_solve.
#pragma once
#include <cmath>
#include <utility>
#include <limits>
#include <tuple>
#include <vector>

#include "../detail/counts.hpp"
#include "../detail/log1pmx.hpp"
#include "../family.hpp"
#include "../detail/jensen_shannon.hpp"
#include "../detail/gamma_divergence.hpp"
#if !defined(__CUDACC__)
#include "../detail/kl_batch.hpp"
#endif
#include "../special.hpp"

namespace infogeom {
namespace detail {

constexpr double kGammaEuler = 0.57721566490153286060651209008240243;
constexpr double kGammaZeta2 = 1.64493406684822643647241516664602519;  // π²/6
constexpr double kGammaHalfLog2Pi = 0.91893853320467274178032973640561764;

// log Γ(k) + k − k log k, i.e. the part of the entropy that does not depend on β, written
// without cancellation for large k: = ½ log(2π/k) + corr(k) with Stirling's correction
// corr(k) = log Γ(k) − (k − ½) log k + k − ½ log 2π (A&S 6.1.41; counts::stirlerr_series,
// truncation < 2e-16 relative for k ≥ 10).
INFOGEOM_HOST_DEVICE inline double gamma_lgamma_plus_k_minus_klogk(double k) {
  if (k >= 10.0) return kGammaHalfLog2Pi - 0.5 * std::log(k) + counts::stirlerr_series(k);
  return special::lgamma(k) + k - k * std::log(k);
}

// log(a/b) for a, b > 0: one rounding when a/b is a normal number, else the difference of logs.
INFOGEOM_HOST_DEVICE inline double gamma_log_ratio(double a, double b) {
  const double r = a / b;
  if (r >= std::numeric_limits<double>::min() && r <= std::numeric_limits<double>::max())
    return std::log(r);
  return std::log(a) - std::log(b);
}

// a·b − c with a·b formed exactly (Dekker 1971 two-product by Veltkamp splitting, no FMA
// needed); one rounding when a·b and c are close.
INFOGEOM_HOST_DEVICE inline double gamma_prod_minus(double a, double b, double c) {
  const double p = a * b;
  if (!(std::fabs(a) < 1e290 && std::fabs(b) < 1e290 && std::fabs(p) < 1e300))
    return p - c;  // the splitting would overflow: plain product
  constexpr double split = 134217729.0;  // 2^27 + 1
  const double ta = split * a, ah = ta - (ta - a), al = a - ah;
  const double tb = split * b, bh = tb - (tb - b), bl = b - bh;
  const double e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;  // a·b = p + e exactly
  return (p - c) + e;
}

// Initial guess for k with g(k) = s, and its derivative dk/ds; relative error of k < 4e-10 and
// of dk/ds < 5e-9 on the whole range (measured against mpmath on dense grids; the sweep in
// tests/test_gamma.py checks the end result).  Three regimes in v = log s:
//  * s < 0.02 (k > 10): inversion of the asymptotic series g(k) = 1/(2k) + 1/(12k²) − 1/(120k⁴) + …
//    (A&S 6.3.18), k = 1/(2s) + 1/6 − s/18 − 4s²/135 + 47s³/810 + O(s⁴) (series reversion; the
//    first two terms are those of Minka 2002, "Estimating a gamma distribution", whose
//    k₀ = (3 − s + √((s − 3)² + 24s))/(12s) has relative error up to 1.5%).
//  * s > e¹² (k < 6e-6): from g(k) = 1/k + log k + γ − ζ(2) k + O(k²) (A&S 6.3.14),
//    1/k = s + a + (a + ζ(2))/s + O(a²/s²), a = log s − γ.
//  * between: k·s = P(x)/Q(x), a (8,8) / (7,7) rational function of x ∝ v on [−3.9, 2] / [2, 12],
//    fitted by us (relative least squares, Sanathanan–Koerner iteration) to k(s) from mpmath.
// `exact` is set where the guess is already accurate to < 1e-17 (no correction needed).
struct GammaGuess {
  double k, dkds;
  bool exact;
};

INFOGEOM_HOST_DEVICE inline GammaGuess gamma_shape_guess(double s) {
  if (s < 0.02) {
    const double k =
        0.5 / s + (1.0 / 6.0 + s * (-1.0 / 18.0 + s * (-4.0 / 135.0 + s * (47.0 / 810.0))));
    const double d = -0.5 / (s * s) + (-1.0 / 18.0 + s * (-8.0 / 135.0 + s * (141.0 / 810.0)));
    return {k, d, s < 5e-4};  // next term 76/1701 s⁴ ⇒ relative error < 0.09 s⁵
  }
  const double v = std::log(s);
  if (v > 12.0) {
    const double a = v - kGammaEuler;
    const double D = s + a + (a + kGammaZeta2) / s;
    const double dD = 1.0 + 1.0 / s + (1.0 - a - kGammaZeta2) / (s * s);
    return {1.0 / D, -dD / (D * D), s > 1e7};  // relative error ~ (log s)²/s³
  }
  // P, Q and their derivatives in x (Estrin's scheme: short dependency chains).
  // Rows: P, Q, P', Q' on [−3.9, 2] (degree 8), then on [2, 12] (degree 7, zero padded).
  static constexpr double C[2][4][9] = {
     {{0.5556482279422095, -0.21790328101481668, 1.3644587365618406,
        -0.3482103356580527, 0.9280358607853602, -0.07102566243133408,
        0.1573534256198053, 0.028061183940603196, 0.002230468626778642},
      {1.0, -0.642902244590514, 2.364692557829888,
        -1.1251695753515258, 1.5023544966601659, -0.3609685217516216,
        0.21743673277471612, 0.0290172998424282, 0.0009508499281789709},
      {-0.21790328101481668, 2.728917473123681, -1.044631006974158,
        3.7121434431414406, -0.3551283121566704, 0.9441205537188319,
        0.19642828758422237, 0.017843749014229138, 0.0},
      {-0.642902244590514, 4.729385115659776, -3.3755087260545773,
        6.009417986640663, -1.804842608758108, 1.3046203966482968,
        0.2031210988969974, 0.007606799425431767, 0.0}},
     {{0.9941706690037795, 2.765949801407081, 3.6906296478097116,
        3.045775498524265, 1.68515205556037, 0.63144592305729,
        0.1496844606476502, 0.017414242774455774, 0.0},
      {1.0, 2.757525098332239, 3.6941188771906566,
        3.046859056172048, 1.6835833217735408, 0.6320229635161897,
        0.14961278010505819, 0.017411211831307713, 0.0},
      {2.765949801407081, 7.381259295619423, 9.137326495572795,
        6.74060822224148, 3.15722961528645, 0.8981067638859013,
        0.12189969942119042, 0.0, 0.0},
      {2.757525098332239, 7.388237754381313, 9.140577168516144,
        6.734333287094163, 3.1601148175809484, 0.8976766806303491,
        0.12187848281915399, 0.0, 0.0}}};
  const int piece = v <= 2.0 ? 0 : 1;
  const double dxdv = piece == 0 ? 2.0 / 5.9 : 0.2;
  const double x = piece == 0 ? (v + 0.95) * dxdv : (v - 7.0) * dxdv;
  const double x2 = x * x, x4 = x2 * x2;
  auto poly = [&](const double* c) {
    return ((c[0] + c[1] * x) + x2 * (c[2] + c[3] * x)) +
           x4 * (((c[4] + c[5] * x) + x2 * (c[6] + c[7] * x)) + x4 * c[8]);
  };
  const double p = poly(C[piece][0]), q = poly(C[piece][1]);
  const double dp = poly(C[piece][2]), dq = poly(C[piece][3]);
  const double R = p / q, dR = (dp - R * dq) / q;
  return {R / s, (dR * dxdv - R) / (s * s), false};
}

// Solves g(k) = log k − ψ(k) = s for k > 0; NaN if s is not a positive finite number or the
// iteration cap is reached.  First a Newton step from the guess with the guess's own derivative
// dk/ds ≈ 1/g'(k) (relative error < 5e-9, so the step leaves an error < 1e-17 + the error of the
// residual); it is accepted when it moves k by less than 1e-9 k, which from the guess above is
// always the case.  Otherwise (never observed) Newton continues with the exact derivative
// −g'(k) = ψ'(k) − 1/k = special::trigamma_minus_inv(k): g is decreasing and convex, so after one
// step every iterate lies left of the root and increases monotonically to it; positivity is the
// only safeguard needed (a step that would leave (0, ∞) shrinks k by 8 instead).  Relative errors
// contract as e ← c e², c = k g''/(2|g'|) ∈ [1, 1.1].  The residual g(k) − s is computed with
// special::log_minus_digamma (no cancellation for large k), which bounds the final accuracy.
INFOGEOM_HOST_DEVICE inline double gamma_shape_solve(double s) {
  if (!(s > 0.0) || !(s < infinity<double>())) return quiet_nan<double>();
  const GammaGuess gs = gamma_shape_guess(s);
  if (gs.exact) return gs.k;
  double k = gs.k, dkds = gs.dkds;
  for (int it = 0; it < 60; ++it) {
    const double step = (special::log_minus_digamma(k) - s) * (-dkds);  // dk = (dk/ds)(s − g(k))
    double kn = k + step;
    if (!(kn > 0.0)) kn = 0.125 * k;
    if (std::fabs(step) <= 1e-9 * kn) return kn;
    k = kn;
    dkds = -1.0 / special::trigamma_minus_inv(k);  // 1/g'(k)
  }
  return quiet_nan<double>();
}

}  // namespace detail

template <class S>
struct Gamma {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Gamma";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 2; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"shape", {}}, {"rate", {}}}; }
  index_t free_source_dim() const { return 2; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!(t[0] > S(-1)) || !is_finite_num(t[0])) return "theta[0] = shape - 1 must be finite and > -1";
    if (!(t[1] < S(0)) || !is_finite_num(t[1])) return "theta[1] = -rate must be finite and < 0";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    if (!is_finite_num(e[0]) || !is_finite_num(e[1])) return "eta must be finite";
    if (!(e[1] > S(0))) return "eta[1] = E[x] must be > 0";
    if (!(std::log(double(e[1])) - double(e[0]) > 0.0))
      return "log(eta[1]) - eta[0] = log E[x] - E[log x] must be > 0 (Jensen)";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!positive_finite(s[0])) return "shape must be finite and > 0";
    if (!positive_finite(s[1])) return "rate must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    return positive_finite(x[0]) ? nullptr : "x must be finite and > 0";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]);
    return S(special::lgamma(k) - k * std::log(b));
  }
  // η₁ = ψ(k) − log β = log(k/β) − (log k − ψ(k)): exact when β = k and no cancellation of the
  // two large logs when k ≈ β (the direct form loses ~|log β|/|η₁| ulps there).
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]);
    e[0] = S(detail::gamma_log_ratio(k, b) - special::log_minus_digamma(k));
    e[1] = S(k / b);
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    const double m = double(e[1]);
    const double k = detail::gamma_shape_solve(std::log(m) - double(e[0]));
    t[0] = S(k - 1.0);
    t[1] = S(-k / m);
    if (!(t[0] > S(-1)) || !(t[1] < S(0))) fill_nan(t, 2);  // k < ε/2: θ₁ = k − 1 rounds to −1
  }
  // F*(η) = −H. With log β = log k − log η₂ and ψ(k) = log k − s:
  // H = log η₂ + [log Γ(k) + k − k log k] + (k − 1) s, all pieces free of cancellation.
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    const double m = double(e[1]);
    const double s = std::log(m) - double(e[0]);
    const double k = detail::gamma_shape_solve(s);
    return S(-(std::log(m) + detail::gamma_lgamma_plus_k_minus_klogk(k) + (k - 1.0) * s));
  }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]);
    G[0] = S(special::trigamma(k));
    G[1] = G[2] = S(1.0 / b);
    G[3] = S(k / b / b);
  }
  // (∇²F)⁻¹ in closed form: det ∇²F = (k ψ'(k) − 1)/β² = k t/β² with t = ψ'(k) − 1/k
  // (special::trigamma_minus_inv, no cancellation for large k), so
  // (∇²F)⁻¹ = [[1/t, −β/(k t)], [−β/(k t), β² ψ'(k)/(k t)]].
  void fisher_mean(const S* t, S* G) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]);
    const double tm = special::trigamma_minus_inv(k);
    G[0] = S(1.0 / tm);
    G[1] = G[2] = S(-b / (k * tm));
    G[3] = S(b * b * (special::trigamma(k) / (k * tm)));
  }
  // H = k − log β + log Γ(k) + (1 − k) ψ(k) (Nielsen & Garcia 2009), evaluated as
  // [log Γ(k) + k − k log k] + (k − 1)(log k − ψ(k)) + log k − log β, no cancellation for large k.
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]);
    return S(detail::gamma_lgamma_plus_k_minus_klogk(k) + (k - 1.0) * special::log_minus_digamma(k) +
             detail::gamma_log_ratio(k, b));
  }
  void sufficient_statistics(const S* x, S* out) const {
    out[0] = std::log(x[0]);
    out[1] = x[0];
  }
  S log_base_measure(const S*) const { return S(0); }
  // log p = (k − 1) log(βx) − βx + log β − log Γ(k).  For k ≥ 10 the large terms cancel; with
  // t = βx/k − 1 and Stirling's series it becomes (saddle-point form, cf. Loader 2000,
  // "Fast and accurate computation of binomial probabilities")
  //   (k − 1)(log(1 + t) − t) − t − ½ log(2πk) − corr(k) + log β.
  S log_prob(const S* x, const S* t) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]), xx = double(x[0]);
    if (k < 10.0)
      return S((k - 1.0) * (std::log(b) + std::log(xx)) - b * xx + std::log(b) - special::lgamma(k));
    // t = (βx − k)/k with βx formed exactly (two-product), so t keeps full relative accuracy
    const double tt = detail::gamma_prod_minus(b, xx, k) / k;
    const double lm = std::fabs(tt) <= 0.25 ? detail::log1pmx(tt)
                                            : (std::log(b / k) + std::log(xx)) - tt;
    return S((k - 1.0) * lm - tt - 0.5 * std::log(k) - detail::kGammaHalfLog2Pi -
             counts::stirlerr_series(k) + std::log(b));
  }
  void from_source(const S* s, S* t) const {
    t[0] = S(double(s[0]) - 1.0);
    t[1] = -s[1];
  }
  void to_source(const S* t, S* s) const {
    s[0] = S(double(t[0]) + 1.0);
    s[1] = -t[1];
  }
  // ξ = (shape, rate): θ₁ = k − 1, θ₂ = −β.
  void source_jacobian(const S*, S* J) const {
    J[0] = S(1);
    J[1] = S(0);
    J[2] = S(0);
    J[3] = S(-1);
  }

  // ---- divergences (found by detection in divergence.hpp); see detail/gamma_divergence.hpp
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    return S(lgdiv::gamma_kl(double(tp[0]) + 1.0, -double(tp[1]), double(tq[0]) + 1.0, -double(tq[1]),
                             double(tq[0]) - double(tp[0])));
  }
#if !defined(__CUDACC__)
  // KL of n pairs of float64 rows P + i·ps, Q + i·qs (a stride of 0 broadcasts one row) at once:
  // the bindings' batch path (detail/kl_batch.hpp), kl() row by row to ≤ 2.3e-13 relative.
  void kl_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    kl_batch::for_blocks(n, kl_batch::kBlock, {P, ps, Q, qs}, out,
                         [](index_t m, const kl_batch::RowsIn& r, double* o) { kl_batch::gamma_block(m, r, o); });
  }
#endif
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    return S(lgdiv::gamma_skew(double(tp[0]) + 1.0, -double(tp[1]), double(tq[0]) + 1.0,
                               -double(tq[1]), double(tq[0]) - double(tp[0]), double(alpha)));
  }
  // (D_v∇²F) v = ∂³F[v, v, ·] for the numerical Fisher–Rao solver (detail/geodesic_numeric.hpp).
  // With k = θ₁ + 1, β = −θ₂: F₁₁₁ = ψ''(k), F₁₁₂ = 0, F₁₂₂ = 1/β², F₂₂₂ = 2k/β³ (derivatives of
  // ∇²F = [[ψ'(k), 1/β], [1/β, k/β²]] in θ, dβ = −dθ₂).
  void fisher_directional(const S* t, const S* v, S* out) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]), v1 = v[0], v2 = v[1];
    const double ib = 1.0 / b, w = v2 * ib;
    out[0] = S(special::polygamma(2, k) * v1 * v1 + w * w);
    out[1] = S(2.0 * w * ib * (v1 + k * w));
  }
  // vᵀ∇²F v = ψ'(k)v₁² + 2v₁v₂/β + k v₂²/β² = k (v₁/k + v₂/β)² + (ψ'(k) − 1/k) v₁²: two squares,
  // ψ' − 1/k by special::trigamma_minus_inv.
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const {
    const double k = double(t[0]) + 1.0, b = -double(t[1]), v1 = v[0], v2 = v[1];
    const double w = dmath::diff_of_products(v1, b, -v2, k) / (k * b);
    return S(k * w * w + special::trigamma_minus_inv(k) * v1 * v1);
  }

  // Jensen–Shannon by quadrature (detail/jensen_shannon.hpp) in y = log(βp x/kp):
  //   log p + log|dx/dy| = −kp (e^y − 1 − y) − [log Γ(kp) + kp − kp log kp],
  //   r = Δk (y + log kp − ψ(kp)) − Δβ (kp/βp) expm1(y) − KL(p‖q)   (δ·(T − ηp) − KL),
  // the bracket by gamma_lgamma_plus_k_minus_klogk, log k − ψ(k) by special::log_minus_digamma.
  // (p taken as the law with the larger shape, the narrower one in y; JS is symmetric)
  S jensen_shannon(const S* tp, const S* tq) const {
    if (tp[0] < tq[0]) hd_swap(tp, tq);
    const double kp = double(tp[0]) + 1.0, bp = -double(tp[1]), kq = double(tq[0]) + 1.0, bq = -double(tq[1]);
    const double dk = double(tq[0]) - double(tp[0]), db = -(double(tq[1]) - double(tp[1]));
    const double klv = double(kl(tp, tq)), G = detail::gamma_lgamma_plus_k_minus_klogk(kp);
    const double lmd = special::log_minus_digamma(kp), sl = db * kp / bp;
    const double cq = std::log((kq * bp) / (kp * bq)), Gq = detail::gamma_lgamma_plus_k_minus_klogk(kq);
    auto eval = [=](double y, double* lpj, double* lqj, double* r) {
      *lpj = -kp * dmath::expm1mx(y) - G;
      *lqj = -kq * dmath::expm1mx(y - cq) - Gq;
      *r = dk * (y + lmd) - sl * std::expm1(y) - klv;
    };
    const double c[2] = {0.0, cq};
    const double s[2] = {std::sqrt(special::trigamma(kp)), std::sqrt(special::trigamma(kq))};
    const double inf = std::numeric_limits<double>::infinity();
    return S(jsdiv::quadrature(eval, -inf, inf, c, s, 2));
  }
};

}  // namespace infogeom

// Univariate normal N(mean, std²).
//   T(x) = (x, x²), θ = (μ/σ², −1/(2σ²)), h(x) = 1,
//   F(θ) = −θ₁²/(4θ₂) + ½ log(π/(−θ₂)),  η = (μ, μ² + σ²),  F*(η) = −½ log(2πe σ²).
// Fisher in θ: Cov T(X) = [[σ², 2μσ²], [2μσ², 4μ²σ² + 2σ⁴]].
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
#pragma once
#include <limits>
#include <tuple>
#include <utility>
#include <vector>

#include "../detail/divergence_math.hpp"
#include "../detail/normal_from_mean.hpp"
#include "../family.hpp"
#include "../detail/geodesic_closed.hpp"
#include "../detail/jensen_shannon.hpp"
#if !defined(__CUDACC__)
#include "../detail/closed_batch.hpp"
#endif

namespace infogeom {

// Fisher–Rao geometry of the normal family in double (the hooks of Normal, LogNormal and
// DiagonalNormal). (μ, σ) with metric (dμ² + 2dσ²)/σ² is twice the hyperbolic upper half-plane
// in (x, y) = (μ/√2, σ) (Costa, Santos & Strapasson, "Fisher information distance: a geometrical
// reading", Discrete Appl. Math. 197, 2015, §3), whose geodesics, exp/log maps and transport are
// in detail/geodesic_closed.hpp (halfplane). The differences Δx, Δy come from θ without forming
// two rounded means or standard deviations.
namespace normal_geo {
constexpr double kSqrt2 = 1.41421356237309504880168872420969808;
inline double y_of(const double* t) { return std::sqrt(-0.5 / t[1]); }
inline double x_of(const double* t) { return t[0] * (-0.5 / t[1]) / kSqrt2; }
// Δx = (μq − μp)/√2, μq − μp = (θ₁p θ₂q − θ₁q θ₂p)/(2θ₂pθ₂q) (Kahan's fma difference);
// Δy = σq − σp = (σq² − σp²)/(σq + σp), σq² − σp² = (θ₂q − θ₂p)/(2θ₂pθ₂q).
inline void delta(const double* tp, const double* tq, double* dx, double* dy) {
  const double den = 2.0 * tp[1] * tq[1];
  *dx = dmath::diff_of_products_fast(tp[0], tq[1], tq[0], tp[1]) / den / kSqrt2;
  *dy = ((tq[1] - tp[1]) / den) / (y_of(tp) + y_of(tq));
}
// θ-velocity v at θ → (dx, dy): dσ = σ³ v₂, dμ = σ² (v₁ + 2μ v₂) = σ² (v₁θ₂ − θ₁v₂)/θ₂.
inline void to_xy(const double* t, const double* v, double* vx, double* vy) {
  const double var = -0.5 / t[1];
  *vy = var * std::sqrt(var) * v[1];
  *vx = var * (dmath::diff_of_products(v[0], t[1], t[0], v[1]) / t[1]) / kSqrt2;
}
// (dx, dy) at θ → θ-velocity: v₂ = dσ/σ³, v₁ = dμ/σ² − 2μ dσ/σ³ (the source Jacobian).
inline void from_xy(const double* t, double vx, double vy, double* v) {
  const double var = -0.5 / t[1], mu = t[0] * var;
  v[1] = vy / (var * std::sqrt(var));
  v[0] = (kSqrt2 * vx) / var - 2.0 * mu * v[1];
}
inline void theta_of(double x, double y, double* t) {
  const double prec = 1.0 / (y * y);
  t[0] = kSqrt2 * x * prec;
  t[1] = -0.5 * prec;
}
inline double fisher_rao(const double* tp, const double* tq) {
  double dx, dy;
  delta(tp, tq, &dx, &dy);
  return kSqrt2 * geo_closed::halfplane::dist(dx, dy, y_of(tp), y_of(tq));
}
inline void log_map(const double* tp, const double* tq, double* v) {
  double dx, dy, vx, vy;
  delta(tp, tq, &dx, &dy);
  geo_closed::halfplane::log_map(dx, dy, y_of(tp), y_of(tq), &vx, &vy);
  from_xy(tp, vx, vy, v);
}
inline bool exp_map(const double* tp, const double* v, double* tq) {
  double vx, vy, x, y;
  to_xy(tp, v, &vx, &vy);
  geo_closed::halfplane::exp_map(x_of(tp), y_of(tp), vx, vy, &x, &y);
  if (!(y > 0.0) || !is_finite_num(x) || !is_finite_num(y)) return false;
  theta_of(x, y, tq);
  return true;
}
inline void point(const double* tp, const double* tq, double t, double* out) {
  double dx, dy, vx, vy, x, y;
  delta(tp, tq, &dx, &dy);
  geo_closed::halfplane::log_map(dx, dy, y_of(tp), y_of(tq), &vx, &vy);
  geo_closed::halfplane::exp_map(x_of(tp), y_of(tp), t * vx, t * vy, &x, &y);
  theta_of(x, y, out);
}
inline void transport(const double* tp, const double* tq, const double* v, double* w) {
  double dx, dy, vx, vy, wx, wy;
  delta(tp, tq, &dx, &dy);
  to_xy(tp, v, &vx, &vy);
  geo_closed::halfplane::transport(dx, dy, y_of(tp), y_of(tq), vx, vy, &wx, &wy);
  from_xy(tq, wx, wy, w);
}
}  // namespace normal_geo

template <class S>
struct Normal {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Normal";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device
  static constexpr S log_pi = S(1.14472988584940017414342735135305871L);
  static constexpr S log_2pie = S(2.83787706640934548356065947281123527L);  // log(2πe)

  INFOGEOM_HOST_DEVICE index_t dim() const { return 2; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"mean", {}}, {"std", {}}}; }
  index_t free_source_dim() const { return 2; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!is_finite_num(t[0])) return "theta[0] = mean/std^2 must be finite";
    if (!(t[1] < 0) || !is_finite_num(t[1])) return "theta[1] = -1/(2 std^2) must be finite and < 0";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
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

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const {
    return -t[0] * t[0] / (S(4) * t[1]) + S(0.5) * (log_pi - std::log(-t[1]));
  }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    const S var = S(-0.5) / t[1];
    const S mu = t[0] * var;
    e[0] = mu;
    e[1] = mu * mu + var;
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const { detail::normal_natural_from_mean(e[0], e[1], t); }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const { return detail::normal_conjugate(e[0], e[1]); }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const S var = S(-0.5) / t[1];
    const S mu = t[0] * var;
    G[0] = var;
    G[1] = G[2] = S(2) * mu * var;
    G[3] = S(4) * mu * mu * var + S(2) * var * var;
  }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const { return S(0.5) * (log_2pie - std::log(S(-2) * t[1])); }
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
  // ---- divergences (found by detection in divergence.hpp)
  // μp − μq = (θ₁q θ₂p − θ₁p θ₂q)/(2θ₂pθ₂q), the numerator by Kahan's fma algorithm (relative
  // error ≤ 2ε, Jeannerod, Louvet & Muller, Math. Comp. 82, 2013): no difference of two rounded
  // means.
  INFOGEOM_HOST_DEVICE static S mean_diff(const S* tp, const S* tq) {
    return dmath::diff_of_products_fast(tq[0], tp[1], tp[0], tq[1]) / (S(2) * tp[1] * tq[1]);
  }
  // KL(p‖q) = ½ (x − log(1 + x)) + ½ λq (μp − μq)², x = λq/λp − 1 = δ₂/θ₂p (λ = 1/σ² = −2θ₂):
  // the textbook log(σq/σp) + (σp² + Δμ²)/(2σq²) − ½ regrouped into two terms ≥ 0.
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    const S r = tq[1] / tp[1];
    // x − log(1 + x) with x = r − 1: the series (x from the exact difference) near r = 1, else
    // r − 1 − log r (r − 1 exact for r in [½, 2], and no cancellation there)
    const S lm = std::abs(r - S(1)) < S(0.25) ? dmath::log1pmx((tq[1] - tp[1]) / tp[1])
                                               : (r - S(1)) - std::log(r);
    const S dm = mean_diff(tp, tq);
    return S(0.5) * lm + S(-1) * tq[1] * dm * dm;
  }
#if !defined(__CUDACC__)
  // KL of n pairs of float64 rows P + i·ps, Q + i·qs (a stride of 0 broadcasts one row) at once:
  // the bindings' batch path (detail/closed_batch.hpp), the formula of kl() in vectorised lanes.
  void kl_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    closed_batch::rows2(n, P, ps, Q, qs, out, closed_batch::normal_kl_lanes,
                        [](const double* a, const double* b) { return Normal<double>().kl(a, b); });
  }
#endif
  // J_α = αF(θp) + (1−α)F(θq) − F(θ_α) = ½ α s λq Δμ²/(1 + s x) + ½ φ_s(x), s = 1 − α,
  // (x = λq/λp − 1 from the ratio r = θ₂q/θ₂p where 1 + x itself is wanted)
  // φ_s(x) = log(1 + s x) − s log(1 + x) (from F = θ₁²/(2λ) − ½ log λ + const and
  // α a²/u + s b²/w − (αa + sb)²/(αu + sw) = αs (aw − bu)²/(uw(αu + sw)); Nielsen & Boltz 2011
  // give the equivalent covariance form). Any α > 0 with 1 + s x > 0; the points are swapped
  // (J_α(p, q) = J_{1−α}(q, p)) so that s ≤ ½.
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    if (alpha < S(0.5)) {
      hd_swap(tp, tq);
      alpha = S(1) - alpha;
    }
    const S s = S(1) - alpha;
    const S x = (tq[1] - tp[1]) / tp[1], r = tq[1] / tp[1];
    const S dm = mean_diff(tp, tq);
    const S one_sx = std::abs(x) < S(0.25) ? S(1) + s * x : alpha + s * r;  // λ_α/λp
    return S(-1) * alpha * s * tq[1] * dm * dm / one_sx + S(0.5) * dmath::log1p_skew(s, x, r);
  }
  // vᵀ∇²F(θ)v = σ²(v₁ + 2μv₂)² + 2σ⁴v₂² (the Fisher matrix above as a sum of squares), with
  // v₁ + 2μv₂ = (v₁θ₂ − θ₁v₂)/θ₂.
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const {
    const S w = dmath::diff_of_products(v[0], t[1], t[0], v[1]);
    return w * w / (S(-2) * t[1] * t[1] * t[1]) + v[1] * v[1] / (S(2) * t[1] * t[1]);
  }

  // Jensen–Shannon by quadrature (detail/jensen_shannon.hpp) in z = (x − μp)/σp:
  //   log p + log σp = −z²/2 − ½ log 2π,
  //   r = log q − log p = ½ (log(1 + w) − w z²) − λq σp Δμ z − ½ λq Δμ²,  w = λq/λp − 1,
  // (x − μq = σp z + Δμ, Δμ = μp − μq), every piece formed without cancellation.
  // JS is symmetric: p is taken as the narrower law, so that the other one's centre, rounded in
  // these coordinates, is resolved to within its own (wider) scale.
  S jensen_shannon(const S* tp, const S* tq) const {
    if (tp[1] > tq[1]) hd_swap(tp, tq);
    constexpr double half_log_2pi = 0.918938533204672741780329736405617640;
    const double t1p = tp[1], t1q = tq[1];
    const double sp = std::sqrt(-0.5 / t1p), lq = -2.0 * t1q;
    const double w = (t1q - t1p) / t1p, rr = t1q / t1p;
    const double dm = double(mean_diff(tp, tq));
    const double l1pw = w < -0.5 ? std::log(rr) : std::log1p(w);
    const double A = lq * sp * dm, B = 0.5 * lq * dm * dm;
    const double dz = dm / sp;
    auto eval = [=](double z, double* lpj, double* lqj, double* r) {
      *lpj = -0.5 * z * z - half_log_2pi;
      *lqj = -0.5 * rr * (z + dz) * (z + dz) + 0.5 * l1pw - half_log_2pi;
      *r = 0.5 * (l1pw - w * z * z) - A * z - B;
    };
    const double c[2] = {0.0, -dm / sp}, s[2] = {1.0, std::sqrt(1.0 / rr)};
    const double inf = std::numeric_limits<double>::infinity();
    return S(jsdiv::quadrature(eval, -inf, inf, c, s, 2));
  }

  // ---- Fisher–Rao geometry, closed form (found by detection in geodesic.hpp): the hyperbolic
  // half-plane, d = √2 d_H((μp/√2, σp), (μq/√2, σq)) (Costa, Santos & Strapasson 2015; see
  // normal_geo above). Complete: exp_map fails only by overflow.
  S fisher_rao(const S* p, const S* q) const {
    const double a[2] = {p[0], p[1]}, b[2] = {q[0], q[1]};
    return S(normal_geo::fisher_rao(a, b));
  }
#if !defined(__CUDACC__)
  // Validation screen of n float64 rows at stride ps (detail/closed_batch.hpp): true when all
  // are valid or have a NaN, false when some row may be invalid (then check_natural row by row).
  bool natural_rows_ok(index_t n, const double* P, index_t ps) const {
    return closed_batch::normal_natural_ok(n, P, ps);
  }
  // Fisher–Rao distances of n pairs of float64 rows (strides ps, qs; 0 broadcasts) at once
  // (detail/closed_batch.hpp): the bindings' path without return_info.
  void fisher_rao_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    closed_batch::rows2(n, P, ps, Q, qs, out, closed_batch::normal_fr_lanes,
                        [](const double* a, const double* b) { return normal_geo::fisher_rao(a, b); });
  }
#endif
  void log_map(const S* p, const S* q, S* v) const {
    const double a[2] = {p[0], p[1]}, b[2] = {q[0], q[1]};
    double o[2];
    normal_geo::log_map(a, b, o);
    v[0] = S(o[0]);
    v[1] = S(o[1]);
  }
  bool exp_map(const S* p, const S* v, S* q) const {
    const double a[2] = {p[0], p[1]}, u[2] = {v[0], v[1]};
    double o[2];
    if (!normal_geo::exp_map(a, u, o)) return false;
    q[0] = S(o[0]);
    q[1] = S(o[1]);
    return true;
  }
  void geodesic_point(const S* p, const S* q, S t, S* out) const {
    const double a[2] = {p[0], p[1]}, b[2] = {q[0], q[1]};
    double o[2];
    normal_geo::point(a, b, double(t), o);
    out[0] = S(o[0]);
    out[1] = S(o[1]);
  }
  void parallel_transport(const S* p, const S* q, const S* v, S* w) const {
    const double a[2] = {p[0], p[1]}, b[2] = {q[0], q[1]}, u[2] = {v[0], v[1]};
    double o[2];
    normal_geo::transport(a, b, u, o);
    w[0] = S(o[0]);
    w[1] = S(o[1]);
  }
};

}  // namespace infogeom

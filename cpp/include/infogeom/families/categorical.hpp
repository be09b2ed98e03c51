// Categorical(probs) on {0, ..., k−1}; D = k − 1, the last category is the reference.
//   θ_i = log(p_i/p_{k−1}), T(x)_i = [x = i] (i < k−1), h = 1, F(θ) = log(1 + Σ_i e^θ_i),
//   η_i = p_i = e^(θ_i − F), F*(η) = Σ_{i<k} η_i log η_i with η_{k−1} = 1 − Σ_i η_i,
//   Fisher ∇²F = diag(p) − p pᵀ (the covariance of T(X)).
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009;
//  Amari, "Information geometry and its applications", 2016, §2.2.)
// Stability: log-sum-exp shifted by m = max(0, θ), with the largest term taken out so that
//   F = m + log1p(rest) and log p_i = (θ_i − m) − log1p(rest) keep full relative accuracy even
//   for p_i → 1; 1 − p_i is formed from the other terms, never by subtraction; the reference
//   probability η_{k−1} = 1 − Σ η_i uses a compensated (Neumaier) sum. Entropy is −Σ p_i log p_i
//   (all terms ≥ 0). Internals are evaluated in double for S = float.
#pragma once
#include <algorithm>
#include <utility>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "../family.hpp"
#include "../divergence.hpp"
#include "../detail/geodesic_closed.hpp"
#if !defined(__CUDACC__)
#include "../detail/closed_batch.hpp"
#endif
#include "../detail/jensen_shannon.hpp"
#include "../detail/divergence_math.hpp"
#include "../special.hpp"
#include "../detail/counts.hpp"

namespace infogeom {

template <class S>
struct Categorical {
  using Scalar = S;
  using ctor_args = std::tuple<int>;
  static constexpr const char* name = "Categorical";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device
  index_t k;

  explicit Categorical(int k_) : k(k_) {
    if (k_ < 2) throw std::invalid_argument("Categorical: k must be >= 2");
  }

  INFOGEOM_HOST_DEVICE index_t dim() const { return k - 1; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"probs", {k}}}; }
  index_t free_source_dim() const { return k - 1; }

  // ---- internals (double)
  // Log-sum-exp of (θ_0, ..., θ_{D−1}, 0): m = max, imax = its index (D for the reference),
  // rest = Σ_{j ≠ imax} e^(θ_j − m) (including e^−m for the reference), F = m + log1p(rest).
  struct Lse {
    double m, rest, l;  // l = log1p(rest)
    index_t imax;
  };
  INFOGEOM_HOST_DEVICE Lse lse(const S* t) const {
    const index_t D = k - 1;
    double m = 0.0;
    index_t imax = D;
    for (index_t i = 0; i < D; ++i)
      if (double(t[i]) > m) m = t[i], imax = i;
    double rest = imax == D ? 0.0 : std::exp(-m);
    for (index_t i = 0; i < D; ++i)
      if (i != imax) rest += std::exp(double(t[i]) - m);
    return {m, rest, std::log1p(rest), imax};
  }
  // log p_i, i = 0..k−1 (i = k−1 the reference).
  INFOGEOM_HOST_DEVICE double log_p(const S* t, const Lse& s, index_t i) const {
    return (i == k - 1 ? -s.m : double(t[i]) - s.m) - s.l;
  }
  // 1 − Σ η as (hi, lo) pieces of the compensated sum: η_ref = (1 − hi) − lo.
  INFOGEOM_HOST_DEVICE static void ref_mass(const S* e, index_t D, double* ref, double* log_ref) {
    counts::CompSum cs;
    for (index_t i = 0; i < D; ++i) cs.add(double(e[i]));
    const double s = cs.value();
    if (s < 0.5) {
      *ref = 1.0 - s;
      *log_ref = std::log1p(-s);
    } else {
      *ref = (1.0 - cs.s) - cs.c;  // 1 − cs.s is exact here (Sterbenz)
      *log_ref = std::log(*ref);
    }
  }

  // ---- contract
  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    for (index_t i = 0; i < k - 1; ++i)
      if (!is_finite_num(t[i])) return "theta[i] = log(probs[i]/probs[k-1]) must be finite";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    for (index_t i = 0; i < k - 1; ++i)
      if (!(e[i] > S(0)) || !(e[i] < S(1))) return "eta[i] = probs[i] must be in (0, 1)";
    double ref, lr;
    ref_mass(e, k - 1, &ref, &lr);
    return ref > 0.0 ? nullptr : "1 - sum(eta) = probs[k-1] must be > 0";
  }
  const char* check_source(const S* s) const {
    counts::CompSum cs;
    for (index_t i = 0; i < k; ++i) {
      if (!(s[i] > S(0)) || !(s[i] <= S(1))) return "probs[i] must be in (0, 1]";
      cs.add(double(s[i]));
    }
    const double tol = std::sqrt(double(std::numeric_limits<S>::epsilon()));
    return std::fabs(cs.value() - 1.0) <= tol ? nullptr
                                              : "probs must sum to 1 (within sqrt(machine epsilon))";
  }
  const char* check_sample(const S* x) const {
    return counts::is_count(double(x[0]), double(k - 1)) ? nullptr
                                                         : "x must be an integer label in 0..k-1";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const {
    const Lse s = lse(t);
    return S(s.m + s.l);
  }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    const Lse s = lse(t);
    for (index_t i = 0; i < k - 1; ++i) e[i] = S(std::exp(log_p(t, s, i)));
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    double ref, lr;
    ref_mass(e, k - 1, &ref, &lr);
    for (index_t i = 0; i < k - 1; ++i) t[i] = S(std::log(double(e[i])) - lr);
  }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    double ref, lr;
    ref_mass(e, k - 1, &ref, &lr);
    counts::CompSum cs;
    for (index_t i = 0; i < k - 1; ++i) cs.add(special::xlogy(double(e[i]), double(e[i])));
    cs.add(ref * lr);
    return S(cs.value());
  }
  // G_ii = p_i (1 − p_i) with 1 − p_i = (Σ_{j≠i} e^(θ_j−m) + [ref] e^−m)/e^(F−m); G_ij = −p_i p_j.
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const index_t D = k - 1;
    const Lse s = lse(t);
    for (index_t i = 0; i < D; ++i) G[i * D + i] = S(std::exp(log_p(t, s, i)));  // p_i, for now
    for (index_t i = 0; i < D; ++i)
      for (index_t j = 0; j < D; ++j)
        if (j != i) G[i * D + j] = -G[i * D + i] * G[j * D + j];
    const double z = 1.0 + s.rest;  // Σ_all e^(θ_j − m)
    for (index_t i = 0; i < D; ++i) {
      const double others = i == s.imax ? s.rest : z - std::exp(double(t[i]) - s.m);
      G[i * D + i] = S(double(G[i * D + i]) * (others / z));
    }
  }
  // Closed form of Jᵀ ∇²F J in ξ = probs[0..k−2]: diag(1/p_i) + 1/p_{k−1} (the multinomial
  // metric, Amari 2016 §2.2); the product form cancels when p_{k−1} is small.
  void fisher_source(const S* t, S* G) const {
    const index_t D = k - 1;
    const Lse s = lse(t);
    const double inv_ref = std::exp(-log_p(t, s, D));
    for (index_t i = 0; i < D; ++i) {
      for (index_t j = 0; j < D; ++j) G[i * D + j] = S(inv_ref);
      G[i * D + i] = S(inv_ref + std::exp(-log_p(t, s, i)));
    }
  }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const {
    const Lse s = lse(t);
    counts::CompSum cs;
    for (index_t i = 0; i < k; ++i) {
      const double lp = log_p(t, s, i);
      cs.add(-std::exp(lp) * lp);
    }
    return S(cs.value());
  }
  void sufficient_statistics(const S* x, S* out) const {
    for (index_t i = 0; i < k - 1; ++i) out[i] = S(double(x[0]) == double(i) ? 1 : 0);
  }
  S log_base_measure(const S*) const { return S(0); }
  S log_prob(const S* x, const S* t) const {
    const Lse s = lse(t);
    return S(log_p(t, s, index_t(x[0])));
  }
  // θ_i = log p_i − log p_{k−1} (a slightly unnormalised probs vector is renormalised).
  void from_source(const S* src, S* t) const {
    const double lr = std::log(double(src[k - 1]));
    for (index_t i = 0; i < k - 1; ++i) t[i] = S(std::log(double(src[i])) - lr);
  }
  void to_source(const S* t, S* src) const {
    const Lse s = lse(t);
    for (index_t i = 0; i < k; ++i) src[i] = S(std::exp(log_p(t, s, i)));
  }
  // ξ = probs[0..k−2], p_{k−1} = 1 − Σ ξ: ∂θ_i/∂ξ_j = δ_ij/p_i + 1/p_{k−1}.
  void source_jacobian(const S* t, S* J) const {
    const index_t D = k - 1;
    const Lse s = lse(t);
    const double inv_ref = std::exp(-log_p(t, s, D));
    for (index_t i = 0; i < D; ++i) {
      for (index_t j = 0; j < D; ++j) J[i * D + j] = S(inv_ref);
      J[i * D + i] = S(inv_ref + std::exp(-log_p(t, s, i)));
    }
  }

  // ---- divergences (found by detection in divergence.hpp)
  // With p_j the probabilities of θp (reference included) and δ_j = θq_j − θp_j (δ_ref = 0),
  // F(θp + a) − F(θp) = log Σ_j p_j e^{a_j}, so
  //   KL(p‖q) = log Σ_j p_j e^{δ_j} − Σ_j p_j δ_j,
  //   J_α     = s log Σ_j p_j e^{δ_j} − log Σ_j p_j e^{sδ_j}          (s = 1 − α).
  // Both are invariant under δ ↦ δ − c; with c = Σ p_j δ_j the shifted δ' has p-mean m' ≈ 0
  // (rounding only), and with E(x) = e^x − 1 − x, L(y) = y − log(1 + y) (≥ 0, second order):
  //   KL  = Σ p_j E(δ'_j) − L(Y₁),                    Y₁ = Σ p_j expm1(δ'_j),
  //   J_α = Σ p_j [s expm1(δ'_j) − expm1(sδ'_j)] − s L(Y₁) + L(Y₂),   Y₂ = Σ p_j expm1(sδ'_j),
  // where L(Y) is fourth order in δ': nothing cancels for nearby p, q (relative accuracy a few
  // ulps for any K). |Y| ≥ ½: the log1p forms; max |δ'| > 600: log-sum-exp.
  template <class Fn>
  INFOGEOM_HOST_DEVICE void for_each_shifted(const S* tp, const S* tq, Fn&& fn) const {
    const index_t D = k - 1;
    const Lse ls = lse(tp);
    double c = 0.0;
    for (index_t j = 0; j < D; ++j) c += std::exp(log_p(tp, ls, j)) * (double(tq[j]) - double(tp[j]));
    for (index_t j = 0; j <= D; ++j) {
      const double lp = log_p(tp, ls, j);
      const double d = (j == D ? 0.0 : double(tq[j]) - double(tp[j])) - c;
      fn(lp, d);
    }
  }
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    double dmax = -counts::kInf;
    for_each_shifted(tp, tq, [&](double, double d) { dmax = std::max(dmax, d); });
    counts::CompSum m, y2;
    if (dmax > 600.0) {  // log Σ p e^{δ'} − m' by log-sum-exp
      double lmax = -counts::kInf;
      for_each_shifted(tp, tq, [&](double lp, double d) { lmax = std::max(lmax, lp + d); });
      counts::CompSum z;
      for_each_shifted(tp, tq, [&](double lp, double d) {
        z.add(std::exp(lp + d - lmax));
        m.add(std::exp(lp) * d);
      });
      return S(lmax + std::log(z.value()) - m.value());
    }
    for_each_shifted(tp, tq, [&](double lp, double d) {
      const double p = std::exp(lp);
      m.add(p * d);
      y2.add(p * dmath::expm1mx(d));
    });
    const double y = y2.value() + m.value();
    if (std::fabs(y) < 0.5) return S(y2.value() - dmath::log1pmx(y));
    return S(std::log1p(y) - m.value());
  }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha_) const {
    double alpha = alpha_;
    if (alpha < 0.5) {
      hd_swap(tp, tq);
      alpha = 1.0 - alpha;
    }
    const double s = 1.0 - alpha;
    double dmax = 0.0;
    for_each_shifted(tp, tq, [&](double, double d) { dmax = std::max(dmax, std::fabs(d)); });
    if (dmax * std::max(1.0, std::fabs(s)) > 600.0) {  // s LSE(log p + δ') − LSE(log p + sδ')
      double l1 = -counts::kInf, l2 = -counts::kInf;
      for_each_shifted(tp, tq, [&](double lp, double d) {
        l1 = std::max(l1, lp + d);
        l2 = std::max(l2, lp + s * d);
      });
      counts::CompSum z1, z2;
      for_each_shifted(tp, tq, [&](double lp, double d) {
        z1.add(std::exp(lp + d - l1));
        z2.add(std::exp(lp + s * d - l2));
      });
      return S(s * (l1 + std::log(z1.value())) - (l2 + std::log(z2.value())));
    }
    counts::CompSum y1, y2, g;
    for_each_shifted(tp, tq, [&](double lp, double d) {
      const double p = std::exp(lp);
      const double e1 = std::expm1(d), e2 = std::expm1(s * d);
      y1.add(p * e1);
      y2.add(p * e2);
      g.add(p * (std::fabs(d) >= 1.0 ? s * e1 - e2 : s * dmath::expm1mx(d) - dmath::expm1mx(s * d)));
    });
    const double Y1 = y1.value(), Y2 = y2.value();
    if (std::fabs(Y1) < 0.5 && std::fabs(Y2) < 0.5)
      return S(g.value() - s * dmath::log1pmx(Y1) + dmath::log1pmx(Y2));
    return S(s * std::log1p(Y1) - std::log1p(Y2));
  }
  // vᵀ∇²F(θ)v = Var_p(v) with v_ref = 0, as Σ_j p_j (v_j − m)², m = Σ_j p_j v_j (≥ 0 terms).
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const {
    const index_t D = k - 1;
    const Lse ls = lse(t);
    double m = 0.0;
    for (index_t j = 0; j < D; ++j) m += std::exp(log_p(t, ls, j)) * double(v[j]);
    counts::CompSum q;
    for (index_t j = 0; j <= D; ++j) {
      const double dv = (j == D ? 0.0 : double(v[j])) - m;
      q.add(std::exp(log_p(t, ls, j)) * dv * dv);
    }
    return S(q.value());
  }

  // Jensen–Shannon: the k terms of detail/jensen_shannon.hpp, r_i = δ_i − δ·p − KL(p‖q)
  // (δ_ref = 0).
  S jensen_shannon(const S* tp, const S* tq) const {
    const index_t D = k - 1;
    const Lse ls = lse(tp);
    double dp = 0.0;
    for (index_t j = 0; j < D; ++j) dp += std::exp(log_p(tp, ls, j)) * (double(tq[j]) - double(tp[j]));
    const double klv = double(kl(tp, tq));
    const Lse lq = lse(tq);
    counts::CompSum s;
    for (index_t j = 0; j <= D; ++j) {
      const double dj = j == D ? 0.0 : double(tq[j]) - double(tp[j]);
      s.add(jsdiv::term(log_p(tp, ls, j), log_p(tq, lq, j), (dj - dp) - klv));
    }
    return S(s.value());
  }

  // ---- Fisher–Rao geometry, closed form (found by detection in geodesic.hpp). u = √p maps the
  // simplex isometrically onto the positive orthant of the sphere of radius 2 (ds² = Σ dp²/p =
  // 4 Σ du²; Rao 1945, Atkinson & Mitchell 1981 §4; Amari 2016 §2.2), so d = 2α with α the angle
  // between u_p and u_q, computed as α = 2 asin(½‖u_q − u_p‖) (accurate for nearby points, and
  // α ≤ π/2 here), geodesics are great-circle arcs (slerp) and transport is the sphere's.
  // Everything is written through the ratios u_q,j/u_p,j = e^{w_j}, w_j = ½ log(q_j/p_j) =
  // ½(δ_j − ΔF) (δ = θq − θp, δ_ref = 0, ΔF = F(θq) − F(θp) = log Σ p_j e^{δ_j} from the shifted
  // sums of kl() above), so that nearby points keep full relative accuracy and tiny
  // probabilities never underflow. Tangent vectors: dθ_i = 2 (du_i/u_i − du_ref/u_ref) and
  // conversely du_j = u_j · ½ (v_j − Σ_l p_l v_l) (v_ref = 0). The orthant has its boundary at a
  // finite distance: exp_map fails when the great circle leaves it.
  // lp[j] = log p_j, w[j] = ½ log(q_j/p_j), j = 0..k−1; returns α.
  double sphere_pair(const S* tp, const S* tq, double* lp, double* w) const {
    const index_t K = k;
    double dmax = 0.0;
    index_t j = 0;
    for_each_shifted(tp, tq, [&](double l, double d) {
      lp[j] = l;
      w[j] = d;
      dmax = std::max(dmax, std::fabs(d));
      ++j;
    });
    double L;  // log Σ p_j e^{δ'_j}
    if (dmax > 600.0) {
      double lmax = -counts::kInf;
      for (index_t i = 0; i < K; ++i) lmax = std::max(lmax, lp[i] + w[i]);
      counts::CompSum z;
      for (index_t i = 0; i < K; ++i) z.add(std::exp(lp[i] + w[i] - lmax));
      L = lmax + std::log(z.value());
    } else {
      counts::CompSum y;
      for (index_t i = 0; i < K; ++i) y.add(std::exp(lp[i]) * std::expm1(w[i]));
      L = std::log1p(y.value());
    }
    for (index_t i = 0; i < K; ++i) w[i] = 0.5 * (w[i] - L);
    // ‖u_q − u_p‖, u_q,j − u_p,j = √p_j expm1(w_j), by a scaled sum of squares
    auto diff = [&](index_t i) {
      const double h = 0.5 * lp[i];
      return std::fabs(w[i]) < 1.0 ? std::exp(h) * std::expm1(w[i]) : std::exp(h + w[i]) - std::exp(h);
    };
    double m = 0.0;
    for (index_t i = 0; i < K; ++i) m = std::max(m, std::fabs(diff(i)));
    if (!(m > 0.0)) return m == 0.0 ? 0.0 : quiet_nan<double>();
    double ss = 0.0;
    for (index_t i = 0; i < K; ++i) {
      const double r = diff(i) / m;
      ss += r * r;
    }
    return 2.0 * std::asin(std::min(1.0, 0.5 * m * std::sqrt(ss)));
  }
  S fisher_rao(const S* p, const S* q) const {
    detail::SmallBuf<double> lp(k), w(k);
    return S(2.0 * sphere_pair(p, q, lp.data(), w.data()));
  }
#if !defined(__CUDACC__)
  // Validation screen of n float64 rows (detail/closed_batch.hpp; as Normal::natural_rows_ok).
  bool natural_rows_ok(index_t n, const double* P, index_t ps) const {
    return closed_batch::finite_rows_ok(n, k - 1, P, ps);
  }
  // Fisher–Rao distances of n pairs of float64 rows (strides ps, qs; 0 broadcasts) at once
  // (detail/closed_batch.hpp, sphere_pair in vectorised lanes): the bindings' path without
  // return_info.
  void fisher_rao_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    const Categorical<double> fd(int(this->k));
    closed_batch::categorical_fr_rows(n, k, P, ps, Q, qs, out,
                                      [&fd](const double* a, const double* b) { return fd.fisher_rao(a, b); });
  }
#endif
  // u'(0) = (α/sin α)(u_q − cos α u_p), so du_j/u_j = (α/sin α)(e^{w_j} − cos α) and
  // v_i = 2 (α/sin α)(e^{w_i} − e^{w_ref}) = 2 (α/sin α) e^{w_ref} expm1(δ_i/2).
  void log_map(const S* p, const S* q, S* v) const {
    detail::SmallBuf<double> lp(k), w(k);
    const double a = sphere_pair(p, q, lp.data(), w.data());
    const double f = (a > 0.0 ? a / std::sin(a) : 1.0) * 2.0 * std::exp(w[k - 1]);
    for (index_t i = 0; i < k - 1; ++i) v[i] = S(f * std::expm1(0.5 * (double(q[i]) - double(p[i]))));
  }
  // u(1)_j/u_j = cos β + (sin β/β) h_j, h_j = ½(v_j − v̄), β = ‖du‖ = ½ Fisher norm of v;
  // θq_i = θp_i + 2 (log r_i − log r_ref). Leaves the orthant iff some r_j ≤ 0 (β < π/2: the arc
  // cannot leave and re-enter it).
  bool exp_map(const S* p, const S* v, S* q) const {
    const index_t D = k - 1;
    const Lse ls = lse(p);
    double vbar = 0.0;
    for (index_t j = 0; j < D; ++j) vbar += std::exp(log_p(p, ls, j)) * double(v[j]);
    detail::SmallBuf<double> h(k);
    counts::CompSum b2;
    for (index_t j = 0; j <= D; ++j) {
      h[j] = 0.5 * ((j == D ? 0.0 : double(v[j])) - vbar);
      b2.add(std::exp(log_p(p, ls, j)) * h[j] * h[j]);
    }
    const double beta = std::sqrt(b2.value());
    if (beta == 0.0) {
      for (index_t i = 0; i < D; ++i) q[i] = p[i];
      return true;
    }
    if (!(beta < 0.5 * geo_closed::kPi)) return false;
    const double sinc = std::sin(beta) / beta, sh = std::sin(0.5 * beta), S2 = 2.0 * sh * sh;
    auto logr = [&](index_t j, bool* ok) {
      const double x = -S2 + sinc * h[j];  // r_j − 1
      if (!(x > -1.0)) *ok = false;
      return std::fabs(x) < 0.5 ? std::log1p(x) : std::log(1.0 + x);
    };
    bool ok = true;
    const double lref = logr(D, &ok);
    for (index_t i = 0; i < D; ++i) q[i] = S(double(p[i]) + 2.0 * (logr(i, &ok) - lref));
    return ok;
  }
  // slerp u(t) = c₁ u_p + c₂ u_q, c₁ = sin((1−t)α)/sin α, c₂ = sin(tα)/sin α:
  // log(u_j(t)/u_p,j) = ℓ_j = log(c₁ + c₂ e^{w_j}) = log1p(κ + c₂ expm1(w_j)) with
  // κ = c₁ + c₂ − 1 = 2 sin((1−t)α/2) sin(tα/2)/cos(α/2) ≥ 0; θ_i(t) = θp_i + 2(ℓ_i − ℓ_ref).
  void geodesic_point(const S* p, const S* q, S t_, S* out) const {
    detail::SmallBuf<double> lp(k), w(k);
    const double a = sphere_pair(p, q, lp.data(), w.data()), t = t_;
    double c1, c2, kap;
    if (a > 0.0) {
      const double sa = std::sin(a);
      c1 = std::sin((1.0 - t) * a) / sa;
      c2 = std::sin(t * a) / sa;
      kap = 2.0 * std::sin(0.5 * (1.0 - t) * a) * std::sin(0.5 * t * a) / std::cos(0.5 * a);
    } else {
      c1 = 1.0 - t, c2 = t, kap = 0.0;
    }
    auto ell = [&](index_t j) {
      if (std::fabs(w[j]) < 1.0) return std::log1p(kap + c2 * std::expm1(w[j]));
      const double x = std::log(c1), y = std::log(c2) + w[j];  // log(e^x + e^y)
      const double mx = std::max(x, y);
      return mx == -counts::kInf ? mx : mx + std::log1p(std::exp(std::min(x, y) - mx));
    };
    const double lref = ell(k - 1);
    for (index_t i = 0; i < k - 1; ++i) out[i] = S(double(p[i]) + 2.0 * (ell(i) - lref));
  }
  // Transport along the great circle from x = u_p with unit tangent e = (u_q − cos α u_p)/sin α:
  // ξ ↦ ξ + (ξ·e)[(cos α − 1) e − sin α x] (the sphere's; do Carmo 1992, ch. 3). In ratios to
  // u_q,j: ξ'_j/u_q,j = e^{−w_j} [h_j + s B_j], s = ξ·e = Σ p_j h_j expm1(w_j)/sin α,
  // B_j = −S₂ (expm1(w_j) + S₂)/sin α − sin α, S₂ = 1 − cos α = 2 sin²(α/2).
  void parallel_transport(const S* p, const S* q, const S* v, S* wout) const {
    const index_t D = k - 1;
    detail::SmallBuf<double> lp(k), w(k), h(k);
    const double a = sphere_pair(p, q, lp.data(), w.data());
    const double sa = std::sin(a);
    if (!(sa > 0.0)) {
      for (index_t i = 0; i < D; ++i) wout[i] = v[i];
      return;
    }
    double vbar = 0.0;
    for (index_t j = 0; j < D; ++j) vbar += std::exp(lp[j]) * double(v[j]);
    double s = 0.0;
    for (index_t j = 0; j <= D; ++j) {
      h[j] = 0.5 * ((j == D ? 0.0 : double(v[j])) - vbar);
      s += std::exp(lp[j]) * h[j] * std::expm1(w[j]);
    }
    s /= sa;
    const double sh = std::sin(0.5 * a), S2 = 2.0 * sh * sh;
    auto ratio = [&](index_t j) {
      const double em = std::expm1(w[j]);
      return std::exp(-w[j]) * (h[j] + s * (-S2 * (em + S2) / sa - sa));
    };
    const double rref = ratio(D);
    for (index_t i = 0; i < D; ++i) wout[i] = S(2.0 * (ratio(i) - rref));
  }
};

}  // namespace infogeom

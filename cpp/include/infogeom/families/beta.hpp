// Beta(a, b) on (0, 1): the Dirichlet family with k = 2 in the same layout.
//   T(x) = (log x, log(1 − x)), θ = (a − 1, b − 1), h(x) = 1,
//   F(θ) = log B(a, b),  η = (ψ(a) − ψ(a + b), ψ(b) − ψ(a + b)),
//   Fisher = diag(ψ'(a), ψ'(b)) − ψ'(a + b) 11ᵀ,  F*(η) = −H.
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
// Every map but F is shared with Dirichlet (detail/dirichlet_solver.hpp); to_natural is its
// Newton solve with fixed size 2 (no heap allocation).
#pragma once
#include <cmath>
#include <utility>
#include <tuple>
#include <vector>

#include "../detail/dirichlet_solver.hpp"
#include "../family.hpp"
#include "../detail/jensen_shannon.hpp"
#include "bernoulli.hpp"
#include "../detail/gamma_divergence.hpp"
#if !defined(__CUDACC__)
#include "../detail/kl_batch.hpp"
#endif
#include "../special.hpp"

namespace infogeom {

template <class S>
struct Beta {
  using Scalar = S;
  using ctor_args = std::tuple<>;
  static constexpr const char* name = "Beta";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  INFOGEOM_HOST_DEVICE index_t dim() const { return 2; }
  index_t sample_size() const { return 1; }
  bool scalar_sample() const { return true; }
  std::vector<SourceParam> source_params() const { return {{"a", {}}, {"b", {}}}; }
  index_t free_source_dim() const { return 2; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    if (!(t[0] > S(-1)) || !is_finite_num(t[0])) return "theta[0] = a - 1 must be finite and > -1";
    if (!(t[1] > S(-1)) || !is_finite_num(t[1])) return "theta[1] = b - 1 must be finite and > -1";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    if (!is_finite_num(e[0]) || !is_finite_num(e[1])) return "eta must be finite";
    if (!(e[0] < S(0)) || !(e[1] < S(0))) return "eta = (E[log x], E[log(1 - x)]) must be < 0";
    const double ed[2] = {double(e[0]), double(e[1])};
    if (!(detail::dirichlet_log_sum_exp(ed, 2) < 0.0)) return "exp(eta[0]) + exp(eta[1]) must be < 1";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    if (!positive_finite(s[0])) return "a must be finite and > 0";
    if (!positive_finite(s[1])) return "b must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    return (x[0] > S(0) && x[0] < S(1)) ? nullptr : "x must be in (0, 1)";
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const {
    return S(special::lbeta(double(t[0]) + 1.0, double(t[1]) + 1.0));
  }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    const double a[2] = {double(t[0]) + 1.0, double(t[1]) + 1.0};
    double ed[2];
    detail::dirichlet_to_mean(a, 2, ed);
    e[0] = S(ed[0]);
    e[1] = S(ed[1]);
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    const double ed[2] = {double(e[0]), double(e[1])};
    double a[2];
    // NaN also when a component is below ε/2: θ = α − 1 would round to −1, outside the domain
    if (!detail::dirichlet_solve<2>(ed, 2, a) || !(S(a[0] - 1.0) > S(-1)) || !(S(a[1] - 1.0) > S(-1))) {
      fill_nan(t, 2);
      return;
    }
    t[0] = S(a[0] - 1.0);
    t[1] = S(a[1] - 1.0);
  }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    const double ed[2] = {double(e[0]), double(e[1])};
    double a[2];
    if (!detail::dirichlet_solve<2>(ed, 2, a)) return quiet_nan<S>();
    return S(-detail::dirichlet_entropy(a, 2));
  }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const {
    const double a[2] = {double(t[0]) + 1.0, double(t[1]) + 1.0};
    detail::dirichlet_fisher(a, 2, G);
  }
  void fisher_mean(const S* t, S* G) const {
    const double a[2] = {double(t[0]) + 1.0, double(t[1]) + 1.0};
    detail::dirichlet_fisher_mean(a, 2, G);
  }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const {
    const double a[2] = {double(t[0]) + 1.0, double(t[1]) + 1.0};
    return S(detail::dirichlet_entropy(a, 2));
  }
  void sufficient_statistics(const S* x, S* out) const {
    out[0] = S(std::log(double(x[0])));
    out[1] = S(std::log1p(-double(x[0])));
  }
  S log_base_measure(const S*) const { return S(0); }
  // Saddle-point form shared with Dirichlet (no cancellation for large a, b); x + (1 − x) = 1.
  S log_prob(const S* x, const S* t) const {
    const double a[2] = {double(t[0]) + 1.0, double(t[1]) + 1.0};
    const double xx = double(x[0]);
    const double xs[2] = {xx, 1.0 - xx}, lx[2] = {std::log(xx), std::log1p(-xx)};
    return S(detail::dirichlet_log_prob(a, 2, xs, lx, 0.0));
  }
  void from_source(const S* s, S* t) const {
    t[0] = S(double(s[0]) - 1.0);
    t[1] = S(double(s[1]) - 1.0);
  }
  void to_source(const S* t, S* s) const {
    s[0] = S(double(t[0]) + 1.0);
    s[1] = S(double(t[1]) + 1.0);
  }
  // ξ = (a, b): θ = ξ − 1.
  void source_jacobian(const S*, S* J) const {
    J[0] = S(1);
    J[1] = S(0);
    J[2] = S(0);
    J[3] = S(1);
  }

  // ---- divergences (found by detection in divergence.hpp): Dirichlet(2), see
  // detail/gamma_divergence.hpp
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    const double ap[2] = {double(tp[0]) + 1.0, double(tp[1]) + 1.0};
    const double aq[2] = {double(tq[0]) + 1.0, double(tq[1]) + 1.0};
    const double d[2] = {double(tq[0]) - double(tp[0]), double(tq[1]) - double(tp[1])};
    return S(lgdiv::dirichlet_kl(ap, aq, d, 2));
  }
#if !defined(__CUDACC__)
  // KL of n pairs of float64 rows P + i·ps, Q + i·qs (a stride of 0 broadcasts one row) at once:
  // the bindings' batch path (detail/kl_batch.hpp), kl() row by row to ≤ 2.3e-13 relative.
  void kl_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    const index_t K = 2;
    kl_batch::for_blocks(n, kl_batch::dirichlet_rows_per_block(K), {P, ps, Q, qs}, out,
                         [K](index_t m, const kl_batch::RowsIn& r, double* o) { kl_batch::dirichlet_block(m, K, r, o); });
  }
#endif
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    const double ap[2] = {double(tp[0]) + 1.0, double(tp[1]) + 1.0};
    const double aq[2] = {double(tq[0]) + 1.0, double(tq[1]) + 1.0};
    const double d[2] = {double(tq[0]) - double(tp[0]), double(tq[1]) - double(tp[1])};
    return S(lgdiv::dirichlet_skew(ap, aq, d, 2, double(alpha)));
  }
  // (D_v∇²F) v = ∂³F[v, v, ·] for the numerical Fisher–Rao solver (detail/geodesic_numeric.hpp):
  // F = log Γ(a) + log Γ(b) − log Γ(a + b) ⇒ ∂³F[v, v, ·]_i = ψ''(α_i) v_i² − ψ''(a + b)(v₁ + v₂)².
  void fisher_directional(const S* t, const S* v, S* out) const {
    const double a = double(t[0]) + 1.0, b = double(t[1]) + 1.0, V = double(v[0]) + double(v[1]);
    const double pc = special::polygamma(2, a + b) * V * V;
    out[0] = S(special::polygamma(2, a) * double(v[0]) * double(v[0]) - pc);
    out[1] = S(special::polygamma(2, b) * double(v[1]) * double(v[1]) - pc);
  }
  // vᵀ∇²F v = v₁²ψ'(a) + v₂²ψ'(b) − (v₁ + v₂)²ψ'(a + b)
  //         = (ab/c)(v₁/a − v₂/b)² + [v₁²ρ(a) + v₂²ρ(b) − (v₁ + v₂)²ρ(c)],  ρ(x) = ψ'(x) − 1/x,
  // (Σ v_i²/a_i − (Σ v_i)²/Σ a_i = Σ a_i (v_i/a_i − V/c)²): the 1/x parts, which cancel for large
  // a, b, as a square.
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const {
    const double a = double(t[0]) + 1.0, b = double(t[1]) + 1.0, c = a + b;
    const double v1 = v[0], v2 = v[1], V = v1 + v2;
    const double w = dmath::diff_of_products(v1, b, v2, a) / (a * b);
    return S((a * b / c) * w * w + (v1 * v1 * special::trigamma_minus_inv(a) +
                                    v2 * v2 * special::trigamma_minus_inv(b) -
                                    V * V * special::trigamma_minus_inv(c)));
  }

  // Jensen–Shannon by quadrature (detail/jensen_shannon.hpp) in y = logit x, c = a + b,
  // y₀ = log(a/b): log p + log|dx/dy| = a log x + b log(1 − x) − log B(a, b)
  //   = −c KL(Bernoulli(y₀)‖Bernoulli(y)) + ½ log(ab/c) − ½ log 2π − [μ(a) + μ(b) − μ(c)]
  // (Stirling with Binet's remainder μ: no O(c) cancellation), and r = δ·(T − ηp) − KL(p‖q) with
  // T − ηp = (log(x/x₀) + log(a/c) − ψ(a) + ψ(c), log((1−x)/(1−x₀)) + log(b/c) − ψ(b) + ψ(c)),
  // x₀ = a/c, the log-ratios by log1p(expit · expm1).
  // (p taken as the law with the larger a + b, the narrower one in y; JS is symmetric)
  S jensen_shannon(const S* tp, const S* tq) const {
    if (double(tp[0]) + double(tp[1]) < double(tq[0]) + double(tq[1])) hd_swap(tp, tq);
    constexpr double half_log_2pi = 0.918938533204672741780329736405617640;
    const double a = double(tp[0]) + 1.0, b = double(tp[1]) + 1.0, c = a + b;
    const double aq = double(tq[0]) + 1.0, bq = double(tq[1]) + 1.0;
    const double d0 = double(tq[0]) - double(tp[0]), d1 = double(tq[1]) - double(tp[1]);
    const double y0 = std::log(a / b);
    auto k0 = [](double a_, double b_) {
      const double c_ = a_ + b_;
      return 0.5 * std::log(a_ * (b_ / c_)) - half_log_2pi - (lgdiv::mu(a_) + lgdiv::mu(b_) - lgdiv::mu(c_));
    };
    const double K0 = k0(a, b), K0q = k0(aq, bq), cq = aq + bq, y0q = std::log(aq / bq);
    const double lmc = special::log_minus_digamma(c);
    const double ea = special::log_minus_digamma(a) - lmc, eb = special::log_minus_digamma(b) - lmc;
    const double klv = double(kl(tp, tq));
    // log(1 + e^u) − log(1 + e^v) = log1p(expit(v) expm1(u − v)) (direct when |u − v| > 30)
    auto ldiff = [](double u, double v) {
      if (std::fabs(u - v) > 30.0) return special::log1pexp(u) - special::log1pexp(v);
      return std::log1p(special::expit(v) * std::expm1(u - v));
    };
    auto eval = [=](double y, double* lpj, double* lqj, double* r) {
      *lpj = -c * bernoulli_detail::kl(y0, y) + K0;  // (the Jacobian x(1 − x) is included)
      *lqj = -cq * bernoulli_detail::kl(y0q, y) + K0q;
      const double t0 = -ldiff(-y, -y0) + ea;  // log(x/x₀) + log(a/c) − ψ(a) + ψ(c)
      const double t1 = -ldiff(y, y0) + eb;
      *r = d0 * t0 + d1 * t1 - klv;
    };
    const double cs[2] = {y0, std::log(aq / bq)};
    const double ss[2] = {std::sqrt(special::trigamma(a) + special::trigamma(b)),
                          std::sqrt(special::trigamma(aq) + special::trigamma(bq))};
    const double inf = std::numeric_limits<double>::infinity();
    return S(jsdiv::quadrature(eval, -inf, inf, cs, ss, 2));
  }
};

}  // namespace infogeom

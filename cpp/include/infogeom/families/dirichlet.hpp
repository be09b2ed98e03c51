// Dirichlet(α) on the (k−1)-simplex, k ≥ 2; observations x have shape (k,).
//   T(x) = (log x_1, …, log x_k), θ = α − 1 (D = k), h(x) = 1,
//   F(θ) = Σ log Γ(α_i) − log Γ(α₀), α₀ = Σ α_i,  η_i = ψ(α_i) − ψ(α₀),
//   Fisher = diag(ψ'(α_i)) − ψ'(α₀) 11ᵀ,  F*(η) = −H.
// (Nielsen & Garcia 2009; Minka 2000, "Estimating a Dirichlet distribution".)
// The maps live in detail/dirichlet_solver.hpp, shared with Beta (= Dirichlet(2)).
#pragma once
#include <Eigen/Core>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "../detail/dirichlet_solver.hpp"
#include "../divergence.hpp"
#include "../family.hpp"
#include "../detail/gamma_divergence.hpp"
#if !defined(__CUDACC__)
#include "../detail/kl_batch.hpp"
#endif
#include "../special.hpp"

namespace infogeom {

template <class S>
struct Dirichlet {
  using Scalar = S;
  using ctor_args = std::tuple<int>;
  static constexpr const char* name = "Dirichlet";
  index_t k;

  explicit Dirichlet(int k_) : k(k_) {
    if (k_ < 2) throw std::invalid_argument("Dirichlet: k must be >= 2");
  }

  index_t dim() const { return k; }
  index_t sample_size() const { return k; }
  bool scalar_sample() const { return false; }
  std::vector<SourceParam> source_params() const { return {{"alpha", {k}}}; }
  index_t free_source_dim() const { return k; }

  const char* check_natural(const S* t) const {
    for (index_t i = 0; i < k; ++i)
      if (!(t[i] > S(-1)) || !is_finite_num(t[i])) return "theta = alpha - 1 must be finite and > -1";
    return nullptr;
  }
  const char* check_mean(const S* e) const {
    Eigen::VectorXd ed(k);
    for (index_t i = 0; i < k; ++i) {
      if (!is_finite_num(e[i])) return "eta must be finite";
      if (!(e[i] < S(0))) return "eta = E[log x] must be < 0";
      ed[i] = double(e[i]);
    }
    if (!(detail::dirichlet_log_sum_exp(ed.data(), k) < 0.0)) return "sum(exp(eta)) must be < 1";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    for (index_t i = 0; i < k; ++i)
      if (!positive_finite(s[i])) return "alpha must be finite and > 0";
    return nullptr;
  }
  // x on the open simplex: x_i > 0 and Σ x_i = 1 up to rounding (64 k ulps of S).
  const char* check_sample(const S* x) const {
    double sum = 0.0;
    for (index_t i = 0; i < k; ++i) {
      if (!(x[i] > S(0)) || !is_finite_num(x[i])) return "x must be finite and > 0";
      sum += double(x[i]);
    }
    if (!(std::fabs(sum - 1.0) <= 64.0 * double(k) * double(std::numeric_limits<S>::epsilon())))
      return "x must sum to 1";
    return nullptr;
  }

  S log_partition(const S* t) const {
    const Eigen::VectorXd a = alpha(t);
    return S(detail::dirichlet_log_partition(a.data(), k));
  }
  void to_mean(const S* t, S* e) const {
    const Eigen::VectorXd a = alpha(t);
    Eigen::VectorXd ed(k);
    detail::dirichlet_to_mean(a.data(), k, ed.data());
    for (index_t i = 0; i < k; ++i) e[i] = S(ed[i]);
  }
  void to_natural(const S* e, S* t) const {
    Eigen::VectorXd ed(k), a(k);
    for (index_t i = 0; i < k; ++i) ed[i] = double(e[i]);
    if (!detail::dirichlet_solve<Eigen::Dynamic>(ed.data(), k, a.data())) {
      fill_nan(t, k);
      return;
    }
    for (index_t i = 0; i < k; ++i) {
      t[i] = S(a[i] - 1.0);
      if (!(t[i] > S(-1))) {  // α_i below ε/2: θ = α − 1 rounds to −1, outside the domain
        fill_nan(t, k);
        return;
      }
    }
  }
  S conjugate(const S* e) const {
    Eigen::VectorXd ed(k), a(k);
    for (index_t i = 0; i < k; ++i) ed[i] = double(e[i]);
    if (!detail::dirichlet_solve<Eigen::Dynamic>(ed.data(), k, a.data())) return quiet_nan<S>();
    return S(-detail::dirichlet_entropy(a.data(), k));
  }
  void fisher(const S* t, S* G) const {
    const Eigen::VectorXd a = alpha(t);
    detail::dirichlet_fisher(a.data(), k, G);
  }
  void fisher_mean(const S* t, S* G) const {
    const Eigen::VectorXd a = alpha(t);
    detail::dirichlet_fisher_mean(a.data(), k, G);
  }
  S entropy(const S* t) const {
    const Eigen::VectorXd a = alpha(t);
    return S(detail::dirichlet_entropy(a.data(), k));
  }
  void sufficient_statistics(const S* x, S* out) const {
    for (index_t i = 0; i < k; ++i) out[i] = S(std::log(double(x[i])));
  }
  S log_base_measure(const S*) const { return S(0); }
  // Saddle-point form (detail::dirichlet_log_prob), no cancellation for large α; Σ x_i − 1 by
  // Neumaier's compensated summation so that α₀ (Σ x_i − 1) is exact to rounding.
  S log_prob(const S* x, const S* t) const {
    const Eigen::VectorXd a = alpha(t);
    Eigen::VectorXd xs(k), lx(k);
    double sum = -1.0, comp = 0.0;
    for (index_t i = 0; i < k; ++i) {
      xs[i] = double(x[i]);
      lx[i] = std::log(xs[i]);
      const double nsum = sum + xs[i];
      comp += std::fabs(sum) >= std::fabs(xs[i]) ? (sum - nsum) + xs[i] : (xs[i] - nsum) + sum;
      sum = nsum;
    }
    return S(detail::dirichlet_log_prob(a.data(), k, xs.data(), lx.data(), sum + comp));
  }
  void from_source(const S* s, S* t) const {
    for (index_t i = 0; i < k; ++i) t[i] = S(double(s[i]) - 1.0);
  }
  void to_source(const S* t, S* s) const {
    for (index_t i = 0; i < k; ++i) s[i] = S(double(t[i]) + 1.0);
  }
  // ξ = α: θ = ξ − 1, J = I.
  void source_jacobian(const S*, S* J) const {
    for (index_t i = 0; i < k * k; ++i) J[i] = S(0);
    for (index_t i = 0; i < k; ++i) J[i * k + i] = S(1);
  }


  // (D_v∇²F) v = ∂³F[v, v, ·] for the numerical Fisher–Rao solver (detail/geodesic_numeric.hpp):
  // F = Σ log Γ(α_i) − log Γ(α₀) ⇒ ∂³F[v, v, ·]_i = ψ''(α_i) v_i² − ψ''(α₀)(Σ_j v_j)².
  void fisher_directional(const S* t, const S* v, S* out) const {
    double a0 = 0.0, V = 0.0;
    for (index_t i = 0; i < k; ++i) {
      a0 += double(t[i]) + 1.0;
      V += double(v[i]);
    }
    const double pc = special::polygamma(2, a0) * V * V;
    for (index_t i = 0; i < k; ++i)
      out[i] = S(special::polygamma(2, double(t[i]) + 1.0) * double(v[i]) * double(v[i]) - pc);
  }

  // ---- divergences (found by detection in divergence.hpp); see detail/gamma_divergence.hpp
  S kl(const S* tp, const S* tq) const {
    detail::SmallBuf<double> buf(3 * k);
    double* ap = buf.data();
    double* aq = ap + k;
    double* d = aq + k;
    for (index_t i = 0; i < k; ++i) {
      ap[i] = double(tp[i]) + 1.0;
      aq[i] = double(tq[i]) + 1.0;
      d[i] = double(tq[i]) - double(tp[i]);
    }
    return S(lgdiv::dirichlet_kl(ap, aq, d, long(k)));
  }
#if !defined(__CUDACC__)
  // KL of n pairs of float64 rows P + i·ps, Q + i·qs (a stride of 0 broadcasts one row) at once:
  // the bindings' batch path (detail/kl_batch.hpp), kl() row by row to ≤ 2.3e-13 relative.
  void kl_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    const index_t K = k;
    kl_batch::for_blocks(n, kl_batch::dirichlet_rows_per_block(K), {P, ps, Q, qs}, out,
                         [K](index_t m, const kl_batch::RowsIn& r, double* o) { kl_batch::dirichlet_block(m, K, r, o); });
  }
#endif
  S skew_jensen(const S* tp, const S* tq, S alpha) const {
    detail::SmallBuf<double> buf(3 * k);
    double* ap = buf.data();
    double* aq = ap + k;
    double* d = aq + k;
    for (index_t i = 0; i < k; ++i) {
      ap[i] = double(tp[i]) + 1.0;
      aq[i] = double(tq[i]) + 1.0;
      d[i] = double(tq[i]) - double(tp[i]);
    }
    return S(lgdiv::dirichlet_skew(ap, aq, d, long(k), double(alpha)));
  }
  // vᵀ∇²F v = Σ v_i²ψ'(α_i) − V²ψ'(α₀) = Σ α_i (v_i/α_i − V/α₀)² + [Σ v_i²ρ(α_i) − V²ρ(α₀)],
  // V = Σ v_i, ρ(x) = ψ'(x) − 1/x: the 1/x parts (which cancel for large α) as a sum of squares.
  S fisher_quad(const S* t, const S* v) const {
    double a0 = 0.0, V = 0.0;
    for (index_t i = 0; i < k; ++i) {
      a0 += double(t[i]) + 1.0;
      V += double(v[i]);
    }
    const double m = V / a0;
    double sq = 0.0, r = 0.0;
    for (index_t i = 0; i < k; ++i) {
      const double a = double(t[i]) + 1.0, vi = v[i];
      const double e = vi / a - m;
      sq += a * e * e;
      r += vi * vi * special::trigamma_minus_inv(a);
    }
    return S(sq + (r - V * V * special::trigamma_minus_inv(a0)));
  }

 private:
  Eigen::VectorXd alpha(const S* t) const {
    Eigen::VectorXd a(k);
    for (index_t i = 0; i < k; ++i) a[i] = double(t[i]) + 1.0;
    return a;
  }
};

}  // namespace infogeom
